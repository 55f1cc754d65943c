"""Issue 9, wave 11, helper ans11a: who is meant by a role phrase, each mechanism alone on a small collection
written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, answers_to, engine_fixture, no_answer

# ----------------------------------------------------------------- a reporting verb before the role word

STORY_WAGES = (
    "Minimum wage to rise next year\n\n"
    "The minimum wage will rise by 20p an hour, the Fair Wages Board has recommended.\n\n"
    "\"We have kept the increase modest so that small shops can absorb the cost,\" said chairman Idris Penhale.\n\n"
    "Retailers welcomed the news.\n"
)

wages_engine = engine_fixture({"wages.txt": STORY_WAGES, **OTHER_STORY})


def test_a_role_introduced_by_a_reporting_verb_finds_its_holder(wages_engine) -> None:
    answers = answers_to(wages_engine, "What did the chairman of the Fair Wages Board say about small shops?")
    assert answers and answers[0].speaker == "Idris Penhale"
    assert "absorb the cost" in answers[0].quote


def test_a_reporting_verb_is_no_rival_qualifier() -> None:
    from index.answer.roles import rival_qualifier

    said = "\"It is modest,\" said chairman Idris Penhale."
    start = said.index("chairman")
    assert not rival_qualifier(said, start, start + len("chairman"))
    other = "The regional chairman Idris Penhale spoke."
    start = other.index("chairman")
    assert rival_qualifier(other, start, start + len("chairman"))


# ----------------------------------------------------------------- who did it, said of "the film"

STORY_FILM = (
    "Lighthouse keeper biopic gets go-ahead\n\n"
    "A film about the life of lighthouse keeper Morwenna Quick is to start shooting in Cornwall next month.\n\n"
    "The film is to be directed by Swedish-born Lars Eklund, who has made two documentaries about the sea. "
    "Producers said casting would be announced in the spring.\n\n"
    "Quick kept the Tregarrow light for forty years.\n"
)

film_engine = engine_fixture({"film.txt": STORY_FILM, **OTHER_STORY})


def test_who_did_it_is_answered_by_the_sentence_saying_it_of_the_work_described_shorter(film_engine) -> None:
    answers = answers_to(film_engine, "Who is directing the Morwenna Quick film?")
    assert answers and "directed by Swedish-born Lars Eklund" in answers[0].quote


def test_who_did_an_action_no_sentence_says_stays_unanswered(film_engine) -> None:
    no_answer(film_engine, "Who is producing the Morwenna Quick film?")  # "Producers said …" names no one


# ----------------------------------------------------------------- a body's abbreviation between role and name

STORY_SURVEY = (
    "Coastline maps to be redrawn\n\n"
    "\"Half of our charts are older than the lighthouses on them,\" the new chair of the Coastal Survey Agency "
    "(CSA), Mira Holtby, says.\n\n"
    "Ms Holtby said: \"Satellite soundings will let us redraw the whole coast within three years.\"\n"
)

survey_engine = engine_fixture({"survey.txt": STORY_SURVEY, **OTHER_STORY})


def test_a_role_whose_body_is_given_with_its_abbreviation_still_finds_the_name_after_it(survey_engine) -> None:
    answers = answers_to(survey_engine, "What did the chair of the CSA say about satellite soundings?")
    assert answers[0].speaker == "Mira Holtby"
    assert "redraw the whole coast" in answers[0].quote


# ----------------------------------------------------------------- a title typed before a bare surname

STORY_RULING = (
    "Court backs fishing quota\n\n"
    "Judge Amos Pennock, in his ruling, said: \"The quota is lawful and the ministry applied it fairly.\"\n\n"
    "Skipper Carla Pennock, no relation, said: \"We will appeal because the boats cannot survive on this catch.\"\n"
)

ruling_engine = engine_fixture({"ruling.txt": STORY_RULING, **OTHER_STORY})


def test_a_title_before_a_surname_means_the_namesake_holding_that_title(ruling_engine) -> None:
    answers = answers_to(ruling_engine, "what did judge pennock say about the quota")
    assert answers[0].speaker == "Amos Pennock"
    assert "quota is lawful" in answers[0].quote


def test_a_title_no_namesake_holds_names_no_one(ruling_engine) -> None:
    answer = ruling_engine.ask("what did coach pennock say about the quota")
    assert all(a.speaker is None for a in answer.answers)


def test_titled_surname_reads_one_surname_after_titles_only() -> None:
    from index.answer.quote import titled_surname

    assert titled_surname("Judge Sentelle") == (["judge"], "sentelle")
    assert titled_surname("the chancellor brown") == (["chancellor"], "brown")
    assert titled_surname("Amos Pennock") is None
    assert titled_surname("the chancellor") is None
    assert titled_surname("judge amos pennock") is None
