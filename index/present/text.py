"""The terminal's format of the neutral layouts (:mod:`index.present.layout`): plain text, ANSI bold on a tty."""

from __future__ import annotations

import textwrap

from index.models import (
    Answer,
    BuildReport,
    Citation,
    GenerationInfo,
    Intent,
    SearchHit,
    SourceSummary,
    Speaker,
)
from index.present.layout import (
    NO_EARLIER,
    RELATED_LABEL,
    AnswerLayout,
    Marked,
    change_counts,
    layout_answer,
    layout_hits,
    short_generation,
)

BOLD, RESET = "\033[1m", "\033[0m"


def citation_line(c: Citation) -> str:
    parts = [c.title or c.id]
    tail = ", ".join(x for x in (c.publisher, c.published) if x)
    line = parts[0] + (f" — {tail}" if tail else "") + f", ¶{c.paragraph}"
    if c.url:
        line += f" <{c.url}>"
    return line


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=" " * len(indent),
                         break_long_words=False, break_on_hyphens=False)


def marked(m: Marked, color: bool = False, marks: tuple[str, str] = ("[", "]")) -> str:
    """The text with its spans emphasised: ANSI bold on a terminal, ``marks`` otherwise."""
    pieces, pos = [], 0
    for span in sorted(m.spans, key=lambda s: s.start):
        start, end = max(span.start, pos), min(span.end, len(m.text))
        if start >= end:
            continue
        pieces.append(m.text[pos:start])
        word = m.text[start:end]
        pieces.append(f"{BOLD}{word}{RESET}" if color else f"{marks[0]}{word}{marks[1]}")
        pos = end
    pieces.append(m.text[pos:])
    return "".join(pieces)


def format_answer(layout: AnswerLayout) -> str:
    lines = [f"Q: {layout.question}  [{layout.intent.value}]"]
    if not layout.cards:
        lines.append(layout.message or "No answer.")
        if layout.related:
            lines.append(f"{RELATED_LABEL}:")
            for i, related in enumerate(layout.related, 1):
                lines.append(_wrap(f"“{related.quote}”", f"{i}. "))
                lines.append(f"   Source: {citation_line(related.source)}")
        return "\n".join(lines)
    for card in layout.cards:
        head = f"{card.number}. "
        quote = card.quote.text
        if card.intent is Intent.quote:
            lines.append(_wrap(f"“{quote}”", head))
            if card.speaker:
                lines.append(f"   — {card.speaker}")
            if card.in_context:
                lines.append(_wrap(f"In context: {card.context}", "   "))
        else:
            label = f"{card.lead or quote} ({card.date})" if card.date else card.lead
            if label:
                lines.append(f"{head}{label}")
                lines.append(_wrap(f"“{quote}”", "   "))
            else:
                lines.append(_wrap(f"“{quote}”", head))
        lines.append(f"   Source: {citation_line(card.citation)}")
        for other in card.also:
            lines.append(f"   Also: {citation_line(other)}")
    if layout.generation:
        lines.append(f"(index {short_generation(layout.generation)})")  # which build these words came from
    return "\n".join(lines)


def render_answer(answer: Answer) -> str:
    return format_answer(layout_answer(answer))


def render_hits(query: str, hits: list[SearchHit], color: bool = False) -> str:
    if not hits:
        return f"No passages match “{query}”."
    out = []
    for card in layout_hits(hits):
        out.append(f"{card.number}. ({card.score:.2f}) " + marked(card.passage, color))
        out.append(f"   Source: {citation_line(card.citation)}")
    return "\n".join(out)


SHOWN_IDS = 10  # source ids listed per kind of change; the rest are counted


def _ids(ids: tuple[str, ...]) -> str:
    more = f" and {len(ids) - SHOWN_IDS} more" if len(ids) > SHOWN_IDS else ""
    return ", ".join(ids[:SHOWN_IDS]) + more


def render_generation(info: GenerationInfo) -> str:
    """``Index generation gen-…-48eae9, built 2026-12-01 03:27 UTC``: which build the answers come from,
    then what changed since the generation before it (the source ids, at most ``SHOWN_IDS`` of each kind)."""
    built = f", built {info.built.replace('T', ' ').removesuffix('Z')} UTC" if info.built else ""
    lines = [f"Index generation {info.name}{built}"]
    if info.changes is None:
        lines.append(NO_EARLIER)
        return "\n".join(lines)
    lines.append(f"Since {info.previous}: {change_counts(info.changes)}")
    for kind in ("added", "changed", "removed"):
        ids = getattr(info.changes, kind)
        if ids:
            lines.append(f"  {kind}: {_ids(ids)}")
    return "\n".join(lines)


def render_sources(rows: list[SourceSummary], generation: GenerationInfo | None = None) -> str:
    head = [render_generation(generation)] if generation else []
    if not rows:
        return "\n".join([*head, "No sources are indexed."])
    out = head
    for r in rows:
        m = r.meta
        details = ", ".join(x for x in (m.publisher, m.author and f"by {m.author}", m.published) if x)
        out.append(f"- {m.title or m.id}" + (f" ({details})" if details else ""))
        out.append(f"  id: {m.id} · {r.paragraphs} paragraphs · {r.passages} passages · {r.quotations} quotations")
    return "\n".join(out)


def render_speakers(rows: list[Speaker]) -> str:
    if not rows:
        return "Nobody is quoted in the indexed sources."
    out = []
    for s in rows:
        aliases = ", ".join(a for a in s.aliases if a != s.name)
        out.append(f"- {s.name} ({s.quotation_count} quotation{'s' if s.quotation_count != 1 else ''})"
                   + (f" — also: {aliases}" if aliases else ""))
    return "\n".join(out)


def render_build(report: BuildReport) -> str:
    kind = "Incremental build" if report.incremental else "Full build"
    lines = [
        f"{kind}: {report.sources} sources, {report.passages} passages, {report.quotations} quotations, "
        f"{report.speakers} speakers in {report.seconds:.2f} s.",
    ]
    if report.incremental:
        lines.append(f"Changed {report.changed}, added {report.added}, removed {report.removed}, "
                     f"unchanged {report.unchanged}.")
    lines.append(f"Index: {report.index_path} ({report.generation})")
    if report.skipped:
        lines.append(f"Skipped {len(report.skipped)} file(s):")
        lines.extend(f"  - {s.path}: {s.reason}" for s in report.skipped)
    return "\n".join(lines)
