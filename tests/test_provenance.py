"""Provenance that can be checked (issue 11): the generation every answer came from, the context
around a cited paragraph, what changed between builds, feedback on answers, related passages.

Real indexes in temporary folders, the real CLI; the Discord side is in ``test_bot_provenance``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bot.render import LIMITS, embed_size, render_more_context
from bot.text import unescape
from index.answer.engine import Engine
from index.cli import main
from index.models import Citation, Paragraph
from index.present.layout import layout_more_context, short_generation
from index.store.layout import CURRENT
from tests.conftest import engine_on, index_over


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def serving(index_dir: Path) -> str:
    return (index_dir / CURRENT).read_text(encoding="utf-8").strip()


# ----------------------------------------------------------------- the generation of every answer


def test_ask_json_names_the_generation_the_answer_came_from(capsys, seed_index: Path) -> None:
    code, out, _ = run(capsys, "ask", "--json", "--index", str(seed_index), "When was the NRC created?",
                       "What is the airspeed of an unladen swallow?")
    assert code == 0
    answered, refused = (json.loads(line) for line in out.splitlines())
    assert answered["answers"] and answered["generation"] == serving(seed_index)
    assert refused["answers"] == [] and refused["generation"] == serving(seed_index)


def test_every_way_of_asking_carries_the_generation(engine: Engine, seed_index: Path) -> None:
    gen = serving(seed_index)
    assert engine.ask("What did Medvedev say?").generation == gen
    assert engine.quote("Medvedev").generation == gen
    assert engine.when("NRC created").generation == gen
    first, context = engine.follow("What did Rasmussen say?")
    assert engine.follow("when was that?", context)[0].generation == gen
    assert engine.ask("?!").generation is None  # nothing was looked up


def test_a_rebuild_changes_the_generation_answers_carry(tmp_path: Path, seeds_copy: Path) -> None:
    from index.store.build import build_index

    index_dir = tmp_path / "ix"
    build_index(seeds_copy, index_dir)
    eng = Engine(index_dir)
    try:
        before = eng.ask("When was the NRC created?").generation
        (seeds_copy / "extra.txt").write_text("A new note\n\nThe harbour opened on 2 May 2003.\n", encoding="utf-8")
        build_index(seeds_copy, index_dir)
        after = eng.ask("When was the NRC created?").generation
        assert before != after and after == serving(index_dir)
    finally:
        eng.close()


def test_short_generation_is_the_random_tail() -> None:
    assert short_generation("gen-20261201T022842-48eae9") == "48eae9"


# ----------------------------------------------------------------- more context


def test_surroundings_are_the_cited_paragraph_and_its_neighbours_verbatim(engine: Engine) -> None:
    item = engine.when("NRC created").answers[0]
    citation, paragraphs = engine.surroundings(item.source.id, item.source.paragraph)
    numbers = [p.number for p in paragraphs]
    assert numbers == [item.source.paragraph - 1, item.source.paragraph, item.source.paragraph + 1]
    text = engine.snapshot().document(item.source.id)[0]
    assert all(text[p.start:p.end] == p.text for p in paragraphs)
    assert citation.paragraph == item.source.paragraph
    first = engine.snapshot().document(item.source.id)[1][0]
    _c, edge = engine.surroundings(item.source.id, first.number)
    assert [p.number for p in edge] == [first.number, first.number + 1]  # nothing before the first


def _para(number: int, text: str, start: int = 0) -> Paragraph:
    return Paragraph(number=number, start=start, end=start + len(text), text=text)


def test_more_context_is_escaped_labelled_and_bolds_only_the_cited_words() -> None:
    cite = Citation(id="s", title="A *title*", paragraph=2)
    paragraphs = [_para(1, "Before: @everyone look at *this* and `that`."),
                  _para(2, "The council was created on 3 March 2001. It met weekly."),
                  _para(3, "After: <@123> said _nothing_.")]
    [page] = render_more_context(layout_more_context(cite, paragraphs, "The council was created on 3 March 2001."))
    [embed] = page.embeds
    text = embed["description"]
    assert "*¶ 1*" in text and "*¶ 2 — cited*" in text and "*¶ 3*" in text
    assert text.index("¶ 1") < text.index("¶ 2") < text.index("¶ 3")
    assert "**The council was created on 3 March 2001.**" in text
    assert "@everyone" not in text and "\\<@123>" in text and "\\*this\\*" in text and "\\`that\\`" in text
    body = text.rsplit("\n\n", 1)[0]  # the paragraphs, without the citation line
    assert body.replace("\\*", "").count("**") == 2  # the cited words are the only bold
    assert "Before: @everyone look at *this* and `that`." in unescape(body)
    assert embed["title"] == "More context: A \\*title\\*"


def test_long_paragraphs_page_within_discord_limits() -> None:
    cite = Citation(id="s", title="T", paragraph=2)
    long = "word " * 1500  # 7,500 characters: more than one embed holds
    paragraphs = [_para(1, long.strip()), _para(2, "The cited sentence. " + long.strip()), _para(3, long.strip())]
    pages = render_more_context(layout_more_context(cite, paragraphs, "The cited sentence."))
    assert len(pages) == 3
    for n, page in enumerate(pages, 1):
        [embed] = page.embeds
        assert len(embed["description"]) <= LIMITS["description"] and embed_size(embed) <= LIMITS["total"]
        assert embed["footer"]["text"] == f"Page {n} of 3"
        assert not page.citations
    assert "¶ 2 — cited" in pages[1].embeds[0]["description"]


# ----------------------------------------------------------------- what changed since the previous generation


def _sources_json(capsys, index_dir: Path) -> dict:
    code, out, _ = run(capsys, "sources", "--json", "--index", str(index_dir))
    assert code == 0
    return json.loads(out)


def test_sources_say_what_changed_since_the_previous_generation(capsys, tmp_path: Path, seeds_copy: Path) -> None:
    from index.store.build import build_index

    index_dir = tmp_path / "ix"
    build_index(seeds_copy, index_dir)
    first = _sources_json(capsys, index_dir)["generation"]
    assert first["name"] == serving(index_dir) and first["built"].endswith("Z")
    assert first["previous"] is None and first["changes"] is None  # a first build compares with nothing
    code, out, _ = run(capsys, "sources", "--index", str(index_dir))
    assert "No earlier generation is recorded" in out

    (seeds_copy / "harbour-note.txt").write_text("Harbour note\n\nThe harbour opened on 2 May 2003.\n",
                                                 encoding="utf-8")
    edited = seeds_copy / "cnn-russia-nato-deepen-ties.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more paragraph, added later.\n", encoding="utf-8")
    (seeds_copy / "moscow-times-nato-russia-embrace.txt").unlink()
    build_index(seeds_copy, index_dir)
    second = _sources_json(capsys, index_dir)
    assert second["generation"]["previous"] == first["name"]
    assert second["generation"]["changes"] == {"added": ["harbour-note"], "changed": ["cnn-russia-nato-deepen-ties"],
                                               "removed": ["moscow-times-nato-russia-embrace"]}
    assert len(second["sources"]) == 5
    code, out, _ = run(capsys, "sources", "--index", str(index_dir))
    assert f"Since {first['name']}: sources: 1 added, 1 changed, 1 removed" in out
    assert "  added: harbour-note" in out and "  removed: moscow-times-nato-russia-embrace" in out

    # A full rebuild of the same files changes nothing; it compares with the generation that served
    # (its manifest), and the record survives that generation's folder being pruned.
    build_index(seeds_copy, index_dir, full=True)
    third = _sources_json(capsys, index_dir)["generation"]
    assert third["previous"] == second["generation"]["name"]
    assert third["changes"] == {"added": [], "changed": [], "removed": []}
    code, out, _ = run(capsys, "sources", "--index", str(index_dir))
    assert "no source added, changed or removed" in out
    shutil.rmtree(index_dir / second["generation"]["name"], ignore_errors=True)
    assert _sources_json(capsys, index_dir)["generation"] == third


def test_a_metadata_edit_counts_as_a_change(capsys, tmp_path: Path, seeds_copy: Path) -> None:
    from index.store.build import build_index

    index_dir = tmp_path / "ix"
    build_index(seeds_copy, index_dir)
    toml = seeds_copy / "sources.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('publisher = "CNN"', 'publisher = "CNN International"'),
                    encoding="utf-8")
    build_index(seeds_copy, index_dir)
    changes = _sources_json(capsys, index_dir)["generation"]["changes"]
    assert changes == {"added": [], "changed": ["cnn-russia-nato-deepen-ties"], "removed": []}


def test_many_changes_are_counted_not_all_listed() -> None:
    from index.models import GenerationInfo, SourceChanges
    from index.present.text import render_generation

    ids = tuple(f"doc-{i:02d}" for i in range(25))
    text = render_generation(GenerationInfo(name="gen-x-abcdef", built="2026-12-01T03:27:00Z", previous="gen-w-123456",
                                            changes=SourceChanges(added=ids)))
    assert "Index generation gen-x-abcdef, built 2026-12-01 03:27:00 UTC" in text
    assert "sources: 25 added, 0 changed, 0 removed" in text
    assert "doc-09 and 15 more" in text and "doc-10" not in text


# ----------------------------------------------------------------- related passages when nothing answers


def _words(text: str) -> set[str]:
    return {w.lower().strip(".,;:!?\"'“”‘’()") for w in text.split()}


def test_no_answer_offers_related_verbatim_passages_labelled_as_such(capsys, seed_index: Path, engine: Engine) -> None:
    question = "What did Putin say?"
    code, out, _ = run(capsys, "ask", "--json", "--index", str(seed_index), question)
    obj = json.loads(out)
    assert code == 0 and obj["answers"] == [] and obj["message"]  # still no answer, and it says so
    assert obj["related"], "a question the sources touch on gets related passages"
    for related in obj["related"]:
        assert set(related) == {"quote", "speaker", "source", "start", "end"} and related["speaker"] is None
        text = engine.snapshot().document(related["source"]["id"])[0]
        assert text[related["start"]:related["end"]] == related["quote"]  # an exact span
        assert "putin" in _words(related["quote"])  # it shares the question's content word
    code, out, _ = run(capsys, "ask", "--index", str(seed_index), question)
    assert "Related passages — not an answer:" in out and out.index(obj["message"]) < out.index("Related")
    assert "Source:" in out.split("Related passages")[1]


def test_nothing_related_is_offered_when_no_sentence_shares_the_questions_words(capsys, seed_index: Path) -> None:
    for question in ("What is the airspeed velocity of an unladen swallow?", "Who won the 2010 World Cup?",
                     "When was the Warsaw Pact dissolved?", "?!"):
        code, out, _ = run(capsys, "ask", "--json", "--index", str(seed_index), question)
        obj = json.loads(out)
        assert obj["answers"] == [] and obj["related"] == [], question
        code, out, _ = run(capsys, "ask", "--index", str(seed_index), question)
        assert "Related" not in out


def test_an_answered_question_has_no_related_passages(engine: Engine) -> None:
    answer = engine.ask("When was the NRC created?")
    assert answer.answers and answer.related == ()


def test_related_passages_on_a_collection_of_ones_own(tmp_path: Path) -> None:
    """Words the question shares with one sentence only: that sentence, verbatim; a shared common word is not enough."""
    harbour = ("Harbour news\n\nThe harbour council met on Tuesday. The council discussed the budget.\n\n"
               "The lighthouse keeper retired after forty years of service at the harbour.\n\n"
               "Fishing boats left the harbour early because of the storm.\n")
    with engine_on(index_over(tmp_path, {"harbour.txt": harbour})) as eng:
        answer = eng.ask("When did the lighthouse keeper retire?")
        assert answer.answers == ()
        [related] = answer.related
        assert related.quote == "The lighthouse keeper retired after forty years of service at the harbour."
        assert eng.ask("What did the harbour say about pineapples?").related == ()
