"""Wave 13 (helper roles13): a capitalised qualifier the question gives for a role ("the German finance minister")
is not met by a holder whose role the text qualifies with another ("French finance minister Paul Girard"), even
when the question's other words ("finance") stand beside the role. Made-up texts, a real index in tmp_path."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer

STORY_BANKS = (
    "Ministers agree on bank rules\n\n"
    "French finance minister Paul Girard met his German counterpart Anna Vogt in Brussels on Tuesday to discuss "
    "new rules for banks.\n\n"
    "Ms Vogt said: \"Our banks must hold more capital before the next crisis.\"\n\n"
    "Mr Girard said: \"France will not accept rules that punish small lenders.\"\n"
)

STORY_FLEET = (
    "Fishing quotas row\n\n"
    "Welsh secretary Gwen Price visited the harbour at Milford Haven on Friday.\n\n"
    "Ms Price said: \"Our fishing fleet deserves a fair share of the quota.\"\n\n"
    "Scottish fishermen said the quota talks had been \"a farce from start to finish\".\n"
)

STORY_SQUAD = (
    "Coach names squad for autumn series\n\n"
    "England rugby coach Mark Dale named his squad for the autumn series on Monday, with Wales due at "
    "Twickenham in November.\n\n"
    "Dale said: \"We have a lot of young talent coming through.\"\n"
)

roles_engine = engine_fixture({"banks.txt": STORY_BANKS, "fleet.txt": STORY_FLEET, "squad.txt": STORY_SQUAD,
                               **OTHER_STORY})


def test_a_role_qualified_by_another_nationality_is_not_the_one_asked_for(roles_engine) -> None:
    answer = roles_engine.ask("What did the German finance minister say?")
    assert all(a.speaker != "Paul Girard" for a in answer.answers)
    assert "France will not accept" not in " ".join(a.text for a in answer.answers)


def test_the_holder_the_qualifier_names_still_answers(roles_engine) -> None:
    assert first_answer(roles_engine, "What did the French finance minister say?").speaker == "Paul Girard"
    assert first_answer(roles_engine, "what did the french finance minister say about banks?").speaker == "Paul Girard"


def test_a_rival_qualifier_counts_whatever_other_words_match(roles_engine) -> None:
    # "Wales" is in the story, and "rugby" beside the role: neither makes Dale the Wales rugby coach
    answer = roles_engine.ask("What did the Wales rugby coach say?")
    assert all(a.speaker != "Mark Dale" for a in answer.answers)
    assert first_answer(roles_engine, "What did the England rugby coach say?").speaker == "Mark Dale"


def test_a_missing_word_of_the_question_that_the_text_does_not_contradict_keeps_the_holder(roles_engine) -> None:
    # "the Welsh fisheries secretary": "fisheries" is not beside her role, but nothing there contradicts it
    assert first_answer(roles_engine, "What did the Welsh secretary say about the quota?").speaker == "Gwen Price"
    answer = roles_engine.ask("What did the Scottish secretary say about the quota?")
    assert all(a.speaker != "Gwen Price" and "fishing fleet" not in a.text for a in answer.answers)


def test_contradicted_reads_the_qualifiers_beside_the_role() -> None:
    from index.answer.roles import contradicted

    german, finance = (("german",), ("germani",)), (("financ",),)
    assert contradicted("French finance ", "Paul Girard", [german, finance], [german], {"french", "financ"})
    # the question's own word, capitalised at a sentence's start, is no rival
    assert not contradicted("Finance ", "Paul Girard", [german, finance], [german], {"financ"})
    assert not contradicted("German finance ", "Anna Vogt", [german, finance], [german], {"german", "financ"})
    # a qualifier any role may take is no rival
    assert not contradicted("Former finance ", "Paul Girard", [german, finance], [german], {"former", "financ"})
