"""When-questions news answers in ways the date finder and the question reader missed (issue 9), wave 29.

"is likely to get a new deal next season" gives a sporting season as its date; "That happened in 1801 after …"
dates the event the sentence before it told, though it names none of it; "99.4% of homes", typed in a question, is
one number, as the index keeps it, not "99" and "4". Each is checked alone and end to end on a real index.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.question import content_terms
from index.extract.dates import find_dates
from tests.conftest import engine_on, first_answer, index_over


@pytest.mark.parametrize(("sentence", "written"), [
    ("The winger is likely to sign a new deal next season.", "next season"),
    ("He missed most of last season with a knee injury.", "last season"),
    ("The club hope to finish in the top four this season.", "this season"),
])
def test_a_sporting_season_is_a_date_with_no_calendar_year(sentence: str, written: str) -> None:
    [mention] = find_dates(sentence, "2005-02-14")
    assert mention.text == written
    assert mention.iso is None and mention.relative


def test_a_season_word_alone_or_a_season_of_the_year_is_unchanged() -> None:
    assert find_dates("The season ended with a loss.", "2005-02-14") == []
    assert find_dates("The stadium will reopen next summer.", "2005-02-14")[0].iso == "2006"


@pytest.mark.parametrize(("question", "term"), [
    ("when will kestrel reach 97.5%", "97.5"),
    ("how much did sales grow, 2.5 per cent", "2.5"),
])
def test_a_decimal_in_a_question_is_one_term(question: str, term: str) -> None:
    terms = content_terms(question)
    assert term in terms
    assert term.split(".")[0] not in terms


SHOOTING = """Hooker set for new contract

Rovers hooker Dai Pryce has been one of the club's stars since he arrived from Pontypool.

Pryce, who played in Saturday's win over Leeds, is only on a one-year contract at the Mill Ground.

But the hooker has proved his worth to the side and is likely to get a new deal next season.
"""

ARCHIVE = """Archive reveals first divorce

The county archive has put its court records online.

Among the records is the story of Mary Tolland, the first woman in the county to divorce her husband. That happened in 1822 after she had discovered her husband, Edwin Marsh, had left for the colonies with her savings.

She later ran a millinery shop in Hexley until 1840.
"""

COVERAGE = """Kestrel broadband plans

Kestrel Telecom says more than 90% of homes in the region can now get its broadband service.

The firm aims to reach 97.5% by next spring.

There are also 20,000 cable customers in the region.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave29"), {"hooker.txt": SHOOTING, "archive.txt": ARCHIVE,
                                                          "kestrel.txt": COVERAGE})


def test_when_a_player_gets_a_new_deal_is_next_season(index: Path) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, "when is dai pryce likely to get a new deal")
    assert first.text == "next season"


def test_that_happened_dates_the_event_the_sentence_before_told(index: Path) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, "when did mary tolland divorce her husband")
        assert first.text == "1822"
        # the same archive's later date is of something else, and the pointer never dates another story's event
        assert first_answer(engine, "when did mary tolland run a millinery shop").text != "1822"


def test_a_decimal_share_typed_in_a_when_question_finds_its_sentence(index: Path) -> None:
    with engine_on(index) as engine:
        first = first_answer(engine, "when will kestrel reach 97.5%")
    assert first.text == "by next spring"


CLUB = """Rovers sack manager Hale

Kelby Rovers have sacked manager Tom Hale after a run of eight league games without a win.

Hale was appointed in May 2021 and led the side to promotion in his first season.

The club said his assistant would take charge for Saturday's game.
"""

RATES = """Council tax to rise

Councillors in Elmbury have voted to raise council tax by 3.5% from April, the most allowed without a vote.

A typical household will pay an extra £60 a year.
"""

PITS = """Mining town remembers

Kelby's coal pits were the heart of the town for a century. The closure of the pits came in 1994, and 2,000 jobs went with them.
"""


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave29dated"), {"club.txt": CLUB, "rates.txt": RATES,
                                                               "pits.txt": PITS})


def test_a_sentence_opening_on_the_persons_name_dates_when_they_began(dated: Path) -> None:
    """"Hale was appointed in May 2021" under a story naming Tom Hale tells when he became its manager, though the
    sentence names neither the club nor the post."""
    with engine_on(dated) as engine:
        assert first_answer(engine, "when did tom hale become kelby rovers manager").text == "May 2021"


def test_a_change_by_an_amount_from_a_month_is_when_it_kicks_in(dated: Path) -> None:
    with engine_on(dated) as engine:
        assert first_answer(engine, "when does the elmbury council tax rise kick in").text == "April"


def test_an_event_named_by_its_noun_in_ure_is_dated(dated: Path) -> None:
    """"when did the pits close" is told by "The closure of the pits came in 1994"."""
    with engine_on(dated) as engine:
        assert first_answer(engine, "when did the kelby coal pits close").text == "1994"


TOUR = """Singer cancels tour

The Lanterns singer Corin Ashdale has cancelled the rest of the band's tour.

In a video on the band's website, Ashdale said: "I've been singing through pain since the second week of the tour."

The mayor, Abigail Thorne-Whitby, survived the vote. Ms Thorne-Whitby said: "The tram is late, and as mayor that is on me."
"""


@pytest.mark.parametrize(("question", "name"), [
    ("who said they'd been singing through pain since the second week of the tour", "Corin Ashdale"),
    ("who said the tram being late was on them as mayor", "Abigail Thorne-Whitby"),
])
def test_who_said_answers_with_the_full_name_where_the_sentence_writes_only_the_surname(
        tmp_path: Path, question: str, name: str) -> None:
    with engine_on(index_over(tmp_path, {"tour.txt": TOUR})) as engine:
        assert first_answer(engine, question).text == name


RESIGNS = """Transport minister resigns

Transport minister Colm Arden has resigned amid a row over a rail contract.

Prime Minister Helena Voss accepted the resignation and named junior minister Yusuf Tarrant as his replacement.

Mr Arden said he had done nothing wrong.
"""


def test_who_is_the_new_minister_is_the_one_named_to_replace_the_one_who_left(tmp_path: Path) -> None:
    """The holder a story names by the post is the one leaving it; "new" asks who takes it over."""
    with engine_on(index_over(tmp_path, {"resigns.txt": RESIGNS})) as engine:
        first = first_answer(engine, "who is the new transport minister")
    assert "Yusuf Tarrant" in first.quote
    assert "Colm Arden" not in first.quote


# Cases a review of this wave's changes wrote to break them (each gave a wrong answer on the first version)

@pytest.mark.parametrize(("story", "question"), [
    ("Kelby Town manager\n\nTom Hale became manager of Kelby Town after a long playing career with the club.\n\n"
     "Hale's son Jamie started at the club's academy in 2015 and now plays for the under-21 side.\n",
     "when did tom hale become manager of kelby town"),
    ("Wildlife trust marks milestone\n\nThe Kelby Wildlife Trust was created by a group of local birdwatchers.\n\n"
     "Its most famous resident is a pine marten. The creature was first spotted on the trust's reserve in 2019.\n",
     "when was the kelby wildlife trust created"),
    ("Old mill to become museum\n\nThe town's cotton mill was opened by the Hale family, who ran it for three "
     "generations. It was in ruins by 1962, when the last looms were sold for scrap.\n",
     "when was the cotton mill opened"),
    ("Bridge reopens\n\nThe old Tarn bridge was closed to traffic after engineers found cracks in its main arch. That "
     "happened only weeks after a £2m repair, which was finished on 14 March 2019.\n",
     "when was the tarn bridge closed"),
])
def test_a_date_of_something_else_near_the_event_is_no_answer(tmp_path: Path, story: str, question: str) -> None:
    with engine_on(index_over(tmp_path, {"story.txt": story})) as engine:
        assert engine.ask(question).answers == ()


def test_who_said_gives_the_full_name_never_a_name_made_of_two(tmp_path: Path) -> None:
    story = ("Kelby harbour plan approved\n\nHarbour master Ana María Reyes welcomed the decision.\n\n"
             "\"This marina will bring hundreds of jobs to the town,\" Ana Reyes said.\n")
    with engine_on(index_over(tmp_path, {"harbour.txt": story})) as engine:
        assert first_answer(engine, "who said the marina will bring hundreds of jobs").text == "Ana María Reyes"


SUCCESSION = """Quillstone boss to step down

Quillstone chief executive Anselm Brek is to retire in March, with chief operating officer Odile Marchetti named as his successor.

Skylark Air chief executive Dan Royle has resigned. The board said finance director Imogen Raft would lead the airline on an interim basis.

Corvane chief executive Lawrence Heddle said he would leave in the spring once a successor had been found.
"""


@pytest.mark.parametrize(("question", "name"), [("who is replacing anselm brek as quillstone ceo", "Odile Marchetti"),
                                                ("who is running skylark air now", "Imogen Raft")])
def test_who_replaces_or_runs_a_firm_now_is_the_one_named_to_take_over(tmp_path: Path, question: str,
                                                                        name: str) -> None:
    with engine_on(index_over(tmp_path, {"bosses.txt": SUCCESSION})) as engine:
        assert name in first_answer(engine, question).quote


def test_a_successor_not_yet_found_is_no_answer(tmp_path: Path) -> None:
    with engine_on(index_over(tmp_path, {"bosses.txt": SUCCESSION})) as engine:
        answers = engine.ask("who is replacing lawrence heddle as corvane boss").answers
    assert all("once a successor had been found" not in a.quote for a in answers)


FESTIVAL = """Debut drama wins top prize at Evenmouth film festival

A drama about two sisters running a failing ferry service has won the top prize at the Evenmouth Film Festival.

The Low Tide, the first feature by director Anouk Brassel, was awarded the Golden Gull on Saturday evening.

The jury, chaired by actor Teodor Vasck, said it had chosen the film because of its quiet honesty.

The festival's best actor prize went to Rufus Calloway for his role as a retired lighthouse keeper.

Gervais Lane and co-writer Stephen Marsh received a special award for writing, presented by the festival's founder.
"""


KELBY_FILM = """Kelby film awards

Jo Hale won best actor at the Kelby film awards on Friday for her first screen role.

"I never thought I would win anything," she said.
"""


@pytest.mark.parametrize(("question", "name"), [("who won best actor at evenmouth", "Rufus Calloway"),
                                                ("who won the special award for writing at evenmouth", "Stephen Marsh")])
def test_who_won_is_answered_by_a_win_in_any_of_its_words(tmp_path: Path, question: str, name: str) -> None:
    """"the best actor prize went to Rufus Calloway", "received a special award": news words a win without "won"."""
    with engine_on(index_over(tmp_path, {"festival.txt": FESTIVAL, "kelby.txt": KELBY_FILM})) as engine:
        assert name in first_answer(engine, question).quote
