"""Issue 9, wave 9: general mechanisms read off the wave-8 judged set's misses (abbreviations the collection
spells out, a story's lead as what its quotations answer to, ...), each alone, then end to end on a small
collection written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

# ----------------------------------------------------------------- abbreviations the collection spells out

STORY_EXCHANGE = (
    "Portwell shares hit record\n\n"
    "The Portwell Grain Exchange (PGE) has recorded its largest gain in a single day.\n\n"
    "Some traders warned that the rise was a bubble. \"That is nonsense,\" PGE chairman Tom Hale told reporters. "
    "\"Whenever prices reflect the harvest, people call it a bubble.\"\n"
)
STORY_SIGNS = (
    "Deaf sailors seek cheaper calls\n\n"
    "The Harbour Sign Code (HSC) was devised for deaf sailors in Portwell.\n\n"
    "Mr Vale, like many of the town's 9,000 HSC users, wants a cheaper video service.\n"
)

abbreviations_engine = engine_fixture({"exchange.txt": STORY_EXCHANGE, "signs.txt": STORY_SIGNS})


def test_a_role_written_with_an_abbreviation_is_the_role_spelled_out(abbreviations_engine) -> None:
    # the text writes "PGE chairman Tom Hale"; the question spells the exchange out
    first = first_answer(abbreviations_engine,
                         "what did the chairman of the portwell grain exchange say about people calling it a bubble")
    assert first.speaker == "Tom Hale"
    assert "people call it a bubble" in first.quote


def test_a_count_written_with_an_abbreviation_answers_the_words_it_stands_for(abbreviations_engine) -> None:
    first = first_answer(abbreviations_engine, "how many people in portwell use the harbour sign code")
    assert "9,000" in first.text


def test_an_abbreviation_spelled_out_does_not_answer_for_another_count(abbreviations_engine) -> None:
    answer = abbreviations_engine.ask("how many ships use the harbour sign code")
    assert not answer.answers, [a.text for a in answer.answers]


# ----------------------------------------------------------------- a story's lead sets up its quotations

STORY_STRIKE = (
    "Dock workers in strike vote\n\n"
    "The dock workers' union is to ballot its members over plans to raise their retirement age to 67.\n\n"
    "Union leader Sam Ortiz warned of walkouts unless ministers think again.\n\n"
    "\"If you want the pension you were promised, you must now work two extra years,\" he said.\n"
)

lead_engine = engine_fixture({"strike.txt": STORY_STRIKE})


def test_a_quotation_answers_to_what_the_story_s_lead_says_it_is_about(lead_engine) -> None:
    # "age" is only in the lead; the quoted words say "pension"
    first = first_answer(lead_engine, "What did Sam Ortiz say about raising the retirement age?")
    assert first.speaker == "Sam Ortiz"
    assert "two extra years" in first.quote


def test_a_topic_neither_the_words_nor_the_lead_hold_is_still_not_covered(lead_engine) -> None:
    answer = lead_engine.ask("What did Sam Ortiz say about ferry fares?")
    assert not answer.answers, [a.quote for a in answer.answers]
    assert "not about" in (answer.message or "")
