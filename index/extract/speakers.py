"""Who is speaking: name parsing, per-document entity tables and the collection-wide registry.

Attribution has two halves.  Inside one document (:mod:`index.extract.quotes`) a quote
is tied to a mention ("he", "the NATO chief", "Mr Blair") and the mention to the
fullest name that document gives.  Across documents (:class:`SpeakerRegistry`)
spelling variants, surnames and titles are merged into one canonical
:class:`~index.models.Speaker`, so a question about "Medvedv" or "the Russian
president" finds every quotation of Dmitry Medvedev, and a question about a
person who is mentioned but never quoted can be answered with "no quotations".
Everything here is regex and dictionaries: it runs over the whole corpus at
build time and over every keystroke of Discord autocomplete.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from index.models import Document, Quotation, Span, Speaker

# ---------------------------------------------------------------------------
# Vocabulary

_UPPER = "".join(re.escape(c) for c in map(chr, range(0x41, 0x250)) if c.isupper())
_LOWER = "".join(re.escape(c) for c in map(chr, range(0x61, 0x250)) if c.islower())

HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame lady lord prof professor rev sen senator rep gov baroness baron "
    "mr. mrs. ms. dr. prof. rev. sen. rep. gov. st. gen. gen".split()
)
FEMALE_HONORIFICS = frozenset("mrs ms miss lady dame baroness mrs. ms.".split())

# Role nouns: a noun phrase whose head is one of these describes a person.
ROLE_WORDS = frozenset(
    """
    president vice-president premier chancellor minister secretary secretary-general chief head leader
    spokesman spokeswoman spokesperson envoy ambassador representative analyst official officer editor
    director chairman chairwoman chair executive ceo manager coach boss captain governor senator mayor
    king queen prince princess commander judge founder economist professor mp mep deputy adviser advisor
    general admiral marshal emperor pope bishop archbishop lawyer attorney prosecutor inspector
    superintendent commissioner diplomat negotiator striker midfielder defender goalkeeper player
    winger skipper owner president-elect singer star actor actress producer designer author writer
    presenter host founder partner strategist researcher scientist expert historian campaigner
    organiser organizer frontman frontwoman student vocalist
    athlete sprinter runner swimmer boxer golfer cyclist driver jockey batsman bowler fly-half scrum-half
    full-back flanker champion veteran teenager youngster musician rapper artist novelist poet
    journalist businessman businesswoman tycoon billionaire investor banker politician activist doctor
    backbencher frontbencher consultant lecturer referee umpire trainer chef
    surgeon teacher pupil guitarist drummer comedian entrepreneur dj deejay vice-chairman vice-chancellor whip speaker treasurer controller governor-general
    """.split()
)
# Words that may sit inside a title before the role noun ("Foreign Minister", "Home Office minister").
TITLE_MODIFIERS = frozenset(
    """
    prime foreign defence defense home interior finance trade culture health education shadow deputy
    vice acting former first chief general executive managing labour tory conservative liberal lib dem
    democrat republican party team club national senior junior assistant permanent
    """.split()
)
GENERIC_ROLES = frozenset(
    """
    spokesman spokeswoman spokesperson official officer source analyst expert diplomat aide adviser
    advisor economist observer insider lawyer analysts officials sources experts diplomats people
    """.split()
)
DOCUMENT_NOUNS = frozenset(
    "declaration statement report communique communiqué letter document resolution memo study survey "
    "press release survey paper text treaty charter lawsuit writ".split()
)
ORG_NOUNS = frozenset(
    "alliance company firm group bank government ministry club party union council commission agency "
    "organisation organization association body department office committee institute corporation "
    "board federation league authority kremlin administration network channel broadcaster regulator "
    "watchdog court panel army police team charity trust exchange airline carrier operator retailer maker "
    "giant manufacturer insurer lender chain supermarket label publisher developer studio website "
    "newspaper magazine".split()
)
ORG_SUFFIXES = frozenset(
    """
    party council commission office ministry department association union bank group inc ltd plc corp
    corporation committee agency federation club united city fc institute foundation organisation
    organization court police army navy force forces assembly parliament government network news times
    post journal review university college school trust society service services board league
    airways airlines motors systems communications technologies media records studios entertainment
    pictures games electronics holdings partners capital securities fund exchange
    radio tv television magazine newspaper show channel festival awards prize cup league championship
    kremlin pentagon vatican whitehall congress senate commons
    """.split()
)
PLACE_WORDS = frozenset(
    """
    street road avenue square war states kingdom republic union asia europe africa america ocean sea
    gulf river mountains island islands east west north south central middle coast valley bay
    """.split()
)
NON_NAME_FIRST = frozenset(
    """
    the a an and but or if in on at of for to from by with as when while after before since during
    this that these those there here it its his her their our my your we they he she i you
    however meanwhile yet so then also still despite although though because until unless
    later earlier now today yesterday tomorrow last next speaking asked instead indeed even just
    some many most other such every each no not why what who how where mostly only
    mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """.split()
)
# Words that can open a capitalised run but never a person's name ("Two Ronnies", "Only Fools").
NOT_FIRST_NAME = frozenset("one two three four five six seven eight nine ten only new old top former ex all both every".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
COMPASS = frozenset("north south east west northern southern eastern western".split())
# Common female first names: "she said" must not land on the nearest man.  A
# short dictionary is enough: an unknown first name is simply taken as either.
FEMALE_FIRST = frozenset(
    """
    ana anna anne ann angela alice amanda amy andrea barbara beth betty britney camilla carol caroline
    catherine charlotte cheryl christina christine claire clare condoleezza dame deborah diana diane
    elizabeth ellen emily emma eve fiona gillian hazel helen hillary isabel jackie jane janet jennifer
    jessica jo joan joanne joss judith julia julie karen kate katherine kathleen kelly kylie laura
    linda lisa liz louise lucy madonna margaret maria marie mary melanie michelle nancy natalie nicola
    nicole patricia paula rachel rebecca ruth sally samantha sandra sarah sharon sheila sophie susan
    tessa theresa tracey valerie victoria wendy yvonne kirsty beyonce whitney shakira gwyneth
    nicky tanya paris naomi estelle jody joanna harriet
    """.split()
)
MALE_HONORIFICS = frozenset("mr sir lord mr. baron".split())
NATIONALITY_HINT = re.compile(r"(?:an|ish|ese|ch|i|ic)$")

_NAME_TOKEN = (
    rf"(?:(?:Mr|Mrs|Ms|Dr|St|Sen|Gen|Prof|Rev|Gov|Rep|Lt|Col|Capt|Sgt|Jr|Sr)\.|[{_UPPER}]\."
    rf"|[{_UPPER}][{_LOWER}{_UPPER}'’\-]*[{_LOWER}{_UPPER}]|[{_UPPER}](?![\w.])|\d[{_UPPER}][{_LOWER}]+)"
)
_PARTICLE = r"(?:de|del|della|van|von|der|den|da|di|du|la|le|bin|al|ibn|dos|das|ter|el)"
# A run of capitalised words (and name particles), possibly with an honorific
# abbreviation such as "Mr." or an initial such as "W.".
# Bounded at eight tokens: no name is longer, and an unbounded run turns a page of capitals quadratic.
CAP_SEQ = re.compile(rf"(?<![\w'’\-]){_NAME_TOKEN}(?:[ \u00a0](?:{_PARTICLE}[ \u00a0])?{_NAME_TOKEN}){{0,7}}")
_TOKEN_SPLIT = re.compile(r"[ \u00a0]+")
_CAPW = rf"[{_UPPER}][\w&'’\-]*"
# "Institute for Fiscal Studies", "Office of Fair Trading": organisation names with a small word inside,
# which a run of capitalised words cannot span.
ORG_LONG = re.compile(  # starts at a word start only: half the cost on long texts, the same matches
    rf"(?<![\w'’&\-])(?:(?:{_CAPW}[ ]){{0,3}}(?:Institute|Office|Association|Department|Ministry|Bank|Committee|Council|"
    rf"Commission|Federation|Union|Organisation|Organization|Society|Board|Court|Academy|Agency|Bureau|"
    rf"Centre|Center|School|University|Confederation|Chamber|Foundation|Fund|Museum|Campaign|Coalition)s?"
    rf"(?:[ ](?:for|of|on|against)(?:[ ]the)?[ ]{_CAPW}(?:[ ](?:and[ ])?{_CAPW}){{0,3}}){{1,2}}"
    # "Finance and Economy Ministry", "Trade and Industry Committee": a small "and" inside the name
    rf"|(?:{_CAPW}[ ]){{1,2}}and[ ](?:{_CAPW}[ ]){{0,2}}(?:Ministry|Department|Committee|Commission|Association|"
    rf"Agency|Authority|Office|Board|Federation|Institute|Society|Bureau)\b)"
)
_ORG_INTRO = re.compile(
    r"\b(?:firm|company|group|giant|maker|bank|operator|carrier|airline|retailer|broadcaster|agency|watchdog|"
    r"regulator|network|website|association|union|charity|exchange|manufacturer|insurer|lender|chain|"
    r"supermarket|label|publisher|developer|studio|newspaper|magazine|organisation|organization|consultancy|"
    rf"think-tank|thinktank|[Ss]hares[ \t]+in)[ \t]+(?P<org>{_CAPW}(?:[ ]{_CAPW}){{0,3}})"
)
_ACRONYM_DEF = re.compile(rf"(?P<long>{_CAPW}(?:[ ](?:of[ ]|for[ ]|and[ ])?{_CAPW}){{1,6}})[ \t]*\((?P<acr>[{_UPPER}]{{2,8}})\)")
_ORG_SUBJECT = re.compile(
    rf"(?P<org>{_CAPW})[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+)?(?:said|says|announced|reported|added|told|"
    r"warned|argued|claimed|insisted|confirmed|denied|stated)\b"
)


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Accent-free lower case, so "Radosław" matches "Radoslaw" and "Rühe" matches "Ruhe"."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class NameParse:
    """A capitalised run split into its title part and the personal/organisation name."""

    title: str  # e.g. "NATO Secretary-General", "" when none
    name: str  # e.g. "Anders Fogh Rasmussen"
    honorific: str  # "Mr" when the name came as "Mr Blair"
    kind: str  # person | organisation | other


def _strip_possessive(tok: str) -> str:
    return re.sub(r"['’]s?$", "", tok)


def _is_role(tok: str) -> bool:
    """A role noun, also hyphenated ("Under-Secretary", "Vice-President", "Co-founder")."""
    low = tok.lower().rstrip(".")
    return low in ROLE_WORDS or "-" in low and low.rsplit("-", 1)[1] in ROLE_WORDS


@lru_cache(maxsize=65536)
def parse_name(seq: str) -> NameParse:
    """Split "Russian Foreign Minister Sergei Lavrov" into title and name, and guess the kind.

    A run counts as a person when, after the title, it has two or more name-like
    tokens or came with an honorific; acronyms and organisation suffixes make it
    an organisation.  Everything else (places, single words) is ``other`` and is
    only promoted to a person when the document also gives a full name ending in it.
    """
    toks = [t for t in _TOKEN_SPLIT.split(seq.strip()) if t]
    # "Russia's Dmitry Rogozin", "CNN's Elise Labott": what precedes a possessive is a modifier.
    for i in range(len(toks) - 1, -1, -1):
        if re.search(r"['’]s?$", toks[i]) and i < len(toks) - 1:
            toks = toks[i + 1 :]
            break
    if toks:
        toks[-1] = _strip_possessive(toks[-1]) or toks[-1]
    # Drop sentence-initial function words ("But Obama", "The Kremlin").
    article = bool(toks) and toks[0].lower() in ("the", "a", "an")
    while toks and toks[0].lower() in NON_NAME_FIRST:
        toks = toks[1:]
    # "Defiant Matt Williams says …": a headline adjective opening the sentence describes the name
    if len(toks) >= 2 and _is_descriptive(toks[0]):
        toks = toks[1:]
    # "Speaking in Harrogate Mr Kennedy": what precedes an honorific is not part of the name
    for i in range(len(toks) - 2, 0, -1):
        if toks[i].lower() in HONORIFICS and not _is_role(toks[i - 1]) and toks[i - 1].lower() not in TITLE_MODIFIERS:
            toks = toks[i:]
            break
    if not toks:
        return NameParse("", "", "", "other")
    last_title = -1
    for i, t in enumerate(toks[:-1]):
        low = t.lower().rstrip(".")
        if _is_role(t) or low in TITLE_MODIFIERS and i + 1 < len(toks) and _is_role(toks[i + 1]):
            last_title = i
    honorific = ""
    title_toks = toks[: last_title + 1]
    rest = toks[last_title + 1 :]
    if rest and rest[0].lower() in HONORIFICS and len(rest) > 1:
        honorific = rest[0].rstrip(".")
        rest = rest[1:]
    name_toks = rest
    # An acronym at the front of the remaining name is a title modifier
    # ("NATO Dmitry Rogozin" after "the Russian envoy to").
    while len(name_toks) > 2 and (name_toks[0].isupper() and len(name_toks[0]) > 1):
        title_toks.append(name_toks[0])
        name_toks = name_toks[1:]
    name = " ".join(name_toks)
    title = " ".join(title_toks)
    if not name_toks:
        return NameParse(title, "", honorific, "other")
    lows = [_strip_possessive(t).lower().rstrip(".") for t in name_toks]
    if any(t.isupper() and len(t) > 1 and not t.endswith(".") for t in name_toks) or lows[-1] in ORG_SUFFIXES:
        kind = "organisation"  # an acronym anywhere ("NATO", "BBC Two") or an organisation suffix
    elif lows[-1] in PLACE_WORDS or lows[0] in COMPASS or lows[0] in NOT_FIRST_NAME or any(
        w in NON_NAME_FIRST and w not in _MONTHS for w in lows[1:]
    ):
        kind = "other"
    elif all(w in ROLE_WORDS or w in TITLE_MODIFIERS for w in lows) or lows[-1] in ROLE_WORDS:
        kind = "other"  # "High Commissioner": a name never ends in a role noun
    elif article and not title_toks and not honorific:
        kind = "organisation"  # "The Catholic Church", "The Streets": an article never opens a person's name
    elif honorific or (title_toks and len(name_toks) <= 4):
        kind = "person"
    elif 2 <= len(name_toks) <= 4:
        kind = "person"
    else:
        kind = "other"
    return NameParse(title, name, honorific, kind)


# Adjectives news prose puts before a name at the start of a sentence ("Defiant Matt Williams",
# "Embattled Mr Blunkett"); they are never first names.
_DESCRIPTIVE = frozenset(
    """
    defiant embattled beleaguered troubled injured jailed disgraced ousted outgoing departing retiring
    controversial legendary veteran victorious delighted disappointed angry furious relieved confident
    upbeat bullish cautious unrepentant unhappy happy satisfied frustrated dejected jubilant elated
    ecstatic emotional tearful stunned shocked sacked axed struggling resurgent inspired inspirational
    fit fellow rival beaten losing winning triumphant record-breaking in-form out-of-form ex-england
    talented promising young teenage rising wounded bruised exiled fugitive acclaimed celebrated famed
    award-winning oscar-winning grammy-winning multi-millionaire millionaire billionaire
    """.split()
)


def _is_descriptive(tok: str) -> bool:
    """Whether a capitalised token is a describing adjective, not part of a name."""
    low = tok.lower()
    return low in _DESCRIPTIVE or low.endswith(("-born", "-based", "-year-old"))


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:the|The|a|an)[ \t]$")


def article_before(text: str, start: int) -> bool:
    """Whether the capitalised run at ``start`` follows an article ("the Wooden Spoon"): no person's name does."""
    return bool(_ARTICLE_BEFORE.search(text, max(0, start - 4), start))


def thing_after_article(p: NameParse, run: str, text: str, start: int) -> bool:
    """"the Wooden Spoon": a run that follows an article and is all name (no title, honorific or owner) is a thing."""
    return not p.title and not p.honorific and run.startswith(p.name) and article_before(text, start)


def surname(name: str) -> str:
    toks = name.split()
    return toks[-1] if toks else ""


# ---------------------------------------------------------------------------
# Per-document entity table

_APPOS_AFTER = re.compile(
    rf"(?P<name>{CAP_SEQ.pattern}),\s+(?P<desc>(?:the|a|an|[{_UPPER}][\w.\-]*['’]s)\s+[^,;:.()]{{3,120}}?)"
    rf"(?=\s*(?:,|;|\.(?:\s|$)|\)|$))"
)
_APPOS_BEFORE = re.compile(
    rf"(?P<desc>\b(?:the|The)[ \t]+(?:[{_UPPER}][\w'’\-]*[ \t]+)*(?:[\w'’\-]+[ \t]+){{0,3}}?(?i:{'|'.join(sorted(ROLE_WORDS))})"
    rf"(?:[ \t]+(?:of|to|for|at)[ \t]+(?:the[ \t]+)?[{_UPPER}][\w'’\-]*(?:[ \t]+[{_UPPER}][\w'’\-]*)*?)?),?[ \t]+(?P<name>{CAP_SEQ.pattern})"
)
_LOWER_ROLE_BEFORE = re.compile(
    rf"(?P<desc>(?:[{_UPPER}][\w'’\-]*\s+){{1,3}}(?:(?:{'|'.join(sorted(TITLE_MODIFIERS))})\s+)?"
    rf"(?:{'|'.join(sorted(ROLE_WORDS))}))\s+(?P<name>{CAP_SEQ.pattern})"
)


@dataclass
class DocEntities:
    """What one document says about who is who; built once per document."""

    persons: dict[str, str] = field(default_factory=dict)  # folded surname/full -> full name
    full_names: list[str] = field(default_factory=list)
    titles: list[tuple[str, str]] = field(default_factory=list)  # (folded title, full name)
    female: set[str] = field(default_factory=set)
    male: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    first_names: dict[str, str] = field(default_factory=dict)  # folded first name -> full name ("" if shared)
    single_persons: set[str] = field(default_factory=set)  # folded one-word names seen with a title/honorific

    def add_person(self, name: str, title: str = "", honorific: str = "") -> str:
        full = self.full_name(name)
        toks = name.split()
        if len(toks) == 1 and (title or honorific):
            # "President Musharraf", "Mr Blair": a person even if never given a first name
            self.single_persons.add(fold(name))
        if len(toks) >= 2 and full == name and name not in self.full_names:
            self.full_names.append(name)
            self.persons.setdefault(fold(toks[-1]), name)
            self.persons.setdefault(fold(name), name)
            if len(toks) > 2:
                self.persons.setdefault(fold(f"{toks[0]} {toks[-1]}"), name)
                # "Baez Silva" for "Carlos Baez Silva": Spanish double surnames
                self.persons.setdefault(fold(" ".join(toks[-2:])), name)
            first = fold(toks[0])
            if first in FEMALE_FIRST:
                self.female.add(name)
            # "Ozzy said" for Ozzy Osbourne: a first name the document gives to one person only
            if first in self.first_names and self.first_names[first] != name:
                self.first_names[first] = ""
            else:
                self.first_names[first] = name
        if title:
            self.titles.append((fold(title), full))
        if honorific.lower() in FEMALE_HONORIFICS:
            self.female.add(full)
        elif honorific.lower() in MALE_HONORIFICS:
            self.male.add(full)
        return full

    def full_name(self, name: str) -> str:
        """The fullest form of ``name`` this document gives (surname → full name)."""
        key = fold(name)
        if key in self.persons:
            return self.persons[key]
        if len(name.split()) != 1:
            return name
        return self.first_names.get(key) or name

    def is_person(self, name: str) -> bool:
        key = fold(name)
        return key in self.persons or " " not in key and (key in self.single_persons or bool(self.first_names.get(key)))


_ROLE_SYNONYMS = {
    "chief": {"chief", "head", "secretary-general", "leader", "boss"},
    "head": {"chief", "head", "secretary-general", "leader", "boss"},
    "boss": {"chief", "head", "leader", "boss", "manager", "coach", "executive"},
    "leader": {"leader", "chief", "head", "boss"},
    "secretary-general": {"secretary-general", "chief", "head", "secretary"},
    "premier": {"premier", "minister"},
    "envoy": {"envoy", "ambassador", "representative"},
    "ambassador": {"envoy", "ambassador", "representative"},
    "representative": {"envoy", "ambassador", "representative"},
    "manager": {"manager", "boss", "coach"},
    "coach": {"coach", "manager", "boss"},
}


_TITLE_STOP = frozenset(("the", "a", "an", "s", "of", "to", "for", "at", "in"))
# Words that name the same thing in titles: "the Tory leader" is "Conservative leader Michael Howard".
_TITLE_SYNONYMS = {"tory": "conservative", "tories": "conservative", "lib": "liberal", "labour's": "labour",
                   "us": "american", "u.s.": "american", "uk": "british", "britain's": "british"}


@lru_cache(maxsize=65536)
def _title_words(title: str) -> list[str]:
    return [w for w in re.split(r"[\s']+", fold(title).replace("secretary general", "secretary-general")) if w]


def _same_stem(a: str, b: str) -> bool:
    """Nationality and country: "russian"/"russia", "pakistani"/"pakistan", "american"/"america"."""
    return len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5] and abs(len(a) - len(b)) <= 2


@lru_cache(maxsize=65536)
def _title_terms(text: str) -> tuple[str, ...]:
    """The words of a title or mention that must agree, synonyms unified (cached: one mention meets every title)."""
    return tuple(_TITLE_SYNONYMS.get(w, w) for w in _title_words(text) if w not in _TITLE_STOP)


def title_score(mention: str, title: str) -> float:
    """How well a descriptive mention ("the NATO chief") fits a known title ("NATO Secretary-General").

    The head role noun must agree (allowing synonyms such as chief/head/secretary-general);
    every other word the mention uses must appear in the title.
    """
    m = _title_terms(mention)
    t = _title_terms(title)
    if not m or not t:
        return 0.0
    heads = [w for w in m if w.rstrip(".") in ROLE_WORDS]
    if not heads:
        return 0.0
    head = heads[-1]
    ok = _ROLE_SYNONYMS.get(head, {head})
    if not any(w in ok or w == head for w in t) and not (head == "minister" and "premier" in t):
        return 0.0
    mods = [w for w in m if w != head]
    if not mods:
        return 0.5
    hits = sum(1 for w in mods if w in t or any(_same_stem(w, x) for x in t))
    if hits < len(mods):
        return 0.0 if hits == 0 else 0.3 + 0.2 * hits / len(mods)
    return 1.0


NATIONALITIES = frozenset(
    """
    russian american european british german french polish ukrainian georgian chinese japanese afghan
    iranian israeli iraqi italian spanish soviet western eastern asian african indian pakistani canadian
    australian irish scottish welsh english dutch swedish turkish greek arab palestinian syrian korean
    north south east west new central global international national
    """.split()
)


_WORDS = re.compile(r"\w+")


def _plausible_person(name: str, words: Counter) -> bool:
    """Reject capitalised runs that are headings or phrases ("Russian Concerns", "Mutual Relations").

    A surname that the same document also writes in lower case more often than
    capitalised is an ordinary word, and a nationality adjective is not a first name.
    """
    toks = name.split()
    if fold(toks[0]) in NATIONALITIES or re.search(r"-[a-z]", name):
        return False
    last = _strip_possessive(toks[-1])
    if len(last) < 2:
        return False
    lower, upper = words[last.lower()], words[last]
    return not (lower and lower >= upper)


_T = TypeVar("_T")
_ENTS_CACHE: dict[tuple[str, int], DocEntities] = {}
_ENTS_CACHE_MAX = 8192


def _cached(cache: dict[tuple[str, int], _T], doc: Document, compute: Callable[[Document], _T]) -> _T:
    """``compute(doc)`` memoised per text, oldest entry evicted first."""
    key = (doc.id, hash(doc.text))
    hit = cache.get(key)
    if hit is None:
        hit = compute(doc)
        if len(cache) >= _ENTS_CACHE_MAX:
            cache.pop(next(iter(cache)))
        cache[key] = hit
    return hit


def doc_entities(doc: Document) -> DocEntities:
    """Collect the people, titles and organisations a document names.

    Cached per text: a build computes it once while extracting quotations and
    again while building the registry, and it is the costliest step of both.
    Callers must not mutate the returned table.
    """
    return _cached(_ENTS_CACHE, doc, _doc_entities)


def _doc_entities(doc: Document) -> DocEntities:
    ents = DocEntities()
    text = doc.text
    words = Counter(_WORDS.findall(text))
    for m in CAP_SEQ.finditer(text):
        p = parse_name(m.group(0))
        if p.kind == "person" and (not _plausible_person(p.name, words)
                                   or thing_after_article(p, m.group(0), text, m.start())):
            continue
        if p.kind == "person":
            ents.add_person(p.name, p.title, p.honorific)
        elif p.kind == "organisation":
            ents.orgs.add(p.name)
    for name, span in find_descriptions(doc):
        desc = text[span.start : span.end]
        title = re.sub(re.escape(name), "", desc).strip(" ,")
        ents.titles.append((fold(title), ents.full_name(name)))
    # organisations the text introduces as such ("oil firm Yukos", "... Association (IATA)", "Sony said")
    for m in ORG_LONG.finditer(text):
        ents.orgs.add(_strip_article(m.group(0)))
    for m in _ORG_INTRO.finditer(text):
        p = parse_name(m.group("org"))
        if p.name and not p.title and not p.honorific:
            ents.orgs.add(p.name)  # "shares in Deutsche Boerse": an organisation, whatever its name looks like
    for m in _ACRONYM_DEF.finditer(text):
        ents.orgs.add(m.group("acr"))
        ents.orgs.add(_strip_article(m.group("long")))
    for m in _ORG_SUBJECT.finditer(text):
        org = m.group("org")
        low = org.lower()
        if (low not in NON_NAME_FIRST and low not in NOT_FIRST_NAME and not ents.is_person(org)
                and low not in NATIONALITIES
                and fold(org) not in ents.first_names and low not in HONORIFICS and len(org) > 1):
            ents.orgs.add(org)
    _infer_women(ents, text)
    return ents


_SHE = re.compile(r"\b(?:her|herself)\b", re.IGNORECASE)  # not "she": "Praising Celtic …, she said"
_HE = re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)
_ROLE_THEN_NAME = re.compile(
    rf"[ \t]+(?:[a-z\-]+[ \t]+){{0,2}}?(?:{'|'.join(sorted(ROLE_WORDS, key=len, reverse=True))})[ \t]+[{_UPPER}]"
)
_SAYS = re.compile(r"\b(?:says|said|told|tells|added|adds|believes|thinks|insists|insisted|argues|argued)\b")
_FEMALE_ROLES = frozenset(
    "actress spokeswoman chairwoman businesswoman frontwoman sportswoman congresswoman queen princess duchess "
    "countess empress waitress heiress hostess".split()
)


def _infer_women(ents: DocEntities, text: str) -> None:
    """Women the text marks as such, though their first name is not in :data:`FEMALE_FIRST`.

    "She said:" must find "Imelda Staunton, who …, told … the highlight of
    her career" rather than a man named further back.  The sentence that
    first names a person uses "her/herself" and no "he/his" about anyone, or the
    person is given a female role noun ("actress Cate Blanchett").  Men are
    not inferred the same way: an unknown gender fits either pronoun, which
    is the safe default.
    """
    for name in ents.full_names:
        if name in ents.female or name in ents.male or "." in name:
            continue  # "Malcolm X. Attallah Shabazz": a run across a sentence break is no one's name
        at = text.find(name)
        if at < 0:
            continue
        end = at + len(name)
        stop = re.search(r"[.!?][\s\"”]", text[end : end + 300])
        window = text[end : end + (stop.start() if stop else 300)]
        she = _SHE.search(window)
        said = _SAYS.search(window)
        if she and not _HE.search(window) and not _ROLE_THEN_NAME.match(text, end) \
                and (said is None or she.start() < said.start() or she.group(0).lower() == "herself"):
            # "her" after a reporting verb may be whoever the report is about ("Hugh Richards says the
            # 30-year-old must draw on her past achievements")
            # ("Double Olympic champion Kelly Holmes … her": that run only modifies the name after it)
            ents.female.add(name)
    for title, name in ents.titles:
        if name in ents.full_names and name not in ents.male and _FEMALE_ROLES & set(title.split()):
            ents.female.add(name)


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:The|A|An)[ ]+", "", name)


def _title_phrase(desc: str) -> bool:
    """Reject a clause posing as a title: "the Pakistani president met Prime Minister" has a verb after its role."""
    words = desc.split()
    roles = [i for i, w in enumerate(words) if _is_role(w.strip(",."))]
    if not roles:
        return True
    for w in words[roles[0] + 1 :]:
        low = w.lower().strip(",.")
        if not (w[:1].isupper() or _is_role(low) or low in TITLE_MODIFIERS or low in _TITLE_STOP or low == "and"):
            return False
    return True


_DESC_CACHE: dict[tuple[str, int], list[tuple[str, Span]]] = {}


def find_descriptions(doc: Document) -> list[tuple[str, Span]]:
    """Cached :func:`_find_descriptions`: the build asks once for the entity table and once for "who is" records."""
    return list(_cached(_DESC_CACHE, doc, _find_descriptions))


def _find_descriptions(doc: Document) -> list[tuple[str, Span]]:
    """(person name as written, span of the descriptive phrase naming them) pairs.

    Covers "Dmitry Rogozin, the Russian envoy to NATO", "the Polish Foreign
    Minister, Radosław Sikorski", "Ruslan Pukhov, a leading Russian defense
    analyst and the director of ..." and title-before-name runs such as "Russian
    Foreign Minister Sergei Lavrov"; used to answer "who is X" and to learn titles.
    """
    out: list[tuple[str, Span]] = []
    seen: set[tuple[int, int]] = set()
    text = doc.text

    def add(name: str, span: Span) -> None:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            out.append((name, span))

    try:
        for m in _APPOS_AFTER.finditer(text):
            p = parse_name(m.group("name"))
            desc = m.group("desc")
            if p.kind != "person" or not any(w.lower().strip(".,") in ROLE_WORDS for w in desc.split()):
                continue
            add(p.name, Span(start=m.start("name") + m.group("name").find(p.name), end=m.end("desc")))
        for rx in (_APPOS_BEFORE, _LOWER_ROLE_BEFORE):
            for m in rx.finditer(text):
                p = parse_name(m.group("name"))
                if p.kind != "person" and not (p.name and len(p.name.split()) == 1 and not p.title):
                    continue
                if not p.name or p.name.isupper() or all(
                    w.lower() in ROLE_WORDS or w.lower() in TITLE_MODIFIERS for w in p.name.split()
                ) or not _title_phrase(m.group("desc")):
                    continue
                name_start = m.start("name") + m.group("name").find(p.name)
                add(p.name, Span(start=m.start("desc"), end=name_start + len(p.name)))
        for m in CAP_SEQ.finditer(text):
            p = parse_name(m.group(0))
            if p.kind == "person" and p.title and any(_is_role(t) for t in p.title.split()):
                start = m.start() + m.group(0).find(p.title.split()[0])
                add(p.name, Span(start=start, end=m.start() + m.group(0).find(p.name) + len(p.name)))
    except Exception:  # bad input never raises  # noqa: BLE001
        return out
    out.sort(key=lambda x: x[1].start)
    return out


# ---------------------------------------------------------------------------
# Collection-wide registry

_DOC_SUFFIX = re.compile(rf"(?:'s)?\s+(?:{'|'.join(sorted(DOCUMENT_NOUNS))})$")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "speaker"


def _first_names_agree(a: str, b: str) -> bool:
    """Dmitry/Dmitri, Jon/John: same person; John/James: not."""
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    if a[0] != b[0]:
        return False
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio() >= 0.75


@dataclass
class _Cluster:
    kind: str
    variants: Counter = field(default_factory=Counter)
    titles: set[str] = field(default_factory=set)
    quotes: int = 0

    def canonical(self) -> str:
        best = max(self.variants.items(), key=lambda kv: (kv[1], len(kv[0].split()), kv[0]))
        return best[0]


def unique_role_holder(titles: list[tuple[str, str]], mention: str) -> str | None:
    """The one person whose titles share the mention's head role ("the Pakistani president" -> the only president).

    A description whose modifiers the document never attaches to a title
    still points to someone when only one person holds that role there.
    """
    mw = _title_words(mention)
    heads = [w.rstrip(".") for w in mw if w.rstrip(".") in ROLE_WORDS]
    if not heads:
        return None
    ok = _ROLE_SYNONYMS.get(heads[-1], {heads[-1]}) | {heads[-1]}
    # proper-noun modifiers must agree ("the Two Ronnies star" is not "Only Fools and Horses star X");
    # nationality adjectives may be new ("the Pakistani president" for "President Musharraf")
    proper = [fold(w) for w in mention.split()[1:] if w[:1].isupper() and not NATIONALITY_HINT.search(w)
              and fold(w).rstrip(".") not in ROLE_WORDS]
    # a portfolio must agree too: "Scotland's justice minister" is not the only other minister, the first minister
    mine = mw[mw.index(heads[-1]) - 1] if mw.index(heads[-1]) > 0 else ""
    holders: set[str] = set()
    for title, name in titles:
        tw = _title_words(title)
        if ok & set(tw) and all(p in tw for p in proper) and not _other_portfolio(mine, tw, ok):
            holders.add(name)
    return holders.pop() if len(holders) == 1 else None


_PORTFOLIOS = TITLE_MODIFIERS | frozenset(
    "justice transport environment energy economy employment work pensions agriculture sport sports media "
    "northern industry science technology housing welfare".split()
)


def _other_portfolio(mine: str, title: list[str], heads: set[str]) -> bool:
    """Whether the mention's portfolio word ("justice") differs from the one the title gives ("first")."""
    if mine not in _PORTFOLIOS:
        return False
    for i, w in enumerate(title):
        if w in heads and i > 0 and title[i - 1] in _PORTFOLIOS and title[i - 1] != mine:
            return True
    return False


def _clean_title(title: str) -> str:
    return re.sub(r"(?i)^(?:the|a|an)\s+", "", title.strip(" ,"))


class SpeakerRegistry:
    """Every person the collection names and every organisation it quotes, merged into entities.

    Built once per index build from all documents (so an incremental build
    re-resolves unchanged sources when a new one adds a fuller name), stored as
    JSON beside the Whoosh index and loaded by the engine for matching
    questions and Discord autocomplete.
    """

    def __init__(self, speakers: Iterable[Speaker], keys: dict[str, str], titles: list[tuple[str, str]]) -> None:
        self._speakers = sorted(speakers, key=lambda s: (-s.quotation_count, s.name))
        self._by_id = {s.id: s for s in self._speakers}
        self._keys = keys  # folded name/alias -> id
        self._titles = titles  # (folded title, id)
        self._index: list[tuple[Speaker, list[str], str]] = [
            (s, sorted({fold(a) for a in (s.name, *s.aliases)}), fold(surname(s.name))) for s in self._speakers
        ]
        self._build_lookup()

    # -- building ---------------------------------------------------------

    @classmethod
    def build(cls, docs: Iterable[tuple[Document, Iterable[Quotation]]],
              entities: Mapping[str, DocEntities] | None = None) -> SpeakerRegistry:
        """``entities`` may supply documents' tables computed earlier (an incremental
        build stores them with each source), so they are not recomputed."""
        clusters: list[_Cluster] = []
        by_surname: dict[str, list[int]] = defaultdict(list)
        keys: dict[str, int] = {}
        pending: list[str] = []  # quotation speakers as the documents give them, in order

        def person_cluster(name: str) -> int:
            key = fold(name)
            if key in keys:
                return keys[key]
            toks = name.split()
            sur = fold(toks[-1])
            for ci in by_surname.get(sur, []):
                c = clusters[ci]
                if c.kind != "person":
                    continue
                for v in c.variants:
                    if len(v.split()) >= 2 and _first_names_agree(v.split()[0], toks[0]):
                        keys[key] = ci
                        return ci
            clusters.append(_Cluster(kind="person"))
            ci = len(clusters) - 1
            by_surname[sur].append(ci)
            keys[key] = ci
            return ci

        docs = [(doc, list(quotes)) for doc, quotes in docs]
        for doc, quotes in docs:
            ents = entities.get(doc.id) if entities else None
            ents = ents if ents is not None else doc_entities(doc)
            for name in ents.full_names:
                ci = person_cluster(name)
                clusters[ci].variants[name] += 1
            for title, name in ents.titles:
                if len(name.split()) >= 2 and title and len(title) <= 80:
                    ci = person_cluster(name)
                    clusters[ci].titles.add(_clean_title(title))
            for q in quotes:
                if q.speaker:
                    pending.append(q.speaker)
        # quotation speakers: full names, organisations, bare surnames and descriptions
        raw_to_cluster: dict[str, int | None] = {}
        for raw in pending:
            if raw in raw_to_cluster:
                continue
            raw_to_cluster[raw] = cls._place(raw, clusters, keys, by_surname, person_cluster)
        for _doc, quotes in docs:
            for q in quotes:
                ci = raw_to_cluster.get(q.speaker) if q.speaker else None
                if ci is not None:
                    clusters[ci].quotes += 1
        # speakers: everyone named, with ids stable across builds (derived from the canonical name)
        speakers: list[Speaker] = []
        id_of: dict[int, str] = {}
        used: set[str] = set()
        for ci, c in enumerate(clusters):
            if not c.variants:
                continue
            name = c.canonical()
            sid = slug(name)
            n = 2
            while sid in used:
                sid, n = f"{slug(name)}-{n}", n + 1
            used.add(sid)
            id_of[ci] = sid
            aliases = set(c.variants) - {name}
            if c.kind == "person":
                aliases.add(surname(name))
            speakers.append(Speaker(id=sid, name=name, aliases=tuple(sorted(aliases)), titles=tuple(sorted(c.titles)),
                                    kind=c.kind, quotation_count=c.quotes))
        out_keys = {k: id_of[ci] for k, ci in keys.items() if ci in id_of}
        for raw, ci in raw_to_cluster.items():
            if ci is not None and ci in id_of:
                out_keys.setdefault(fold(raw), id_of[ci])
        for s in speakers:
            out_keys.setdefault(fold(s.name), s.id)
            if s.kind == "person":
                out_keys.setdefault(fold(surname(s.name)), s.id)
        out_titles = sorted({(fold(t), id_of[ci]) for ci, c in enumerate(clusters) if ci in id_of for t in c.titles})
        return cls(speakers, out_keys, out_titles)

    @staticmethod
    def _place(raw: str, clusters: list[_Cluster], keys: dict[str, int], by_surname: dict[str, list[int]],
               person_cluster: Callable[[str], int]) -> int | None:
        key = fold(raw)
        if key in keys:
            return keys[key]
        if key.startswith("the "):
            best, best_score = None, 0.0
            for ci, c in enumerate(clusters):
                for t in c.titles:
                    s = title_score(raw, t)
                    if s > best_score or (s == best_score and best is not None and s > 0
                                          and c.quotes > clusters[best].quotes):
                        best, best_score = ci, s
            return best if best_score >= 0.5 else None
        toks = raw.split()
        if len(toks) == 1 and not raw.isupper():
            people = [ci for ci in by_surname.get(key, []) if clusters[ci].kind == "person"]
            if people:
                return max(people, key=lambda ci: sum(clusters[ci].variants.values()))
        p = parse_name(raw)
        if p.kind == "person" and len(toks) >= 2:
            ci = person_cluster(raw)
            clusters[ci].variants[raw] += 1
            return ci
        # an organisation (or a single name the collection never spells out)
        clusters.append(_Cluster(kind="organisation" if p.kind == "organisation" or raw.isupper() else "person"))
        ci = len(clusters) - 1
        clusters[ci].variants[raw] += 1
        keys[key] = ci
        if clusters[ci].kind == "person":
            by_surname[key].append(ci)
        return ci

    # -- queries ----------------------------------------------------------

    def speakers(self, *, quoted_only: bool = True) -> list[Speaker]:
        """The quoted entities (or everyone named), most quoted first."""
        return [s for s in self._speakers if s.quotation_count > 0 or not quoted_only]

    def get(self, speaker_id: str) -> Speaker | None:
        return self._by_id.get(speaker_id)

    def resolve(self, name: str | None, doc_id: str | None = None) -> Speaker | None:
        """The entity a name, alias, surname or title ("the Russian president") refers to."""
        if not name:
            return None
        key = fold(name.strip())
        sid = self._keys.get(key)
        if sid is None and key.startswith("the "):
            sid = self._keys.get(key[4:])
        if sid is None:
            best = self._best_title(key)
            sid = best[0] if best and best[1] >= 0.5 else None
        return self._by_id.get(sid) if sid else None

    def _best_title(self, text: str) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for title, sid in self._titles:
            s = title_score(text, title)
            if s > 0 and (best is None or s > best[1] or s == best[1]
                          and self._by_id[sid].quotation_count > self._by_id[best[0]].quotation_count):
                best = (sid, s)
        return best

    def _build_lookup(self) -> None:
        """Sorted strings for prefix search and first/last-letter buckets for typo search.

        ``match`` runs on every autocomplete keystroke over thousands of
        entities, so it must not compare the query with every name.
        """
        entries: set[tuple[str, str]] = set()
        for s, keys, _sur in self._index:
            for k in keys:
                entries.add((k, s.id))
                for t in k.split():
                    entries.add((t, s.id))
        self._titles_by_word: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for title, tsid in self._titles:
            for w in set(_title_words(title)):
                self._titles_by_word[w].append((title, tsid))
        self._sorted = sorted(entries)
        self._sorted_keys = [e[0] for e in self._sorted]
        self._alias_ids: dict[str, set[str]] = defaultdict(set)
        for s, keys, _sur in self._index:
            for k in keys:
                self._alias_ids[k].add(s.id)
        self._surname_ids: dict[str, set[str]] = defaultdict(set)
        for s, _keys, sur in self._index:
            self._surname_ids[sur].add(s.id)
        self._buckets: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        full = {(k, s.id) for s, keys, _ in self._index for k in keys}
        for k, sid in self._sorted:
            if not k:
                continue
            is_full = (k, sid) in full
            self._buckets["^" + k[0]].append((k, sid, is_full))
            self._buckets["$" + k[-1]].append((k, sid, is_full))

    def match(self, text: str | None, limit: int = 25, *, quoted_only: bool = False) -> list[Speaker]:
        """Speakers for a question or an autocomplete prefix, best first.

        Exact names and aliases beat surnames, which beat titles, prefixes and
        typo-tolerant matches ("Medvedv"); equal scores go to the most quoted.
        """
        from difflib import SequenceMatcher

        q = fold(text or "").strip()
        q = re.sub(r"^(?:the|a|an)\s+", "", q)
        q = re.sub(r"'s?$", "", q).strip(" ?.!,")
        # "the NATO declaration", "the Kremlin's statement": the issuer speaks
        q = _DOC_SUFFIX.sub("", q) or q
        if not q:
            return [s for s in self._speakers if s.quotation_count > 0][:limit] or self._speakers[:limit]
        scores: dict[str, float] = {}

        def bump(sid: str, value: float) -> None:
            if value > scores.get(sid, 0.0):
                scores[sid] = value

        sid = self._keys.get(q)
        if sid:
            bump(sid, 1.0)
        for sid in self._alias_ids.get(q, ()):
            bump(sid, 1.0)
        for sid in self._surname_ids.get(q, ()):
            bump(sid, 0.95)
        heads = [w.rstrip(".") for w in _title_words(q) if w.rstrip(".") in ROLE_WORDS]
        if heads:
            wanted = _ROLE_SYNONYMS.get(heads[-1], {heads[-1]}) | {heads[-1]}
            if heads[-1] == "minister":
                wanted = wanted | {"premier"}
            cands = {t for w in wanted for t in self._titles_by_word.get(w, ())}
            for title, tsid in sorted(cands):
                sc = title_score(q, title)
                if sc >= 0.5:
                    bump(tsid, 0.6 + 0.3 * sc)
        if len(q) >= 2:
            lo = bisect.bisect_left(self._sorted_keys, q)
            for k, sid in self._sorted[lo:]:
                if not k.startswith(q):
                    break
                bump(sid, 0.7)
        if len(q) >= 4:
            single = " " not in q
            seen: set[tuple[str, str]] = set()
            lq = len(q)
            for bucket in ("^" + q[0], "$" + q[-1]):
                for k, sid, is_full in self._buckets.get(bucket, ()):
                    if not single and not is_full or (k, sid) in seen or scores.get(sid, 0.0) >= 0.95:
                        continue
                    lk = len(k)
                    if lk * 5 < lq * 4 - 1 or lq * 5 < lk * 4 - 1:
                        continue
                    seen.add((k, sid))
                    sm = SequenceMatcher(None, q, k)
                    if sm.real_quick_ratio() >= 0.8 and sm.quick_ratio() >= 0.8:
                        r = sm.ratio()
                        if r >= 0.8:
                            bump(sid, 0.85 * r)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -self._by_id[kv[0]].quotation_count,
                                                         self._by_id[kv[0]].name))
        found = [self._by_id[sid] for sid, _ in ranked]
        if quoted_only:
            found = [s for s in found if s.quotation_count > 0]
        return found[:limit]

    # -- storage ----------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps({
            "speakers": [s.model_dump(mode="json") for s in self._speakers],
            "keys": dict(sorted(self._keys.items())),
            "titles": [list(t) for t in self._titles],
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> SpeakerRegistry:
        data = json.loads(raw)
        speakers = [Speaker.model_validate(s) for s in data["speakers"]]
        return cls(speakers, dict(data["keys"]), [(t, sid) for t, sid in data["titles"]])


def attribute(registry: SpeakerRegistry, quotes: Iterable[Quotation]) -> list[Quotation]:
    """Quotations with their speakers mapped to canonical entities (``speaker_id`` set)."""
    out: list[Quotation] = []
    for q in quotes:
        person = registry.resolve(q.speaker) if q.speaker else None
        if person is None:
            out.append(q.model_copy(update={"speaker": None, "speaker_id": None}) if q.speaker else q)
        else:
            out.append(q.model_copy(update={"speaker": person.name, "speaker_id": person.id}))
    return out
