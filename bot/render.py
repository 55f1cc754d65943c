"""Discord's format of the neutral layouts (:mod:`index.present.layout`), as pure functions.

Everything here returns plain embed dicts (Discord's JSON shape) for
``discord.Embed.from_dict``. What is shown is decided by the layout, shared with
the terminal and the console; here only how: markdown escaped, bold as ``**``,
and Discord's limits (see :data:`LIMITS`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.text import blockquote, clip, escape, escape_link_text, fit, fit_highlighted
from index.models import Answer, Citation, GenerationInfo, RealSpan, SearchHit, SourceSummary
from index.present.layout import (
    RELATED_LABEL,
    AnswerCard,
    HitCard,
    MoreContextLayout,
    generation_summary,
    human_date,
    layout_answer,
    layout_context,
    layout_hits,
    short_generation,
)

Embed = dict[str, Any]

LIMITS = {
    "content": 2000,
    "title": 256,
    "description": 4096,
    "field_name": 256,
    "field_value": 1024,
    "fields": 25,
    "footer": 2048,
    "total": 6000,
    "embeds": 10,
    "option_label": 100,
}
EMBEDS_PER_PAGE = 3
SOURCES_PER_PAGE = 10
COLOUR = 0x2B6CB0
HINT = "Try `/search` with other words, or `/sources` to see what the index covers."


@dataclass(frozen=True)
class Page:
    """One Discord message: content, embeds, and the citations its "Show source" menu offers."""

    content: str | None = None
    embeds: tuple[Embed, ...] = ()
    citations: tuple[Citation, ...] = ()
    snippets: tuple[str, ...] = ()
    first: int = 1


def embed_size(embed: Embed) -> int:
    """Characters Discord counts towards the 6,000 per message."""
    size = len(embed.get("title", "")) + len(embed.get("description", ""))
    size += len(embed.get("footer", {}).get("text", "")) + len(embed.get("author", {}).get("name", ""))
    size += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
    return size


def paginate(embeds: Sequence[Embed], citations: Sequence[Citation], snippets: Sequence[str], what: str) -> list[Page]:
    """Group embeds into messages within Discord's count and size limits; ``what`` is a plural noun ("answers")."""
    groups: list[list[int]] = []
    for i, embed in enumerate(embeds):
        last = groups[-1] if groups else None
        if (last is None or len(last) >= EMBEDS_PER_PAGE
                or sum(embed_size(embeds[j]) for j in last) + embed_size(embed) > LIMITS["total"]):
            groups.append([i])
        else:
            last.append(i)
    pages = []
    for group in groups:
        first, last_i = group[0] + 1, group[-1] + 1
        if len(embeds) == 1:
            content = None
        elif len(groups) == 1:
            content = f"{len(embeds)} {what}."
        else:
            # "Answers 4–6 of 7." but "Answer 7 of 7.": a page holding one item names it in the singular
            shown = f"{what.capitalize()} {first}–{last_i}" if last_i > first else f"{what[:-1].capitalize()} {first}"
            content = f"{shown} of {len(embeds)}."
        pages.append(Page(content=content, embeds=tuple(embeds[j] for j in group),
                          citations=tuple(citations[j] for j in group),
                          snippets=tuple(snippets[j] for j in group), first=first))
    return pages


def citation_line(source: Citation) -> str:
    """``Title — Publisher, date, ¶ n``, the title linked to the source when its URL is known."""
    title = source.title or source.id
    head = f"[{escape_link_text(clip(title, 200))}]({source.url})" if source.url else f"*{escape(clip(title, 200))}*"
    details = [escape(part) for part in (source.publisher, human_date(source.published)) if part]
    details.append(f"¶ {source.paragraph}")
    return f"{head} — {', '.join(details)}"


def answer_embed(card: AnswerCard, generation: str | None = None) -> Embed:
    """One answer: the short answer as its title, then the verbatim quotation as a block quote with
    the answer's words in bold, who said it (unless the title already names them), and where it is from;
    the footer names the index generation (its short id) the answer came from."""
    tail = [f"— **{escape(clip(card.byline, 200))}**"] if card.byline else []
    tail.append(citation_line(card.citation))
    tail_text = "\n".join(tail)
    room = LIMITS["description"] - len(tail_text) - 1
    # Each line of the quote gains "> "; reserve it before cutting.
    room -= 2 * (card.quote.text.count("\n") + 1)
    description = f"{blockquote(fit_highlighted(card.quote.text, card.quote.spans, room))}\n{tail_text}"
    embed: Embed = {"type": "rich", "description": description, "color": COLOUR}
    footer = [f"Answer {card.number} of {card.total}"] if card.total > 1 else []
    if generation:
        footer.append(f"index {short_generation(generation)}")
    if footer:
        embed["footer"] = {"text": " · ".join(footer)}
    if card.title:
        embed["title"] = fit(card.title, LIMITS["title"])
        if card.citation.url:
            embed["url"] = card.citation.url
    if card.also:
        value = clip("\n".join(citation_line(c) for c in card.also[:5]), LIMITS["field_value"])
        embed["fields"] = [{"name": "Also reported in", "value": value, "inline": False}]
    return embed


RELATED_COLOUR = 0x718096  # grey: reading, not an answer


def related_embed(related: Sequence[RealSpan]) -> Embed:
    """The nearest passages when nothing answers, under a title that says they are not an answer."""
    room = (LIMITS["description"] - 20) // max(1, len(related))
    blocks = []
    for span in related:
        cite = clip(citation_line(span.source), 400)
        blocks.append(f"{blockquote(fit(span.quote, room - len(cite) - 8))}\n{cite}")
    return {"type": "rich", "title": RELATED_LABEL, "description": "\n\n".join(blocks), "color": RELATED_COLOUR}


def no_answer(answer: Answer) -> Page:
    """A friendly "not covered" message, with the engine's own wording when it has one, and the related
    passages (with "Show source" on them) when there are some."""
    said = answer.message or "I couldn't find anything in the sources that answers that."
    content = clip(f"{escape(said)}\n{HINT}", LIMITS["content"])
    if not answer.related:
        return Page(content=content)
    return Page(content=content, embeds=(related_embed(answer.related),),
                citations=tuple(r.source for r in answer.related), snippets=tuple(r.quote for r in answer.related))


def render_answer(answer: Answer) -> list[Page]:
    layout = layout_answer(answer)
    if not layout.cards:
        return [no_answer(answer)]
    embeds = [answer_embed(card, answer.generation) for card in layout.cards]
    return paginate(embeds, [c.citation for c in layout.cards], [c.context for c in layout.cards], "answers")


def hit_embed(card: HitCard) -> Embed:
    """A passage with the words that matched in bold, everything else escaped."""
    cite = citation_line(card.citation)
    room = LIMITS["description"] - len(cite) - 2
    text = fit_highlighted(card.passage.text, card.passage.spans, room)
    prefix = f"{card.number}. "
    embed: Embed = {"type": "rich", "title": prefix + fit(card.title, LIMITS["title"] - len(prefix)),
                    "description": f"{text}\n\n{cite}", "color": COLOUR,
                    "footer": {"text": f"Result {card.number} of {card.total}"}}
    if card.citation.url:
        embed["url"] = card.citation.url
    return embed


def render_hits(query: str, hits: Sequence[SearchHit]) -> list[Page]:
    if not hits:
        text = f"Nothing in the sources matches “{escape(clip(query, 300))}”. {HINT}"
        return [Page(content=clip(text, LIMITS["content"]))]
    cards = layout_hits(hits)
    return paginate([hit_embed(c) for c in cards], [c.citation for c in cards], [c.passage.text for c in cards],
                    "results")


MAX_LINK = 512  # a longer URL is left out of the list rather than eat a page's 6,000 characters


def source_field(summary: SourceSummary) -> dict[str, Any]:
    """One source as an embed field: title, then publisher and date, counts and a link."""
    meta = summary.meta
    name = fit(meta.title or meta.id, LIMITS["field_name"])
    first = (", ".join(escape(clip(p, 200)) for p in (meta.publisher, human_date(meta.published)) if p)
             or "Publisher and date unknown")
    counts = (f"{summary.passages} passage{'s' * (summary.passages != 1)} · "
              f"{summary.quotations} quotation{'s' * (summary.quotations != 1)}")
    link = f" · [link]({meta.url})" if meta.url and len(meta.url) <= MAX_LINK else ""
    value = clip(f"{first}\n{counts}{link}", LIMITS["field_value"])
    return {"name": name, "value": value, "inline": False}


def render_sources(summaries: Sequence[SourceSummary], generation: GenerationInfo | None = None) -> list[Page]:
    """The source list, at most ``SOURCES_PER_PAGE`` per page and always within 6,000 characters; the
    first page says which index generation serves, when it was built and what changed since the last."""
    if not summaries:
        return [Page(content="No sources are indexed yet, so there is nothing to ask about. "
                             "Whoever runs this bot can add documents and rebuild the index.")]
    title = f"Indexed sources ({len(summaries)})"
    about = escape(clip(generation_summary(generation), 300)) if generation else None
    room = LIMITS["total"] - len(title) - len("Page 999 of 999") - len(about or "")
    chunks: list[list[dict[str, Any]]] = []
    used = 0
    for field_ in (source_field(s) for s in summaries):
        size = len(field_["name"]) + len(field_["value"])
        if not chunks or len(chunks[-1]) >= SOURCES_PER_PAGE or used + size > room:
            chunks.append([])
            used = 0
        chunks[-1].append(field_)
        used += size
    pages = []
    for n, chunk in enumerate(chunks, 1):
        embed: Embed = {"type": "rich", "title": title, "color": COLOUR, "fields": chunk}
        if about and n == 1:
            embed["description"] = about
        if len(chunks) > 1:
            embed["footer"] = {"text": f"Page {n} of {len(chunks)}"}
        pages.append(Page(embeds=(embed,)))
    return pages


def render_context(citation: Citation, paragraph: str, quote: str | None = None) -> Page:
    """The whole paragraph around a cited snippet, the snippet in bold where it occurs verbatim."""
    layout = layout_context(citation, paragraph, quote)
    cite = citation_line(citation)
    room = LIMITS["description"] - len(cite) - 2
    text = fit_highlighted(layout.paragraph.text, layout.paragraph.spans, room)
    embed: Embed = {"type": "rich", "title": fit(layout.title, LIMITS["title"]),
                    "description": f"{text}\n\n{cite}", "color": COLOUR}
    if citation.url:
        embed["url"] = citation.url
    return Page(embeds=(embed,))


def source_option_label(number: int, citation: Citation) -> str:
    return clip(f"{number}. {citation.title or citation.id}, ¶ {citation.paragraph}", LIMITS["option_label"])


def _context_block(number: int, text: str, cited: bool) -> str:
    label = f"*¶ {number} — cited*" if cited else f"*¶ {number}*"
    return f"{label}\n{text}"


def render_more_context(layout: MoreContextLayout) -> list[Page]:
    """The paragraphs before and after the cited one, each labelled with its ¶ and escaped, the cited
    words in bold; as many pages (one embed each, within Discord's limits) as the paragraphs need."""
    cite = citation_line(layout.citation)
    room = LIMITS["description"] - len(cite) - 2
    blocks = []
    for p in layout.paragraphs:
        label_room = room - len(_context_block(p.number, "", p.cited))
        blocks.append(_context_block(p.number, fit_highlighted(p.text.text, p.text.spans, label_room), p.cited))
    chunks: list[list[str]] = []
    for block in blocks:
        if not chunks or len("\n\n".join([*chunks[-1], block])) > room:
            chunks.append([])
        chunks[-1].append(block)
    title = fit(f"More context: {layout.title}", LIMITS["title"])
    pages = []
    for n, chunk in enumerate(chunks, 1):
        embed: Embed = {"type": "rich", "title": title, "description": "\n\n".join(chunk) + f"\n\n{cite}",
                        "color": COLOUR}
        if len(chunks) > 1:
            embed["footer"] = {"text": f"Page {n} of {len(chunks)}"}
        if layout.citation.url:
            embed["url"] = layout.citation.url
        pages.append(Page(embeds=(embed,)))
    return pages
