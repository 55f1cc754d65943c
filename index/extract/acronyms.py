"""Acronyms learned from the collection, curated synonyms, and question-word expansion.

A question says "JTC" where the source says "Joint Trade Council" (or the other
way round), "defense" where a British paper wrote "defence". Relevance treats
each question word as a concept with alternatives; this module supplies those
alternatives. Acronyms are *learned* from the indexed texts rather than listed,
because every collection has its own (ISAF, JTC, START ...), and they are
learned conservatively: a wrong expansion silently widens every question that
uses the acronym, which is worse than missing one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from index.extract.bounds import MAX_RUN_WORDS, text_pieces, too_many_acronyms
from index.lazyre import lazy

MIN_LETTERS = 2
MAX_LETTERS = 8
MAX_WORDS = 8
# Initials taken from a name that merely precedes the acronym are much weaker
# evidence than a "Name (ABC)" definition; with two letters almost any pair of
# capitalised words fits ("United Socialists" ... "US"), so they need a definition.
MIN_LETTERS_UNDEFINED = 3
# Words a name may contain without contributing a letter ("Partnership for Peace" -> PfP/PP).
# "in"/"on" are needed for names such as "Organization for Security and Co-operation in Europe".
CONNECTORS = frozenset({"of", "the", "and", "for", "in", "on"})
# Words that never belong to an undefined name (compared lower-cased, as whole word parts).
_NOT_NAME_WORDS = frozenset("""
    a an the but and or nor so yet if although though while when whenever where after before since as at by
    with without from to into in on of for about than it its he she we they i you his her their our my your
    this that these those there here is was are were be been being do does did has have had will would can
    could should may might must shall not no yes also even still now then earlier later meanwhile however
    mr mrs ms dr sir lord lady prof
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
""".split())
# Last words that make a capitalised phrase an institution's name. Undefined names
# need one to be trusted at a sentence start or across texts, where a person or a
# headline fits the initials as easily as an organisation does.
_ORG_HEADS = frozenset("""
    agency alliance army assembly association authority bank board bureau command commission committee
    company conference congress consortium corporation corp council court department exchange federation force
    forum foundation front fund government group guard initiative institute league ministry movement
    navy network office organisation organization parliament partnership party programme program
    service services society summit treaty trust union
""".split())
# An explicit "Name (ABC)" definition outweighs names that just happen to fit.
DEFINITION_WEIGHT = 3
# The runs of capitalised words of a text longer than this (a piece of a very long file) are not kept
# for the guesses across texts but found again: kept, a 20 MB file's runs alone took hundreds of MB.
KEEP_RUNS_CHARS = 100_000

_DASHES = "-\u2010\u2011\u2012\u2013"  # hyphen, hyphen, non-breaking hyphen, figure dash, en dash
_PART = r"[^\W_]+(?:['\u2019][^\W_]+)*"
_WORD = lazy(rf"{_PART}(?:[{_DASHES}]{_PART})*")
_SPLIT_PARTS = lazy(rf"[{_DASHES}]")
_POSSESSIVE = lazy(r"['\u2019][sS]$")
_GAP = lazy(r"[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*")
_PHRASE_TOKENS = lazy(r"[^\W_]+")


class _Token:
    """A word with its offsets; its properties are computed once (every word of the collection is one)."""

    __slots__ = ("text", "start", "end", "parts", "capitalised", "connector", "acronym")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.parts: tuple[str, ...] = (
            tuple(p for p in _SPLIT_PARTS.split(text) if p) if any(d in text for d in _DASHES) else (text,)
        )
        self.capitalised = text[:1].isupper()
        self.connector = text in CONNECTORS  # lowercase only: "The" at a sentence start is a name word
        self.acronym: str | None = None
        if self.capitalised and len(self.parts) == 1 and len(text) <= MAX_LETTERS + 2:
            # a standalone all-caps word of 2-8 letters (a possessive "'s" aside)
            word = _POSSESSIVE.sub("", text)
            if MIN_LETTERS <= len(word) <= MAX_LETTERS and word.isalpha() and word.isupper():
                self.acronym = word

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Token) and (self.text, self.start) == (other.text, other.start)

    def __hash__(self) -> int:
        return hash((self.text, self.start))


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal stretches of capitalised words (with connectors) separated only by spaces.

    Punctuation or a blank line ends a run, so a name never spans two clauses.
    """
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for tok in tokens:
        joined = bool(current) and _GAP.fullmatch(text, current[-1].end, tok.start) is not None
        if tok.capitalised or (tok.connector and current and joined):
            if current and not joined:
                runs.append(current)
                current = []
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    # A run of capitals longer than any name (a title-case dump, letters in a list) names no one, and
    # trying every name inside it would keep each of its words in memory for the whole collection.
    return [run for run in runs if len(run) <= MAX_RUN_WORDS]


def _part_options(part: str, first: bool, prefixes: bool) -> list[str]:
    """The letter strings one word part may contribute to an acronym ("" = skipped)."""
    word = _POSSESSIVE.sub("", part)
    if not word:
        return [""]
    head = word[0].upper()
    if word.lower() in CONNECTORS:
        return [head] if first else ["", head]
    if not word[0].isupper():  # lowercase piece of a hyphenated word ("NATO-led")
        return ["", head]
    if len(word) >= 2 and word.isupper() and word.isalpha():
        return [head, word.upper()] if len(word) > 1 else [head]
    if prefixes:
        return [word[:n].upper() for n in range(1, min(3, len(word)) + 1)]
    return [head]


def _fits(words: list[_Token], acronym: str, prefixes: bool = False) -> bool:
    """Whether the initials of ``words`` can spell ``acronym`` (case-insensitive).

    Hyphenated parts count as words; connectors may be skipped except at the
    start; an all-caps word gives its first letter or all of its letters; with
    ``prefixes`` (only for explicit definitions) a word may give up to three
    leading letters, as in "Strategic Arms Reduction Treaty (START)".
    """
    target = acronym.upper()
    parts: list[tuple[str, bool]] = []
    for i, tok in enumerate(words):
        for j, part in enumerate(tok.parts):
            parts.append((part, i == 0 and j == 0))
    memo: dict[tuple[int, int], bool] = {}

    def walk(pi: int, ti: int) -> bool:
        if pi == len(parts):
            return ti == len(target)
        key = (pi, ti)
        if key not in memo:
            part, first = parts[pi]
            memo[key] = any(target.startswith(opt, ti) and walk(pi + 1, ti + len(opt))
                            for opt in _part_options(part, first, prefixes))
        return memo[key]

    return walk(0, 0)


def _surface(text: str, words: list[_Token]) -> str:
    """The name as written, with dashes and spacing normalised so variants count together."""
    raw = text[words[0].start:words[-1].end]
    raw = _SPLIT_PARTS.sub("-", raw)
    return _POSSESSIVE.sub("", " ".join(raw.split()))


def _acceptable(acronym: str, words: list[_Token]) -> bool:
    """Never map a word to itself or to a name that contains it, and keep names short."""
    if len(words) > MAX_WORDS or not words[-1].capitalised or words[0].connector:
        return False
    if any(_POSSESSIVE.sub("", part).upper() == acronym for t in words for part in t.parts):
        return False
    letters = "".join(ch for t in words for ch in t.text if ch.isalpha())
    return letters.upper() != acronym


def _name_before(text: str, run: list[_Token], acronym: str) -> list[_Token] | None:
    """The shortest tail of ``run`` that spells ``acronym``; strict initials before prefixes."""
    for prefixes in (False, True):
        for start in range(len(run) - 1, max(-1, len(run) - 1 - MAX_WORDS), -1):
            words = run[start:]
            if words[0].connector:
                continue
            if _acceptable(acronym, words) and _fits(words, acronym, prefixes):
                return words
    return None


def _definitions(text: str, tokens: list[_Token]) -> list[tuple[str, str]]:
    """(acronym, name) pairs from "Name (ABC)" and "ABC (Name)"."""
    found: list[tuple[str, str]] = []
    index_by_start = {t.start: i for i, t in enumerate(tokens)}
    for m in re.finditer(r"\(\s*", text):
        inner_start = m.end()
        i = index_by_start.get(inner_start)
        if i is None:
            continue
        close = text.find(")", inner_start)
        if close < 0:
            continue
        inner = [t for t in tokens[i:i + MAX_WORDS + 2] if t.end <= close]
        # "Name (ABC)"
        if len(inner) == 1 and inner[0].acronym and text[inner[0].end:close].strip() == "":
            acronym = inner[0].acronym
            before = [t for t in tokens[max(0, i - MAX_WORDS - 1):i]]
            if before and _GAP.fullmatch(text, before[-1].end, m.start()) is not None:
                run: list[_Token] = [before[-1]]
                for prev in reversed(before[:-1]):
                    if _GAP.fullmatch(text, prev.end, run[0].start) is None:
                        break
                    if not (prev.capitalised or prev.connector):
                        break
                    run.insert(0, prev)
                while run and not run[0].capitalised:
                    run.pop(0)
                name = _name_before(text, run, acronym) if run and run[-1].capitalised else None
                if name:
                    found.append((acronym, _surface(text, name)))
            continue
        # "ABC (Name)"
        if i == 0 or not inner or len(inner) > MAX_WORDS:
            continue
        acronym = tokens[i - 1].acronym
        if not acronym or _GAP.fullmatch(text, tokens[i - 1].end, m.start()) is None:
            continue
        if text[inner[-1].end:close].strip(" .,") or any(
                _GAP.fullmatch(text, a.end, b.start) is None for a, b in zip(inner, inner[1:], strict=False)):
            continue
        words = inner[1:] if inner[0].text.lower() == "the" and len(inner) > 1 else inner
        if words[0].capitalised and _acceptable(acronym, words) and (
                _fits(words, acronym) or _fits(words, acronym, prefixes=True)):
            found.append((acronym, _surface(text, words)))
    return found


def _prefixes(acronyms: Iterable[str]) -> set[str]:
    return {a[:n] for a in acronyms for n in range(1, len(a) + 1)}


def _undefined_name_word(tok: _Token) -> bool:
    """Whether a word disqualifies a name that was never explicitly defined.

    Without "(ABC)" the only evidence is that initials fit, and sentence openers
    ("But Mr Wyatt" ... BMW), possessives ("Germany's Marc Blume" ... GMB),
    dates ("Asia on Boxing Day") and "in"/"on" phrases fit by accident far more
    often than they name an organisation.
    """
    if tok.connector:
        return tok.text in ("in", "on")
    if _POSSESSIVE.search(tok.text):
        return True
    return any(part.lower() in _NOT_NAME_WORDS for part in tok.parts)


_SENTENCE_END = lazy(r"(?:^|[.!?:;\n][\"'\u201d\u2019)\]]*)[ \t\u00a0\"'\u201c\u2018(\[]*$")


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or paragraph (so its capital says nothing)."""
    return _SENTENCE_END.search(text, max(0, start - 12), start) is not None


def _initials_names(text: str, runs: list[list[_Token]], wanted: Mapping[str, int],
                    strict_after: bool = True, org_only: bool = False) -> list[tuple[str, str]]:
    """(acronym, name) for every capitalised name whose initials spell a wanted acronym.

    ``wanted`` maps an acronym to the offset of its last standalone use; with
    ``strict_after`` the name must come before that use ("Joint Trade Council ... the JTC").
    ``org_only`` (for guesses across texts) accepts only names ending in an
    institution word (Council, Force, Party ...) and never joined by "and".
    Connectors are skipped, never spelled: "Department of Trade and Industry" is DTI,
    while "Africa and Australia" is not AAA. Candidate letter strings are grown word
    by word and pruned to prefixes of wanted acronyms, which keeps a large
    collection's build fast.
    """
    targets = {a for a in wanted if a.lower() not in _NOT_NAME_WORDS}  # "THE", "WHEN" in a headline
    if not targets:
        return []
    heads = _prefixes(targets)
    found: list[tuple[str, str]] = []
    for run in runs:
        for i, first in enumerate(run):
            if first.connector or _undefined_name_word(first) or first.text[0].upper() not in heads:
                continue
            opener = _sentence_initial(text, first.start) and not any(
                p.isupper() and len(p) > 1 for p in first.parts)  # "Repealing the Hunting Bill"
            partial = {""}
            for j in range(i, min(len(run), i + MAX_WORDS)):
                tok = run[j]
                if _undefined_name_word(tok) or (tok.text == "and" and org_only) or (
                        j > i and tok.text == run[j - 1].text):
                    break
                for k, part in enumerate(tok.parts):
                    if tok.connector:
                        options = [""]
                    else:
                        options = _part_options(part, first=j == i and k == 0, prefixes=False)
                    partial = {p + o for p in partial for o in options if (p + o) in heads or not (p + o)}
                partial.discard("")
                if not partial:
                    break
                if not tok.capitalised:
                    continue
                matches = partial & targets
                if matches and (opener or org_only) and tok.parts[-1].lower() not in _ORG_HEADS:
                    continue
                for acronym in matches:
                    words = run[i:j + 1]
                    if strict_after and words[-1].end > wanted[acronym]:
                        continue
                    if _acceptable(acronym, words):
                        found.append((acronym, _surface(text, words)))
    return found


def _standalone_uses(tokens: list[_Token]) -> dict[str, int]:
    """Acronym -> start of its last standalone use (not a piece of a hyphenated word)."""
    uses: dict[str, int] = {}
    for tok in tokens:
        acronym = tok.acronym
        if acronym:
            uses[acronym] = tok.start
    return uses


def learn_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """Lowercase acronym -> expansion, learned from definitions and names in the texts.

    Evidence, strongest first: "Name (ABC)" / "ABC (Name)" definitions; a
    capitalised name followed later in the same text by its initials used alone;
    and, only for acronyms that got no expansion from their own text, a name
    in another text of the collection whose initials spell it (an article that says
    "ISAF" often relies on another having spelled it out). Votes are counted
    across the collection and the most frequent expansion wins.
    """
    votes: Counter[tuple[str, str]] = Counter()
    defined: set[tuple[str, str]] = set()
    surfaces: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    all_runs: list[tuple[str, list[list[_Token]] | None, set[str]]] = []
    used: set[str] = set()

    def vote(acronym: str, name: str, weight: int = 1) -> None:
        key = (acronym.lower(), " ".join(name.lower().split()))
        votes[key] += weight
        surfaces[key][name] += 1

    for text in text_pieces(texts):
        if not isinstance(text, str) or not text:
            continue
        tokens = _tokens(text)
        runs = _runs(text, tokens)
        for acronym, name in _definitions(text, tokens):
            vote(acronym, name, DEFINITION_WEIGHT)
            defined.add((acronym.lower(), " ".join(name.lower().split())))
        standalone = _standalone_uses(tokens)
        if too_many_acronyms(len(standalone)):
            standalone = {}
        uses = {a: at for a, at in standalone.items() if len(a) >= MIN_LETTERS_UNDEFINED}
        for acronym, name in _initials_names(text, runs, uses):
            vote(acronym, name)
        used |= set(uses)
        # a long text's runs are found again if the orphans need them, rather than all kept at once
        all_runs.append((text, runs if len(text) <= KEEP_RUNS_CHARS else None, set(standalone)))

    learned = {a for a, _ in votes}
    orphans = {a: 0 for a in used if a.lower() not in learned}
    fallback: dict[str, set[str]] = defaultdict(set)
    if orphans:
        for text, kept_runs, own in all_runs:
            # A text that uses the acronym without introducing it is no authority on it.
            wanted = {a: at for a, at in orphans.items() if a not in own}
            runs = kept_runs if kept_runs is not None else _runs(text, _tokens(text)) if wanted else []
            for acronym, name in _initials_names(text, runs, wanted, strict_after=False, org_only=True):
                fallback[acronym.lower()].add(" ".join(name.lower().split()))
                vote(acronym, name)
        # Guessing across texts is only safe when the collection offers a single candidate.
        for acronym, names in fallback.items():
            if len(names) > 1:
                for norm in names:
                    del votes[(acronym, norm)]

    best: dict[str, tuple[tuple[int, int, int, str], str]] = {}
    for key, count in votes.items():
        acronym, norm = key
        surface = sorted(surfaces[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        rank = (-count, 0 if key in defined else 1, len(norm.split()), norm)
        if acronym not in best or rank < best[acronym][0]:
            best[acronym] = (rank, surface)
    return {acronym: best[acronym][1] for acronym in sorted(best)}


# ----------------------------------------------------------------- synonyms


@cache
def load_synonyms() -> dict[str, tuple[str, ...]]:
    """Lowercase word/phrase -> equivalents, from the curated index/data/synonyms.toml.

    Cached because every snapshot asks for it and the file only changes with a release.
    (Its readers are imported here: a build never asks for synonyms.)
    """
    import tomllib
    from importlib import resources

    raw = resources.files("index.extract").joinpath("data/synonyms.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    out: dict[str, list[str]] = defaultdict(list)

    def add(key: str, value: str) -> None:
        key, value = _phrase(key), _phrase(value)
        if key and value and key != value and value not in out[key]:
            out[key].append(value)

    for group in data.get("groups", []):
        members = [_phrase(m) for m in group]
        for m in members:
            for other in members:
                add(m, other)
    for key, values in data.get("one_way", {}).items():
        for value in values:
            add(key, value)
    return {k: tuple(v) for k, v in sorted(out.items()) if v}


def _phrase(text: str) -> str:
    return " ".join(str(text).lower().split())


# ----------------------------------------------------------------- expansion


def _phrase_words(phrase: str) -> list[str]:
    """A phrase as the words a question would carry (no connectors, dashes split)."""
    return [w for w in _PHRASE_TOKENS.findall(phrase.lower()) if w not in CONNECTORS]


def expand_terms(words: Iterable[str], acronyms: Mapping[str, str],
                 synonyms: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """For each question word, its alternatives: itself, acronym expansion, synonyms.

    Phrases work in reverse too: when the question spells out "NATO-Russia
    Council", each of those words also accepts "jtc", so a passage that only
    says "the JTC" still covers them. Likewise for multi-word synonym keys
    ("united states" -> "us").
    """
    items = [w.lower() for w in words if isinstance(w, str)]
    acr = {k.lower(): v for k, v in acronyms.items()}
    alts: list[list[str]] = [[w] for w in items]
    for i, word in enumerate(items):
        if word in acr:
            alts[i].append(acr[word])
        alts[i].extend(synonyms.get(word, ()))

    # Flat sub-word list so "nato-russia" and "nato", "russia" both match a phrase.
    flat: list[tuple[str, int]] = [(piece, i) for i, w in enumerate(items) for piece in _phrase_words(w)]
    pieces = [p for p, _ in flat]
    phrases: list[tuple[list[str], list[str]]] = [(_phrase_words(exp), [acronym]) for acronym, exp in acr.items()]
    phrases += [(_phrase_words(key), list(vals)) for key, vals in synonyms.items() if len(_phrase_words(key)) > 1]
    for target, extra in phrases:
        n = len(target)
        if n < 2:
            continue
        for s in range(len(pieces) - n + 1):
            if pieces[s:s + n] == target:
                for idx in {flat[k][1] for k in range(s, s + n)}:
                    alts[idx].extend(extra)
    return [list(dict.fromkeys(a for a in group if a)) for group in alts]


__all__ = ["learn_acronyms", "load_synonyms", "expand_terms"]
