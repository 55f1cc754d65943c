"""Compare claimed words with real ones: tokens, folding, alignment, and what kind of change it is.

A quote check must not call a claim altered because it was typed with other
quotation marks, British spelling or a comma less, and must not call it
verbatim when one word differs. So both sides become lists of word *keys*
(case, accents, punctuation and spelling variants folded away) and are compared
word by word; the words as written are kept beside the keys, so differences are
shown in the claim's and the source's own spelling.

The alignment is rapidfuzz's (LCS opcodes on word lists, partial-ratio alignment
to find where in a long text to look): C code, so checking a claim against a
few hundred candidate spans stays in the milliseconds.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from index.models import DiffOp

# A word: letters/digits with inner apostrophes and hyphens ("don't", "state-of-the-art"),
# or a number with its currency, separators and per-cent sign ("1,550", "8.5%", "£5": "$5" is another amount).
_TOKEN = re.compile(r"[$£€¥]?\d+(?:[.,]\d+)*%?|[^\W_]+(?:['’\-‐][^\W_]+)*")

# The articles, lower-cased: what a claimed speaker, a frame's name or a place is read past ("the", "a", "an").
ARTICLES = frozenset({"the", "a", "an"})

# ----------------------------------------------------------------- spelling variants
# Each rule folds one family of British/American variants to a common key. Both sides
# are folded the same way, so a rule only has to be consistent, not linguistically right.
_SPELLING_WORDS = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "grey": "gray", "sceptic": "skeptic", "sceptical": "skeptical", "scepticism": "skepticism",
    "mould": "mold", "plough": "plow", "programme": "program", "programmes": "programs",
    "tyre": "tire", "tyres": "tires", "aluminium": "aluminum", "cheque": "check", "cheques": "checks",
    "kerb": "curb", "jewellery": "jewelry", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "ageing": "aging", "judgement": "judgment", "storey": "story", "whilst": "while", "amongst": "among",
}
_DOUBLED_L = re.compile(r"^(travel|cancel|label|model|fuel|signal|level|marvel|counsel|channel|tunnel|total|"
                        r"equal|dial|quarrel|rival|jewel|panel|shovel|pencil|enrol)l(ed|ing|er|ers)$")


_OUR = re.compile(r"(?<=\w{3})our(s|ed|ing|ite|ites|able|er|ers)?$")
_ISE = re.compile(r"(?<=\w{3})([iy])s(e|ed|es|ing|ation|ations|er|ers)$")
_TRE = re.compile(r"(?<=\w{2})tre(s)?$")
_OGUE = re.compile(r"(?<=\w{3})ogue(s)?$")
_NUMBER = re.compile(r"[$£€¥]?\d+(?:[.,]\d+)*%?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def _our(word: str) -> str:
    """colour → color, behaviours → behaviors (long words only: "four" and "hour" stay)."""
    return _OUR.sub(r"or\1", word) if len(word) >= 6 else word


def _ise(word: str) -> str:
    """organise → organize, analysed → analyzed, organisation → organization."""
    return _ISE.sub(r"\1z\2", word)


def _tre(word: str) -> str:
    """centre → center, theatres → theaters."""
    return _TRE.sub(r"ter\1", word)


_INNER_TRE = re.compile(r"(cen|thea|me|li|fib|calib|spec|somb|lus|mang)tre")


def _inner_tre(word: str) -> str:
    """centrepiece → centerpiece, centred → centerd (the same on both sides is all that matters)."""
    return _INNER_TRE.sub(r"\1ter", word)


def _ogue(word: str) -> str:
    """catalogue → catalog, dialogues → dialogs."""
    return _OGUE.sub(r"og\1", word)


def _doubled_l(word: str) -> str:
    """travelled → traveled, cancelling → canceling."""
    return _DOUBLED_L.sub(r"\1\2", word)


_AE = re.compile(r"^(pal|arch|h|anh?|leuk|septic|isch|p|encyclop|orthop|gyn)ae(?=[a-z])")
_OE = re.compile(r"^(|diarrh|f)oe(?=[a-z])")


def _ae(word: str) -> str:
    """palaeontologists → paleontologists, haemorrhage → hemorrhage, paediatric → pediatric, oestrogen →
    estrogen, foetus → fetus: the Greek and Latin digraphs British spelling keeps (as stems, so "Michael",
    "aerial", "does" and "poem" stay)."""
    return _OE.sub(r"\1e", _AE.sub(r"\1e", word))


SPELLING_RULES: tuple[Callable[[str], str], ...] = (_our, _ise, _tre, _inner_tre, _ogue, _doubled_l, _ae)


@functools.lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """The comparison key of one written word: case, accents, marks and spelling variants folded."""
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(ch for ch in w if not unicodedata.combining(ch))
    w = w.replace("’", "'").replace("‐", "-")
    if _NUMBER.fullmatch(w):
        return _THOUSANDS.sub("", w)  # 1,550 → 1550
    w = w.replace("-", "")  # co-operation / cooperation
    if w in _SPELLING_WORDS:
        return _SPELLING_WORDS[w]
    for rule in SPELLING_RULES:
        w = rule(w)
    return w


@dataclass(frozen=True)
class Token:
    """A word as written (``text`` at ``start``/``end`` of its string) and its comparison ``key``.

    ``optional``: an editor's word inside square brackets of a quotation ("a Charter
    [on Roads and Rail] signed in 1998"); the speaker did not say it, so a claim may
    leave it out at no cost, as it may keep it.
    """

    text: str
    key: str
    start: int
    end: int
    optional: bool = False


_BRACKETED = re.compile(r"\[[^\[\]]*\]")


def tokens(text: str, offset: int = 0, brackets: bool = False) -> list[Token]:
    """The words of ``text``; offsets are into the string ``text`` came from when ``offset`` is given.

    With ``brackets`` (real quotations), words inside ``[…]`` are marked ``optional``."""
    inside = [(m.start(), m.end()) for m in _BRACKETED.finditer(text)] if brackets else []
    return [Token(m.group(0), fold_word(m.group(0)), offset + m.start(), offset + m.end(),
                  any(a < m.start() < b for a, b in inside))
            for m in _TOKEN.finditer(text)]


def keys(toks: Sequence[Token]) -> list[str]:
    return [t.key for t in toks]


# ----------------------------------------------------------------- alignment


@dataclass(frozen=True)
class Alignment:
    """Where claimed words sit in a real text: the window ``real[lo:hi]`` and the steps between them.

    ``ops`` turn the window into the claim; ``distance`` counts the words swapped,
    added and left out, so ``similarity`` is 1 exactly when the keys agree word for word.
    """

    lo: int
    hi: int
    ops: tuple[tuple[str, tuple[Token, ...], tuple[Token, ...]], ...]
    distance: int
    claim_len: int
    skipped: int = 0  # an editor's bracketed words inside the window that the claim leaves out

    @property
    def span(self) -> int:
        """Real words in the window that count: the editor's words the claim left out do not."""
        return self.hi - self.lo - self.skipped

    @property
    def similarity(self) -> float:
        longer = max(self.claim_len, self.span)
        return 1.0 - self.distance / longer if longer else 0.0

    @property
    def exact(self) -> bool:
        return self.distance == 0 and self.claim_len > 0


def _region(claim: Sequence[Token], real: Sequence[Token], start: int) -> tuple[int, int]:
    """The part of ``real`` (from ``start``) worth aligning with: all of it when short, else around the best match."""
    n = len(real)
    if n - start <= len(claim) + 6:
        return start, n
    claim_s = " ".join(keys(claim))
    real_keys = keys(real[start:])
    real_s = " ".join(real_keys)
    found = fuzz.partial_ratio_alignment(claim_s, real_s)
    if found is None:
        return start, n
    # char offsets of the joined string → token indices
    bounds, pos = [], 0
    for k in real_keys:
        bounds.append(pos)
        pos += len(k) + 1
    if len(claim_s) > len(real_s):  # rapidfuzz swapped the roles: the whole of real matched
        return start, n
    first = max(i for i, b in enumerate(bounds) if b <= found.dest_start) if bounds else 0
    last = max(i for i, b in enumerate(bounds) if b < max(found.dest_end, 1)) + 1 if bounds else 0
    pad = 3 + len(claim) // 4
    rest = real[start:]
    lo, hi = first, last
    for _ in range(pad):  # an editor's bracketed words do not use up the margin
        lo -= 1
        while lo > 0 and rest[lo].optional:
            lo -= 1
    for _ in range(pad):
        while hi < len(rest) and rest[hi].optional:
            hi += 1
        hi += 1
    return start + max(0, lo), start + min(len(real_keys), hi)


BOUNDARY_SWAP_WORDS = 3
ANCHOR_REACH = 4
EDIT = 1000  # the cost of one edit in ``align``; each matched word earns -1, to break ties between equal edits


def _edits(cost: int) -> int:
    """The number of edits in a scaled ``align`` cost (matches earn less than one edit in all)."""
    return -(-cost // EDIT)


def _words_left_out_at_the_edges(steps: list[tuple[str, int, int]], window: Sequence[str], want: Sequence[str],
                                  first: int, end: int) -> tuple[list[tuple[str, int, int]], int, int]:
    """A swap at either end of the window whose claimed words are the very real words just outside it is words left
    out: "Patent rights protect" of "Patent rights, it is claimed, protect" swaps "is claimed" for "Patent rights"
    as cheaply as it leaves out "it is claimed", since the window's start is free; the reader sees an omission."""
    k = next((i for i, st in enumerate(steps) if st[0] != "replace"), len(steps))
    if 0 < k < len(steps) and k < BOUNDARY_SWAP_WORDS:
        lead = list(want[:k])
        starts = [p for p in range(0, first) if list(window[p:p + k]) == lead and p + k <= first]
        if starts:
            p = starts[-1]
            steps = [("equal", p + i, i) for i in range(k)] + \
                [("delete", r, -1) for r in range(p + k, first + k)] + steps[k:]
            first = p
    k = next((i for i, st in enumerate(reversed(steps)) if st[0] != "replace"), len(steps))
    if 0 < k < len(steps) and k < BOUNDARY_SWAP_WORDS:
        tail = list(want[len(want) - k:])
        begin = end - k  # the window's swapped words are window[begin:end]
        ends = [q for q in range(end, len(window) - k + 1) if list(window[q:q + k]) == tail]
        if ends:
            q = ends[0]
            steps = steps[:len(steps) - k] + [("delete", r, -1) for r in range(begin, q)] + \
                [("equal", q + i, len(want) - k + i) for i in range(k)]
            end = q + k
    return steps, first, end


def align(claim: Sequence[Token], real: Sequence[Token], start: int = 0) -> Alignment:
    """The best window of ``real`` (at or after ``start``) for ``claim``, and the word steps between them.

    Semi-global edit distance on word keys: skipping real words before and after the
    window is free; inside it, a word swapped, added or left out costs 1. So the window
    is compact ("fun … fun to fantasise about" finds the last "fun to", not the first),
    and a changed last word is a swap ("2010" → "2011"), not an addition.
    """
    lo, hi = _region(claim, real, start)
    window = [t.key for t in real[lo:hi]]
    free = [t.optional for t in real[lo:hi]]
    want = [t.key for t in claim]
    m, n = len(want), len(window)
    if m == 0:
        return Alignment(lo=lo, hi=lo, ops=(), distance=0, claim_len=0)
    # cost[i][j]: claim[:i] aligned, ending just before window[j]; the start in window is free.
    # An edit costs EDIT and a matched word earns -1, so among the cheapest alignments the one
    # matching most words wins ("good for shoppers [, good for towns] and good for" is
    # three words left out, not two swapped); an editor's bracketed word is left out for free.
    cost = [[0] * (n + 1)]
    for i in range(1, m + 1):
        prev, row = cost[-1], [i * EDIT] + [0] * n
        w = want[i - 1]
        for j in range(1, n + 1):
            best = prev[j - 1] + (EDIT if window[j - 1] != w else -1)
            if prev[j] + EDIT < best:
                best = prev[j] + EDIT
            skip = row[j - 1] + (0 if free[j - 1] else EDIT)
            if skip < best:
                best = skip
            row[j] = best
        cost.append(row)
    last = cost[m]
    low = min(last)
    end = max(j for j in range(n + 1) if last[j] == low and (j == 0 or last[j - 1] >= low))
    # An end where the claim's last word is the real one beats a cheaper swap of it with whatever real word
    # follows: "a clean service" left out "and reliable" of "a clean and reliable service".
    if end == 0 or window[end - 1] != want[-1]:
        anchored = [j for j in range(end + 1, min(n, end + ANCHOR_REACH) + 1)
                    if window[j - 1] == want[-1] and _edits(last[j]) <= _edits(low) + ANCHOR_REACH // 2]
        if anchored:
            end = min(anchored, key=lambda j: (last[j], j))
    # walk back, preferring a match, then a swap, then a claimed word added, then a real word left out
    steps: list[tuple[str, int, int]] = []  # (tag, real index or -1, claim index or -1)
    i, j = m, end
    while i > 0:
        here = cost[i][j]
        if j > 0 and window[j - 1] == want[i - 1] and cost[i - 1][j - 1] - 1 == here:
            steps.append(("equal", j - 1, i - 1))
            i, j = i - 1, j - 1
        elif j > 0 and free[j - 1] and cost[i][j - 1] == here:
            steps.append(("skip", j - 1, -1))  # an editor's word, left out
            j -= 1
        elif i == 1 and j > 1 and window[j - 2] == want[0] and cost[i][j - 1] + EDIT == here:
            steps.append(("delete", j - 1, -1))  # keep the claim's first word on the real one
            j -= 1
        elif j > 0 and cost[i - 1][j - 1] + EDIT == here:
            steps.append(("replace", j - 1, i - 1))
            i, j = i - 1, j - 1
        elif cost[i - 1][j] + EDIT == here:
            steps.append(("insert", -1, i - 1))
            i -= 1
        else:
            steps.append(("delete", j - 1, -1))
            j -= 1
    steps.reverse()
    first = j
    steps, first, end = _words_left_out_at_the_edges(steps, window, want, first, end)
    # A run of several real words swapped at either end of the window is really claimed words added
    # beyond the quotation ("…facts are facts [and the facts are on our side]"), not a swap.
    for edge in (0, -1):
        run = [k for k in range(len(steps))][::(1 if edge == 0 else -1)]
        count = 0
        for k in run:
            if steps[k][0] != "replace":
                break
            count += 1
        if count >= BOUNDARY_SWAP_WORDS:
            span = run[:count]
            for k in span:
                steps[k] = ("insert", -1, steps[k][2])
            if edge == 0:
                first += count
            else:
                end -= count
    skipped = sum(1 for s in steps if s[0] == "skip" and first <= s[1] < end)
    steps = [s for s in steps if s[0] != "skip"]
    ops: list[tuple[str, tuple[Token, ...], tuple[Token, ...]]] = []
    for tag, r, c in steps:
        real_t = (real[lo + r],) if r >= 0 else ()
        claim_t = (claim[c],) if c >= 0 else ()
        if ops and ops[-1][0] == tag:
            ops[-1] = (tag, ops[-1][1] + real_t, ops[-1][2] + claim_t)
        else:
            ops.append((tag, real_t, claim_t))
    distance = sum(max(len(r), len(c)) if tag == "replace" else len(r) + len(c) for tag, r, c in ops if tag != "equal")
    return Alignment(lo=lo + first, hi=lo + end, ops=tuple(ops), distance=distance, claim_len=m, skipped=skipped)


def diff_ops(ops: Sequence[tuple[str, Sequence[Token], Sequence[Token]]], real_text: str = "",
             claim_text: str = "") -> list[DiffOp]:
    """Word steps as ``DiffOp``s: neighbouring changes are one step (a ``replace`` when both sides have words).

    ``real_text``/``claim_text`` are the strings the tokens' offsets point into; when
    given, each run is cut from them (so "1,550 warheads" keeps its comma), else the
    words are joined with spaces.
    """

    def words(toks: Sequence[Token], text: str) -> str:
        if not toks:
            return ""
        return text[toks[0].start:toks[-1].end] if text else " ".join(t.text for t in toks)

    merged: list[list] = []
    for tag, real, claim in ops:
        if merged and tag != "equal" and merged[-1][0] != "equal":
            merged[-1][1].extend(real)
            merged[-1][2].extend(claim)
        else:
            merged.append([tag, list(real), list(claim)])
    for m in merged:
        if m[0] != "equal":
            m[0] = "replace" if m[1] and m[2] else ("delete" if m[1] else "insert")
    return [DiffOp(op=tag, real=words(real, real_text), claim=words(claim, claim_text)) for tag, real, claim in merged]


# ----------------------------------------------------------------- kinds of change

NEGATIONS = frozenset({"not", "no", "never", "cannot", "nobody", "nothing", "none", "neither", "nor",
                       "nowhere", "without", "non"})
# Cardinals count; ordinals and the words of times and halves also serve as adjectives or adverbs
CARDINALS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    hundreds thousand thousands million millions billion billions trillion dozen dozens""".split())
ORDINALS = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
    fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth hundredth
    thousandth millionth""".split())
NUMBER_WORDS = CARDINALS | ORDINALS | frozenset("half double triple once twice".split())


def is_negation(key: str) -> bool:
    return key in NEGATIONS or key.endswith("n't")


def is_number(key: str) -> bool:
    return any(ch.isdigit() for ch in key) or key in NUMBER_WORDS


def _changed(ops: Sequence[DiffOp]) -> list[DiffOp]:
    return [o for o in ops if o.op != "equal"]


def _negation(ops: Sequence[DiffOp]) -> bool:
    """A "not", "never" or "-n't" on one side of a change and not the other."""
    for o in _changed(ops):
        real = sum(is_negation(fold_word(w)) for w in o.real.split())
        claim = sum(is_negation(fold_word(w)) for w in o.claim.split())
        if real != claim:
            return True
    return False


# Number words that are also ordinary adjectives or adverbs: "the world's first economist" → "greatest" is a
# word swapped, not a number changed; "first" → "second" (a number word on both sides) is a number.
ADJECTIVAL_NUMBERS = NUMBER_WORDS - CARDINALS


def _number(ops: Sequence[DiffOp]) -> bool:
    """A number replaced: digits on either side, a number word on both sides, or a cardinal ("ten") on one."""
    for o in _changed(ops):
        if o.op != "replace":
            continue
        real = [fold_word(w) for w in o.real.split() if is_number(fold_word(w))]
        claim = [fold_word(w) for w in o.claim.split() if is_number(fold_word(w))]
        if (real and claim) or any(k not in ADJECTIVAL_NUMBERS for k in real + claim):
            return True
        if any(_compound_number(r, c) for r, c in zip(o.real.split(), o.claim.split(), strict=False)):
            return True
    return False


def _compound_number(real: str, claim: str) -> bool:
    """A number changed inside a compound: "five-month" → "six-month", "10-year" → "20-year" (the other parts
    the same, a number on both sides of the part that changed)."""
    a = [fold_word(p) for p in re.split(r"[-‐]", real)]
    b = [fold_word(p) for p in re.split(r"[-‐]", claim)]
    if len(a) < 2 or len(a) != len(b):
        return False
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return bool(changed) and all(is_number(x) and is_number(y) for x, y in changed)


def _swapped(ops: Sequence[DiffOp]) -> bool:
    return any(o.op == "replace" for o in ops)


def _omission(ops: Sequence[DiffOp]) -> bool:
    changed = _changed(ops)
    return bool(changed) and all(o.op == "delete" for o in changed)


def _addition(ops: Sequence[DiffOp]) -> bool:
    changed = _changed(ops)
    return bool(changed) and all(o.op == "insert" for o in changed)


# First match wins: a dropped "not" matters more than the words around it.
KINDS: tuple[tuple[str, Callable[[Sequence[DiffOp]], bool]], ...] = (
    ("negation", _negation),
    ("number", _number),
    ("word_swapped", _swapped),
    ("omission", _omission),
    ("addition", _addition),
)


def kind_of(ops: Sequence[DiffOp]) -> str | None:
    """What an alteration changed: negation, number, word_swapped, omission or addition (``None`` if nothing)."""
    for name, test in KINDS:
        if test(ops):
            return name
    return "word_swapped" if _changed(ops) else None
