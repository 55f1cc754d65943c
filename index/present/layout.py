"""One neutral layout of what the engine returned, before any output format.

Why: the terminal (:mod:`index.present.text`), the local console (``bot.console``)
and Discord (``bot.render``) each show the same answer. They used to build their
own views of an :class:`~index.models.Answer` (and the console re-parsed Discord
markdown back into text). Now the decisions about *what* is shown — which words
lead, which words of the quotation are emphasised, which answers are weak enough
to drop, how a date reads — are taken here once; each formatter only decides
*how* it looks (ANSI bold, ``**``, brackets, block quotes, embed limits).

Everything here is plain data (frozen dataclasses) over verbatim text: a
:class:`Marked` text is always an exact span of the source, and its emphasis is a
list of spans into it, never markup inserted into the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from index.models import Answer, AnswerItem, Citation, Intent, SearchHit, Span


@dataclass(frozen=True)
class Marked:
    """Verbatim text and the spans of it to emphasise (offsets into ``text``)."""

    text: str
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class AnswerCard:
    """One answer as every output shows it.

    ``title`` leads (a date as people write it, a speaker); ``lead`` is the short
    answer as written in the source when it is not the whole quotation; ``quote``
    is the verbatim passage shown, with the answer's words as its spans;
    ``snippet`` is what "Show source" marks inside the paragraph.
    """

    intent: Intent
    number: int
    total: int
    title: str | None
    lead: str | None
    date: str | None
    quote: Marked
    speaker: str | None
    citation: Citation
    also: tuple[Citation, ...] = ()
    snippet: str = ""
    in_context: bool = True  # the quote says more than the lead (False: the lead is the whole sentence)


@dataclass(frozen=True)
class AnswerLayout:
    """A whole answer: its cards, or the engine's message when there are none."""

    question: str
    intent: Intent
    cards: tuple[AnswerCard, ...]
    message: str | None = None


@dataclass(frozen=True)
class HitCard:
    """One search result: the passage with the matching words as spans."""

    number: int
    total: int
    title: str
    passage: Marked
    citation: Citation
    score: float


@dataclass(frozen=True)
class ContextLayout:
    """The paragraph around a cited snippet, the snippet as its span (for "Show source")."""

    title: str
    paragraph: Marked
    citation: Citation


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def human_date(iso: str | None) -> str | None:
    """``2002-05-28`` → ``28 May 2002`` (``2002-05`` → ``May 2002``): people read dates, not ISO.

    Anything that is not a valid ISO date is returned unchanged rather than guessed at.
    """
    if not iso:
        return iso
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if len(parts) == 2 and 1 <= int(parts[1]) <= 12:
            return f"{MONTHS[int(parts[1]) - 1]} {int(parts[0])}"
    except ValueError:
        return iso
    return iso


def _title(intent: Intent, item: AnswerItem) -> str | None:
    if intent is Intent.when and item.date:
        return human_date(item.date)
    if intent in (Intent.quote, Intent.who) and item.speaker:
        return item.speaker
    return None


_QUOTE_MARKS = "\"'“”‘’«»„‚"
_ATTRIBUTION_COMMA = ","


def shown_quotation(text: str) -> str:
    """A quotation as a reader sees it: without the comma that led into "…, he said".

    ``"…our relationship," he said`` is quoted with its comma in the source; shown on its
    own, “…our relationship,” reads as cut off. JSON keeps the exact span.
    """
    return text.rstrip().removesuffix(_ATTRIBUTION_COMMA).rstrip()


def _bare(text: str) -> str:
    """Words only: quotation marks, a trailing comma and whitespace do not make a sentence different."""
    return shown_quotation(text.strip().strip(_QUOTE_MARKS)).strip().strip(_QUOTE_MARKS)


def adds_context(quotation: str, sentence: str) -> bool:
    """True when the sentence says more than the quotation (an attribution, words around it).

    When the quotation is the whole sentence, "In context:" would print the same words twice.
    """
    return _bare(quotation) != _bare(sentence)


def answer_card(answer: Answer, item: AnswerItem, number: int, total: int) -> AnswerCard:
    lead = item.text if item.text.strip() != item.quote.strip() else None
    if lead and answer.intent is Intent.quote:
        lead = shown_quotation(lead)
    return AnswerCard(intent=answer.intent, number=number, total=total, title=_title(answer.intent, item),
                      lead=lead, date=item.date, quote=Marked(item.quote), speaker=item.speaker,
                      citation=item.source, also=item.also, snippet=item.quote,
                      in_context=adds_context(item.text, item.quote))


def layout_answer(answer: Answer) -> AnswerLayout:
    """The cards of an answer, numbered, in the engine's order."""
    total = len(answer.answers)
    cards = tuple(answer_card(answer, item, i, total) for i, item in enumerate(answer.answers, 1))
    return AnswerLayout(question=answer.question, intent=answer.intent, cards=cards, message=answer.message)


def layout_hits(hits: Sequence[SearchHit]) -> tuple[HitCard, ...]:
    return tuple(HitCard(number=i, total=len(hits), title=h.source.title or h.source.id,
                         passage=Marked(h.passage.text, h.highlights), citation=h.source, score=h.score)
                 for i, h in enumerate(hits, 1))


def layout_context(citation: Citation, paragraph: str, snippet: str | None = None) -> ContextLayout:
    """The snippet is marked where it occurs verbatim in the paragraph (nowhere otherwise)."""
    spans: tuple[Span, ...] = ()
    if snippet:
        at = paragraph.find(snippet)
        if at >= 0:
            spans = (Span(start=at, end=at + len(snippet)),)
    return ContextLayout(title=citation.title or citation.id, paragraph=Marked(paragraph, spans), citation=citation)
