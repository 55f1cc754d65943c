"""Plain-text rendering of engine results for the terminal."""

from __future__ import annotations

import textwrap

from index.models import Answer, BuildReport, Citation, SearchHit, SourceSummary, Speaker

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


def render_answer(answer: Answer) -> str:
    lines = [f"Q: {answer.question}  [{answer.intent.value}]"]
    if not answer.answers:
        lines.append(answer.message or "No answer.")
        return "\n".join(lines)
    for i, a in enumerate(answer.answers, 1):
        head = f"{i}. "
        if answer.intent.value == "quote":
            lines.append(_wrap(f"“{a.text}”", head))
            if a.speaker:
                lines.append(f"   — {a.speaker}")
            if a.quote.strip() != a.text.strip():
                lines.append(_wrap(f"In context: {a.quote}", "   "))
        else:
            label = a.text if a.text != a.quote else ""
            if a.date:
                label = f"{a.text} ({a.date})"
            if label:
                lines.append(f"{head}{label}")
                lines.append(_wrap(f"“{a.quote}”", "   "))
            else:
                lines.append(_wrap(f"“{a.quote}”", head))
        lines.append(f"   Source: {citation_line(a.source)}")
        for other in a.also:
            lines.append(f"   Also: {citation_line(other)}")
    return "\n".join(lines)


def render_hits(query: str, hits: list[SearchHit], color: bool = False) -> str:
    if not hits:
        return f"No passages match “{query}”."
    out = []
    for i, h in enumerate(hits, 1):
        text = h.passage.text
        pieces, pos = [], 0
        for span in h.highlights:
            pieces.append(text[pos:span.start])
            word = text[span.start:span.end]
            pieces.append(f"{BOLD}{word}{RESET}" if color else f"[{word}]")
            pos = span.end
        pieces.append(text[pos:])
        out.append(f"{i}. ({h.score:.2f}) " + "".join(pieces))
        out.append(f"   Source: {citation_line(h.source)}")
    return "\n".join(out)


def render_sources(rows: list[SourceSummary]) -> str:
    if not rows:
        return "No sources are indexed."
    out = []
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
