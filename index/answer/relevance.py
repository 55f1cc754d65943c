"""Turn question words into weighted concepts and measure how well a text covers them.

BM25 ranks, but it cannot say "nothing here answers you": a passage that shares
one common word with the question still scores. Coverage can: each content word
of the question is a *concept* (with its acronym expansions and synonyms as
alternatives), weighted by how rare it is in the collection, and a text answers
only when it covers enough of that weight. This is what keeps Dossier from
padding answers with unrelated passages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from index.store.analysis import terms as analyse

MIN_COVERAGE = 0.5


@dataclass(frozen=True)
class Concept:
    word: str
    alternatives: tuple[tuple[str, ...], ...]  # each alternative: index terms that must all appear
    weight: float
    corrected: bool = False  # the word was misspelt; ``alternatives`` hold the index's spelling

    def all_terms(self) -> set[str]:
        return {t for alt in self.alternatives for t in alt}

    def matched_by(self, text_terms: set[str]) -> bool:
        return any(alt and all(t in text_terms for t in alt) for alt in self.alternatives)


def build_concepts(words: Iterable[str], acronyms: Mapping[str, str], synonyms: Mapping[str, list[str]],
                   idf, spelling: Callable[[str], str | None] | None = None) -> list[Concept]:
    """One concept per distinct content word; ``idf(term)`` weights it by rarity.

    ``spelling(term)`` names the index term a misspelt word means ("goverment"):
    the correction replaces the misspelling, which no text can match.
    """
    acr = {k.lower(): v for k, v in acronyms.items()}
    concepts: list[Concept] = []
    seen: set[tuple[str, ...]] = set()
    for word in words:
        base = tuple(analyse(word))
        if not base or base in seen:
            continue
        seen.add(base)
        corrected = spelling(base[0]) if spelling is not None and len(base) == 1 else None
        if corrected:
            base = (corrected,)
        alts: list[tuple[str, ...]] = [base]
        if len(base) == 1 and (undoubled := undouble(base[0])):
            alts.append((undoubled,))
        lowered = word.lower()
        if lowered in acr:
            alts.append(tuple(analyse(acr[lowered])))
        for syn in synonyms.get(lowered, []):
            alts.append(tuple(analyse(syn)))
        alts = [a for a in dict.fromkeys(alts) if a]
        weight = max((max((idf(t) for t in alt), default=0.0) for alt in alts), default=0.0)
        concepts.append(Concept(word=word, alternatives=tuple(alts), weight=max(weight, 0.1),
                                corrected=bool(corrected)))
    return concepts


def undouble(term: str) -> str | None:
    """The stem without a doubled last consonant ("dropp" of "dropping" -> "drop" of "dropped"): the
    stemmer keeps the double only before "-ing"; ``None`` when there is none to undo."""
    if len(term) >= 4 and term[-1] == term[-2] and term[-1] in "bdfgmnprt":
        return term[:-1]
    return None


def confirmed(concepts: list[Concept], text_terms: set[str]) -> bool:
    """Every spelling correction is borne out by the text (a guess nothing confirms answers nothing)."""
    return all(c.matched_by(text_terms) for c in concepts if c.corrected)


def coverage(concepts: list[Concept], text_terms: set[str]) -> float:
    total = sum(c.weight for c in concepts)
    if total <= 0:
        return 0.0
    return sum(c.weight for c in concepts if c.matched_by(text_terms)) / total


def query_terms(concepts: list[Concept]) -> set[str]:
    out: set[str] = set()
    for c in concepts:
        out |= c.all_terms()
    return out


_SENTENCE_END = ".!?…:;\"”’)»"
MAX_HEADING_WORDS = 12
HEADING_WEIGHT = 0.5  # search ranks a bare heading as if it scored half as much


def is_bare_heading(text: str) -> bool:
    """A title or section heading ("NATO–Russia Council"): one short line with no sentence end.

    It repeats the words of a query, so BM25 ranks it high, yet it says nothing about them;
    search shows it after the passages that do.
    """
    text = text.strip()
    return bool(text) and "\n" not in text and len(text.split()) <= MAX_HEADING_WORDS \
        and text[-1] not in _SENTENCE_END
