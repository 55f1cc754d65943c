"""Turning a speaking mention ("he", "the alliance chief", "Mr Blair") into the fullest name the document gives."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from index.extract.entities import DocEntities, body_before_name, office_ends_before
from index.extract.given_names import given_name_gender, is_given_name
from index.extract.irregular import lemma_of
from index.extract.lexicon import alternation
from index.extract.names import (
    ADDRESS_WORDS,
    ANOTHER_OFFICE,
    CAP_SEQ,
    COLLECTIVE_NOUNS,
    COUNCIL_TITLES,
    DEMONYMS,
    DOCUMENT_NOUNS,
    GENERIC_ROLES,
    KIN_WORDS,
    MONTHS,
    NATIONALITIES,
    NATIONALITY_HINT,
    NON_NAME_FIRST,
    NOT_FIRST_NAME,
    OFFICE_WORDS,
    ORG_LONG,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTY_LABELS,
    PLACE_WORDS,
    PLACES_AFTER_THE,
    RELATION_WORDS,
    ROLE_WORDS,
    SEVERAL_PEOPLE,
    TITLE_MODIFIERS,
    fold,
    org_long_iter,
    org_long_search,
    other_office_word,
    parse_name,
    plural_possessive_body,
    strip_article,
    strip_possessive,
    thing_after_article,
    title_qualifies_office,
    title_score,
    unique_role_holder,
    word_alternation,
)
from index.extract.quotes.patterns import (
    _ANY_WORD,
    _ARTICLE_FIRST,
    _ARTICLE_OR_BARE,
    _BARE_REPORT,
    _CLAUSE_TAIL,
    _DOC_AUTHOR,
    _END_REPORT,
    _EPITHET_IN,
    _GROUP_INTRO,
    _HEAD_NOUNS,
    _INDEFINITE,
    _INITIAL_THEN_NAME,
    _LAST_WORD,
    _MODIFIER_OF_NAME,
    _MODIFIES_NOUN,
    _NAMED_AFTER,
    _ORG_NOUN_NAME,
    _PLACE_ADJECTIVE,
    _POSSESSIVE_DETERMINERS,
    _POSSESSIVE_S,
    _PREP_BEFORE,
    _PREPOSITIONS,
    _PRONOUN_RX,
    _PRONOUN_SPEAKS,
    _PUNCT,
    _ROLE_OFFICE,
    _SPEECH_AFTER,
    _SPEECH_BEFORE,
    _SUES,
    _TIME_WORD,
    _WINDOW,
    AUXILIARY,
    COUNTRY_EPITHET,
    DESCRIPTION_RX,
    EPITHET_RX,
    FRONTED_OPENER,
    GROUP_RX,
    LEADING_ARTICLE,
    PERSON_ROLE_ALT,
    QUANTIFIERS,
    UNNAMED_SPOKESPERSON,
    VERB,
    lead_verbs,
)
from index.extract.quotes.plausible import NameContext, is_first_name
from index.extract.sentences import split_sentences
from index.extract.words import has_word
from index.lazyre import lazy
from index.models import Document

_WHOLE_WORD = lazy(r"\w+")



def _whole_word_counts(text: str, words: list[str]) -> dict[str, int]:
    """``len(re.findall(rf"\\b{re.escape(w)}\\b", text))`` for every word, in one pass over the text.

    One search of the whole text per name made a long file's build quadratic.
    Words of letters and digits are counted as the text's tokens; a word like
    "O'Brien" is tried only where its first part ("O") stands as a token.
    """
    counts = Counter(_WHOLE_WORD.findall(text))
    out = {w: counts[w] for w in words if _WHOLE_WORD.fullmatch(w)}
    odd = {w: _WHOLE_WORD.match(w) for w in words if w not in out}
    leads = {m.group() for m in odd.values() if m}
    at: dict[str, list[int]] = {}
    if leads:
        for m in _WHOLE_WORD.finditer(text):
            if m.group() in leads:
                at.setdefault(m.group(), []).append(m.start())
    for w, lead in odd.items():
        if lead is None:  # does not start with a letter: the plain search
            out[w] = len(re.findall(rf"\b{re.escape(w)}\b", text))
            continue
        exact, n, free = re.compile(rf"\b{re.escape(w)}\b"), 0, 0
        for p in at.get(lead.group(), ()):
            if p >= free and (m := exact.match(text, p)):
                n, free = n + 1, m.end()
        out[w] = n
    return out


# a piece of capitalised words, perhaps joined by "and"/"&" ("Technology and Intellectual Property", "Europe")
_CAPITALISED_PIECE = lazy(r"[A-Z][\w'’\-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w'’\-]*)*")


def department_of_role(before: str, piece: str) -> bool:
    """'senior vice president, Technology and Intellectual Property': a piece of capitalised words only, right after
    a piece that ends in a role, is the role's department or region (as "of Technology …" would be), not a person
    the role is in apposition to; the person named before the role is still who speaks. A piece that opens with a
    given name or an honorific is the role's holder, not its department ('Speaking for the mayor, Tom Reed, his
    deputy, Anne Lyle, said': Anne Lyle speaks)."""
    words = before.strip().lower().split()
    first = piece.split()[0].strip(".") if piece.strip() else ""
    if is_first_name(first) or first.lower() in ADDRESS_WORDS:
        return False
    return bool(words) and words[-1].strip(".'’s") in ROLE_WORDS and bool(_CAPITALISED_PIECE.fullmatch(piece.strip()))


def _word_before_head(words: list[str]) -> str:
    """The word right before a title's or a description's last role noun ("finance" in "the finance minister",
    "prime" in "Prime Minister"); '' when the role noun opens it or an article, a possessive or a number stands
    there ("the minister", "Scotland's minister", "the 63-year-old minister")."""
    heads = [i for i, w in enumerate(words) if w.strip(".,") in ROLE_WORDS]
    if not heads or heads[-1] == 0:
        return ""
    before = words[heads[-1] - 1].strip(".,")
    if before in ("the", "a", "an", "his", "her", "its", "their", "our") or before.endswith(("'s", "’s")) \
            or any(ch.isdigit() for ch in before) or before in ROLE_WORDS:
        return ""
    return before


def same_office_titles(titles: list[tuple[str, str]], desc: str) -> list[tuple[str, str]]:
    """The titles a description may name the only holder of: not one whose own word before the role differs from
    the description's ("the finance minister" is not "Prime Minister Ann Berg", though she is the only minister the
    text titles) — two words that each say which office the role is are two offices; a title with no such word
    ("President Musharraf" for "the Pakistani president") still fits. Nor one the description qualifies by a word
    that may sit inside a title but the holder's title lacks: "the deputy prime minister", "the shadow chancellor"
    and "the former prime minister" are other people than Prime Minister Ann Berg or Chancellor Mark Dean."""
    titles = [(t, n) for t, n in titles if not other_office_word(fold(desc).split(), set(fold(t).split()))]
    mine = _word_before_head(fold(desc).split())
    if not mine:
        return titles
    words = set(fold(desc).split())
    return [(t, n) for t, n in titles if not (theirs := _word_before_head(fold(t).split())) or theirs in words]


# words that make the role noun after them say what the person before is ("Lund, who was elected mayor",
# "Lund has served as mayor"), not whom she acted on
_BE_ROLE = frozenset("is was are were be been being became become becomes remains remained as elected appointed "
                     "named sworn serves served 's".split())
# words that may follow a role noun that ends its noun phrase ("wrote to the mayor on Monday", "met the mayor and")
_AFTER_ROLE = frozenset("on in at of to for with about from by over after before and or but who whom that which as "
                        "when since during last this yesterday earlier today".split())
_ROLE_DETERMINERS = frozenset("the a an this that his her its their our".split())


# "The mayor was furious.": a sentence whose subject is a bare role noun after "The"
_ROLE_SUBJECT = re.compile(r"\s*The[ \t]+(?P<role>[a-z][\w\-]*)[ \t]+(?!of\b|and\b|who\b|that\b|which\b|[A-Z'’])")


def _role_is_possessed(title: str, head: str) -> bool:
    """Whether the title names the role only as its possessor ("the mayor's spokeswoman" for "the mayor"): the
    title's holder works for the role's holder and is not them."""
    return re.search(rf"\b{re.escape(head)}(?:'s|’s|s')(?!\w)", title, re.IGNORECASE) is not None


def _another_office_title(title: str, desc: str, head: str) -> bool:
    """Whether an apposition title ("Lund, a deputy mayor,", "Lund, the former mayor,", "Lund, the mayor's
    spokeswoman,") names another office than the bare role ``desc`` names. Only a title written as a noun phrase of
    its own: a capitalised title before a name ("Former chancellor Ann Berg") is left to the readers after this one,
    which already tell it from the bare role."""
    if _role_is_possessed(title, head):
        return True
    return title.split()[0].lower() in ("a", "an", "the") and title_qualifies_office(title, desc)


@dataclass(frozen=True)
class _RoleUse:
    """One use of the role noun in a sentence: its words, where the noun stands, and the name's own words."""

    words: tuple[str, ...]
    i: int  # where the role noun (or its possessive) stands
    own: frozenset[str]  # the capitalised words of the person's name
    possessive: bool  # written "the mayor's" / "the mayors'"

    @property
    def start(self) -> int:
        """Where the role's noun phrase starts: its determiner, or a possessor before it ("the town's mayor")."""
        words, start = self.words, self.i
        for j in range(self.i - 1, max(self.i - 5, -1), -1):
            w = words[j].lower()
            if w in _ROLE_DETERMINERS:
                return j
            if w.endswith(("'s", "’s")):
                start = j  # "the town's mayor": the possessor's own determiner may come before it
                continue
            if words[j].endswith(",") or w in _BE_ROLE:
                break
        return start


# Each shape reads one use of the role noun: True, it stands for someone else than the person; False, it names
# them (or no one); None, not this shape, the next one reads it.
def _possessor_shape(u: _RoleUse) -> bool | None:
    """"the mayor's spokeswoman": the role is the possessor, someone the person works for."""
    return True if u.possessive else None


def _apposition_shape(u: _RoleUse) -> bool | None:
    """"the mayor, Vera Lund," / "Mayor Vera Lund" / "the mayor of Kelby, Vera Lund,": she is the role."""
    words, i, own = u.words, u.i, u.own
    if i + 1 < len(words) and words[i + 1].strip(",.") in own or any(
            words[k].strip(",.") in own and words[k - 1].endswith(",") for k in range(i + 1, min(i + 5, len(words)))):
        return False
    return None


def _other_office_shape(u: _RoleUse) -> bool | None:
    """"a deputy mayor", "the former mayor": another office than the bare role."""
    return True if any(w.lower() in ANOTHER_OFFICE for w in u.words[u.start:u.i]) else None


def _sentence_subject_shape(u: _RoleUse) -> bool | None:
    """"The mayor sacked Vera Lund": the role is the sentence's own subject (not when a word other than a
    determiner opens the sentence before it, "Kelby mayor")."""
    if u.start != 0:
        return None
    return not (u.i > 0 and u.words[0].lower() not in _ROLE_DETERMINERS)


def _noun_modifier_shape(u: _RoleUse) -> bool | None:
    """"in the best actress category": the role noun modifies another noun and names no one."""
    words, i = u.words, u.i
    nxt = words[i + 1] if i + 1 < len(words) and words[i][-1:].isalpha() else ""
    return False if nxt[:1].islower() and nxt.strip(".,;:") not in _AFTER_ROLE else None


def _object_shape(u: _RoleUse) -> bool | None:
    """"wrote to the mayor", "accused the mayor", "who beat the mayor": the object of a lower-case verb or
    preposition; not after a comma, a copula ("who was elected mayor") or a capitalised word (a place, a party)."""
    pre = u.words[u.start - 1]
    bare = pre.lower().strip(".,;:")
    return not (pre.endswith((",", ";", ":")) or bare in _BE_ROLE or not pre[:1].islower())


# read in order; the first shape that recognises a use decides it
_ROLE_SHAPES: tuple[Callable[[_RoleUse], bool | None], ...] = (
    _possessor_shape, _apposition_shape, _other_office_shape, _sentence_subject_shape, _noun_modifier_shape,
    _object_shape,
)


def _role_names_another(sentence: str, head: str, name: str) -> bool:
    """Whether the role noun ``head`` stands in ``sentence`` (the one that names ``name`` last) for someone else
    than ``name``: as the object of a verb or a preposition ("Vera Lund wrote to the mayor", "who beat the mayor",
    "met the mayor"), as the subject that acts on her ("The mayor sacked Vera Lund"), as a possessor ("the mayor's
    spokeswoman") or qualified as another office ("a deputy mayor", "the former mayor"). An apposition ("Vera Lund,
    the mayor,", "the mayor, Vera Lund,") or a copula ("Lund, who was elected mayor") says she is the role; a
    capitalised word before the role is left unread (a place or a party, not a verb). Each use is read by the
    table _ROLE_SHAPES."""
    words = tuple(sentence.split())
    own = frozenset(w for w in name.split() if w[:1].isupper())
    for i, tok in enumerate(words):
        low = tok.lower().strip(".,;:!?()\"“”")
        possessive = low in (f"{head}'s", f"{head}’s", f"{head}s'")
        if not possessive and low != head:
            continue
        use = _RoleUse(words, i, own, possessive)
        for shape in _ROLE_SHAPES:
            verdict = shape(use)
            if verdict is not None:
                if verdict:
                    return True
                break
    return False


@dataclass(frozen=True)
class Resolved:
    """What a speaking mention resolved to, and why when the why matters to the rules and the confidence model.

    ``why`` is "" (read as written), ``TITLE`` (a description given to the holder of a title the document gives:
    weaker evidence than a name) or ``ANOTHER`` (a bare role the person the text is about acted on, "wrote to the
    mayor": it names someone else, so no rule may give the quotation to whoever the narration names; ``name`` is
    then ``None``)."""

    name: str | None
    why: str = ""

    TITLE = "title"
    ANOTHER = "role-of-another"

    @property
    def by_title(self) -> bool:
        return self.why == Resolved.TITLE

    @property
    def role_of_another(self) -> bool:
        return self.why == Resolved.ANOTHER


class _Resolver:
    """Turns a speaking mention into the fullest name this document gives."""

    def __init__(self, doc: Document, ents: DocEntities, masked: str, names: NameContext) -> None:
        self.ents = ents
        self.names = names
        self.masked = masked  # the text with quotation interiors blanked out
        self.sentences = split_sentences(doc.text)
        self.sentence_starts = [s.start for s in self.sentences]
        self._age_table: dict[str, set[str]] | None = None
        self.aliases = aliases_given(doc.text, ents)  # "the Night Owl" -> "Declan Rourke": names the text gives
        self.speakers_at: list[tuple[int, str]] = []  # (offset, speaker) of attributed quotes so far
        self._protagonist: str | None = None  # computed on first use
        # (person, role head) -> whether the text writes that role beside them / brings them in as another's relation:
        # each a search of the whole text, asked once per pair (a long text describes the same people many times)
        self._beside: dict[tuple[str, str], bool] = {}
        self._relation_intro: dict[tuple[str, str], bool] = {}
        self._unknown: dict[tuple[str, bool], bool] = {}  # _unknown_name's answers, one per word
        self._uses: tuple[frozenset[str], frozenset[str]] | None = None  # _word_uses, read on first use

    def others_named(self, lo: int, hi: int, who: str, female: bool | None = None) -> bool:
        """Whether the narration ``masked[lo:hi]`` names a person other than ``who`` (of the pronoun's gender, if given).

        "he said" after a paragraph about someone else, or a quotation that goes on
        after narration naming another person, is contested: the name is withheld.
        """
        mine = fold(who)
        object_end = -1  # where the last name read as an object ends
        for m in CAP_SEQ.finditer(self.masked, lo, hi):
            p = parse_name(m.group(0))
            if not p.name or not (p.kind == "person" or self.ents.is_person(p.name)):
                continue
            clause = _CLAUSE_TAIL.search(self.masked, max(0, m.start() - 40), m.start())
            if _after_preposition(clause.group(0) if clause else "") or _AUDIENCE_BEFORE.search(
                    self.masked, max(0, m.start() - 12), m.start()) \
                    or object_end >= 0 and _coordinated(self.masked[object_end : m.start()]):
                # "told Agence France Presse", "secretary of the Flight Attendants Association", "including captain
                # Jason Robinson and fly-half Charlie Hodgson": objects, not rivals
                object_end = m.end()
                continue
            name = self.ents.full_name(p.name)
            other = fold(name)
            if other == mine or other.split()[-1] == mine.split()[-1] or mine.endswith(other):
                continue
            if female is None or self._gender_fits(name, female):
                return True
        return False

    def _speaker_acting_after_possessor(self, lo: int, hi: int, first: tuple[int, str, bool], at: int
                                        ) -> tuple[int, str, bool] | None:
        """The person quoted before ``at`` who acts in a clause of their own ("… and Keegan sympathised with …") in a
        sentence that opens on ``first``, a name owning the subject ("Fowler's double strike helped …")."""
        m = _OPENING_POSSESSOR.match(self.masked, lo, hi)
        if m is None or not (m.start("owner") <= first[0] < m.end("owner")):
            return None
        spoke = {who for off, who in self.speakers_at if off < at}
        for c in _CLAUSE_SUBJECT.finditer(self.masked, m.end(), hi):
            p = parse_name(c.group("name"))
            if not p.name or not (p.kind == "person" or self.ents.is_person(p.name)):
                continue
            who = self.ents.full_name(p.name)
            if who != first[1] and who in spoke:
                return (c.start("name"), who, False)
        return None

    def subject_between(self, lo: int, hi: int, who: str) -> str | None:
        """The person other than ``who`` whom the one sentence of narration ``masked[lo:hi]`` opens on (a name the text
        gives in full), in the mood they spoke in ("Double try scorer Martyn Williams was keen not to talk about …"), if any.

        Only a mood the writer gives before someone's words (``_IN_A_MOOD``): a sentence telling what was done to
        someone or what they did ("Striker Ben Ames was substituted at half-time", "Referee Mike Dean awarded the
        spot-kick") is what the speaker before goes on talking about (review of wave 41)."""
        gap = self.masked[lo:hi]
        if not _ONE_SENTENCE.fullmatch(gap):
            return None
        found = self._persons_in(gap, lo)
        if not found or found[0][1] in (UNNAMED, who) or " " not in found[0][1]:
            return None
        name = CAP_SEQ.match(self.masked, found[0][0])
        if name is None or not _IN_A_MOOD.match(self.masked, name.end()) \
                or _DESCRIPTOR_WORDS.fullmatch(self.masked, lo, found[0][0]) is None:
            return None
        mine = fold(who)
        other = fold(found[0][1])
        return None if other.split()[-1] == mine.split()[-1] else found[0][1]

    def _of_the_past(self, off: int) -> bool:
        """Whether the name at ``off`` is someone a record is measured against: "since Liz McColgan in 1991"."""
        name = CAP_SEQ.match(self.masked, off)
        return name is not None and _IN_A_YEAR.match(self.masked, name.end()) is not None \
            and _RECORD_BEFORE.search(self.masked, max(0, off - 30), off) is not None

    def sentence_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def resolve(self, mention: str, at: int) -> Resolved:
        """The fullest in-document name for a speaking mention (a name, description, pronoun or organisation).

        A bare surname two full names of the document share ("Clinton" in an article naming Bill, Hillary and
        Chelsea Clinton) is the one of them the text named in full before the mention; when it named two or more
        already, the words do not say which (a father and his son) and the surname stays bare, which names nobody.
        """
        found = self._resolve(mention, at)
        r = found if isinstance(found, Resolved) else Resolved(found)
        who = r.name
        if who and " " not in who and who.lower() in ORG_SUFFIXES:
            # "Guild" read off a run of capitals (which cannot span a plural possessive) where the text wrote "the
            # Shopworkers' Guild": that body, named whole, whichever path read the run
            whole = [o for o in self.ents.orgs if o.endswith(f" {who}") and re.search(r"s['’] ", o)]
            if len(whole) == 1:
                return Resolved(whole[0], r.why)
        if who and (real := self.aliases.get(_alias_key(who))) and real != who:
            return Resolved(real, r.why)  # '"…," the Night Owl said': the man the text says is known so
        if who and " " in who:
            p = parse_name(mention.strip(" ,"))
            if p.name and " " not in p.name and who.split()[-1] == p.name:
                return Resolved(self._named_before(p.name, at) or who, r.why)
        if who and (office := _OFFICE_OF_A_PLACE.search(mention.strip(" ,"))) and strip_article(office.group("place")) == who \
                and parse_name(who).kind != "organisation" and not self.ents.is_person(who):
            # "the Bishop of Durham said", "the senior coroner for north-west Wales said": the one who holds the office
            # speaks, unnamed here, never the place
            return Resolved(None, Resolved.ANOTHER)
        return r

    def aged(self, age: str, about: str | None) -> str | None:
        """Who "the 34-year-old" is, where the text gives people's ages ("Aleme, 34, broke clear", "23-year-old Jamie
        Corr"): the one person given that age; else the person the text is talking about (``about``), unless the
        text gives them another age: "the 34-year-old said" after "Pacemaker Tomas Reyes had dropped out" is not
        Reyes when only Aleme is 34, and nobody when the text gives no one that age but gives Reyes his own."""
        ages = self.ages()
        named = ages.get(age, set())
        if len(named) == 1:
            return next(iter(named))
        if named:
            return about if about in named else None
        if about and any(about in people for people in ages.values()):
            return None
        return about

    def labelled(self, country: str) -> set[str]:
        """The people the text labels with a country's word before their name ("Argentine David Nalbandian")."""
        found = set()
        for m in re.finditer(rf"(?<![\w'’\-]){re.escape(country)}[ \t]+(?P<name>{CAP_SEQ.pattern})", self.masked):
            if self.ents.is_person(m.group("name")) and not _FELLOW.search(self.masked, max(0, m.start() - 12), m.start()):
                found.add(self.ents.full_name(m.group("name")))
        return found

    def _of_country(self, m: re.Match[str]) -> str | None:
        """Who "the Austrian" / "the 27-year-old Austrian" is: the one person the text labels with that country's word
        ("Austrian Stefan Koubek"), of that age when one is given; else nobody here (the person the sentence before is
        about is as often the rival: measured in wave 28), and the description is read as before."""
        labelled = self.labelled(m.group("country"))
        if m.group("age") and (aged := self.ages().get(m.group("age"))):
            labelled &= aged
        return next(iter(labelled)) if len(labelled) == 1 else None

    def ages(self) -> dict[str, set[str]]:
        """Each age the text gives and to whom (read once per text, quotation interiors blanked)."""
        if self._age_table is None:
            self._age_table = ages_given(self.masked, self.ents)
        return self._age_table

    def _named_before(self, surname: str, at: int) -> str | None:
        """The one full name with this surname the text writes before ``at`` when two or more share it (the
        bare surname when two are written before it; ``None``: the table's own choice stands)."""
        named = self.ents.with_surname(surname)
        if len(named) < 2:
            return None
        sharing = self.ents.namesakes(surname, self.names.lowered, self.masked)
        if len(sharing) < 2:
            return sharing[0] if sharing else None
        before = [n for n in sharing if self._written_at(n, at) >= 0]
        if len(before) >= 2:
            return surname
        return before[0] if before else None

    def _written_at(self, name: str, at: int) -> int:
        """Where the text last writes ``name`` as whole words before ``at`` (-1: nowhere)."""
        pos = self.masked.rfind(name, 0, at)
        while pos >= 0 and not (pos == 0 or not self.masked[pos - 1].isalnum()):
            pos = self.masked.rfind(name, 0, pos)
        return pos

    def _named_bare(self, word: str) -> bool:
        """Whether the text uses ``word`` as someone's name: a person it knows, a credited speaker, or the word
        written on its own (no a/an/the before it) anywhere.

        "A weary Amira said" after '"…," Amira said' or "Mrs Welsh, 82, …" is that person; "A delighted Dane
        said" where the text only writes "Danish" (or "the Dane") is what the speaker is, not who.
        """
        if self.ents.is_person(word) or any(word in s.split() for _, s in self.speakers_at):
            return True
        for hit in re.finditer(rf"(?<![\w'’\-]){re.escape(word)}(?![\w'’\-])", self.masked):
            if not _ARTICLE_BEFORE.search(self.masked, max(0, hit.start() - 60), hit.start()):
                return True
        return False

    def _resolve(self, mention: str, at: int) -> Resolved | str | None:
        """The name (or a :class:`Resolved` when there is a why to tell) a mention stands for."""
        m = whole = mention.strip(" ,")
        low = m.lower()
        if low.startswith("both "):
            return None  # "Both the Cardinal and Archbishop Rowan Williams appealed": two people, neither alone
        if low.removeprefix("the ") in COLLECTIVE_NOUNS and low.removeprefix("the ") != "police":
            return Resolved(None, Resolved.ANOTHER)  # "Staff say …", "Management said": a group, no one's name
        if m.lower() in MONTHS and m == m.title() and self.ents.is_person(m):
            return self.ents.full_name(m)  # "May said" where the article names Brian May: not the month
        if m.isupper() and (len(m) > 3 or len(m) == 3 and (at == 0 or self.masked[at - 1] == "\n")) and " " not in m \
                and self.ents.is_person(m.title()):
            # (three capitals only opening a line, as a transcript's "ORR:" does: "the ORR, said" is a regulator)
            return self.ents.full_name(m.title())  # a transcript's "BLAIR:" is the article's Tony Blair
        if _INDEFINITE_ONE_CAPITAL.fullmatch(m) and not self._named_bare(m.split()[-1]):
            # "A delighted Briton said", "an emotional Croatian told reporters": one capitalised word after an
            # indefinite article and its modifiers is what the speaker is (a demonym, a party's member), not who;
            # the words name nobody in particular ("A defensive Obama said" is the article's Obama, a person)
            return None
        if (seen := _SEEN_BY.search(m)) and seen.start() > 0:
            # "An email sent by the club chairman, Raj Bhatnagar, and seen by the Vale Echo, said": whoever saw,
            # obtained or published the words is not who wrote them
            return self._resolve(m[: seen.start()], at)
        if (opening := _PARTICIPLE_OPENING.match(m)) and not self.ents.is_person(opening.group("verb")):
            # "Sentencing Voss, Judge Caroline Abbotsford told him": the name in an opening participle's clause is
            # its object; the subject comes after the comma
            return self._resolve(opening.group("rest"), at + opening.start("rest"))
        if UNNAMED_SPOKESPERSON.fullmatch(m):
            # "A spokesman for the Home Office said", "a Kelby Museum of Modern Art spokeswoman": someone unnamed who
            # speaks for a body (or a person), shown by that description with no name (a spokesperson is no
            # speaker), never the body nor its first words, whichever path would read the capitals
            return Resolved(None, Resolved.ANOTHER)
        if (place := _SOMEONE_OF_A_PLACE.fullmatch(m)) and place.group("noun").lower() not in DOCUMENT_NOUNS \
                and parse_name(place.group("place")).kind != "organisation" \
                and strip_article(place.group("place")) not in self.ents.orgs:
            # "said one resident of Elm Close", "a fan from Kelby Road", "a friend of Tom Hale": someone new and
            # unnamed, of a place or a person, never the place or the person (someone of a body, or a body's
            # statement, is read on below)
            return Resolved(None, Resolved.ANOTHER)
        if GROUP_RX.match(m):
            return self.group(m, at)
        if (country := COUNTRY_EPITHET.match(m)) and (who := self._of_country(country)):
            return who  # "the 27-year-old Austrian said" of a text naming "Austrian Stefan Koubek"
        if _TEEN.fullmatch(m):
            # "Jordan Pike, 17, was excluded. Its headteacher, Margaret Finch, said …. The teenager said:": the one
            # person the text gives a teenage age, or nobody when the person it is about is given another age
            ages = self.ages()
            teens = {who for age, people in ages.items() if 13 <= int(age) <= 19 for who in people}
            if len(teens) == 1 and not _UNNAMED_TEEN.search(self.masked):
                return next(iter(teens))
            about = self.pronoun(at, female=False, any_gender=True, strict=True)
            if teens or about and any(about in people for people in ages.values()):
                return Resolved(None, Resolved.ANOTHER)
        if EPITHET_RX.match(m):
            who = self.pronoun(at, female=m.endswith("woman"), any_gender=not m.endswith("woman"), strict=True)
            if (age := _EPITHET_AGE.search(m)) is not None:
                who = self.aged(age.group(1), who)
            # '"Bring it on," said the 23-year-old': someone the words describe, whom the text does not let us name,
            # never the speaker before going on
            return who or Resolved(None, Resolved.ANOTHER)
        appositive = self.person_before_appositive(m) if "," in m else None
        if appositive:
            return appositive
        named_org = _ORG_NOUN_NAME.match(m)
        if named_org:
            return named_org.group("org")  # "consultancy 4Cast said": the noun says what the name is
        orgs = list(org_long_iter(m))
        part_of = orgs[-1] if orgs else _HOUSE.search(m)
        if part_of and _ARTICLE_FIRST.match(m) and m[part_of.end():].strip().lower() in _PART_NOUNS or (
                (caps := _CAPS_AFTER_ARTICLE.match(m)) and _DESCRIBED_PART.fullmatch(m[caps.end():].strip())):
            # "A House of Lords committee has warned", "the Commons standards and privileges committee said": a part
            # of the body, unnamed here, not the body, nor the capitals that only say whose part it is when small
            # words say which part ("the Brits committee", the whole of the part, is the body's own voice)
            return Resolved(None, Resolved.ANOTHER)
        if orgs and orgs[-1].end() == len(m):  # "…, the Bank of England said"
            # "Jeffrey Lewis of the James Martin Center for …": the head of "X of Y" is X, the person
            return self.person_of(m[: orgs[-1].start()]) or strip_article(orgs[-1].group(0))
        names = list(CAP_SEQ.finditer(m))
        head_of = _HEAD_OF.search(m)
        if head_of and is_given_name(head_of.group("name").split()[0]) \
                and parse_name(head_of.group("name")).kind == "person":
            # "Joel Pollak of Breitbart California": the head of "X of Y" is X, a person by a given name, even when
            # the place or outlet after "of" is two capitalised words that read as a name
            return self.ents.full_name(parse_name(head_of.group("name")).name)
        if names and names[-1].end() == len(m) and (names[-1].start() > 0 or len(names) > 1):
            # "the Russian envoy to NATO Ivan Sokolov": the name at the end speaks ("Chairman of the Environmental
            # Audit Committee Peter Ainsworth": after the body's name it opens with)
            run = names[-1].group(0)
            p = parse_name(run[len(body) + 1 :] if (body := body_before_name(run)) else run)
            if p.kind == "person" and LEADING_ARTICLE.fullmatch(m, 0, names[-1].start()) and not p.title \
                    and not p.honorific and not self.ents.is_person(p.name) \
                    and not any(is_given_name(w) for w in p.name.split()):
                # "said the Birchfield Harrier": capitals after an article alone, with no given name and which the
                # text never gives as anyone's name, say what the speaker is (a club's athlete), not who ("the
                # Reverend Adrian Rodgers" is a person)
                return Resolved(None, Resolved.ANOTHER)
            if p.kind == "person":
                return self.ents.full_name(p.name)
            owner = self.person_of(m[: names[-1].start()])
            if owner:
                return owner  # "…, Ambassador Stefan Johannesson of Iceland": the person, not the place
            if _PUNCT.search(m[: names[-1].start()]) and not _PLACE_PHRASE_END.search(m, 0, names[-1].start()):
                # (not "One fan, Sarah Keane, 19, from Leeds": where the person is from is no one's name)
                # "Still, Jensen" / "…for the Family, Theresa May": the final name is the mention
                return self.resolve(names[-1].group(0), at + names[-1].start())
        if low in ("he", "she"):
            who = self.pronoun(at, female=low == "she")
            if who and (role := self._role_subject_before(at, who)) and self._role_of_another(who, role, at):
                # "Vera Lund wrote to the mayor. The mayor was furious. '…,' he said": he is the mayor, not Lund
                return Resolved(None, Resolved.ANOTHER)
            return who
        if low == "it":
            if (author := self._document_author_before(at)) is not None:
                return author
            body = self.body_the_sentence_before_is_about(at) or self._it_uncontested(at, self.organisation_before(at))
            return None if body and self._only_saw(body, at) else body
        if low == "they":
            body = self.organisation_before(at)
            return None if body and self._only_saw(body, at) else body
        if _ARTICLE_FIRST.match(m) or _POSSESSIVE_S.search(m) and not CAP_SEQ.fullmatch(m):
            if body := plural_possessive_body(m):
                return body  # "The Grocers' Federation said": the body's own name, not the grocers
            if any(w.lower().strip(".,") in _HEAD_NOUNS for w in m.split()) \
                    or m.split()[-1][:1].islower() and CAP_SEQ.search(m, 1):
                # "the two-time Academy Award winner": a noun phrase ending in a common noun describes someone
                return self.description(m, at)
            m = LEADING_ARTICLE.sub("", m)  # "The BBC said"
        if not CAP_SEQ.fullmatch(m) and names:
            last = parse_name(names[-1].group(0))
            if names[-1].end() == len(m) and last.name and self.ents.is_person(last.name):
                return self.ents.full_name(last.name)  # "a Franck Muller watch Sharon said"
            # "Kirsten Pfeifer from the Consumer Electronics Association": the first person named speaks
            for n in names:
                if _MODIFIES_NOUN.match(whole, n.end()):
                    continue  # "the two-time Academy Award winner": the name describes the noun after it
                pn = parse_name(n.group(0))
                if pn.kind == "person" or pn.name and self.ents.is_person(pn.name):
                    return self.ents.full_name(pn.name)
        first = m.split()[0] if m.split() else ""
        if first in QUANTIFIERS:
            return None  # "one district GOP leader", "several analysts": nobody in particular
        p = parse_name(m)
        if p.name and " " not in p.name and not p.honorific and fold(p.name) in DEMONYMS \
                and _ARTICLE_FIRST.match(whole) and not self.ents.is_person(p.name):
            # "the Dane said", "the Scot added": the person of that nation the text is about, whom a word for their
            # nation does not name (the person the sentence before is about is as often the rival they beat)
            return Resolved(None, Resolved.ANOTHER)
        if p.name and " " not in p.name and not p.honorific \
                and (fold(p.name) in NATIONALITIES or _PLACE_ADJECTIVE.search(p.name)):
            # (not "Mr Irish", "Ms French": an honorific makes the word a surname)
            # "the American said", "the Newport-based athlete": the person being discussed
            return self.pronoun(at, female=False, any_gender=True, strict=True)
        if p.name in self.ents.orgs:
            return p.name
        if p.kind == "person":
            return self.ents.full_name(p.name)
        if p.kind == "organisation":
            return p.name
        if p.name and self.ents.is_person(p.name):
            return self.ents.full_name(p.name)
        if p.title and not p.name:
            return self.description(m, at)
        if p.name in ("Kremlin", "Pentagon", "Vatican", "Downing Street", "White House"):
            return p.name
        if p.name and " " not in p.name and p.name[:1].isupper() and len(p.name) > 1 \
                and p.name.lower() not in NON_NAME_FIRST and p.name.lower() not in NOT_FIRST_NAME:
            return p.name  # "Yukos said": a one-word subject of a speech verb is a speaker in its own right
        return None

    def person_of(self, before: str) -> str | None:
        """The person named right before "of"/"from"/"at" that ``before`` ends with, if any.

        "Gavin Cox of the buildyourown.org.uk website", "Stefan Johannesson of Iceland": the place or body after
        the preposition is where the person works, and the person speaks.
        """
        m = _PERSON_OF.search(before)
        if m is None:
            return None
        if _PREP_END.search(before, 0, m.start()):
            # "Aris Shirvanian of the Armenian Patriarchate of Jerusalem": the chain of "of"s starts at the person
            return self.person_of(before[: m.start()])
        p = parse_name(m.group("name"))
        if p.name and (p.kind == "person" or p.kind != "organisation" and self.ents.is_person(p.name)):
            return self.ents.full_name(p.name)
        return None

    def person_described(self, lead: str, start: int, end: int) -> str | None:
        """The person a subject ``lead[start:end]`` describes when it is only the comma-set part after their name.

        "Anshuman Magazine, managing director, of CB Richard Ellis … told", "Linda Knox, Director of the … Centre,
        said", "Jeff Joseph, from the Consumer Electronics Association told": the verb's subject is the person the
        comma-set pieces describe, not the body after "of"/"from" (``None``: the subject is not such a part).
        """
        before, who = lead[:start], lead[start:end]
        if _PREP_BEFORE.search(before) or _PREP_FIRST.match(who) or _is_closed_appositive(lead, start, end):
            return self.person_before_appositive(lead[:end])
        cut = who.rfind(", ")
        return self._person_then_body(before + who[: cut + 2], who[cut + 2 :]) if cut > 0 \
            else self._person_then_body(before, who)

    def _person_then_body(self, before: str, who: str) -> str | None:
        """'Colin Asplin, Blackpool Hotel Association said:': a body's name set off after the person who opens the
        subject, with no closing comma, says where they are from; the person speaks. Only a name opening the clause
        (not "Asked about Jo Hale, Kelby Council said") given with a first name the text reads as a person's."""
        if not who.split() or not _COMMA_BEFORE.search(before) or who.split()[-1].lower().strip(".") not in _ORG_ENDS:
            return None
        head = before.rstrip(" \t,")
        names = list(CAP_SEQ.finditer(head))
        if not names or head[names[-1].end():].strip() or head[: names[-1].start()].strip(" \t\"“”'‘’"):
            return None
        p = parse_name(names[-1].group(0))
        if p.kind != "person" or not p.name or " " not in p.name or not is_given_name(p.name.split()[0]):
            return None
        return self.ents.full_name(p.name)

    def person_before_appositive(self, m: str) -> str | None:
        """'Glen Wood, Vice President of Deutsche Securities Japan' / 'X, from Hitachi's … Laboratory'.

        When the mention ends in a comma-set phrase that describes someone (a
        role, or "from/of/at" an organisation), the organisation named in it
        is where the person works, not who speaks: the person named just
        before the comma is the speaker.
        """
        parts = m.split(",")
        tail_names = list(CAP_SEQ.finditer(parts[-1]))
        before = parts[-1][: tail_names[-1].start()].split() if tail_names else []
        if tail_names and not parts[-1][tail_names[-1].end():].strip() and before \
                and before[-1].lower() in ROLE_WORDS:
            return None  # "…from Bosch, the carmaker's chief executive Helmut Panke": the role names its holder
        # "Anshuman Magazine, managing director, of CB Richard Ellis": several comma-set pieces may describe
        for i in range(len(parts) - 1, 0, -1):
            low = parts[i].strip().lower().split()
            if i > 1 and CAP_SEQ.fullmatch(parts[i].strip()) and _PLACE_IN_DESCRIPTION.search(parts[i - 1]):
                continue  # "Mr Johnson, MP for Henley-on-Thames, Oxfordshire,": the county goes with the seat
            if i > 1 and department_of_role(parts[i - 1], parts[i]):
                continue  # "X, senior vice president, Technology and Intellectual Property,": the role's department
            # ("Will Davies, senior research fellow at the IPPR": a noun phrase placing someone at a body)
            if not low or not (low[0] in ("from", "of", "at", "with")
                               or any(w.strip(".'’s") in ROLE_WORDS for w in low[:4])
                               or low[0] not in ("the", "a", "an") and "at" in low[1:5]):
                return None
            names = list(CAP_SEQ.finditer(parts[i - 1]))
            if names and not parts[i - 1][names[-1].end():].strip():
                p = parse_name(names[-1].group(0))
                # a bare role right after a two-word name ("Anshuman Magazine, managing director,") makes it a
                # person whatever its last word suggests
                bare_role = low[0] not in ("the", "a", "an", "from", "of", "at", "with") and " " in (p.name or "")
                if p.kind == "person" or p.name and (self.ents.is_person(p.name) or bare_role):
                    return self.ents.full_name(p.name)
                return None
        return None

    def _person_owning(self, desc: str) -> str | None:
        """The person a document description belongs to by a possessive ("Mr Lane's statement", "Jo Hale's
        letter"): a person by the name's own shape or by the document's table, never a body ("the BBC's report")."""
        m = _OWNER_OF_DOCUMENT.match(desc.strip())
        if m is None:
            return None
        p = parse_name(m.group("owner"))
        if p.name and (p.kind == "person" or p.honorific or self.ents.is_person(p.name)):
            return self.ents.full_name(p.name)
        return None

    def description(self, desc: str, at: int) -> Resolved | str | None:
        """Who "the alliance chief" / "a Microsoft spokesman" / "the report" is; ``None`` when nobody in particular.

        Organisations and documents speak for whoever the text names; a role
        goes to the title holder the document gives, else to the person it is about.
        """
        # ("the party co-chairman", "the vice-president": a role keeps its head after a prefix's hyphen)
        words = [_ROLE_PREFIX.sub("", w.lower().strip(".,")) for w in desc.split()]
        heads = [w for w in words if w in ROLE_WORDS or w in DOCUMENT_NOUNS or w in ORG_NOUNS or w in NAMED_KINDS]
        if not heads:
            return None
        if _CLOSE_TO_BODY.search(desc):
            # "a source close to the company", "a person familiar with the talks": someone near the body, who does not
            # speak for it, unnamed here (never the body, nor the last one the text named)
            return Resolved(None, Resolved.ANOTHER)
        if words[-1] in ("known", "named", "called", "identified", "described"):
            # "said the base chief known as Bob": the name the description goes on to give was cut off, and the
            # person the text is about is not who it names
            return Resolved(None, Resolved.ANOTHER)
        head = heads[-1]
        cut = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))
        role = [w for w in words[:cut] if w in ROLE_WORDS and w not in GENERIC_ROLES]
        of_body = bool(role) and head not in words[:cut]
        if of_body:
            # "The minister for local government", "the chief executive of Halcrow Bank": the role before its phrase
            # is who, not the body the phrase names; a title the text gives may name them, nothing else does
            head = role[-1]
        if head in DOCUMENT_NOUNS and (owner := self._person_owning(desc)):
            return owner  # "Mr Crosby's statement said": the person whose document it is, not the last body named
        if head in ROLE_WORDS and head not in DOCUMENT_NOUNS and self._person_owning(desc):
            # "Ashdown's solicitor said": someone the person has, unnamed here, never whoever the text is about
            return Resolved(None, Resolved.ANOTHER)
        if head in DOCUMENT_NOUNS or (head in ORG_NOUNS or head in NAMED_KINDS) and head not in ROLE_WORDS:
            named = self._org_in(desc, head)
            if named:
                return named  # "the World Bank", "the Commission's report", "a statement from the EU"
            if head in ORG_NOUNS and (owned := self._owned_body(desc, head, at)) is not None:
                # "Google's security team" where the text also reads Google as a person's name: whose team it is stays
                # unsure, but it is never the last body named ("security firm F-Secure") unless that body is the
                # owner ("the Brits committee" after "the Brit Awards")
                return owned or Resolved(None, Resolved.ANOTHER)
        if head in NAMED_KINDS and head not in ROLE_WORDS:
            # "the hospital said", "the council said": a kind of body whose names hold the word is the one the
            # text names so, never whichever body spoke last ("Marsh Valley Fire Service")
            return self.body_named_as(head, at)
        if head in ("lawsuit", "writ"):
            return self.plaintiff(at) or self.document_author(at)
        if (body := _capitalised_body(desc, head)) is not None:
            return body
        if head in DOCUMENT_NOUNS:
            return self.document_author(at, head)
        office = _ROLE_OFFICE.match(desc.strip())
        if office and office.group("role").split()[-1].lower() in ROLE_WORDS and self._org_in(desc, head) is None:
            # "the prime minister's office": a role's own office is named by the description itself,
            # not by the last organisation the text mentioned
            return " ".join(w[:1].upper() + w[1:] for w in f"{office.group('role')}{office.group('s')} {office.group('noun')}".split())
        if head in ORG_NOUNS and head not in ROLE_WORDS:
            if self._part_of_named_body(desc, head, at):
                return None  # "the Man Utd supporters club urged the club …" then "the supporters club said"
            org = self.organisation_before(at, desc)
            if org is None and head in _KIND_OF:
                # "the airline said" where the only bodies named before are a bank and a club: a body the text does
                # not name, and never the last speaker's run
                return Resolved(None, Resolved.ANOTHER)
            return org
        if head.startswith("spokes") and (_INDEFINITE.match(desc) or self._org_in(desc, head)):
            # "A Home Office spokesman said", "The Darlington Council spokesman added", "A spokesman said:" after
            # "the Home Office defended the measures": someone unnamed who speaks for a body. The README's rule
            # (an anonymous source such as "a spokesman" is no speaker) and the issue's ("a spokesperson" stays
            # findable by its description, with no name) hold: the words are shown by that description, never
            # under the body's name nor the last body the text named. ("The spokesman said" after "Labour
            # spokesman Ed Davey" is read on below: the title holder the text names.)
            return Resolved(None, Resolved.ANOTHER)
        if head in GENERIC_ROLES and _INDEFINITE.match(desc):
            return None  # "an official": nobody in particular
        if head in ROLE_WORDS and _INDEFINITE.match(desc) and words[-1] == head and not head.startswith("spokes") \
                and all(w[:1].isupper() for w in desc.split()[1:-1]):
            # "her daughter had been told by a teacher", "said a coach", "a Labour backbencher has said": one of many,
            # never the title holder the text names ("head teacher Graham Whitlock") nor the person it is about ("a
            # tearful manager" is news's way of naming the one it is about, and is read as before)
            return Resolved(None, Resolved.ANOTHER)
        best, best_score, best_pos = None, 0.0, -1
        tied: list[str] = []
        phrase = {w for w in words[cut + 1:] if w not in ("the", "a", "an", "and")}

        def of_another_body(title: str) -> bool:
            # "the minister for local government" is never "Health minister Jane Pryor"
            return of_body and not phrase & {w.lower() for w in title.split()}

        for i, (title, name) in enumerate(self.ents.titles):
            if of_another_body(title):
                continue
            if head in ROLE_WORDS and (_another_office_title(title, desc, head) or title_qualifies_office(title, desc)):
                # "a deputy mayor", "the mayor's spokeswoman", "Deputy Prime Minister Jo Hale" hold no office
                # "the mayor" or "the prime minister" names
                continue
            s = title_score(desc, title)
            if s == 0.5 and head in title.lower().split():
                # "the head" fits "head teacher" by its very word, "education chief" only by a synonym
                s = 0.55
            if s > best_score:
                tied = []
            if s > best_score or (s == best_score and s > 0 and i > best_pos):
                best, best_score, best_pos = name, s, i
            if s == best_score and name not in tied:
                tied.append(name)
        if best and best_score >= 0.5:
            return Resolved(self._last_holder_before(tied, at) or best, Resolved.TITLE)
        fitting = [(t, n) for t, n in same_office_titles(self.ents.titles, desc)
                   if not of_another_body(t)
                   and not (head in ROLE_WORDS and (_another_office_title(t, desc, head)
                                                   or title_qualifies_office(t, desc)))]
        if head not in GENERIC_ROLES:
            unique = unique_role_holder(fitting, desc)
            if unique:
                return Resolved(unique, Resolved.TITLE)
        if head in GENERIC_ROLES or head.endswith("s") and head[:-1] in ROLE_WORDS:
            return None
        if of_body:
            # (never the person the text was last about: "chairman of the ISM's survey committee", whom the text does
            # not name, speaks for the body the description names, if any)
            return self._org_in(desc, head) or Resolved(None, Resolved.ANOTHER)
        if head in _STATE_OFFICES:
            # "the chancellor told reporters", "Later the prime minister said": an office of state whose holder no
            # title of the text names is not whoever the sentence is about, unless that is the person the article
            # is about and the text gives them no other title ("London mayor Ken Livingstone"): else the
            # description stays, for the collection to resolve, and names no one here
            about = self.pronoun(at, female=False, any_gender=True, strict=True)
            # (a title of the same role noun for another office, "Prime Minister" for "the finance minister", is
            # another title too)
            if about and (about != self.protagonist()
                          or any(n == about and (head not in t.split() or (t, n) not in fitting)
                                 for t, n in self.ents.titles)):
                return "the " + " ".join(w for w in desc.split() if w.lower() not in ("the", "a", "an"))
        # "the 74-year-old comedian", "the Salford MP": the person the text is talking about;
        # failing that, leave the description to the collection-wide registry ("the Russian president").
        # "chairman of the ISM's survey committee", nobody the text names: the organisation speaks through them
        about = self.pronoun(at, female=False, any_gender=True, strict=True)
        if about and head in ROLE_WORDS and (about.isupper() or about in self.ents.orgs) \
                and not self.ents.is_person(about):
            about = None  # "The minister for local government said" is no body ("seen by the BBC" just before)
        if about and head in ROLE_WORDS and self._role_of_another(about, head, at):
            return Resolved(None, Resolved.ANOTHER)  # "Vera Lund wrote to the mayor …" then "the mayor said": the mayor is not Vera Lund
        if about and head in ROLE_WORDS and _BODY_OWNED_ROLE.match(desc.strip()) \
                and not any(head in t.lower().split() for t, n in self.ents.titles if n == about) \
                and not self._role_beside(about, head):
            # "The council's chief executive warned:", "The bank's chief economist said:": a role of a body the text
            # does not give the person last named (nor anyone), so someone it leaves unnamed, never them
            return Resolved(None, Resolved.ANOTHER)
        if about and head in ROLE_WORDS and head in _OFFICE_HEADS and _DEFINITE.match(desc.strip()) \
                and (held := {w for t, n in self.ents.titles if n == about for w in t.lower().split()} & _DISTINCT_OFFICES) \
                and head not in held and not self._role_beside(about, head):
            # "Lib Dem leader Charles Kennedy …. On Saturday, the Lib Dem chief executive said": an office the text
            # gives the person it is about under another title is someone else's, whom the text leaves unnamed here
            return Resolved(None, Resolved.ANOTHER)
        if about and head in ROLE_WORDS and about != self.protagonist() and self._introduced_otherwise(about, head):
            # "Her childhood friend, Tanya Mould, …" then "The star said:", "His lecturer, Dr Fiona Grey" then "The
            # second-year student said:": the last person named came in as someone's relation, by another noun, and
            # is not the one the article is about; the description is someone it does not name here
            return Resolved(None, Resolved.ANOTHER)
        return about or self._org_in(desc, head) \
            or "the " + " ".join(w for w in desc.split() if w.lower() not in ("the", "a", "an"))

    def _role_beside(self, person: str, head: str) -> bool:
        """Whether the text writes the role's head right beside the person's name, before it or in an apposition
        after it ("Pennington council chief executive Jo Hale", "Jo Hale, chief executive of Pennington Council"), in
        words the titles table may not hold."""
        if (person, head) in self._beside:
            return self._beside[(person, head)]
        last = re.escape(person.split()[-1])
        found = re.search(rf"\b{re.escape(head)}\b(?:[ \t]+[A-Z][\w'’\-]*)*[ \t]+{last}\b"
                          rf"|\b{last},[ \t]+(?:the[ \t]+)?(?:[a-z][\w\-]*[ \t]+){{0,3}}{re.escape(head)}\b",
                          self.masked, re.IGNORECASE) is not None
        self._beside[(person, head)] = found
        return found

    def _introduced_otherwise(self, person: str, head: str) -> bool:
        """Whether the text brings ``person`` in, at their first mention, as someone's relation by a noun that is not
        ``head`` ("Her childhood friend, Tanya Mould", "His lecturer, Dr Fiona Grey")."""
        if (person, head) not in self._relation_intro:
            self._relation_intro[(person, head)] = self._relation_intro_of(person, head)
        return self._relation_intro[(person, head)]

    def _relation_intro_of(self, person: str, head: str) -> bool:
        """:meth:`_introduced_otherwise`, searched."""
        # (the whole name first: "Her sister, Jo Vale" is not found by a search for "Vale" that meets Rosa Vale first)
        hit = re.search(rf"(?<![\w'’\-]){re.escape(person)}(?![\w'’\-])", self.masked) \
            or re.search(rf"(?<![\w'’\-]){re.escape(person.split()[-1])}(?![\w'’\-])", self.masked)
        if hit is None:
            return False
        at = hit.start()
        intro = _INTRODUCING_NOUN.search(self.masked, max(0, at - 80), at)
        if intro is None:
            return False
        noun = intro.group("noun").lower()
        return noun != head and (noun in ROLE_WORDS or noun in _PERSON_NOUNS) and head not in intro.group(0).lower().split()

    def _last_holder_before(self, holders: list[str], at: int) -> str | None:
        """Of several people the text gives the same title ("Labour minister Jo Hale", "Tory minister Tom Varley"),
        the one it names last before ``at``: "the minister said" goes back to the latest, never to one the text names
        only after the words (``None``: one holder, or none named before)."""
        if len(holders) < 2:
            return None
        seen = [(max(self._written_at(n, at), self._written_at(n.split()[-1], at)), n) for n in holders]
        last = max(seen)
        return last[1] if last[0] >= 0 else None

    def _role_subject_before(self, at: int, person: str) -> str | None:
        """The role noun that opens the sentence right before the one at ``at`` as its subject ("The mayor was
        furious."): the one a pronoun after it most likely stands for. Not when that sentence names ``person``
        ("The barrister … had said …, said Charles Clarke."): it is then about them too."""
        if not self.sentences:
            return None
        idx = self.sentence_index(at)
        if idx == 0:
            return None
        before = self.sentences[idx - 1]
        if has_word(self.masked[before.start:before.end], person.split()[-1]):
            return None
        m = _ROLE_SUBJECT.match(self.masked, before.start)
        return m.group("role").lower() if m and m.group("role").lower() in ROLE_WORDS else None

    def _role_of_another(self, person: str, head: str, at: int) -> bool:
        """Whether the sentence that names ``person`` last before ``at`` uses the role noun for someone else
        (_role_names_another): then a bare "the <role> said" is not that person. One backward search for the
        person's last word and one sentence read: no whole-text scan."""
        last = person.split()[-1]
        hits = list(re.finditer(rf"\b{re.escape(last)}\b", self.masked[max(0, at - 1500):at]))
        if not hits:
            return False
        pos = max(0, at - 1500) + hits[-1].start()
        sent = self.sentences[self.sentence_index(pos)] if self.sentences else None
        if sent is None:
            return False
        return _role_names_another(self.masked[sent.start:min(sent.end, at)], head, person)

    def group(self, mention: str, at: int) -> str | None:
        """The name of the group a plural mention stands for ("the artists" -> "Langlands & Bell"), if the text gives one.

        The text introduces it as "artists Langlands & Bell" / "US band Scissor
        Sisters"; the last such introduction with the same noun before the
        quotation wins.  Otherwise nobody in particular: never the previous speaker.
        """
        noun = mention.split()[-1].lower()
        best: str | None = None
        for m in _GROUP_INTRO.finditer(self.masked, max(0, at - 3000), at):
            if m.group("noun").lower() == noun:
                best = m.group("name")
        return best

    def _last_org(self, window: str) -> str | None:
        """The organisation named last in ``window``: a long name, an acronym, or one the text introduced; a thing
        named by an acronym ("… notebook PCs. The magazine has …") is passed over."""
        best: tuple[int, str] | None = None
        for m in org_long_iter(window):
            best = (m.end(), strip_article(m.group(0)))
        for m in CAP_SEQ.finditer(window):
            p = parse_name(m.group(0))
            if _IN_PLACE.search(window, max(0, m.start() - 8), m.start()) and self._known_place(p.name or m.group(0)):
                continue  # "In the US last year, revenue grew …": a place, not who speaks
            if p.name in THING_ACRONYMS:
                continue
            if self._modifies_noun(window, m.start(), m.end()):
                continue  # "its UK projects", "the BBC News website": the capitals say what kind of thing, not who
            if (p.kind == "organisation" or p.name in self.ents.orgs) and p.name \
                    and (best is None or m.end() > best[0]):
                gov = _GOVERNMENT.match(window, m.end())
                best = (m.end(), p.name + gov.group(0) if gov else p.name)  # "The US government denied …"
        return best[1] if best else None

    @staticmethod
    def _modifies_noun(window: str, start: int, end: int) -> bool:
        """Whether the capitals at window[start:end] modify the common noun after them: after a possessive
        ("its UK projects") always, after "the", "a" or "another" when that noun reads as none of a verb's forms
        ("the White City redevelopment scheme", "another UK project"; never "the IMF expects", "the bank warned")."""
        nxt = _MODIFIES_NOUN.match(window, end)
        if nxt is None or _GOVERNMENT.match(window, end):
            return False
        before = window[max(0, start - 8) : start]
        if _POSSESSIVE_BEFORE.search(before):
            return True
        word = nxt.group(0).strip()
        # (an irregular past is a verb: "Shares in the Harwood Group rose after …" name the firm that speaks)
        return bool(_THE_BEFORE.search(before)) and not word.endswith(("s", "ed")) and word not in lemma_of()

    def _unknown_name(self, word: str, acts: bool = False) -> bool:
        """Whether a capitalised word reads as the name of someone the entity table does not hold: the text writes
        it capitalised after a lower-case word (or ``acts``: a past tense follows it, "Carson defied the question")
        and never in lower case, and it is no body, place, thing or nationality the document knows."""
        key = (word, acts)
        if key not in self._unknown:
            self._unknown[key] = self._reads_unknown(word, acts)
        return self._unknown[key]

    def _reads_unknown(self, word: str, acts: bool) -> bool:
        low = fold(word)
        if word.lower() in self.names.lowered:
            return False  # "Shares fell": a common word opening its sentence
        if acts and (low in NON_NAME_FIRST or low in _OPENING_CLAUSE_WORDS):
            return False  # "Once created, the folders …", "Having won …": a clause opening, not a name
        if low in self.ents.persons or low in NATIONALITIES or self._known_place(word) \
                or any(word in o.split() for o in self.ents.orgs if o != word) or word in self.names.places \
                or any(word in t.split() for t in self.ents.things):
            return False
        mid_sentence, placed = self._word_uses()
        if acts and is_given_name(word) and word in mid_sentence:
            return True  # "Bob agreed to talk": a given name acting, written mid-sentence too ("speak with Bob")
        if word in placed:
            return False  # "in Michigan", "Michigan Attorney General": a place or a name's first part, not a surname
        if not acts and word not in mid_sentence:
            return False
        # "Hassall made it clear" in a story about Brian Hassell: the text misspells a known name
        return not (len(low) >= 5 and any(Levenshtein.distance(low, fold(n.split()[-1])) == 1
                                          for n in self.ents.full_names))

    def _word_uses(self) -> tuple[frozenset[str], frozenset[str]]:
        """Where the text puts its capitalised words, read in one pass each the first time a sentence opens with a
        bare word the table does not know: those it writes after a lower-case word or a comma, and those it puts after
        a preposition of place or before another capitalised word. (Searching the text again for each word made one
        5 MB file 15% slower to build.)"""
        if self._uses is None:
            text = self.masked
            self._uses = (frozenset(_MID_SENTENCE_CAPITAL.findall(text)),
                          frozenset(_PLACED_CAPITAL.findall(text)) | frozenset(_CAPITAL_BEFORE_CAPITAL.findall(text)))
        return self._uses

    def _known_place(self, name: str) -> bool:
        """Whether a run the text puts after "in the" is a place or a nationality, not a firm that speaks.

        "In the US", "in the Middle East", "in the West": a place.  "Shares in the Royal Bank of Scotland":
        an organisation, which a place-like word inside its name ("Scotland") does not make a place, and
        "in the" alone never does (it is how news writes firms: "a stake in the Bank of Ireland").
        """
        name = strip_article(name.strip())
        words = name.split()
        if not words or ORG_LONG.fullmatch(name) or words[-1].lower() in _ORG_ENDS:
            return False
        return (name in PLACES_AFTER_THE or words[-1].lower() in PLACE_WORDS or fold(name) in NATIONALITIES
                or name in self.names.places)

    def _org_in(self, desc: str, head: str) -> str | None:
        """An organisation named inside a description, if any."""
        long = org_long_search(desc)
        if long:
            return strip_article(long.group(0))
        for m in CAP_SEQ.finditer(desc):
            seq = _ARTICLE_OR_BARE.sub("", m.group(0))
            if not seq:
                continue
            owner = desc[m.end() : m.end() + 2] in ("'s", "’s")
            p = parse_name(seq)
            name = p.name or seq
            if head in ORG_NOUNS and head != "government" \
                    and (m.group(0).endswith(("'s", "’s")) or desc[m.end() :].strip(" ,").lower() == head) \
                    and p.kind != "person" and not self.ents.is_person(name) and not self._known_place(name) \
                    and not NATIONALITY_HINT.search(name) and name.lower() != head \
                    and (body := self._body_of_word(strip_possessive(name), p.kind)):
                # "Zentrix's security team", "the Heathrow team": the body whose team it is, never the last body
                # named; by the body's full name when the text gives one ("Heathrow Airport", "Kelby Borough Council")
                return body
            if head in DOCUMENT_NOUNS and desc[m.end() :].strip().lower().startswith(head) and name.lower() != head:
                # "a Capital Economics statement said": the run written before the document is its author, body or
                # person (a two-word body reads as a person's name, and the last body named is some other one);
                # one word of the one body the text names in full is that body ("the Pew report": "US Pew Research
                # Center"), never a person's surname
                if " " not in name and not self.ents.is_person(name) and (body := self._body_of_word(name, p.kind)):
                    return body
                return name
            if p.kind == "person" and not owner or NATIONALITY_HINT.search(name) and " " not in name \
                    or name.lower() == head:
                continue  # "the Bank said": which bank is for the context to say
            if self._surname_of_someone(name):
                continue  # "The Okafor team said" where the text names Jay Okafor: his team, unnamed, not him
            if p.kind == "organisation" or name in self.ents.orgs or owner or name.lower().endswith(head):
                return strip_possessive(name)
        return None

    def _surname_of_someone(self, name: str) -> bool:
        """Whether ``name`` is a bare surname of a person the text names in full ("Okafor" for Jay Okafor): a body
        word written with it ("the Okafor team", "the Okafor camp") is that person's people, never the person."""
        return " " not in name and self.ents.is_person(name) and len(self.ents.full_name(name).split()) > 1

    def _body_of_word(self, name: str, kind: str) -> str | None:
        """The body ``name`` stands for: the one body the text names holding it as a word ("Heathrow" in "Heathrow
        Airport"), else ``name`` itself when it is a body's name; ``None`` when nothing says it names a body (a
        surname: "Patel's research team")."""
        longer = {o for o in self.ents.orgs if o != name and name in o.split()}
        if len(longer) > 1 and all(o in (longest := max(longer, key=len)) for o in longer):
            return longest  # "Pew Research" and "US Pew Research Center": one body named twice, the fuller its name
        if len(longer) == 1:
            return longer.pop()
        return name if name in self.ents.orgs or kind == "organisation" else None

    def _only_saw(self, body: str, at: int) -> bool:
        """Whether the last time the text names ``body`` before ``at`` it only saw the words ("The letter, sent to the
        Chancellor by the minister and seen by the BBC, said …. It warned …"): "it" is the letter, not the BBC."""
        last = self.masked.rfind(body, max(0, at - 1500), at)
        return last > 0 and _SAW_BEFORE.search(self.masked, max(0, last - 30), last) is not None

    def _owned_body(self, desc: str, head: str, at: int) -> str | None:
        """For a body noun naming its own body ("Google's security team", "the Google team") that :meth:`_org_in`
        could not take as one (the text reads the word as a person's name too): the body the text named last when its
        name holds the owner's word (the "Brits committee" is the Brit Awards'), else "" (unsure); ``None`` when
        the description names no owner."""
        words = desc.strip(" ,").split()
        if owner := _CAPITAL_OWNER.search(desc):
            word = owner.group(0).strip().split()[-1][:-2]
        elif len(words) >= 2 and words[-1].lower() == head and words[-2][:1].isupper() and words[-2] != "The" \
                and not NATIONALITY_HINT.search(words[-2]) and not self._known_place(words[-2]):
            word = words[-2]  # "the Google team"
        else:
            return None
        last = self.organisation_before(at, desc)
        if last and self._surname_of_someone(last):
            return ""  # "the Okafor team" where the text names Jay Okafor: his team, unnamed, never him
        key = word.lower().rstrip("s")
        return last if last and any(w.lower().rstrip("s") == key for w in last.split()) else ""

    def _part_of_named_body(self, desc: str, head: str, at: int) -> bool:
        """Whether a modified body noun ("the supporters club") names a part of a body the text named before it.

        When the text wrote "the Man Utd supporters club", the supporters club is another body than Man Utd (which
        the text calls "the club"): the last organisation named or quoted is no safe guess for it, so nobody is.
        Only lower-case modifiers just before the head noun count; "the club" alone is left to the context."""
        words = desc.split()
        if not words or words[-1].lower().strip(".,") != head:
            return False
        mods: list[str] = []
        for w in reversed(words[:-1]):
            if not re.fullmatch(r"[a-z][a-z'’\-]*", w) or w in ("the", "a", "an", "for", "of", "from", "at") \
                    or w in GENERIC_ROLES or w in ROLE_WORDS:
                break
            mods.insert(0, w)
        if not _names_members(mods):
            return False  # "the Hollin Rovers football club" then "the football club said": the body itself
        phrase = r"\s+".join(re.escape(w) for w in [*mods, head])
        owned = re.compile(r"\b[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*(?:'s|’s)?\s+" + phrase + r"\b")
        return owned.search(self.masked, max(0, at - 6000), at) is not None

    def body_named_as(self, noun: str, at: int) -> str | None:
        """The body named last before ``at`` (in the 6,000 characters before it) whose name holds ``noun`` as a word
        ("Northgate General Hospital" for "the hospital"); ``None`` when none is."""
        window = self.masked[max(0, at - 6000) : at]
        best: tuple[int, str] | None = None
        for m in [*org_long_iter(window), *CAP_SEQ.finditer(window)]:
            name = strip_article(m.group(0))
            if noun in {w.lower().strip(".,") for w in name.split()} and name.lower() != noun \
                    and (best is None or m.end() > best[0]):
                best = (m.end(), name if m.re is ORG_LONG.compiled else parse_name(name).name or name)
        return best[1] if best else None

    def organisation_before(self, at: int, desc: str = "") -> str | None:
        """The organisation a pronoun or a bare description ("the ministry") stands for.

        An organisation whose name shares a word with the description wins
        ("the economy ministry" -> "Economy Ministry", not the IMF named later);
        otherwise the last one quoted or named.
        """
        words = {w.lower().strip(".,") for w in desc.split()} - {"the", "a", "an"}
        own = self.sentences[self.sentence_index(at)].start if self.sentences else at
        kind = _KIND_OF.get(desc.split()[-1].lower().strip(".,")) if desc.split() else None
        if len(words) == 1 and desc.split()[0].lower() == "the" and self._last_org(self.masked[own:at]) is None:
            # (an organisation named in the description's own sentence is nearer: "Shares in the Royal Bank
            # of Scotland rose after "…", the bank said" is that bank, whoever spoke the sentence before)
            spoke = self._org_that_spoke_before(at)
            if spoke and not _other_kind(spoke, kind):
                # "JP Morgan said that … . The bank said": the firm the last sentence has speak ("the airline said"
                # is never "Fairhaven Bank", whose analyst spoke last)
                return spoke
        if words:
            window = self.masked[max(0, at - 1500) : at]
            best: tuple[int, int, str] | None = None
            for m in [*org_long_iter(window), *CAP_SEQ.finditer(window)]:
                name = strip_article(m.group(0))
                p = parse_name(name)
                if not (m.re is ORG_LONG.compiled or p.kind == "organisation" or p.name in self.ents.orgs) \
                        or p.name in THING_ACRONYMS:
                    continue
                name = name if m.re is ORG_LONG.compiled else p.name
                overlap = len(words & {w.lower() for w in name.split()})
                if overlap and (best is None or (overlap, m.end()) > best[:2]):
                    best = (overlap, m.end(), name)
            if best:
                return best[2]
        for _, who in reversed([s for s in self.speakers_at if s[0] < at and not _other_kind(s[1], kind)]):
            # '"…," said Seagate. "…," it said': the last speaker who is no person, even one never called a firm
            if who in self.ents.orgs or who.isupper() or " " not in who and not self.ents.is_person(who) \
                    or who.split()[-1].lower() in ORG_NOUNS and not self.ents.is_person(who):
                return who
        last = self._last_org(self.masked[max(0, at - 1500) : at])
        return None if last is not None and _other_kind(last, kind) else last

    def body_the_sentence_before_is_about(self, at: int) -> str | None:
        """'… the NIESR report was optimistic about the economy. It said …': "it" that opens a sentence goes on from
        the organisation (or its report) that is the subject of the sentence before, not from the body quoted last.

        A new sentence's pronoun subject continues the previous sentence's subject; only a subject that is an
        organisation the document knows (or an acronym) counts, so a person or a place there leaves the ordinary
        search (:meth:`organisation_before`) to decide.
        """
        idx = self.sentence_index(at)
        if idx == 0 or not self.sentences or not _OPENS_WITH_IT.match(self.masked, self.sentences[idx].start, at + 3):
            return None
        prev = self.sentences[idx - 1]
        m = _BODY_SUBJECT.match(self.masked, prev.start, prev.end)
        if m is None:
            return None
        name = strip_article(m.group("org"))
        p = parse_name(name)
        # "The vaccine's maker, Corvell Biologics, blamed …": the appositive's noun says the name is a body's
        lead = self.masked[prev.start:m.start("org")].rstrip(" \t,").split()
        described = bool(lead) and lead[-1].lower() in ORG_NOUNS
        if self.ents.is_person(name) or not (name.isupper() and len(name) > 1 or name in self.ents.orgs
                                              or p.kind == "organisation" or described):
            return None
        return p.name if p.kind == "organisation" and p.name else name

    def _document_author_before(self, at: int) -> str | None:
        """'Mr Crosby's statement said: "…" It added: "…"': "It added" opening a sentence right after one whose subject
        is a person's statement goes on from that statement, whose words are its author's. Only a statement (a report,
        a lawsuit or a memo may be someone else's about them) and only "added", "continued" or "went on" (a body named there
        may be the "It" that replies, denies or insists; review of wave 41)."""
        idx = self.sentence_index(at)
        if idx == 0 or not self.sentences or not _IT_GOES_ON.match(self.masked, self.sentences[idx].start,
                                                                         self.sentences[idx].end):
            return None
        prev = self.sentences[idx - 1]
        m = _PERSONS_DOCUMENT_SAID.match(self.masked, prev.start, prev.end)
        if m is None or any(parse_name(o.group(0)).kind == "organisation" or o.group(0) in self.ents.orgs
                            for o in CAP_SEQ.finditer(self.masked, m.end(), prev.end)):
            return None  # "Mr Crosby's letter said Dunmere Bank had broken its promises. It replied": the bank
        p = parse_name(m.group("owner"))
        if not p.name or not (p.kind == "person" or self.ents.is_person(p.name)):
            return None
        return self.ents.full_name(p.name)

    def _it_uncontested(self, at: int, org: str | None) -> str | None:
        """``org``, unless the sentence "It" opens follows one whose subject is another body ("The Employers Forum
        disagreed with the Guild. It said …"): the pronoun goes on from that subject, which the search for the last
        organisation (``org``) passed over because the document never quoted it, so the words get no name."""
        idx = self.sentence_index(at)
        if org is None or idx == 0 or not self.sentences \
                or not _OPENS_WITH_IT.match(self.masked, self.sentences[idx].start, at + 3):
            return org
        prev = self.sentences[idx - 1]
        unnamed = _UNNAMED_BODY_SUBJECT.match(self.masked, prev.start, prev.end)
        if unnamed and unnamed.group("noun") in ORG_NOUNS \
                and unnamed.group("noun") not in {w.lower() for w in org.split()}:
            # "But an all-party committee said it was "not confident" … It blamed …": the pronoun goes on from the
            # body the sentence before has speak, which it names by a kind only, not from a name it passed
            return None
        m = _THE_SUBJECT.match(self.masked, prev.start, prev.end)
        if m is None or self.ents.is_person(m.group("org")):
            return org
        subject, named = fold(m.group("org")), fold(org)
        return org if subject in named or named in subject else None

    def _org_that_spoke_before(self, at: int) -> str | None:
        """An organisation that is the subject of a speech verb in the sentence before ``at`` ("JP Morgan said")."""
        idx = self.sentence_index(at)
        if idx == 0 or not self.sentences:
            return None
        prev = self.sentences[idx - 1]
        best = None
        for m in lead_verbs(self.masked, prev.start, min(prev.end, at)):
            p = parse_name(strip_article(m.group("who").strip()))
            if p.name and all(t[:1].isupper() or t[:1].isdigit() for t in p.name.split()) \
                    and (p.kind == "organisation" or p.name in self.ents.orgs) and not self.ents.is_person(p.name):
                best = p.name
            elif (body := self.body_of_spokesperson(m.group("who"))) is not None:
                best = body
        return best

    def body_of_spokesperson(self, mention: str) -> str | None:
        """The organisation a speaking "spokesman for UKIP" / "UKIP spokeswoman" names inside the mention (``None``
        when it names none): their words are the body's, so a later "the party said" goes on from that body, not
        from another named after it ("… called on Mr Hockney to quit the London Assembly. The party asserts …")."""
        words = [w.lower().strip(".,") for w in mention.split()]
        if not any(w.startswith("spokes") for w in words):
            return None
        return self._org_in(mention, next(w for w in words if w.startswith("spokes")))

    def plaintiff(self, at: int) -> str | None:
        """Who brought the lawsuit ("Actor Bruce Willis is suing Revolution Studios"): its words are theirs."""
        best: str | None = None
        for m in _SUES.finditer(self.masked, 0, at):
            who = self.resolve(m.group("who"), m.start("who")).name
            if who:
                best = who
        return best

    def document_author(self, at: int, noun: str = "") -> Resolved | str | None:
        if noun and (introduced := self._document_introduced(noun, at)) is not None:
            return introduced
        window = self.masked[max(0, at - 3000) : at]
        for m in reversed(list(_DOC_AUTHOR.finditer(window))):
            p = parse_name(m.group("org"))
            if p.kind == "organisation":
                return p.name
        return self.organisation_before(at)

    def _document_introduced(self, noun: str, at: int) -> Resolved | str | None:
        """'A letter sent to parents by the head teacher of Ribblemoor Academy …. "…," the letter said': the document
        the text introduced, with who sent it, is that sender's: the person or body it names, or nobody when it only
        describes them (never the last body named, nor an acronym of the headline). "In a statement released through
        his agent, Tillman said" and "Mr Pugh said in a written statement" introduce it too, with its author as the
        subject. ``None`` when no sentence before introduces a document of that kind."""
        base = max(0, at - 3000)
        window = self.masked[base:at]
        found = [m for rx in _document_intros(noun) for m in rx.finditer(window)]
        if not found:
            return None
        # (the latest to end: "In a statement from his lawyer, Carver said" is Carver's, not the lawyer's)
        intro = max(found, key=lambda m: m.end())
        sender = intro.group("who").strip(" ,")
        if _POSSESSIVE_SENDER.search(sender):
            return Resolved(None, Resolved.ANOTHER)  # "a statement from Dr Amy Lee's family": someone she has
        if intro.re is _document_intros(noun)[0]:
            if _ON_BEHALF.match(window, intro.end("who")) or _ON_BEHALF.search(sender):
                return Resolved(None, Resolved.ANOTHER)  # "issued by Police Scotland on behalf of his family"
            if (lead := _LOWER_TITLE_THEN_NAME.fullmatch(sender)) is not None:
                sender = lead.group("name")  # "a letter from head teacher Jo Hale"
            elif sender[:1].islower() or sender.split()[0] in ("The", "A", "An", "Its", "Their", "His", "Her"):
                named = _NAMED_AFTER_DESCRIPTION.match(window, intro.end("who"))
                if named and parse_name(named.group("name")).kind == "person":
                    return self.resolve(named.group("name"), base + named.start("name")).name
                return Resolved(None, Resolved.ANOTHER)  # "by the head teacher of …": a sender the text does not name
            elif (cap := CAP_SEQ.match(sender)) is not None:
                sender = cap.group(0)  # "Kelby Council on Monday defended …": the name, not the clause after it
        who = self.resolve(sender, base + intro.start("who")).name
        return who or Resolved(None, Resolved.ANOTHER)

    def pronoun(self, at: int, female: bool, any_gender: bool = False, strict: bool = False) -> str | None:
        """The person the text is talking about: the subject of the nearest sentence naming someone.

        Walks back sentence by sentence from the quotation; a sentence whose
        subject is itself a pronoun points further back.  Within a sentence the
        first person named is taken (subjects come first in news prose), which
        beats "the last capitalised word".

        A person found whose given name is of the other gender in every country's list, where the text itself
        does not say, gives no name: "she" after a paragraph about Martin O'Neill was misread, and the next person
        back is only a guess (a list's gender can be wrong for one person: "Rio" is a man's name too).
        """
        who = self._pronoun(at, female, any_gender, strict)
        if who and not any_gender and self._gender_clashes(who, female):
            return None
        return who

    def _pronoun(self, at: int, female: bool, any_gender: bool = False, strict: bool = False) -> str | None:
        idx = self.sentence_index(at)
        first = True
        fallback: str | None = None
        fallback_at = -1
        for j in range(idx, max(idx - 8, -1), -1):
            s = self.sentences[j]
            end = at if first else s.end
            current, first = first, False
            seg_start = max(s.start, end - _WINDOW)
            seg = self.masked[seg_start:end]
            found = _outside_asides(self.masked, seg_start, end, self._persons_in(seg, seg_start), stop=not current)
            # "the first Scot to win a world title since Liz McColgan in 1991": someone of the past the sentence
            # measures against is not whom "she" goes on from
            found = [c for c in found if not self._of_the_past(c[0])]
            if j == idx - 1:
                # "Police arrested Tom Reed on Monday. '…,' he said": a person named only as the object of a verb,
                # in the sentence just before, whose subject is someone or something else, is not whom "he" goes on
                # from; that subject is (most likely) the pronoun, and the resolver cannot name it
                found = [(off, UNNAMED, talks) if who and not talks and _object_of_verb(self.masked, s.start, off)
                         else (off, who, talks) for off, who, talks in found]
            if not current and found and not found[0][2] \
                    and (actor := self._speaker_acting_after_possessor(s.start, s.end, found[0], at)) is not None:
                # "Fowler's double strike helped City win at Carrow Road and Keegan sympathised with Worthington.
                # '…,' he said": the sentence opens on what a person owns, a thing; someone quoted before, acting in
                # a clause of their own, is who goes on (a newcomer there leaves the owner, as before)
                found = [actor]
            if not current and _PRONOUN_SUBJECT.match(self.masked, s.start):
                # "They could, however, picture Michael Howard": the subject is "they"; a name later in the
                # sentence is an object, never whom "he" goes on from, unless it speaks there
                found = [c for c in found if c[2]]
            if not found and not current and (odd := _ODD_NAME_SPEAKS.match(self.masked, s.start, s.end)) \
                    and is_given_name(odd.group("given")):
                # "Andre 3000 thanked fans …. '…,' he said": a given name whose next word no name is made of (a number)
                # opens the sentence before and speaks; "he" is most likely them, whom the resolver cannot name, so
                # nobody further back is guessed
                found = [(s.start, UNNAMED, True)]
            if not current and not any(c[2] for c in found) and _PAIR_SUBJECT.match(self.masked, s.start, s.end) \
                    and all(not self.masked[t.start:t.end].strip(" \t\n\"“”,.") for t in self.sentences[j + 1:idx]):
                # "Outside, the couple hugged on the steps. '…,' she said": "she" is one of the two the sentence
                # before the quotation is about, whom no name there tells apart; nobody further back is guessed
                return None
            if not current and (bare := _BARE_WORD_SUBJECT.match(self.masked, s.start, s.end)) \
                    and self._unknown_name(bare.group("word"), acts=bool(_ACTS_NEXT.match(self.masked, bare.end("word")))):
                # "Roddick broke a racket …. '…,' he said": the sentence before opens with a name the document gives
                # no person for (written capitalised mid-sentence, never in lower case, no body, place or thing);
                # "he" is most likely that subject, whom the resolver cannot name, so nobody further back is guessed
                found = [(s.start, UNNAMED, False), *found]  # before any object the sentence names after it
            if not current and (described := _DESCRIBED_SUBJECT.match(self.masked, s.start, s.end)) \
                    and not any(off < described.end() for off, _, _ in found):
                # "The seventh seed, who … is lined up to meet Roddick, is looking forward to the match. '…,' he
                # said": a person the sentence before describes without a name, in a relative clause of their own,
                # is its subject; a name later in it is someone that person meets or does something to, and the
                # resolver cannot name the subject, so nobody further back is guessed either (a sentence naming nobody
                # else is passed over as before). The person the sentence before opens on is no safer a guess: "Chris
                # Todd led the rescue team. The pensioner, who …, turned up at a farm" (review of wave 33)
                if found:
                    found = [(s.start, UNNAMED, False), *found]
            if not current and found and (passive := _DESCRIBED_PASSIVE_SUBJECT.match(self.masked, s.start, s.end)) \
                    and _person_noun(passive.group("head")) and not any(off < passive.end() - 3 for off, _, _ in found):
                # "But the wildcard entry was dispatched by Robby Ginepri …. '…,' he said": the sentence is about the
                # person its subject describes without a name, whom the agent beat; "he" may be either, and the
                # resolver cannot name the loser, so nobody is named (the agent of a praise or a signing still is)
                found = [(s.start, UNNAMED, False), *found]
            if not found and _EPITHET_IN.search(seg):
                # "The affair still rankles with the Dutchman. '…,' he said": an epithet stands for the
                # person the article is about, not for whoever the sentence before names
                main = self.protagonist()
                if main:
                    found = [(seg_start + _EPITHET_IN.search(seg).start(), main, False)]
            if current and _reports_clause_before(self.masked, s.start, at):
                # '"…" Mr Blair's government was a "…", he added' / "Blair has failed, he claimed":
                # the names before the pronoun in its clause sit inside what it reports, so it is not one of them
                stop = max(self.masked.rfind(c, s.start, at) for c in ".!?")
                # ... unless someone in the sentence is the subject of a speech verb before it: "Clinton campaign
                # manager Robby Mook acknowledged … had split the contests, which is an outcome, he said, '…'" —
                # the pronoun's parenthetical repeats that speaker, whom the report itself does not hold
                found = [c for c in found if c[0] < stop] or _first_speaking(found, self.masked, s.start, at)
            if current and found and _FRONTED_PHRASE.fullmatch(self.masked, s.start, at):
                # "Reacting to a comment by club chairman Tim Hale, the American said:" / "Asked about Smith, he said":
                # whoever a fronted phrase names is what its subject reacts to or is asked about, never that subject
                found = []
            talking = [c for c in found if c[2]]
            if not current and len({c[1] for c in talking}) > 1 and _BUT_BEFORE.search(
                    self.masked, max(s.start, talking[-1][0] - 60), talking[-1][0]):
                # "Hewitt said he had …, but Tennis Australia's Geoff Pollard rejected his comments. '…,' he said":
                # the one who answers, after "but", is who goes on speaking (not a name inside the first report)
                found = [talking[-1]]
                answered = True
            else:
                answered = False
            cut = self._subject_pronoun(seg, female, any_gender)
            if cut is not None and not answered:
                # "He met Tony Blair." / "Now he fears … Jason Robinson …": a name after a fitting subject
                # pronoun is not who that pronoun is; the one we look for is (most likely) that pronoun too
                found = [c for c in found if c[0] < seg_start + cut]
            speaking = [(off, who) for off, who, talks in found if talks]
            if not current and len({who for _, who in speaking}) > 1:
                # "The barrister who represented Mr Martin had said …, said Mr Clarke.": the reporting clause that
                # closes the sentence names who said all of it
                final = self._final_reporter(s.start, s.end)
                speaking = [c for c in speaking if c[1] == final] or speaking
            if not current and not speaking and self._pronoun_reports(seg, female, any_gender):
                found = []  # "Mr Blair has failed, he claimed.": that "he" is the one we are looking for
            # a quotation already attributed in this sentence: its speaker is the one talking
            quoted = [(off, who) for off, who in self.speakers_at
                      if s.start <= off < end and self.ents.is_person(who)]
            # the subject of a speech verb ("…, Michael Howard has said") beats the first name
            cands = sorted(speaking + quoted) or sorted(quoted + [(off, who) for off, who, _ in found])
            if not cands:
                continue
            fitting = [c for c in cands if any_gender or self._gender_fits(c[1], female)]
            if not fitting and (speaking or quoted):
                fitting = [(off, who) for off, who, _ in found if any_gender or self._gender_fits(who, female)]
            if fallback is not None and j < fallback_at - 1:
                break  # only the sentence just before may hold a known woman who beats the candidate found
            if female and not any_gender and fitting:
                # "she": a known woman just further back beats a man whose gender the text never shows, but
                # once a candidate of unknown gender is found, someone further back must be a known woman
                known = [c for c in fitting if c[1] in self.ents.female]
                if known:
                    first = known[0]
                    if first not in speaking and first not in quoted:
                        # "Hilary Swank won, beating stars including Kate Winslet. '…,' she said": a known woman who
                        # does not speak there is beaten by a named person before her whose given name every
                        # country's list gives women (the subject, not one of a list of objects)
                        first = next(c for c in fitting if c in known or c not in quoted
                                     and _guessed_gender(c[1]) == "female" and _her_in_clause(self.masked, c[0]))
                    return first[1] or None
                if not current and any(c == fitting[0] for c in speaking):
                    return fitting[0][1] or None  # "… for Staunton, who told reporters she …": whoever speaks there is "she"
                guessed = [c for c in fitting if c[1] and _guessed_gender(c[1]) == "female"]
                if guessed and fitting[0][1] and _guessed_gender(fitting[0][1]) is None and fallback is None:
                    # "Dev Okafor was criticised by Carla Fenwick. '…,' she said": of the people in one sentence, one
                    # whose given name every list gives women beats one whose gender nothing shows
                    return guessed[0][1]
                if fallback is None:
                    fallback, fallback_at = fitting[0][1], j
                continue
            if fitting:
                return fitting[0][1] or None
        if fallback is not None:
            return fallback or None
        if strict:
            return None
        # Fall back to the last attributed person speaker.
        for _, who in reversed(self.speakers_at):
            if self.ents.is_person(who) and (any_gender or self._gender_fits(who, female)):
                return who
        return None

    def _final_reporter(self, start: int, end: int) -> str | None:
        """The person named by a reporting clause that closes the sentence ('…, said Mr Clarke.'), if any."""
        m = _END_REPORT.search(self.masked[start:end].rstrip())
        return self.end_reporter(m) if m else None

    def end_reporter(self, m: re.Match[str]) -> str | None:
        """The person an ``_END_REPORT`` match names ('said Mr Clarke', 'Mr Clarke said'), if it names one."""
        mention = m.group("who") or m.group("who2")
        p = parse_name(mention.strip())
        if p.name and (p.kind == "person" or self.ents.is_person(p.name)):
            return self.ents.full_name(p.name)
        return None

    def protagonist(self) -> str | None:
        """The person the article is about: the one whose surname it repeats most (ties: none)."""
        if self._protagonist is None:
            names = [n for n in self.ents.full_names if n.split()[-1][:1].isupper()]
            occurrences = _whole_word_counts(self.masked, [n.split()[-1] for n in names])
            counts = sorted(((occurrences[n.split()[-1]], n) for n in names), reverse=True)
            top = counts[0] if counts else (0, "")
            tie = len(counts) > 1 and counts[1][0] == top[0]
            self._protagonist = top[1] if top[0] >= 3 and not tie else ""
        return self._protagonist or None

    def _titled_person_next(self, seg: str, end: int) -> bool:
        """Whether a person the text knows is named right after a description ending at ``end`` ("Sun's chief
        operating officer Jonathan Schwartz"): the description is that person's title, not someone unnamed."""
        m = _CAPITALS_NEXT.match(seg, end)
        if m is None:
            return False
        between = seg[end : m.start(1)].split()
        if between and (between[-1] not in ROLE_WORDS
                        or not all(w in ROLE_WORDS or w in TITLE_MODIFIERS or w.endswith("ing") for w in between)):
            return False  # "the minister told Tony Blair": a verb between, the name is someone else
        p = parse_name(m.group(1))
        return bool(p.name) and (p.kind == "person" or self.ents.is_person(p.name))

    def _one_name_speaking(self, name: str, kind: str) -> bool:
        """Whether a single capitalised word that speaks is a person known by one name ("Safin", "Bob").

        Not an organisation, a nationality or a word the text also writes in lower case ("Hours said").
        """
        if not name or " " in name or kind == "organisation" or name in self.ents.orgs or name.isupper() \
                or name.lower() in SEVERAL_PEOPLE:
            return False  # ("Officials confirmed Ann Lowe had resigned": several people, never "she")
        return name[:1].isupper() and name.lower() not in self.names.lowered and fold(name) not in NATIONALITIES

    def _named_mid_sentence(self, word: str) -> bool:
        """Whether the text also writes ``word`` capitalised after a lower-case word or a comma: a name, not a
        common noun capitalised only because it opens sentences ("Interest has grown")."""
        return bool(word) and re.search(rf"[a-z,][ \t]+{re.escape(word)}\b", self.masked) is not None

    def _names_person(self, piece: str) -> bool:
        """Whether a capitalised piece names a person the text knows, with or without an honorific ("Mr Fisher")."""
        return self.ents.is_person(piece) or self.ents.is_person(piece.split()[-1])

    def _gender_fits(self, name: str, female: bool) -> bool:
        """Known women for "she", known men for "he"; a person of unknown gender fits either."""
        if female:
            return name not in self.ents.male
        return name not in self.ents.female

    def _gender_clashes(self, name: str, female: bool) -> bool:
        """Whether the text does not say ``name``'s gender and a given name every country's list gives the other
        gender only says it is not the pronoun's ("Martin" for "she", "Marla" for "he")."""
        if name in self.ents.male or name in self.ents.female:
            return False
        return _guessed_gender(name) == ("male" if female else "female")

    @staticmethod
    def _subject_pronoun(seg: str, female: bool, any_gender: bool) -> int | None:
        """Offset in ``seg`` of the first he/she that could be the pronoun being resolved, if any."""
        for m in _PRONOUN_RX.finditer(seg):
            if any_gender or (m.group(1).lower() == "she") == female:
                return m.start()
        return None

    def _pronoun_reports(self, seg: str, female: bool, any_gender: bool) -> bool:
        """Whether a pronoun that could be the one being resolved is the subject of a speech verb in ``seg``."""
        for m in _PRONOUN_SPEAKS.finditer(seg):
            she = m.group("p").lower() == "she"
            if any_gender or she == female:
                return True
        return False

    @staticmethod
    def _person_set_off_after(seg: str, end: int) -> bool:
        """Whether a full personal name set off by commas follows ``end`` ("…Enforcement, Dean Boyd, said"): the
        capitals before it are what the person is described by, and the person is the subject."""
        after = _SET_OFF_NAME.match(seg, end)
        # ("Dorran, Tom Bell, and Sam Reid left": a list of people, each a possible subject)
        return bool(after) and " " in after.group("name") and parse_name(after.group("name")).kind == "person" \
            and not _LIST_GOES_ON.match(seg, after.end())

    def _persons_in(self, seg: str, base: int) -> list[tuple[int, str, bool]]:
        """Persons named in ``seg`` as possible subjects, in order (objects of a preposition are skipped).

        Each comes with whether a speech verb is attached to the mention
        ("Michael Howard has said", "said Mr Straw"): that person speaks.
        """
        found: list[tuple[int, str, bool]] = []
        skipped_to = -10
        carried_to = -1  # where the name starts that a possessor's speech verb belongs to
        for m in CAP_SEQ.finditer(seg):
            if m.group(0).endswith(("'s", "’s")) and (titled := _OWNER_THEN_TITLED.match(seg, m.end())):
                # "…, said Sun's chief operating officer Jonathan Schwartz": the owner of a title held by the name
                # after it is nobody speaking; the speech verb is the name's
                if _speaks(seg, m.start(), m.end()):
                    carried_to = titled.end() - 1
                continue
            before = _LAST_WORD.search(seg, max(0, m.start() - 15), m.start())
            word = before.group(1).lower() if before else ""
            clause = _CLAUSE_TAIL.search(seg, max(0, m.start() - 40), m.start())
            in_pp = _after_preposition(clause.group(0) if clause else "")
            if in_pp and _label_then_speaker(seg, m):
                in_pp = False  # "For the Lib Dems David Laws said": the preposition's object is the party only
            if m.group(0).split()[0] in ("With", "Without", "Alongside") and " " in m.group(0) \
                    and seg.startswith(",", m.end()):
                # "With Jools Holland, booked …": a fronted phrase of company set off by its comma, whose capitalised
                # preposition the capitals took in: its name is an object ("For Rick Dean, …" is the topic: kept)
                in_pp = True
            if not in_pp and second_place(seg[: m.start()], self._names_person):
                in_pp = True  # "Andrew Fisher, from Omaha, Nebraska, said": the state goes with the town
            if in_pp and _TIME_WORD.match(m.group(0)) and " " in m.group(0):
                in_pp = False  # "on Wednesday Mr Straw said": the preposition governs the day, not the name
            words_from = _WORDS_CAME_FROM.search(seg, max(0, m.start() - 60), m.start())
            if words_from:
                in_pp = False  # "One dissenting opinion came from Brian Gammage": the source of words speaks
            office = office_ends_before(m.group(0), seg, m.start())
            if office:
                in_pp = False  # "Chief Secretary to the Treasury Paul Boateng attacked": the office's holder
            if in_pp and _SPOKESPERSON_FOR_BEFORE.search(seg, max(0, m.start() - 30), m.start()):
                # "defended by a spokesman for Royal Mail, who said": the one who said is the spokesman, unnamed
                skipped_to = m.end()
                continue
            if (in_pp or word == "and" and m.start() - skipped_to < 8) and not _WHO_SPEAKS.match(seg, m.end()):
                # "against West Brom and Aston Villa": objects, not subjects -- unless a relative clause
                # makes one speak ("a debut nomination for Staunton, 49, who told BBC News she …")
                skipped_to = m.end()
                continue
            if word in _POSSESSIVE_DETERMINERS:
                continue  # "to keep alive their Grand Slam hopes": what someone owns is nobody speaking
            if _MODIFIER_OF_NAME.match(seg, m.end()):
                continue  # "Scissor Sisters frontwoman Ana Matronic": the band modifies the name
            if _modifies_a_noun(seg, m):
                continue  # "a late-night Los Angeles recording session": the capitals describe a thing, not who
            owned = _possessed_person(seg, m.end()) if m.group(0).endswith(("'s", "’s")) else None
            if owned is not None:
                # "Tony Blair's official spokesman declined …", "Fletcher's daughter Jill said": the possessor is
                # not the subject; a name after the noun is (found next), else someone the text leaves unnamed
                if owned:
                    found.append((base + m.start(), UNNAMED, _speaks(seg, m.start(), m.end() + len(owned))))
                continue
            # the source after "according to" or of an opinion that "came from" (_speaks reads "according to")
            sourced = bool(_ACCORDING_TO.search(seg, max(0, m.start() - 20), m.start())) or bool(words_from)
            talks = _speaks(seg, m.start(), m.end()) or bool(_WHO_SPEAKS.match(seg, m.end())) or sourced \
                or m.start() == carried_to and not _REPORTED_SUBJECT.match(seg, m.end())
            if m.group(0).startswith("The ") and not talks \
                    and seg[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?", '"', "”", ","):
                continue  # "doing The Daily Source Code": a capitalised "The" mid-sentence opens a title
            p = parse_name(m.group(0))
            if p.kind != "person" and self._person_set_off_after(seg, m.end()):
                continue  # "a spokesman for Customs and Enforcement, Dean Boyd, said": the body, not who speaks
            if p.name in self.ents.orgs or p.name in self.ents.things \
                    or thing_after_article(p, m.group(0), seg, m.start()) and not office:
                continue  # an organisation, a work ("the film Ray"), or "the Wooden Spoon": a thing
            is_person = p.kind == "person" or bool(p.name) and self.ents.is_person(p.name)
            name = self.ents.full_name(p.name) if is_person else None
            subject = _opens_clause(seg, m) and self._named_mid_sentence(p.name)
            if name is None and (talks or subject) and self._one_name_speaking(p.name, p.kind):
                if talks and not sourced or subject and _SAYING_VERB.match(seg, m.end()):
                    # "Safin said he was …", "Bob said": one name, but the subject of a speech verb; "Cruz openly
                    # admitted that …": one name opening its sentence before a verb of saying is its subject
                    name = p.name
                else:
                    # "Arsenal signed the striker", "according to Bloomberg": the nearest subject or source, but
                    # one word that may name a body as well as a person, and "he" cannot be a body: nobody
                    found.append((base + m.start(), UNNAMED, talks))
                    continue
            split = _INITIAL_THEN_NAME.search(name) if name else None
            if split:
                name = split.group(1)  # "… and Malcolm X. Attallah Shabazz, the daughter": not its "full" name
            if name:
                found.append((base + m.start(), name, talks))
        for m in DESCRIPTION_RX.finditer(seg):
            who = None
            more = _MORE_ROLES.match(seg, m.end())  # "an executive spokeswoman": the last role noun is the head
            d_end = more.end() if more else m.end()
            desc = seg[m.start() : d_end]
            heads = [w.lower() for w in desc.split() if w.lower() in ROLE_WORDS]
            kin = _KIN_OF.match(desc)
            if kin and kin.group("noun").lower() in _SPEAKING_FOR:
                # "The daughter of councillor Maria Holt helped …. '…,' she said": the head is the kin before
                # "of", someone the text leaves unnamed, not the titled person after it
                found.append((base + m.start(), UNNAMED, _speaks(seg, m.start(), d_end)))
                continue
            if heads and heads[-1].startswith("spokes") and _INDEFINITE.match(desc):
                # "A BBC spokeswoman said …. She said …": the organisation an unnamed spokeswoman speaks for
                # ("A spokesman for DLF Builders, Dr Vancheshwar, told …" names the person instead)
                if _NAMED_AFTER.match(seg, d_end):
                    continue
                # "A spokeswoman insisted …. '…,' she said", "A BBC spokeswoman said …. She said …", "According to a
                # Royal Mail spokesman, the depot …. '…,' he said", "defended by a spokesman, who said …": she is the
                # spokeswoman, whom the text leaves unnamed (never the body she speaks for, nor a name further back)
                found.append((base + m.start(), UNNAMED, _speaks(seg, m.start(), d_end)))
            elif heads and heads[-1] not in GENERIC_ROLES:
                # ("the chancellor promised …. '…,' he said" is not "shadow chancellor Ann Dale", named later)
                titles = [(t, n) for t, n in self.ents.titles if not title_qualifies_office(t, desc)]
                best = max(((title_score(desc, t), n) for t, n in titles), default=(0.0, None))
                if best[0] >= 0.5:
                    who = best[1]
                else:
                    who = unique_role_holder(same_office_titles(titles, desc), desc)
            if who:
                found.append((base + m.start(), who, _speaks(seg, m.start(), d_end)))
            elif heads and heads[-1] not in GENERIC_ROLES and (
                    _ACCORDING_TO.search(seg, max(0, m.start() - 20), m.start())
                    or _TO_SAY.match(seg, d_end) and not _INDEFINITE.match(desc)
                    or heads[-1] in OFFICE_WORDS and not _INDEFINITE.match(desc) and _speaks(seg, m.start(), d_end)) \
                    and not self._titled_person_next(seg, d_end):
                # "The pressure prompted the prime minister to say …. He told MPs": the described person speaks
                # "…, according to the Bishop. '…,' he said": the source of the words just before is someone
                # the text does not name here; "he" is most likely them, so nobody further back may be guessed
                # (a described subject that speaks, "the Two Ronnies star said", may still be the protagonist; an
                # office no title of the text names, "the first minister said his comments …", is someone else)
                found.append((base + m.start(), UNNAMED, True))
        found.sort()
        return found



# One person who speaks for another (the singular generic roles: "spokesman", "lawyer", "aide") or is kin to them.
# Plural roles ("officials", "people") are an audience or a crowd, never one person the possessor has.
# (and the people close to someone, as kin are: "Anna Berg's neighbour watched …. "…," she said." is the neighbour)
_SPEAKING_FOR = frozenset(w for w in GENERIC_ROLES if not w.endswith("s") and w != "people") | KIN_WORDS \
    | frozenset("friend neighbour neighbor colleague relative flatmate housemate classmate teammate".split())
# What may stand between the possessive and that noun: adjectives only ("official", "long-serving",
# "estranged", "23-year-old", "elder", a title modifier such as "former"); a noun or a preposition
# ("message to", "warning to") starts another phrase, whose object is nobody the possessor has
_ADJECTIVE = (r"(?:[a-z]+-[\w\-]+|[\w\-]*\d[\w\-]*|[a-z]+(?:al|ic|ous|ive|ful|less|able|ible|ed|est|ent|ant)"
              r"|elder|older|younger|late|new|own|longtime|close|top|teenage|baby|little|step|"
              + "|".join(sorted(TITLE_MODIFIERS)) + r")")
_POSSESSED = lazy(rf"(?:['’]s)?[ \t]+(?:{_ADJECTIVE}[ \t]+){{0,2}}?(?P<noun>"
                        + "|".join(sorted(_SPEAKING_FOR, key=lambda w: (-len(w), w))) + r")\b")
# "the daughter of councillor", "a close friend of singer": a description whose head noun stands before "of"
_KIN_OF = lazy(r"(?:the|a|an|one|another|The|A|An|One|Another)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}?"
               r"(?P<noun>[A-Za-z][\w\-]*)[ \t]+of[ \t]")
_NAME_NEXT = lazy(r",?[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Miss|Sir|Dame)\.?[ \t]+)?[A-Z]")
_CAPITALS_NEXT = lazy(r"(?:[ \t]+[a-z][\w\-]*){0,2}?[ \t]+((?:[A-Z][\w'’\-]*)(?:[ \t]+[A-Z][\w'’\-]*){0,2})")
# after a possessive: up to three lower-case words ending in a role noun, then a capitalised name ("'s chief operating
# officer Jonathan Schwartz"): the name holds the owner's title
_OWNER_THEN_TITLED = lazy(r"(?:[ \t]+[a-z][\w\-]*){0,3}?[ \t]+" + PERSON_ROLE_ALT + r"[ \t]+[A-Z]")


def _person_noun(head: str) -> bool:
    """Whether a description's head noun is a person's ("the wildcard entry", "the 18-year-old"), not a thing's."""
    low = head.lower()
    return low in ROLE_WORDS or low in _PERSON_HEADS or low in _PERSON_DESCRIPTIONS or low.endswith("-old")


# a sentence opening on a description with no name, as the subject of a defeat whose winner is named after "by": the
# loser and the winner may either speak next (a praise, a signing or a rebuke names its agent, who often does)
_DESCRIBED_PASSIVE_SUBJECT = lazy(r"[ \t\n\"“”]*(?:(?:But|And|However|Yet),?[ \t]+)?[Tt]he[ \t]+(?:[a-z\d][\w\-]*[ \t]+){0,3}"
                                  r"(?P<head>[\w][\w\-]*)[ \t]+(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?"
                                  r"(?:beaten|defeated|dispatched|eliminated|ousted|knocked[ \t]+out|edged[ \t]+out|thrashed|"
                                  r"outplayed|outclassed|overcome|upset|stunned)[ \t]+by\b")
# the nouns such a subject is a person by (besides role words): never "The report was welcomed by …"
_PERSON_DESCRIPTIONS = frozenset("entry seed holder qualifier favourite rookie underdog".split())


# a sentence opened by a given name and a word no name is made of ("Andre 3000"), then a verb of saying
# a sentence whose subject is two people, as a pair ("the couple", "the pair", "the two men"; never "the two sides"),
# then its verb, after an optional opening phrase ("Outside, ")
_PAIR_SUBJECT = lazy(r"[ \t\n\"“”]*(?:[A-Z][^,.!?\"“”]{0,40},[ \t]+)?(?:[Tt]he|[Bb]oth)[ \t]+(?:couple|pair|duo|"
                     r"brothers|sisters|twins|two[ \t]+(?:men|women|friends|rivals|leaders|ministers|partners|players))"
                     r"[ \t]+[a-z]")
# a sentence opening with a person described, not named, and a relative clause about them ("The seventh seed, who")
_DESCRIBED_SUBJECT = lazy(r"[ \t\n\"“”]*[Tt]he[ \t]+(?:[a-z\d][\w\-]*[ \t]+){0,3}[a-z][\w\-]*,[ \t]+who\b")
# a sentence opening with one capitalised word and a lower-case one ("Roddick broke a racket …"): its subject
_BARE_WORD_SUBJECT = lazy(r"[ \t\n\"“”]*(?P<word>[A-Z][a-z]{2,})[ \t]+(?!of\b|and\b|or\b)[a-z]{2,}\b")
_MID_SENTENCE_CAPITAL = lazy(r"[a-z,][ \t]+([A-Z][a-z]+)(?![A-Za-z])")
_PLACED_CAPITAL = lazy(r"\b(?:in|of|from|at|to|across|for)[ \t]+([A-Z][a-z]+)\b")
_CAPITAL_BEFORE_CAPITAL = lazy(r"\b([A-Z][a-z]+)[ \t]+[A-Z]")
# words that open a sentence's first clause before a participle, which NON_NAME_FIRST does not list
_OPENING_CLAUSE_WORDS = frozenset("once having being whilst whereas upon unlike like both either neither".split())
# a past tense after the opening word, an adverb allowed between ("Cruz openly admitted"): the word acts, as a name does
_ACTS_NEXT = lazy(r"[ \t]+(?:(?:[a-z]+ly|also|then|later|again|still|never|now)[ \t]+)?(?:[a-z]{2,}ed|said|told|spoke|wrote|went|took|made|gave|came|began|won|lost|"
                  r"broke|left|ran|sent|met|held|led|kept|felt|threw|drew|chose|fought|sought|thought)\b")
_ODD_NAME_SPEAKS = lazy(rf"[ \t\n\"“”]*(?P<given>[A-Z][a-z]+)[ \t]+\d+[ \t]+(?:{VERB})\b")
_ROLE_PREFIX = lazy(r"^(?:co|vice|deputy|acting|joint|ex)-(?=[a-z])")
# offices of state: one holder at a time, whom the text names by a title if at all ("Chancellor Gordon Brown")
# kinds of body whose names hold the word ("Kelbury Council", "Northgate General Hospital", "Thames Valley Police"):
# "the council said" is a body so named, or nobody the text names (the word is left out of names less often than
# "the firm", "the club" or "the union", said of "Acme", "Chelsea", "the RMT")
NAMED_KINDS = frozenset(
    "council hospital school university college police court museum church airport commission committee ministry "
    "department institute federation association society foundation".split()
)
_STATE_OFFICES = frozenset("minister chancellor premier secretary president".split())
# role nouns that, capitalised after a place and with no title before them, name a governing body rather than
# one of its officers: "the Scottish Executive", "the Northern Ireland Executive" (but "Chief Executive" is a title)
_BODY_ROLES = frozenset({"executive"})
_CAPITALISED_DESCRIPTION = lazy(rf"(?:[Tt]he[ \t]+)(?P<name>{CAP_SEQ.pattern})")


@functools.cache
def _document_intros(noun: str) -> tuple[re.Pattern[str], ...]:
    """How a text introduces a document of the kind ``noun`` with its author: its sender in one clause ("a letter sent
    to parents by Jo Hale", "an email from the chairman", "a statement issued by Kelby Bank"), or a subject saying what
    it holds ("In a statement released through his agent, Tillman said", "Mr Pugh said in a written statement")."""
    n = re.escape(noun)
    return (
        re.compile(rf"\b{n}\b(?:[ \t]+(?:sent|written|issued|signed|released|circulated|posted|addressed|delivered)"
                   rf"(?:[ \t]+(?:to|on|in)[ \t]+[^,.;:\"“”()]{{1,40}}?)?)?[ \t]+(?:by|from)[ \t]+"
                   rf"(?P<who>[^,.;:\"“”()\n]{{2,80}}?)(?=[,.;:()\n]|[ \t]+(?:and|which|that|who|said|says|was|is)\b)",
                   re.IGNORECASE),
        re.compile(rf"\b[Ii]n[ \t]+(?:a|an|his|her|their|its|the)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{n}\b[^,.;:\"“”\n]{{0,80}},"
                   rf"[ \t]+(?P<who>[^,.;:\"“”\n]{{2,60}}?)[ \t]+(?:said|says|wrote|writes|added|insisted|argued)\b"),
        re.compile(rf"(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){{0,3}})[ \t]+"
                   rf"(?:said|says|wrote|writes)[ \t]+in[ \t]+(?:a|an|his|her|their|its)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?{n}\b"),
        # "Health board chief Ruth Dale wrote to him on Friday": who wrote is the author of the letter that follows
        *((re.compile(r"(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3})[ \t]+"
                      r"(?:has[ \t]+|had[ \t]+)?(?:wrote|written)[ \t]+to\b"),)
          if noun in ("letter", "email", "e-mail", "note", "message") else ()),
    )


_POSSESSIVE_SENDER = lazy(r"['’]s?[ \t]+[a-z]")  # "Dr Amy Lee's family", "the players' union"
_FELLOW = lazy(r"\b(?:fellow|compatriot)[ \t]+$")  # "fellow Austrian Dominic Thiem" is the other Austrian
_ON_BEHALF = lazy(r"[ \t]*(?:,[ \t]*)?\bon[ \t]+behalf[ \t]+of\b")
# "head teacher Jo Hale", "general secretary Sharon Graham": lower-case title words, then the name
_LOWER_TITLE_THEN_NAME = lazy(rf"(?:[a-z][\w\-]*[ \t]+){{1,3}}(?P<name>{CAP_SEQ.pattern})")


# "by the club's chairman, Raj Bhatnagar,": the name set beside a sender's description
_NAMED_AFTER_DESCRIPTION = lazy(rf",[ \t]+(?P<name>{CAP_SEQ.pattern})(?=,|[ \t]+(?:and|said)\b)")
# "close to the company", "familiar with the negotiations", "briefed on the talks": near a body, not speaking for it
_CLOSE_TO_BODY = lazy(r"\b(?:close[ \t]+to|familiar[ \t]+with|briefed[ \t]+on)[ \t]+(?:the|its|their|a|an)[ \t]")
# the parts of a body that speak for themselves, not for it ("a House of Lords committee")
_HOUSE = lazy(r"\bHouse[ \t]+of[ \t]+(?:Lords|Commons|Representatives|Keys)\b")
_PART_NOUNS = frozenset("committee panel subcommittee sub-committee inquiry unit team group taskforce".split())
# a part noun after a few small-letter words that say which part ("standards and privileges committee"); never a
# group, team or unit, which small words make the whole body ("the Harlen supermarket group", "the Kelby formula one
# team")
_DESCRIBED_PART = lazy(r"(?:[a-z][a-z\-]*[ \t]+){1,4}(?:committee|subcommittee|sub-committee|panel|inquiry|taskforce)")
# the capitals right after the article ("the Commons" of "the Commons standards and privileges committee")
_CAPS_AFTER_ARTICLE = lazy(rf"(?:[Tt]he|[Aa]n?)[ \t]+{CAP_SEQ.pattern}")
# an indefinite description of someone by a place or a person: "one resident of Elm Close", "a fan from Leeds"
_SOMEONE_OF_A_PLACE = lazy(rf"(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}(?P<noun>[a-z][\w\-]*)[ \t]+"
                           rf"(?:of|from|in|at|near)[ \t]+(?:the[ \t]+)?(?P<place>{CAP_SEQ.pattern})")
# a role a body owns, the body in small letters: "the council's chief executive", "the bank's chief economist"
_BODY_OWNED_ROLE = lazy(r"[Tt]he[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}[a-z][\w\-]*['’]s?[ \t]+[a-z]")
# the noun someone's relation is brought in by, set off right before their name ("Her childhood friend, Tanya Mould,",
# "His lecturer, Dr Fiona Grey"): a person of another's, not one a story goes on describing by other nouns ("Music mogul
# Tony Wilson" is "the Factory Records founder" later)
_INTRODUCING_NOUN = lazy(r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]*['’]s)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}(?P<noun>[a-z][\w\-]*),"
                         rf"[ \t]+(?:(?i:{word_alternation(sorted(ADDRESS_WORDS))})\.?[ \t]+)?$")
# nouns of who someone is to others or where they live, beside the role words
_PERSON_NOUNS = RELATION_WORDS | {"resident", "islander", "villager", "pupil", "classmate"}
_PLACE_PHRASE_END = lazy(r"\b(?:from|in|of|at|near)[ \t]+(?:the[ \t]+)?$")
_SAW_BEFORE = lazy(r"\b(?:seen|obtained|read|heard)[ \t]+by[ \t]+(?:the[ \t]+)?$")
# (after a bare comma never publishing: "The figures, published by Network Rail, said" are its words)
# ("An email sent by Rob Baines, which was passed to the BBC, said": a relative clause telling who received it)
_SEEN_BY = lazy(r"(?:,[ \t]+(?:seen|obtained|leaked|quoted|reported)|,?[ \t]+and[ \t]+(?:seen|obtained|published|leaked|reported|quoted|passed)"
                r"|,[ \t]+(?:which|that)[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:later[ \t]+)?"
                r"(?:seen|obtained|leaked|passed|sent|given|shown|forwarded|handed|quoted|reported|published))"
                r"[ \t]+(?:to[ \t]+|by[ \t]+)")
# "Sentencing Voss, ", "Addressing the crowd at Kelby, ": a clause opening on a participle (two words at least)
_PARTICIPLE_OPENING = lazy(r"(?P<verb>[A-Z][a-z]{2,}ing)[ \t]+[^,\"“”]{1,80},[ \t]+(?P<rest>\S.*)$")


# The kinds of body a name's last word says it is, and the description heads that name each kind: "the airline" is
# never a bank, "the bank" never a club (a head of no kind here, "the company", "the firm", fits any body)
_KINDS = {
    "airline": ("airline", "airlines", "airways", "carrier", "air"),
    "bank": ("bank", "lender"),
    "club": ("club", "fc", "united", "city", "rovers", "athletic", "wanderers"),
    "union": ("union",),
    "party": ("party",),
    "council": ("council",),
    "university": ("university", "college"),
    "hospital": ("hospital",),
    "newspaper": ("newspaper", "paper", "times", "post", "journal", "herald", "telegraph", "guardian", "courier",
                  "express", "mail", "mirror", "gazette", "echo"),
}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words}


# a capitalised owner in a description: "Google's security team", "the BBC's news team"
_CAPITAL_OWNER = lazy(r"(?:^|[ \t])[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*)*['’]s[ \t]")


# the prepositions that end a description's head phrase ("the minister for local government")
_HEAD_ENDS = frozenset("for of at in with from on to".split())


def _other_kind(name: str, kind: str | None) -> bool:
    """Whether a body's name says it is another kind of body than the description's head asks ("Fairhaven Bank" for
    "the airline"); a name whose last word says no kind ("Skylark", "Acme Group") clashes with none."""
    if kind is None or not name.split():
        return False
    own = _KIND_OF.get(name.split()[-1].lower())
    return own is not None and own != kind


# whom a spokesperson speaks for, right before the name ("a spokesman for Royal Mail, who said")
_SPOKESPERSON_FOR_BEFORE = lazy(r"spokes(?:man|woman|person)[ \t]+(?:for|at)[ \t]+(?:the[ \t]+)?$")
def _capitalised_body(desc: str, head: str) -> str | None:
    """The body a wholly capitalised description names when its head is a role noun that also names a governing
    body ("The Scottish Executive said …"): that body, not the person the text is about (whom the description's
    fallback would guess). ``None`` for a title ("the Chief Executive") or any other description."""
    if head not in _BODY_ROLES:
        return None
    m = _CAPITALISED_DESCRIPTION.fullmatch(desc.strip())
    if m is None or " " not in m.group("name"):
        return None
    p = parse_name(m.group("name"))
    return m.group("name") if not p.title and not p.honorific and p.kind != "person" else None


def _possessed_person(seg: str, end: int) -> str | None:
    """What follows a name that owns a person: '' when a name follows ("Fletcher's daughter Jill"), the owned
    phrase when the person owned is unnamed ("'s official spokesman"), ``None`` when the name owns no person.

    Only kin and the singular generic roles that speak for someone (spokesman, lawyer, aide), after adjectives
    alone: "Blair's chancellor" is a title the document may resolve, and in "Mr Hale's message to people" the
    people are whom Hale spoke to.
    """
    m = _POSSESSED.match(seg, end)
    if m is None:
        return None
    return "" if _NAME_NEXT.match(seg, m.end()) else m.group(0)


# an indefinite article, up to three lower-case modifiers (no preposition: "a spokesman for Acme" names the body)
# and one capitalised word: "a delighted Briton", "an emotional Croatian", "another Tory"
_INDEFINITE_ONE_CAPITAL = lazy(r"(?:[Aa]n?|[Aa]nother)(?:[ \t]+(?!(?:for|of|at|from|with|to|in|on|by)\b)[a-z][\w\-]*)"
                               r"{0,3}[ \t]+[A-Z][a-z'’\-]+")
# an article and lower-case modifiers right before a word: "a delighted ", "the " (the word is not used as a name)
_NOUN_AFTER = lazy(rf"{_MODIFIES_NOUN.pattern}(?<!ed)(?<!s)[ \t]+[a-z]")
_VERB_NEXT = lazy(rf"[ \t]+(?:{VERB})\b")
# "the veteran comic Sally Brand briefly appeared": an adverb after the capitals comes before their verb, not a noun
_ADVERB_NEXT = lazy(r"[ \t]+(?:[a-z]+ly|also|now|then|later|still|never|once|often|soon|just|even|first|again)\b")


def _modifies_a_noun(seg: str, m: re.Match[str]) -> bool:
    """Whether the capitals ``m`` sit between an article and the noun they describe ("a late-night Los Angeles
    recording session", "the Tokyo sales office"): such a run names a place or a thing, never a "he" or "she".
    A speech verb or a past tense after the capitals ("the actor Tom Dane revealed that") makes them a subject."""
    if not _ARTICLE_BEFORE.search(seg, max(0, m.start() - 60), m.start()):
        return False
    after = _NOUN_AFTER.match(seg, m.end())
    return bool(after) and not _VERB_NEXT.match(seg, m.end()) and not _ADVERB_NEXT.match(seg, m.end())


def _names_members(mods: list[str]) -> bool:
    """Whether the small-letter words before a body noun name its members ("supporters club", "parents association"):
    such a club is a group of people apart from the body named before it. A kind ("football club", "rail company")
    only says what the named body is, and the body speaks."""
    return any(w.endswith("s") and not w.endswith(("ss", "'s", "’s")) for w in mods)


_PREP_FIRST = lazy(r"\s*(?:of|from|at)[ \t]+")  # a subject read from "of the … Centre": the body a person is of
_COMMA_BEFORE = lazy(r"[\w.'’)],[ \t]*$")  # a subject read from after "Name, ": an appositive describing that name
_COMMA_AFTER = lazy(r"[ \t]*,")


def _is_closed_appositive(lead: str, start: int, end: int) -> bool:
    """Whether ``lead[start:end]`` is set off by commas on both sides ("Linda Knox, Director of the Centre, said").

    An opening comma alone ends an opening clause ("Asked about John Hartley, the minister said"): the subject after it
    is who speaks, and the person in the clause before it is only talked about.
    """
    return bool(_COMMA_BEFORE.search(lead, 0, start)) and bool(_COMMA_AFTER.match(lead, end))
_SET_OFF_NAME = lazy(rf",[ \t]+(?P<name>{CAP_SEQ.pattern}),[ \t]")
_LIST_GOES_ON = lazy(rf"(?:and|or)\b|{CAP_SEQ.pattern}(?:,|[ \t]+(?:and|or)\b)")  # after "X, Y, ": more list items
_ARTICLE_BEFORE = lazy(r"(?<![\w'’\-])(?:[Aa]n?|[Tt]he|[Aa]nother)(?:[ \t]+[a-z][\w\-]*){0,3}[ \t]+$")
_PERSON_OF = lazy(rf"(?P<name>{CAP_SEQ.pattern})[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?(?:[a-z][\w.\-]*[ \t]+)*$")
_HEAD_OF = lazy(rf"(?<![\w'’.\-])(?P<name>{CAP_SEQ.pattern})[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?{CAP_SEQ.pattern}$")
_PREP_END = lazy(r"[ \t](?:of|from|at)[ \t]+(?:the[ \t]+)?$")
_MORE_ROLES = lazy(r"(?:[ \t]+(?:" + "|".join(sorted(ROLE_WORDS, key=lambda w: (-len(w), w))) + r")\b)+")
_TO_SAY = lazy(r"[ \t]+to[ \t]+(?:say|tell|add|warn|insist|admit|claim)\b")
_ORG_ENDS = ORG_SUFFIXES | ORG_NOUNS  # the last words of a firm's or a body's name ("… Bank", "… plc")
# acronyms of things, not bodies: the last capitals before "a spokesman said" are never one of them
THING_ACRONYMS = frozenset("ID IDs TV PC PCs CD CDs DVD DVDs GDP VAT PIN DNA HIV AIDS SMS CCTV ATM ATMs IVF GPS LCD "
                           "USB PDA PDAs MP3 DSL".split())
_IN_PLACE = lazy(r"\b[Ii]n[ \t]+the[ \t]+$")  # "in the US" (if a known place: _Resolver._known_place)
_GOVERNMENT = lazy(r"[ \t]+(?:government|administration)\b")
_POSSESSIVE_BEFORE = lazy(r"\b(?:its|their|his|her|our)[ \t]+$")
_THE_BEFORE = lazy(r"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Tt]his|[Tt]hat|[Ee]very|[Ee]ach)[ \t]+$")
# a comma-set description that ends in a place ("MP for Henley-on-Thames", "a teacher in Leeds")
_PLACE_IN_DESCRIPTION = lazy(r"\b(?:for|in|of|from|at)[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*[ \t]*$")
# "…, but Tennis Australia's Geoff Pollard": a clause opened by "but" whose subject follows (a few capitalised or
# possessive words, "the federation's", may stand before the name)
_BUT_BEFORE = lazy(r"\bbut[ \t]+(?:the[ \t]+[\w\-]+['’]s[ \t]+)?(?:[A-Z][\w'’\-]*[ \t]+){0,3}$")
# offices one person holds and names by (a chief executive is no party leader); looser words for whoever leads
# ("boss", "chief", "head", "manager") or a job of many kinds ("director": of a film or of a firm) are left out
_OFFICE_HEADS = frozenset("executive chairman chairwoman chairperson president secretary treasurer governor "
                          "commissioner chancellor".split())
# ... and the offices that, given to a person, make another of them someone else's ("Tesco boss Terry Leahy" may be
# its chief executive; "Lib Dem leader Charles Kennedy" is not its chief executive)
_DISTINCT_OFFICES = _OFFICE_HEADS | frozenset("leader minister mayor speaker whip".split())
_DEFINITE = lazy(r"[Tt]he[ \t]")
# a sentence that opens on a fronted phrase (:data:`patterns.FRONTED_OPENER`) and reaches the speaking mention after
# one comma: the fronted phrase is the subject's action, and the names in it are others
_FRONTED_PHRASE = lazy(rf"[ \t]*{FRONTED_OPENER}[^,.!?;:\"“”]{{0,200}},[ \t]*")
# "since Liz McColgan in 1991", "after Ian Rush in 1980", "like Virginia Wade in 1977": a name of the past a feat is
# measured by (a year after it says so: "since Jack Reed arrived in May" is the man the story is about)
_IN_A_YEAR = lazy(r"[ \t]+in[ \t]+(?:1[89]|20)\d\d\b")
_RECORD_BEFORE = lazy(r"\b(?:[Ss]ince|after|like|than|emulating|equalling|matching)[ \t]+$")
# an office of a place: "the Bishop of Durham", "the senior coroner for north-west Wales", "the MP for Bath"
_OFFICE_OF_A_PLACE = lazy(rf"(?:^|,[ \t]+)[Tt]he[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?i:{PERSON_ROLE_ALT})[ \t]+(?:of|for)[ \t]+"
                          rf"(?:[a-z][\w\-]*[ \t]+){{0,2}}(?P<place>(?:the[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){{0,3}})$")
_TEEN = lazy(r"[Tt]he[ \t]+(?:[a-z]+[ \t]+)?(?:teenager|teen|schoolboy|schoolgirl)")
# "A 15-year-old boy has been charged": a teenager a sentence opens on with an age and no name ("who turned
# professional as a 16-year-old" is someone named, at another age)
_UNNAMED_TEEN = lazy(r"(?:^|[.!?][ \t]+|\n)An?[ \t]+1[3-9]-year-old\b(?![ \t]+(?:[a-z]+[ \t]+)?[A-Z])")
_ACCORDING_TO = lazy(r"\baccording[ \t]+to[ \t]+$")
# "One dissenting opinion came from …", "Criticism also came from …": a noun for words whose source the name is
_WORDS_CAME_FROM = lazy(
    r"\b(?:opinion|view|views|comment|comments|criticism|warning|warnings|response|reaction|praise|call|calls|plea|"
    r"verdict|words|voice|condemnation|rebuke|objection|objections|question|questions)[ \t]+(?:[a-z]+[ \t]+){0,2}?"
    r"(?:came|comes|come)[ \t]+from[ \t]+(?:[a-z\-]+[ \t]+){0,3}?$"
)
UNNAMED = ""  # a speaking description the document gives no name for: stops the walk back, resolves to nobody

# "Mr Crosby's statement said:": a sentence whose subject is a person's statement, speaking
_PERSONS_DOCUMENT_SAID = lazy(
    rf"[\s\"“”‘’']*(?P<owner>{CAP_SEQ.pattern})['’]s[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,1}}?"
    r"statement[ \t]+(?:said|says|read|reads|added|stated)\b")
# "It added:", "It also continued": a sentence going on from the statement before it
_IT_GOES_ON = lazy(r"[\s\"“”‘’']*It[ \t]+(?:also[ \t]+)?(?:added|continued|went[ \t]+on)\b")
# a sentence that opens with "It" (after any space or quotation mark)
_OPENS_WITH_IT = lazy(r"[\s\"“”‘’']*It\b")
# a sentence whose subject is a body named with "the" ("The Employers Forum disagreed …"), after an opening phrase
# set off by a comma; a person is never "the" + name
_THE_SUBJECT = lazy(rf"[\s\"“”‘’']*(?:[^,.;:\"“”]{{1,80}},[ \t]+)?The[ \t]+(?P<org>{CAP_SEQ.pattern})[ \t]+[a-z]")
# a sentence whose subject is a body named by its kind only, speaking ("But an all-party committee said …"; "The
# company said" goes back to a body named before)
_UNNAMED_BODY_SUBJECT = lazy(r"[\s\"“”‘’']*(?:(?:But|And|However|Yet|Meanwhile),?[ \t]+)?[Aa]n?[ \t]+"
                             r"(?:[a-z][\w\-]*[ \t]+){0,3}(?P<noun>[a-z]+)[ \t]+"
                             r"(?:said|says|warned|added|found|claimed|argued|concluded|reported|told)\b")
# the subject of a sentence: an organisation or its document, after an opening phrase set off by a comma ("Other than
# its warning on tax, the NIESR report was optimistic")
_BODY_SUBJECT = lazy(
    rf"[\s\"“”‘’']*(?:[^,.;:\"“”]{{1,80}},[ \t]+)?(?:[Tt]he[ \t]+)?(?P<org>{ORG_LONG.pattern}|{CAP_SEQ.pattern})"
    r"(?:['’]s)?(?:[ \t]+(?:report|statement|study|survey|forecast|analysis|review|figures|data))?"
    # ("The maker, Corvell Biologics, blamed a contamination problem": an appositive name, then any verb in the past)
    r",?[ \t]+(?:was|is|has|had|said|says|added|warned|predicted|expects|expected|believes|found|also|[a-z]{3,}ed)\b"
)

_WHO_SPEAKS = lazy(rf",[ \t]+(?:\d+,[ \t]+)?who[ \t]+(?:(?:has|had|have|also|later|then)[ \t]+)*(?:{VERB})\b")


_PRONOUN_SUBJECT = lazy(
    r"[\s\"“”'‘’(]*(?:They|We|It|I|You|There|Nobody|Everyone|Everybody|Nothing|Some|Many|Most|Others)\b(?![\w’'-])"
)


# a finite verb right after a subject: a past tense or a present in -s, after at most one adverb or auxiliary
_ADVERB_OR_AUX = (r"[ \t]+(?:(?:also|then|later|again|never|still|has|had|openly|quickly|publicly|privately|"
                  r"repeatedly|immediately|initially|simply)[ \t]+)?")
_SUBJECT_VERB = lazy(_ADVERB_OR_AUX + r"[a-z]{2,}(?:ed|es)\b")
# the same with a verb of saying, which only a person does ("Arsenal signed the striker" may name a club)
_SAYING_VERB = lazy(_ADVERB_OR_AUX + rf"(?:{VERB})\b")


def _opens_clause(seg: str, m: re.Match[str]) -> bool:
    """Whether the capitals ``m`` open their sentence in ``seg`` and a finite verb follows: the sentence's subject."""
    return not seg[: m.start()].strip(" \t\n\"“”'‘’") and " " not in m.group(0) \
        and bool(_SUBJECT_VERB.match(seg, m.end()))


# a comma-set prepositional phrase whose object is a capitalised piece, then a comma: ", from Omaha, ", after the
# capitalised piece (and an age) it is set off from: "Andrew Fisher, 41, from Omaha, "
_SET_OFF_PLACE_BEFORE = lazy(r"(?P<owner>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)*)?(?:,[ \t]+\d{1,3})?"
                             r",[ \t]+(?:from|in|of|at|near|outside)[ \t]+(?:the[ \t]+)?[A-Z][\w'’\-]*"
                             r"(?:[ \t]+[A-Z][\w'’\-]*)*,[ \t]+$")


def second_place(before: str, is_person: Callable[[str], bool] | None = None) -> bool:
    """Whether a name right after ``before`` is the second half of a comma-set place ("Andrew Fisher, from Omaha,
    Nebraska, said"): a prepositional phrase set off by a comma, whose object is a capitalised piece followed by a
    comma, goes on with the next capitalised piece (a town's state or country), which is that object too, however
    much a speech verb follows it. Given ``is_person``, the phrase must be set off from a person it describes: a
    fronted phrase opening the clause ("Later, in Cardiff, Peter Price said", "On Tuesday, at Westminster, …") is
    followed by the clause's subject, who speaks."""
    m = _SET_OFF_PLACE_BEFORE.search(before[-120:])
    if m is None:
        return False
    return is_person is None or bool(m.group("owner")) and is_person(m.group("owner"))


# two comma-set pieces between a subject and its verb of speech ("X, the chairman of Y, for example, said"); the
# shared pattern takes one; a piece that opens with "and"/"or" adds another to the mention ("Kate Bell, a nurse, and
# her son, who …, said"), which then is no lone subject
_TWO_PIECES_THEN_SPEECH = lazy(r",(?![ \t]+(?:and|or)\b)[^,\"“”.;:]{1,100},(?![ \t]+(?:and|or)\b)[^,\"“”.;:]{1,40},"
                               r"[ \t]+(?:(?:has|had|have|also|later|then)[ \t]+)*"
                               rf"(?:{VERB})\b")


# a lower-case word right before a mention: a verb or preposition whose object it is
_GOVERNED = lazy(r"\b[a-z][\w'’\-]*[ \t]+$")


def speaks_after_two_pieces(seg: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is the subject of a verb of speech after two comma-set pieces ("Brian
    Marsh, the chairman of the county party, for example, said …"): a role and an aside stand between them."""
    return bool(_TWO_PIECES_THEN_SPEECH.match(seg, end))


def _speaks(seg: str, start: int, end: int) -> bool:
    """Whether the mention ``seg[start:end]`` is the subject of a speech verb ("X has said", "said X")."""
    # (two pieces before the verb: only a mention that no lower-case word governs, "Tom Reed, who hired Sam Ward, a
    # lawyer from Leeds, in 2019, said": Ward is the object of "hired", Reed the subject of "said")
    # ("Tods Murray said Mr McLetchie had been considering retirement": a name right after the verb that a verb of
    # its own follows is the subject of what is reported, not who reports it)
    return bool(_SPEECH_AFTER.match(seg, end) or _SPEECH_BEFORE.search(seg, max(0, start - 24), start)
                and not _REPORTED_SUBJECT.match(seg, end)
                or speaks_after_two_pieces(seg, end) and not _GOVERNED.search(seg, max(0, start - 24), start))


def _reports_clause_before(masked: str, s_start: int, at: int) -> bool:
    """Whether the mention at ``at`` follows the clause it reports: '"…" X's plan was "…", he added'.

    True when the sentence before the mention ends in a quotation mark, or in
    a comma with a bare reporting verb after the mention ("…, he claimed,").
    """
    prefix = masked[s_start:at].rstrip()
    if not _ANY_WORD.search(prefix):
        return False
    if prefix.endswith(('"', "”", '",', "”,")):
        return True
    return prefix.endswith(",") and bool(_BARE_REPORT.match(masked, at))


_REPORTED_SUBJECT = lazy(rf"[ \t]+(?:{AUXILIARY})\b")
_AUDIENCE_BEFORE = lazy(r"\b(?:told|tells|telling|tell)[ \t]+(?:the[ \t]+)?$")
_PASSIVE_PARTICIPLE = lazy(r"[a-z]+(?:ed|en)")


# "Mr Crosby's statement", "Jo Hale's latest letter": the owner before a possessive, then the document's words
_OWNER_OF_DOCUMENT = lazy(r"(?P<owner>(?:[A-Z][\w'’\-.]*[ \t]+){0,3}[A-Z][\w\-]*)['’]s?[ \t]+[a-z]")


# nouns for a person that news sets before a name as a title is set ("coma victim Tony Bland", "pensioner Ann Lee"):
# after "from", "against", "about", "over" or "of" the person is what the sentence is about or takes from, not who
# speaks next; after "to", "by" or "for" they may well be ("handed to pensioner Ann Lee. '…,' she said")
_PERSON_HEADS = frozenset("victim patient survivor pensioner schoolboy schoolgirl boy girl man woman resident "
                          "neighbour neighbor fan soldier widow widower mother father son daughter".split())
_AWAY_FROM = frozenset({"from", "against", "about", "over", "of"})
# hyphened words news sets before a name as a title ("the so-called Guildford Four, Gerry Conlon"): never a phrase of
# time or place of its own ("At half-time Tom Reid told …" opens on the subject)
_HYPHENED_MODIFIERS = frozenset("so-called self-styled self-proclaimed would-be one-time long-time long-serving "
                                "much-loved well-known little-known ex-wife ex-husband".split())


def _coordinated(between: str) -> bool:
    """Whether a name after ``between`` is joined to the name before it in one list ("Jason Robinson and fly-half
    Charlie Hodgson"): only "and" or "or" and title words stand between, so it shares that name's part."""
    m = _LIST_JOIN.fullmatch(between)
    return m is not None and all(w.lower() in ROLE_WORDS or w.lower() in TITLE_MODIFIERS for w in m.group(1).split())


# (only "and" or "or": after a bare comma a fronted phrase may end and the subject begin, "Next to Reedley, treasurer
# Bill Foxton looked doubtful")
_LIST_JOIN = lazy(r",?[ \t]+(?:and|or)((?:[ \t]+[a-z][\w\-]*){0,2})[ \t]+")


# a speech verb whose colon opens a quotation right after it: "… David Laws said: "…"" (only such a lead-in makes the
# name the speaker; "For the SNP Alex Salmond said nothing, so McConnell went on" leaves the sentence as it was read)
_LEAD_IN_AFTER = lazy(r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:" + alternation("credit") + r")[ \t]*:[ \t]*[\"“]")
# a preposition opening the sentence, and an article, right before a run of capitals
_FRONTED_PREPOSITION = lazy(r"(?P<prep>[A-Z][a-z]+)[ \t]+(?:the[ \t]+)?$")


def _label_then_speaker(seg: str, m: re.Match[str]) -> bool:
    """Whether the capitals at ``m`` join a sentence-opening preposition's object to the speaker after it: "For the
    Lib Dems David Laws said: …" is Laws speaking for his party, the capitals' label ("Lib Dems") is all the
    preposition takes. Only a title that is a label before a given name, and only with a speech verb and a colon that
    open the quotation right after."""
    fronted = _FRONTED_PREPOSITION.search(seg, max(0, m.start() - 12), m.start())
    if not fronted or fronted.group("prep").lower() not in _PREPOSITIONS \
            or seg[max(0, fronted.start() - 4):fronted.start()].rstrip()[-1:] not in ("", ".", "!", "?", '"', "”"):
        return False
    p = parse_name(m.group(0))
    return p.kind == "person" and bool(p.title) and all(w.lower() in PARTY_LABELS for w in p.title.split()) \
        and not p.honorific and is_given_name(p.name.split()[0]) and bool(_LEAD_IN_AFTER.match(seg, m.end()))


def _after_preposition(clause: str) -> bool:
    """Whether a name ending ``clause`` is a prepositional object ("from 22-year-old student David Dunne").

    Only modifiers may stand between the preposition and the name; after a
    full noun phrase ("At a press conference Sharon Osbourne") the name is a subject. A noun for a person or a
    hyphened title word before the name ("from coma victim Tony Bland", "of the so-called Guildford Four, Gerry
    Conlon") keeps it an object only after a preposition in small letters: one opening the sentence ("Over breakfast
    widow Mary Lee remembered …") is followed by the subject.
    """
    words = clause.split()
    headed = False  # a noun for a person, or a hyphened title word, stands before the name
    for i in range(len(words) - 1, max(len(words) - 5, -1), -1):
        w = words[i].lower()
        if i == len(words) - 2 and w.isalpha() and words[i].islower() and words[-1].lower() in _PERSON_HEADS:
            headed = True
            continue  # "from Hillsborough coma victim Tony Bland": a noun describing the person the head names
        if w in _HYPHENED_MODIFIERS or w in _PERSON_HEADS and w not in ROLE_WORDS:
            headed = True
        if headed and w in _PREPOSITIONS and (w not in _AWAY_FROM or not words[i].islower()):
            return False  # "handed to pensioner Ann Lee", "Over breakfast widow Mary Lee": they may well speak next
        if w == "by" and i > 0 and _PASSIVE_PARTICIPLE.fullmatch(words[i - 1].lower()):
            return False  # "were echoed by Christine Rush": the agent of a passive acts, as a subject does
        if w == "to" and i > 0 and words[i - 1].lower() == "according":
            return False  # "according to John Houlihan, editor of …": the source of the words, who speaks
        if w in _PREPOSITIONS or w == "as" and i > 0 and words[i - 1].lower() in ("such", "well", "known"):
            return True
        if not (words[i][:1].isupper() or any(c.isdigit() for c in w) or w in ROLE_WORDS or w in COUNCIL_TITLES
                or w in _PERSON_HEADS or w in _HYPHENED_MODIFIERS
                or w in TITLE_MODIFIERS or w in ("the", "and")):
            return False
    return False


# the words of a sentence, as the object test reads them backwards from a name
_SENTENCE_WORD = lazy(r"[\w'’\-]+")
_ONLY_WORDS = lazy(r"[\w'’\- \t]*")  # words and spaces, no punctuation between a verb and its object
# a determiner or a possessive: the word after it is an adjective or a noun of its phrase ("The versatile Finnan"),
# never a verb
_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
# after an object, its clause goes on with punctuation, a preposition or a time word, never a verb of its own
# ("Officials confirmed Tom Reed had left": Tom Reed is the subject of the clause the verb reports)
_NO_VERB_AFTER = lazy(
    r"(?:['’]s)?(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:on|in|at|for|after|over|from|with|into|during|last|this|"
    r"yesterday|earlier|and|as|outside|near|following|under|without)\b)"
)


def _modifies_name(word: str) -> bool:
    """Whether a word may stand between a verb and the name it takes as object: an article, a number or an age
    ("45-year-old"), a role or a title modifier in lower case ("businessman", "former")."""
    low = word.lower()
    return word.islower() and (low in ("the", "a", "an") or any(ch.isdigit() for ch in low) or low in ROLE_WORDS
                               or low in TITLE_MODIFIERS or "-" in low)


# one sentence of narration between two quotations: no stop before its own end, nothing after it but blanks
_ONE_SENTENCE = lazy(r"[ \t]*[^.!?\n\"“”]{10,300}[.!?][ \t]*")
# what may come before the subject's name in that sentence: a capitalised word opening it, then lower-case words
_DESCRIPTOR_WORDS = lazy(r"[ \t]*(?:[A-Z][a-z\-]*[ \t]+)?(?:[a-z][\w\-]*[ \t]+){0,3}")
# the mood a sentence gives someone before their words: "was keen not to talk about", "was in no doubt", "is upbeat"
_IN_A_MOOD = lazy(r"(?:,[^,]{1,80},)?[ \t]+(?:was|is|remained|remains|seemed|looked)[ \t]+(?:not[ \t]+|also[ \t]+|still[ \t]+)?"
                  r"(?:keen|eager|quick|happy|delighted|adamant|confident|determined|upbeat|bullish|philosophical|"
                  r"reluctant|unwilling|anxious|cautious|careful|optimistic|pleased|thrilled|disappointed|furious|"
                  r"relieved|proud|gracious|unrepentant|defiant|realistic|frank|candid|full[ \t]+of[ \t]+praise|"
                  r"in[ \t]+no[ \t]+doubt|at[ \t]+pains|in[ \t]+(?:a[ \t]+)?(?:defiant|bullish|upbeat|confident)[ \t]+mood)\b")
_OPENING_POSSESSOR = lazy(rf"[\s\"“”'‘’(]*(?P<owner>{CAP_SEQ.pattern})['’]s[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}?"
                          r"[a-z][\w\-]*[ \t]+(?:[a-z]{2,}ed|won|gave|made|took|left|put|set|sent|kept|led|saw|brought|cost)\b")
# "… and Keegan sympathised with …": a clause of its own, opened by "and", "but" or "while", whose subject is a name
_CLAUSE_SUBJECT = lazy(rf"(?:,[ \t]+|[ \t])(?:and|but|while)[ \t]+(?P<name>{CAP_SEQ.pattern})[ \t]+"
                       r"(?:(?:[a-z]+ly|also|then|later)[ \t]+)?[a-z]{2,}ed\b")


def _object_of_verb(masked: str, s_start: int, off: int) -> bool:
    """Whether the name at ``off`` is the object of a verb whose subject comes before it ("Police arrested
    Tom Reed on Monday"): the word right before the name (after its modifiers, with no comma between) is a regular
    past tense, not a speech verb (whose next name is a reported clause's subject), after a word that is neither a
    determiner ("the celebrated author") nor a preposition; and nothing after the name is a verb of its own ("forced
    Tom Reed to resign", "confirmed Tom Reed had left": there the name is who acts)."""
    words = list(_SENTENCE_WORD.finditer(masked, s_start, off))
    while words and _modifies_name(words[-1].group(0)):
        words.pop()
    if len(words) < 2 or not _ONLY_WORDS.fullmatch(masked, words[-1].end(), off):
        return False  # "One woman, Victoria Lapete, found …": a comma sets the name off; it is no object
    verb, before = words[-1].group(0), words[-2].group(0).lower()
    if not (verb.islower() and verb.endswith("ed")) or re.fullmatch(VERB, verb) \
            or before in _DETERMINERS or before in _PREPOSITIONS:
        return False
    name = CAP_SEQ.match(masked, off)
    return name is not None and bool(_NO_VERB_AFTER.match(masked, name.end()))


_HER_IN_CLAUSE = lazy(r"[^.!?;,\"“”\n]{0,80}?\b(?:her|herself|she)\b")


def _first_speaking(found: list[tuple[int, str, bool]], masked: str, s_start: int,
                    at: int) -> list[tuple[int, str, bool]]:
    """The first person of ``found`` (offset, name, speaks) who is the subject of a speech verb, if that person
    has a name and opens the sentence's main clause: a speaking subject before the clause it reports. A speaker
    inside a noun phrase or a subordinate clause ("The cuts Jonas Brandt announced …, he warned", "When Brandt told
    the council …, he was wrong, he said") is part of what "he" reports, not "he"; so is one whose words a "but"
    answers before the pronoun ("Mayor Brandt insisted the cuts were fair, but they will close schools, he said")."""
    first = next((c for c in found if c[2]), None)
    if not first or not first[1] or _BUT_BETWEEN.search(masked, first[0], at):
        return []
    head = masked[s_start : first[0]]
    opener = _FIRST_WORD.match(masked, first[0])
    if opener and opener.group(0).lower() in _SUBORDINATORS:
        head += opener.group(0)  # "When Jonas Brandt": the capitals of a name may have taken in the subordinator
    if not _opens_main_clause(head) and (run := CAP_SEQ.match(masked, first[0])) and _label_then_speaker(masked, run):
        head = ""  # "For the Lib Dems David Laws said: "…," he said": the fronted phrase takes the party only
    return [first] if _opens_main_clause(head) and _reports_a_clause(masked, first[0], at) else []


def _reports_a_clause(masked: str, off: int, at: int) -> bool:
    """Whether the name at ``off`` is followed by a speech verb whose object is a clause ("acknowledged that …",
    "acknowledged the rivals had split …", ": …") before the next comma: what "he said" then repeats is that report.
    An object that is a thing ("Mayor Jonas Brandt announced the cuts on Friday, which was a grave mistake, he said")
    reports nothing of his, and the pronoun may well be someone else judging it."""
    name = CAP_SEQ.match(masked, off)
    verb = _SPEECH_AFTER.match(masked, name.end()) if name else None
    if verb is None:
        return False
    if masked[verb.end() : verb.end() + 3].lstrip().startswith(":"):
        return True
    comma = masked.find(",", verb.end(), at)
    return bool(_CLAUSE_OBJECT.search(masked, verb.end(), comma if comma != -1 else at))


_FIRST_WORD = lazy(r"[A-Za-z]+")
# a clause as the speech verb's object: "that" or a finite auxiliary before the next comma (or a colon after it)
_CLAUSE_OBJECT = lazy(rf"\b(?:that|{AUXILIARY})\b")
_BUT_BETWEEN = lazy(r"\bbut\b")


# words that open a subordinate clause: a name after one is not the subject of the sentence's main clause
_SUBORDINATORS = frozenset(
    "when whenever if as because although though while after before since until once whether unless where".split())
# words a role phrase before a name never holds: a determiner or a relative word means a noun phrase of its own
# ("The plan that Mayor Brandt defended", "The deal the campaign manager announced")
_NOT_IN_A_ROLE = frozenset("the a an that which who whom whose".split())


# a prepositional phrase set off by commas that names someone only as its object ("Ireland, despite having Gordon
# D'Arcy still out injured, have been boosted by …")
# (never "except" or "unlike": the one set apart is as often whom the words come from, "Every councillor, except Anna
# Bright, voted for it. '…,' she said"; nor an opening phrase, whose comma news often leaves out)
_COMMA_ASIDE = lazy(r",[ \t]+(?:despite|without|in[ \t]+spite[ \t]+of)\b[^,.;:!?\"“”]*,")


def _outside_asides(masked: str, lo: int, hi: int, found: list[tuple[int, str, bool]],
                    stop: bool) -> list[tuple[int, str, bool]]:
    """The people of ``found`` (in ``masked[lo:hi]``, part of a sentence) outside such an aside: a name
    there is never the subject a pronoun goes on from. When the aside of a sentence before the pronoun's held every
    name (``stop``), that sentence's subject is someone or something no name gives, and nobody further back is
    guessed either."""
    asides = [(a.start(), a.end()) for a in _COMMA_ASIDE.finditer(masked, lo, hi)]
    if not asides or not found:
        return found
    kept = [c for c in found if not any(a <= c[0] < b for a, b in asides)]
    return kept or ([(found[0][0], UNNAMED, False)] if stop else [])


def _opens_main_clause(head: str) -> bool:
    """Whether a name after ``head`` (its sentence up to the name) is the subject of the main clause: after a
    fronted phrase set off by a comma ("In a memo released on Friday, ") only capitals and a role phrase may come
    before it ("Varna campaign manager "), never a noun of its own ("The cuts ") or a subordinator ("When ")."""
    words = [w.strip("\"“”'‘’()") for w in head.rsplit(",", 1)[-1].split()]
    words = [w for w in words if w]
    if not words:
        return True
    if words[0].lower() in _SUBORDINATORS:
        return False
    lower = [w for i, w in enumerate(words) if w[:1].islower() and not (i == 0 and w in ("the", "a", "an"))]
    if words[0] in ("The", "A", "An"):
        lower = lower or ["the"]  # "The Jonas Brandt": a determiner before a name alone opens a noun phrase
    return not lower or (len(lower) <= 3 and lower[-1] in ROLE_WORDS
                         and not any(w in _NOT_IN_A_ROLE for w in lower))


def _her_in_clause(text: str, at: int) -> bool:
    """The lists of given names call "Hilary" and "Jocelyn" women's names, yet men bear them too: a name the lists
    alone call female beats a nearer known woman only where its own clause gives it "her"/"she" ("Hilary Swank picked
    up her second Oscar"), not in "Agriculture Minister Hilary Drummond met the union's president, Margaret Hollis"."""
    return _HER_IN_CLAUSE.match(text, at) is not None


def _guessed_gender(name: str) -> str | None:
    """The gender of a full name's given name in gender-guesser's lists (``None`` for a one-word name)."""
    toks = name.split()
    return given_name_gender(toks[0]) if len(toks) >= 2 else None


def ages_given(text: str, ents: DocEntities) -> dict[str, set[str]]:
    """Each age the text gives, with the full names of the people it gives it to."""
    table: dict[str, set[str]] = {}
    for m in _AGE_OF.finditer(text):
        raw, age = next((m.group(n), m.group(a)) for n, a in _AGE_GROUPS if m.group(n))
        if m.group("gap") and not all(w.lower() in ROLE_WORDS or w.lower() in TITLE_MODIFIERS
                                      for w in m.group("gap").split()):
            continue  # "the 24-year-old told Radio Kelby": a verb between, so the name is no one aged 24
        name = parse_name(raw).name
        full = ents.full_name(name) if name else ""
        if " " not in name and full.split()[-1:] != [name]:
            continue  # "her son Tom, 9": a first name is not the winchman Tom Hale the story named before
        if full and ents.is_person(full):
            table.setdefault(age, set()).add(full)
    return table


def age_confirms(ages: dict[str, set[str]], mention: str, who: str) -> bool:
    """Whether "the 34-year-old" is ``who`` by the ages the text gives (:meth:`_Resolver.ages`): the one person it
    says is 34."""
    age = _EPITHET_AGE.search(mention) if EPITHET_RX.match(mention.strip()) else None
    return age is not None and ages.get(age.group(1)) == {who}


# the age in "the 34-year-old"; a name and the age the text gives it: "Aleme, 34,", "Kenya's Daniel Sang, 26,",
# "Tom Hale, aged 30,", "23-year-old Jamie Corr"
_EPITHET_AGE = lazy(r"(\d{1,3})-year-old")
_AGE_OF = lazy(r"(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3}),[ \t]+(?:aged[ \t]+)?(?P<age>\d{1,3})(?=[ \t]*[,.;)])"
               r"|(?P<age2>\d{1,3})-year-old[ \t]+(?P<gap>(?:[a-z][\w\-]*[ \t]+){0,3}?)"
               r"(?P<name2>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3})"
               # "Tom Hale (34)", "Tom Hale, who is also 34,": the other ways news gives an age
               r"|(?P<name3>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3})[ \t]+\((?P<age3>\d{1,3})\)"
               r"|(?P<name4>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3}),[ \t]+who[ \t]+(?:is|was)[ \t]+(?:also[ \t]+|now[ \t]+)?"
               r"(?:aged[ \t]+)?(?P<age4>\d{1,3})\b(?![ \t]*(?:%|per|years?[ \t]+(?:ago|since)|[a-z]))")
_AGE_GROUPS = (("name", "age"), ("name2", "age2"), ("name3", "age3"), ("name4", "age4"))


# "Declan Rourke, known on the circuit as the Night Owl", "Walsh, nicknamed The Heron"; "The rapper Static Bloom, real
# name Marcus Adeyemi-Clarke", "Vesper, whose real name is Eleanor Mottram-Kaye": a nickname or stage name the text
# gives a person, by which it may then quote them
_NAME_RUN = r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)*"
_KNOWN_AS = lazy(rf"(?P<real>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)+),[^.;\"“”]{{0,80}}?\b(?:(?:known|dubbed)\b"
                 rf"[^.;:\"“”]{{0,60}}?\bas|nicknamed)[ \t]+(?:simply[ \t]+)?[\"“]?(?P<alias>(?:[Tt]he[ \t]+)?{_NAME_RUN})")
_REAL_NAME = lazy(rf"(?P<alias>{_NAME_RUN})(?:,[ \t]+|[ \t]+\()(?:whose[ \t]+real[ \t]+name[ \t]+is|real[ \t]+name)[ \t]+"
                  rf"(?P<real>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)+)")


def _alias_key(name: str) -> str:
    return fold(re.sub(r"^[Tt]he\s+", "", name.strip()))


def aliases_given(text: str, ents: DocEntities) -> dict[str, str]:
    """Each nickname or stage name the text gives a person, with that person's full name (only a name the text
    reads as a person's is a real name)."""
    out: dict[str, str] = {}
    for pattern in (_KNOWN_AS, _REAL_NAME):
        for m in pattern.finditer(text):
            real = parse_name(m.group("real")).name
            real = ents.full_name(real) if real else ""
            alias = m.group("alias")
            if real and ents.is_person(real) and _alias_key(alias) != fold(real):
                out.setdefault(_alias_key(alias), real)
    return out
