"""Names: the vocabulary of titles and roles, the one ``fold``, and splitting a capitalised run into title and name.

Everything that decides whether a run of capitals is a person, an organisation or
neither lives here, for one document (:mod:`index.extract.entities`), for the
quotation extractor (:mod:`index.extract.quotes`) and for the collection-wide
registry (:mod:`index.extract.registry`) alike.  The large patterns compile on
first use (:mod:`index.lazyre`): serving imports this module for ``fold``
and the titles, never for the patterns.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from index.extract.given_names import is_given_name
from index.lazyre import lazy

# ---------------------------------------------------------------------------
# Vocabulary

UPPER = "".join(re.escape(c) for c in map(chr, range(0x41, 0x250)) if c.isupper())
_LOWER = "".join(re.escape(c) for c in map(chr, range(0x61, 0x250)) if c.islower())

HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame lady lord prof professor rev sen senator rep gov baroness baron "
    "mr. mrs. ms. dr. prof. rev. sen. rep. gov. st. gen. gen".split()
)
# The honorifics without their dots, as a claimed speaker is folded to words ("Mr.", "Mr" → "mr").
HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in HONORIFICS)
# Abbreviated ranks and styles that stand before a name and name nobody ("Supt Deats", "Rt Hon", "Cllr Ames").
RANKS = frozenset("revd col capt supt insp det sgt cllr hon rt".split())
# The words of a police rank written short before a full name ("Det Con Simon Adeyemi", "Det Ch Insp Ann Lee",
# "PC Jo Hale"): the rank, never the name's first words
# ("Chief Constable Sarah Doyle", "Inspector Jo Hale": a rank written whole, before a given name and a surname; John
# Constable the painter has no name after it)
_RANK_TOKENS = (RANKS - {"hon", "rt"}) | frozenset({"con", "ch", "pc", "wpc", "constable", "inspector", "sergeant",
                                                    "superintendent"})
# How a person is addressed or ranked ("Mr", "Lord", "Supt"): never a name the sources index them by.
ADDRESS_WORDS = HONORIFIC_WORDS | RANKS
# Styles that stay part of how a person is named ("Lord Falconer", "Prince Charles"): never cut off as a descriptor.
KEPT_HONORIFICS = frozenset("sir dame lord lady baroness baron earl duke duchess prince princess king queen".split())
FEMALE_HONORIFICS = frozenset("mrs ms miss lady dame baroness mrs. ms.".split())

# Role nouns: a noun phrase whose head is one of these describes a person.
ROLE_WORDS = frozenset(
    """
    president vice-president premier chancellor minister secretary secretary-general chief head leader
    spokesman spokeswoman spokesperson envoy ambassador representative analyst official officer editor
    director chairman chairwoman chair executive ceo manager coach boss captain governor senator mayor
    king queen prince princess commander judge founder economist professor mp mep msp mla deputy adviser advisor
    general admiral marshal emperor pope bishop archbishop lawyer attorney prosecutor inspector constable sergeant detective
    superintendent commissioner diplomat negotiator striker midfielder defender goalkeeper player
    winger skipper owner president-elect singer star actor actress producer designer author writer
    presenter host founder partner strategist researcher scientist expert historian campaigner
    organiser organizer frontman frontwoman student vocalist
    athlete sprinter runner swimmer boxer golfer cyclist driver jockey batsman bowler fly-half scrum-half
    full-back flanker champion veteran teenager youngster musician rapper artist novelist poet
    journalist businessman businesswoman tycoon billionaire investor banker politician activist doctor
    backbencher frontbencher consultant lecturer referee umpire trainer chef magistrate coroner
    songwriter screenwriter scriptwriter playwright filmmaker film-maker footballer cricketer
    surgeon gp teacher pupil guitarist drummer comedian entrepreneur dj deejay vice-chairman vice-chancellor whip speaker treasurer controller governor-general
    pundit commentator columnist critic solicitor barrister nurse headteacher reporter correspondent trader broker
    composer lyricist farmer supremo mogul nominee newcomer
    wing prop forward keeper wicketkeeper quarterback
    cardinal priest vicar rabbi imam cleric chaplain
    """.split()
)
# People named only as many of a kind ("Witnesses have told the trial", "Residents said"): several people, never
# one person's or a body's name
PEOPLE_PLURALS = frozenset(
    """
    witnesses eyewitnesses residents locals neighbours neighbors onlookers bystanders passengers shoppers viewers
    fans supporters voters observers relatives families parents critics opponents protesters protestors
    demonstrators mourners survivors villagers worshippers commuters listeners readers consumers customers users
    motorists travellers travelers employees workers colleagues friends teammates rivals
    """.split()
)


def _plural(word: str) -> str:
    """A role noun's plural as English spells it ("bosses", "coaches", "deputies", "envoys"): the role words are
    a closed list, so the regular rules are enough."""
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


# A role's plural ("MPs", "officials", "chairmen", "bosses"): several people of a role, never one person's or a
# body's name
PLURAL_ROLES = frozenset(
    {_plural(w) for w in ROLE_WORDS if not w.endswith(("man", "woman"))}
    | {w[:-3] + "men" for w in ROLE_WORDS if w.endswith("man")}
)
# Several people of a kind, by role or otherwise: never one person's or a body's name, whatever the text capitalises
SEVERAL_PEOPLE = PLURAL_ROLES | PEOPLE_PLURALS
# Nouns for several people who speak or make things as one ("the band said", "the duo thanked …")
GROUP_NOUNS = frozenset("band duo trio quartet pair couple twins".split())
# people someone has, named by their relation ("Fletcher's daughter Jill", "his widow"): a person, never a title
KIN_WORDS = frozenset(
    "daughter son wife husband mother father brother sister widow widower fiancee fiance girlfriend boyfriend".split()
)
# The words for someone's relation to another person, kin first: "his son", "her friend", "their parents" (one list,
# read wherever a relation speaks or is described: the extractor's cues, its descriptions and the resolver)
RELATION_WORDS = KIN_WORDS | frozenset(
    """fiancé fiancée partner grandmother grandfather grandson granddaughter uncle aunt nephew niece cousin mum dad
    friend friends family relatives parents neighbour neighbours colleague colleagues successor predecessor team-mate
    teammate widower""".split()
)
# Those who speak for someone else, never as them: "his lawyer", "a spokesman for Ms Hale", "her agent"
REPRESENTATIVES = frozenset("""lawyer lawyers solicitor solicitors barrister barristers agent agents representative
representatives aide aides spokesman spokeswoman spokesperson""".split())
# Letters written after a person's name for an office or a rank (never part of the name)
POST_NOMINALS = frozenset("MP MEP MSP MLA QC KC OBE MBE CBE".split())
# Party labels news writes before a politician's name ("Lib Dem Norman Baker"): never part of the name
# (the plural a party's members go by too: "For the Tories Oliver Letwin said")
PARTY_LABELS = frozenset("lib dem dems labour tory tories conservative conservatives liberal liberals democrat democrats "
                         "democratic republican republicans unionist unionists".split())
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
# Heads of an office or a body, and the body's people: with a name or an organisation they say who someone is
# ("the Acro president"), alone they fit too many people to tell anyone apart (the quote checker's reading).
OFFICE_WORDS = frozenset(
    "chief head boss president minister secretary director chairman chairwoman leader manager executive "
    "economist representative member team staff".split()
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
    "newspaper magazine station".split()
)
ORG_SUFFIXES = frozenset(
    """
    party council commission guild alliance office ministry department association union bank group inc ltd plc corp
    corporation committee agency federation club united city fc institute foundation organisation
    organization court police army navy force forces assembly parliament government network news times
    post journal review university college school trust society service services board league
    airways airlines motors electric systems communications technologies media records studios entertainment
    pictures games electronics holdings partners capital securities fund exchange
    radio tv television magazine newspaper show channel festival awards prize cup league championship
    kremlin pentagon vatican whitehall congress senate commons
    centre center stadium theatre theater gallery museum hospital airport library
    research
    """.split()
)
# nouns that name a group though they do not end in "s": "police say …", "staff said …" report no one person, and
# "Staff said" at a sentence's start names nobody (the extractor, and the question reader's "what did police say")
COLLECTIVE_NOUNS = frozenset({"police", "staff", "people", "personnel", "clergy", "crew", "public", "management"})
PLACE_WORDS = frozenset(
    """
    street road avenue square war states kingdom republic union asia europe africa america ocean sea
    gulf river mountains island islands east west north south central middle coast valley bay
    """.split()
)
# Places news writes after "the" whose name holds none of PLACE_WORDS ("in the US", "in the Netherlands"); the
# acronyms would otherwise read as organisations
PLACES_AFTER_THE = frozenset(
    """
    US USA UK UAE DRC Netherlands Philippines Bahamas Gambia Congo Caribbean Balkans Americas Maldives
    Seychelles Arctic Antarctic Crimea
    """.split()
)
NON_NAME_FIRST = frozenset(
    """
    the a an and but or if in on at of for to from by with as when while after before since during
    this that these those there here it its his her their our my your we they he she i you
    however meanwhile yet so then also still despite although though because until unless
    later earlier now today yesterday tomorrow last next speaking asked instead indeed even just
    some many most other such every each no not why what who how where mostly only
    others everyone everybody someone somebody anyone anybody nobody none several few another neither either
    mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    """.split()
)
# Words that can open a capitalised run but never a person's name ("Two Ronnies", "Only Fools").
NOT_FIRST_NAME = frozenset("one two three four five six seven eight nine ten only new old top former ex all both every".split())
MONTHS = frozenset("january february march april may june july august september october november december".split())
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
    carly melania ivanka kellyanne huma donna debbie jill nikki jeanne jeanine megyn katrina hope kamala
    elise dana stephanie amber heather jessica lauren megan kristen ashley brittany danielle erin jennifer
    kimberly christie maggie molly olivia abigail hannah grace sue susanna janice marsha barbara
    loretta valerie debra cynthia gloria sheryl tammy tina wanda ruth marianne madeleine condoleezza
    """.split()
)
# Common male first names: "she said" must not land on a man whose title the text never gives.
MALE_FIRST = frozenset(
    """
    john james robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas
    zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
    austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan
    juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny ted jeb marco
    rand mitt barack bernie mike tony tom tim jim bill bob dick newt rick reince corey chuck
    harry mitch hank ben nick dan sam steve ken doug greg ron jeff joel ian gordon tony boris nigel
    vladimir dmitry anders sergei gerhard jacques nicolas francois silvio kofi
    """.split()
)
MALE_HONORIFICS = frozenset("mr sir lord mr. baron".split())
# The honorifics that tell a person's sex, without their dots (as ``HONORIFIC_WORDS``).
MALE_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in MALE_HONORIFICS)
FEMALE_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in FEMALE_HONORIFICS)
NATIONALITY_HINT = lazy(r"(?:an|ish|ese|ch|i|ic)$")

# One letter as a mis-decoded or escaped text writes it inside a name: UTF-8 read as Latin-1 ("PeÃ±a" for "Peña",
# "JesÃºs", also with the "Ã" decomposed) or an HTML character reference ("Jos&#233;"). Read as part of the word,
# the name stays whole ("Enrique PeÃ±a Nieto") instead of breaking at the odd character into a fragment
# ("Enrique PeÃ") and a stray surname; a combining accent of decomposed text ("Jose\u0301") is part of its letter.
# The plain letters stay one character class (the fast path of every name read); the odd letter is tried only where
# a run of them stops, and the word's last character is checked by looking back (a letter, or an odd one's end)
# rather than by giving characters back: on PolNeAR and 3,000 BBC articles the tokens are those of the plain
# pattern except where an odd letter now joins a word, and reading them is no slower.
_NAME_CHARS = rf"[{_LOWER}{UPPER}'’\-\u0300-\u036f]"
# (a reference only to a letter, "&#192;" … "&#599;" less "×" and "÷": "&#8212;" is a dash and "&#8217;" a quotation
# mark, which end a name, never go on with it: "Karl Holm&#8212;a critic" is Karl Holm)
_ENCODED_LETTER = (r"(?:(?<=[Ã\u0303])[\u0080-\u00bf]"
                   r"|&\#(?:19[2-9]|20\d|21[0-46-9]|2[23]\d|24[0-68-9]|2[5-9]\d|[345]\d\d);)")
_NAME_TOKEN = (
    rf"(?:(?:Mr|Mrs|Ms|Dr|St|Sen|Gen|Prof|Rev|Gov|Rep|Lt|Col|Capt|Sgt|Jr|Sr)\.|(?!(?:U\.S|U\.K|U\.N|E\.U)\.)(?:[{UPPER}]\.){{2,3}}(?=[ \u00a0](?:[{UPPER}]|[{_LOWER}]{{1,3}}[ \u00a0][{UPPER}]))|[{UPPER}]\."
    rf"|[{UPPER}](?={_NAME_CHARS}|&\#){_NAME_CHARS}*(?:{_ENCODED_LETTER}{_NAME_CHARS}*)*"
    rf"(?<=[{_LOWER}{UPPER};\u0080-\u00bf\u0300-\u036f])"
    rf"|[{UPPER}]&[{UPPER}]{{1,2}}\b"
    rf"|[{UPPER}](?![\w.&])"
    rf"|\d[{UPPER}][{_LOWER}]+)"
)
# the particles and first words of a place's or an event's name ("Stade de France", "Parc des Princes", "Tour de
# France"); a person's name holds the particle after a first name any list may lack ("Faf du Plessis", "Os du Randt")
_PLACE_PARTICLES = frozenset({"de", "des", "du"})
_PLACE_HEADS = frozenset("stade parc tour palais place gare rue banque musee hotel arc cote giro vuelta cirque circuit "
                         "champs route porte pont chateau ecole".split())
# the first words of football clubs' names that no person's name opens with ("Real Madrid", "Inter Milan", "Bayern
# Munich", "Sporting Lisbon"): without them a club two capitalised words long reads as a man "he said" goes on from
_CLUB_FIRST_WORDS = frozenset("real inter bayern borussia atletico athletico sporting dynamo dinamo olympique olympiakos "
                              "olympiacos deportivo partizan galatasaray fenerbahce besiktas feyenoord anderlecht "
                              "celta espanyol juventus lazio fiorentina sampdoria".split())
# The lower-case particles of surnames ("Bill de Blasio", "Ursula von der Leyen", "Erik ten Hag"): the one list
# every reader of a name's particles takes (the extractor, the claim reader).
SURNAME_PARTICLES = frozenset("de del della van von der den da di du la le bin al ibn dos das ter ten el".split())
# "Chung Mong-koo", "Roh Moo-hyun": a family name and a hyphened given name whose second syllable is in small letters,
# a person's name though a hyphen before small letters most often makes a phrase ("Election Run-up", "Canada-based")
HYPHENED_GIVEN = lazy(r"[A-Z][a-z]{1,6} [A-Z][a-z]{1,5}-(?!(?:up|ups|in|ins|out|outs|off|offs|on|ons|over|down|back|by|"
                      r"old|led|run|way|time|term|year|based|style|like|free|made|born|op|ops|fi|final|finals)\b)"
                      r"[a-z]{2,5}")
_PARTICLE = rf"(?:{'|'.join(sorted(SURNAME_PARTICLES))})"
# A run of capitalised words (and name particles), possibly with an honorific
# abbreviation such as "Mr." or an initial such as "W.".
# Bounded at eight tokens: no name is longer, and an unbounded run turns a page of capitals quadratic.
# A broadcaster's channel number belongs to its name ("Radio 1", "Channel 4"), and so does a year that ends a body's
# name before its verb ("Transport 2000 said": the campaign group, not a word "Transport").
CAP_SEQ = lazy(rf"(?<![\w'’\-]){_NAME_TOKEN}(?:[ \u00a0](?:(?:{_PARTICLE}|&)[ \u00a0])?{_NAME_TOKEN}){{0,7}}"
               r"(?:(?:(?<=Radio)|(?<=Channel))[ ]\d{1,2}(?![\w%/-]|[.,:]\d)"
               r"|(?<=[a-z])[ ](?:19|20)\d\d(?=[ ](?:said|says|has|have|had|is|was|will|added|warned)\b|$))?")
_TOKEN_SPLIT = lazy(r"[ \u00a0]+")
CAPW = rf"[{UPPER}][\w&'’\-]*"
# "Institute for Fiscal Studies", "Office of Fair Trading": organisation names with a small word inside,
# which a run of capitalised words cannot span.
_ORG_HEADS = (
    "Institute|Office|Association|Department|Ministry|Bank|Committee|Council|"
    "Commission|Federation|Union|Organisation|Organization|Society|Board|Court|Academy|Agency|Bureau|"
    "Centre|Center|School|University|Confederation|Chamber|Foundation|Fund|Museum|Campaign|Coalition|"
    "Summit|Forum|Conference|Assembly|Authority|Service|Trust|College|Guild"
)
# "Transport and General Workers' Union", "Food and Drink Federation": a trade union or a council is named so too
_AND_ORG_HEADS = ("Ministry|Department|Committee|Commission|Association|Agency|Authority|Office|Board|Federation|"
                  "Institute|Society|Bureau|Union|Council|Guild")
ORG_LONG = lazy(  # starts at a word start only: half the cost on long texts, the same matches
    rf"(?<![\w'’&\-])(?:(?:{CAPW}[ ]){{0,3}}(?:{_ORG_HEADS})s?"
    # ("Department for Culture, Media and Sport": a list of the matters it is for)
    rf"(?:[ ](?:for|of|on|against)(?:[ ]the)?[ ]{CAPW}(?:,[ ]{CAPW}(?=,|[ ]and[ ])){{0,3}}(?:[ ](?:and[ ])?{CAPW}){{0,3}}){{1,2}}"
    # "Finance and Economy Ministry", "Trade and Industry Committee": a small "and" inside the name
    # ("Culture, Media and Sport Committee": a list of them)
    rf"|{CAPW}(?:,[ ]{CAPW}){{0,3}}[ ](?:{CAPW}[ ])?and[ ](?:{CAPW}[ ]){{0,2}}(?:{_AND_ORG_HEADS})\b)"
)
# What every ORG_LONG match holds, one for each branch; both searches start with letters the engine can look
# for, where ORG_LONG (a look-behind first) is tried at every character.
_ORG_HEAD_OF = lazy(rf"(?:{_ORG_HEADS})s?[ ](?:for|of|on|against)[ ]")
_AND_ORG_HEAD = lazy(rf"[ ]and[ ](?:{CAPW}[ ]){{0,2}}(?:{_AND_ORG_HEADS})\b")


def _may_hold_org_long(text: str, pos: int, endpos: int) -> bool:
    return bool(_ORG_HEAD_OF.search(text, pos, endpos) or _AND_ORG_HEAD.search(text, pos, endpos))


def org_long_iter(text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
    """``ORG_LONG.finditer(text, pos, endpos)``, without trying it at every character of a text that holds none."""
    return ORG_LONG.finditer(text, pos, endpos) if _may_hold_org_long(text, pos, endpos) else iter(())


def org_long_search(text: str) -> re.Match[str] | None:
    """``ORG_LONG.search(text)``, as :func:`org_long_iter`."""
    return ORG_LONG.search(text) if _may_hold_org_long(text, 0, len(text)) else None
# Letters that NFKD does not decompose but users type without the accent; the curly apostrophe is a straight one.
_EXTRA_FOLDS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                              "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "’": "'"})


def word_alternation(words: list[str]) -> str:
    """A pattern matching what ``(?:w1|w2|…)`` of the escaped ``words`` matches, tried in the same order, written
    as a prefix tree: ``chair(?:|man|woman)`` for "chair", "chairman", "chairwoman".

    The regex engine tries an alternation one branch at a time, and in a case-insensitive one it cannot
    skip a branch by its first letter: the role nouns' 160 branches were tried in full at every word a
    description might hold. Branches that start with different letters never match at one place, so
    grouping them by first letter changes no match; within a group the words keep their order, so where
    two could match (one a prefix of the other) the same one is tried first.

    The same list is written out by three modules as they import (the role nouns, in one order), so each
    list's pattern is kept: every process that extracts builds it once.
    """
    return _word_alternation(tuple(words))


@lru_cache(maxsize=32)
def _word_alternation(words: tuple[str, ...]) -> str:
    return _prefix_tree(list(words))


def _prefix_tree(words: list[str]) -> str:
    if words == [""]:
        return ""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w[1:])
    alts = [re.escape(first) + _prefix_tree(rests) if first else "" for first, rests in groups.items()]
    return alts[0] if len(alts) == 1 and alts[0] else "(?:" + "|".join(alts) + ")"


@lru_cache(maxsize=100_000)
def fold(s: str) -> str:
    """Accent-free lower case, so "Radosław" matches "Radoslaw" and "Rühe" matches "Ruhe".

    The one fold of the project: the search index (:mod:`index.store.analysis`) and the speaker
    registry use it both, so a name that matches in one matches in the other.
    """
    if s.isascii():
        return s.lower()
    decomposed = unicodedata.normalize("NFKD", s.translate(_EXTRA_FOLDS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def spelling_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one typing slip: a letter doubled or undoubled ("Hassel"/"Hassell") or two
    adjacent letters swapped ("Jonhson"/"Johnson").

    Nothing looser: a letter added, dropped or changed otherwise is how real different surnames differ
    (Davis/Davies, Johnson/Johnston, Thomson/Thompson, Clark/Clarke), so a similarity score cannot tell a slip.
    """
    a, b = fold(a), fold(b)
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) != len(short) + 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    # the extra letter repeats its neighbour ("Hassel|l", "Mil|ler"), and the rest is the same
    return long_[:i] + long_[i + 1:] == short and (i > 0 and long_[i] == long_[i - 1]
                                                   or i + 1 < len(long_) and long_[i] == long_[i + 1])


@dataclass(frozen=True)
class NameParse:
    """A capitalised run split into its title part and the personal/organisation name."""

    title: str  # e.g. "NATO Secretary-General", "" when none
    name: str  # e.g. "Karl Holm Jensen"
    honorific: str  # "Mr" when the name came as "Mr Blair"
    kind: str  # person | organisation | other


def strip_possessive(tok: str) -> str:
    return re.sub(r"['’]s?$", "", tok)


def is_role(tok: str) -> bool:
    """A role noun, also hyphenated ("Under-Secretary", "Vice-President", "Co-founder")."""
    low = tok.lower().rstrip(".")
    return low in ROLE_WORDS or "-" in low and low.rsplit("-", 1)[1] in ROLE_WORDS


_INITIAL = lazy(r"[A-Z]\.")  # compiled on first use, like every other pattern here (index.lazyre)


# A local office ("Councillor Jo Hale", "Nottingham City Councillor Jo Hale"). Kept out of ROLE_WORDS (as a role word
# its titles would be given to whoever shares a surname); before a given name and a surname it is the title, not the
# name's first word, or "said City Councillor Jo Hale" names nobody and the quotation goes to a neighbour.
COUNCIL_TITLES = frozenset("councillor councilor councilman councilwoman".split())


# possessives that own nothing, being part of a name: "Nobody's Business", "People's Party", "Men's Health" (never
# "Russia's Ivan Sokolov", where the owner only modifies the name, nor "King's Counsel Ana Reyes", a title)
_NAMING_POSSESSIVES = frozenset("nobody everybody everyone anybody people children women men ladies citizens "
                                "workers".split())


# "The Referees' Association", "the Shopworkers' Guild": a body named with a plural possessive, which a run of
# capitals (CAP_SEQ) cannot span, so that the run after it would be the bare "Association"
PLURAL_POSSESSIVE_BODY = lazy(r"(?<![\w'’\-])(?:[A-Z][\w&\-]*[ ]){0,3}[A-Z][\w\-]*s['’][ ](?:[A-Z][\w&\-]*[ ]){0,2}"
                              r"(?P<last>[A-Z][a-z]+)\b(?!['’])")


def plural_possessive_bodies(text: str) -> Iterator[str]:
    """Every body's name written with a plural possessive in ``text`` ("Referees' Association")."""
    if "s' " not in text and "s’ " not in text:
        return  # most stories hold none: one scan for the mark, not the pattern tried at every capital
    for m in PLURAL_POSSESSIVE_BODY.finditer(text):
        if m.group("last").lower() in ORG_SUFFIXES:
            yield strip_article(m.group(0))


def plural_possessive_body(mention: str) -> str | None:
    """The body a whole mention names with a plural possessive ("The Grocers' Federation" -> "Grocers' Federation");
    ``None`` for any other mention."""
    m = PLURAL_POSSESSIVE_BODY.fullmatch(mention.strip(" ,"))
    return strip_article(m.group(0)) if m and m.group("last").lower() in ORG_SUFFIXES else None


def _owns_only_a_body_word(owner: str, rest: list[str]) -> bool:
    """Whether a plural possessive owns nothing but one word for a body ("The Performers' Guild", "Writers' Union"):
    the body is named with it, and cut from it the name would be the bare word "Guild"."""
    return re.search(r"s['’]$", owner) is not None and len(rest) == 1 and rest[0].lower() in ORG_SUFFIXES


def _rank_before_name(toks: list[str], i: int) -> bool:
    """Whether ``toks[i]`` is part of a police rank written short before a given name and a surname ("Det Con Simon
    Adeyemi", "PC Jo Hale"): never the first word of "Det Norske Veritas", "Hon Hai Precision" or "Con Mac Giolla"
    ("Con" and "Ch" only after another rank word)."""
    low = toks[i].lower().rstrip(".")
    if low not in _RANK_TOKENS or not toks[i][:1].isupper() or len(toks) - i < 3:
        return False
    if low in ("con", "ch") and (i == 0 or toks[i - 1].lower().rstrip(".") not in _RANK_TOKENS):
        return False
    j = i + 1
    while j < len(toks) and toks[j].lower().rstrip(".") in _RANK_TOKENS:
        j += 1
    return j < len(toks) - 1 and is_given_name(toks[j])


@lru_cache(maxsize=65536)
def parse_name(seq: str) -> NameParse:
    """Split "Russian Foreign Minister Oleg Petrov" into title and name, and guess the kind.

    A run counts as a person when, after the title, it has two or more name-like
    tokens or came with an honorific; acronyms and organisation suffixes make it
    an organisation.  Everything else (places, single words) is ``other`` and is
    only promoted to a person when the document also gives a full name ending in it.
    """
    toks = [t for t in _TOKEN_SPLIT.split(seq.strip()) if t]
    # "Russia's Ivan Sokolov", "CNN's Elise Labott": what precedes a possessive is a modifier.
    for i in range(len(toks) - 1, -1, -1):
        if re.search(r"['’]s?$", toks[i]) and i < len(toks) - 1 \
                and (re.sub(r"['’]s?$", "", toks[i]).lower() not in _NAMING_POSSESSIVES
                     or any(is_given_name(t) for t in toks[i + 1:])) \
                and not _owns_only_a_body_word(toks[i], toks[i + 1:]):  # "Children's Laureate Tom Hale" is a person
            toks = toks[i + 1 :]
            break
    if toks:
        toks[-1] = strip_possessive(toks[-1]) or toks[-1]
    # Drop sentence-initial function words ("But Hale", "The Kremlin").
    article = bool(toks) and toks[0].lower() in ("the", "a", "an")
    while toks and toks[0].lower() in NON_NAME_FIRST:
        toks = toks[1:]
    # "Defiant Matt Williams says …": a headline adjective opening the sentence describes the name
    if len(toks) >= 2 and _is_descriptive(toks[0]):
        toks = toks[1:]
    # "Speaking in Harrogate Mr Kennedy": what precedes an honorific is not part of the name
    for i in range(len(toks) - 2, 0, -1):
        if toks[i].lower() in HONORIFICS and not is_role(toks[i - 1]) and toks[i - 1].lower() not in TITLE_MODIFIERS:
            toks = toks[i:]
            break
    if not toks:
        return NameParse("", "", "", "other")
    last_title = -1
    for i, t in enumerate(toks[:-1]):
        low = t.lower().rstrip(".")
        if is_role(t) or low in TITLE_MODIFIERS and i + 1 < len(toks) and is_role(toks[i + 1]) \
                or _rank_before_name(toks, i) \
                or low in COUNCIL_TITLES and t[:1].isupper() and i + 2 < len(toks) and is_given_name(toks[i + 1]):
            last_title = i
    honorific = ""
    title_toks = toks[: last_title + 1]
    rest = toks[last_title + 1 :]
    if rest and rest[0].lower() in HONORIFICS and len(rest) > 1:
        honorific = rest[0].rstrip(".")
        rest = rest[1:]
        if rest[0] == "Justice" and len(rest) > 2:
            # "Mr Justice A.B. Collins", "Mrs Justice Ann Hale": a High Court judge's style, not a given name
            title_toks.append(rest[0])
            rest = rest[1:]
    name_toks = rest
    # An acronym at the front of the remaining name is a title modifier
    # ("NATO Ivan Sokolov" after "the Russian envoy to"); before a body's own name it is part of that name ("UK
    # Independence Party", "UK Border Agency" are never the "Independence Party" or the "Border Agency")
    while len(name_toks) > 2 and (name_toks[0].isupper() and len(name_toks[0]) > 1) \
            and strip_possessive(name_toks[-1]).lower() not in ORG_SUFFIXES:
        title_toks.append(name_toks[0])
        name_toks = name_toks[1:]
    # "Lib Dem Norman Baker", "Tory Michael Howard": a party before a person's name is a label, not the name; before
    # anything but a given name it is the organisation's own ("Republican National Convention", "Labour Party")
    labels = 0
    while len(name_toks) - labels > 2 and name_toks[labels].lower() in PARTY_LABELS:
        labels += 1
    if labels and _person_after_label(name_toks[labels:]) \
            and strip_possessive(name_toks[-1]).lower() not in ORG_SUFFIXES:
        title_toks.extend(name_toks[:labels])
        name_toks = name_toks[labels:]
    # "Andrew Tyrie MP", "Jane Hale QC": a post-nominal after a person's name says what they are, it is not the name
    while len(name_toks) > 2 and name_toks[-1] in POST_NOMINALS:
        name_toks = name_toks[:-1]
    name = " ".join(name_toks)
    title = " ".join(title_toks)
    if not name_toks:
        return NameParse(title, "", honorific, "other")
    lows = [strip_possessive(t).lower().rstrip(".") for t in name_toks]
    if any(t.isupper() and len(t) > 1 and not t.endswith(".") for t in name_toks) or lows[-1] in ORG_SUFFIXES \
            or name_toks[-1].isdigit() or "&" in name_toks \
            or len(name_toks) > 1 and re.search(r"['’]s?$", name_toks[0]) is not None \
            and re.sub(r"['’]s?$", "", name_toks[0]).lower() in _NAMING_POSSESSIVES:
        # ("Radio 1", "Channel 4": a broadcaster; "Women's Aid": no person's name opens on "Women's")
        kind = "organisation"  # an acronym anywhere ("NATO", "BBC Two") or an organisation suffix
        joined = len(title_toks)
        while joined and title_toks[joined - 1][:1].isupper() and not title_toks[joined - 1].isupper():
            joined -= 1
        if joined < len(title_toks) and not honorific and len(name_toks) == 1 and lows[-1] in ORG_SUFFIXES:
            # "General Electric", "General Motors": a capitalised title word right before one body word is part of
            # the body's name ("General" is no rank of a firm called "Electric")
            name, title = " ".join(title_toks[joined:] + name_toks), " ".join(title_toks[:joined])
    elif lows[-1] in PLACE_WORDS or lows[0] in COMPASS or lows[0] in NOT_FIRST_NAME or any(
        # a middle initial ("James A. Baker", "Harry I. Reid") is a letter, not the word "a" or "I"
        w in NON_NAME_FIRST and w not in MONTHS and not _INITIAL.fullmatch(t) for t, w in zip(name_toks[1:], lows[1:], strict=True)
    ) and not _weekday_surname(name_toks, lows):
        kind = "other"
    elif (all(w in ROLE_WORDS or w in TITLE_MODIFIERS for w in lows) or lows[-1] in ROLE_WORDS) \
            and not _given_name_first(name_toks, lows):
        kind = "other"  # "High Commissioner": a name never ends in a role noun, unless a given name opens it
    elif article and not title_toks and not honorific:
        kind = "organisation"  # "The Catholic Church", "The Streets": an article never opens a person's name
    elif not title_toks and not honorific and len(name_toks) == 3 and lows[1] in _PLACE_PARTICLES \
            and lows[0] in _PLACE_HEADS:
        kind = "other"  # "Stade de France", "Tour de France", "Parc des Princes": a place's or an event's name
    elif not title_toks and not honorific and len(name_toks) >= 2 and lows[0] in _CLUB_FIRST_WORDS:
        kind = "organisation"  # "Real Betis", "Inter Milan", "Bayern Munich": a club, whose name reads as a person's
    elif honorific or (title_toks and len(name_toks) <= 4):
        kind = "person"
    elif 2 <= len(name_toks) <= 4:
        kind = "person"
    else:
        kind = "other"
    return NameParse(title, name, honorific, kind)


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _weekday_surname(name_toks: list[str], lows: list[str]) -> bool:
    """"coach Mike Friday": a weekday after a known given name, the two words alone, is a surname. A longer run
    ("Jo Hale Friday", US news's "said Friday") keeps the weekday out of the name."""
    return len(name_toks) == 2 and lows[1] in _WEEKDAYS and is_given_name(name_toks[0])


def _person_after_label(rest: list[str]) -> bool:
    """Whether the words after a party label are a person's name: a given name opens them ("Norman Baker"), or
    they are a title and such a name ("Rep. Lee Zeldin"). "National Convention", "Party Conference" are not."""
    if is_given_name(rest[0]):
        return True
    p = parse_name(" ".join(rest))
    return bool((p.title or p.honorific) and p.name) and is_given_name(p.name.split()[0])


def _given_name_first(toks: list[str], lows: list[str]) -> bool:
    """'Paul King', 'Simon Champion': a given name before a surname that is also a role noun makes a person.

    The given name must not be a role or title word itself ("General Secretary", "Vice Chairman")."""
    return len(toks) >= 2 and lows[0] not in ROLE_WORDS and lows[0] not in TITLE_MODIFIERS \
        and lows[-1] in _SURNAME_ROLES and is_given_name(toks[0]) and toks[-1][:1].isupper()


# role nouns that are common surnames too ("Paul King", "Simon Champion"); offices such as "Minister" are not
_SURNAME_ROLES = frozenset(
    "king champion bishop marshall marshal judge major dean pope mayor sheriff page baker cook porter mason butler "
    "steward knight clerk chamberlain master abbott prior deacon sergeant constable warden chancellor prince duke "
    "earl baron lord queen coach keeper chief".split()
)


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
    """Whether a capitalised token describes the name after it (an adjective, "Runner-up"), not part of it."""
    low = tok.lower()
    return low in _DESCRIPTIVE or low.endswith(("-born", "-based", "-year-old")) or bool(_HYPHENED_PHRASE.fullmatch(tok))


# "Man-of-the-match Stephen Jones", "Runner-up Jo Hale": a capitalised compound whose later pieces are lower case and
# hold a little word is a phrase describing the name (a hyphened given name capitalises its pieces: "Jean-Paul")
_HYPHENED_PHRASE = lazy(r"[A-Z][a-z]+(?:-[a-z]+)*-(?:of|the|in|up|for|at|on|to)(?:-[a-z]+)*")


_ARTICLE_BEFORE = lazy(r"(?<![\w'’])(?:the|The|a|an)[ \t]$")


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

ROLE_SYNONYMS = {
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


TITLE_STOP = frozenset(("the", "a", "an", "s", "of", "to", "for", "at", "in"))
# Words that name the same thing in titles: "the Tory leader" is "Conservative leader Michael Howard".
_TITLE_SYNONYMS = {"tory": "conservative", "tories": "conservative", "lib": "liberal", "labour's": "labour",
                   "us": "american", "u.s.": "american", "uk": "british", "britain's": "british"}


@lru_cache(maxsize=65536)
def title_words(title: str) -> list[str]:
    return [w for w in re.split(r"[\s']+", fold(title).replace("secretary general", "secretary-general")) if w]


def _same_stem(a: str, b: str) -> bool:
    """Nationality and country: "russian"/"russia", "pakistani"/"pakistan", "american"/"america"."""
    return len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5] and abs(len(a) - len(b)) <= 2


@lru_cache(maxsize=65536)
def _title_terms(text: str) -> tuple[str, ...]:
    """The words of a title or mention that must agree, synonyms unified (cached: one mention meets every title)."""
    return tuple(_TITLE_SYNONYMS.get(w, w) for w in title_words(text) if w not in TITLE_STOP)


def _head(terms: tuple[str, ...]) -> str | None:
    """A mention's head role noun: its last role word ("chief" in "the alliance chief")."""
    heads = [w for w in terms if w.rstrip(".") in ROLE_WORDS]
    return heads[-1] if heads else None


def title_head_words(mention: str) -> frozenset[str]:
    """The words of which a title must hold one for :func:`title_score` to score ``mention`` above 0:
    its head role noun and the head's synonyms; none when it has no head (every title then scores 0).
    So a speaker registry compares a mention only with the titles that hold one of them."""
    head = _head(_title_terms(mention))
    if head is None:
        return frozenset()
    words = {head, *ROLE_SYNONYMS.get(head, {head})}
    if head == "minister":
        words.add("premier")
    return frozenset(words)


def title_terms(title: str) -> tuple[str, ...]:
    """The words of a title that :func:`title_score` compares (stop words out, synonyms unified)."""
    return _title_terms(title)


# title words that make the role another office than the bare role: "the chancellor" is not the shadow chancellor
ANOTHER_OFFICE = frozenset(("shadow", "deputy", "vice", "former", "assistant", "junior"))


def other_office_word(words: list[str], title: set[str], modifiers: frozenset[str] | set[str] = TITLE_MODIFIERS) -> bool:
    """Whether a word between the description's determiner and its last role noun is one that may sit inside a
    title (``modifiers``, by default TITLE_MODIFIERS: deputy, shadow, vice, acting, former …) and the title lacks: it
    names another office ("the deputy prime minister" is not the holder of "Prime Minister")."""
    heads = [i for i, w in enumerate(words) if w.strip(".,") in ROLE_WORDS]
    return bool(heads) and any(w.strip(".,") in modifiers and w.strip(".,") not in title
                               for w in words[:heads[-1]])


# a country's acronym written before a body's name ("the US Pew Research Center", "the UK Independence Party")
COUNTRY_ACRONYMS = frozenset({"UK", "US", "USA", "EU", "GB"})


def country_placed(acronym: str, name: str, text: str) -> bool:
    """Whether a country's acronym before a body's ``name`` only says where the body is: the text also writes the
    name without it ("the US Pew Research Center … According to Pew Research"); "UK Independence Party", never
    written without its acronym, keeps it as part of the name."""
    if acronym not in COUNTRY_ACRONYMS or not name:
        return False
    first = name.split()[0]
    return re.search(rf"(?<!{re.escape(acronym)} )\b{re.escape(first)}\b", text) is not None


def title_qualifies_office(title: str, mention: str) -> bool:
    """Whether a title qualifies its role by a word (ANOTHER_OFFICE: shadow, deputy, vice, former …) the mention
    lacks: "Deputy Prime Minister Jo Hale" and "former chancellor Ann Berg" hold another office than "the prime
    minister" or "the chancellor" names, so neither is its holder ("Labour leader Ann Kerr" still is "the leader":
    a party, a department or a team only says which leader)."""
    return other_office_word(fold(title).split(), set(fold(mention).split()), ANOTHER_OFFICE)


def title_score(mention: str, title: str) -> float:
    """How well a descriptive mention ("the alliance chief") fits a known title ("NATO Secretary-General").

    The head role noun must agree (allowing synonyms such as chief/head/secretary-general);
    every other word the mention uses must appear in the title.
    """
    m = _title_terms(mention)
    t = _title_terms(title)
    if not m or not t:
        return 0.0
    head = _head(m)
    if head is None:
        return 0.0
    ok = ROLE_SYNONYMS.get(head, {head})
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


# The nouns (and adjectives used as nouns) for a person of a nation, region or city: "the Dane said", "the Scot
# added", "the Argentine said" speak of the person the text is about, never of someone called "Dane" (none of
# NATIONALITIES, which the resolver reads its own way)
DEMONYMS = frozenset(
    """
    dane scot swede finn pole briton brit spaniard turk croat serb czech slovak slovene swiss norwegian icelander
    dutchman dutchwoman irishman irishwoman englishman englishwoman frenchman frenchwoman welshman welshwoman
    scotsman scotswoman kiwi aussie argentine argentinian brazilian portuguese belgian austrian hungarian romanian
    bulgarian nigerian kenyan ethiopian jamaican mexican chilean colombian uruguayan peruvian venezuelan egyptian
    moroccan tunisian algerian ghanaian zimbabwean zambian cameroonian ivorian senegalese estonian latvian
    lithuanian belarusian serbian croatian bosnian albanian cypriot maltese catalan basque cornishman geordie
    scouser yorkshireman ulsterman texan californian new-yorker parisian londoner muscovite glaswegian dubliner
    mancunian liverpudlian bavarian sicilian neapolitan andalusian finnish danish slovakian slovenian armenian
    azerbaijani kazakh uzbek mongolian thai vietnamese filipino indonesian malaysian singaporean taiwanese
    bangladeshi sri-lankan nepalese jordanian lebanese saudi kuwaiti qatari emirati yemeni omani libyan sudanese
    somali ugandan tanzanian rwandan angolan
    """.split()
)


def strip_article(name: str) -> str:
    return re.sub(r"^(?:The|A|An)[ ]+", "", name)


def unique_role_holder(titles: list[tuple[str, str]], mention: str) -> str | None:
    """The one person whose titles share the mention's head role ("the Pakistani president" -> the only president).

    A description whose modifiers the document never attaches to a title
    still points to someone when only one person holds that role there.
    """
    mw = title_words(mention)
    heads = [w.rstrip(".") for w in mw if w.rstrip(".") in ROLE_WORDS]
    if not heads:
        return None
    ok = ROLE_SYNONYMS.get(heads[-1], {heads[-1]}) | {heads[-1]}
    # proper-noun modifiers must agree ("the Two Ronnies star" is not "Only Fools and Horses star X");
    # nationality adjectives may be new ("the Pakistani president" for "President Musharraf")
    proper = [fold(w) for w in mention.split()[1:] if w[:1].isupper() and not NATIONALITY_HINT.search(w)
              and fold(w).rstrip(".") not in ROLE_WORDS]
    # a portfolio must agree too: "Scotland's justice minister" is not the only other minister, the first minister
    mine = mw[mw.index(heads[-1]) - 1] if mw.index(heads[-1]) > 0 else ""
    holders: set[str] = set()
    for title, name in titles:
        tw = title_words(title)
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
