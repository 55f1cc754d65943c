""""How many warheads does Norland keep?": a count whose own clause names another subject of the same kind
(Sudmark) and not the asked one is Sudmark's count, never Norland's."""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

ARSENALS = (
    "Norland and Sudmark trade barbs over arsenals\n\n"
    "Norland and Sudmark have argued for months over the size of their nuclear arsenals, officials said on "
    "Tuesday.\n\n"
    "Unlike Norland, Sudmark keeps 500 warheads at three northern bases.\n\n"
    "Analysts said the talks could resume in the spring.\n"
)

ARSENALS_BOTH = ARSENALS.replace(
    "Analysts said", "Norland keeps 320 warheads, while Sudmark keeps 500 warheads, the institute said.\n\nAnalysts said")

LEAD_ONLY = (
    "Brantwell Mining to cut jobs at its smelters\n\n"
    "Brantwell Mining will close two smelters next year, its chief executive said on Monday.\n\n"
    "The company employs 2,400 workers at its sites in the valley.\n"
)

ARSENALS_WHILE = ARSENALS.replace(
    "Unlike Norland, Sudmark keeps 500 warheads at three northern bases.",
    "Norland keeps its warheads in the north, officials said, while Sudmark keeps 500 warheads at three bases.")

arsenal_engine = engine_fixture({"arsenals.txt": ARSENALS})
while_engine = engine_fixture({"arsenals.txt": ARSENALS_WHILE})
both_engine = engine_fixture({"arsenals.txt": ARSENALS_BOTH})
ARSENALS_OWN = ARSENALS.replace("Unlike Norland, Sudmark keeps 500", "Unlike Sudmark, Norland keeps 320")

lead_engine = engine_fixture({"brantwell.txt": LEAD_ONLY})
own_engine = engine_fixture({"arsenals.txt": ARSENALS_OWN})


def test_another_subjects_count_is_no_answer(arsenal_engine) -> None:
    answer = arsenal_engine.ask("How many warheads does Norland keep?")
    assert not any("500" in a.text for a in answer.answers), answer.answers


def test_another_subjects_count_in_a_while_clause_is_no_answer(while_engine) -> None:
    answer = while_engine.ask("How many warheads does Norland keep?")
    assert not any("500" in a.text for a in answer.answers), answer.answers


def test_the_asked_subjects_own_count_answers_beside_the_others(both_engine) -> None:
    first = first_answer(both_engine, "How many warheads does Norland keep?")
    assert first is not None and "320" in first.text, first


def test_the_asked_subject_named_in_the_lead_keeps_its_count_said_of_the_company(lead_engine) -> None:
    first = first_answer(lead_engine, "How many workers does Brantwell Mining employ?")
    assert first is not None and "2,400" in first.text, first


def test_the_asked_subjects_count_after_a_clause_naming_another_answers(own_engine) -> None:
    first = first_answer(own_engine, "How many warheads does Norland keep?")
    assert "320" in first.text, first


def test_count_clause_is_the_clause_that_holds_the_count() -> None:
    from index.answer.how_many import count_clause, other_clause_subject

    sentence = "Norland keeps its warheads in the north, officials said, while Sudmark keeps 500 warheads at three bases."
    assert count_clause(sentence, "500 warheads").strip() == "Sudmark keeps 500 warheads at three bases."
    written = frozenset({"norland", "sudmark", "reuters"})
    question = "How many warheads does Norland keep?"
    assert other_clause_subject(sentence, "500 warheads", ["Norland"], written, question)
    assert not other_clause_subject("Unlike Sudmark, Norland keeps 320 warheads.", "320 warheads", ["Norland"],
                                    written, question)
    assert not other_clause_subject("It keeps 320 warheads, Reuters said.", "320 warheads", ["Norland"], written,
                                    question)
    assert not other_clause_subject("Its arsenal grew, Reuters said 320 warheads were kept.", "320 warheads",
                                    ["Norland"], written, question)
