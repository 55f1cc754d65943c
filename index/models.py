"""The types every layer passes around.

Everything downstream of cleaning speaks in these objects: the index stores them,
the engine returns them, the CLI prints them and the bot turns them into embeds.
Keeping them in one module means a field added here shows up everywhere at once,
and the JSON contract of ``dossier ask --json`` is defined in exactly one place
(:class:`Answer` / :class:`AnswerItem`).
"""

import unicodedata
from enum import StrEnum
from urllib.parse import quote, urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

_URL_UNSAFE = frozenset(' "<>()[]{}|\\^`')


def web_url(value: str | None) -> str | None:
    """An http(s) address that is safe inside a link, or ``None``.

    A citation's URL ends up in Discord's ``embed.url`` and in ``[title](url)``: a
    ``javascript:`` address must never get there, and a ``)`` or a space inside one
    would end the link and let the rest inject another (masked) link. Such characters
    are percent-encoded, which keeps the address the same for a browser; any other
    scheme is dropped.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return "".join(
        quote(ch, safe="") if ch in _URL_UNSAFE or unicodedata.category(ch)[0] in "CZ" else ch for ch in value
    )


class Frozen(BaseModel):
    """Immutable base: values flow one way, nobody patches them on the way.

    Each model's validator is built when first used, not at import: a build never makes an
    ``Answer`` and a question never makes a ``BuildReport`` (a one-file rebuild starts 30 ms sooner)."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class SourceMeta(Frozen):
    """What we know about a source document; unknown fields stay ``None``.

    ``published`` is an ISO date string (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)
    and is only set when the text or ``seeds/sources.toml`` supports it.
    """

    id: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None

    @field_validator("url")
    @classmethod
    def _web_only(cls, value: str | None) -> str | None:
        return web_url(value)
    path: str | None = None


class Span(Frozen):
    """A half-open character range ``[start, end)`` into a document's cleaned text."""

    start: int
    end: int


class Paragraph(Frozen):
    """One paragraph of cleaned text; ``number`` is 1-based, as shown to users (¶)."""

    number: int
    start: int
    end: int
    text: str


class Document(Frozen):
    """A cleaned source: its metadata, its full cleaned text and its paragraphs.

    Invariant: ``text[p.start:p.end] == p.text`` for every paragraph ``p``.
    """

    meta: SourceMeta
    text: str
    paragraphs: tuple[Paragraph, ...]
    content_hash: str = ""

    @property
    def id(self) -> str:
        return self.meta.id


class Passage(Frozen):
    """The unit of retrieval: a paragraph, or a window of sentences of a long one."""

    source_id: str
    paragraph: int
    start: int
    end: int
    text: str


class Quotation(Frozen):
    """A direct quotation found in a document.

    ``text`` is the words inside the quotation marks (``start``/``end`` locate it),
    ``sentence_start``/``sentence_end`` the sentence(s) that carry it, as shown to
    users. ``speaker`` is the canonical full name or ``None`` when unattributed.

    ``rule`` names the attribution rule that decided and ``confidence`` is that
    rule's measured share of right names (``dossier quotes --json`` shows both, so
    every figure can be explained); a weak or contested attribution leaves
    ``speaker`` empty.  ``speaker_description`` is who said it as the text
    describes them ("a spokesperson", "another member of the public"), kept
    whether or not a name was given, so the quotation stays findable by it.
    """

    source_id: str
    paragraph: int
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    speaker: str | None = None
    speaker_id: str | None = None
    rule: str | None = None
    confidence: float | None = None
    speaker_description: str | None = None


class Speaker(Frozen):
    """A canonical speaking entity (person, organisation or document)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    kind: str = "person"  # person | organisation | document
    quotation_count: int = 0


class Intent(StrEnum):
    quote = "quote"
    when = "when"
    who = "who"
    where = "where"
    how_many = "how_many"
    why = "why"
    author = "author"  # who wrote a work or a source
    search = "search"


class Citation(Frozen):
    """Where a snippet comes from; this is the ``source`` object of the JSON contract."""

    id: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None

    @field_validator("url")
    @classmethod
    def _web_only(cls, value: str | None) -> str | None:
        return web_url(value)
    paragraph: int


class AnswerItem(Frozen):
    """One answer. ``quote`` is always an exact span of the cleaned source text.

    ``start``/``end`` locate ``quote`` in the source and ``also`` lists further
    sources that say the same thing; neither is part of the stable JSON contract
    but both are emitted so tools can verify and merge.
    """

    text: str
    quote: str
    speaker: str | None = None
    speaker_description: str | None = None  # a quotation's unnamed speaker as the text describes them
    date: str | None = None
    source: Citation
    score: float = 0.0
    start: int | None = None
    end: int | None = None
    also: tuple[Citation, ...] = ()
    written: bool = False  # the speaker's own written words (the body of a source they wrote), not a quotation


class Answer(Frozen):
    """The result of one question: the JSON contract of ``dossier ask --json``."""

    question: str
    intent: Intent = Intent.search
    answers: tuple[AnswerItem, ...] = ()
    message: str | None = None
    generation: str | None = None  # the index generation the answer came from (its folder name)
    # With no answer: the nearest verbatim sentences, offered as reading (never an answer).
    related: tuple["RealSpan", ...] = ()
    # Which gate refused (``index.answer.common.GATES``), so refusals can be counted per gate; kept out of the
    # JSON contract: it is for measuring the engine, not for users.
    refused_by: str | None = Field(default=None, exclude=True)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")


class SearchHit(Frozen):
    """A ranked passage for ``dossier search``: verbatim text plus highlight spans."""

    passage: Passage
    source: Citation
    score: float
    highlights: tuple[Span, ...] = Field(default=(), description="offsets relative to passage.text")


class SourceSummary(Frozen):
    """A row of ``dossier sources``."""

    meta: SourceMeta
    passages: int
    quotations: int
    paragraphs: int


class DateMention(Frozen):
    """A date as written in a text (``text``, at ``start``/``end``) and its ISO form.

    ``iso`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (for ranges such as
    "1979-89" or "November 19-20", the end of the range is ``iso_end``);
    ``None`` when a relative date ("Saturday") cannot be resolved because the
    publication date is unknown. ``clock`` marks a time of day ("0630 BST", "10am"), which goes with the day written
    beside it ("0001 GMT on Friday").
    """

    start: int
    end: int
    text: str
    iso: str | None = None
    iso_end: str | None = None
    relative: bool = False
    clock: bool = False


class ParsedQuestion(Frozen):
    """What a question asks for, as understood before any search.

    ``speaker`` is the person/organisation named in a quote question as the user
    wrote it ("Medvedv", "the Russian president"); ``topic`` is what follows
    "about"/"on"; ``audience`` is to whom, where or in which outlet the words were
    said ("tell reporters", "say in Brussels", "on the Today programme"), which ranks
    quotations by their attribution and is never a topic; ``terms`` are the content
    words left to search with.

    In a conversation the previous question is passed back to the engine as the
    context of the next one (``Engine.ask(text, after=previous)``), so it also
    carries what was shown: ``seen`` identifies every answer shown so far, which
    ``more`` ("what else did he say?") moves past; ``last`` is the first answer shown
    (what "that" and "he" refer to), and ``about`` is set on "when was that?" to
    the statement whose date is asked.
    """

    text: str
    intent: Intent
    speaker: str | None = None
    topic: str | None = None
    subject: str | None = None
    terms: tuple[str, ...] = ()
    audience: str | None = None  # to whom / where / in which outlet: "reporters", "Brussels", "the Today programme"
    seen: tuple[str, ...] = ()
    more: bool = False
    last: AnswerItem | None = None
    about: AnswerItem | None = None


class SkippedSource(Frozen):
    """A source file the build could not use, and why (shown to the user)."""

    path: str
    reason: str


class BuildReport(Frozen):
    """What ``dossier build`` did; printed as a summary, emitted as JSON with ``--json``."""

    index_path: str
    generation: str
    sources: int
    passages: int
    quotations: int
    speakers: int
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    incremental: bool = False
    seconds: float = 0.0
    skipped: tuple[SkippedSource, ...] = ()


class Verdict(StrEnum):
    """What a quote check concludes; the strings are the ``verdict`` values of ``dossier check --json``."""

    verbatim = "verbatim"
    altered = "altered"
    someone_else = "someone_else"
    speaker_unconfirmed = "speaker_unconfirmed"  # the exact words, but the sources cannot confirm the claimed speaker
    not_a_quotation = "not_a_quotation"
    not_found = "not_found"


class DiffOp(Frozen):
    """One step from the real words to the claimed ones.

    ``op`` is ``equal``, ``replace`` (real words swapped for claimed ones), ``insert``
    (words the claim adds) or ``delete`` (real words the claim leaves out). ``real`` and
    ``claim`` are the words as written on each side (empty for an insert or a delete).
    """

    op: str
    real: str = ""
    claim: str = ""


class RealSpan(Frozen):
    """The nearest real words: an exact span of the cleaned source text, with its citation."""

    quote: str
    speaker: str | None = None
    source: Citation
    start: int
    end: int


class ClaimCheck(Frozen):
    """The verdict on one claimed quotation (one object of ``checks`` in ``dossier check --json``).

    ``similarity`` (0–1) compares the claimed words with ``real``'s matching words after
    folding case, punctuation, quotation marks and spelling variants; ``kind`` says what
    an ``altered`` claim changed; ``nearest`` holds related passages for ``not_found``,
    which are *not* matches.
    """

    claim: str
    claimed_speaker: str | None = None
    verdict: Verdict
    similarity: float = 0.0
    real: RealSpan | None = None
    diff: tuple[DiffOp, ...] = ()
    kind: str | None = None
    nearest: tuple[RealSpan, ...] = ()


class CheckResult(Frozen):
    """The result of checking one message: the JSON contract of ``dossier check --json``."""

    input: str
    checks: tuple[ClaimCheck, ...] = ()
    message: str | None = None
    generation: str | None = None  # the index generation the verdicts came from (its folder name)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")


class SourceChanges(Frozen):
    """Which sources (by id) a build added, changed (content or metadata) or removed, against the
    generation that served before it."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


class GenerationInfo(Frozen):
    """Which index generation serves, when it was built (UTC, ISO 8601), and what changed since the
    generation before it (``previous``), for ``dossier sources``. ``changes`` is ``None`` for a first
    build, and for a generation built before Dossier recorded it."""

    name: str
    built: str | None = None
    previous: str | None = None
    changes: SourceChanges | None = None


class Feedback(Frozen):
    """One 👍/👎 on an answer or a verdict, as ``dossier feedback`` lists it for the operator.

    ``user`` is a salted hash of the Discord user id, never the id itself; ``quote``,
    ``source_id``, ``start``/``end`` say which span was judged, ``generation`` which build gave it.
    """

    at: str
    vote: str  # "up" | "down"
    kind: str  # "answer" | "check"
    question: str
    quote: str | None = None
    source_id: str | None = None
    paragraph: int | None = None
    start: int | None = None
    end: int | None = None
    generation: str | None = None
    user: str
