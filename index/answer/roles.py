"""People named by their role ("the Chancellor", "the Lib Dem leader", "Queen's guitarist"), resolved
through what the collection itself says.

News text names people with their role beside the name: "Chancellor Gordon
Brown", "Liberal Democrat leader Charles Kennedy", "Zhang Hemin, director of the
Wolong Nature Reserve". A role phrase from a question is looked up in the passage
index by its words; wherever its head ("leader", "director") stands next to a
name, that name is a candidate holder, resolved through the speaker registry in
that source. A holder counts only when the phrase's other words ("Lib Dem",
"Spurs", "Berlin") are in the source that names them; an abbreviation matches
the word it begins ("Lib" -> "Liberal", "Dem" -> "Democrat"). No table of
office-holders: a role means whoever the sources give for it, and when they give
several equally well, each is returned.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from index.answer.common import sentence_before, story_lead
from index.answer.question import STOPWORDS
from index.answer.relevance import stem_synonyms
from index.extract.given_names import is_given_name
from index.extract.lexicon import alternation
from index.extract.names import (
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUNS,
    GENERIC_ROLES,
    HONORIFIC_WORDS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PLURAL_ROLES,
    ROLE_SYNONYMS,
    ROLE_WORDS,
    SEVERAL_PEOPLE,
)
from index.extract.quotes.patterns import VERB
from index.extract.sentences import split_sentences
from index.models import Quotation, Speaker
from index.store.analysis import term_spans
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot

# a middle initial ("Harold P Lane", "Mary J. Blige") belongs to the name when a name word follows it
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.?(?=\s+[A-Z][\w'’-])|[A-Z][\w'’-]+)){0,3}"
# "Chancellor Ann Lee"; "the committee chairman, MP Tom Hale"
# (an editor's bracketed role before a name counts: "I should like to thank (sporting director) Frank Arnesen")
_AFTER = re.compile(rf"^\)?,?\s+(?:(?:MP|Dr|Sir|Dame|Lord|Lady|Professor|Prof|Rev|Rt\s+Rev)\.?\s+)*(?P<name>{_NAME})")
_BEFORE = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’()-]+\s+){{0,5}}$")
# the person a verb of taking office gives a role at a body: "Parry joined Liverpool as chief executive"
_JOINED_BEFORE = re.compile(rf"(?P<name>{_NAME})\s+(?:has\s+|had\s+)?(?:joined|rejoined|returned\s+to)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w&'’-]*\s+){1,4}as\s+(?:(?:its|their|the)\s+)?"
                            r"(?:(?!(?:a|an|under|alongside|with|for|at|of|in|on|to|by|from|after|before|and)\b)[a-z][\w'’-]*\s+){0,2}$")
# the capitalised words before a name that are not part of it: an honorific ("Mr", "Prof") or an article
_HONORIFICS = frozenset(w.capitalize() for w in HONORIFIC_WORDS) | {"The", "A", "An"}
_DETERMINERS = re.compile(r"^(?:the|a|an|this|that)\s+", re.IGNORECASE)
PASSAGES = 25


def is_role_phrase(phrase: str) -> bool:
    """A description rather than a name: "the …", "X's …", or ending in a role word."""
    words = re.findall(r"[\w'’-]+", phrase)
    if not words:
        return False
    return bool(_DETERMINERS.match(phrase.strip()) or re.search(r"\w['’]s?\s", phrase)
                or words[-1].lower() in ROLE_WORDS)


_PREPOSITION = re.compile(r"\s+(?:for|of|at|from|with|in|to|close\s+to)\s+")


def _words_of(text: str, capitals: bool = False) -> list[str]:
    """The content words; with ``capitals``, an abbreviation stays even when it spells a function word ("US")."""
    found = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[\w'’-]+", text)]
    return [w for w in found if w and w.lower() not in UNNAMED_WORDS
            and (w.lower() not in STOPWORDS or capitals and len(w) > 1 and w.isupper())]


# "an unnamed City analyst": that nobody names them is what the question knows of them, never a word the text writes
# beside them ("One City analyst, who asked not to be named, said …")
UNNAMED_WORDS = frozenset({"unnamed", "anonymous", "unidentified"})


_CAPITALS = re.compile(r"\b(?:[A-Z]\.){2,}|\b[A-Z]{2,}\b")


def capitals(text: str) -> frozenset[str]:
    """The abbreviations a text writes in capitals, lower-cased and without dots ("US", "U.S." -> "us"): the
    index's analyser drops those that spell a function word, so a role's "US" is looked for here."""
    return frozenset(m.group(0).replace(".", "").lower() for m in _CAPITALS.finditer(text))


def _inside_name(phrase: str, m: re.Match[str]) -> bool:
    """A preposition between two capitalised words belongs to a name ("Republic of Ireland", "Bank of England")."""
    before, after = phrase[:m.start()].split(), phrase[m.end():].split()
    return bool(before and after and before[-1][:1].isupper() and after[0][:1].isupper())


def role_words(phrase: str, capitals: bool = False) -> tuple[str, list[str]]:
    """(head, modifiers) of a role phrase: "the Spurs sporting director" -> ("director", ["Spurs", "sporting"]).

    The head ends the part before a preposition ("a spokesman for the Motion Picture Association", "the
    envoy to the UN") -- the first preposition that follows a role word. One inside a name ("the Republic of Ireland manager", "the
    Bank of England governor") leaves the role word at the end of the phrase as the head. ``capitals`` keeps
    an abbreviation that spells a function word ("the US president") for callers that look for it in the
    text's capitals (:func:`capitals`).
    """
    splits = list(_PREPOSITION.finditer(phrase))
    cut = next((m for m in splits if (before := _words_of(phrase[:m.start()]))
                and (before[-1].lower() in ROLE_WORDS or before[-1].lower() in GENERIC_ROLES)), None)
    # "the envoy to the UN", "a source close to the firm" too
    if cut is None:  # "the open letter from …": up to the first preposition that is not inside a name
        cut = next((m for m in splits if m.group(0).strip() != "to" and not _inside_name(phrase, m)), None)
    main, rest = (phrase[:cut.start()], phrase[cut.end():]) if cut else (phrase, "")
    words = _words_of(main, capitals)
    if not words:
        return "", []
    return words[-1], words[:-1] + _words_of(rest, capitals)


Modifier = tuple[tuple[str, ...], ...]  # a role word's analysed forms: itself and its synonyms


def modifier_forms(snap: Snapshot, modifiers: list[str]) -> list[Modifier]:
    """Each modifier of a role phrase with the forms the text may use instead: "Conservative" is also
    "Tory", "Norwegian" also "Norway" (the curated synonym table, never a table of office-holders). A modifier
    with no form the index can hold ("yet", a lone letter) is left out."""
    return [forms for forms, _flag in flagged_modifier_forms(snap, modifiers, [False] * len(modifiers))]


def flagged_modifier_forms(snap: Snapshot, modifiers: list[str], flags: list[bool]) -> list[tuple[Modifier, bool]]:
    """:func:`modifier_forms`, each kept modifier with its own flag (``flags`` runs beside ``modifiers``): a
    modifier left out takes its flag with it, so the flags of those after it stay theirs (a possessive common
    noun after a dropped word is still one)."""
    out: list[tuple[Modifier, bool]] = []
    table = stem_synonyms(snap.synonyms)
    for m, flag in zip(modifiers, flags, strict=True):
        base = tuple(analyse(m))
        alts = [base, *(tuple(analyse(v)) for v in (*snap.synonyms.get(m.lower(), ()), *table.get(base, ())))]
        if (not base and m.isupper() and len(m) > 1) or is_abbreviation(m):
            alts.append((m.lower(),))  # "US", "DfES": matched against the text's capitals and its names' initials
        if not any(alts):
            continue
        if len(base) == 1 and (fixed := snap.spelling(base[0], m)):
            alts.append((fixed,))  # "the bishop of Durhum": the index's own spelling
        out.append((tuple(a for a in dict.fromkeys(alts) if a), flag))
    return out


def is_abbreviation(word: str) -> bool:
    """A word written with two capitals or more and nothing but letters ("DTI", "DfES"): an abbreviation, whose
    letters the stemmer would cut ("DfES" -> "dfe")."""
    return word.isalpha() and sum(ch.isupper() for ch in word) >= 2


def _matches(modifier: Modifier | tuple[str, ...], doc_terms: set[str] | frozenset[str]) -> bool:
    """Whether the text holds the modifier in one of its forms; an abbreviation is the start of the word
    it stands for ("Lib Dem" = "Liberal Democrat")."""
    forms: Modifier = modifier if modifier and isinstance(modifier[0], tuple) else (modifier,)  # type: ignore[assignment]
    for form in forms:
        if all(t in doc_terms for t in form):
            return True
        if all(ABBREVIATED[0] <= len(t) <= ABBREVIATED[1] and any(d.startswith(t) for d in doc_terms) for t in form):
            return True
    return False


# the share of a description's other words ("US", "Delta") a text must hold to describe the same someone
DESCRIBED_SHARE = 0.66


def share_of(mods: list, here: set[str] | frozenset[str]) -> float:
    """The share of a description's modifiers the text holds in one of their forms (all of them, when it has none:
    a bare "a spokesman" asks for nothing more)."""
    return sum(_matches(m, here) for m in mods) / len(mods) if mods else 1.0


# How long a clipped word is that stands for the word it begins ("Lib Dem" = "Liberal Democrat", "Fed", "Con"):
# a longer form is a whole word's stem, and "office" is not the start of "officials".
ABBREVIATED = (3, 4)


# "The Bishop of Durham, the Rt Rev Dr Tom Wright," / "the chairman of the committee, Tom Hale,": the role's
# complement (with the abbreviation news gives a body on first naming it: "… Task Force (IETF), Jo Pike,"), then the
# name set off by commas
_AFTER_COMPLEMENT = re.compile(
    rf"^\s+(?:of|for|at|to)\s+(?:[\w'’&-]+\s+){{0,4}}?[\w'’&-]+(?:\s+\([A-Za-z&.]{{2,10}}\))?,\s+(?:the\s+)?"
    rf"(?:(?:MP|Dr|Sir|Dame|Lord|Lady|Professor|Prof|Rt\s+Rev|Very\s+Rev|Most\s+Rev|Rev)\.?\s+)*(?P<name>{_NAME})(?=\s*[,.;:]|\s+(?:said|says|told|has|had|is|was)\b)")


def _named_at(text: str, start: int, end: int) -> list[str]:
    """Names standing beside a role word at text[start:end]: after it, or after its complement set off by
    commas ("The Bishop of Durham, the Rt Rev Dr Tom Wright,"), or before it with a comma."""
    names = []
    after = _AFTER.match(text[end:end + 80]) or _AFTER_COMPLEMENT.match(text[end:end + 140])
    if after:
        names.append(after.group("name"))
    if joined := _JOINED_BEFORE.search(text[max(0, start - 120):start]):
        names.append(joined.group("name"))  # "Parry joined Liverpool as chief executive in July 1998"
    before = _BEFORE.search(text[max(0, start - 120):start])
    if before and not complement_of_other(between := before.group(0)[len(before.group("name")):]) \
            and not lists_another(between) and not reports_clause(between):
        names.append(before.group("name"))
    out = []
    for name in names:
        words = [w for w in re.sub(r"['’]s$", "", name).split() if w not in _HONORIFICS]
        if words and words[0].lower() not in ROLE_WORDS:
            out.append(" ".join(words))
    return out


# "Mr Kilroy-Silk, MEP Nigel Farage and party leader Roger Knapman": a full name joined by "and" makes the commas
# a list of people, not an apposition; the role after it is the last one's
_LISTED_NAME = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:and|or|&)\s")


def lists_another(between: str) -> bool:
    """Whether the words between a name's comma and a role word list another person ("…, MEP Nigel Farage and
    party leader"): the role is not the first name's."""
    return _LISTED_NAME.search(between) is not None


_NOUN_COMPLEMENT = re.compile(r"\b(?P<noun>[a-z][\w'’-]*)\s+(?:of|to|for|with|at|from|by|about)\s+")


# a reporting verb as a word of its own: "said", "told", "warned"
_REPORTS = re.compile(rf"\b{VERB}\b")


def reports_clause(between: str) -> bool:
    """Whether the words between a name's comma and a role word hold a reporting verb ("For the Lib Dems, Tom
    Arden said the chancellor had …", "After meeting Jane Holt, Mr Arden said the prime minister …"): the role
    is inside what someone says, a clause of its own, not an apposition giving the first name that role."""
    return _REPORTS.search(between) is not None


def complement_of_other(between: str) -> bool:
    """Whether the words between a name's comma and a role word make the role the complement of another noun
    ("Ms Robinson, a friend of the Tory leader,": she is the friend, the leader is someone else). A preposition
    after a capitalised word is inside a name ("Tom Hale, the Bank of England governor"): the role stays his."""
    return _NOUN_COMPLEMENT.search(between) is not None


_PHRASE_BREAK = re.compile(r"[.,;:!?()\"“”]|\s[-–—]\s|\b(?:and|or|but|with|said|says|told|to|from)\b")


# a role word in small letters right before a coordinator: the first of two titles one person holds
_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(w for w in ROLE_WORDS if w.isalpha() and len(w) > 2)) + r")\s+$")


def role_context(text: str, start: int, end: int, name: str) -> str:
    """The words that make up a role where the text gives it: those right before its head in the same
    phrase ("Liberal Democrat leader", not "… and US President") and, when the name came first, the tail
    after it up to the next comma ("Jo Pike, vice president of products at Findit")."""
    before = re.sub(r"(?<=\b[A-Z])\.", "", text[max(0, start - 60):start])  # "U.S. President": no break
    cut = [m.end() for m in _PHRASE_BREAK.finditer(before)
           # "Metlife's chairman and chief executive": two titles of one holder share the body before the first; not
           # "Dunbank's chairman and Kelbco chief executive", where the second title has a body of its own
           if not (m.group(0) in ("and", "or") and _TITLE_BEFORE.search(before, 0, m.start())
                   and not re.search(r"[A-Z]", before[m.end():]))]
    before = qualifier_run(before[cut[-1]:] if cut else before)
    after = text[end:end + 100]
    opening = after.lstrip(" )").split(" ", 1)
    if opening[0].rstrip(".").lower() in HONORIFIC_WORDS and len(opening) > 1:
        opening = [opening[1]]  # "club manager Sir Alex Ferguson talked …": the honorific opens the same name
    if opening[0].startswith(name.split()[0]):  # "(sporting director) Frank Arnesen": the editor's brackets
        # "US President Jo Pike told …": what follows the name is not the role, but for the body a complement
        # right after the name gives it ("…," said chairman Jo Pike of the Shopkeepers Guild)
        rest = after[after.find(name.split()[-1]) + len(name.split()[-1]):]
        own = _NAME_COMPLEMENT.match(rest)
        return f"{before} {own.group(0)}" if own else before
    stop = re.search(r"[.;:!?\"“”,]", after)
    return f"{before} {after[:stop.start()] if stop else after}"


def qualifier_run(before: str) -> str:
    """The words right before a role's head that may qualify it: those after the last other person the phrase
    names with their own role ("… England defender Cole reportedly met Blues boss" gives "reportedly met Blues"):
    a qualifier of that person's role is not one of this head's."""
    last = None
    for m in _ROLE_AND_NAME.finditer(before):
        if m.group("role").lower() in ROLE_WORDS:
            last = m
    return before[last.end():] if last else before


# a role word and the capitalised name it gives that role to: "defender Cole", "coach Andy Robinson"
_ROLE_AND_NAME = re.compile(r"\b(?P<role>[a-z][\w-]*)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?=\s+[a-z])")


# the body a role's holder is given right after their name: "chairman Jo Pike of the Shopkeepers Guild"
_NAME_COMPLEMENT = re.compile(r"^\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&.-]*)*")


# Qualifiers any role may take: "Former President X" may still be the president a question means.
ANY_ROLE = frozenset("""former acting deputy vice assistant interim new outgoing incoming current then ex senior
junior joint first chief general executive managing permanent""".split())
EXACT_HEAD = 0.25  # the text's role word is the question's own, not a synonym of it: a tie-break, no more


def _before_head(text: str, start: int) -> str:
    """The two words right before a role's head ("UKIP's deputy" leader, "Deputy Prime" Minister, "vice-"
    president): where a word of lesser rank qualifies that head."""
    return " ".join(re.findall(r"[\w'’]+", text[max(0, start - 40):start])[-2:])


def rival_modifier(context: str, name: str, asked: Callable[[str], bool] = lambda _word: False) -> bool:
    """Whether the text gives the role its own qualifier, capitalised ("Russian President", "Norway coach",
    "Liberal Democrat leader"), which the caller found none of the question's words in: then the role
    the text gives this person is another one. Sentence-opening words that qualify any role ("Former",
    "Acting", "Deputy"), the person's own name, words the question itself gives (``asked``) and a lone letter are
    not qualifiers."""
    own = set(name.split())
    for word in re.findall(r"[A-Z][\w'’-]*", context):
        bare = re.sub(r"['’]s$", "", word)
        low = bare.lower()
        if bare in own or low in STOPWORDS or low in ROLE_WORDS or low in ANY_ROLE or bare in _HONORIFICS \
                or asked(bare) or len(bare) == 1:
            continue  # (one letter is a nickname's or an initial, "R's manager", no rival body's name)
        return True
    return False


def contradicted(context: str, name: str, mods: list[Modifier], proper: list[Modifier], near: set[str]) -> bool:
    """Whether the role the text gives this holder contradicts a capitalised qualifier the question gives for
    it ("French finance minister Paul Girard" for "the German finance minister", "Labour's health spokesman"
    for "the Tory health spokesman"): one of the question's ``proper`` qualifiers is not beside the role while
    the text puts a capitalised qualifier of its own there, which is none of the question's words. Other
    words of the question found beside the role ("finance") do not make it the one asked for."""
    if not proper or all(_matches(m, near) for m in proper):
        return False
    return rival_modifier(context, name, lambda word: any(_matches(m, set(analyse(word)) | capitals(word)) for m in mods))



def called_so(snap: Snapshot, source_id: str, person_id: str, proper: list[Modifier]) -> bool:
    """Whether the source gives words of this person to a description carrying the question's capitalised
    qualifiers ("'That is absolute nonsense …', said the Spurs sporting director" of Frank Arnesen, whom it
    introduced as "Tottenham sporting director"): the text itself calls them so, and the other qualifier beside
    their role is another name of the same body, no contradiction."""
    for q in snap.quotations_in(source_id):
        if q.speaker_id == person_id and q.speaker_description:
            here = set(analyse(q.speaker_description)) | capitals(q.speaker_description)
            if all(_matches(m, here) for m in proper):
                return True
    return False


def proper_words(text: str) -> frozenset[str]:
    """The index terms of the words a text only ever writes capitalised ("India", "Spurs"): names, whatever case
    a question types them in. A possessive typed in lower case ("india's finance minister") is a name's when
    the source writes it so, not a common noun like "the company's spokesman"."""
    upper = {m.group(0) for m in re.finditer(r"\b[A-Z][a-z]+\b", text)}
    lower = {m.group(0) for m in re.finditer(r"\b[a-z]+\b", text)}
    return frozenset(t for w in upper if w.lower() not in lower for t in analyse(w))


def common_modifiers(phrase: str, modifiers: list[str]) -> list[bool]:
    """Which modifiers of a role phrase are possessive common nouns in lower case ("the company's spokesman",
    "the club's chairman"): they point back to a company or club the question does not name, so they count
    only where the text puts them beside the role ("a company spokesman, Jo Pike,"), never because the
    source uses the word somewhere (every business story says "company")."""
    owners = {m.group(1) for m in re.finditer(r"\b([a-z][\w-]*)['’]s?(?=\s)", phrase)}
    return [m in owners for m in modifiers]


def rival_qualifier(text: str, start: int, end: int) -> bool:
    """Whether the text qualifies the role word at text[start:end] with a lower-case word of its own, right
    before it or right before the role word it leads to ("the chief government spokesman"), which the caller
    found none of the question's words near: "the company's spokesman" is not the government's. Words any
    role may take ("chief", "senior", "former") and role words themselves are not qualifiers."""
    # (the prefix glued to a hyphened role, "vice-" of "vice-chairman", is the role's own word, not a qualifier)
    before = [] if text[start - 1 : start] == "-" else re.findall(r"[\w'’-]+", text[max(0, start - 40):start])[-1:]
    after = re.findall(r"[\w'’-]+", text[end:end + 60])[:3]
    lead = next((after[:i] for i, w in enumerate(after) if w.lower() in ROLE_WORDS), [])
    return any(_qualifies(re.sub(r"['’]s?$", "", word)) for word in (*before, *lead[-1:]))


_REPORTING_VERB = re.compile(VERB)


def _qualifies(low: str) -> bool:
    # a reporting verb before the role ("…," said chairman Jo Pike) introduces the speaker, it does not rank them;
    # a mood ("said a proud coach Mike Ruddock") says how they felt, not whose coach they are
    return low.islower() and len(low) >= 3 and low not in STOPWORDS and low not in ROLE_WORDS \
        and low not in ANY_ROLE and low not in GENERIC_ROLES and low not in _MOODS \
        and not _REPORTING_VERB.fullmatch(low)


# how a speaker felt, written before their role ("a delighted manager", "a frustrated coach")
_MOODS = frozenset("""proud delighted happy relieved disappointed frustrated furious angry jubilant elated satisfied
upbeat bullish cautious confident defiant dejected emotional philosophical gracious beaming smiling tearful bemused
baffled buoyant gloomy downbeat pleased thrilled shocked stunned upset annoyed irate livid""".split())


# Words that make a role another, lower office: a deputy leader is not the leader, a vice-president not the
# president, a shadow chancellor not the chancellor. Unlike "former" (the same office, held before), they never
# mean the holder a question without them asks for, and a question with them asks for no one without them.
LESSER_RANK = frozenset({"deputy", "vice", "assistant", "shadow", "junior"})
# "under" and "sub" lower a rank only as a prefix ("under-secretary", "sub-editor"): as words they are
# prepositions ("England, under coach Andy Robinson", "thrived under manager X") and leave the role as it is.
_LESSER_PREFIX = re.compile(r"\b(under|sub)-")


def lesser_ranks(words: str) -> frozenset[str]:
    """The lesser-rank words of a role as written ("UKIP's deputy leader" -> {"deputy"}; "vice-president" ->
    {"vice"}; "under-secretary" -> {"under"})."""
    low = words.lower()
    return frozenset({w for w in re.findall(r"[a-z]+", low) if w in LESSER_RANK} | set(_LESSER_PREFIX.findall(low)))


def other_rank(context: str, phrase: str) -> bool:
    """Whether the role the text gives ("Mike Nattrass, UKIP's deputy leader") is of another rank than the one
    asked for ("the UKIP leader"): their lesser-rank words differ."""
    return lesser_ranks(context) != lesser_ranks(phrase)


PAST_HOLDER = 10.0  # after every current holder, whatever the text's other words; still one when alone
_PAST = re.compile(r"\b(?:former|ex|one-time|erstwhile|late)\b(?=[\s-])|\bex-", re.IGNORECASE)


def past_holder(role: str) -> bool:
    """Whether a role as written is one held before ("former US President", "ex-Labour minister"): a question
    that does not say so ("the US president") means whoever holds it now, when the text names them too."""
    return _PAST.search(role) is not None


# A role the text gives only as a second reference ("Gordon Brown has called … / …, the UK chancellor
# predicted …") names its holder less surely than an apposition ("Chancellor Gordon Brown"): it ranks after one.
SECOND_REFERENCE = 0.5
_DESCRIPTION_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|,\s+)[Tt]he\s+(?:[\w'’.-]+\s+){0,3}$")
_DESCRIPTION_ACTS = re.compile(r"^\s+(?:(?:also|has|had|have|is|was|will|would|then|now)\s+)?"
                               r"(?:said|told|[a-z]+ed|[a-z]+s)\b")  # "said", "told", any past in -ed, any present in -s
_SUBJECT_NAME = re.compile(rf"^\W*(?P<name>{_NAME})\s+(?:(?:has|have|had|is|was|will|would|also)\s+)?[a-z]+\b")


def _is_person(speaker: Speaker | None) -> bool:
    return speaker is not None and speaker.kind == "person"


def _person_in(snap: Snapshot, source_id: str, name: str) -> bool:
    """Whether ``name``, as the source ``source_id`` uses it, is a person the collection knows."""
    return _is_person(snap.registry.resolve(name, source_id))


def second_reference(text: str, start: int, end: int,
                     is_person: Callable[[str], bool] = lambda _name: True) -> str | None:
    """The name a role points back to when the text gives it as the definite subject of a sentence right after
    a sentence whose subject is a name: "Gordon Brown has called on rich nations … On the fourth day of his
    tour, the UK chancellor predicted …" (news names a person, then refers to them by role). ``None`` when the
    role word at text[start:end] is not such a subject or the sentence before does not open with a name, when
    that sentence is someone's words (a name inside a quotation is what was said, not who acted), or when it
    names another person (``is_person``: "X and Y have …", "X met Y …" leave open which of them holds it)."""
    if not _DESCRIPTION_OPENS.search(text[max(0, start - 40):start]) or not _DESCRIPTION_ACTS.match(text[end:end + 40]):
        return None
    spans = [sp for sp in split_sentences(text, max(0, start - 600), end) if sp.start <= start < sp.end]
    if not spans or not _CONTINUES.match(text[spans[0].start:start]):
        return None
    before = sentence_before(text, spans[0].start)
    if _QUOTE_MARKS.search(before):
        return None
    m = _SUBJECT_NAME.match(before)
    if m is None or len(m.group("name").split()) < 2:
        return None  # one capitalised word opens many sentences ("Currently", "Tobacco"): a full name only
    others = [o.group() for o in re.finditer(_NAME, before[m.end("name"):])]
    if any(is_person(o) for o in others):
        return None
    return m.group("name")


_QUOTE_MARKS = re.compile("[\"“”]")
# "On the fourth day of his tour, the UK chancellor …": a sentence that opens on "his"/"her" before naming
# anyone continues the person the text was about; a bare "The minister said …" (or "However, the minister …")
# after another person's sentence brings in a second party as often as it refers back, so it points nowhere.
_CONTINUES = re.compile(r"^[^,.;:!?]*\b(?:[Hh]is|[Hh]er)\b[^,.;:!?]*,\s+[Tt]he\s")


def names_a_person(head: str) -> bool:
    """Whether a role phrase's head can be a word for a person ("chancellor", "spokesman", "physio"): a body or
    a document ("the government", "the union", "the report") is no one's role, so no name beside it answers."""
    low = head.lower()
    if low in ROLE_WORDS or low in GENERIC_ROLES or low in ROLE_SYNONYMS:
        return True
    return low not in ORG_NOUNS and low not in DOCUMENT_NOUNS and low not in ORG_SUFFIXES


# Role words news uses for one another that the extractor's table keeps apart (it reads titles, where merging
# them would merge people): "England skipper Jason Robinson" is the England captain. Role words, never holders.
ANSWER_ROLE_SYNONYMS = {"captain": {"skipper"}, "skipper": {"captain"}}
# "The head" and "the boss" of a body are whoever holds its top office, which news writes as the office itself:
# "Trevor Phillips, chairman of the Commission for Racial Equality", "Michael Weiss, president of StreamCast". Only
# when no one holds the words' own offices (chief, executive, manager, …): beside a chief executive, "the boss"
# is the chief executive, never the chairman.
TOP_OFFICES = {"head": {"chairman", "chairwoman", "president"}, "boss": {"chairman", "chairwoman", "president"}}


def head_synonyms(head: str, top_office: bool = False) -> set[str]:
    """The role words a text may write for a question's role head, itself included (``top_office``: and the top
    offices it may stand for, see ``TOP_OFFICES``)."""
    low = head.lower()
    return set(ROLE_SYNONYMS.get(low, {low})) | ANSWER_ROLE_SYNONYMS.get(low, set()) | {low} \
        | (TOP_OFFICES.get(low, set()) if top_office else set())


CLIPPED_MIN = 5  # letters a clipped role word needs ("physio", "admin") before it stands for the word it begins


def role_holders(snap: Snapshot, phrase: str, quoted: bool = True) -> list[Speaker]:
    """The quoted people (every person, with ``quoted=False``) the collection gives for a role phrase,
    best supported first (ties all kept)."""
    return [p for p, _sources in role_holders_in(snap, phrase, quoted)]


def role_holders_in(snap: Snapshot, phrase: str, quoted: bool = True,
                    top_office: bool = False) -> list[tuple[Speaker, frozenset[str]]]:
    """:func:`role_holders`, each with the sources that name them in that role (for "the head"/"the boss", the
    holders of a top office when nobody holds the words' own: ``top_office``)."""
    found = _role_holders_in(snap, phrase, quoted, top_office)
    if not found and not top_office and role_words(phrase, capitals=True)[0].lower() in TOP_OFFICES:
        return _role_holders_in(snap, phrase, quoted, True)
    for pattern, formal in () if found or top_office else _FORMAL_TITLES:
        # "the Qantas finance chief" is "chief financial officer Peter Gregg": the office in the words news uses
        # for it in a title, tried only when the words as asked name nobody
        if (m := pattern.search(phrase)) and (found := _role_holders_in(snap, phrase[:m.start()] + formal
                                                                         + phrase[m.end():], quoted, False)):
            return found
    return found


# Everyday names of offices and the formal titles news gives them beside a name (tried in turn, asked words first).
_FORMAL_TITLES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:finance|financial|money)\s+(?:chief|boss|head)\b", re.IGNORECASE), "chief financial officer"),
    (re.compile(r"\b(?:finance|financial|money)\s+(?:chief|boss|head)\b", re.IGNORECASE), "finance director"),
    (re.compile(r"\b(?:tech|technology|technical)\s+(?:chief|boss|head)\b", re.IGNORECASE), "chief technology officer"),
    (re.compile(r"\b(?:tech|technology|technical)\s+(?:chief|boss|head)\b", re.IGNORECASE), "technical director"),
)


def _role_holders_in(snap: Snapshot, phrase: str, quoted: bool,
                     top_office: bool) -> list[tuple[Speaker, frozenset[str]]]:
    head, modifiers = role_words(phrase, capitals=True)
    if not names_a_person(head):
        return []  # "the government", "the report", "the union": a body or a document holds no office
    head_terms = {t for h in head_synonyms(head, top_office) | {head} for t in analyse(h)}
    if not head_terms:
        return []
    # "the Wales physio": a role word the index never holds, clipped from one it does ("physiotherapist"), is
    # found as the start of that word
    clipped = head.lower() if len(head) >= CLIPPED_MIN and not any(snap.doc_frequency(t) for t in head_terms) else None
    where: dict[str, set[str]] = {}
    flagged = flagged_modifier_forms(snap, modifiers, common_modifiers(phrase, modifiers))
    mods = [forms for forms, _common in flagged]
    asked_terms = set(analyse(head))
    # the question's qualifiers that are names ("German", "Tory"): capitalised in it, or (a question typed in lower
    # case) written only capitalised by the source
    capitalised = [m[:1].isupper() for m in modifiers]
    proper_cache: dict[str, list[Modifier]] = {}

    def proper_in(source_id: str) -> list[Modifier]:
        if source_id not in proper_cache:
            doc = snap.document(source_id)
            names = proper_words(doc[0]) if doc else frozenset()
            flags = [up or bool((base := analyse(m)) and set(base) <= names) for m, up in zip(modifiers, capitalised, strict=True)]
            proper_cache[source_id] = [forms for forms, flag in flagged_modifier_forms(snap, modifiers, flags) if flag]
        return proper_cache[source_id]
    query = head_terms | {t for m in mods for form in m for t in form}
    scores: dict[str, tuple[float, Speaker]] = {}
    synonyms = head_synonyms(head, top_office) | {head}
    cues = {h.lower()[:5] for h in synonyms}
    cues_words = {h.lower() for h in synonyms}
    # a source's index terms and capitals, read once: the same source names many people in many passages
    source_terms: dict[str, frozenset[str]] = {}
    source_names: dict[str, frozenset[str]] = {}
    for rec in snap.passages(query, limit=PASSAGES):
        lowered = rec.text.lower()
        if not any(cue in lowered for cue in cues):
            continue  # cheap test before analysing the passage
        is_person = partial(_person_in, snap, rec.source_id)
        for term, s, e in term_spans(rec.text):
            if term not in head_terms and not (clipped and term.startswith(clipped)):
                continue
            if _VERB_FORM.search(word := rec.text[s:e].lower()) and word not in cues_words:
                continue  # "defender Tomas Lindqvist, who headed in a corner": a verb of the role's stem holds no role
            # each name resolved once: the registry's fuzzy title lookup is the dearest step of this loop
            named = [(n, p) for n in _named_at(rec.text, s, e)
                     if _is_person(p := snap.registry.resolve(n, rec.source_id))]
            second = not named and (doc := snap.document(rec.source_id)) is not None \
                and (antecedent := second_reference(doc[0], rec.start + s, rec.start + e, is_person)) is not None
            if second:
                named = [(antecedent, snap.registry.resolve(antecedent, rec.source_id))]
            for name, person in named:
                if person is None or person.kind != "person":
                    continue  # the unquoted count too: a quoted person never takes a role the text gives another better
                terms_here = source_terms.get(rec.source_id)
                if terms_here is None:
                    doc = snap.document(rec.source_id)
                    terms_here = snap.document_terms(rec.source_id) | capitals(doc[0] if doc else rec.text)
                    if doc:
                        source_terms[rec.source_id] = terms_here
                # the role's words right before its head ("Liberal Democrat leader Charles Kennedy")
                # beat the same words elsewhere in the source ("Tory leader Michael Howard")
                context = role_context(rec.text, s, e, name)
                if other_rank(_before_head(rec.text, s), phrase):
                    continue  # "UKIP's deputy leader" holds another office than "the UKIP leader"
                near = spelled_out(snap, context) | capitals(context)
                names_here = source_names.get(rec.source_id, frozenset())
                if rec.source_id not in source_names and any(common for _m, common in flagged):
                    doc = snap.document(rec.source_id)
                    names_here = source_names[rec.source_id] = proper_words(doc[0] if doc else rec.text)
                matched = sum(_matches(m, near if common and not set(m[0]) <= names_here else terms_here)
                              for m, common in flagged)
                if mods and matched / len(mods) < DESCRIBED_SHARE:
                    continue
                close = sum(_matches(m, near) for m in mods)
                if mods and not close and (rival_modifier(context, name) or (
                        rival_qualifier(rec.text, s, e) and not (
                            _OWNED_BY_NOUN.search(rec.text, max(0, s - 60), s)
                            and len(proper_in(rec.source_id)) == len(mods)
                            and all(_matches(m, lead_subject(snap, rec.source_id)) for m in mods)
                            and not another_named_before(rec.text[:s], mods)))):
                    # "Russian President X" is not "the US president", whatever else the source says; but "The show's
                    # composer" is the composer of the show the story is about, when its lead opens on every asked
                    # word ("the composer of moonlight harbour": "The West End musical Moonlight Harbour is to close")
                    continue
                if mods and close < len(mods) and contradicted(context, name, mods, proper := proper_in(rec.source_id), near) \
                        and not called_so(snap, rec.source_id, person.id, proper):
                    continue  # "French finance minister X" is not "the German finance minister"
                if mods and not close and past_holder(context) and not past_holder(phrase):
                    # two weak links make none: a role held before, tied to the question's words only by the rest
                    # of the story ("Former captain X" in a story that names England is not "the England captain")
                    continue
                score = (matched + close) / len(mods) if mods else 1.0
                if term in asked_terms:
                    score += EXACT_HEAD  # "Ireland coach X" before "Republic of Ireland manager Y"
                if second:  # before any penalty: halving a negative score would raise it
                    score *= SECOND_REFERENCE
                if past_holder(context) and not past_holder(phrase):
                    score -= PAST_HOLDER  # "former US President X" after the president the question means
                where.setdefault(person.id, set()).add(rec.source_id)
                if person.id not in scores or score > scores[person.id][0]:
                    scores[person.id] = (score, person)
    if not scores:
        return []
    best = max(score for score, _ in scores.values())
    # the role means whoever the sources give for it best, quoted or not; with ``quoted``, those of them who are
    # quoted: "the UKIP leader" is never a quoted deputy when the sources name an unquoted leader more surely
    return [(p, frozenset(where[p.id])) for score, p in
            sorted(scores.values(), key=lambda sp: (-sp[0], -sp[1].quotation_count))
            if score >= best and not (quoted and p.quotation_count == 0)]


_VERB_FORM = re.compile(r"(?:ed|ing)$")
def lead_subject(snap: Snapshot, source_id: str) -> frozenset[str]:
    """The terms of the subject of a story's lead, its first sentence up to its first verb: what the story is about
    ("The West End musical Moonlight Harbour is to close …", "Budget airline Skyline Atlantic has reported …"), never
    the other body it names after the verb ("Alder Foods has agreed to buy rival Brenmoor Dairies")."""
    lead = story_lead(snap, source_id)
    first = split_sentences(lead)[:1]
    sentence = lead[first[0].start:first[0].end] if first else lead
    verb = _FIRST_VERB.search(sentence)
    return frozenset(analyse(sentence[:verb.start()] if verb else ""))


# a capitalised word inside a sentence (never the first word of one): a name, as the text writes it
INNER_CAPITAL = re.compile(r"(?<![.!?]\s)(?<![.!?]\s\s)(?<!^)\b[A-Z][\w'’&-]+")
# a preposition of place before a capitalised run: "in Santa Monica" names a place, however the registry holds it
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|across|around)\s+$", re.IGNORECASE)


def names_a_person_in(snap: Snapshot, text: str, source_id: str, but: str | None = None,
                      full_names: bool = False) -> bool:
    """Whether the text names a person (other than one whose name ends in ``but``): one the registry knows, by full
    name or surname ("dismissed Gary Maddern", "dismissed Maddern"), whose two-word name opens on a given name or who
    is quoted, or two capitalised words opened by a given name; a place ("in Santa Monica") or a club ("Preston North
    End"), which the registry may hold as a person, names nobody. With ``full_names``, a surname alone counts for
    nobody ("losing Reid was a blow" names the player the coach speaks of, not a second speaker)."""
    for w in re.finditer(r"(?<![.!?]\s)\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+)*", text):
        words = w.group(0).split()
        if (but is not None and words[-1] == but) or (full_names and len(words) < 2) \
                or _PLACE_BEFORE.search(text, 0, w.start()):
            continue
        if len(words) == 2 and is_given_name(words[0]):
            return True
        p = snap.registry.resolve(w.group(0), source_id)
        if p is not None and p.kind == "person" and ((len(p.name.split()) == 2 and is_given_name(p.name.split()[0]))
                                                     or p.quotation_count > 0):
            return True
    return False


def another_named_before(before: str, mods: list[Modifier]) -> bool:
    """Whether the paragraph, before a role its story's common noun owns, names something the question does not (a
    capitalised word inside a sentence): "It will be replaced by Copper Sky, a new musical … The show's composer" is
    that show's composer, not the lead's."""
    for m in INNER_CAPITAL.finditer(before):
        if (terms := set(analyse(m.group(0)))) and not any(_matches(mod, terms) for mod in mods):
            return True
    return False


# the first verb of a lead: an auxiliary, or a past form after the subject ("Fenland Devices unveiled …")
_FIRST_VERB = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|"
                         r"(?-i:[a-z]+ed))\b")
# a role owned by the common noun a story calls its subject by, right before the role's head: "The show's composer"
# (never "The firm's finance chief" for the boss: a qualifier between them makes it another office)
_OWNED_BY_NOUN = re.compile(r"\b[Tt]he\s+[a-z]+['’]s?\s+$")
_UNNAMED = re.compile(r"^(?:a|an|some|one|several|two|three|unnamed|an?\s+unnamed|anonymous|other)\s",
                      re.IGNORECASE)


def is_unnamed(phrase: str) -> bool:
    """Someone the question does not name and does not pin down: "a US official", "analysts"."""
    words = re.findall(r"[\w'’-]+", phrase)
    if not words:
        return False
    if len(words) > 2 and words[0].lower() in HONORIFIC_WORDS and is_given_name(words[1]) \
            and not _plural_of_people(words[-1].lower()):
        # "sir bill moris": a style before a given name names one person, whatever the surname ends in ("sir tom
        # harris aides" are his aides)
        return False
    if _UNNAMED.match(phrase.strip() + " ") or any(w.lower() in UNNAMED_WORDS for w in words):
        return True  # ("the unnamed official": whoever the text names, the question asks for someone it does not)
    # a bare plural ("analysts", "Seattle officials") is a group, not a person; so is one whose complement
    # names whom they work for or stand near ("officials at the Foreign Office", "friends of Mr Blair")
    cut = _GROUP_COMPLEMENT.search(phrase)
    head = re.findall(r"[\w'’-]+", phrase[:cut.start()])[-1:] if cut else words[-1:]
    if bool(head) and head[0].lower() in COLLECTIVE_NOUNS:
        return True
    if not (bool(head) and head[0].islower() and head[0].endswith("s") and not head[0].endswith("ss")):
        return False
    # "rhys wiliams", "gareth jones": a given name before a surname in "-s", typed in lower case, names one person
    # (a plural of a role stays a group: "rhys officials" is no name)
    return not (len(words) == 2 and not cut and is_given_name(words[0]) and head[0].lower() not in PLURAL_ROLES)




def _plural_of_people(word: str) -> bool:
    """"aides", "officials", "residents", "bosses": several people of a kind."""
    return word in SEVERAL_PEOPLE or word.endswith("s") and word[:-1] in GENERIC_ROLES


_GROUP_COMPLEMENT = re.compile(r"\s+(?:at|of|for|from|in|to|close\s+to|near|with|inside|within)\s+", re.IGNORECASE)


_POSSESSIVE = re.compile(r"^(?:the|its|their)\s+[a-z][\w-]*['’]s?\s", re.IGNORECASE)
_MARKED = re.compile(r"[\"“][^\"“”]*[\"”]")


# a mark left alone once the pairs are out: a closing one after the end of the quoted words ("… over," he said),
# an opening one before words quoted on into the next sentence ("As Lord X also acknowledged, …)
_LONE_CLOSING = re.compile(r"^[^\"“”]*[,.!?–—][\"”]|^[^\"“”]*”")
_LONE_OPENING = re.compile(r"[\"“][^\"“”]*$")


def unquoted(text: str) -> str:
    """The text with its quoted words taken out: what it says of a speaker, not what the speaker said. A sentence
    that starts or ends inside a quotation running over several sentences has one mark only: the words on its
    quoted side go too."""
    text = _MARKED.sub(" ", text)
    text = _LONE_CLOSING.sub(" ", text)
    return _LONE_OPENING.sub(" ", text)


def attribution_context(snap: Snapshot, q: Quotation, description: str | None) -> str:
    """Where a description's other words are looked for: the description, the quotation's sentence and
    the sentence before it (quoted words left out: "Netco backed the cuts. '…,' a spokesman said"), and
    for a possessive one ("the singer's spokesman", "the board's spokesperson") the headline too,
    whose subject it points back to."""
    doc = snap.document(q.source_id)
    if not doc:
        return description or ""
    text = doc[0]
    sentence = text[q.sentence_start:q.sentence_end]
    before = sentence_before(text, q.sentence_start)
    parts = [description or "", unquoted(sentence), unquoted(before)]
    if description and _POSSESSIVE.match(description.strip() + " "):
        parts.append(snap.meta(q.source_id).title or "")
    elif description and bare_description(description):
        # "a spokesman", "a senior source at the club": whom it speaks for is the body the paragraph and the
        # headline are about ("Ofcom says it has plans … But a spokesman said its powers …")
        para = next((p for p in doc[1] if p.start <= q.sentence_start < p.end), None)
        if para is not None:
            parts.append(unquoted(text[para.start:q.sentence_start]))
        parts.append(snap.meta(q.source_id).title or "")
    return " \n ".join(parts)


_DETERMINER = re.compile(r"^(?:the|a|an|one|another|some|its|their)\s+", re.IGNORECASE)


def bare_description(description: str) -> bool:
    """A description that names no one it speaks for: nothing capitalised after its determiner ("a spokesman",
    "a senior source at the club"), so its reference is the body the story is about."""
    rest = _DETERMINER.sub("", description.strip())
    return bool(rest) and not re.search(r"[A-Z]", rest)


def _described_as(snap: Snapshot, q: Quotation, description: str | None, mods: list[Modifier],
                  abbreviations: tuple[str, ...] = ()) -> bool:
    """Most of the phrase's other words ("Netco", "Arts Council") are where the text describes the speaker; an
    abbreviation of the question's ("DfES") counts where the text spells out a name it abbreviates."""
    if not mods:
        return True
    context = attribution_context(snap, q, description)
    here = description_terms(snap, context)
    return sum(_matches(m, here) or _abbreviated(m, abbreviations, context) for m in mods) / len(mods) >= DESCRIBED_SHARE


# the small words a name's abbreviation may take a letter from or skip ("DfES": Department for Education and Skills)
_NAME_LINKS = frozenset({"of", "for", "and", "the", "&", "on", "in"})
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|&|on|in)\s+)*[A-Z][\w'’-]*)+")


def abbreviates(abbreviation: str, text: str) -> bool:
    """Whether the text writes out a name that ``abbreviation`` stands for, letter by letter of its words'
    initials: "DTI" -> "Department of Trade and Industry", "DfES" -> "Department for Education and Skills". A
    small linking word ("of", "for", "and") may give its letter or be skipped; every capitalised word gives one."""
    letters = abbreviation.replace(".", "").lower()
    if len(letters) < 2 or not abbreviation[:1].isupper():
        return False
    for m in _CAPITALISED_RUN.finditer(text):
        if _initials_match(letters, m.group(0).split()):
            return True
    return False


def _initials_match(letters: str, words: list[str]) -> bool:
    """Whether some run of ``words`` (from any word on, to its end) gives ``letters`` as its initials."""
    for first in range(len(words)):
        if words[first].lower() in _NAME_LINKS:
            continue
        if _spells(letters, words[first:]):
            return True
    return False


def _spells(letters: str, words: list[str]) -> bool:
    if not letters:
        return True
    if not words:
        return False
    word, rest = words[0], words[1:]
    if word.lower() in _NAME_LINKS:
        return (letters[0] == word[0].lower() and _spells(letters[1:], rest)) or _spells(letters, rest)
    return letters[0] == word[0].lower() and _spells(letters[1:], rest)


def _abbreviated(modifier: Modifier, abbreviations: tuple[str, ...], text: str) -> bool:
    """Whether the modifier is one of the question's abbreviations and the text spells out what it stands for."""
    return any(tuple(analyse(a)) in modifier and abbreviates(a, text) for a in abbreviations)


def abbreviations_in(modifiers: list[str]) -> tuple[str, ...]:
    """The question's words written as abbreviations: two capitals at least ("DTI", "DfES", "UN")."""
    return tuple(m for m in modifiers if sum(ch.isupper() for ch in m) >= 2 and len(m) <= 8 and " " not in m)


def spelled_out(snap: Snapshot, text: str) -> set[str]:
    """The index terms of a text, with each abbreviation it writes read as the words the collection spells
    it out as ("RAD" -> royal, academy, dance): "a spokeswoman for the RAD" is one for the Royal Academy."""
    here = set(analyse(text))
    for short in capitals(text):
        if (long := snap.acronyms.get(short)) is not None:
            here |= set(analyse(long))
    return here


def described_quotations(snap: Snapshot, phrase: str) -> list[Quotation]:
    """Quotations whose unnamed speaker the text describes as the phrase does ("a BBC spokeswoman",
    "US officials"): the head's stem in the description ("spokes…" covers spokesman/spokeswoman),
    and most of the phrase's other words in the description or the sentences attributing the words
    (see :func:`attribution_context`): "a regulator spokesman" is not any spokesman in a story that
    mentions the regulator."""
    head, modifiers = role_words(phrase, capitals=True)  # "a US official": the "US" counts
    if not head:
        return []
    stem = head.lower()[:6]
    mods = modifier_forms(snap, modifiers)
    short = abbreviations_in(modifiers)
    return [q for q in snap.quotations_described(stem) if _described_as(snap, q, q.speaker_description, mods, short)]


# A verb giving words to whoever stands before it ("a spokesman has said"): one list for _SPEECH, the
# pronoun tests and said_by_antecedent (said_by's tail after the quotation has its own list, without "told").
_SAID = r"(?:has\s+|had\s+)?(?:" + alternation("credit") + r")\b"
_SPEECH = re.compile(r"^\s*" + _SAID)
_DESCRIBED = r"(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,4}?"


# Whom a role word stands for, written after it: "for the RAD", "at the Foreign Office", "of Acme Foods".
# "a spokeswoman for the RAD", "a spokesman for US-based hedge fund Atticus Capital": the body spoken for may follow
# a description of it in lower case, as long as a capitalised name ends it ("a spokesman for the firm" names none)
_COMPLEMENT = re.compile(r"\s+(?:for|at|of|from|with)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+)?"
                         r"(?:(?!(?:said|says|told|added|has|have|had|was|is|were|are|and|or|but|who|which|that)\b)"
                         r"[a-z][\w'’-]*\s+){0,2}[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&.-]*)*")


_WORD = re.compile(r"[\w'’-]+")


def own_description(sentence: str, cue: str) -> list[str] | None:
    """The noun phrases of a sentence headed by the role word ``cue`` starts ("spokes" -> spokesman) that say
    themselves whom they speak for: their pre-modifiers, complement and the name after them ("Lib Dem
    spokesman Ed Davey", "a spokeswoman for the RAD"). ``None`` when some mention is bare ("a spokesman",
    "his spokesman"): a bare description takes its reference from the sentences around it."""
    phrases: list[str] = []
    for m in re.finditer(r"\b" + re.escape(cue) + r"\w*", sentence, re.IGNORECASE):
        words = _WORD.findall(sentence[max(0, m.start() - 80):m.start()].split(",")[-1].split(";")[-1])
        pre: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            # "senior EU or member state officials": modifiers coordinated before one head all qualify it
            # ("Tom Hale and Lib Dem spokesman Ed Davey": a full name before the "and" is another person)
            # ("Chinese exporters and EU officials": a plural noun before the "and" is a head of its own)
            joined = w.lower() in _COORDINATORS and pre and i > 0 and words[i - 1].lower() not in STOPWORDS \
                and not (i > 1 and all(_TITLE_CASE.fullmatch(x) for x in words[i - 2:i])) \
                and not _PLURAL_NOUN.fullmatch(words[i - 1])
            if w.lower() in STOPWORDS and not joined:
                break
            pre.insert(0, w)
        tail = _COMPLEMENT.match(sentence, m.end()) or _NAME_AFTER.match(sentence, m.end())
        if not pre and not tail:
            return None
        phrases.append(" ".join([*pre, m.group(0), tail.group(0).strip() if tail else ""]).strip())
    return phrases or None


_NAME_AFTER = re.compile(r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_COORDINATORS = frozenset({"or", "and"})
_TITLE_CASE = re.compile(r"[A-Z][a-z][\w'’-]*")
# a lower-case plural ("exporters", "unions"; not "business", "various"): a noun phrase's head, not a modifier
_PLURAL_NOUN = re.compile(r"[a-z][\w'’-]*[^su'’]s")


def said_by(cue: str, before: str, after: str) -> str | None:
    """The description that says the words, when the sentence gives them to it: "The singer's spokesman
    said the allegations were …" before the quotation, or "…," the board's spokesperson said after
    it; ``None`` otherwise."""
    for m in re.finditer(re.escape(cue) + r"\w*", before, re.IGNORECASE):
        # "A spokeswoman for the RAD said: …": the body spoken for belongs to the description
        end = m.end() + len(c.group(0)) if (c := _COMPLEMENT.match(before, m.end())) else m.end()
        if _SPEECH.match(before[end:]):
            return before[max(0, m.start() - 60):end].split(".")[-1].strip()
    tail = re.match(r"^[\s,.!?'’\"”]*(?P<who>" + _DESCRIBED + re.escape(cue) + r"\w*)" + r"(?=\s+(?:has\s+|had\s+)?"
                    r"(?:" + alternation("credit_after") + r")\b)", after, re.IGNORECASE)
    if tail:
        return tail.group("who").strip()
    # "…," the newspaper quoted the executive as saying / quoted an unnamed executive as saying "…"
    # "… quoted an unnamed executive at X as saying", or ending the sentence: "…," the paper quotes a source
    # close to the Chinese firm.
    quoted = re.compile(r"\bquot\w*\s+(?P<who>(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?" + re.escape(cue) +
                        r"\w*(?:\s+(?:at|of|for|from|in|on|close\s+to)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)*)?)"
                        r"\s+as\s+saying\b|"
                        r"\bquot\w*\s+(?P<end>(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?" + re.escape(cue) +
                        r"\w*(?:\s+(?:at|of|for|from|close\s+to)\s+[\w'’-]+(?:\s+[\w'’&-]+){0,3}?)?)\s*[.;]", re.IGNORECASE)
    for text in (after[:120], before[-160:]):
        m = quoted.search(text)
        if m:
            return (m.group("who") or m.group("end")).strip()
    return None


_PRONOUN_TAIL = re.compile(r"^[\s,.!?'’\"”]*(?:he|she)\s+" + _SAID, re.IGNORECASE)
_PRONOUN_LEAD = re.compile(r"\b(?:He|She)\s+" + _SAID + r"[^\"“]{0,40}$")


def said_by_antecedent(cue: str, previous: str, before: str, after: str) -> str | None:
    """The description a "he said" stands for, when the sentence before gives speech to it: "A spokesman for
    the Oxford University Press said that … . '…,' he said." -> "A spokesman for the Oxford University
    Press"; ``None`` when the quotation is not credited by a pronoun or the sentence before says nothing so. A
    quotation that is its whole sentence, credited to no one ("One broker said the reasons may be political. '…'"),
    goes on with the description that spoke in the sentence before it too."""
    if not (_PRONOUN_TAIL.match(after) or _PRONOUN_LEAD.search(before) or whole_sentence(before, after)):
        return None
    who = (r"(?P<who>(?:an?|the|one|another)\s+(?:[\w'’-]+\s+){0,3}?" + re.escape(cue) + r"\w*"
           r"(?:\s+(?:for|at|of|from|with)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)?)")
    # "… proves the Biblical version was true, according to the Bishop. '…,' he said.": the report's source speaks on
    said = unquoted(previous)
    m = re.search(r"\b" + who + r"\s+" + _SAID, said, re.IGNORECASE) \
        or re.search(r"\baccording\s+to\s+" + who + r"\s*[.;]?\s*$", said, re.IGNORECASE)
    return m.group("who").strip() if m else None


def whole_sentence(before: str, after: str) -> bool:
    """Whether a quotation's sentence holds nothing but the quoted words (marks and punctuation aside)."""
    return not re.search(r"\w", before) and not re.search(r"\w", after)


def quotations_said_by_description(snap: Snapshot, phrase: str, limit: int = 10,
                                   within: frozenset[str] | None = None) -> list[Quotation]:
    """Quotations whose own sentence says the phrase's description said them (see :func:`said_by`),
    whoever the extractor gave them to: the sentence names the speaker only by that description.
    Bounded: the best passages for the phrase's words only. ``within``: only these sources, which name
    someone in the phrase's role, so its other words need not be beside the quotation ("The Bishop of
    Durham, …" two sentences before "the Bishop said: …")."""
    head, modifiers = role_words(phrase)
    head_terms = set(analyse(head))
    if not head_terms:
        return []
    mods = modifier_forms(snap, modifiers)
    cue = head.lower()[:6]
    sources: list[str] = sorted(within) if within is not None else []
    for rec in snap.passages(head_terms | {t for m in mods for form in m for t in form}, limit=PASSAGES) \
            if within is None else ():
        if cue in rec.text.lower() and rec.source_id not in sources:
            sources.append(rec.source_id)
    out: list[Quotation] = []
    for source_id in sources[:limit]:
        doc = snap.document(source_id)
        if not doc:
            continue
        for q in snap.quotations_in(source_id):
            before = doc[0][q.sentence_start:max(q.sentence_start, q.start)]
            after = doc[0][q.end:max(q.end, q.sentence_end)]
            who = said_by(cue, before, after)
            if not who:
                who = said_by_antecedent(cue, sentence_before(doc[0], q.sentence_start), before, after)
            if not who:
                continue  # whether the role fits is read only for quotations it speaks
            fits = antecedent_fits(doc[0], q.sentence_start, cue, mods) if within is not None \
                else _described_as(snap, q, who, mods)
            if fits:
                out.append(q.model_copy(update={"speaker_description": who}))
    return out


def antecedent_fits(text: str, before: int, cue: str, mods: list[Modifier]) -> bool:
    """Whether the bare role a quotation is given to ("the Bishop said") points back to the role asked for:
    the last sentence before it that introduces the role word (bare repeats such as "the Bishop said" are
    passed over) carries most of the question's other words ("The Bishop of Durham, …"), not another
    holder's ("an unnamed executive at Euronext")."""
    bare = re.compile(rf"\bthe\s+{re.escape(cue)}\w*\b(?!\s+(?:of|for|at|to)\b)(?!,?\s+(?-i:[A-Z]))", re.IGNORECASE)
    for sp in reversed(split_sentences(text, max(0, before - 3000), before)):
        sentence = text[sp.start:sp.end]
        if sp.end <= before and cue in sentence.lower():
            if not mods:
                return True
            here = set(analyse(sentence)) | capitals(sentence)
            if share_of(mods, here) >= DESCRIBED_SHARE:
                return True
            mentions = re.findall(rf"\w*{re.escape(cue)}\w*", sentence, re.IGNORECASE)
            if len(bare.findall(sentence)) < len(mentions):
                return False  # another holder introduced ("an unnamed executive at Euronext")
            # "the Bishop said there was …": the same bare reference again; look further back
    return False


NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|in|to|at|&)\s+)*[A-Z][\w'’-]*)+")
_IN_NAME = frozenset("of for and the on in to at &".split())


def name_runs(text: str) -> set[str]:
    """Every stretch of the text's capitalised names from a capitalised word to a capitalised word ("the Football
    Association said" -> "Football Association", "Football", "Association"), function words inside kept."""
    out: set[str] = set()
    for m in NAME_RUN.finditer(text):
        words = m.group(0).split()
        if len(words) > 8:
            continue
        for i in range(len(words)):
            for j in range(i, len(words)):
                if words[i][:1].isupper() and words[j][:1].isupper():
                    out.add(" ".join(words[i:j + 1]))
    return out


def initialisms(text: str) -> frozenset[str]:
    """The abbreviations the text's capitalised names spell, lower-cased: "the Department for Education and Skills"
    spells "des", "dfes", "deas" and "dfeas" (a function word's initial may be kept or left out, as "DfES" keeps
    "for" and drops "and"), "the United States" "us". A question's "DTI" or "DfES" spokesman is the department's
    when the text names it in full and never abbreviates it."""
    out: set[str] = set()
    for m in NAME_RUN.finditer(text):
        words = m.group(0).split()
        if len(words) > 8:
            continue
        # every stretch of the run from a capitalised word to a capitalised word: "the Department for Education and
        # Skills on Monday" holds "Department for Education and Skills"
        for i, first in enumerate(words):
            if not first[:1].isupper():
                continue
            spelt = {""}
            for w in words[i:]:
                initial = w[0].lower()
                spelt = {s + initial for s in spelt} | (spelt if w.lower() in _IN_NAME else set())
                if w[:1].isupper():
                    out |= {s for s in spelt if len(s) >= 2}
    return frozenset(out)


def description_terms(snap: Snapshot, text: str) -> set[str]:
    """Where a description's words are looked for: the text's index terms with its abbreviations spelt out
    (:func:`spelled_out`), the abbreviations it writes ("US") and those its names spell (:func:`initialisms`)."""
    return spelled_out(snap, text) | capitals(text) | initialisms(text)
