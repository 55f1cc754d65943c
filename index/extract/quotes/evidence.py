"""The evidence of one attribution, as numbers a per-case model weighs.

Why: a rule's measured share of right names ("tail_name_first/pronoun": 87%) is the same for every quotation
the rule decides, yet the particular case says much more. "he said" right after the one sentence naming him is
not "he said" after a paragraph naming two other men; a quotation that goes on from a speaker named three
paragraphs back is not the one right under the name. Each feature below is something any news article has —
how far the quotation is from the speaker's name, how many other people are named between them, whether the
run it continues is long, whether the speaker also speaks elsewhere in the article with an explicit cue — and
:mod:`.model` weighs them with weights fitted on the tuning data (``python -m benchmarks.calibrate``).

Every feature is a small function of one :class:`Attribution` and its :class:`Page`; :data:`FEATURES` is the
table the model reads (a new feature is a new row, and the weights are refitted). Cost: one pass over the text
per document for the persons it names, then a few bisects per quotation.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from index.extract.lexicon import alternation
from index.extract.names import fold
from index.extract.quotes.confidence import RUN_RULES
from index.extract.quotes.patterns import VERB
from index.extract.words import word_starts

# the rules, as the model knows them (anything else is "other"): a weight each, learned
RULES = (
    "tail_name_first tail_verb_first tail_role_then_name lead_verb lead_participle coordinated_subject "
    "according_before according_after paragraph_intro end_report colon_intro subject_of_quote quoted_as_saying "
    "chain chain-back chain-guess narration continuation continuation-next"
).split()
KINDS = ("name", "pronoun", "description", "title")
_WORDS = re.compile(r"[A-Za-z0-9][\w'’\-]*")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’\-]*")
_LOOK_BACK = 4000  # how far back a speaker's name is looked for (characters)


@dataclass(frozen=True)
class Attribution:
    """What the extractor decided for one quotation, reduced to what the evidence reads."""

    open_at: int
    close_at: int
    paragraph: int  # paragraph number
    who: str  # the speaker as this document names them (before a descriptor is cut off)
    rule: str  # the base rule: "tail_name_first", "chain", "narration", …
    reading: str  # the rule with its mention and whether it was contested: "tail_name_first/pronoun-contested"
    kind: str  # the mention: "name", "pronoun", "description", "title", "none"
    contested: bool  # another person fits as well (the extractor's own test)
    named_here: bool  # the speaker's name is written in the quotation's own sentence
    by_title: bool  # a description resolved through a title
    depth: int  # how many quotations the attribution goes on through before its own cue (0: its own)
    explicit: bool  # the cue is right beside the marks (an explicit rule that decided alone)
    words: str  # the quotation's words


@dataclass
class Page:
    """One document as the evidence reads it: quotation interiors blanked, sentences, paragraphs, persons."""

    masked: str
    sentence_starts: Sequence[int]
    para_starts: Sequence[int]
    person_keys: dict[str, str]  # a written surname or full name -> the person's key (their folded full name)
    key_of: Callable[[str], str]  # a speaker's name -> their key
    attributions: list[Attribution] = field(default_factory=list)
    _other_mentions: dict[str, list[int]] = field(default_factory=dict)  # a speaker no person key covers
    _nearest: dict[int, Near] = field(default_factory=dict)  # open_at -> the speaker's nearest name

    @cached_property
    def persons_at(self) -> list[tuple[int, str]]:
        """(offset, person key) of every mention of a person the document names, outside the quotations (a mention
        is a capitalised word that is the last word of a full name the document gives)."""
        return self._persons(self.masked)

    def persons_in(self, words: str) -> set[str]:
        """The keys of the persons the document names that ``words`` (a quotation's) name."""
        return {key for _, key in self._persons(words)}

    def _persons(self, text: str) -> list[tuple[int, str]]:
        keys = self.person_keys
        return [(m.start(), keys[m.group(0)]) for m in _CAPITALISED.finditer(text) if m.group(0) in keys] \
            if keys else []

    @cached_property
    def _person_offsets(self) -> list[int]:
        return [at for at, _ in self.persons_at]

    @cached_property
    def _offsets_by_key(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for at, key in self.persons_at:
            out.setdefault(key, []).append(at)
        return out

    @cached_property
    def _order(self) -> dict[int, int]:
        return {a.open_at: i for i, a in enumerate(self.attributions)}

    def index(self, a: Attribution) -> int:
        """Where ``a`` stands among the document's attributions."""
        return self._order[a.open_at]

    def mentions_between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(offset, person key) of every mention of a person in ``masked[lo:hi]``, in order."""
        i, j = bisect.bisect_left(self._person_offsets, lo), bisect.bisect_left(self._person_offsets, hi)
        return self.persons_at[i:j]

    def persons_between(self, lo: int, hi: int) -> list[str]:
        """The keys of the persons named in ``masked[lo:hi]``, in order."""
        return [key for _, key in self.mentions_between(lo, hi)]

    def mentions_of(self, who: str) -> list[int]:
        """Where the speaker's name (or its last word, for a person) is written outside the quotations."""
        found = self._offsets_by_key.get(self.key_of(who))
        if found is None:
            found = self._other_mentions.get(who)
            if found is None:
                found = self._other_mentions[who] = word_starts(self.masked, who)
        return found

    def nearest_name(self, a: Attribution) -> Near:
        """The speaker's name nearest the quotation (read once per quotation)."""
        near = self._nearest.get(a.open_at)
        if near is None:
            near = self._nearest[a.open_at] = nearest_name(a, self)
        return near

    def sentence(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def para(self, offset: int) -> int:
        return max(bisect.bisect_right(self.para_starts, offset) - 1, 0)

    @cached_property
    def explicit_speakers(self) -> dict[str, int]:
        """How many quotations of the document an explicit cue beside the marks gives to each speaker (by key)."""
        out: dict[str, int] = {}
        for a in self.attributions:
            if a.explicit and a.kind in ("name", "title"):
                out[self.key_of(a.who)] = out.get(self.key_of(a.who), 0) + 1
        return out

    @cached_property
    def speakers(self) -> int:
        return len({self.key_of(a.who) for a in self.attributions})


@dataclass(frozen=True)
class Near:
    """The speaker's nearest written name to the quotation: its offset (None: not written outside quotations)."""

    at: int | None
    before: bool


def nearest_name(a: Attribution, page: Page) -> Near:
    """The speaker's name nearest the quotation: before it within :data:`_LOOK_BACK`, or after it in its paragraph."""
    spots = page.mentions_of(a.who)
    i = bisect.bisect_left(spots, a.open_at)
    before = spots[i - 1] if i and spots[i - 1] >= a.open_at - _LOOK_BACK else None
    j = bisect.bisect_right(spots, a.close_at)
    after = spots[j] if j < len(spots) and page.para(spots[j]) == page.para(a.open_at) else None
    if after is not None and (before is None or after - a.close_at < a.open_at - before):
        return Near(after, False)
    return Near(before, True)


def _gap(a: Attribution, page: Page) -> tuple[int, int]:
    near = page.nearest_name(a)
    if near.at is None:
        return (a.open_at, a.open_at)
    return (near.at, a.open_at) if near.before else (a.close_at, near.at)


def _log_words(n: int) -> float:
    return math.log1p(n) / math.log(1000)


# ---------------------------------------------------------------------------- the features, one function each


def name_unseen(a: Attribution, page: Page) -> float:
    """The speaker's name is nowhere near the quotation outside quotation marks (a guess carried from afar)."""
    return float(page.nearest_name(a).at is None)


def words_to_name(a: Attribution, page: Page) -> float:
    """How many words stand between the quotation and the speaker's nearest name (log scale, 1 = 1000 words)."""
    lo, hi = _gap(a, page)
    if page.nearest_name(a).at is None:
        return 1.0
    return min(_log_words(len(_WORDS.findall(page.masked, lo, hi))), 1.0)


def sentences_to_name(a: Attribution, page: Page) -> float:
    """How many sentence breaks lie between the quotation and the speaker's nearest name (capped at 4)."""
    near = page.nearest_name(a)
    if near.at is None:
        return 1.0
    return min(abs(page.sentence(a.open_at) - page.sentence(near.at)), 4) / 4


def paragraphs_to_name(a: Attribution, page: Page) -> float:
    """How many paragraph breaks lie between the quotation and the speaker's nearest name (capped at 3)."""
    near = page.nearest_name(a)
    if near.at is None:
        return 1.0
    return min(abs(page.para(a.open_at) - page.para(near.at)), 3) / 3


def rivals_between(a: Attribution, page: Page) -> float:
    """How many other persons are named between the speaker's nearest name and the quotation (capped at 3)."""
    lo, hi = _gap(a, page)
    me = page.key_of(a.who)
    return min(len({k for k in page.persons_between(lo, hi) if k != me}), 3) / 3


def rivals_in_paragraph(a: Attribution, page: Page) -> float:
    """How many other persons the quotation's paragraph names outside the marks (capped at 3)."""
    p = page.para(a.open_at)
    lo = page.para_starts[p]
    hi = page.para_starts[p + 1] if p + 1 < len(page.para_starts) else len(page.masked)
    me = page.key_of(a.who)
    return min(len({k for k in page.persons_between(lo, hi) if k != me}), 3) / 3


def other_named_last(a: Attribution, page: Page) -> float:
    """The last person named before the quotation, in its sentence or the one before, is someone else."""
    lo = page.sentence_starts[max(page.sentence(a.open_at) - 1, 0)] if page.sentence_starts else 0
    named = page.persons_between(lo, a.open_at)
    return float(bool(named) and named[-1] != page.key_of(a.who))


def speaks_elsewhere(a: Attribution, page: Page) -> float:
    """How many other quotations of the article an explicit cue gives to the same speaker (capped at 2)."""
    n = page.explicit_speakers.get(page.key_of(a.who), 0) - (a.explicit and a.kind in ("name", "title"))
    return min(n, 2) / 2


def many_speakers(a: Attribution, page: Page) -> float:
    """How many speakers the article quotes (log scale): the more voices, the easier a run is misread."""
    return min(math.log1p(page.speakers) / math.log(20), 1.0)


def run_depth(a: Attribution, page: Page) -> float:
    """How many quotations the attribution goes on through before its own cue (capped at 3)."""
    return min(a.depth, 3) / 3


_RUNS = RUN_RULES - {"narration"}  # a run copies the speaker before it; the narration reads one afresh


def follows_same(a: Attribution, page: Page) -> float:
    """A cue of its own found the speaker of the quotation before: two independent readings agree.

    (A run copies the speaker before it, so for a run the agreement is no evidence and the feature is 0.)
    """
    i = page.index(a)
    return float(a.rule not in _RUNS and i > 0 and page.key_of(page.attributions[i - 1].who) == page.key_of(a.who))


def rival_speaker_between(a: Attribution, page: Page) -> float:
    """Someone named between the speaker's name and the quotation speaks elsewhere in the article (a conversation:
    the words may be theirs)."""
    lo, hi = _gap(a, page)
    me = page.key_of(a.who)
    return float(any(k != me and page.explicit_speakers.get(k) for k in page.persons_between(lo, hi)))


_SPEAKS = re.compile(rf"\b(?:{VERB}|{alternation('speaks')})\b")


def rival_speaks_between(a: Attribution, page: Page) -> float:
    """Someone else named between the speaker's name and the quotation is followed, in their sentence, by a verb of
    speech ('Peter Jones, his coach, watched and then spoke. "…"'): the narration gives the floor to them."""
    lo, hi = _gap(a, page)
    me = page.key_of(a.who)
    i = bisect.bisect_left(page._person_offsets, lo)
    for at, key in page.persons_at[i:]:
        if at >= hi:
            break
        if key == me:
            continue
        s = page.sentence(at)
        end = page.sentence_starts[s + 1] if s + 1 < len(page.sentence_starts) else len(page.masked)
        if _SPEAKS.search(page.masked, at, min(end, hi)):
            return 1.0
    return 0.0


def paragraph_about_other(a: Attribution, page: Page) -> float:
    """The paragraph is about someone else: the first person it names before the quotation (or, when the quotation
    opens it, the first person the paragraph before names) is not the speaker."""
    p = page.para(a.open_at)
    lo = page.para_starts[p]
    named = page.persons_between(lo, a.open_at)
    if not named and p:
        named = page.persons_between(page.para_starts[p - 1], lo)
    return float(bool(named) and named[0] != page.key_of(a.who))


def often_named(a: Attribution, page: Page) -> float:
    """How often the article names the speaker outside quotations (log scale): a protagonist, or a passing name."""
    return min(math.log1p(len(page.mentions_of(a.who))) / math.log(20), 1.0)


def follows_other(a: Attribution, page: Page) -> float:
    """The quotation before it, in the same or the previous paragraph, has another speaker (a conversation)."""
    i = page.index(a)
    prev = page.attributions[i - 1] if i else None
    return float(prev is not None and a.paragraph - prev.paragraph <= 1
                 and page.key_of(prev.who) != page.key_of(a.who))


def next_is_other(a: Attribution, page: Page) -> float:
    """The next quotation in the same or the next paragraph has another speaker, by an explicit cue (a reply)."""
    i = page.index(a)
    nxt = page.attributions[i + 1] if i + 1 < len(page.attributions) else None
    return float(nxt is not None and nxt.explicit and nxt.paragraph - a.paragraph <= 1
                 and page.key_of(nxt.who) != page.key_of(a.who))


def short_words(a: Attribution, page: Page) -> float:
    """How long the quotation is (log scale): a few words inside reported speech are a fragment."""
    return min(_log_words(len(_WORDS.findall(a.words))), 1.0)


def fragment(a: Attribution, page: Page) -> float:
    """The quotation opens in lower case: a fragment inside the narration's reported speech."""
    first = next((c for c in a.words if c.isalpha()), "")
    return float(first.islower())


def opens_paragraph(a: Attribution, page: Page) -> float:
    """The quotation opens its paragraph (a run's next member, or an interview's answer)."""
    return float(not page.masked[page.para_starts[page.para(a.open_at)] : a.open_at].strip())


def names_others_inside(a: Attribution, page: Page) -> float:
    """The quotation's own words name other persons of the article (capped at 2)."""
    inside = page.persons_in(a.words) - {page.key_of(a.who)} if len(a.words) < 2000 else set()
    return min(len(inside), 2) / 2


def one_word(a: Attribution, page: Page) -> float:
    """The speaker is named by one word (a surname or an organisation's short form)."""
    return float(" " not in a.who)


def not_a_person(a: Attribution, page: Page) -> float:
    """The speaker is not one of the persons the document names (an organisation, a place, a guess)."""
    return float(page.key_of(a.who) not in page.person_keys.values())


def contested(a: Attribution, page: Page) -> float:
    return float(a.contested)


def named_here(a: Attribution, page: Page) -> float:
    return float(a.named_here)


def by_title(a: Attribution, page: Page) -> float:
    return float(a.by_title)


Feature = Callable[[Attribution, Page], float]
FEATURES: tuple[Feature, ...] = (  # beside these, the rule ("rule=chain") and the mention kind: see features()
    contested, named_here, by_title, run_depth,
    name_unseen, words_to_name, sentences_to_name, paragraphs_to_name,
    rivals_between, rivals_in_paragraph, other_named_last,
    speaks_elsewhere, many_speakers, follows_same, follows_other, next_is_other,
    rival_speaker_between, rival_speaks_between, paragraph_about_other, often_named,
    short_words, fragment, opens_paragraph, names_others_inside, one_word, not_a_person,
)


_BY_GROUP: tuple[Feature, ...] = (
    words_to_name, sentences_to_name, paragraphs_to_name, rivals_between, other_named_last, paragraph_about_other,
    rival_speaker_between, rival_speaks_between, follows_other, next_is_other, fragment, often_named,
)


def features(a: Attribution, page: Page) -> dict[str, float]:
    """Every feature of one attribution, by name (zeros left out).

    Beside the table, the reading itself ("as=tail_name_first/pronoun-contested") is a feature of its own: the
    rule table's share of right names, learned with the rest (a reading the tuning data never saw weighs 0, and
    its rule and mention kind decide). The rule and the mention kind are features too ("rule=chain", "kind=pronoun":
    one of :data:`RULES` and of :data:`KINDS`, else none), written straight from the attribution.
    """
    out = {f"as={a.reading}": 1.0}
    if a.rule in RULES:
        out[f"rule={a.rule}"] = 1.0
    if a.kind in KINDS:
        out[f"kind={a.kind}"] = 1.0
    for f in FEATURES:
        v = f(a, page)
        if v:
            out[f.__name__] = v
    # how far the name is and who else is named weigh differently for a cue beside the marks, a pronoun, a run
    # and the narration: each of those features again, per kind of reading
    group = reading_group(a)
    for f in _BY_GROUP:
        if f.__name__ in out:
            out[f"{group}:{f.__name__}"] = out[f.__name__]
    return out


def reading_group(a: Attribution) -> str:
    """The kind of reading: an explicit cue naming someone, a pronoun, a run going on, or the narration."""
    if a.rule in _RUNS:
        return "run"
    if a.kind == "pronoun":
        return "pronoun"
    if a.rule == "narration":
        return "narration"
    return "cue"


def person_keys(full_names: Sequence[str], key_of: Callable[[str], str]) -> dict[str, str]:
    """The written form of each person the document names in full, by its last word ("Harker" -> john harker)."""
    out: dict[str, str] = {}
    for name in full_names:
        last = name.split()[-1]
        if len(last) > 2 and last[:1].isupper():
            out.setdefault(last, key_of(name))
    return out


def key_function(full_name: Callable[[str], str]) -> Callable[[str], str]:
    """A speaker's key: the folded fullest name the document gives them (each name's worked out once: the features
    ask for the keys of the same few speakers a dozen times per quotation)."""
    return cache(lambda who: fold(full_name(who)))
