"""Review of wave 17b (ans17b): invented texts on which its new rules fired where they should not."""

from __future__ import annotations

from conftest import engine_fixture, no_answer

# --- closing signature (index/ingest/metadata.signature_author) ---------------------------------------------------

EDITOR_NOTE = """Lost poems found in attic

A box of unpublished poems by the farmer-poet Hugh Carrow has been found in an attic in Dunmore.

The poems, written in the 1930s, describe life on the hill farms. "They are funny and sad at once," said librarian Eve Marsh.

The collection will go on show at the town library in June.

Kate Fenwick is the editor of the Wexford Review, the magazine that first printed Carrow's work.
"""

FORMER_REPORTER = """Council leak inquiry widens

An inquiry into leaked council papers in Harlow has been widened to cover three more departments, officials said.

A former journalist is among those questioned, police confirmed. "We are looking at every route the papers took," said Inspector Ruth Gale.

The council says no personal data was lost.

Dan Pryce is a former reporter at the Harlow Courier, which first published the papers.
"""

notes_engine = engine_fixture({"poems.txt": EDITOR_NOTE, "leak.txt": FORMER_REPORTER})


def test_a_closing_note_tying_an_editor_to_the_story_signs_nothing(notes_engine) -> None:
    """"X is the editor of Y, the magazine that first printed …": the note tells what X's publication has to do with
    the story, so X is someone the story concerns, not its writer; the body is not X's written words."""
    assert notes_engine.snapshot().meta("poems").author is None
    no_answer(notes_engine, "What did Kate Fenwick write about the poems?")


def test_a_former_reporter_signs_nothing(notes_engine) -> None:
    """A "former reporter at" a paper writes for it no longer: the closing note describes someone, it signs nothing."""
    assert notes_engine.snapshot().meta("leak").author is None
    no_answer(notes_engine, "What did Dan Pryce write about the inquiry?")
