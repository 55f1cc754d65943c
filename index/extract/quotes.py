"""Direct quotations and who said them, inside one document.

News prose attributes speech in a handful of shapes ("…," X said · X said: "…"
· said X · according to X · "…," he said · the NATO chief, saying "…"), and a
quotation that opens a paragraph with no attribution continues the previous
speaker.  This module finds the quotation marks, decides whether the quoted
words are speech (scare quotes and titles are not), and resolves the speaking
mention to the fullest name the document gives.  Merging names across documents
is :mod:`index.extract.speakers`' job.  It is regex and dictionaries only: it runs over
every document at build time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.extract.sentences import split_sentences
from index.extract.speakers import (
    CAP_SEQ,
    DOCUMENT_NOUNS,
    GENERIC_ROLES,
    NATIONALITIES,
    NATIONALITY_HINT,
    NON_NAME_FIRST,
    NOT_FIRST_NAME,
    ORG_LONG,
    ORG_NOUNS,
    ROLE_WORDS,
    TITLE_MODIFIERS,
    DocEntities,
    _strip_article,
    _strip_possessive,
    doc_entities,
    fold,
    parse_name,
    thing_after_article,
    title_score,
    unique_role_holder,
)
from index.models import Document, Quotation, Span

OPENERS = "“„«"
CLOSERS = "”»"
STRAIGHT = '"'

_VERBS = (
    "said|says|say|told|tells|added|adds|asked|asks|stated|states|declared|declares|insisted|insists|"
    "warned|warns|explained|explains|argued|argues|claimed|claims|noted|notes|continued|"
    "replied|replies|admitted|admits|acknowledged|acknowledges|suggested|suggests|commented|comments|"
    "remarked|remarks|wrote|writes|announced|announces|urged|urges|stressed|stresses|emphasised|emphasized|went on|"
    "recalled|recalls|predicted|predicts|conceded|concedes|confirmed|confirms|maintained|maintains|"
    "observed|observes|joked|jokes|reckons|reckoned|believes|believed|cautioned|cautions|"
    "complained|complains|responded|responds|pointed out|points out|agreed|agrees|"
    "promised|promises|vowed|vows|thinks|thought|put it|puts it|called|calls|described|describes|"
    "told reporters|told journalists|told the BBC|told BBC News|shouted|whispered|"
    "concluded|concludes|revealed|reveals|boasted|added that|said that|says that|"
    "accused|accuses|criticised|criticized|criticises|criticizes|attacked|condemned|hailed|praised|"
    "dismissed|branded|labelled|labeled|welcomed|rejected|denied|denies|defended|blamed|demanded|pledged|"
    "threatened|slammed|slated|questioned|appealed|expects|expected|hopes|hoped|fears|feared|"
    "accepted|thanked|quipped"
)
_PARTICIPLES = "saying|stating|adding|telling|calling|describing|arguing|warning|insisting|noting|declaring|writing|explaining|claiming"
VERB = rf"(?:{_VERBS})"
_CORE = frozenset("said says told tells added adds stated states declared declares".split())
PRONOUN = r"(?:he|she|it|they|He|She|It|They)"

_ROLE_ALT = "|".join(sorted((re.escape(w) for w in ROLE_WORDS | DOCUMENT_NOUNS | ORG_NOUNS), key=len, reverse=True))
# "the NATO chief", "Russia's envoy to NATO", "a spokesman for the ministry", "the declaration"
DESCRIPTION = (
    rf"(?:(?:the|a|an|The|A|An|[A-Z][\w.\-]*['’]s)[ \t]+(?:[\w.\-’']+[ \t]+){{0,4}}?(?i:{_ROLE_ALT})\b"
    rf"(?:[ \t]+(?:of|to|for|at|in|from|by)[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){{0,3}})?)"
)
NAME = CAP_SEQ.pattern
# A speaking mention: a name (with any title), a description, or a pronoun.
# "said the artists", "the band thanked …": several people speaking as one
_GROUP_NOUNS = frozenset("band duo trio quartet pair couple twins".split())
_PLURAL_ROLES = frozenset(
    {w + "s" for w in ROLE_WORDS if not w.endswith(("s", "man", "woman"))}
    | {w[:-3] + "men" for w in ROLE_WORDS if w.endswith("man")} | {"people", "organisers", "organizers"}
)
_GROUP_ALT = "|".join(sorted(_GROUP_NOUNS | _PLURAL_ROLES, key=len, reverse=True))
GROUP = rf"(?:(?:the|The)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:{_GROUP_ALT})\b(?![ \t]+(?:of|for|at|from)\b))"
GROUP_RX = re.compile(GROUP + "$")
_GROUP_INTRO = re.compile(
    rf"\b(?P<noun>{_GROUP_ALT}|group|act|outfit)[ \t]+(?P<name>[A-Z][\w'’\-]*(?:[ ](?:&[ ])?[A-Z][\w'’\-]*){{0,3}})"
)
MENTION = rf"(?:{GROUP}|{DESCRIPTION}|(?:[Tt]he[ \t]+)?{ORG_LONG.pattern}|{NAME}|{PRONOUN})"
# ", the firm's boss," / ", who …," / ", EA's managing director for European publishing," between subject and verb
_APPOSITIVE = (
    r"(?:,[ \t]+(?:(?:the|a|an|who|which|whose)\b[^,\"“”]{1,120}|[A-Z][\w.\-]*['’]s[ \t][^,\"“”]{1,120}"
    r"|[a-z][\w\-]*\b[^\"“”]{1,120}?),)?"
)
# "the IATA, which has attacked the package as …": a relative clause whose verb is the speech verb
_RELATIVE = r"(?:[ \t]*\([A-Z]{2,8}\))?(?:,?[ \t]+(?:who|which))?"
# "The band - whose LP was 2004's biggest seller - thanked …"
_DASHED = r"(?:[ \t]+[-–—][ \t][^\"“”–—]{1,120}?[ \t][-–—])?"
# "the US had agreed to release …": these verbs take an infinitive and then report no speech
_INFINITIVE_VERBS = frozenset(
    "agreed agrees promised promises vowed vows threatened hopes hoped expects expected pledged fears feared "
    "demanded claimed claims appealed".split()
)
_TO_INFINITIVE = re.compile(r"[ \t]+to\b")
_ADVERB = r"(?:[ \t]+(?:also|later|then|once|previously|recently|simply|added|has|had|have|was|is|would|had\s+earlier|earlier|quickly|again))*"

# After the closing mark: ', said X' or ', X said'.
# "said entrepreneur Drayton Valentine", "Ryanair deputy chief executive Michael Cawley told",
# "the play's organiser in Uganda, Sarah Mukasa, told": a title phrase ending in a name.
_TITLED_NAME = rf"(?:(?:[a-z][\w\-]*[ \t]+){{1,4}}{NAME})"
# "said Sideways producer Michael London": a capitalised modifier, a role noun, then the name
_MODIFIED_ROLE_NAME = rf"(?:{NAME}[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}(?i:{_ROLE_ALT}),?[ \t]+{NAME})"
_LONG_TITLED = rf"(?:(?:[\w'’&.\-]+,?[ \t]+){{1,8}}?{NAME}(?=,?[ \t]+(?:{VERB})\b|,[ \t]+(?:the|a|an|who)\b))"
TAIL_VERB_FIRST = re.compile(
    rf"^[,?!.…\s–—-]*\s*(?P<verb>{VERB})[ \t]+(?P<who>{_MODIFIED_ROLE_NAME}|{MENTION}|{_TITLED_NAME})"
)
TAIL_NAME_FIRST = re.compile(
    rf"^[,?!…\s–—-]*\s*(?P<who>{MENTION}|{_LONG_TITLED}),?{_APPOSITIVE}{_ADVERB}[ \t]+(?P<verb>{VERB})\b"
)
# Before the opening mark: 'X said:' / 'X said that …' / 'According to X, …'.
LEAD_VERB = re.compile(  # tried at word starts only (the same matches, far fewer attempts)
    rf"(?<![\w'’&.\-])(?P<who>{MENTION}|{_LONG_TITLED}){_RELATIVE},?{_APPOSITIVE}{_DASHED}{_ADVERB}[ \t]+(?P<verb>{VERB})\b"
)
LEAD_PARTICIPLE = re.compile(rf"\b(?:{_PARTICIPLES})\b")
# "according to media and PR strategist Glen Yearwood": a role noun and the name after it
_ROLE_NAME = rf"(?:(?:[\w'’&\-]+[ \t]+){{0,4}}?(?i:{_ROLE_ALT})[ \t]+{NAME})"
ACCORDING = re.compile(rf"\b[Aa]ccording[ \t]+to[ \t]+(?P<who>{_ROLE_NAME}|{MENTION})")
DESCRIPTION_RX = re.compile(DESCRIPTION)
MENTION_RX = re.compile(MENTION)
_PRONOUN_OR_INDEFINITE = re.compile(rf"(?i){PRONOUN}$|(?:a|an)\b")
_NOT_A_NAME = re.compile(rf"(?i)(?:the|a|an)\b|{PRONOUN}$")
_DOC_AUTHOR = re.compile(
    rf"(?P<org>{NAME})[ \t]+(?:said[ \t]+in[ \t]+(?:a|an|its|the)[ \t]+|['’]s[ \t]+)?"
    rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))})\b"
)
_WINDOW = 400  # characters of context searched for a speaking mention
_HEAD_NOUNS = ROLE_WORDS | DOCUMENT_NOUNS | ORG_NOUNS
_PRONOUN_RX = re.compile(r"\b(he|she|He|She)\b")
_WORD = re.compile(r"[\w'’-]+")
_MODIFIER_OF_NAME = re.compile(
    rf"[ \t]+(?:(?:{'|'.join(sorted(TITLE_MODIFIERS))})[ \t]+)?(?:{'|'.join(sorted(ROLE_WORDS))})[ \t]+[A-Z]"
)
_CLAUSE_TAIL = re.compile(r"[^,;:()]*$")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_SPEECH_AFTER = re.compile(  # "X said", "X, chairman of Y, said", "Anne Thompson of the Hollywood Reporter said"
    r"(?:,[^,\"“”.;:]{1,100},|[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w&'’\-]*[ \t]*){1,4})?"
    rf",?[ \t]+(?:(?:has|had|have|also|later|then|previously|recently|once)[ \t]+)*(?:{VERB})\b"
)
# Verbs that report speech with the speaker after them ("said Mr Straw") or as a bare
# parenthetical ("…, he claimed."); naming and transitive verbs ("called X", "told X") are left out.
_REPORTING = (
    "said|says|added|adds|explained|explains|continued|insisted|insists|admitted|admits|recalled|recalls|"
    "noted|notes|remarked|remarks|replied|replies|commented|stressed|observed|concluded|confirmed|claimed|claims|"
    "argued|argues|warned|warns|suggested|suggests|predicted|predicts|acknowledged|conceded|believes|thinks"
)
_SPEECH_BEFORE = re.compile(rf"\b(?:{_REPORTING}|according[ \t]+to)[ \t]+(?:the[ \t]+)?$")
_PRONOUN_SPEAKS = re.compile(
    rf"(?:^|[,;:][ \t]*|[.!?][ \t]+)(?P<p>he|she|He|She)[ \t]+(?:(?:has|had|also|later|then)[ \t]+)*(?:{_REPORTING})\b"
)
# "he claimed," / "she added." after a reported clause: a parenthetical reporting clause
_BARE_REPORT = re.compile(rf"[ \t]*\w+[ \t]+(?:(?:has|had|also|later|then)[ \t]+)*(?:{VERB})[ \t]*[,.;]")
# "… Budget. The Lib Dems": a full stop after a word that is no abbreviation ends the sentence
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St))(?<!\b(?:Mrs|Gen|Sen|Rev|Col|Sgt|Gov|Rep))[a-z\d)][.!?][ \t]")
_TIME_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)
_PREPOSITIONS = frozenset(
    "against with at by from to of in on for over beat beating into under like including about among alongside".split()
)
_TITLE_SMALL = frozenset("a an the of and or in on at to for with from by vs is".split())
_INDEFINITE = re.compile(r"(?i)(?:a|an)\b")
_ARTICLE_FIRST = re.compile(r"(?i)(?:the|a|an)\b")
_LEADING_ARTICLE = re.compile(r"^(?:[Tt]he|[Aa]n?)[ \t]+")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_PLACE_ADJECTIVE = re.compile(r"-(?:based|born)$")
_PUNCT = re.compile(r"[,.;:]")
_LOWER_WORD = re.compile(r"\b[a-z][\w\-]+")
_PREP_BEFORE = re.compile(r"(?:^|,)[ \t]+(?:of|from|at)[ \t]+$")
_ENDS_CLAUSE = re.compile(r"[.,!?…:;]\s*$")
_CLAUSE_MARK_NEXT = re.compile(r"\s*[,.!?]")
_ENDS_SENTENCE = re.compile(r"[.!?]\s*$")
_STOP = re.compile(r"[.!?][ \t\n]")
_ANY_WORD = re.compile(r"\w")
_ARTICLE_OR_BARE = re.compile(r"^(?:The|A|An)(?:[ ]+|$)")


@dataclass
class _Raw:
    """A pair of quotation marks inside one paragraph (offsets into the document)."""

    open_at: int  # offset of the opening mark (or of the paragraph start when it has none)
    close_at: int  # offset of the closing mark (or of the paragraph end when it never closes)
    paragraph: int
    closed: bool
    chained: bool = False  # opened right after an unclosed quotation: the same speaker goes on


_SENTENCE_END = ".!?…:;,"
_OPEN_BEFORE = "([{—–-/"
_CLOSE_AFTER = ".,;:!?)]}—–-'’…"


def find_quote_spans(text: str, para_start: int, para_end: int, number: int) -> list[_Raw]:
    """Pair the double quotation marks of one paragraph.

    Curly marks say which way they face.  A straight mark is read from its
    neighbours: after a space and before a word it opens, after a word and
    before a space or punctuation it closes.  That matters because the BBC
    files put several paragraphs on one line and a quote that runs on into
    the next paragraph has no closing mark (``…poorest. "Two million…``):
    blind alternation would then pair the marks out of step and list the
    narration between them as speech.  So while a quotation is open, a mark
    that can only open, following the end of a sentence, starts a new
    quotation and the open one ends unclosed before it (``chained``: the
    same speaker goes on).  A quotation still open at the end of the
    paragraph runs to its end.
    """
    out: list[_Raw] = []
    open_at: int | None = None
    chained = False
    for i in range(para_start, para_end):
        c = text[i]
        if c not in '"“”„«»':
            continue
        if c in OPENERS:
            if open_at is None:
                open_at, chained = i, False
            elif i > open_at + 1 and text[i - 1].isspace():
                # a second opener: the first never closed; it runs to here
                out.append(_Raw(open_at, i, number, False))
                open_at, chained = i, True
        elif c in CLOSERS:
            if open_at is not None:
                out.append(_Raw(open_at, i, number, True, chained))
                open_at = None
        else:
            p = text[i - 1] if i > para_start else " "
            n = text[i + 1] if i + 1 < para_end else " "
            opener_like = (p.isspace() or p in _OPEN_BEFORE) and not n.isspace()
            closer_like = not p.isspace() and (n.isspace() or n in _CLOSE_AFTER or n in '"“”')
            if open_at is None:
                if closer_like and not opener_like and i + 1 < para_end:
                    continue  # a stray closing mark: nothing to close
                open_at, chained = i, False
            elif opener_like and not closer_like and i > open_at + 1:
                before = text[open_at + 1 : i].rstrip()
                if before and before[-1] in _SENTENCE_END + "\"”’)":
                    out.append(_Raw(open_at, i, number, False, chained))
                    open_at, chained = i, True
                else:
                    out.append(_Raw(open_at, i, number, True, chained))
                    open_at = None
            else:
                out.append(_Raw(open_at, i, number, True, chained))
                open_at = None
    if open_at is not None and para_end - open_at > 1:
        out.append(_Raw(open_at, para_end, number, False, chained))
    return out


def _inner(text: str, raw: _Raw) -> tuple[int, int]:
    a, b = raw.open_at + 1, raw.close_at
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_title_like(words: Sequence[str]) -> bool:
    """'Russia in Global Affairs', 'The Lord of the Rings': capitalised content words, no clause."""
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    if not content:
        return False
    caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return caps == len(content) and len(words) <= 12


@dataclass
class _Found:
    raw: _Raw
    start: int
    end: int
    sentence: Span
    who: str | None  # resolved speaker name as this document gives it (None: unknown)
    how: str  # which rule found ``who`` (tail, lead, according, chain, narration, …; none): _is_speech and the evaluator read it


class _Resolver:
    """Turns a speaking mention into the fullest name this document gives."""

    def __init__(self, doc: Document, ents: DocEntities, masked: str) -> None:
        self.ents = ents
        self.masked = masked  # the text with quotation interiors blanked out
        self.sentences = split_sentences(doc.text)
        self.sentence_starts = [s.start for s in self.sentences]
        self.speakers_at: list[tuple[int, str]] = []  # (offset, speaker) of attributed quotes so far
        self.spoken_for_by_women: set[str] = set()  # organisations a spokeswoman spoke for: "she" may be them
        self._protagonist: str | None = None  # computed on first use

    def sentence_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def resolve(self, mention: str, at: int) -> str | None:
        """The fullest in-document name for a speaking mention (a name, description, pronoun or organisation)."""
        m = mention.strip(" ,")
        low = m.lower()
        if GROUP_RX.match(m):
            return self.group(m, at)
        if EPITHET_RX.match(m):
            return self.pronoun(at, female=m.endswith("woman"), any_gender=not m.endswith("woman"), strict=True)
        appositive = self._person_before_appositive(m) if "," in m else None
        if appositive:
            return appositive
        named_org = _ORG_NOUN_NAME.match(m)
        if named_org:
            return named_org.group("org")  # "consultancy 4Cast said": the noun says what the name is
        orgs = list(ORG_LONG.finditer(m))
        if orgs and orgs[-1].end() == len(m):  # "…, the Bank of England said"
            return _strip_article(orgs[-1].group(0))
        names = list(CAP_SEQ.finditer(m))
        if names and names[-1].end() == len(m) and (names[-1].start() > 0 or len(names) > 1):
            # "the Russian envoy to NATO Dmitry Rogozin": the name at the end speaks
            p = parse_name(names[-1].group(0))
            if p.kind == "person":
                return self.ents.full_name(p.name)
            if _PUNCT.search(m[: names[-1].start()]):
                # "Still, Rasmussen" / "…for the Family, Theresa May": the final name is the mention
                return self.resolve(names[-1].group(0), at + names[-1].start())
        if low in ("he", "she"):
            return self.pronoun(at, female=low == "she")
        if low in ("it", "they"):
            return self.organisation_before(at)
        if _ARTICLE_FIRST.match(m) or _POSSESSIVE_S.search(m) and not CAP_SEQ.fullmatch(m):
            if any(w.lower().strip(".,") in _HEAD_NOUNS for w in m.split()):
                return self.description(m, at)
            m = _LEADING_ARTICLE.sub("", m)  # "The BBC said"
        if not CAP_SEQ.fullmatch(m) and names:
            last = parse_name(names[-1].group(0))
            if names[-1].end() == len(m) and last.name and self.ents.is_person(last.name):
                return self.ents.full_name(last.name)  # "a Franck Muller watch Sharon said"
            # "Kirsten Pfeifer from the Consumer Electronics Association": the first person named speaks
            for n in names:
                pn = parse_name(n.group(0))
                if pn.kind == "person" or pn.name and self.ents.is_person(pn.name):
                    return self.ents.full_name(pn.name)
        p = parse_name(m)
        if p.name and " " not in p.name and (fold(p.name) in NATIONALITIES or _PLACE_ADJECTIVE.search(p.name)):
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

    def _person_before_appositive(self, m: str) -> str | None:
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
            if not low or not (low[0] in ("from", "of", "at", "with")
                               or any(w.strip(".'’s") in ROLE_WORDS for w in low[:4])):
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

    def description(self, desc: str, at: int) -> str | None:
        """Who "the NATO chief" / "a Microsoft spokesman" / "the report" is; ``None`` when nobody in particular.

        Organisations and documents speak for whoever the text names; a role
        goes to the title holder the document gives, else to the person it is about.
        """
        words = [w.lower().strip(".,") for w in desc.split()]
        heads = [w for w in words if w in ROLE_WORDS or w in DOCUMENT_NOUNS or w in ORG_NOUNS]
        if not heads:
            return None
        head = heads[-1]
        if head in DOCUMENT_NOUNS or head in ORG_NOUNS and head not in ROLE_WORDS:
            named = self._org_in(desc, head)
            if named:
                return named  # "the World Bank", "the Commission's report", "a statement from the EU"
        if head in ("lawsuit", "writ"):
            return self.plaintiff(at) or self.document_author(at)
        if head in DOCUMENT_NOUNS:
            return self.document_author(at)
        office = _ROLE_OFFICE.match(desc.strip())
        if office and office.group("role").split()[-1].lower() in ROLE_WORDS and self._org_in(desc, head) is None:
            # "the prime minister's office": a role's own office is named by the description itself,
            # not by the last organisation the text mentioned
            return " ".join(w[:1].upper() + w[1:] for w in f"{office.group('role')}{office.group('s')} {office.group('noun')}".split())
        if head in ORG_NOUNS and head not in ROLE_WORDS:
            return self.organisation_before(at, desc)
        if head in GENERIC_ROLES and _INDEFINITE.match(desc):
            if head.startswith("spokes"):
                # "But the Home Office defended the measures. A spokesman said:" -> the Home Office
                return self.organisation_near(desc, at)
            return None  # "an official": nobody in particular
        best, best_score, best_pos = None, 0.0, -1
        for i, (title, name) in enumerate(self.ents.titles):
            s = title_score(desc, title)
            if s > best_score or (s == best_score and s > 0 and i > best_pos):
                best, best_score, best_pos = name, s, i
        if best and best_score >= 0.5:
            return best
        if head not in GENERIC_ROLES:
            unique = unique_role_holder(self.ents.titles, desc)
            if unique:
                return unique
        if head in GENERIC_ROLES or head.endswith("s") and head[:-1] in ROLE_WORDS:
            return None
        # "the 74-year-old comedian", "the Salford MP": the person the text is talking about;
        # failing that, leave the description to the collection-wide registry ("the Russian president").
        # "chairman of the ISM's survey committee", nobody the text names: the organisation speaks through them
        return self.pronoun(at, female=False, any_gender=True, strict=True) or self._org_in(desc, head) \
            or "the " + " ".join(w for w in desc.split() if w.lower() not in ("the", "a", "an"))

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

    def organisation_near(self, desc: str, at: int) -> str | None:
        """The organisation a spokesman speaks for: named in the description, else in this or the last sentence."""
        long = ORG_LONG.search(desc)
        if long:
            return long.group(0)
        for m in CAP_SEQ.finditer(desc):
            p = parse_name(m.group(0))
            if p.name and (p.kind == "organisation" or p.name in self.ents.orgs or not self.ents.is_person(p.name)):
                return p.name  # "a Microsoft spokesman", "a spokesman for Microsoft"
        # "an executive spokesman" after "the Scottish Executive": a lower-case modifier the text capitalises in a name
        lows = _LOWER_WORD.findall(desc)
        mods = {w for w in lows[:-1] if w not in _TITLE_SMALL and w not in GENERIC_ROLES}
        if mods:
            best: str | None = None
            for m in CAP_SEQ.finditer(self.masked, max(0, at - 3000), at):
                name = _strip_article(m.group(0))
                if mods & {w.lower() for w in name.split()} and not self.ents.is_person(name) \
                        and (best is None or len(name) > len(best)):
                    best = name
            if best:
                return best
        idx = self.sentence_index(at)
        lo = self.sentences[max(idx - 1, 0)].start if self.sentences else max(0, at - 300)
        return self._last_org(self.masked[lo:at])

    def _last_org(self, window: str) -> str | None:
        """The organisation named last in ``window``: a long name, an acronym, or one the text introduced."""
        best: tuple[int, str] | None = None
        for m in ORG_LONG.finditer(window):
            best = (m.end(), _strip_article(m.group(0)))
        for m in CAP_SEQ.finditer(window):
            p = parse_name(m.group(0))
            if (p.kind == "organisation" or p.name in self.ents.orgs) and p.name \
                    and (best is None or m.end() > best[0]):
                best = (m.end(), p.name)
        return best[1] if best else None

    def _org_in(self, desc: str, head: str) -> str | None:
        """An organisation named inside a description, if any."""
        long = ORG_LONG.search(desc)
        if long:
            return _strip_article(long.group(0))
        for m in CAP_SEQ.finditer(desc):
            seq = _ARTICLE_OR_BARE.sub("", m.group(0))
            if not seq:
                continue
            owner = desc[m.end() : m.end() + 2] in ("'s", "’s")
            p = parse_name(seq)
            name = p.name or seq
            if p.kind == "person" and not owner or NATIONALITY_HINT.search(name) and " " not in name \
                    or name.lower() == head:
                continue  # "the Bank said": which bank is for the context to say
            if p.kind == "organisation" or name in self.ents.orgs or owner or name.lower().endswith(head):
                return _strip_possessive(name)
        return None

    def organisation_before(self, at: int, desc: str = "") -> str | None:
        """The organisation a pronoun or a bare description ("the ministry") stands for.

        An organisation whose name shares a word with the description wins
        ("the economy ministry" -> "Economy Ministry", not the IMF named later);
        otherwise the last one quoted or named.
        """
        words = {w.lower().strip(".,") for w in desc.split()} - {"the", "a", "an"}
        if words:
            window = self.masked[max(0, at - 1500) : at]
            best: tuple[int, int, str] | None = None
            for m in [*ORG_LONG.finditer(window), *CAP_SEQ.finditer(window)]:
                name = _strip_article(m.group(0))
                p = parse_name(name)
                if not (m.re is ORG_LONG or p.kind == "organisation" or p.name in self.ents.orgs):
                    continue
                name = name if m.re is ORG_LONG else p.name
                overlap = len(words & {w.lower() for w in name.split()})
                if overlap and (best is None or (overlap, m.end()) > best[:2]):
                    best = (overlap, m.end(), name)
            if best:
                return best[2]
        for _, who in reversed([s for s in self.speakers_at if s[0] < at]):
            # '"…," said Seagate. "…," it said': the last speaker who is no person, even one never called a firm
            if who in self.ents.orgs or who.isupper() or " " not in who and not self.ents.is_person(who) \
                    or who.split()[-1].lower() in ORG_NOUNS and not self.ents.is_person(who):
                return who
        return self._last_org(self.masked[max(0, at - 1500) : at])

    def plaintiff(self, at: int) -> str | None:
        """Who brought the lawsuit ("Actor Bruce Willis is suing Revolution Studios"): its words are theirs."""
        best: str | None = None
        for m in _SUES.finditer(self.masked, 0, at):
            who = self.resolve(m.group("who"), m.start("who"))
            if who:
                best = who
        return best

    def document_author(self, at: int) -> str | None:
        window = self.masked[max(0, at - 3000) : at]
        for m in reversed(list(_DOC_AUTHOR.finditer(window))):
            p = parse_name(m.group("org"))
            if p.kind == "organisation":
                return p.name
        return self.organisation_before(at)

    def pronoun(self, at: int, female: bool, any_gender: bool = False, strict: bool = False) -> str | None:
        """The person the text is talking about: the subject of the nearest sentence naming someone.

        Walks back sentence by sentence from the quotation; a sentence whose
        subject is itself a pronoun points further back.  Within a sentence the
        first person named is taken (subjects come first in news prose), which
        beats "the last capitalised word".
        """
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
            found = self._persons_in(seg, seg_start)
            if not found and not current and _EPITHET_IN.search(seg):
                # "The affair still rankles with the Dutchman. '…,' he said": an epithet stands for the
                # person the article is about, not for whoever the sentence before names
                main = self.protagonist()
                if main:
                    found = [(seg_start + _EPITHET_IN.search(seg).start(), main, False)]
            if current and _reports_clause_before(self.masked, s.start, at):
                # '"…" Mr Blair's government was a "…", he added' / "Blair has failed, he claimed":
                # the names before the pronoun in its clause sit inside what it reports, so it is not one of them
                stop = max(self.masked.rfind(c, s.start, at) for c in ".!?")
                found = [c for c in found if c[0] < stop]
            cut = self._subject_pronoun(seg, female, any_gender)
            if cut is not None:
                # "He met Tony Blair." / "Now he fears … Jason Robinson …": a name after a fitting subject
                # pronoun is not who that pronoun is; the one we look for is (most likely) that pronoun too
                found = [c for c in found if c[0] < seg_start + cut]
            speaking = [(off, who) for off, who, talks in found if talks]
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
                known = [c for c in fitting if c[1] in self.ents.female or c[1] in self.spoken_for_by_women]
                if known:
                    return known[0][1]
                if fallback is None:
                    fallback, fallback_at = fitting[0][1], j
                continue
            if fitting:
                return fitting[0][1]
        if fallback is not None:
            return fallback
        if strict:
            return None
        # Fall back to the last attributed person speaker.
        for _, who in reversed(self.speakers_at):
            if self.ents.is_person(who) and (any_gender or self._gender_fits(who, female)):
                return who
        return None

    def protagonist(self) -> str | None:
        """The person the article is about: the one whose surname it repeats most (ties: none)."""
        if self._protagonist is None:
            counts = sorted(((len(re.findall(rf"\b{re.escape(n.split()[-1])}\b", self.masked)), n)
                             for n in self.ents.full_names if n.split()[-1][:1].isupper()), reverse=True)
            top = counts[0] if counts else (0, "")
            tie = len(counts) > 1 and counts[1][0] == top[0]
            self._protagonist = top[1] if top[0] >= 3 and not tie else ""
        return self._protagonist or None

    def _gender_fits(self, name: str, female: bool) -> bool:
        """Known women for "she", known men for "he"; a person of unknown gender fits either."""
        if female:
            return name not in self.ents.male
        return name not in self.ents.female

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

    def _persons_in(self, seg: str, base: int) -> list[tuple[int, str, bool]]:
        """Persons named in ``seg`` as possible subjects, in order (objects of a preposition are skipped).

        Each comes with whether a speech verb is attached to the mention
        ("Michael Howard has said", "said Mr Straw"): that person speaks.
        """
        found: list[tuple[int, str, bool]] = []
        skipped_to = -10
        for m in CAP_SEQ.finditer(seg):
            before = _LAST_WORD.search(seg, max(0, m.start() - 15), m.start())
            word = before.group(1).lower() if before else ""
            clause = _CLAUSE_TAIL.search(seg, max(0, m.start() - 40), m.start())
            in_pp = _after_preposition(clause.group(0) if clause else "")
            if in_pp and _TIME_WORD.match(m.group(0)) and " " in m.group(0):
                in_pp = False  # "on Wednesday Mr Straw said": the preposition governs the day, not the name
            if in_pp or word == "and" and m.start() - skipped_to < 8:
                skipped_to = m.end()  # "against West Brom and Aston Villa": objects, not subjects
                continue
            if word in _POSSESSIVE_DETERMINERS:
                continue  # "to keep alive their Grand Slam hopes": what someone owns is nobody speaking
            if _MODIFIER_OF_NAME.match(seg, m.end()):
                continue  # "Scissor Sisters frontwoman Ana Matronic": the band modifies the name
            talks = _speaks(seg, m.start(), m.end())
            if m.group(0).startswith("The ") and not talks \
                    and seg[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?", '"', "”", ","):
                continue  # "doing The Daily Source Code": a capitalised "The" mid-sentence opens a title
            p = parse_name(m.group(0))
            name = None
            if p.name in self.ents.orgs or thing_after_article(p, m.group(0), seg, m.start()):
                continue  # an organisation, or "the Wooden Spoon": a thing
            if p.kind == "person":
                name = self.ents.full_name(p.name)
            elif p.name and self.ents.is_person(p.name):
                name = self.ents.full_name(p.name)
            split = _INITIAL_THEN_NAME.search(name) if name else None
            if split:
                name = split.group(1)  # "… and Malcolm X. Attallah Shabazz, the daughter": not its "full" name
            if name:
                found.append((base + m.start(), name, talks))
        for m in DESCRIPTION_RX.finditer(seg):
            who = None
            heads = [w.lower() for w in m.group(0).split() if w.lower() in ROLE_WORDS]
            if heads and heads[-1].startswith("spokes") and _INDEFINITE.match(m.group(0)):
                # "A BBC spokeswoman said …. She said …": the organisation an unnamed spokeswoman speaks for
                # ("A spokesman for DLF Builders, Dr Vancheshwar, told …" names the person instead)
                if _NAMED_AFTER.match(seg, m.end()):
                    continue
                who = self.organisation_near(m.group(0), base + m.start())
                if who and heads[-1] == "spokeswoman":
                    self.spoken_for_by_women.add(who)
            elif heads and heads[-1] not in GENERIC_ROLES:
                best = max(((title_score(m.group(0), t), n) for t, n in self.ents.titles), default=(0.0, None))
                if best[0] >= 0.5:
                    who = best[1]
                else:
                    who = unique_role_holder(self.ents.titles, m.group(0))
            if who:
                found.append((base + m.start(), who, _speaks(seg, m.start(), m.end())))
        found.sort()
        return found


_ROLE_OFFICE = re.compile(
    r"(?i:the)[ \t]+(?P<role>(?:[a-z][\w\-]*[ \t]+){0,2}[a-z][\w\-]*)(?P<s>['’]s)[ \t]+(?P<noun>office|department|ministry)$"
)
_SUES = re.compile(
    rf"(?<![\w'’\-])(?P<who>{NAME})[ \t]+(?:(?:is|are|has|have)[ \t]+)?(?:suing|sued|sues|(?:filed|lodged)[ \t]+"
    r"(?:a|the)[ \t]+(?:lawsuit|suit|writ))\b"
)
# a run that crosses a sentence ending in an initial: two or more names after "X. " start a new one
_INITIAL_THEN_NAME = re.compile(r"\w[ ][A-Z]\.[ ]([A-Z][\w'’\-]+(?:[ ][A-Z][\w'’\-]+)+)$")
_POSSESSIVE_DETERMINERS = frozenset("their his its our my your".split())
_NAMED_AFTER = re.compile(r",?[ \t]+(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?[ \t]+)?[A-Z][\w'’\-]+")


def _governing_verb(verbs: Sequence[re.Match[str]], lead: str) -> re.Match[str]:
    """The reporting clause that governs a quotation: the last one, unless it is buried in what another reports.

    "Jack Straw told the Commons that the US had released them after "…"": the
    quoted words belong to Straw.  When the last speech verb is followed by a
    clause of its own before the quotation, the first core reporting verb
    (said/told/…) of the sentence wins.
    """
    last = verbs[-1]
    gap = lead[last.end() :]
    if len(verbs) == 1 or len(_WORD.findall(gap)) <= 3:
        return last
    for v in verbs[:-1]:
        if v.group("verb") in _CORE:
            return v
    return last


def _speaks(seg: str, start: int, end: int) -> bool:
    """Whether the mention ``seg[start:end]`` is the subject of a speech verb ("X has said", "said X")."""
    return bool(_SPEECH_AFTER.match(seg, end) or _SPEECH_BEFORE.search(seg, max(0, start - 24), start))


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


def _after_preposition(clause: str) -> bool:
    """Whether a name ending ``clause`` is a prepositional object ("from 22-year-old student David Dunne").

    Only modifiers may stand between the preposition and the name; after a
    full noun phrase ("At a press conference Sharon Osbourne") the name is a subject.
    """
    words = clause.split()
    for i in range(len(words) - 1, max(len(words) - 5, -1), -1):
        w = words[i].lower()
        if w in _PREPOSITIONS or w == "as" and i > 0 and words[i - 1].lower() in ("such", "well", "known"):
            return True
        if not (words[i][:1].isupper() or any(c.isdigit() for c in w) or w in ROLE_WORDS
                or w in TITLE_MODIFIERS or w in ("the", "and")):
            return False
    return False


def _mask_quotes(text: str, raws: Sequence[_Raw]) -> str:
    """``text`` with quotation interiors blanked (offsets kept): words someone says are never their attribution."""
    chars = list(text)
    for r in raws:
        for i in range(r.open_at + 1, min(r.close_at, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def extract_quotations(doc: Document) -> list[Quotation]:
    """Every direct quotation of ``doc`` with its in-document speaker (or ``None``).

    ``speaker`` is the fullest name the document gives (organisations by their
    name); :func:`index.extract.speakers.attribute` later maps it to the collection's
    canonical entity.
    """
    try:
        return _extract(doc)
    except RecursionError:  # pathological input: no quotations rather than a failed build
        return []


def _extract(doc: Document) -> list[Quotation]:
    text = doc.text
    found = _find(doc)
    out: list[Quotation] = []
    for f in found:
        out.append(Quotation(source_id=doc.id, paragraph=f.raw.paragraph, start=f.start, end=f.end,
                             text=text[f.start:f.end], sentence_start=f.sentence.start,
                             sentence_end=f.sentence.end, speaker=f.who))
    return out


def _find(doc: Document) -> list[_Found]:
    """The quotations of ``doc`` with how each was attributed (the evaluator's debug view uses ``how``)."""
    text = doc.text
    raws: list[_Raw] = []
    for p in doc.paragraphs:
        raws.extend(find_quote_spans(text, p.start, p.end, p.number))
    if not raws:
        return []
    ents = doc_entities(doc)
    masked = _mask_quotes(text, raws)
    res = _Resolver(doc, ents, masked)
    para_by_number = {p.number: p for p in doc.paragraphs}
    found: list[_Found] = []
    for raw in raws:
        start, end = _inner(text, raw)
        if end <= start:
            continue
        inner = text[start:end]
        words = _WORD.findall(inner)
        if not words:
            continue
        para = para_by_number[raw.paragraph]
        s_open = _sentence_of(res, raw.open_at)
        s_close = _sentence_of(res, min(raw.close_at, para.end - 1))
        sentence = Span(start=max(s_open.start, para.start), end=min(max(s_close.end, raw.close_at + 1), para.end))
        who, how = _attribute(text, masked, res, raw, para.start, para.end, sentence)
        # the lead is the narration before the mark in its sentence: sentence.start is already clipped to the paragraph
        if not _is_speech(inner, words, how, text, raw, masked[sentence.start : raw.open_at]):
            continue
        f = _Found(raw, start, end, sentence, who, how)
        if who is None and how == "none":
            _continue_speaker(f, found[-1] if found else None, res)
        found.append(f)
        if f.who:
            res.speakers_at.append((raw.open_at, f.who))
    _fill_backwards(found, res)
    return found


def _name_first_tail_is_ours(m: re.Match[str], tail: str, text: str, raw: _Raw, quote_follows: bool) -> bool:
    """Whether "X said" after the closing mark attributes this quotation, not what comes next.

    A subject-first clause is also how narration goes on, so it is refused when
    it opens the next quotation or a new sentence of its own.
    """
    who = m.group("who").strip(" .")
    if tail[m.end():].lstrip(" \t").startswith(":") and not _PRONOUN_OR_INDEFINITE.match(who):
        return False  # '"…?" LTA chief John Crowther added: "…"': it introduces the next quotation
    new_sentence = tail.lstrip().startswith(".")
    if who[:1].isupper() and (
            text[raw.open_at + 1 : raw.close_at].rstrip().endswith(".")
            or new_sentence and not _PRONOUN_OR_INDEFINITE.match(who)
            or _SENTENCE_BREAK.search(m.group("who"))):
        # '"…." Corbett said he and Barker…' / '… "bring it on". Charles Kennedy attacked …':
        # a new sentence of reported speech, not this quotation's attribution
        return False
    # '… found "…". It added that the staff "…"': a new sentence running into the next
    # quotation reports that one, not this one
    return not (new_sentence and _WORD.search(tail, m.end()) and quote_follows)


def _sentence_of(res: _Resolver, offset: int) -> Span:
    return res.sentences[res.sentence_index(offset)] if res.sentences else Span(start=0, end=len(res.masked))


def _attribute(text: str, masked: str, res: _Resolver, raw: _Raw, p_start: int, p_end: int,
               sentence: Span) -> tuple[str | None, str]:
    # 1. after the closing mark, up to the next opening mark or the sentence end
    if raw.closed:
        tail_end = p_end
        for i in range(raw.close_at + 1, min(p_end, raw.close_at + 260)):
            if text[i] in OPENERS or text[i] == STRAIGHT:
                tail_end = i
                break
        tail = masked[raw.close_at + 1 : min(tail_end, raw.close_at + 260)]
        m = _TAIL_ROLE_THEN_NAME.match(tail)
        if m and any(w.lower() in ROLE_WORDS for w in _WORD.findall(m.group("role"))):
            # 'said the chairman of the committee, Labour MP Barry Sheerman' / 'said its chairman, Sir Anthony
            # Greener': the name the role is given is the speaker, not an organisation inside the role
            who = res.resolve(m.group("name"), raw.close_at + 1 + m.start("name"))
            if who and res.ents.is_person(who):
                return who, "tail"
        for rx in (TAIL_VERB_FIRST, TAIL_NAME_FIRST):
            m = rx.match(tail)
            if m is None or rx is TAIL_NAME_FIRST and not _name_first_tail_is_ours(m, tail, text, raw, tail_end < p_end):
                continue
            who = res.resolve(m.group("who"), raw.close_at + 1 + m.start("who"))
            if who:
                return who, "tail"
            mention = m.group("who").strip()
            if _PRONOUN_OR_INDEFINITE.match(mention) or GROUP_RX.match(mention):
                return None, "tail-unknown"
    # 2. before the opening mark, within the same sentence
    # sentence.start is where the opening mark's sentence starts, clipped to the paragraph
    s_start = max(sentence.start, raw.open_at - _WINDOW)  # a speaker is named near the quote; keeps long lines linear
    lead = masked[s_start : raw.open_at]
    accordings = list(ACCORDING.finditer(lead))
    m_acc = accordings[-1] if accordings else None
    verbs = [v for v in LEAD_VERB.finditer(lead)
             if not (v.group("verb") in _INFINITIVE_VERBS and _TO_INFINITIVE.match(lead, v.end()))]
    if verbs:
        m = _governing_verb(verbs, lead)
        who = res.resolve(m.group("who"), s_start + m.start("who"))
        if who and _PREP_BEFORE.search(lead[: m.start("who")]):
            # "Anshuman Magazine, managing director, of CB Richard Ellis … told": the verb's subject
            # is the person the comma-set pieces describe, not the firm after "of"
            who = res._person_before_appositive(lead[: m.end("who")]) or who
        if not who and _PRONOUN_OR_INDEFINITE.match(m.group("who").strip()) and lead[m.end():].strip(" ,:") == "":
            return None, "lead-unknown"  # "An official said: …": not the previous speaker
        if not who and GROUP_RX.match(m.group("who").strip()):
            return None, "lead-unknown"  # "the officials said": several people, none of them named
        if who:
            named = m.group("verb") in _CORE and not _NOT_A_NAME.match(m.group("who").strip())
            return who, "lead-core" if named else "lead"
    if m_acc:
        who = res.resolve(m_acc.group("who"), s_start + m_acc.start("who"))
        if who:
            return who, "according"
    if LEAD_PARTICIPLE.search(lead):
        # "A US official shared this view, stating: …" — the clause's subject speaks.
        for m in MENTION_RX.finditer(lead):
            who = res.resolve(m.group(0), s_start + m.start())
            if who:
                return who, "lead"
            if _INDEFINITE.match(m.group(0)) or GROUP_RX.match(m.group(0)):
                return None, "lead-unknown"
    # "Shivering in a dress, the Australian-born actress stopped to sign autographs and joked:" /
    # "The 14-year-old said she … but joked that": a speech verb coordinated with the sentence's first verb
    # is said by the sentence's subject
    if _COORDINATED.search(lead):
        m = _SENTENCE_SUBJECT.match(lead)
        if m:
            who = res.resolve(m.group("who"), s_start + m.start("who"))
            if who:
                return who, "lead"
    # 3. a paragraph that ends "…, Medvedev said:" introduces the next one
    if raw.open_at == p_start or not text[p_start:raw.open_at].strip():
        prev_end = p_start
        while prev_end > 0 and text[prev_end - 1].isspace():
            prev_end -= 1
        prev = masked[max(0, prev_end - 300) : prev_end]
        if prev.endswith((":", ",")):
            verbs = list(LEAD_VERB.finditer(prev))
            if verbs and prev[verbs[-1].end() :].strip(" ,:") == "":
                m = verbs[-1]
                who = res.resolve(m.group("who"), max(0, prev_end - 300) + m.start("who"))
                if who:
                    return who, "lead"
    rest = masked[raw.close_at : min(sentence.end, raw.close_at + _WINDOW)]
    m = ACCORDING.search(rest)
    if m:
        who = res.resolve(m.group("who"), raw.close_at + m.start("who"))
        if who:
            return who, "according"
    # 'Snow Patrol had "no other course of action" but to …, lead singer Gary Lightbody has said.'
    fragment = raw.closed and text[raw.close_at - 1 : raw.close_at].isalnum()  # no clause-ending mark inside
    m = _END_REPORT.search(rest) if fragment and "," in rest else None
    if m:
        g = "who" if m.group("who") else "who2"
        who = res.resolve(m.group(g), raw.close_at + m.start(g))
        if who:
            return who, "end"
    # 'BBC Two controller Roly Keating: "It's an exciting new era …"': a name and a colon introduce the quote
    m = _COLON_INTRO.search(lead) if lead.rstrip().endswith(":") else None
    if m and m.group("who").split()[0].lower() not in _CORE:  # "Said Williams:" is a verb and a name
        p = parse_name(m.group("who").split(",")[-1].strip())
        who = res.resolve(m.group("who"), s_start + m.start("who"))
        if who and (p.kind == "person" or res.ents.is_person(who)):
            return who, "lead"
    # 'Comair "deeply regrets the inconvenience …," the Delta subsidiary said': a sentence whose subject
    # is a bare name and whose predicate is the quotation itself
    m = _SUBJECT_OF_QUOTE.search(lead)
    if m and text[raw.open_at + 1 : raw.open_at + 2].islower() and _FIRST_PERSON.search(text, raw.open_at, raw.close_at):
        # only when the quotation speaks in the first person ("… all of our customers"): 'The ECB "may sound
        # hawkish … they will"' is someone else's words about the ECB
        who = res.resolve(m.group("who"), s_start + m.start("who"))
        if who:
            return who, "subject"
    return None, "none"


_COORDINATED = re.compile(
    rf"[ \t,](?:and|but)[ \t]+(?:(?:then|later|also|quickly)[ \t]+)?(?:{VERB})(?:[ \t]+that)?[ \t]*:?[ \t]*$"
)
# "the 14-year-old", "the Dutchman", "this remarkably active senior citizen": a person the text is about
EPITHET = (
    r"(?:[Tt]he|[Tt]his)[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?:\d+-year-old|(?:Dutch|French|Irish|English|Welsh|Scots)"
    r"(?:man|woman))(?![\w\-])"
)
EPITHET_RX = re.compile(EPITHET + "$")
_SENTENCE_SUBJECT = re.compile(rf"[ \t]*(?:[A-Z][^,\"“”.;:]{{0,80}},[ \t]+)?(?P<who>{EPITHET}|{MENTION})(?![\w'’\-])")
_EPITHET_IN = re.compile(r"(?<![\w'’\-])" + EPITHET)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
_SUBJECT_OF_QUOTE = re.compile(rf"(?:^|[.!?][ \t]+|\n)(?P<who>{NAME})[ \t]+$")


_TAIL_ROLE_THEN_NAME = re.compile(
    rf"^[,?!.…\s–—-]*\s*(?:{VERB})[ \t]+(?P<role>(?:the|its|his|her|their|a|an)[ \t]+[^,\"“”.;:]{{1,100}}?),"
    rf"[ \t]+(?P<name>(?:[\w'’\-]+[ \t]+){{0,3}}?{NAME})[ \t]*(?:[.;!?]|,[ \t]+(?:who|which)\b|$)"
)
# ', lead singer Gary Lightbody has said.' / ', said the minister.' closing the sentence that holds the quote
_END_REPORT = re.compile(
    rf",[ \t]+(?:(?P<who>{MENTION}|{_TITLED_NAME}){_ADVERB}[ \t]+(?:{_REPORTING})"
    rf"|(?:{_REPORTING})[ \t]+(?P<who2>{MENTION}|{_TITLED_NAME}))[ \t]*[.!?]?[ \t]*$"
)
_COLON_INTRO = re.compile(rf"(?:^|[.;][ \t]+|\n)(?P<who>(?:[\w'’&\-]+[ \t]+){{0,5}}?{NAME}):[ \t]*$")


_ORG_NOUN_NAME = re.compile(
    r"^(?:[a-z][\w\-]*[ \t]+){0,2}(?:consultancy|think-tank|thinktank|firm|company|group|bank|agency|watchdog|"
    rf"regulator|broadcaster|retailer|airline|carrier|operator|charity|union|association|network)[ \t]+(?P<org>{NAME})$"
)
_NAMING = re.compile(
    r"(?i)\b(?:dubbed|called|named|termed|labelled|labeled|branded|nicknamed|so-called|known as|as)\W*"
    r"(?:[\"“][^\"”]*[\"”]\W*(?:and|or)\W*)?$"  # 'groups dubbed "pioneers" and "materialists"'
)


# What makes one or two quoted words a label rather than words said: they fill a noun or adjective
# slot of the narration ("met his financial "golden rule"", "failed the "tartan test"", "the appeal
# was "expected" and "understandable"", "came up with "definitive proposals"").  A verb object
# ("has provided "enormous help"") stays speech.
_SLOT_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|own|"
    r"is|are|was|were|be|been|being|become|becomes|became|remain|remains|seems?|"
    r"with|of|for|to|by|from|into|about|at|on|in|as)"
    r"|[\w’']+['’]s)(?:[ \t]+[a-z][\w\-]*(?:ly|al|ial|ic|ous|ive)?){0,1}[ \t]*"
    r"(?:[\"“][^\"”]*[\"”][ \t]+(?:and|or)[ \t]+)?$"
)


def _is_speech(inner: str, words: Sequence[str], how: str, text: str, raw: _Raw, lead: str) -> bool:
    """Scare quotes, titles and nicknames are not speech; short quotes need a speech verb.

    One or two words count only as a whole utterance (``"Never," he said``)
    or under a core speech verb whose subject is a name (``Obama said Russia
    has provided "enormous help"``: the product must find that through
    Obama's quotations); ``the archbishop said … were "unacceptable"`` and
    ``groups dubbed "pioneers"`` are labels.  Four words or more are speech
    unless they read like a title; three need some attribution.
    """
    ends_clause = bool(_ENDS_CLAUSE.search(inner) or _CLAUSE_MARK_NEXT.match(text, raw.close_at + 1, raw.close_at + 3))
    ends_sentence = bool(_ENDS_SENTENCE.search(inner))
    if len(words) <= 2:
        if how in ("tail", "tail-unknown") and ends_clause:
            return not lead.strip() or lead.rstrip().endswith(":")
        if how == "lead-core" and not _NAMING.search(lead) and not _SLOT_BEFORE.search(lead):
            return True
        return False
    if _is_title_like(words) and not ends_sentence:
        return how in ("tail", "lead", "lead-core") and len(words) >= 4 and ends_clause
    if how in ("none", "end", "subject") and len(words) <= 3 and not ends_sentence:
        return False
    return True


def _narration_speaker(res: _Resolver, lo: int, at: int) -> str | None:
    """Who the narration just before an unattributed quotation says is speaking.

    ``Mr Dein said that … he feared … . Since 1992 clubs have … . "Television
    has been…"``: the last "subject + speech verb" clause of the (at most two)
    sentences before the quotation, not reaching back past the previous
    quotation, names the speaker.
    """
    idx = res.sentence_index(at)
    first = res.sentences[max(idx - 2, 0)].start if res.sentences else 0
    lo = max(lo, first)
    if at - lo < 3:
        return None
    lo = max(lo, at - 2 * _WINDOW)
    seg = res.masked[lo:at]
    for m in reversed(list(LEAD_VERB.finditer(seg))):
        who = res.resolve(m.group("who"), lo + m.start("who"))
        if who:
            return who
    return None


def _continue_speaker(f: _Found, prev: _Found | None, res: _Resolver) -> None:
    """An unattributed quotation continues a speaker: its chain, the narration, or the previous quote.

    News prose attributes a run of quotations once: ``"A. "B. "C."`` (one
    speaker, the marks never closed), a quote opening the next paragraph, or a
    quote after a sentence such as "She said she wished she had worn them".
    Done as the quotations are found, so a later "he said" can point back at
    a speaker found this way.
    """
    if f.raw.chained and prev is not None and prev.who:
        # a chain that goes on from a guessed speaker stays a guess a later attribution may correct
        f.who, f.how = prev.who, "chain-guess" if prev.how in _GUESSED else "chain"
        return
    lo = prev.raw.close_at + 1 if prev is not None else 0
    who = _narration_speaker(res, lo, f.raw.open_at)
    if who:
        f.who, f.how = who, "narration"
    elif prev is not None and prev.who and f.raw.open_at - prev.raw.close_at < 1500:
        # "continuation" when narration came between (a later attribution in the run may override it);
        # '"A," said Egelton. "B." "C," said Mayland': B right after A's attribution is Egelton's
        gap = res.masked[prev.raw.close_at + 1 : f.raw.open_at]
        stop = _STOP.search(gap)
        narrated = bool(stop and _WORD.search(gap, stop.end()))
        f.who, f.how = prev.who, "continuation" if narrated or prev.how in _GUESSED else "continuation-next"


_GUESSED = frozenset(("continuation", "chain-guess"))


def _fill_backwards(found: list[_Found], res: _Resolver) -> None:
    """``"A," "B," he said`` / a chain whose attribution comes on a later member.

    A quotation that only guessed its speaker from an earlier paragraph
    ("continuation") yields too: ``US coach Patrick McEnroe wants … "A." "B.
    "C," said McEnroe`` is one run with one speaker, named at its end.
    """
    for a, b in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
        weak = a.who is None and a.how == "none" or a.how in _GUESSED and a.raw.paragraph == b.raw.paragraph
        if weak and b.who and (
            b.raw.chained or not res.masked[a.raw.close_at + 1 : b.raw.open_at].strip(" ,")
        ):
            a.who, a.how = b.who, "chain-back"

