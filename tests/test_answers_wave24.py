"""Questions as people ask them (issue 9), wave 24: dates asked in the everyday verb.

"When does the festival start" is written "which begins on 11 June", and "when will the episode be shown" is written
"will be broadcast on 19 May"; before, both were "the sources don't give a date for that". And of two dates in one
sentence, the one by the question's own event verb answers it, not the one by a participant's name. Invented
stories, real indexes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import engine_on, index_over

FESTIVAL = """Singer to curate Kelby festival

Rock star Jo Hale has been made artistic director of this year's Harbourlight festival in Kelby.

Hale has yet to decide the line-up for Harbourlight, which begins on 11 June. The festival runs for 15 days.

Director Ann Varga is to direct an episode of the drama series Dockside. Filming is due to start in early April and the Varga-directed episode will be broadcast in the UK on 19 May.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("dates24"), {"festival.txt": FESTIVAL})


def test_a_start_asked_is_found_where_the_text_says_it_begins(index: Path) -> None:
    with engine_on(index) as engine:
        answer = engine.ask("when does jo hale's harbourlight festival start")
    assert answer.answers and answer.answers[0].text == "11 June"


def test_shown_is_found_where_the_text_says_broadcast_and_takes_the_date_by_that_verb(index: Path) -> None:
    with engine_on(index) as engine:
        answer = engine.ask("when will ann varga's dockside episode be shown")
    assert answer.answers and answer.answers[0].text == "19 May"


def test_the_other_event_of_the_sentence_keeps_its_own_date(index: Path) -> None:
    with engine_on(index) as engine:
        answer = engine.ask("when does filming of the varga dockside episode start")
    assert answer.answers and "April" in answer.answers[0].text


# "when did X die" written as what the death was ("committed suicide in 1981"), and "when will the bill become law"
# written "pass into law by 14 March" (a state passed into, not an office taken up): before, both had no date
DEATH_AND_LAW = """Band story to become film

The life of late Harbourlight singer Tom Varley is to be made into a film. The musician committed suicide in 1981 aged 24, shortly before a tour.

Ministers in Kelby want the new harbour bill to pass into law by 14 March, when the current powers expire.
"""


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("events24"), {"events.txt": DEATH_AND_LAW})


def test_a_death_asked_plainly_is_dated_where_the_text_names_its_cause(events: Path) -> None:
    with engine_on(events) as engine:
        answer = engine.ask("when did tom varley die")
    assert answer.answers and answer.answers[0].text.startswith("1981")


def test_becoming_law_is_passing_into_law_not_a_beginning(events: Path) -> None:
    with engine_on(events) as engine:
        answer = engine.ask("when do ministers want the harbour bill to become law")
    assert answer.answers and "14 March" in answer.answers[0].text


# "how many people watched" counted as viewers: the noun names those who did the event, though the sentence never
# writes "watched" (before, "the sources don't cover that"); a count of another kind of person still needs the verb
VIEWERS = """Harbourlight quiz show axed

Harbour TV has dropped its Saturday quiz show Harbourlight after one series.

The first instalment attracted more than 4.1 million viewers - but that had dropped to 2.7 million by the end. Some 300 contestants took part.
"""


@pytest.fixture(scope="module")
def viewers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("viewers24"), {"viewers.txt": VIEWERS})


def test_people_who_watched_are_counted_as_viewers(viewers: Path) -> None:
    with engine_on(viewers) as engine:
        answer = engine.ask("how many people watched the first episode of harbourlight")
    assert answer.answers and "4.1 million" in answer.answers[0].text


def test_people_who_watched_are_not_counted_as_contestants(viewers: Path) -> None:
    with engine_on(viewers) as engine:
        answer = engine.ask("how many people watched the first episode of harbourlight")
    assert not any("300" in a.text for a in answer.answers)


# "the finance chief" is written in the formal title beside the name ("chief financial officer Ann Varga"); before,
# "I couldn't find anyone called the Kelby Air finance chief". The chief executive is not the finance chief.
OFFICES = """Kelby Air profits hit by fuel

Kelby Air chief executive Tom Varley said the airline would cut 500 jobs.

"We don't have as much hedging benefit in the second half as we had in the first," said chief financial officer Ann Varga.

"Fuel costs will stay high," Mr Varley said.
"""


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("offices24"), {"offices.txt": OFFICES})


def test_the_finance_chief_is_the_chief_financial_officer(offices: Path) -> None:
    with engine_on(offices) as engine:
        answer = engine.ask("what did the kelby air finance chief say about hedging")
    assert answer.answers and answer.answers[0].speaker == "Ann Varga"


def test_the_chief_executive_is_still_the_chief_executive(offices: Path) -> None:
    with engine_on(offices) as engine:
        answer = engine.ask("what did the kelby air chief executive say about fuel costs")
    assert answer.answers and answer.answers[0].speaker == "Tom Varley"


# "the referee jo hale": a role with the full name after it, typed in lower case, asks for that person's words (before,
# "nobody the sources describe as the referee jo hale is quoted"); a role ending in a body's words is still a role
REFEREE = """Referee defends handling of Dunmore game

The referee from Saturday's Dunmore v Kelby match has defended the officials' handling of the game after criticism by Tom Hale.

The Kelby coach said his side were robbed of victory by poor decisions. But Jo Hale said: "I'm satisfied the game was handled correctly."

But Jo Hale told the Kelby Daily Mail: "I spoke to Tom Hale at the post-match dinner."
"""


# another story's referee, quoted: the role alone would mean her
OTHER_REFEREE = """Harbour derby row

Referee Ann Varga said: "I gave the penalty because it was a clear foul." The Harbour manager disagreed.
"""


@pytest.fixture(scope="module")
def referee(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("referee24"), {"referee.txt": REFEREE, "other.txt": OTHER_REFEREE})


def test_a_role_before_a_full_name_asks_for_that_person(referee: Path) -> None:
    with engine_on(referee) as engine:
        answer = engine.ask("what did the referee jo hale tell the kelby daily mail")
    assert answer.answers and answer.answers[0].speaker == "Jo Hale"
    assert "post-match dinner" in answer.answers[0].quote


def test_the_name_after_a_role_is_read_only_when_it_is_a_quoted_persons_full_name(referee: Path) -> None:
    from index.answer.quote import name_after_role

    with engine_on(referee) as engine:
        snap = engine.snapshot() if callable(engine.snapshot) else engine.snapshot
        assert name_after_role(snap, "the referee jo hale") == "jo hale"
        assert name_after_role(snap, "the head of the harbour derby") is None
        assert name_after_role(snap, "jo hale") is None  # no role before it: the name as asked already


# "rhys wiliams": a given name before a misspelt surname in "-s", typed in lower case, is one person, not a plural
# group ("analysts"); before, "I couldn't find anyone called rhys wiliams"
WILLIAMS = """Wales wary of Kelby trip

Wales wing Rhys Evans says the Grand Slam is not on the team's mind.

"That's the last thing on our minds at the moment," said Evans. "We all realise how difficult a task it is."
"""


@pytest.fixture(scope="module")
def williams(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("williams24"), {"williams.txt": WILLIAMS})


def test_a_given_name_before_a_misspelt_surname_in_s_is_a_person(williams: Path) -> None:
    with engine_on(williams) as engine:
        answer = engine.ask("what did rhys evens say")
    assert answer.answers and answer.answers[0].speaker == "Rhys Evans"


def test_a_plural_role_after_a_given_name_is_still_a_group() -> None:
    from index.answer.roles import is_unnamed

    assert is_unnamed("analysts") and is_unnamed("seattle officials")
    assert not is_unnamed("rhys wiliams")


# "the Halifax figures" are the "Halifax house price data" (figures asked, data written, one way); before, the
# economist was "quoted, but not about the halifax figures"
FIGURES = """House prices rise

House prices rose 0.5% in January, according to the Kelby building society.

"The month by month volatility of the Kelby house price data should not distract from the downward trend," Harbour Economics said.
"""


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("figures24"), {"figures.txt": FIGURES})


def test_figures_asked_are_found_as_data(figures: Path) -> None:
    with engine_on(figures) as engine:
        answer = engine.ask("what did harbour economics say about the kelby figures")
    assert answer.answers and answer.answers[0].speaker == "Harbour Economics"
