"""Who wrote a report (issue 9, authorship), wave 23: a body that "says in a report" and a "he" who says what a
report says.

"Kelby Aid says in a report, Paying the Bill." names the report's maker as the subject of the sentence; "In a report
for the Harbour Trust, he says …" names it through the sentence before ("Professor Varga was an adviser …"). Before,
both were "the sources don't say who wrote that". Invented stories, real indexes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.models import Answer
from tests.conftest import engine_on, index_over


def ask_of(folder: Path, story: str, question: str) -> Answer:
    """The answer to ``question`` from a real index of the one invented ``story``."""
    with engine_on(index_over(folder, {"story.txt": story})) as engine:
        return engine.ask(question)

BODY = """Aid budgets are shrinking

Some two million children will go hungry before 2015, Kelbyaid says in a report, Paying the Bill. The call comes before the summit.

"Rich countries are giving less and less," Kelbyaid said.
"""

PRONOUN = """Harbour warning

Piet Varga, a professor of engineering, says the quay will not last. "The stone is failing," he said.

Professor Varga was an adviser to the port board for ten years. In a report for the Harbour Trust, he says the sea wall is the main danger to the town.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("authors23"), {"body.txt": BODY, "pronoun.txt": PRONOUN})


def test_a_body_that_says_in_a_report_wrote_it(index: Path) -> None:
    with engine_on(index) as engine:
        answer = engine.ask("who wrote the report paying the bill")
    assert answer.answers and answer.answers[0].text == "Kelbyaid"
    assert "says in a report" in answer.answers[0].quote


def test_the_he_who_says_what_a_report_says_is_the_subject_before(index: Path) -> None:
    with engine_on(index) as engine:
        answer = engine.ask("who wrote the harbour trust report on the sea wall")
    assert answer.answers and answer.answers[0].text == "Piet Varga"


def test_a_report_nobody_is_said_to_have_made_has_no_writer(index: Path) -> None:
    with engine_on(index) as engine:
        answer = engine.ask("who wrote the report on railway timetables")
    assert not answer.answers or answer.answers[0].text not in {"Kelbyaid", "Piet Varga"}


# Reasons written without a connective (wave 23): what a loss came "as it struggled with", what "forced" an act, what
# a rise "was fuelled by". Before, each was "the sources don't cover that".
REASONS = """Kelby Air results

Kelby Air lost 30m euros in 2004 as it struggled with high fuel costs and competition from budget carriers.

Harbourmail, the e-mail firm, has filed for bankruptcy protection. Its founder said lawsuits had forced the company into bankruptcy.

Broadband use in Kelby has doubled in a year. The growth has been fuelled by lower prices and faster lines.

Fuelled by the news, all 400 tickets for the band's next show sold out in an hour. The singer left the band in May.
"""


@pytest.fixture(scope="module")
def reasons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("reasons23"), {"reasons.txt": REASONS})


@pytest.mark.parametrize("question, span", [
    ("why did kelby air lose money in 2004", "as it struggled with high fuel costs"),
    ("why did harbourmail file for bankruptcy", "lawsuits had forced the company into bankruptcy"),
    ("why has broadband use in kelby grown", "fuelled by lower prices"),
])
def test_a_reason_without_a_connective_answers_why(reasons: Path, question: str, span: str) -> None:
    with engine_on(reasons) as engine:
        answer = engine.ask(question)
    assert answer.answers and span in answer.answers[0].quote


def test_a_cause_opening_another_events_sentence_is_not_the_reason(reasons: Path) -> None:
    """"Fuelled by the news, all tickets sold out": the news caused the sale, not the singer's leaving."""
    with engine_on(reasons) as engine:
        answer = engine.ask("why did the singer leave the band")
    assert all("Fuelled by the news" not in a.quote for a in answer.answers)


def test_how_many_cars_finds_the_vehicles_the_text_counts(tmp_path: Path) -> None:
    """"how many cars did Kelby Motors sell" / "sold more than 2.4 million vehicles": the trade's word for the count."""
    story = ("Kelby Motors profits up\n\nKelby Motors sold more than 2.4 million vehicles in 2004, an increase of 4% "
             "on the previous year. Its profits rose by 40%.\n")
    answer = ask_of(tmp_path, story, "how many cars did kelby motors sell last year")
    assert answer.answers and "2.4 million" in answer.answers[0].text


def test_an_event_named_by_its_kind_that_starts_on_a_date_answers_when_it_starts(tmp_path: Path) -> None:
    """"the event which starts on 19 March" in a story about the Kelby cross country championships."""
    story = ("Varga eyes Kelby cross country\n\nDouble champion Piet Varga may run in the Kelby cross country "
             "championships. But Varga, who has not raced over cross country for ten years, will not decide until two "
             "weeks before the event which starts on 19 March.\n")
    answer = ask_of(tmp_path, story, "when do the kelby cross country championships start")
    assert answer.answers and answer.answers[0].text == "19 March"


def test_an_age_standing_for_the_person_points_back_to_them(tmp_path: Path) -> None:
    """"The 47-year-old, whose credits include …, will be presented with the award on 15 February": the date of the
    person the passage introduced, though the sentence names them only by age."""
    story = ("Varga to get Kelby award\n\nActor Piet Varga is to be presented with an award for his career in film at "
             "the Kelby Film Festival. The 47-year-old, whose credits include his prize-winning role in Harbour Lights, "
             "will be presented with the Golden Anchor award on 15 February. The honour, given since 1986, honours "
             "figures in cinema. Man to Man opens the festival on 10 February.\n")
    answer = ask_of(tmp_path, story, "when will piet varga receive the kelby golden anchor award")
    assert answer.answers and answer.answers[0].text == "15 February"


@pytest.mark.parametrize("question, date", [
    ("when will the new identity cards for seafarers be issued", "February"),
    ("when will the harbour wall be finished", "the end of March"),
])
def test_a_date_after_a_named_documents_of_dates_the_document_not_the_event(tmp_path: Path, question: str,
                                                                            date: str) -> None:
    """"due to be issued in February next year, in line with the Convention of June 2003": the cards' date is
    February; "the end of March" is still a date of its own."""
    story = ("Seafarers to get new cards\n\nSeafarers will get new identity cards carrying their fingerprints. The "
             "cards are due to be issued in February next year, in line with the revised Kelby Convention on "
             "Seafarers' Identity Documents of June 2003.\n\nThe harbour wall will be finished by the end of March, in line with the plan of 2001.\n")
    answer = ask_of(tmp_path, story, question)
    assert answer.answers and date in answer.answers[0].text


NUMBERS = """Kelby Media results

Revenues at media group Kelby Media slipped 11% during 2004, mainly due to the weakness of the dollar, the group said. Kelby Media also beat its savings target for 2004, delivering £234m of cuts.

Newest members underpin growth

The eight states which joined the Kelby Union last year will see 4.6% growth in 2005, the report says. Older members will grow by 1.8%.
"""


@pytest.fixture(scope="module")
def numbers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("numbers23"), {"numbers.txt": NUMBERS})


def test_how_much_was_saved_is_a_sum_of_money(numbers: Path) -> None:
    with engine_on(numbers) as engine:
        answer = engine.ask("how much did kelby media save in 2004")
    assert answer.answers and answer.answers[0].text == "£234m"


def test_how_fast_something_will_grow_is_a_rate_and_a_speed_is_not_asked_so(numbers: Path) -> None:
    from index.answer.question import parse_question
    from index.models import Intent

    with engine_on(numbers) as engine:
        answer = engine.ask("how fast will the states which joined the kelby union grow in 2005")
    assert answer.intent is Intent.how_many
    assert answer.answers and answer.answers[0].text == "4.6%"
    assert parse_question("how fast is the new chip").intent is not Intent.how_many


@pytest.mark.parametrize("asked", ["the sporting director", "kelby rovers' sporting director"])
def test_an_editors_bracketed_role_before_a_name_gives_the_role_holder(tmp_path: Path, asked: str) -> None:
    """'"I should like to thank (sporting director) Tom Varley and (chairman) Ann Dale"': the brackets are the
    editor's words, and they say who holds the role; Varley's own words answer "what did the sporting director say",
    also with the club named (the names after the bracket, "(chairman) Ann Dale", are not the role's context)."""
    story = ("Kelby manager quits\n\nKelby Rovers manager Jo Hale has resigned. Hale said: \"My time here has been "
             "memorable.\" He added: \"I should like to thank (sporting director) Tom Varley and (chairman) Ann Dale "
             "for their understanding.\"\n\nVarley said the club were sad to see Hale go: \"We are obviously "
             "disappointed that Jo is leaving us. We fully respect his decision.\"\n")
    answer = ask_of(tmp_path, story, f"what did {asked} say about hale leaving")
    assert answer.answers and answer.answers[0].speaker == "Tom Varley"


@pytest.mark.parametrize("asked", ["el kadir", "el kadri"])
def test_a_surname_with_its_particle_finds_the_person_even_misspelt(tmp_path: Path, asked: str) -> None:
    """"El Guerrouj" is how readers call Hicham El Guerrouj; a bare mention "El Kadir achieved …" made a namesake
    with no quotation that the question used to find first ("There are no quotations from El Kadir")."""
    story = ("Kadir targets cross country\n\nDouble champion Omar El Kadir may run the Kelby cross country.\n\n"
             "\"If I am to compete in it, it is only if I feel I can win,\" said the 30-year-old. El Kadir achieved a "
             "lifetime ambition last August.\n")
    answer = ask_of(tmp_path, story, f"what did {asked} say about running the cross country")
    assert answer.answers and answer.answers[0].speaker == "Omar El Kadir"


@pytest.mark.parametrize("sentence, rate", [
    ("The eight states will see 4.6% growth in 2005.", "4.6%"),
    ("Growth was a seasonally-adjusted 0.7-0.8%, ahead of forecasts.", "0.7-0.8%"),
    ("Prices rose 3 per cent in May.", "3 per cent"),
    ("Sales rose by 2.4 million.", None),
])
def test_a_rate_is_the_whole_percentage_the_sentence_gives(sentence: str, rate: str | None) -> None:
    from index.answer.how_many import rate_in

    found = rate_in(sentence)
    assert (found[0] if found else None) == rate
