"""The engine: the one object the CLI and the bot talk to.

It owns the lifecycle of the index (open lazily, notice a rebuild, reopen)
and turns raw user text into ``Answer``s. Input is sanitised here once —
control bytes dropped, length capped — so no layer above has to care what
people type. All methods are synchronous and thread-safe.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from pathlib import Path

from index.answer.check import NO_CLAIM, check_text
from index.answer.common import not_covered
from index.answer.followup import date_of_statement, past_seen, read_follow_up, remember
from index.answer.intents import answer
from index.answer.question import quote_question, when_question
from index.answer.quote import answer_quote
from index.answer.related import related_passages
from index.answer.search import search_hits
from index.answer.when import answer_when
from index.errors import IndexCorrupt, IndexMissing
from index.models import (
    Answer,
    CheckResult,
    Citation,
    Feedback,
    GenerationInfo,
    Intent,
    Paragraph,
    ParsedQuestion,
    SearchHit,
    SourceSummary,
    Speaker,
)
from index.store import layout
from index.store.feedback import FeedbackStore
from index.store.snapshot import Snapshot

log = logging.getLogger(__name__)


MAX_QUESTION_CHARS = 1000
# How many generations published one after another while the engine opens one it follows before giving up.
SWAPS_FOLLOWED = 3
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def sanitize(text: str | None) -> str:
    """Printable, NFC-normalised, single-line, at most ``MAX_QUESTION_CHARS`` characters."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = _CONTROL.sub(" ", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in {"Cs", "Co", "Cn"})
    text = " ".join(text.split())
    return text[:MAX_QUESTION_CHARS].strip()


def _wordless(text: str) -> bool:
    """Nothing to look up (empty, or only punctuation and emoji): answered with a hint, not searched."""
    return re.search(r"\w", text) is None


def _stamped(result: Answer, snap: Snapshot, asked: str) -> Answer:
    """The answer with the generation it came from, so a shown answer can be traced to one build;
    with no answer, the passages related to what was ``asked`` (labelled as such by every output)."""
    update: dict = {"generation": snap.gen.name}
    if not result.answers:
        update["related"] = related_passages(snap, asked)
    return result.model_copy(update=update)


class Engine:
    def __init__(self, index_dir: Path | str | None = None) -> None:
        if index_dir is None:
            # Imported only here: pydantic-settings brings asyncio, ssl and dotenv (a fifth of a serving
            # process's imports), and ``dossier ask`` and the bot pass the folder they already know.
            from index.settings import IndexSettings

            index_dir = IndexSettings().dossier_index
        self.index_dir = Path(index_dir)
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    # -- lifecycle ------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """The serving generation, reopened if a rebuild has swapped it since last time.

        Reading ``CURRENT`` and opening the generation it names are two steps: rebuilds that publish
        in between may prune that generation (a prune keeps the serving one and the one before).
        Its folder then is gone, or goes while it is opened; when ``CURRENT`` names another generation
        by then, that one is opened instead, so a question never fails because a rebuild finished.
        An index that stays missing or damaged raises as before.
        """
        for _ in range(SWAPS_FOLLOWED):
            read: Path | None = None
            try:
                read = layout.read_current(self.index_dir)
                return self._open(read)
            except (IndexMissing, IndexCorrupt):
                if not self._swapped_since(read):
                    raise
                log.info("generation %s was replaced while it was being opened; opening the new one", read)
        return self._open(layout.read_current(self.index_dir))

    def _swapped_since(self, read: Path | None) -> bool:
        """``CURRENT`` now names a whole generation other than ``read`` (None: the one that could not be found)."""
        try:
            return layout.read_current(self.index_dir) != read
        except IndexMissing:
            return False

    def _open(self, gen: Path) -> Snapshot:
        current = self._snapshot
        if current is not None and current.gen == gen:
            return current
        with self._lock:
            if self._snapshot is None or self._snapshot.gen != gen:
                self._snapshot = Snapshot(gen)  # the old one is left to finish in-flight questions
            return self._snapshot

    def close(self) -> None:
        if self._snapshot is not None:
            self._snapshot.close()
            self._snapshot = None

    # -- questions ------------------------------------------------------------

    def ask(self, question: str, after: ParsedQuestion | None = None) -> Answer:
        """The answer to ``question``; ``after`` is the previous question of a conversation
        (as :meth:`follow` returned it), against which a follow-up is read."""
        return self.follow(question, after)[0]

    def follow(self, question: str, after: ParsedQuestion | None = None) -> tuple[Answer, ParsedQuestion]:
        """The answer, and the context to pass as ``after`` with the next question of the conversation.

        The engine keeps no conversation state: whoever holds the conversation (the bot's
        bounded memory, a file given to ``dossier ask --after-json``) passes it back.
        """
        text = sanitize(question)
        if _wordless(text):
            empty = not_covered(text, Intent.search, "Please ask a question in words, e.g. “What did the minister say about taxes?”",
                                gate="no_words")
            return empty, after or ParsedQuestion(text=text, intent=Intent.search)
        pq = read_follow_up(text, after)
        snap = self.snapshot()
        result = date_of_statement(pq) if pq.about is not None else past_seen(answer(snap, pq), pq)
        result = _stamped(result, snap, text)
        return result, remember(pq, result)

    def quote(self, speaker: str, topic: str | None = None) -> Answer:
        speaker_s, topic_s = sanitize(speaker), sanitize(topic) or None
        snap = self.snapshot()
        return _stamped(answer_quote(snap, quote_question(speaker_s, topic_s)), snap,
                        f"{speaker_s} {topic_s or ''}")

    def when(self, event: str) -> Answer:
        text = sanitize(event)
        if _wordless(text):
            return not_covered(text, Intent.when, "Which event? e.g. “the council created”.", gate="no_words")
        snap = self.snapshot()
        return _stamped(answer_when(snap, when_question(text)), snap, text)

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        text = sanitize(query)
        limit = max(1, min(int(limit), 100))
        return search_hits(self.snapshot(), text, limit)

    def check(self, text: str) -> CheckResult:
        """Verdicts on the claimed quotations in ``text``: verbatim, altered, someone else's, narration, not found."""
        cleaned = sanitize(text)
        if _wordless(cleaned):
            return CheckResult(input=cleaned, message=NO_CLAIM)
        return check_text(self.snapshot(), cleaned)

    # -- browsing -------------------------------------------------------------

    def sources(self) -> list[SourceSummary]:
        snap = self.snapshot()
        rows = []
        for sid in sorted(snap.sources):
            entry = snap.sources[sid]
            rows.append(SourceSummary(meta=snap.meta(sid), passages=entry.passages,
                                      quotations=entry.quotations, paragraphs=entry.paragraphs))
        return rows

    def record_feedback(self, **fields) -> Feedback:
        """Store a 👍/👎 (see :class:`index.store.feedback.FeedbackStore.add`) beside the index."""
        return FeedbackStore(self.index_dir).add(**fields)

    def feedback(self) -> list[Feedback]:
        return FeedbackStore(self.index_dir).all()

    def generation(self) -> GenerationInfo:
        """The generation answers come from: its folder name, build time and what changed since the one
        before it (what ``dossier sources`` shows)."""
        snap = self.snapshot()
        manifest = snap.manifest
        return GenerationInfo(name=snap.gen.name, built=manifest.built, previous=manifest.previous,
                              changes=manifest.changes)

    def speakers(self) -> list[Speaker]:
        return self.snapshot().registry.speakers()

    def match_speakers(self, text: str, limit: int = 25) -> list[Speaker]:
        return self.snapshot().registry.match(sanitize(text), limit=limit, quoted_only=True)

    def context(self, source_id: str, paragraph: int) -> tuple[Citation, str]:
        """The whole paragraph a citation points to, verbatim, for "Show source"."""
        citation, paragraphs = self.surroundings(source_id, paragraph, around=0)
        return citation, paragraphs[0].text

    def surroundings(self, source_id: str, paragraph: int, around: int = 1) -> tuple[Citation, tuple[Paragraph, ...]]:
        """The cited paragraph with up to ``around`` paragraphs before and after it, verbatim and in
        order, for "More context"; the citation is the cited paragraph's."""
        snap = self.snapshot()
        doc = snap.document(source_id)
        if doc is None:
            raise IndexMissing(f"{self.index_dir} (source {source_id!r} is no longer indexed)")
        _text, paragraphs = doc
        for i, p in enumerate(paragraphs):
            if p.number == paragraph:
                shown = paragraphs[max(0, i - around): i + around + 1]
                return snap.citation(source_id, paragraph), tuple(shown)
        raise IndexMissing(f"{self.index_dir} (paragraph {paragraph} of {source_id!r} is no longer indexed)")
