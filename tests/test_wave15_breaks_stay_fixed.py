"""Wave 15's reviewers broke three rules with these shapes and the rules were taken out; wave 16 wrote two of
them again. These invented stories keep the breaks from coming back: each answer a user would see must not name the
wrong place or person."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture

STORY_VISIT = (
    "Minister tours new ward\n\n"
    "Health minister Jo Prentiss, who grew up in north Kelby, visited the Harlow Road hospital in Dunmore on Monday.\n\n"
    "She said the new ward would open in the spring.\n"
)
STORY_COLUMN = (
    "Column row at the Courier\n\n"
    "The docks column by Mara Quint angered editor Tom Bell, who said it should never have been printed.\n\n"
    "The Courier has apologised to the harbour board.\n"
)

visit_engine = engine_fixture({"visit.txt": STORY_VISIT, "column.txt": STORY_COLUMN, **OTHER_STORY})


def test_where_someone_grew_up_is_not_where_they_visited(visit_engine) -> None:
    answer = visit_engine.ask("where did the health minister visit?")
    assert all("Kelby" not in (a.text or "") for a in answer.answers), [a.text for a in answer.answers]


def test_the_editor_a_column_angered_did_not_write_it(visit_engine) -> None:
    answer = visit_engine.ask("who wrote the docks column?")
    assert all("Tom Bell" not in (a.text or "") for a in answer.answers), [a.text for a in answer.answers]


STORY_BOARD = (
    "Two join the Corran board\n\n"
    "Maria Lopez joined the Corran Trust's board in 2003, the trust said.\n\n"
    "Marian Holt, a former teacher, became a trustee in 2007.\n"
)

board_engine = engine_fixture({"board.txt": STORY_BOARD, **OTHER_STORY})


def test_one_given_name_is_not_another(board_engine) -> None:
    """Maria is not Marian: another person's date is no answer for her (wave 15 took out a word-form rule that
    paired them)."""
    answer = board_engine.ask("when did Marian Holt become a trustee?")
    assert all("2003" not in (a.text or "") for a in answer.answers), [a.text for a in answer.answers]
