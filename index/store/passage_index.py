"""The boundary between Dossier and its passage index.

Passages are the only records searched by words. Everything the build and the
ranking need from the index that holds them is this protocol: add passages,
delete a source's, search by analysed terms (BM25, best first), and the
statistics the ranking weighs question words by (document frequency and IDF).
:mod:`index.store.whoosh_passages` implements it on disk with Whoosh (and is the
only module that imports ``whoosh``); :mod:`index.store.memory_passages` implements
it in memory, which the unit tests of ranking and answering use to keep the
boundary honest.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

from index.models import Passage


@dataclass(frozen=True)
class Record:
    """A passage found by words (with its BM25 score), or a description looked up by person.

    ``context`` is the description phrase for descriptions; passages leave it empty.
    """

    source_id: str
    paragraph: int
    start: int
    end: int
    text: str
    score: float = 0.0
    context: str = ""


@runtime_checkable
class PassageIndex(Protocol):
    def add(self, passages: Iterable[Passage]) -> None:
        """Index passages (visible to searches after ``commit``)."""

    def delete_source(self, source_id: str) -> None:
        """Drop every passage of one source."""

    def commit(self) -> None:
        """Make the additions and deletions permanent."""

    def cancel(self) -> None:
        """Abandon uncommitted changes."""

    def search(self, terms: Iterable[str], limit: int = 20) -> list[Record]:
        """Passages containing any of the analysed ``terms``, best BM25 first (at most ``limit``).

        A damaged index raises ``IndexCorrupt``; nothing else a query does may fail.
        """

    def doc_frequency(self, term: str) -> int:
        """How many passages contain ``term``."""

    def idf(self, term: str) -> float:
        """How rare ``term`` is: ``log(N / (df + 1)) + 1`` over the N passages."""

    def spelling(self, term: str, written: str | None = None) -> str | None:
        """The index term a misspelt analysed ``term`` most likely means ("serach" -> "search"), or
        ``None`` (also for every term the index holds: those are never "corrected"). ``written`` is the
        word as typed, whose length sets how many slips are forgiven (see :func:`closest_term`)."""

    def spellings(self, term: str, written: str | None = None) -> list[str]:
        """``spelling``'s pick first, then every other index term exactly as close (see :func:`closest_terms`);
        ``[]`` for a term the index holds or one nothing is near."""

    def neighbours(self, written: str) -> dict[str, int]:
        """The index terms, with their document frequency, of the words one edit from the word as typed
        (see :func:`typed_neighbours`)."""

    def close(self) -> None:
        """Release files and searchers."""

    def file_checks(self, previous: Mapping[str, tuple[int, int]] | None = None) -> dict[str, tuple[int, int]]:
        """Size and CRC-32 of each file the committed index is made of, for the manifest
        (``previous`` holds checks already known); an index without files has none."""


def closest_term(term: str, vocabulary: list[str], doc_frequency: Callable[[str], int],
                 written: str | None = None, stem: Callable[[str], list[str]] | None = None) -> str | None:
    """The spelling rule every passage index applies to its own vocabulary.

    Only for terms the index does not hold. Candidates are one edit away (an edit:
    a letter added, dropped, changed, or two swapped; two edits for words of seven
    letters or more as typed: the stemmer cuts "comittment" to "comitt", yet the
    person typed ten letters and slipped twice); the fewest edits win, then a
    candidate sharing the first letter, then the one sharing most letters in order
    (a doubled or dropped letter: "comitt" is "commit", not "comput"), then the most
    frequent. A misspelt ending
    defeats the stemmer ("globalisaton" is not cut to "globalis"), so failing that,
    the longest known stem the term starts with, at most four letters shorter; and
    for a long word whose letters are scrambled past two edits ("beaurocracy"), the
    one term of the same first letter that shares most of its letters, far ahead of
    any other (:func:`_scrambled`). A stem the analyser cut below four letters ("gras" -> "gra") is
    corrected from the word as typed (:func:`_short_stem`). When no term is near the stem, the word as typed
    is read one edit away and stemmed again (``stem``: the index's analyser; :func:`_typed_slip`): a slip
    inside a suffix hides the stem ("condtion" is cut to nothing like "condit"), but "condition" is one edit away.
    """
    found = closest_terms(term, vocabulary, doc_frequency, written, stem)
    return found[0] if found else None


def closest_terms(term: str, vocabulary: list[str], doc_frequency: Callable[[str], int],
                  written: str | None = None, stem: Callable[[str], list[str]] | None = None,
                  known: Container[str] | None = None) -> list[str]:
    """:func:`closest_term`'s pick first, then every other term exactly as close to the misspelling (as many
    edits, the same first letter or not, as many letters in order): "chanses" is as near "chances" as
    "changes", and frequency alone cannot say which was meant, so a caller may let the text decide. ``known``
    is the vocabulary as a set, when the caller keeps one (a faster test of the typed word's neighbours)."""
    if not term or doc_frequency(term) > 0:
        return []
    term = _short_stem(term, written)
    if len(term) < 4 or not term.isalpha():
        return []
    length = max(len(term), len(written or ""))
    maxdist = 2 if length >= 7 else 1
    found = extract(term, vocabulary, scorer=OSA.distance, score_cutoff=maxdist, limit=50)
    if written and maxdist == 2:
        # two slips in a stem the analyser cut short from a long word ("compensation" -> "compens" -> "compani")
        # change most of what is left of it: the term must keep most letters of the stem in order ("comittment" ->
        # "comitt" -> "commit")
        found = [f for f in found if f[1] < 2 or fuzz.ratio(term, f[0]) >= TWO_SLIPS_SIMILARITY]
    if found:
        def closeness(f) -> tuple:
            return f[1], f[0][0] != term[0], -fuzz.ratio(term, f[0])
        ranked = sorted(found, key=lambda f: (*closeness(f), -doc_frequency(f[0]), f[0]))
        return [f[0] for f in ranked if closeness(f) == closeness(ranked[0])]
    if stem is not None and written and (slipped := _typed_slip(written, stem, doc_frequency, known)):
        return [slipped]
    for cut in range(1, 5):
        if len(term) - cut >= 6 and doc_frequency(term[:-cut]) > 0:
            return [term[:-cut]]
    scrambled = _scrambled(term, vocabulary) if length >= SCRAMBLED_LENGTH else None
    return [scrambled] if scrambled else []


def _short_stem(term: str, written: str | None) -> str:
    """The word as typed, lower-cased, when the stemmer left fewer than four letters of a longer word: "gras"
    (for "grass") is cut to "gra", too short to correct, though the person typed four letters and slipped once."""
    typed = (written or "").lower()
    if len(term) < 4 and len(typed) >= 4 and typed.isalpha() and typed.startswith(term):
        return typed
    return term


def _typed_slip(written: str, stem: Callable[[str], list[str]], doc_frequency: Callable[[str], int],
                known: Container[str] | None = None) -> str | None:
    """The index term of a word one edit from the word as typed (a letter added, dropped, changed, or two
    swapped), stemmed by the index's analyser: the stem of the one word the slip hides, or of the most frequent
    when several do (the fewest documents disagree least with what people usually mean)."""
    typed = written.lower()
    if len(typed) < TYPED_MIN or not typed.isalpha():
        return None
    found = typed_neighbours(typed, stem, doc_frequency, known)
    if not found:
        return None
    return min(found, key=lambda t: (t[0] != typed[0], -found[t], t))


def typed_neighbours(typed: str, stem: Callable[[str], list[str]], doc_frequency: Callable[[str], int],
                     vocabulary: Container[str] | None = None) -> dict[str, int]:
    """The index terms (with their document frequency) of the words one edit from ``typed``, as the index's
    analyser ``stem`` reads them: every word a single slip could have turned into what was typed. ``vocabulary``
    (the index's terms, when the caller holds them) spares a frequency lookup for each of the ~500 variants."""
    found: dict[str, int] = {}
    for variant in _one_edit(typed):
        terms = stem(variant)
        if len(terms) != 1 or terms[0] in found or (vocabulary is not None and terms[0] not in vocabulary):
            continue
        if (df := doc_frequency(terms[0])) > 0:
            found[terms[0]] = df
    return found


TYPED_MIN = 5  # letters a word as typed needs before its one-edit neighbours are read: short words have too many
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    """Every string one edit from ``word``: a letter dropped, two neighbours swapped, a letter changed or added."""
    out: set[str] = set()
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            out.add(left + right[1:])
        if len(right) > 1:
            out.add(left + right[1] + right[0] + right[2:])
        for c in _LETTERS:
            if right:
                out.add(left + c + right[1:])
            out.add(left + c + right)
    out.discard(word)
    return out


TWO_SLIPS_SIMILARITY = 75.0  # rapidfuzz's ratio a term two edits from the stem must reach (commit 83, compani 71)
SCRAMBLED_LENGTH = 9  # words this long carry enough letters for a similarity to say which word was meant
SCRAMBLED_SIMILARITY = 80.0  # rapidfuzz's ratio (shared letters in order, 0-100) the best term must reach
SCRAMBLED_MARGIN = 15.0  # and by which it must beat every other term: a near tie is a guess


def _scrambled(term: str, vocabulary: list[str]) -> str | None:
    """The term a long, badly scrambled word means ("beaurocraci" -> "bureaucraci"), or ``None``.

    Edit distance counts "eau"/"ure" as three or four slips, yet most letters are there in order. Only
    terms starting with the same letter compete (people rarely get the first letter wrong), and the
    best must be both similar and clearly ahead: a correction nothing confirms answers nothing anyway.
    """
    same_start = [v for v in vocabulary if v[:1] == term[:1]]
    found = extract(term, same_start, scorer=fuzz.ratio, limit=2)
    if not found or found[0][1] < SCRAMBLED_SIMILARITY:
        return None
    if len(found) > 1 and found[0][1] - found[1][1] < SCRAMBLED_MARGIN:
        return None
    return found[0][0]
