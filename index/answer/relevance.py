"""Turn question words into weighted concepts and measure how well a text covers them.

BM25 ranks, but it cannot say "nothing here answers you": a passage that shares
one common word with the question still scores. Coverage can: each content word
of the question is a *concept* (with its acronym expansions and synonyms as
alternatives), weighted by how rare it is in the collection, and a text answers
only when it covers enough of that weight. This is what keeps Dossier from
padding answers with unrelated passages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import lru_cache

from index.store.analysis import terms as analyse

MIN_COVERAGE = 0.5


# "How many people …" is answered by a count of any kind of person the text names ("1,000 adults quizzed",
# "more than 1,300 graduates"), and "when can people in the US buy it" by "US gamers will be able to buy it": English
# nouns for people, never names or facts of a collection; any of them covers the question's "people"
PERSON_WORDS = frozenset("people persons individuals".split())
PERSON_NOUNS = frozenset("""adults children kids voters workers graduates residents staff employees users fans
members students pupils patients officers soldiers troops visitors customers viewers listeners players passengers
respondents citizens victims men women teenagers drivers doctors nurses teachers pensioners consumers shoppers
readers subscribers volunteers refugees civilians migrants immigrants tourists spectators delegates participants
applicants investors shareholders parents americans britons protesters demonstrators inmates prisoners
survivors casualties recruits trainees officials gamers buyers motorists commuters travellers
homeowners borrowers savers smokers""".split())


@dataclass(frozen=True)
class Concept:
    word: str
    alternatives: tuple[tuple[str, ...], ...]  # each alternative: index terms that must all appear
    weight: float
    corrected: bool = False  # the word was misspelt; ``alternatives`` hold the index's spelling
    # words that also cover the concept in a text but neither weigh it nor are searched for (any noun for
    # people covers the "people" of "how many people"; searching all of them would crowd out the rest)
    covers: tuple[tuple[str, ...], ...] = ()

    def all_terms(self) -> set[str]:
        return {t for alt in self.alternatives for t in alt}

    def matched_by(self, text_terms: Set[str]) -> bool:
        if any(alt and all(t in text_terms for t in alt) for alt in (*self.alternatives, *self.covers)):
            return True
        return self.corrected and any(derived(alt[0], text_terms) for alt in self.alternatives if len(alt) == 1)

    def widened(self, words: Iterable[str]) -> Concept:
        """Also covered by ``words`` (other ways a text says it), which are neither weighed nor searched."""
        return replace(self, covers=tuple(dict.fromkeys((*self.covers, *_forms(tuple(words))))))


@lru_cache(maxsize=256)
def _forms(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The analysed forms of fixed word lists, analysed once (the same lists widen concepts per question)."""
    return tuple(t for t in (tuple(analyse(w)) for w in words) if t)


DERIVED_MIN = 5  # letters a corrected stem needs before a longer word may be read as derived from it
DERIVED_EXTRA = 3  # letters a derivation adds ("gadget" -> "gadgetri", "bureaucrat" -> "bureaucraci")


def derived(stem: str, text_terms: Set[str]) -> bool:
    """Whether the text holds a word derived from a corrected stem ("gadgetry" for "gadjets" -> "gadget"):
    the index's spelling names the nearest stem, and a person who misspells a word rarely means its exact
    derivation. Only for corrections: a word typed right means that word."""
    if len(stem) < DERIVED_MIN:
        return False
    return any(t.startswith(stem) and len(t) - len(stem) <= DERIVED_EXTRA for t in text_terms)


def build_concepts(words: Iterable[str], acronyms: Mapping[str, str], synonyms: Mapping[str, list[str]],
                   idf, spelling: Callable[[str, str], str | Sequence[str] | None] | None = None,
                   known: Callable[[str], bool] | None = None,
                   together: Callable[[str, str], bool] | None = None) -> list[Concept]:
    """One concept per distinct content word; ``idf(term)`` weights it by rarity.

    ``spelling(term, word)`` names the index term a misspelt word means ("goverment"), or several terms
    exactly as close, the likeliest first: the correction replaces the misspelling, which no text can match. A word is never corrected when the
    index holds one of its equivalents (``known(term)``): it is a word the text writes another way.
    """
    acr = {k.lower(): v for k, v in acronyms.items()}
    concepts: list[Concept] = []
    seen: set[tuple[str, ...]] = set()
    table = stem_synonyms(synonyms)
    words = list(words)
    closed = closed_compounds(words, known) if known is not None else {}
    for i, word in enumerate(words):
        if i - 1 in closed:
            continue  # the second word of a compound the text closes up, read with the first
        if i in closed:
            # "home town" asked where the text writes "hometown": one concept, either way written
            pair, joined = (*tuple(analyse(word)), *tuple(analyse(words[i + 1]))), closed[i]
            seen.add(pair)
            concepts.append(Concept(word=f"{word} {words[i + 1]}", alternatives=(pair, joined),
                                    weight=max(idf(joined[0]), 0.1)))
            continue
        base = tuple(analyse(word))
        if not base or base in seen:
            continue
        seen.add(base)
        lowered = word.lower()
        undoubled_base = (undoubled,) if len(base) == 1 and (undoubled := undouble(base[0])) else base
        equivalents = [tuple(analyse(syn)) for syn in (*synonyms.get(lowered, ()), *table.get(base, ()),
                                                       *table.get(undoubled_base, ()))]
        if known is not None and (joined := compound_forms(word, base, known, together)):
            equivalents.append(joined)  # "wifi" for the text's "wi-fi", "wi-fi" for its "wifi"
        spelt = spelling(base[0], word) if spelling is not None and len(base) == 1 else None
        # one spelling, or several as close ("chanses": "chances" and "changes"), the index's pick first
        spelt = [spelt] if isinstance(spelt, str) else list(spelt or ())
        if spelt and known is not None and any(e and all(known(t) for t in e) for e in equivalents):
            spelt = []  # "France" is not misspelt when the text says "French": no "frank"
        corrected = spelt[0] if spelt else None
        if corrected:
            base = (corrected,)
            # the other spellings as close are read too: which was meant, the text the concept is matched in says
            equivalents += [(t,) for t in spelt[1:]]
            equivalents += [tuple(analyse(syn)) for syn in table.get(base, ())]
        alts: list[tuple[str, ...]] = [base]
        if len(base) == 1 and (undoubled := undouble(base[0])):
            alts.append((undoubled,))
        if lowered in acr:
            alts.append(tuple(analyse(acr[lowered])))
        alts.extend(equivalents)
        if known is not None and not corrected:
            alts.extend(inflected_stems(lowered, base, known))
        alts = [a for a in dict.fromkeys(alts) if a]
        # weighed by the forms the index holds: an equivalent no text uses ("French" in a collection that
        # only says "France") must not make the concept weigh like a word nobody wrote
        held = [a for a in alts if known is None or all(known(t) for t in a)] or alts
        weight = max((max((idf(t) for t in alt), default=0.0) for alt in held), default=0.0)
        concepts.append(Concept(word=word, alternatives=tuple(alts), weight=max(weight, 0.1),
                                corrected=bool(corrected)))
    return concepts


def closed_compounds(words: list[str], known: Callable[[str], bool]) -> dict[int, tuple[str, ...]]:
    """Adjacent question words the index holds only closed up as one ("home town" -> "hometown", "web site" ->
    "website"): position of the first -> the joined term. Only where the joined word is an index term and is not
    itself the analysis of either word."""
    out: dict[int, tuple[str, ...]] = {}
    for i in range(len(words) - 1):
        left, right = words[i].lower(), words[i + 1].lower()
        if i - 1 in out or not (left.isalpha() and right.isalpha()) or min(len(left), len(right)) < COMPOUND_PART + 1 \
                or right.endswith(("ed", "ing")):
            continue  # ("firm fined": a verb after its subject, never half of one word)
        joined = tuple(analyse(left + right))
        if len(joined) == 1 and known(joined[0]) and joined != tuple(analyse(left)) and joined != tuple(analyse(right)):
            out[i] = joined
    return out


INFLECTED_MIN = 5  # letters a word needs before its -ed/-ing forms are read as the same word ("bed" is no "be")


def inflected_stems(word: str, base: tuple[str, ...], known: Callable[[str], bool]) -> list[tuple[str, ...]]:
    """The index terms of the word's -ed and -ing forms where the stemmer cuts them apart from it ("estimate" ->
    "estim", "estimated" -> "estimat"): one word to a reader, so a question's "estimate" covers the text's "has
    estimated". Only forms the index holds, and only from the bare word: "nominated" read back to "nominate"
    would reach "nominations" ("nomin"), another word."""
    if len(base) != 1 or len(word) < INFLECTED_MIN or not word.isalpha():
        return []
    if word.endswith(("ed", "ing")):
        return []  # a form that is already inflected: read back to its bare form it would reach the nouns too
    if word.endswith("e"):
        forms = [word + "d", word[:-1] + "ing"]
    else:
        forms = [word + "ed", word + "ing"]
    out: list[tuple[str, ...]] = []
    for form in forms:
        stem = tuple(analyse(form))
        if len(stem) == 1 and stem != base and stem not in out and known(stem[0]):
            out.append(stem)
    return out


COMPOUND_PART = 2  # letters each part of a split compound needs ("wi" + "fi")


def compound_forms(word: str, base: tuple[str, ...], known: Callable[[str], bool],
                   together: Callable[[str, str], bool] | None = None) -> tuple[str, ...] | None:
    """The form the index holds of a word written with or without its hyphen: "wifi" asked where the texts
    write "wi-fi" (both parts index words, the whole word none, and ``together(left, right)``: some text writes
    them joined by a hyphen), or "wi-fi" where they write "wifi". A word the index holds as asked needs none;
    ``None`` when no other form is held either (a typo such as "securty" is no "secur-ty")."""
    low = word.lower()
    if len(base) == 1 and not known(base[0]) and low.isalpha():
        for i in range(COMPOUND_PART, len(low) - COMPOUND_PART + 1):
            left, right = tuple(analyse(low[:i])), tuple(analyse(low[i:]))
            if len(left) == 1 == len(right) and known(left[0]) and known(right[0]) \
                    and together is not None and together(low[:i], low[i:]):
                return left + right
        return None
    if len(base) > 1 and "-" in low and not all(known(t) for t in base):
        joined = tuple(analyse(low.replace("-", "")))
        if len(joined) == 1 and known(joined[0]):
            return joined
    return None


_STEM_SYNONYMS: dict[int, tuple[Mapping[str, list[str]], dict[tuple[str, ...], tuple[str, ...]]]] = {}


def stem_synonyms(synonyms: Mapping[str, list[str]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The synonym table keyed by each entry's analysed form, so every inflection of a listed word finds
    its equivalents ("matches" and "match" both reach "game"). Built once per table: a question stays cheap."""
    cached = _STEM_SYNONYMS.get(id(synonyms))
    if cached is not None and cached[0] is synonyms:
        return cached[1]
    table: dict[tuple[str, ...], list[str]] = {}
    for key, values in synonyms.items():
        stem = tuple(analyse(key))
        if stem:
            table.setdefault(stem, [])
            table[stem].extend(v for v in values if v not in table[stem])
    frozen = {k: tuple(v) for k, v in table.items()}
    if len(_STEM_SYNONYMS) > 8:
        _STEM_SYNONYMS.clear()
    _STEM_SYNONYMS[id(synonyms)] = (synonyms, frozen)
    return frozen


def undouble(term: str) -> str | None:
    """The stem without a doubled last consonant ("dropp" of "dropping" -> "drop" of "dropped"): the
    stemmer keeps the double only before "-ing"; ``None`` when there is none to undo."""
    if len(term) >= 4 and term[-1] == term[-2] and term[-1] in "bdfgmnprt":
        return term[:-1]
    return None


def confirmed(concepts: list[Concept], text_terms: set[str]) -> bool:
    """Every spelling correction is borne out by the text (a guess nothing confirms answers nothing). A word the
    index holds only inflected ("scrap" -> "scrapped") was spelt right: it is no guess, and a sentence saying the
    same event in other words ("abandoned") need not repeat it."""
    return all(c.matched_by(text_terms) for c in concepts if c.corrected and not inflected(c))


def inflected(c: Concept) -> bool:
    """Whether a corrected concept only inflects the word as typed: the index's term is the typed word with its last
    consonant doubled, as the stem of its past keeps it ("scrap" -> "scrapp" of "scrapped", "stop" -> "stopp"), never
    another word ("corectional" -> "correct", "plane" -> "planet")."""
    typed = c.word.lower()
    return len(typed) >= 3 and typed[-1] not in "aeiouy" and any(
        len(alt) == 1 and alt[0] == typed + typed[-1] for alt in c.alternatives)


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


def layered_coverage(concepts: list[Concept], layers: Sequence[set[str]], credits: Sequence[float]) -> float:
    """How well nested texts cover the concepts when each concept counts with the credit of the closest
    text holding it (the quoted words, their sentence, the set-up): "dropping Harinordoquy" is covered
    by "Imanol has been dropped" after "Laporte said Harinordoquy had been axed"."""
    total = sum(c.weight for c in concepts)
    if total <= 0:
        return 0.0
    got = 0.0
    for c in concepts:
        got += c.weight * max((credit for terms, credit in zip(layers, credits, strict=True) if c.matched_by(terms)),
                              default=0.0)
    return got / total
