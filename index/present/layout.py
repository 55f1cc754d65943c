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

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from index.answer.shown import strong
from index.models import (
    Answer,
    AnswerItem,
    Citation,
    GenerationInfo,
    Intent,
    Paragraph,
    RealSpan,
    SearchHit,
    SourceChanges,
    Span,
)


@dataclass(frozen=True)
class Marked:
    """Verbatim text and the spans of it to emphasise (offsets into ``text``)."""

    text: str
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class AnswerCard:
    """One answer as every output shows it.

    ``title`` leads: the short answer itself (a date as people write it, a place,
    a number with its noun, a description; the speaker of a quotation).
    ``lead`` is the short answer as written in the source when it is not the
    whole quotation. ``quote`` is the verbatim text shown, the answer's words as
    its spans; ``context`` the whole sentence it comes from, which "Show source"
    marks inside its paragraph. ``byline`` is the speaker when the title does not
    already name them: a name is shown once.
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
    context: str = ""
    in_context: bool = True  # the sentence says more than the quotation shown (the terminal's "In context")

    @property
    def byline(self) -> str | None:
        return self.speaker if self.speaker and self.speaker != self.title else None


@dataclass(frozen=True)
class AnswerLayout:
    """A whole answer: its cards, or the engine's message when there are none."""

    question: str
    intent: Intent
    cards: tuple[AnswerCard, ...]
    message: str | None = None
    related: tuple[RealSpan, ...] = ()  # with no cards: the nearest passages, shown as "related, not an answer"
    generation: str | None = None  # the index generation the answer came from (shown as a short id)


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


@dataclass(frozen=True)
class ContextParagraph:
    """One paragraph of "More context": its number (¶), its verbatim text, and whether it is the cited one."""

    number: int
    text: Marked
    cited: bool


@dataclass(frozen=True)
class MoreContextLayout:
    """The cited paragraph between the paragraphs before and after it, in the source's order."""

    title: str
    paragraphs: tuple[ContextParagraph, ...]
    citation: Citation


RELATED_LABEL = "Related passages — not an answer"


def short_generation(name: str) -> str:
    """``gen-20261201T022842-48eae9`` → ``48eae9``: enough to tell two index builds apart in a footer."""
    return name.rsplit("-", 1)[-1]


NO_EARLIER = "No earlier generation is recorded to compare with."


def change_counts(changes: SourceChanges) -> str:
    """``sources: 2 added, 1 changed, 0 removed``, or ``no source added, changed or removed``."""
    if not (changes.added or changes.changed or changes.removed):
        return "no source added, changed or removed"
    return (f"sources: {len(changes.added)} added, {len(changes.changed)} changed, "
            f"{len(changes.removed)} removed")


def generation_summary(info: GenerationInfo) -> str:
    """``Index 48eae9, built 1 December 2026 03:27 UTC · since the previous build, sources: 1 added, …``.

    For people in chat: counts only (the ids of changed sources are file names on the operator's machine)."""
    built = ""
    if info.built:
        day, _, clock = info.built.partition("T")
        built = f", built {human_date(day)} {clock[:5]} UTC"
    since = (f"since the previous build, {change_counts(info.changes)}" if info.changes is not None
             else NO_EARLIER)
    return f"Index {short_generation(info.name)}{built} · {since}"


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


# ---------------------------------------------------------------- what leads (one rule per intent)

NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
                         "fifty hundred hundreds thousand thousands million millions billion billions dozen "
                         "dozens".split())
NOT_A_NOUN = frozenset("of in on at to for and or but the a an per from by with than as is are was were "
                       "has have had will would".split())
_NUMBER = re.compile(r"[\d.,]+(?:\s*(?:%|per cent|percent))?")


def _is_number(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and all(_NUMBER.fullmatch(w) or w in NUMBER_WORDS for w in words)


def number_with_noun(item: AnswerItem) -> str:
    """``1,000`` → ``1,000 fishermen`` when the source's next word is a plain noun; verbatim either way.

    Only a lower-case word that is not a function word is taken: "2 December" or
    "one of" stay as they are rather than gain a wrong noun.
    """
    at = item.quote.find(item.text)
    if not _is_number(item.text) or at < 0:
        return item.text
    follows = re.match(r"\s+([a-z][a-z-]*)\b", item.quote[at + len(item.text):])
    if follows is None or follows.group(1) in NOT_A_NOUN:
        return item.text
    return item.quote[at: at + len(item.text) + follows.end()]


def _short(item: AnswerItem) -> str | None:
    return item.text if item.text.strip() != item.quote.strip() else None


TITLES: dict[Intent, Callable[[AnswerItem], str | None]] = {
    Intent.when: lambda item: human_date(item.date) if item.date else _short(item),
    Intent.where: _short,
    Intent.how_many: lambda item: number_with_noun(item) if _short(item) else None,
    Intent.who: lambda item: _short(item) or item.speaker,
    Intent.quote: lambda item: speaker_label(item),
}


def speaker_label(item: AnswerItem) -> str | None:
    """Who the words are by, and "(written)" when they are the body of a piece the speaker wrote rather
    than a quotation (issue 9: an op-ed is its author's words, marked as written, not said)."""
    if not item.speaker:
        return None
    return f"{item.speaker} (written)" if item.written else item.speaker


def title_of(intent: Intent, item: AnswerItem) -> str | None:
    rule = TITLES.get(intent)
    return rule(item) if rule else None


# ---------------------------------------------------------------- what is quoted

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


def emphasis(item: AnswerItem) -> Marked:
    """The sentence with the short answer's words marked where they occur verbatim."""
    short = _short(item)
    at = item.quote.find(short) if short else -1
    spans = (Span(start=at, end=at + len(short)),) if short and at >= 0 else ()
    return Marked(item.quote, spans)


def answer_card(intent: Intent, item: AnswerItem, number: int, total: int) -> AnswerCard:
    quote = Marked(shown_quotation(item.text) or item.text) if intent is Intent.quote else emphasis(item)
    return AnswerCard(intent=intent, number=number, total=total, title=title_of(intent, item),
                      lead=_short(item), date=item.date, quote=quote, speaker=speaker_label(item),
                      citation=item.source, also=item.also, context=item.quote,
                      in_context=adds_context(item.text, item.quote))


def layout_answer(answer: Answer) -> AnswerLayout:
    """The cards of an answer, strong ones only, numbered, in the engine's order."""
    items = strong(answer.answers)
    cards = tuple(answer_card(answer.intent, item, i, len(items)) for i, item in enumerate(items, 1))
    return AnswerLayout(question=answer.question, intent=answer.intent, cards=cards, message=answer.message,
                        related=answer.related if not cards else (), generation=answer.generation)


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


def layout_more_context(citation: Citation, paragraphs: Sequence[Paragraph], snippet: str | None = None
                        ) -> MoreContextLayout:
    """The cited paragraph marked as "Show source" marks it; its neighbours plain, so what is cited stays clear."""
    shown = []
    for p in paragraphs:
        cited = p.number == citation.paragraph
        text = layout_context(citation, p.text, snippet).paragraph if cited else Marked(p.text)
        shown.append(ContextParagraph(number=p.number, text=text, cited=cited))
    return MoreContextLayout(title=citation.title or citation.id, paragraphs=tuple(shown), citation=citation)
