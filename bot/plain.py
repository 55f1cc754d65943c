"""The local console's format of the neutral layouts (:mod:`index.present.layout`).

The console shows what a Discord user sees — a heading, the quotation as a
``>`` block, the speaker, the citation, the numbering — laid out for a terminal.
It formats the same layout Discord does instead of turning Discord markdown back
into text, so source text reaches the terminal verbatim with nothing to undo.
Emphasis is ANSI bold on a terminal and ``marks`` otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.models import Answer, Citation, GenerationInfo, SearchHit, SourceSummary
from index.present.layout import (
    RELATED_LABEL,
    AnswerCard,
    generation_summary,
    human_date,
    layout_answer,
    layout_hits,
)
from index.present.text import BOLD, RESET, marked

NO_MARKS = ("", "")
MATCH_MARKS = ("[", "]")
HINT = "Try /search with other words, or /sources to see what the index covers."
EMBEDS_PER_PAGE = 3  # Discord's page size: up to this many items are announced ("3 answers.") as in Discord


def citation_line(c: Citation) -> str:
    """``Title <url> — Publisher, 28 May 2002, ¶ 8``."""
    head = (c.title or c.id) + (f" <{c.url}>" if c.url else "")
    details = [part for part in (c.publisher, human_date(c.published)) if part]
    details.append(f"¶ {c.paragraph}")
    return f"{head} — {', '.join(details)}"


def _bold(text: str, color: bool) -> str:
    return f"{BOLD}{text}{RESET}" if color else text


def card_text(card: AnswerCard, color: bool = False) -> str:
    lines = [_bold(card.title, color)] if card.title else []  # an embed's title is bold too
    lines.extend(f"> {line}" for line in marked(card.quote, color, NO_MARKS).split("\n"))
    if card.byline:
        lines.append(f"— {_bold(card.byline, color)}")
    lines.append(citation_line(card.citation))
    if card.also:
        lines.append("Also reported in" + "".join(f"\n  {citation_line(c)}" for c in card.also[:5]))
    if card.total > 1:
        lines.append(f"(Answer {card.number} of {card.total})")
    return "\n".join(lines)


def _count(n: int, noun: str) -> list[str]:
    """Discord announces a short list in one message ("3 answers."); the console says the same."""
    return [f"{n} {noun}."] if 1 < n <= EMBEDS_PER_PAGE else []


def answer_text(answer: Answer, color: bool = False) -> str:
    layout = layout_answer(answer)
    if not layout.cards:
        said = layout.message or "I couldn't find anything in the sources that answers that."
        related = [f"{RELATED_LABEL}:"] if layout.related else []
        related += [f"> {' '.join(r.quote.split())}\n{citation_line(r.source)}" for r in layout.related]
        return "\n\n".join([f"{said}\n{HINT}", *related])
    blocks = _count(len(layout.cards), "answers") + [card_text(c, color) for c in layout.cards]
    return "\n\n".join(blocks)


def hits_text(query: str, hits: Sequence[SearchHit], color: bool = False) -> str:
    if not hits:
        return f"Nothing in the sources matches “{query}”. {HINT}"
    cards = layout_hits(hits)
    blocks = _count(len(cards), "results")
    for c in cards:
        blocks.append(f"{c.number}. {c.title}\n{marked(c.passage, color, MATCH_MARKS)}\n\n"
                      f"{citation_line(c.citation)}\n(Result {c.number} of {c.total})")
    return "\n\n".join(blocks)


def sources_text(rows: Sequence[SourceSummary], generation: GenerationInfo | None = None) -> str:
    if not rows:
        return ("No sources are indexed yet, so there is nothing to ask about. "
                "Whoever runs this bot can add documents and rebuild the index.")
    lines = [f"Indexed sources ({len(rows)})"]
    if generation is not None:
        lines.append(generation_summary(generation))
    for r in rows:
        meta = r.meta
        first = ", ".join(p for p in (meta.publisher, human_date(meta.published)) if p) or "Publisher and date unknown"
        counts = (f"{r.passages} passage{'s' * (r.passages != 1)} · "
                  f"{r.quotations} quotation{'s' * (r.quotations != 1)}")
        link = f" · <{meta.url}>" if meta.url else ""
        lines.append(f"{meta.title or meta.id}\n  {first}\n  {counts}{link}")
    return "\n".join(lines)
