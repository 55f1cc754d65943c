"""Issue 9, wave 8: general mechanisms behind answers to questions as people phrase them (roles that resolve
only through an unambiguous link in the text, reasons, topic words), each alone, then end to end on a small
collection written here (real files, a real index; no seed or gold fact)."""

from __future__ import annotations

from tests.conftest import engine_fixture

# ----------------------------------------------------------------- roles

STORY_PARTY = (
    "Party row over leadership\n\n"
    "Tom Varley, the Greenway Party's deputy leader, said the party was united. "
    '"We have never been stronger," Mr Varley said.\n\n'
    "The film showed a row between Mr Varley, MEP Jane Dorsey and party leader Roger Hask about the "
    "party's plans. Ms Dorsey said the row had been overblown.\n"
)

party_engine = engine_fixture({"party.txt": STORY_PARTY})


def test_a_word_of_lesser_rank_makes_another_office() -> None:
    from index.answer.roles import other_rank

    assert other_rank("Greenway Party's deputy", "the Greenway Party leader")
    assert other_rank("Deputy Prime", "the prime minister")
    assert other_rank("vice", "the president")
    assert not other_rank("Deputy Prime", "the deputy prime minister")
    assert not other_rank("Liberal Democrat", "the Lib Dem leader")
    assert not other_rank("acting", "the chairman")  # an acting chairman holds the office for now


def test_a_list_of_names_is_not_an_apposition() -> None:
    from index.answer.roles import lists_another

    assert lists_another(", MEP Jane Dorsey and party ")
    assert not lists_another(", the trade and industry ")
    assert not lists_another(", the Greenway Party's ")


def test_a_deputy_or_a_name_in_a_list_does_not_answer_for_the_leader(party_engine) -> None:
    from index.answer.roles import role_holders

    snap = party_engine.snapshot()
    assert all(p.name != "Tom Varley" for p in role_holders(snap, "the Greenway Party leader", quoted=False))
    answer = party_engine.ask("What did the Greenway Party leader say about the party?")
    assert all(a.speaker != "Tom Varley" for a in answer.answers), [a.speaker for a in answer.answers]
    assert "We have never been stronger" not in " ".join(a.quote for a in answer.answers)


def test_the_deputy_leader_is_found_by_that_role(party_engine) -> None:
    from index.answer.roles import role_holders

    snap = party_engine.snapshot()
    assert [p.name for p in role_holders(snap, "the Greenway Party's deputy leader")] == ["Tom Varley"]
