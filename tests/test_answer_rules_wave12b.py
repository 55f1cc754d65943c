"""Issue 9, wave 12, helper ans12b: mechanisms generalised from rules that held only for the phrasings they were
read from. Each alone on a small collection written here (real files, a real index; no seed or gold fact); every
end-to-end test that asks for an answer fails on the code before it, and each has a twin that must still give none
or no wrong name."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer, no_answer

# ----------------------------------------------------------------- authorship: the subject of a writing verb

STORY_FILM = (
    "Harbour film opens in Leeds\n\n"
    "Actor Tomas Herrick and singer Ada Lunn attended the premiere of new film, Salt Roads, in Leeds on Friday.\n\n"
    "Herrick, 52, wrote, directed and starred in the film, inspired by the life of fisherman Abel Crane.\n\n"
    "Lunn plays the fisherman's sister.\n"
)

film_engine = engine_fixture({"film.txt": STORY_FILM, **OTHER_STORY})


def test_the_subject_of_a_writing_verb_in_a_list_of_verbs_wrote_the_work(film_engine) -> None:
    first = first_answer(film_engine, "Who wrote the Abel Crane film Salt Roads?")
    assert first.text == "Tomas Herrick"
    assert "wrote, directed and starred" in first.quote


def test_no_writer_is_named_for_what_nobody_wrote(film_engine) -> None:
    no_answer(film_engine, "Who wrote the Abel Crane biography?")


def test_subject_writes_needs_the_verbs_joined_to_the_name() -> None:
    from index.answer.author import subject_wrote

    assert subject_wrote("Herrick, 52, wrote, directed and starred in the film.", "the harbour film") == "Herrick"
    assert subject_wrote("Jo Hale directed and co-wrote the play.", "the play Salt Roads") == "Jo Hale"
    # another verb and its own subject between: the first name did not write it
    assert subject_wrote("Smith said critics wrote the reviews.", "the reviews") is None
    # a book-keeping entry is no writing
    assert subject_wrote("Acme wrote off the loan last year.", "the loan") is None


def test_subject_writes_needs_what_was_written_named_as_asked() -> None:
    from index.answer.author import subject_wrote

    # he wrote a letter, not the report asked about
    assert subject_wrote("Mr Howard has written to the minister about the report.", "the report on e-mails") is None
    assert subject_wrote("Mr Howard has written the report on e-mails.", "the report on e-mails") == "Mr Howard"
    assert subject_wrote("Hale wrote Salt Roads in a month.", "Salt Roads") == "Hale"  # by its title


# ----------------------------------------------------------------- authorship: the kind of work the question names

def test_the_kind_of_work_is_the_head_of_the_question_subject() -> None:
    from index.answer.author import asked_kind

    assert asked_kind("the Abel Crane film Salt Roads") == "film"
    assert asked_kind("the harbour survey report on fishing quotas") == "report"
    assert asked_kind("the BBC piece comparing two phones") is None  # a frame word, known to every question
    assert asked_kind("the new book") is None  # a kind every question knows


def test_a_work_of_the_kind_asked_by_its_maker() -> None:
    from index.answer.author import find_author

    sentence = "The report by the Ostwick Institute for Coastal Studies found that catches fell by a third."
    assert find_author(sentence, "the report on fishing") == "Ostwick Institute for Coastal Studies"
    assert find_author(sentence, "the film on fishing") is None  # no kind of work the sentence credits
    # a body commissioning it is not its maker
    assert find_author("The survey by Populus for The Times found support.", "the survey") == "Populus"


def test_a_kind_only_the_question_names_does_not_outrank_written_by() -> None:
    from index.answer.author import find_author

    # the possessive of a film may be its star's; "written by" names its writer
    assert find_author("Herrick's film, written by Jo Hale, opens today.", "the harbour film") == "Jo Hale"


STORY_SURVEY = (
    "Fishing catches fall\n\n"
    "Catches in northern waters fell by a third last year, a survey report by the Ostwick Institute has found.\n\n"
    "The institute's director Mara Pell said quotas would have to be cut.\n"
)

survey_engine = engine_fixture({"survey.txt": STORY_SURVEY, **OTHER_STORY})


def test_who_wrote_the_report_names_the_body_the_report_is_by(survey_engine) -> None:
    first = first_answer(survey_engine, "who wrote the survey report on fishing catches")
    assert first.text == "Ostwick Institute"


def test_writing_credits_in_the_shapes_news_uses() -> None:
    from index.answer.author import find_author

    # a participle sharing its "by" with others
    assert find_author("The film, written and directed by Tomas Herrick, opens today.", "the film") == "Tomas Herrick"
    # a writer's noun with a prefix, or set off by a comma
    assert find_author('"It sold well," said songwriter Ada Lunn.', "the song") == "Ada Lunn"
    assert find_author("said the report's author, Mara Pell.", "the survey report") == "Mara Pell"
    # "who co-wrote", "who is the author of"
    assert find_author("Jo Hale, who co-wrote the play, said it was hard.", "the play") == "Jo Hale"
    assert find_author("Jo Hale, who is the author of the study, said so.", "the study") == "Jo Hale"
    # the appositive the other way round
    assert find_author("The author of the study, Ann Lee, said catches fell.", "the study") == "Ann Lee"
    # a credit set off by a comma after the kind asked, never a deadline
    assert find_author("The report, by the Ostwick Institute, found catches fell.", "the report") == "Ostwick Institute"
    assert find_author("The report, by Monday, must be finished.", "the report") is None
    # a writer's noun naming nobody
    assert find_author("The songwriter said it sold well.", "the song") is None


# ----------------------------------------------------------------- why: a reported clause that points back

STORY_LEVY = (
    "Ostwick brings in harbour levy\n\n"
    "The mayor of Ostwick has brought in a 5% levy on harbour moorings from next month.\n\n"
    "In a radio broadcast announcing the measure, the mayor's chief aide said it was necessary because of the "
    "rising cost of dredging the channel. Boat owners have called the levy unfair.\n"
)
STORY_FEE = (
    "Fee for Ostwick museum\n\n"
    "Ostwick museum will charge visitors a fee from next month.\n\n"
    "The curator said it was a hard choice because the museum has always been free.\n"
)

levy_engine = engine_fixture({"levy.txt": STORY_LEVY, "fee.txt": STORY_FEE, **OTHER_STORY})


def test_a_reason_in_a_reported_clause_about_what_came_before(levy_engine) -> None:
    # the sentence names neither the mayor nor the levy: "it" in the aide's reported clause stands for the measure
    first = first_answer(levy_engine, "why did the mayor of ostwick bring in the 5% levy on moorings")
    assert "rising cost of dredging" in first.quote


def test_a_reported_reason_about_another_matter_does_not_answer(levy_engine) -> None:
    # the museum's reason speaks of the museum's fee, never of the pier the question asks about
    no_answer(levy_engine, "why did the ostwick pier close")


def test_reported_anaphor_reads_the_clause_after_the_reporting_verb() -> None:
    from index.answer.why import reported_anaphor

    assert reported_anaphor("The aide said it was necessary because of the cost.")
    assert reported_anaphor("The analyst says they were surprised because sales rose.")
    assert not reported_anaphor("The aide said the council was broke because of the cost.")
    assert not reported_anaphor('"It was necessary because of the cost," the aide said.')  # quoted words: not the report
