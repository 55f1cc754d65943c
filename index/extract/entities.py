"""The people, titles and organisations one document names (its entity table).

Built once per document (and cached per text): the quotation extractor resolves
"Mr Blair" and "the alliance chief" against it, and the collection-wide registry
merges the tables of every document.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from index.extract.bounds import extraction_text
from index.extract.given_names import given_name_gender, is_given_name
from index.extract.lexicon import alternation
from index.extract.names import (
    CAP_SEQ,
    CAPW,
    COUNTRY_ACRONYMS,
    DEMONYMS,
    FEMALE_FIRST,
    FEMALE_HONORIFICS,
    HONORIFICS,
    HYPHENED_GIVEN,
    KIN_WORDS,
    MALE_FIRST,
    MALE_HONORIFICS,
    NATIONALITIES,
    NATIONALITY_HINT,
    NON_NAME_FIRST,
    NOT_FIRST_NAME,
    ORG_SUFFIXES,
    ROLE_WORDS,
    SEVERAL_PEOPLE,
    TITLE_MODIFIERS,
    TITLE_STOP,
    UPPER,
    country_placed,
    fold,
    is_role,
    org_long_iter,
    parse_name,
    plural_possessive_bodies,
    spelling_slip,
    strip_article,
    strip_possessive,
    thing_after_article,
    word_alternation,
)
from index.extract.textmemo import TextMemo, finditer_from
from index.extract.windows import is_long, windows
from index.lazyre import lazy
from index.models import Document, Span

_ORG_INTRO = lazy(  # ("film-maker George Lucas", "policy-maker Jo Hale": a person; "car-maker Renault": a firm)
    r"\b(?:firm|company|group|giant|(?<!film-)(?<!movie-)(?<!programme-)(?<!documentary-)(?<!policy-)(?<!decision-)"
    r"(?<!peace-)(?<!trouble-)(?<!match-)(?<!film)maker|bank|operator|carrier|airline|retailer|broadcaster|agency|watchdog|"
    r"regulator|network|website|association|union|charity|exchange|manufacturer|insurer|lender|chain|"
    r"supermarket|label|publisher|developer|studio|newspaper|magazine|organisation|organization|consultancy|"
    r"think-tank|thinktank|[Ss]hares[ \t]+in"
    # a club after the league or country that places it ("Mexican outfit X", "Premiership side X"): never "the other
    # side Tom Hale", "the club Tom Hale joined", where a person follows a common noun
    r"|(?!(?:The|A|An|This|That|His|Her|Its|Their|Our|My|One|Each|Either|Other)\b)[A-Z][\w'’\-]*[ \t]+"
    rf"(?:outfit|side|club))[ \t]+(?P<org>{CAPW}(?:[ ]{CAPW}){{0,3}})"
)
# a work the text introduces by its kind ("launch title Project Rub", "the film Ray"): a thing, never a person
_WORK_INTRO = lazy(
    rf"\b(?:title|film|movie|album|novel|book|game|video[ \t]+game|programme|sitcom|musical|opera|"
    rf"documentary)[ \t]+(?P<work>{CAPW}(?:[ ]{CAPW}){{0,3}})"
)
_ACRONYM_DEF = lazy(rf"(?P<long>{CAPW}(?:[ ](?:of[ ]|for[ ]|and[ ])?{CAPW}){{1,6}})[ \t]*\((?P<acr>[{UPPER}]{{2,8}})\)")
_ORG_SUBJECT = lazy(
    rf"(?P<org>{CAPW})[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+)?(?:{alternation('org')})\b"
)



_APPOS_AFTER = lazy(
    rf"(?P<name>{CAP_SEQ.pattern}),\s+(?P<desc>(?:the|a|an|[{UPPER}][\w.\-]*['’]s)\s+[^,;:.()]{{3,120}}?)"
    rf"(?=\s*(?:,|;|\.(?:\s|$)|\)|$))"
)
_APPOS_BEFORE = lazy(
    rf"(?P<desc>\b(?:the|The)[ \t]+(?:[{UPPER}][\w'’\-]*[ \t]+)*(?:[\w'’\-]+[ \t]+){{0,3}}?(?i:{word_alternation(sorted(ROLE_WORDS))})"
    rf"(?:[ \t]+(?:of|to|for|at)[ \t]+(?:the[ \t]+)?[{UPPER}][\w'’\-]*(?:[ \t]+[{UPPER}][\w'’\-]*)*?)?),?[ \t]+(?P<name>{CAP_SEQ.pattern})"
)
_DOTLESS_INITIALS = lazy(r"(?<![\w'’&.\-])[A-Z]{2}[ \t]+(?P<surname>[A-Z][a-z][\w\-]*)(?=['’]s\b|(?![\w'’\-]|[ \t]+[A-Z]))")


_DOTLESS_TRIES = 32


@functools.lru_cache(maxsize=256)
def _surname_as_person(surname: str) -> re.Pattern[str]:
    """The surname alone as a person's: after an honorific, or as the subject or object of a speech verb."""
    s = re.escape(surname)
    return re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+{s}\b|(?<![A-Z][ \t])(?<![A-Z]{{2}}[ \t]){s}[ \t]+"
                      rf"(?:said|says|told|tells|added|adds|wrote|writes|insisted|explained|admitted)\b"
                      rf"|\b(?:said|says|added|told)[ \t]+{s}\b")


_NOT_A_JOINER = frozenset("He She It They We I The A An This That But And Then".split())
# "Parry joined Liverpool as chief executive in July 1998", "Hale rejoined the BBC as its director of news": the
# office a person took at a body, told by the verb that says they took it (the title read is "Liverpool as chief
# executive", the body and the role)
_JOINED_AS = lazy(
    rf"(?<![\w'’\-])(?P<name>[{UPPER}][\w'’\-]+(?:[ \t]+[{UPPER}][\w'’\-]+){{0,2}})[ \t]+(?:has[ \t]+|had[ \t]+)?"
    rf"(?:joined|rejoined|returned[ \t]+to|was[ \t]+appointed[ \t]+by)[ \t]+(?:the[ \t]+)?(?P<desc>[{UPPER}][\w&'’\-]*"
    rf"(?:[ \t]+[{UPPER}][\w&'’\-]*){{0,3}}[ \t]+as[ \t]+(?:(?:its|their|the)[ \t]+)?"
    rf"(?:(?!(?:a|an|under|alongside|with|for|at|of|in|on|to|by|from|after|before|and)\b)[a-z][\w\-]*[ \t]+){{0,2}}"
    rf"(?i:{word_alternation(sorted(ROLE_WORDS))}))(?![\w\-])(?![ \t]+[{UPPER}])"
)
_LOWER_ROLE_BEFORE = lazy(  # (?:X\s+){1,3} written X\s+(?:X\s+){0,2}: the same matches, found from the capitals only
    rf"(?P<desc>[{UPPER}][\w'’\-]*\s+(?:[{UPPER}][\w'’\-]*\s+){{0,2}}(?:(?:{'|'.join(sorted(TITLE_MODIFIERS))})\s+)?"
    rf"{word_alternation(sorted(ROLE_WORDS))})\s+(?P<name>{CAP_SEQ.pattern})"
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
    things: set[str] = field(default_factory=set)  # works the text introduces by their kind ("the film Ray")

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
            elif first in MALE_FIRST:
                self.male.add(name)
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

    def shared_given_name(self, name: str) -> bool:
        """Whether a one-word name is a given name two people of the document bear (no full name it stands for)."""
        return " " not in name.strip() and self.first_names.get(fold(name)) == ""

    def is_person(self, name: str) -> bool:
        key = fold(name)
        return key in self.persons or " " not in key and (key in self.single_persons or bool(self.first_names.get(key)))

    def with_surname(self, surname: str) -> list[str]:
        """The full names whose last word is ``surname``, in the table's order (the caller must not change it).

        Indexed once per finished table (the last one asked about), not read name by name per question: a long
        text's table holds hundreds of names, and the quotation extractor asks once per quotation.
        """
        global _surnames
        ents, count, index = _surnames  # one read of the triple: another thread may replace it
        if ents is not self or count != len(self.full_names):
            index = {}
            for n in self.full_names:
                index.setdefault(n.split()[-1], []).append(n)
            _surnames = (self, len(self.full_names), index)
        return index.get(surname, [])

    def namesakes(self, surname: str, lowered: frozenset[str] | set[str] = frozenset(), text: str = "") -> list[str]:
        """The full names of the document with this surname that are people of their own.

        Not a word glued to the surname that the text also writes in lower case ("Does Rubio"), nor an initial
        ("S Jones" in a team list), nor a "name" the text never writes as one (the end of one sentence and the
        start of the next, "… Mr Hellewell. Evans has …"), nor a longer form of another ("Broadcaster Chris Evans"
        is Chris Evans): none makes a second person the bare surname could mean.
        """
        named = [n for n in self.with_surname(surname) if n.split()[0].lower() not in lowered
                 and len(n.split()[0].rstrip(".")) > 1 and (not text or _written_as_name(n, text))]
        return [n for n in named if not any(n.endswith(" " + m) for m in named)]


_surnames: tuple[DocEntities | None, int, dict[str, list[str]]] = (None, 0, {})  # DocEntities.with_surname's index


def _written_as_name(name: str, text: str) -> bool:
    """Does ``text`` write ``name`` with its words in a row (asked once per name and text: ``TextMemo``; tried only
    where the text writes its first word)?"""
    words = name.split()
    return _WRITTEN.get(name, text, lambda: next(finditer_from(
        re.compile(r"\b" + r"[ \t]+".join(map(re.escape, words)) + r"\b"), text, words[0]), None) is not None)


_WRITTEN = TextMemo()
_WORDS = lazy(r"\w+")


def _plausible_person(name: str, words: Counter) -> bool:
    """Reject capitalised runs that are headings or phrases ("Russian Concerns", "Mutual Relations").

    A surname that the same document also writes in lower case more often than
    capitalised is an ordinary word, and a nationality adjective is not a first name.
    """
    toks = name.split()
    if fold(toks[0]) in NATIONALITIES or (re.search(r"-[a-z]", name) and not HYPHENED_GIVEN.fullmatch(name)):
        return False
    last = strip_possessive(toks[-1])
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
    return _cached(_ENTS_CACHE, doc, _window_entities if is_long(doc) else _doc_entities)


def _window_entities(doc: Document) -> DocEntities:
    """A very long document's table: its windows' tables merged (see :mod:`index.extract.windows`)."""
    merged = DocEntities()
    names: set[str] = set()
    for _offset, window in windows(doc):
        ents = doc_entities(window)
        for name in ents.full_names:
            if name not in names:
                names.add(name)
                merged.full_names.append(name)
        for key, name in ents.persons.items():
            merged.persons.setdefault(key, name)
        for first, name in ents.first_names.items():
            merged.first_names[first] = name if merged.first_names.get(first, name) == name else ""
        merged.titles.extend(ents.titles)
        merged.female |= ents.female
        merged.male |= ents.male
        merged.orgs |= ents.orgs
        merged.single_persons |= ents.single_persons
        merged.things |= ents.things
    return merged


_last_runs: tuple[str, list[tuple[int, str]]] = ("", [])  # the last text's capitalised runs


def _cap_runs(text: str) -> list[tuple[int, str]]:
    """``(start, run)`` of every :data:`CAP_SEQ` match in ``text``.

    The entity table and the descriptions both read a document's runs of capitals, one
    right after the other, so the last text's runs are kept (for that very string object).
    """
    global _last_runs
    kept, runs = _last_runs  # one read of the pair: another thread's build may replace it between two
    if text is not kept:
        runs = [(m.start(), m.group(0)) for m in CAP_SEQ.finditer(text)]
        _last_runs = (text, runs)
    return runs


def _doc_entities(doc: Document) -> DocEntities:
    ents = DocEntities()
    text = extraction_text(doc.text)
    words = Counter(_WORDS.findall(text))
    places: set[str] = set()  # runs ending in a continent: "Lycos Europe" is a body when "Lycos" proves to be one
    for at, run in _cap_runs(text):
        label = _RESIDENT_LABEL.match(run)
        if label is not None and is_given_name(run[label.end():].partition(" ")[0]):
            at, run = at + label.end(), run[label.end():]
        if (body := body_before_name(run)) is not None:
            ents.orgs.add(body)  # "Chairman of the Environmental Audit Committee Peter Ainsworth MP, said"
            at, run = at + len(body) + 1, run[len(body) + 1 :]
        p = parse_name(run)
        last = run.rpartition(" ")[2].lower()
        if p.kind != "person" and last in _REGIONS:
            places.add(run)
        if last in SEVERAL_PEOPLE:
            continue  # "Labour MPs", "Opposition MSPs", "Witnesses": members of a body, never one person or a body's name
        if p.kind == "person" and thing_after_article(p, run, text, at) and not office_ends_before(p.name, text, at):
            continue
        if p.kind == "person" and PLACE_AFTER.match(text, at + len(run)):
            continue  # a place named after someone is nobody
        person = _after_label_word(p.name, text, at, words) if p.kind == "person" and not p.honorific else None
        if p.kind == "person" and not (person and _plausible_person(person, words)) \
                and not _plausible_person(p.name, words):
            continue
        if person:
            ents.add_person(person, p.title)
            ents.persons.setdefault(fold(p.name), ents.full_name(person))  # the run as written reads as them
        elif p.kind == "person":
            ents.add_person(p.name, p.title, p.honorific)
        elif p.kind == "organisation":
            ents.orgs.add(p.name)
    for m in _NICKNAMED.finditer(text):
        if is_given_name(m.group("first")):
            # 'Jimmy "the Whirlwind" White': a nickname in quotation marks between a given name and a surname
            ents.add_person(f"{m.group('first')} {m.group('last')}")
    _merge_descriptor_forms(ents, text)
    tried: set[str] = set()
    for m in _DOTLESS_INITIALS.finditer(text):
        # "JK Rowling … Rowling said", "RJ Baines … Mr Baines": two capitals without their stops before a surname the
        # text also gives alone as a person's (a speaker, or after an honorific) are initials, not a body's acronym
        # ("SK Telecom", "JP Morgan" never speak by their second word alone); each surname is looked for once, and a
        # text of capitals is not searched over and over (at most _DOTLESS_TRIES surnames)
        surname = m.group("surname")
        if surname in tried or len(tried) >= _DOTLESS_TRIES:
            continue
        tried.add(surname)
        if fold(surname) not in ents.persons and _surname_as_person(surname).search(text):
            ents.add_person(m.group(0))
            ents.orgs.discard(m.group(0))
    for name, span in find_descriptions(doc):
        desc = text[span.start : span.end]
        title = desc.replace(name, "").strip(" ,")  # re.sub(re.escape(name), "", desc) without a pattern per name
        ents.titles.append((fold(title), ents.full_name(name)))
    # organisations the text introduces as such ("oil firm Yukos", "... Association (IATA)", "Sony said")
    for m in org_long_iter(text):
        ents.orgs.add(strip_article(m.group(0)))
    for m in _ORG_INTRO.finditer(text):
        p = parse_name(m.group("org"))
        if p.name and len(p.name.split()) == 3 and ents.persons.get(fold(p.name), p.name) != p.name:
            ents.orgs.add(p.name.split()[0])  # "the union Unison Dave Prentis": the body is the first word only
        elif p.name and not p.title and not p.honorific:
            ents.orgs.add(p.name)  # "shares in Deutsche Boerse": an organisation, whatever its name looks like
    for m in _WORK_INTRO.finditer(text):
        p = parse_name(m.group("work"))
        if p.name and not p.title and not p.honorific and not (" " not in p.name and ents.is_person(p.name)) \
                and not (" " in p.name and is_given_name(p.name.split()[0])):
            # (one word the text names a person by is that person: "a game Federer won"; a given name and a
            # surname are the person the sentence goes on to name: "In his new book Tom Hale argues …")
            ents.things.add(p.name)
    for m in _ACRONYM_DEF.finditer(text):
        ents.orgs.add(m.group("acr"))
        ents.orgs.add(strip_article(m.group("long")))
    letters = _by_letters(ents.full_names)
    owners: dict[str, str] | None = None  # surname -> the possessive owner it belongs to, read on first use
    for m in _ORG_SUBJECT.finditer(text):
        org = m.group("org")
        low = org.lower()
        if not ents.is_person(org):
            owners = _possessive_owners(text, words) if owners is None else owners
            if org in owners and owners[org] not in ents.orgs:
                ents.add_person(owners[org])  # "Clint Eastwood's Million Dollar Baby … Eastwood said": that person
                continue
        if _named_person_after(text, m.start()):
            continue  # "Fletcher's daughter Jill said", "striker Drogba said": a person called by one name
        if (low not in NON_NAME_FIRST and low not in NOT_FIRST_NAME and not ents.is_person(org)
                and low not in NATIONALITIES
                and fold(org) not in ents.first_names and low not in HONORIFICS and len(org) > 1
                and not _misspelt_surname(org, ents, letters) and low not in SEVERAL_PEOPLE):
            ents.orgs.add(org)
    # "Lycos Europe's campaign … Lycos has shut it down": a body the text knows, then a continent, is that body's
    # regional arm, a body too (not a place), so "it said" can go on from it
    ents.orgs |= {run for run in places if run.rpartition(" ")[0] in ents.orgs}
    _infer_women(ents, text)
    _kin_gender(ents, text)
    for body in [o for o in ents.orgs if o.split()[0] in COUNTRY_ACRONYMS and len(o.split()) > 2]:
        acronym, rest = body.split(" ", 1)
        if country_placed(acronym, rest, text):  # "the US Pew Research Center … Pew Research"
            ents.orgs.discard(body)
            ents.orgs.add(rest)
    for body in plural_possessive_bodies(text):
        # "the Referees' Association": the whole name, where the runs hold "Referees" and "Association" apart
        ents.orgs.add(body)
        ents.orgs.discard(body.split()[-1])
    return ents


_REGIONS = frozenset({"europe", "asia", "africa", "america", "americas", "pacific"})


_OWNER_THEN_NAME = lazy(rf"(?P<owner>{CAPW}[ ]{CAPW})['’]s?[ \t]+[{UPPER}]")


_ORG_NOUN_BEFORE = lazy(r"\b(?:union|firm|company|group|party|charity|agency|network|club|bank|body)[ \t]+$")
# "Chief Secretary to the Treasury Paul Boateng", "Minister for the Arts Estelle Morris": a role's office ends in the
# capital word glued before the name
_OFFICE_BEFORE = lazy(rf"(?i:{word_alternation(sorted(ROLE_WORDS))})[ \t]+(?:to|of|for|at)[ \t]+(?:the[ \t]+)?$")


def office_ends_before(name: str, text: str, at: int) -> bool:
    """Whether the run at ``at`` opens with the last word of a role's office ("… to the Treasury Paul Boateng")."""
    toks = name.split()
    return len(toks) >= 3 and not is_given_name(toks[0]) and is_given_name(toks[1]) \
        and _OFFICE_BEFORE.search(text, max(0, at - 40), at) is not None


# a word for what someone does or is ("Shopper", "Contestant", "Developer", "Trustee"), and a given name's initials
_AGENT_NOUN = lazy(r"[A-Z][a-z]{3,}(?:er|or|ant|ent|ist|ee)")
_INITIALS = lazy(r"(?:[A-Z]\.){1,3}")
_HYPHENED_DESCRIPTOR = lazy(r"[A-Z][a-z]+-[a-z]+")  # "Top-seeded", "Left-handed": no name is written so
# "London's King Cross station", "the Mandela Road": capitals before a place's noun name the place, not a person
PLACE_AFTER = lazy(r"[ \t]+(?:station|airport|stadium|street|road|square|bridge|avenue|terminal|racecourse)(?![\w\-])")
# "New Yorker Dick Morris", "New Zealander Graham Henry": a "New …er" word labels the name after it (read whole, the
# run is no person and "Morris said" never reaches the full name)
_RESIDENT_LABEL = lazy(r"New[ ][A-Z][a-z]+ers?[ ](?=[A-Z])")


# the last words of a body whose members or officers speak ("… Committee", "… Alliance"); not a building's, a prize's
# or an event's ("the Brenton Hospital Grace Ward", "the Royal Society Tom Bray Medal" name a ward and a medal)
_BODIES_OF_PEOPLE = ORG_SUFFIXES & frozenset(
    "party council commission guild alliance office ministry department association union group committee agency "
    "federation institute foundation organisation organization assembly parliament board league trust society "
    "congress senate".split())


def body_before_name(run: str) -> str | None:
    """The body's name a run of capitals opens with, where a person's given name and surname follow it ("the
    Environmental Audit Committee Peter Ainsworth", "the Countryside Alliance Simon Hart"): read whole, the run is no
    one, and neither the body nor the person ("Ainsworth said") is found. The body needs two words and a noun for a
    body of people (``_BODIES_OF_PEOPLE``: "Committee", "Alliance"); the person a known given name and a surname, or
    letters after them ("Peter Ainsworth MP"), or a surname no given name shares after two given names: in "the
    Supreme Court Justice Sonia Sotomayor" "Justice" is a title, not the given name."""
    toks = run.split()
    for i in range(len(toks) - 3, 0, -1):
        if toks[i].lower() in _BODIES_OF_PEOPLE and is_given_name(toks[i + 1]) and not is_role(toks[i + 1]) \
                and (len(toks) - i - 1 == 2 or len(toks) - i - 1 == 3
                     and (toks[-1].isupper() or not is_given_name(toks[i + 2]))) \
                and parse_name(" ".join(toks[i + 1 :])).kind == "person":
            return " ".join(toks[: i + 1])
    return None


_MAN_ENDINGS = ("man", "woman", "men", "women")


def _nationality_word(word: str) -> bool:
    """A nationality the list knows, or its man or woman ("Welshman", "Frenchwoman"): only such a word labels a name
    whose surname is a given name too (the ending hint of :func:`_demonym` takes "Rishi" or "Khan" for a label)."""
    low = fold(word)
    return low in NATIONALITIES or any(low.endswith(e) and low[: -len(e)] in NATIONALITIES for e in _MAN_ENDINGS)


def _demonym(word: str) -> bool:
    """A nationality as a label, plural too: "Americans Andy Roddick and Andre Agassi" names two Americans; a noun for
    a person of a nation too ("fellow Spaniard Guillermo Garcia-Lopez", "Swede Joachim Johansson")."""
    if fold(word) in NATIONALITIES or fold(word) in DEMONYMS or NATIONALITY_HINT.search(word):
        return True
    single = word[:-1]
    return word.endswith("s") and len(single) > 3 and not is_given_name(single) \
        and (fold(single) in NATIONALITIES or NATIONALITY_HINT.search(single) is not None)


def _after_label_word(name: str, text: str, at: int, words: Counter) -> str | None:
    """"the public services union Unison Dave Prentis", "Chief of Staff Denis McDonough", "fellow American Robby
    Ginepri", "Goalscorer Jimmy Floyd Hasselbaink added": one capitalised word that is no given name, glued before a
    given name and a surname, labels the person (a nationality, a body's name after the noun that introduces it, a
    common word the text also writes in lower case, or a descriptor only ever glued at a sentence's opening in the
    body); the person is the words after it (``None``: the run is the name as it stands). A headline's title-case
    run is not read so: there a capitalised first word is as often a verb ("… Praises Jo Hale") as a label.

    Without it the labelled run is either no person at all (a nationality never opens a name) or a person of its
    own, and "Ginepri said" or "Mr Crosby said" cannot reach the full name the article gives once."""
    toks = name.split()
    if len(toks) >= 4 and _HYPHENED_DESCRIPTOR.fullmatch(toks[0]) and _demonym(toks[1]) and is_given_name(toks[2]) \
            and not is_given_name(toks[-1]):
        return " ".join(toks[2:])  # "Top-seeded Americans Andy Roddick and …": two label words before the name
    if len(toks) >= 3 and _HYPHENED_DESCRIPTOR.fullmatch(toks[0]) and is_given_name(toks[1]):
        return " ".join(toks[1:])  # "Oscar-winner Andrea Arnold … Arnold said": the surname a given name too
    if len(toks) < 3 or not toks[0].isalpha() or is_given_name(toks[0]) \
            or is_given_name(toks[-1]) and not (_AGENT_NOUN.fullmatch(toks[0]) or _nationality_word(toks[0])):
        # ("Shopper Dev Anand", "Contestant Ellie Brand": a word for what someone does labels a name whose surname is
        # a given name too)
        return None
    if not (is_given_name(toks[1]) or _INITIALS.fullmatch(toks[1])):  # ("Vet D.J. Ambrose")
        # a first name the given-name list does not know ("Australian Lynton Crosby"): only a nationality labels it,
        # and only when the text also names the person by the surname alone ("Mr Crosby said")
        rest = " ".join(toks[1:])
        alone = re.compile(rf"(?<!{re.escape(toks[-2])}[ \t])\b{re.escape(toks[-1])}\b")
        if _demonym(toks[0]) and parse_name(rest).kind == "person" \
                and next(finditer_from(alone, text, toks[-1]), None) is not None:
            return rest
        return None
    if _demonym(toks[0]) or words[toks[0].lower()] or office_ends_before(name, text, at) \
            or _ORG_NOUN_BEFORE.search(text, max(0, at - 12), at) \
            or at > text.find("\n") and glued_descriptor(toks[0], toks[1], text):
        return " ".join(toks[1:])
    return None


def _possessive_owners(text: str, words: Counter) -> dict[str, str]:
    """Surname -> full name of each given name and surname that own a capitalised thing ("Clint Eastwood's Million
    Dollar Baby"): the run of capitals hides that person (its name is read after the possessive). Only where the
    surname alone speaks as if it were a body ("Eastwood said") is the owner taken for a person, so a firm written so
    ("Morgan Stanley's chief economist") is not, as it is rarely called by its second word alone."""
    out: dict[str, str] = {}
    for _, run in _cap_runs(text):
        m = _OWNER_THEN_NAME.match(run)
        if m is None:
            continue
        owner = m.group("owner")
        first, surname = owner.split()
        if (is_given_name(first) and parse_name(owner).kind == "person" and _plausible_person(owner, words)
                and _surname_reads_as_person(surname, text)):
            out.setdefault(surname, owner)
    return out


_BODY_NOUN = lazy(r"\b[Tt]he[ \t]+(?:[a-z]+[ \t]+)?(?:company|firm|group|team|maker|makers|chain|club|brand|business|"
                  r"label|studio|studios|publisher|retailer|airline|bank|carmaker|giant|side|empire|manufacturer)\b")


def _surname_reads_as_person(surname: str, text: str) -> bool:
    """A firm is often named after its founder ("Enzo Ferrari's Maranello factory … Ferrari said", "Michael Dell's
    Texas company … Dell said"): the surname speaking alone is the firm there. Only where the text itself treats the
    surname as a person ("Mr Eastwood", "Eastwood took his second Oscar", "Pullman, who …") and never as a body
    ("the team said", "the company added", "Kellogg has raised its prices", "Ferrari said it would") is the owner
    taken for the one who speaks."""
    if _BODY_NOUN.search(text):
        return False
    name = re.escape(surname)
    if (re.search(rf"\b{name}\b[^.!?\n\"“”,;]{{0,60}}?\b(?:its|our)\b", text)
            or re.search(rf"\b{name}[ \t]+(?:said|says|added|insisted|argued)[ \t]+(?:that[ \t]+)?(?:it|we)\b", text)):
        return False
    return bool(re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?[ \t]+{name}\b", text)
                or re.search(rf"\b{name},?[ \t]+who\b", text)
                or re.search(rf"\b{name}\b[^.!?\n\"“”]{{0,60}}?\b(?:he|she|his|her|him|himself|herself)\b", text))


def _misspelt_surname(word: str, ents: DocEntities, letters: dict[frozenset[str], list[str]] | None = None) -> bool:
    """'Hassel says' in a story about Brian Hassell: one capitalised word that is one typing slip (a letter doubled or
    undoubled, two letters swapped: :func:`spelling_slip`) from the surname of exactly one person the document names
    is that person misspelt, not an organisation speaking.

    Only a word with a capital alone (not an acronym), and only one such person: two are no guess. A looser
    likeness is no slip: Davis is not Ray Davies, Johnson not Boris Johnston.
    """
    if word.isupper() or len(word) < 4:
        return False
    # a slip keeps the letters a word is written with, so only the surnames of the same letters are compared
    names = ents.full_names if letters is None else letters.get(frozenset(fold(word)), ())
    near = {n for n in names if spelling_slip(word, n.split()[-1])}
    return len(near) == 1


def _by_letters(full_names: list[str]) -> dict[frozenset[str], list[str]]:
    """The full names by the set of letters of their folded surname (:func:`_misspelt_surname`'s index: compared
    with every name of the document, each capitalised word that speaks made a long text's table quadratic)."""
    out: dict[frozenset[str], list[str]] = {}
    for n in full_names:
        out.setdefault(frozenset(fold(n.split()[-1])), []).append(n)
    return out


def written_apart(first: str, surname: str, text: str) -> bool:
    """Whether the text writes ``first`` without ``surname`` after it: then it is a name of its own, not a descriptor.

    "Khizr and Ghazala Khan … Khizr Khan, 66, said": a given name the given-name list does not know, which the
    article writes on its own, is Khizr Khan's and never Ghazala Khan's; "Matchwinner" is only ever glued.
    """
    if not text:
        return False
    apart = re.compile(rf"\b{re.escape(first)}\b(?![ \t]+{re.escape(surname)}\b)")
    return next(finditer_from(apart, text, first), None) is not None  # tried where the text writes ``first``


def glued_descriptor(first: str, surname: str, text: str) -> bool:
    """Whether ``first`` before ``surname`` reads as a descriptor glued to it ("Matchwinner Keane", "Mogul Wilson"),
    not a given name the given-name list does not know ("Chidubem Okafor", "Tejinder Kaur").

    A descriptor is a common word, capitalised only where every word may be: the text never writes it on its own
    (:func:`written_apart`), and each "first surname" it writes is in the headline (the first line, often in title
    case: "Republican Donor Adelson …") or opens a line or a sentence. A given
    name is written mid-sentence too ("his brother Chidubem Okafor", "Siobhan and Tejinder Kaur"). Without the
    text, nothing tells them apart and the descriptor reading stands (as before).
    """
    if not text:
        return True
    return _GLUED.get((first, surname), text, lambda: _glued(first, surname, text))


# The last text's answers: the extractor asks about a pair for every mention, and reading the whole text (a window
# of a long file) per question cost a long file its length once per mention.
_GLUED = TextMemo()


def _glued(first: str, surname: str, text: str) -> bool:
    # every search below is tried only where the text writes ``first`` (found by ``str.find``): a long text is
    # read in C once per pair, not by a pattern at every position, nor split into all its words
    if _WORDS.fullmatch(first) is None:  # "O'Neil", "Jean-Paul": not one run of word characters
        if written_apart(first, surname, text):
            return False
        pair = re.compile(rf"\b{re.escape(first)}[ \t]+{re.escape(surname)}\b")
        starts = [m.start() for m in finditer_from(pair, text, first)]
    else:  # where the text writes ``first`` as a whole word (one of its \w+ runs)
        after = re.compile(rf"[ \t]+{re.escape(surname)}\b")
        starts = []
        for m in finditer_from(re.compile(rf"\b{re.escape(first)}\b"), text, first):
            if after.match(text, m.end()) is None:
                return False  # written apart
            starts.append(m.start())
    headline = text.find("\n")
    return all(at < headline or _opens_sentence(text, at) for at in starts)


_SENTENCE_GAP = " \t\"“”'‘’("


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens a line or a sentence (quotation marks and brackets aside).

    Reads back only over the marks and blanks before ``at``, never copying the text before it."""
    i = at
    while i > 0 and text[i - 1] in _SENTENCE_GAP:
        i -= 1
    return i == 0 or text[i - 1] in ".!?:\n"


def _merge_descriptor_forms(ents: DocEntities, text: str) -> None:
    """'Mogul Wilson' (a headline) beside 'Tony Wilson': a two-word "name" whose first word is no given name,
    when the document names exactly one person of that surname with a given name, is that person described.

    Without this the surname is shared by two "people" and "Wilson said" cannot be expanded to the full name; a
    descriptor glued to a surname ("Faultless Federer", "Matchwinner Keane") is a headline's or a sentence's
    opening word, never a second person of the same family (two given names are two people: both stay).
    """
    by_surname: dict[str, list[str]] = {}
    for name in ents.full_names:
        by_surname.setdefault(fold(name.split()[-1]), []).append(name)
    for key, group in by_surname.items():
        given = [n for n in group if is_given_name(n.split()[0])]
        if len(group) < 2 or len(given) != 1:
            continue
        person = given[0]
        for name in group:
            toks = name.split()
            if name == person or len(toks) != 2 or is_given_name(toks[0]) or not glued_descriptor(*toks, text):
                continue  # a first word the text writes on its own or mid-sentence is a name, not a descriptor
            ents.full_names.remove(name)
            ents.persons[fold(name)] = person
            if ents.first_names.get(fold(toks[0])) == name:
                del ents.first_names[fold(toks[0])]
        ents.persons[key] = person


_NICKNAMED = lazy(
    r"(?<![\w'’\-])(?P<first>[A-Z][a-z]+)[ \t]+[\"“'‘](?:the[ \t]+)?[A-Z][^\"“”'‘’\n]{0,30}[\"”'’][ \t]+"
    r"(?P<last>[A-Z][\w'’\-]+)\b"
)
_NOUN_BEFORE = lazy(r"([a-z][\w\-]*)[ \t]+$")


# Role nouns that a firm fills as often as a person: "its partner Vodafone said", "joint venture partner Sony"
_ROLES_FIRMS_FILL = frozenset({"partner"})


def _named_person_after(text: str, at: int) -> bool:
    """Whether the word before ``at`` is a kin or role noun, so the capitalised word at ``at`` names a person.

    Not after a role that firms fill too (:data:`_ROLES_FIRMS_FILL`): "its partner Vodafone said" names a firm,
    which must stay an organisation.
    """
    m = _NOUN_BEFORE.search(text, max(0, at - 30), at)
    return bool(m) and (m.group(1) in KIN_WORDS or m.group(1) in ROLE_WORDS and m.group(1) not in _ROLES_FIRMS_FILL)


_SHE = lazy(r"\b(?:her|herself)\b", re.IGNORECASE)  # not "she": "Praising Celtic …, she said"
_HE = lazy(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)
_ROLE_THEN_NAME = lazy(
    rf"[ \t]+(?:[a-z\-]+[ \t]+){{0,2}}?{word_alternation(sorted(ROLE_WORDS, key=lambda w: (len(w), w), reverse=True))}[ \t]+[{UPPER}]"
)
_SAYS = lazy(rf"\b(?:{alternation('about')})\b")
_FEMALE_ROLES = frozenset(
    "actress spokeswoman chairwoman businesswoman frontwoman sportswoman congresswoman queen princess duchess "
    "countess empress waitress heiress hostess".split()
)


# "her husband, Milton Berg", "his wife, ex-model Sandra", "Fletcher's daughter Jill": a kin noun says the gender of
# the person it introduces
_KIN_MALE = frozenset("husband son father brother boyfriend grandson grandfather uncle nephew".split())
_KIN_FEMALE = frozenset("wife daughter mother sister girlfriend granddaughter grandmother aunt niece widow".split())
_KIN_NAME = lazy(rf"\b(?:[Hh]er|[Hh]is|[{UPPER}][\w'’\-]*['’]s?)[ \t]+(?:[a-z][\w\-]*[ \t]+)?"
                 rf"(?P<kin>{'|'.join(sorted(_KIN_MALE | _KIN_FEMALE))}),?(?:[ \t]+[a-z][\w\-]*)?,?[ \t]+"
                 rf"(?P<name>[{UPPER}][\w'’\-]*(?:[ ][{UPPER}][\w'’\-]*)*)")


def _written_before(full: str, text: str, at: int, firsts: dict[str, int]) -> bool:
    """Whether the text writes the whole name anywhere before ``at``, or its surname in the 300 characters before
    (the family a kin noun belongs to: "Tom Varos spoke. … his son Ben"), each as a whole word. ``firsts`` keeps
    where each whole name is first written, searched once per name (a long text holds many kin phrases)."""
    if full not in firsts:
        hit = re.search(rf"(?<![\w'’\-]){re.escape(full)}(?![\w'’\-])", text)
        firsts[full] = hit.start() if hit else len(text)
    surname = re.escape(full.split()[-1])
    return firsts[full] < at \
        or re.search(rf"(?<![\w'’\-]){surname}(?![\w'’\-])", text[max(at - 300, 0) : at]) is not None


def _kin_gender(ents: DocEntities, text: str) -> None:
    """'Along with her husband, Milton Berg, she …', 'his wife, ex-model Sandra': the kin noun gives the person's
    gender, so "she" never resolves to the husband, and a given name it introduces alone is a person ("Sandra")
    whom "she" may reach. Only names the document takes for people, or a lone given name; a gender the name
    already has stays."""
    firsts: dict[str, int] = {}
    for m in _KIN_NAME.finditer(text):
        raw = m.group("name")
        if " " not in raw and not ents.is_person(raw) and is_given_name(raw):
            ents.single_persons.add(fold(raw))
        elif " " not in raw and (full := ents.first_names.get(fold(raw))) \
                and not _written_before(full, text, m.start(), firsts):
            # 'introduced by his son Nick, a trainee vicar' in a text that also quotes "politics student Nick
            # Vaughan": the kin is someone of the family named before, not the one other Nick, so the lone given name
            # no longer stands for the full name; a person of its own whom a "he" may reach (and whom the extractor
            # names nobody by: two people answer to it, DocEntities.shared_given_name)
            ents.first_names[fold(raw)] = ""
            ents.single_persons.add(fold(raw))
            continue
        if not ents.is_person(raw):
            continue
        name = ents.full_name(raw)
        if name not in ents.female and name not in ents.male:
            (ents.male if m.group("kin") in _KIN_MALE else ents.female).add(name)


def _infer_women(ents: DocEntities, text: str) -> None:
    """Women the text marks as such, though their first name is not in :data:`FEMALE_FIRST`.

    "She said:" must find "Imelda Staunton, who …, told … the highlight of
    her career" rather than a man named further back.  The sentence that
    first names a person uses "her/herself" and no "he/his" about anyone, or the
    person is given a female role noun ("actress Cate Blanchett").  Men are
    not inferred the same way: an unknown gender fits either pronoun, which
    is the safe default.
    """
    first = _first_occurrences(text, ents.full_names)
    for name in ents.full_names:
        if name in ents.female or name in ents.male or "." in name:
            continue  # "Malcolm X. Attallah Shabazz": a run across a sentence break is no one's name
        if given_name_gender(name.split()[0]) == "male":
            # "Wendover, collecting the prize from last year's winner, Tomasz Rell, dedicated it to her crew": a man
            # by every list's given name is not whom "her" is about (the sentence's subject is)
            continue
        at = first.get(name, -1)
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


_CAPITAL_AT = lazy(rf"(?=([{UPPER}][\w'’\-]*))")
_HEAD_WORD = lazy(rf"[{UPPER}][\w'’\-]*")


def _first_occurrences(text: str, names: list[str]) -> dict[str, int]:
    """``text.find(name)`` for every name, in one pass over the text instead of one pass per name.

    A long file names thousands of people; searching it once per name made its
    build quadratic. Names start with a capital, so only the positions of capitals
    are tried, each against the names that start with the word found there.
    """
    by_first: dict[str, list[str]] = {}
    first: dict[str, int] = {}
    for name in dict.fromkeys(names):
        head = name.split(" ", 1)[0]
        if " " not in name or not _HEAD_WORD.fullmatch(head):
            first[name] = text.find(name)  # rare shapes: the plain search, exact by definition
        else:
            by_first.setdefault(head, []).append(name)
    for m in _CAPITAL_AT.finditer(text):
        for name in by_first.get(m.group(1), ()):
            if name not in first and text.startswith(name, m.start()):
                first[name] = m.start()
    return first


def _body_name_goes_on(desc: str, between: str, name: str) -> bool:
    """Whether a one-word "name" right after a description's "of the Catholic" (no comma between) is the last word of
    the body it names ("the head of the Catholic Church"), not a person the description introduces."""
    return " " not in name and "," not in between and _OF_A_BODY.search(desc) is not None


_OF_A_BODY = lazy(rf"\b(?:of|for|at|to)[ \t]+(?:the[ \t]+)?[{UPPER}]")
_COORDINATED_TITLE = lazy(rf"[ \t]and[ \t]+(?=[{UPPER}])")
_BOTH_BEFORE = lazy(r"\b[Bb]oth[ \t]+$")


def _second_person_at(desc: str, text: str, at: int) -> int:
    """Where the title of the person named starts when a description coordinates two people's ("Both the bishop and
    Mayor Jo Kessler": "Mayor" is Kessler's, the bishop is someone else): after the "and" that opens a capitalised
    title, when "both" comes before or the role before "and" is written in lower case; else 0 (the whole
    description is the person's: "the chairman and chief executive Jo Hale" holds both roles)."""
    found = list(_COORDINATED_TITLE.finditer(desc))
    if not found:
        return 0
    m = found[-1]
    before = desc[: m.start()].split()
    if not any(is_role(w.strip(",.")) for w in before):
        return 0
    both = _BOTH_BEFORE.search(text, max(0, at - 12), at) is not None
    lower_role = any(is_role(w.strip(",.")) and w[:1].islower() for w in before)
    return m.end() if both or lower_role else 0


def _title_phrase(desc: str) -> bool:
    """Reject a clause posing as a title: "the Pakistani president met Prime Minister" has a verb after its role."""
    words = desc.split()
    roles = [i for i, w in enumerate(words) if is_role(w.strip(",."))]
    if not roles:
        return True
    for w in words[roles[0] + 1 :]:
        low = w.lower().strip(",.")
        if not (w[:1].isupper() or is_role(low) or low in TITLE_MODIFIERS or low in TITLE_STOP or low == "and"):
            return False
    return True


_DESC_CACHE: dict[tuple[str, int], list[tuple[str, Span]]] = {}


def find_descriptions(doc: Document) -> list[tuple[str, Span]]:
    """Cached :func:`_find_descriptions`: the build asks once for the entity table and once for "who is" records."""
    return list(_cached(_DESC_CACHE, doc, _window_descriptions if is_long(doc) else _find_descriptions))


def _window_descriptions(doc: Document) -> list[tuple[str, Span]]:
    """A very long document's descriptions, found window by window, at the document's offsets."""
    return [(name, Span(start=span.start + offset, end=span.end + offset))
            for offset, window in windows(doc) for name, span in find_descriptions(window)]


def _find_descriptions(doc: Document) -> list[tuple[str, Span]]:
    """(person name as written, span of the descriptive phrase naming them) pairs.

    Covers "Ivan Sokolov, the Russian envoy to NATO", "the Polish Foreign
    Minister, Radosław Sikorski", "Ruslan Pukhov, a leading Russian defense
    analyst and the director of ..." and title-before-name runs such as "Russian
    Foreign Minister Oleg Petrov"; used to answer "who is X" and to learn titles.
    """
    out: list[tuple[str, Span]] = []
    seen: set[tuple[int, int]] = set()
    text = extraction_text(doc.text)

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
                if _body_name_goes_on(m.group("desc"), text[m.end("desc") : m.start("name")], p.name):
                    continue  # "The head of the Catholic Church": the capitals go on naming the body, not a person
                desc_start = m.start("desc") + _second_person_at(m.group("desc"), text, m.start("desc"))
                add(p.name, Span(start=desc_start, end=name_start + len(p.name)))
        for m in _JOINED_AS.finditer(text):
            p = parse_name(m.group("name"))
            if p.kind == "organisation" or not p.name or p.name.isupper() or p.name.split()[0] in _NOT_A_JOINER:
                continue
            add(p.name, Span(start=m.start("desc"), end=m.end("desc")))
        for at, run in _cap_runs(text):
            p = parse_name(run)
            if p.kind == "person" and p.title and any(is_role(t) for t in p.title.split()) \
                    and not PLACE_AFTER.match(text, at + len(run)):
                start = at + run.find(p.title.split()[0])
                add(p.name, Span(start=start, end=at + run.find(p.name) + len(p.name)))
    except Exception:  # bad input never raises  # noqa: BLE001
        return out
    out.sort(key=lambda x: x[1].start)
    return out


# ---------------------------------------------------------------------------
