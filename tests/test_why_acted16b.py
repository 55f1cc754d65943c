"""An act done for an end states its reason: "the Bank said it had acted to curb inflation"."""

from __future__ import annotations

from index.answer.why import reason_strength
from tests.conftest import engine_fixture, first_answer

RATES = (
    "Lakeland raises interest rates\n\n"
    "The Central Bank of Lakeland lifted interest rates 0.5% to 6%, its first rise in two years. "
    "The Bank said it had acted to cool rising house prices but exporters criticised the move. "
    "Retail sales were flat in the spring.\n"
)

rates_engine = engine_fixture({"rates.txt": RATES})


def test_acted_to_gives_the_reason(rates_engine) -> None:
    first = first_answer(rates_engine, "why did the central bank of lakeland put rates up")
    assert "acted to cool rising house prices" in first.quote, first


def test_acting_for_an_end_is_a_reason_but_acting_alone_is_not() -> None:
    assert reason_strength("The regulator intervened to stop the slide.") == 1.0
    assert reason_strength("She acted in two films last year.") == 0.0
    assert reason_strength("The firm sought to reassure investors.") == 0.7


TOLL = (
    "Car sales slide\n\n"
    "New car sales fell sharply in March and dealers cut prices as higher fuel duty took its toll, the trade body "
    "said. Sales of small cars held up better than most.\n"
)

toll_engine = engine_fixture({"toll.txt": TOLL})


def test_taking_its_toll_gives_the_cause(toll_engine) -> None:
    first = first_answer(toll_engine, "why did new car sales fall in march")
    assert "took its toll" in first.quote, first
    assert reason_strength("Sales fell as the strike took its toll.") == 1.0


BAND = (
    "Drummer starts new group\n\n"
    "Drummer Olly Vance took his new band Glasshouse to the stage on Saturday night, just hours after officially "
    "announcing his departure from rock band The Tidelines. The new band played for an hour.\n"
)

band_engine = engine_fixture({"band.txt": BAND})


def test_hours_after_tells_when_not_why(band_engine) -> None:
    answer = band_engine.ask("why did olly vance quit the tidelines?")
    assert not answer.answers, answer.answers


def test_a_length_before_after_still_hints_a_reason() -> None:
    assert reason_strength("He played on, just hours after the announcement.") == 0.0
    # (a question about something else than the ban; asked about the ban, what earned it is its reason: wave 33)
    assert reason_strength("He was banned for two years after testing positive.", frozenset()) == 0.4
    assert reason_strength("He was banned for two years after testing positive.", frozenset({"punished for doing"})) == 1.0


AUDITOR = (
    "Auditor honoured\n\n"
    "Former internal auditor Mara Quist, who left in 2003, has been named businesswoman of the year. "
    "Her warnings led to the collapse of the firm following the discovery of a $2bn accounting fraud.\n"
)

auditor_engine = engine_fixture({"auditor.txt": AUDITOR})


def test_led_to_something_else_is_no_reason_for_the_event_asked(auditor_engine) -> None:
    answer = auditor_engine.ask("why did mara quist leave")
    assert not answer.answers, answer.answers


def test_led_to_the_event_told_before_still_gives_its_reason() -> None:
    from index.answer.relevance import Concept
    from index.answer.why import effect_elsewhere

    visitors = Concept(word="visitors", alternatives=(("visitor",),), weight=1.0)
    assert effect_elsewhere("Her warnings led to the collapse of the firm following a fraud.", [visitors])
    assert not effect_elsewhere("Strong collections had led to the strong performance.", [visitors])
    assert not effect_elsewhere("The exhibition led to more visitors.", [visitors])
