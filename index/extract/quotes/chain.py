"""Chains of mentions: a document-level pass that confirms a weak cue's speaker when the text leaves no rival.

Why: the speaker model (:mod:`.model`) weighs each case's distance and rivals, but it cannot tell "he said" after
a paragraph naming one man and one woman from "he said" after a paragraph naming two men: both look contested.
The document itself says which persons are men and which women (the titles it gives them, the pronouns that
follow their names), and which person a role noun stands for ("Jane Roe, the minister" … "the minister said").
When such a chain of mentions makes the speaker the only one who fits, a name the model withheld as too weak is
confirmed; when it does not, nothing changes (weak or contested stays unnamed, as before).

Everything here reads the page the evidence reads (:class:`.evidence.Page`: quotation interiors blanked, the
persons the document names and where): gender comes from the document, never from a list of names. Each resolver
is a small function of one case (:class:`Case`) and the :class:`Chains` of its document; :data:`RESOLVERS` is the
table :func:`confirm` runs, first match wins. Cost: one pass over the person mentions per document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from index.extract.quotes.evidence import Page
from index.lazyre import lazy

# titles that say a person's gender ("Mr Brown", "Lady Smith"); read only right before a name the document gives
_TITLE = lazy(r"\b(?:(?P<m>Mr|Sir|Lord|Mister|Monsieur|Herr|Senor|Señor)|(?P<f>Mrs|Ms|Miss|Lady|Dame|Madame|Mme|Frau|Senora|Señora))"
              r"\.?[ \t]+(?:[A-Z][\w'’\-]*\.?[ \t]+){0,2}$")
_WORD_RUN = lazy(r"\w+")
# the pronouns that follow a name and refer back to it
_PRONOUN = lazy(r"\b(?:(?P<m>he|his|him|himself)|(?P<f>she|her|hers|herself))\b", re.IGNORECASE)
# a capitalised word inside a sentence (after a lower-case word): maybe someone else the pronoun could stand for
_OTHER_NAME = lazy(r"(?<=[a-z,][ \t])[A-Z][a-z]|[\"“”]")
_APPOSITION = lazy(r",[ \t]+(?:the|a|an)[ \t]+[a-z]")  # "Evans, the county chairman": who the name is
_SENTENCE_END = lazy(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘'])|\n")
_OTHER = {"m": "f", "f": "m"}
GENDER_OF_CUE = {"he": "m", "him": "m", "she": "f", "her": "f"}
_TITLE_REACH = 40  # characters before a name's last word a title may stand in ("Ms Ada Crane")
_PRONOUN_VOTES = 1  # votes that settle a person's gender
_TITLE_WEIGHT = 3  # a title ("Mr", "Lady") is worth this many pronouns
_PARAGRAPHS_BACK = 3  # how many paragraphs back the speaker of "he said" may last be named
_BARE_VOTES = 2  # votes a bare surname needs before it chooses between namesakes ("Mrs Pell", or two "she")
_MARGIN = 3  # the settled gender has at least this many times the other's votes


@dataclass(frozen=True)
class Case:
    """One quotation whose speaker the model withheld: where it stands, its cue and the name the rules found."""

    open_at: int
    close_at: int
    mention: str  # the words of the cue ("he", "the minister"); "" for a run with no cue of its own
    who: str  # the name the rules found


@dataclass
class Chains:
    """What the whole document says about its persons: their gender, read once."""

    page: Page

    @cached_property
    def gender(self) -> dict[str, str]:
        """person key -> "m" or "f", where the document settles it (see :func:`gender_votes`)."""
        return settled_genders(gender_votes(self.page))

    @cached_property
    def mention_starts(self) -> list[int]:
        """Where each mention of a person begins, in order."""
        return [at for at, _ in self.page.persons_at]

    _spots: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @cached_property
    def _word_starts(self) -> dict[str, list[int]]:
        """word -> where it starts, for every run of word characters in the text, read in one pass."""
        out: dict[str, list[int]] = {}
        for m in _WORD_RUN.finditer(self.page.masked):
            out.setdefault(m.group(), []).append(m.start())
        return out

    def spots(self, name: str) -> list[int]:
        """Where ``name`` stands as a whole word or phrase in the text: kept per name and looked up from the text's
        word starts, because a long file with many namesake quotations asks for the same names hundreds of times
        (scanning the whole text for each made a 5 MB single file's build a third slower)."""
        if name not in self._spots:
            exact = re.compile(r"\b" + re.escape(name) + r"\b")
            lead = _WORD_RUN.match(name)
            if lead is None:
                self._spots[name] = [m.start() for m in exact.finditer(self.page.masked)]
            else:
                masked = self.page.masked
                self._spots[name] = [at for at in self._word_starts.get(lead.group(), []) if exact.match(masked, at)]
        return self._spots[name]


def gender_votes(page: Page) -> dict[str, dict[str, int]]:
    """person key -> {"title:m": n, "pron:f": n, …}: the titles written right before each mention of the person,
    and the first he/she-class pronoun after a mention, in its sentence or the next, before any other person is
    named (so the pronoun can only refer back to that person or to someone unnamed)."""
    masked, mentions = page.masked, page.persons_at
    votes: dict[str, dict[str, int]] = {}
    for i, (at, key) in enumerate(mentions):
        v = votes.setdefault(key, {})
        title = _TITLE.search(masked, max(at - _TITLE_REACH, 0), at)
        if title:
            k = "title:" + ("m" if title.group("m") else "f")
            v[k] = v.get(k, 0) + 1
        nxt = mentions[i + 1][0] if i + 1 < len(mentions) else len(masked)
        pron = _pronoun_after(masked, at, nxt)
        if pron:
            k = "pron:" + ("m" if pron.group("m") else "f")
            v[k] = v.get(k, 0) + 1
    return votes


def _pronoun_after(masked: str, at: int, nxt: int, sentences: int = 1) -> re.Match[str] | None:
    """The first he/she-class pronoun after the name at ``at``, in its ``sentences``, before the next person
    named (``nxt``), any other capitalised word inside a sentence (someone the pronoun may stand for instead) or a
    quotation mark (the pronoun of a quotation's cue is its speaker, whoever was named last)."""
    word_end = at
    while word_end < len(masked) and (masked[word_end].isalnum() or masked[word_end] in "'’-"):
        word_end += 1
    end = min(nxt, _sentences_on(masked, at, sentences))
    other = _OTHER_NAME.search(masked, word_end, end)
    return _PRONOUN.search(masked, word_end, other.start() if other else end)


def _sentences_on(text: str, at: int, n: int) -> int:
    """Where the ``n``-th sentence end after ``at`` falls (the text's end when there are fewer)."""
    end = at
    for _ in range(n):
        m = _SENTENCE_END.search(text, end)
        if not m:
            return len(text)
        end = m.end()
    return end


def _weight(v: dict[str, int], g: str) -> int:
    """The votes for gender ``g``, a title counting :data:`_TITLE_WEIGHT` pronouns."""
    return _TITLE_WEIGHT * v.get("title:" + g, 0) + v.get("pron:" + g, 0)


def settled_genders(votes: dict[str, dict[str, int]]) -> dict[str, str]:
    """A gender where the document is clearly one-sided: a title counts :data:`_TITLE_WEIGHT` pronouns, and one
    gender must have at least :data:`_PRONOUN_VOTES` votes and :data:`_MARGIN` times the other's (a pronoun after a
    name sometimes refers to someone else, so one stray vote must not unsettle a person the article calls "he" ten
    times; an even split settles nothing)."""
    out: dict[str, str] = {}
    for key, v in votes.items():
        m = _TITLE_WEIGHT * v.get("title:m", 0) + v.get("pron:m", 0)
        f = _TITLE_WEIGHT * v.get("title:f", 0) + v.get("pron:f", 0)
        if m >= _PRONOUN_VOTES and m >= _MARGIN * f:
            out[key] = "m"
        elif f >= _PRONOUN_VOTES and f >= _MARGIN * m:
            out[key] = "f"
    return out


# ---------------------------------------------------------------------------- the resolvers, one function each


def pronoun_by_gender(case: Case, chains: Chains) -> str | None:
    """'Ms Jones met Smith. … "…," he said': the speaker is not settled as the other gender, their last mention is in
    this paragraph or the three before, and every other person named since (and in that mention's sentence) is
    settled as the other gender, so the pronoun can stand for no one else the text names."""
    want = GENDER_OF_CUE.get(case.mention.strip(" ,").lower())
    page = chains.page
    key = page.key_of(case.who)
    if want is None or chains.gender.get(key) == _OTHER[want] or not _tail_cue(case, page):
        return None
    if chains.gender.get(key) != want and " " not in key.strip() and not _described(case.who, page):
        # one capitalised word the text never calls "he" or "she", nor describes ("Evans, the county chairman"), may
        # be no person at all: 'Dr Sam Lowe … Nurses told Crane that he ignored them. "…," he said' is not the
        # nurses' (review wave 17)
        return None
    return "pronoun_gender" if _alone_since_last_mention(case, key, want, chains) else None


def _described(who: str, page: Page) -> bool:
    """Whether the text describes ``who`` by an apposition somewhere ("Evans, the county chairman,"): a person."""
    return any(_APPOSITION.match(page.masked, at + len(who)) for at in page.mentions_of(who))


def _tail_cue(case: Case, page: Page) -> bool:
    """Whether the pronoun stands right after the closing mark ('"…," he said'): the quotation's own attribution, not
    a pronoun that introduces reported speech a fragment sits in ('He called it "a mistake" made by "…"')."""
    tail = page.masked[case.close_at + 1 : case.close_at + 6].lstrip(" ,\u201d\"'’")
    # lower case: '"… yay." He pledged' opens the next sentence, it is no cue of the quotation's
    return tail.startswith(case.mention.strip(" ,").lower() + " ")


def _alone_since_last_mention(case: Case, key: str, want: str, chains: Chains) -> bool:
    """Whether ``key`` is named before the quotation, in its paragraph or the three before, and every person named
    after that mention (up to the quotation's cue) is of the other gender."""
    page = chains.page
    spots = page.mentions_of(case.who)
    before = [s for s in spots if s < case.open_at]
    if not before or page.para(case.open_at) - page.para(before[-1]) > _PARAGRAPHS_BACK:
        return False
    lo = page.sentence_starts[page.sentence(before[-1])]  # "Wilcox and Beruff argued": both are the sentence's
    others = {k for _, k in page.mentions_between(lo, case.open_at) if k != key}
    return all(chains.gender.get(k) not in (None, want) for k in others)


def namesake_by_gender(surname: str, namesakes: list[str], chains: Chains) -> str | None:
    """'Bill Clinton … Hillary Clinton … "…," Clinton said': the bare surname two people of the document share names
    the one whose gender the bare surname has in this document, when the document settles the bare surname's gender
    and every other namesake's as the other one.

    Each is read like a person's gender (:func:`settled_genders`): the full name's own titles and following pronouns
    for each namesake, the bare surname's ("Mrs Clinton", "Clinton … she") for the surname. A surname the document
    uses for both, or namesakes of one gender, settle nothing: the name stays withheld.
    """
    full_spans: list[tuple[int, int]] = []
    genders: dict[str, str | None] = {}
    for name in namesakes:
        spots = chains.spots(name)
        full_spans += [(at, at + len(name)) for at in spots]
        genders[name] = settled_genders({name: _votes_at(spots, len(name), chains)}).get(name)
    bare = [at for at in chains.spots(surname) if not any(lo <= at < hi for lo, hi in full_spans)]
    bare_votes = _votes_at(bare, len(surname), chains)
    want = settled_genders({surname: bare_votes}).get(surname)
    if want is None or _weight(bare_votes, want) < _BARE_VOTES:
        # one pronoun after the bare surname is too little to choose a namesake by: "Pell said she should never have
        # been dismissed" may speak of someone else (review wave 17)
        return None
    fits = [n for n, g in genders.items() if g != _OTHER[want]]
    # the one namesake left when every other is settled as the other gender (Rosa Pell, named once, when the text
    # calls Colm Pell "he" and the bare Pell "she")
    return fits[0] if len(fits) == 1 else None


def _votes_at(spots: list[int], length: int, chains: Chains) -> dict[str, int]:
    """The gender votes of the mentions at ``spots`` (see :func:`gender_votes`)."""
    masked, starts = chains.page.masked, chains.mention_starts
    v: dict[str, int] = {}
    for at in spots:
        title = _TITLE.search(masked, max(at - _TITLE_REACH, 0), at)
        if title:
            k = "title:" + ("m" if title.group("m") else "f")
            v[k] = v.get(k, 0) + 1
        i = bisect.bisect_right(starts, at + length)
        nxt = starts[i] if i < len(starts) else len(masked)
        pron = _pronoun_after(masked, at + length - 1, nxt)  # read on from the name's last letter
        if pron:
            k = "pron:" + ("m" if pron.group("m") else "f")
            v[k] = v.get(k, 0) + 1
    return v


RESOLVERS: tuple[tuple[str, Callable[[Case, Chains], str | None]], ...] = (
    ("pronoun_gender", pronoun_by_gender),
)


def confirm(case: Case, chains: Chains) -> str | None:
    """The name of the resolver that confirms ``case.who`` as the speaker (None: the chain leaves a rival)."""
    for _, resolver in RESOLVERS:
        why = resolver(case, chains)
        if why:
            return why
    return None
