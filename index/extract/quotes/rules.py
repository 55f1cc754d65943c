"""Attribution as a table of rules: each looks at one shape of news prose and proposes a speaker.

A rule takes the :class:`Context` of one quotation and returns a
:class:`Candidate` or ``None`` ("this shape is not here; ask the next rule").
A candidate whose ``speaker`` is ``None`` is a decision too: the shape is there
and says nobody in particular speaks ("An official said: …"), so no later rule
may guess.  :data:`RULES` lists them in the order they are tried: the explicit
cue right after the closing mark first, then the clause that opens the
sentence, then the weaker shapes.  The first candidate wins.

``how`` is the coarse tag the speech test (:mod:`.speech`) and the continuation
logic read (``tail``, ``lead-core``, ``lead``, ``according``, ``end``,
``subject``, ``*-unknown``, ``none``); ``rule`` is the rule's own name, shown by
``dossier quotes --json`` so every figure can be explained.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from index.extract.given_names import is_given_name
from index.extract.lexicon import FORMS, alternation, inflections
from index.extract.lexicon import words as lexicon_words
from index.extract.names import (
    CAP_SEQ,
    DOCUMENT_NOUNS,
    GENERIC_ROLES,
    HONORIFIC_WORDS,
    KIN_WORDS,
    ORG_LONG,
    ORG_NOUNS,
    PLURAL_ROLES,
    RELATION_WORDS,
    ROLE_WORDS,
    org_long_search,
    parse_name,
    strip_article,
)
from index.extract.quotes.patterns import (
    _COLON_INTRO,
    _COORDINATED,
    _CORE,
    _END_REPORT,
    _FIRST_PERSON,
    _INDEFINITE,
    _INFINITIVE_VERBS,
    _LEAD_QUOTED_AS,
    _MODIFIES_NOUN,
    _NOT_A_NAME,
    _PASSIVE_END,
    _PRONOUN_OR_INDEFINITE,
    _PRONOUN_RX,
    _ROLE_ALT,
    _SENTENCE_BREAK,
    _SENTENCE_SUBJECT,
    _SUBJECT_OF_QUOTE,
    _TAIL_QUOTED_AS,
    _TAIL_REPORTED_AS,
    _TAIL_ROLE_THEN_NAME,
    _TO_INFINITIVE,
    _WINDOW,
    _WITH_PARTICIPLE,
    _WORD,
    ACCORDING,
    AUXILIARY,
    BARE_PLURAL_TAIL,
    FRONTED_OPENER,
    GROUP_RX,
    LEAD_PARTICIPLE,
    LEADING_ARTICLE,
    MENTION_RX,
    OPENERS,
    PHRASE_OPENERS,
    ROLE_BEFORE_NAME,
    STRAIGHT,
    TAIL_NAME_FIRST,
    TAIL_VERB_FIRST,
    UNNAMED_SPOKESPERSON,
    VERB,
    VIEW_OF,
    lead_verbs,
)
from index.extract.quotes.resolver import NAMED_KINDS, Resolved, _Resolver
from index.extract.quotes.spans import _Raw
from index.lazyre import lazy
from index.models import Span


@dataclass(frozen=True)
class Candidate:
    """A rule's proposal: who speaks (``None``: nobody in particular), the coarse tag and the rule's name.

    ``mention`` is the words that named the speaker ("he", "a spokesman", "Mr Brown"), filled in by
    :func:`attribute`: how much a name is worth depends on it (a pronoun is weaker than a name).
    """

    speaker: str | None
    how: str
    rule: str
    mention: str = ""
    by_title: bool = False  # a description resolved through a title the document gives ("the alliance chief")
    joint: str = ""  # two people named together ("Smith and Jones said"), who speak as one: their description


# '"…," said analyst Vadim Petrov The dispute is …': a name, then a sentence that opens without the full stop the
# copy lost; the tail ends at the name, or the name would run on into "The"
_MISSED_STOP = lazy(r"\b[A-Z][a-z][\w'’\-]*(?P<cut>[ ])(?:The|He|She|It|They|But|This|However|Meanwhile)[ ][a-z]")


@dataclass
class Context:
    """One quotation and the text around it, as the rules see it (the tail and lead are computed once)."""

    text: str
    masked: str  # the text with quotation interiors blanked out
    res: _Resolver
    raw: _Raw
    p_start: int
    p_end: int
    sentence: Span
    last_mention: str = ""  # the speaking mention the current rule resolved last
    by_title: bool = False  # ... and it was a description resolved through a title the document gives

    @cached_property
    def tail_end(self) -> int:
        """Where the narration after the closing mark stops: the next opening mark or the paragraph end."""
        raw, text = self.raw, self.text
        end = self.p_end
        for i in range(raw.close_at + 1, min(self.p_end, raw.close_at + 260)):
            if text[i] in OPENERS or text[i] == STRAIGHT:
                end = i
                break
        missed = _MISSED_STOP.search(text, raw.close_at + 1, end)
        return missed.start("cut") if missed else end

    @cached_property
    def tail(self) -> str:
        return self.masked[self.raw.close_at + 1 : min(self.tail_end, self.raw.close_at + 260)]

    @cached_property
    def s_start(self) -> int:
        # sentence.start is where the opening mark's sentence starts, clipped to the paragraph;
        # a speaker is named near the quote, which also keeps long lines linear
        return max(self.sentence.start, self.raw.open_at - _WINDOW)

    @cached_property
    def lead(self) -> str:
        """The narration before the opening mark, within its sentence."""
        return self.masked[self.s_start : self.raw.open_at]

    @cached_property
    def rest(self) -> str:
        """The narration after the closing mark, to the end of its sentence."""
        return self.masked[self.raw.close_at : min(self.sentence.end, self.raw.close_at + _WINDOW)]

    def resolved(self, mention: str, at: int) -> Resolved:
        """The resolver's reading of ``mention`` (name and why); the rule's mention and title flag remember it."""
        self.last_mention = mention
        r = self.res.resolve(mention, at)
        self.by_title = r.by_title
        return r

    def resolve(self, mention: str, at: int) -> str | None:
        return self.resolved(mention, at).name


Rule = Callable[[Context], Candidate | None]


# ", 30, and his wife Nina Poole, 28," / ", and Nina Poole, 28,": a second speaker joined to the first after the
# first's appositive (a kin or partner of theirs, or a name given an age of its own), so the two speak as one
_PHRASE_END = lazy(r"[.;:!?\n]")  # where the two people's phrase after "said" ends
_KIN_ALT = "|".join(sorted(KIN_WORDS | {"partner", "fiancé", "fiancée"}, key=lambda w: (-len(w), w)))
_AND_PARTNER = lazy(rf"(?:,[ \t]+\d{{1,3}})?,[ \t]+and[ \t]+(?:(?:his|her|their)[ \t]+(?:[a-z][\w\-]*[ \t]+)?"
                    rf"(?:{_KIN_ALT})s?\b|[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?,[ \t]+\d{{1,3}}\b)")

# after "said", the two people's phrase runs on only through names and ages to the sentence end or a colon
_PARTNER_REST = lazy(r"(?:[ \t,]+(?:[A-Z][\w'’\-]*|\d{1,3}))*[ \t,]*(?:[.;:!?\n]|$)")
# a clause about the first person: its "and" joins things in their story, not a second speaker
_CLAUSE_OPEN = lazy(r"\b(?:who|whose|which|where|whom)\b")


def _joined_partner(s: str, lo: int, hi: int, after_verb: bool) -> re.Match[str] | None:
    """The second speaker joined to the first in ``s`` from ``lo``, if the words are the two's.

    After "said" the phrase must end the sentence (or open the words with a colon) with no verb of its own:
    '"…," said Mark Dean, 52, and his wife Claire added: …' gives Claire her own words, and '…, and his son, 19,
    had to be treated' says something else about the son. Before "said", an "and" inside a who/whose clause
    ('Tom Hale, 45, whose flat was next to those of Ann Lee, 70, and Jim Bell, 72, said') joins nobody to Hale.
    """
    if after_verb:
        partner = _AND_PARTNER.match(s, lo)
        return partner if partner and _PARTNER_REST.match(s, partner.end()) else None
    partner = _AND_PARTNER.search(s, lo, hi)
    return None if partner is None or _CLAUSE_OPEN.search(s, lo, partner.start()) else partner


# "Ryan Crabbe and Gordon Rennie said": two people speaking as one, neither of them alone
_COORDINATED_NAME = lazy(rf"(?P<a>{CAP_SEQ.pattern})[ \t]+and[ \t]+(?P<b>{CAP_SEQ.pattern})$")
# the body two people are given: " of Acme Holdings", " from the Institute for Fiscal Studies"
_OF_BODY = lazy(rf"[ \t]+(?:of|from|at)[ \t]+(?P<org>(?:the[ \t]+)?(?:{ORG_LONG.pattern}|{CAP_SEQ.pattern}))")
# "Smith and Jones of Acme Holdings said": the two, and the body they speak for
_COORDINATED_OF = lazy(rf"(?P<a>{CAP_SEQ.pattern})[ \t]+and[ \t]+(?P<b>{CAP_SEQ.pattern}){_OF_BODY.pattern}$")


def _the_two(c: Context, lead: str) -> re.Match[str] | None:
    """Where ``lead`` ends in two people joined by "and" ("Ryan Crabbe and Gordon Rennie", groups ``a`` and ``b``;
    ``org`` too when a body follows them), if it ends so; not a firm's name ("Marks and Spencer")."""
    m = _COORDINATED_NAME.search(lead) or _COORDINATED_OF.search(lead)
    if m is None:
        return None
    people = [parse_name(m.group(g)) for g in ("a", "b")]
    return m if all(p.name and (p.kind == "person" or c.res.ents.is_person(p.name)) for p in people) else None


def _joint(c: Context, lead: str, how: str, rule: str, after: str = "") -> Candidate | None:
    """'"…," Smith and Jones said' / 'Smith and Jones told reporters: "…"': words two people say together are not
    one person's words, so the cue names nobody; the quotation keeps the two as its description. When the two are
    given a body ('Smith and Jones of Acme Holdings said'; ``after``: the words after the two, when the match
    stopped at them), they speak for it, and the body is named."""
    pair = _the_two(c, lead)
    if pair is None:
        return None
    two = lead[pair.start("a") : pair.end("b")]
    # the body after the two: in the match itself (the lead ends in it), or right after where the match stopped
    m = pair if pair.re is _COORDINATED_OF.compiled else _OF_BODY.match(after)
    org = m.group("org") if m else None
    if org:
        org = strip_article(org)
        p = parse_name(org)
        if org_long_search(org) or p.kind == "organisation" or p.name in c.res.ents.orgs:
            c.last_mention = org  # the body names the speaker, as "Acme Holdings said" would
            return Candidate(p.name or org, how.removesuffix("-unknown"), rule, joint=two)
    return Candidate(None, how, rule, joint=two)


# a co-written text ("Dovere and Debenedetti wrote"): a byline pair, whose words PolNeAR's annotators credit to the
# last writer; the verbs the lexicon classes as writing
_WRITTEN = frozenset(f.text for f in FORMS if f.kind == "written")


# "the firm and its founder, Celia Marchetti", "The couple and their solicitor, Howard Pemberton": a described party,
# "and", a second one described by whom it belongs to, then the second one's name: two speaking together
_DESCRIBED_PAIR = lazy(r"[ \t]*(?:the|a|an|The|A|An)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}?[a-z][\w\-]*[ \t]+and[ \t]+"
                       r"(?:his|her|its|their)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}?[a-z][\w\-]*,[ \t]+")
_AND_NAME = lazy(rf"[ \t]+and[ \t]+{CAP_SEQ.pattern}")  # " and Paul Ryan": a second name joined to the first
_ROLE_THEN_NAME = lazy(rf"{ROLE_BEFORE_NAME}{CAP_SEQ.pattern}")  # " leader Michael Howard": a role and its holder
_POSSESSIVE_END = lazy(r"['’]s?\s*$")
_OBJECT_BEFORE = lazy(r"\b(?:for|with|to|against|about|under|like|into|over|behind|beside)[ \t]+$")
_RELATIVE_AFTER = lazy(r",[ \t]+(?:who|which|whose)\b")
_IN_RELATIVE = lazy(r",[ \t]+[^,]*\b(?:who|which|that)\b[^,]*$")  # ", a professor who previously worked for "


def _object_of_preposition(lead: str, m: re.Match[str]) -> bool:
    """Is the name the subject phrase ends on the object of a preposition: before the phrase ("worked for
    Lamar Alexander said") or inside a relative clause set off in it ("Marty West, a professor who worked for
    Sen. Lamar Alexander said")? Either way it is not who speaks."""
    mention = m.group("who")
    if "," not in mention:
        return bool(_OBJECT_BEFORE.search(lead[: m.start("who")]))
    last = [n for n in CAP_SEQ.finditer(mention) if n.end() == len(mention)]
    if not last:
        return False
    before = mention[: last[-1].start()]
    return bool(_IN_RELATIVE.search(before) and _OBJECT_BEFORE.search(before))


_OPENING_NAME = lazy(rf"\s*(?P<who>{CAP_SEQ.pattern}),")  # the name a sentence opens with, set off by a comma


def _governing_verb(verbs: Sequence[re.Match[str]], lead: str) -> re.Match[str]:
    """The reporting clause that governs a quotation: the last one, unless it is buried in what another reports.

    "Jack Straw told the Commons that the US had released them after "…"": the
    quoted words belong to Straw.  When the last speech verb is followed by a
    clause of its own before the quotation, the first core reporting verb
    (said/told/…) of the sentence wins.
    """
    last = verbs[-1]
    gap = lead[last.end() :]
    if len(verbs) > 1 and _PLACE_BEFORE.search(lead, 0, last.start("who")):
        # "said a polling station official in the town of Orlin had told her:": the name ends a description's place,
        # it is no subject; the reporting verb before governs (and hands the words to the description's teller)
        return verbs[-2]
    if len(verbs) > 1 and _REPORTED_SUBJECT.fullmatch(last.group("who").strip()) \
            and _REPORTED_PRONOUN.fullmatch(lead, verbs[-2].end(), last.start("who")) \
            and not _REPORTED_SUBJECT.fullmatch(verbs[-2].group("who").strip()):
        # "Finance Minister Rein Gast said he hoped the bank would "…"", "Vivendi has said it believes there is
        # "…"": the pronoun of a clause the verb before reports is that verb's subject, whoever else the sentence
        # (or the one before) named
        return verbs[-2]
    if len(verbs) == 1 or len(_WORD.findall(gap)) <= 3 or _reports_in_turn(last):
        return last
    for v in verbs[:-1]:
        if v.group("verb") in _CORE:
            return v
    return last


_PRONOUN_SUBJECT = lazy(r"(?:he|she|He|She)")
_PLACE_BEFORE = lazy(r"[a-z][ \t]+(?:in|at|from|near|outside)[ \t]+(?:the[ \t]+(?:[a-z]+[ \t]+of[ \t]+)?)?$")
_REPORTED_SUBJECT = lazy(r"(?:he|she|it|He|She|It)")
_REPORTED_PRONOUN = lazy(r"[ \t]+(?:that[ \t]+)?")  # "said he hoped", "said that she feared"


def _reports_in_turn(verb: re.Match[str]) -> bool:
    """'Weitz said he had visited Pullman, who had told him that the Authority could "…"': one person reporting
    what another said. The innermost plain reporting verb (said, told, added, stated) whose clause reaches the
    quotation governs it: the words are the reported speaker's, as the outer one relays them. An evaluative verb
    ("criticised", "accused", "called") inside the report is the outer speaker's characterisation, not a new
    voice, so it is left to :func:`_governing_verb`'s first plain verb.
    """
    return verb.group("verb") in _CORE and not _NOT_A_NAME.match(verb.group("who").strip())


_REPORTED_CLAUSE = lazy(r"[ \t]+(?:that|he|she|they|it|we|I|there)\b")
# after a question or an exclamation that ended a sentence, what shows the "X verb" after it is a sentence of its
# own rather than the question's tag: the verb takes an infinitive ("Connors has also agreed to commentate"),
# a named subject of a clause of its own ("McLeish accepted referee Dallas had no option"), or goes on with a
# comma into the next quotation, which it introduces ('"Why now?" Mills then writes back, "…"')
_INFINITIVE = lexicon_words("infinitive")
_TO_VERB = lazy(r"[ \t]+to[ \t]+[a-z]")
_NEW_SENTENCE_AFTER_QUESTION = lazy(
    r"[ \t]+(?:[a-z]+[ \t]+){0,2}[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)*[ \t]+"
    r"(?:had|has|was|is|would|could|will|should|must|did)\b"
)
_OPENS_NEXT = lazy(r"(?:[ \t]+(?:back|again))?[ \t]*,[ \t]*$")  # the tail ends at the next quotation's mark


def _name_first_tail_is_ours(m: re.Match[str], tail: str, text: str, raw: _Raw, quote_follows: bool) -> bool:
    """Whether "X said" after the closing mark attributes this quotation, not what comes next.

    A subject-first clause is also how narration goes on, so it is refused when
    it opens the next quotation or a new sentence of its own.
    """
    who = m.group("who").strip(" .")
    new_sentence = tail.lstrip().startswith(".") or m.group("who").lstrip().startswith(".")
    after = tail[m.end():].lstrip(" \t")
    if after.startswith(":") and (new_sentence or not _PRONOUN_OR_INDEFINITE.match(who)) \
            and not _WORD.search(after, 1):
        # '"…?" LTA chief John Crowther added: "…"' / '"…". He added: "…"': it introduces the next quotation
        # (not '"…," Rubio said: That Cruz is …': the colon opens the speaker's own words, reported)
        return False
    inner = text[raw.open_at + 1 : raw.close_at].rstrip()
    if who[:1].isupper() and inner.endswith(("?", "!")) and (
            _REPORTED_CLAUSE.match(tail, m.end()) or _NEW_SENTENCE_AFTER_QUESTION.match(tail, m.end())
            or m.group("verb") in _INFINITIVE and _TO_VERB.match(tail, m.end())
            or quote_follows and _OPENS_NEXT.match(tail, m.end())):
        # '"How can there be discipline …?" Mr Blair said he would not respond': the question ended a
        # sentence, and "said he would" reports something new, not this quotation (nor does "agreed to
        # commentate", "accepted Dallas had", or '"…?" Mills writes back, "…"': the next quotation's cue)
        return False
    if _SENTENCE_BREAK.search(m.group("who")):
        return False  # '"firm but fair" policy on immigration. Veritas says it hopes …': a new sentence's subject
    if who[:1].isupper() and (
            text[raw.open_at + 1 : raw.close_at].rstrip().endswith(".")
            or new_sentence and not _PRONOUN_OR_INDEFINITE.match(who)):
        # '"…." Corbett said he and Barker…' / '… "bring it on". Charles Kennedy attacked …':
        # a new sentence of reported speech, not this quotation's attribution
        return False
    # '… found "…". It added that the staff "…"': a new sentence running into the next
    # quotation reports that one, not this one
    return not (new_sentence and _WORD.search(tail, m.end()) and quote_follows)


# ---------------------------------------------------------------------------
# The rules, strongest cue first


# "Hale said", "the minister told": a speech verb after a word that can be its subject
_SPEECH_CLAUSE = lazy(rf"[\w'’.\-][ \t]+(?:{VERB})\b")


def quoted_as_saying(c: Context) -> Candidate | None:
    """'"…," the newspaper quoted Qantas chief executive Geoff Dixon as saying': the person quoted speaks.

    The outlet only relays the words, so it is never the speaker, and neither is whoever the narration was
    about; "quoted an insider in the talks as saying" names nobody in particular.  After the quotation, a
    reporting clause of its own before "quoted" ('"…," Hale said in remarks the paper quoted') is the
    attribution: the tail rules, tried first, read it.
    """
    reported = _TAIL_REPORTED_AS.match(c.tail) if c.raw.closed else None
    if reported and MENTION_RX.fullmatch(reported.group("who").strip()):
        # '"…," Mr Hale is reported as saying': the passive's subject speaks
        who = c.resolve(reported.group("who"), c.raw.close_at + 1 + reported.start("who"))
        return Candidate(who, "tail", "quoted_as_saying") if who else None
    tail = _TAIL_QUOTED_AS.match(c.tail) if c.raw.closed else None
    if tail and tail.group("pre") and _SPEECH_CLAUSE.search(tail.group("pre")):
        return None  # '"…," Hale said in remarks the paper quoted': Hale's own reporting clause, for the tail rules
    if tail and (pre := tail.group("pre")) and (passive := _PASSIVE_END.search(pre)):
        # '"…," Braynard is quoted as saying': the passive's subject speaks, as before "said"
        subject = pre[: passive.start()]
        who = c.resolve(subject, c.raw.close_at + 1 + tail.start("pre")) if MENTION_RX.fullmatch(subject.strip()) \
            else None
        return Candidate(who, "tail", "quoted_as_saying") if who else None
    lead = None if tail else _LEAD_QUOTED_AS.search(c.lead)
    if lead and _PASSIVE_END.search(c.lead[: lead.start()].rstrip()):
        return None
    m = tail or lead
    if m is None:
        return None
    how = "tail" if tail else "lead"
    mention = m.group("who").strip(" ,")
    mention = {"him": "he", "her": "she"}.get(mention.lower(), mention)  # "quoted him as saying"
    base = c.raw.close_at + 1 if tail else c.s_start
    who = None if _PRONOUN_OR_INDEFINITE.match(mention) and not _PRONOUN_RX.fullmatch(mention) \
        else c.resolve(mention, base + m.start("who"))
    return Candidate(who, how, "quoted_as_saying") if who else Candidate(None, f"{how}-unknown", "quoted_as_saying")


_LINK_WORDS = frozenset(("the", "a", "an", "for", "to", "with", "by", "in", "on", "at", "from", "of", "about", "as",
                         "after", "before", "while", "when", "than", "then", "and", "or", "but", "who", "which"))


def _body_role(role: str) -> bool:
    """Whether ``role`` is a body's name then its role in small letters ("BA director of commercial planning",
    "Carnlow passenger group chairman"): the role word comes before any linking word. "Kate Moyle speaking for the
    head of the union" is a speaker and a phrase about someone else, whose role word only follows "for the"."""
    for w in re.findall(r"(?<![\w'’&\-])[a-z][\w'’\-]*", role):
        if w in ROLE_WORDS:
            return True
        if w in _LINK_WORDS:
            return False
    return False


_MEMBER_FOR = lazy(r"\bmembers?[ \t]+for[ \t]+[a-z][\w\-]*(?:[ \t]+(?:and[ \t]+)?[a-z][\w\-]*){0,2}$")
_NAME_CLOSED_BY_PHRASE = lazy(r"[ \t]*,[ \t]+(?:in|at|on|speaking|writing)\b")


def _role_names_the_one_after(role: str, after: str) -> bool:
    """Whether the name set after ``role`` by a comma is the role's holder: a role word anywhere in it, as before;
    a relation or a portfolio only as its last words ("the child's mother, Leanne Firth", "the council's cabinet member
    for housing, Cllr Ayesha Bibi"; never "the mother of the dead boy, Daniel Hart", whose name is the boy's). A name
    closed by a phrase ("…, Leanne Firth, in a statement") is the holder's only when the role ends right before it."""
    words = [w.lower() for w in _WORD.findall(role)]
    if not words:
        return False
    ends_on_role = words[-1] in ROLE_WORDS or words[-1] in KIN_WORDS or _MEMBER_FOR.search(role) is not None
    if _NAME_CLOSED_BY_PHRASE.match(after):
        return ends_on_role and " who " not in f" {role} "
    return any(w in ROLE_WORDS for w in words) or ends_on_role


def tail_role_then_name(c: Context) -> Candidate | None:
    """'…," said the chairman of the committee, Labour MP Barry Sheerman': the name the role is given speaks.

    Not an organisation inside the role ("said its chairman, Sir Anthony Greener").
    """
    if not c.raw.closed:
        return None
    m = _TAIL_ROLE_THEN_NAME.match(c.tail)
    if m and m.group("role")[:1].isupper() and not (m.group("name")[:1].isupper() and _body_role(m.group("role"))):
        # "said BA director of planning, referring to Trump": a body's role needs a name after it; "said Kate Moyle
        # speaking for the head of the union, Jim Rowe": no role right after the capitals, so they are the speaker
        return None
    if m and _role_names_the_one_after(m.group("role"), c.tail[m.end("name"):]):
        who = c.resolve(m.group("name"), c.raw.close_at + 1 + m.start("name"))
        if who and c.res.ents.is_person(who):
            return Candidate(who, "tail", "tail_role_then_name")
    return None


# "her son, Cal Whit", "Moeroa's niece, Lani Price", "the club's chairman, Ken Bates": an owner, what they own (a
# lower-case noun of one to three words), then the name of the one owned
_OWNED_THEN_NAME = lazy(rf"(?:his|her|their|[A-Z][\w'’\-]*['’]s|the[ \t]+[\w\-]+['’]s)[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}"
                        rf"[a-z][\w\-]*,[ \t]+(?P<name>{CAP_SEQ.pattern})")


def _tail(c: Context, m: re.Match[str] | None, rule: str, at: int = 0) -> Candidate | None:
    """The candidate of a tail match ``m`` (matched on ``c.tail[at:]``)."""
    if m is None:
        return None
    tail = c.tail[at:]
    mention = m.group("who")
    owned = _OWNED_THEN_NAME.match(tail, m.start("who")) if rule == "tail_verb_first" else None
    if owned and parse_name(owned.group("name")).kind == "person":
        # '"…," said her son, Cal Whit' / 'said Moeroa's niece, Lani Price': someone's relation or aide, named
        # after the comma, speaks; not the owner (nor a pronoun read off "her")
        who = c.resolve(owned.group("name"), c.raw.close_at + 1 + at + owned.start("name"))
        return Candidate(who, "tail", rule) if who else Candidate(None, "tail-unknown", rule)
    subject = _CLAUSE_END.split(tail[m.start("who"):], 1)[0] if rule == "tail_verb_first" else ""
    if UNNAMED_SPOKESPERSON.fullmatch(subject.strip()):
        # '"…," said a Kelby Museum of Modern Art spokeswoman': the pattern stopped at "of", but the whole subject is
        # an unnamed spokesperson, read as the resolver reads one (never the body's first words)
        c.last_mention = subject.strip()
        return Candidate(None, "tail-unknown", rule)
    if described := object_person_description(c, subject):
        c.last_mention = described  # '"…," said the father of Olympic champion Tom Hale': the father speaks
        head = head_named_elsewhere(c, described)
        return Candidate(head, "tail", rule) if head else Candidate(None, "tail-unknown", rule)
    noun = _MODIFIES_NOUN.match(tail, m.end("who")) if rule == "tail_verb_first" else None
    later = _LATER_NAME.match(tail, m.end("who")) if noun and not _DESCRIPTION_START.match(mention) else None
    if later and (parse_name(later.group("name")).kind == "person" or c.res.ents.is_person(later.group("name"))
                  and not c.res.ents.is_person(mention.strip())):
        # '"…," said Marquette pollster Charles Franklin' / 'said Clinton ally James Carville': the capitals
        # the pattern stopped at modify the noun; the person after it speaks (a surname alone when the text named
        # that person in full: 'said Ulster man Humphreys')
        mention = tail[m.start("who") : later.end("name")]
    elif noun and _DESCRIPTION_START.match(mention):
        # '"…," added the two-time Academy Award winner': the pattern stopped at the capitals, but the
        # description goes on to its noun, and the capitals only describe it
        mention += noun.group(0)
    if rule == "tail_verb_first" and mention.endswith(("'s", "’s")) \
            and (own := _SINGULAR_OWNED.match(tail, m.end("who"))):
        # 'said Tom Baker's mother, Anne', 'said Lucy Hart's agent': what the name owns speaks, named after a comma
        # or no one named here, never the owner
        if own.group("name") and " " in own.group("name").strip():
            # (a given name alone, "mother, Anne", would be read as any Anne the text names: nobody is named then)
            who = c.resolve(own.group("name"), c.raw.close_at + 1 + at + own.start("name"))
            if who and who != c.resolve(mention, c.raw.close_at + 1 + at + m.start("who")):
                return Candidate(who, "tail", rule)
        return Candidate(None, "tail-unknown", rule)
    if rule == "tail_verb_first" and _PLURAL_POSSESSIVE_NOUN.match(tail, m.end("who")):
        # 'said Jones' lawyer', 'said Sky Networks' head of sport': the plural possessive's name stops before the
        # apostrophe, and what it owns speaks, someone no name here is given for
        return Candidate(None, "tail-unknown", rule)
    owned = _PLURAL_POSSESSIVE_NAME.match(tail, m.end("who"))
    if owned and parse_name(owned.group("name")).kind == "person":
        # 'said Sky Networks' Sophie Turner Laing': a plural possessive's name stops before the apostrophe; the
        # person it owns speaks
        mention = owned.group("name")
    elif rule == "tail_verb_first" and (chained := title_chain_person(tail, m.end("who"), m.group("who"))):
        # 'said Clinton's top foreign policy aide Jake Sullivan', 'said Air Force 1st Lt. Tyler Livingston': the
        # pattern stopped inside a chain of titles; the person the chain ends on speaks
        owned = chained
    span = tail[m.start("who") : owned.end("name") if owned else m.start("who") + len(mention)]
    if "," not in span and _CLAUSE_IN_TITLE.search(span):
        # 'said a lawyer representing Mayor Tom Fenwick', 'said a man who knew Carl Ostrander': a clause opened
        # after the speaker's head noun makes the name its object; the unnamed head speaks (a title has no comma:
        # "Katie Packer, who is chairman of …" is a name and a clause about it)
        return Candidate(None, "tail-unknown", rule)
    if _spokesman_for_person(c, mention):
        # '"…," says a spokesman for Harold Fenn, the party leader': the spokesman speaks, unnamed here
        c.last_mention = mention
        return Candidate(None, "tail-unknown", rule)
    partner = _joined_partner(tail, m.end("who"), m.start("verb"), after_verb=rule == "tail_verb_first")
    if partner:
        # '"…," said Gareth Poole, 30, and his wife Nina, 28' / '"…," Gareth Poole, 30, and his wife Nina, 28,
        # said': two speak as one, neither alone
        stop = _PHRASE_END.search(tail, partner.end()) if rule == "tail_verb_first" else None
        end = m.start("verb") if rule != "tail_verb_first" else stop.start() if stop else len(tail)
        return Candidate(None, "tail-unknown", rule, joint=tail[m.start("who") : end].strip(" ,"))
    pair = _AND_NAME.match(tail, m.end("who"))
    joined = (mention + pair.group(0)) if pair else mention
    if not _TITLE_BEFORE_AND.search(joined) and (rule == "tail_verb_first" or m.group("verb") not in _WRITTEN) \
            and (both := _joint(c, joined, "tail-unknown", rule, tail[pair.end():] if pair else "")):
        # '"…," said Senator Ray Kolb and Governor Lisa Tran', '"…," Smith and Jones said': two people speak as one,
        # neither alone (as "X and Y said:" before the words); not a chain of two titles of one person ('said former
        # Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell'). (The name-first '"…," X and Y
        # wrote' is left as it was: a byline pair, whose last writer PolNeAR's annotators credit.)
        return both
    r = c.resolved(mention if not owned else owned.group("name"),
                   c.raw.close_at + 1 + at + (owned.start("name") if owned else m.start("who")))
    if r.name:
        return Candidate(r.name, "tail", rule)
    if r.role_of_another:
        # '"…," the mayor said' after "Vera Lund wrote to the mayor": the mayor speaks, unnamed here, and the
        # narration's subject is not to be read as the speaker instead
        return Candidate(None, "tail-unknown", rule)
    mention = m.group("who").strip()
    if _PRONOUN_OR_INDEFINITE.match(mention) or GROUP_RX.match(mention) or _THE_NAMED_KIND.fullmatch(mention) \
            or THE_BODY.fullmatch(mention) or _THE_DOCUMENT.fullmatch(mention):
        # '"…," an official said': nobody in particular; '"…," the hospital said', no hospital named: nobody here;
        # '"…," the company said' with no company the resolver can name: a body spoke, never the last person quoted;
        # '"…," said the statement' with no author the resolver can name: a document's words, never the last speaker's
        return Candidate(None, "tail-unknown", rule)
    return None


# "the hospital", "the local council": a kind of body whose names hold the word, as the whole subject
_THE_NAMED_KIND = lazy(rf"(?:the|The)[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}(?:{'|'.join(sorted(NAMED_KINDS))})")
# "the statement", "the party's written statement": a document by its kind, as the whole subject
_THE_DOCUMENT = lazy(rf"(?:the|The|a|A)[ \t]+(?:[\w\-]+(?:['’]s)?[ \t]+){{0,2}}(?:{'|'.join(sorted(DOCUMENT_NOUNS))})")
# "the company", "the software firm": a body by its kind, as the whole subject
THE_BODY = lazy(rf"(?:the|The)[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}(?:{'|'.join(sorted(ORG_NOUNS))})")


# what a title never holds: a relative pronoun, or a participle right after a role or body noun and not itself
# modifying a role noun after it ("a lawyer representing Mayor X", "Holm's team thanking volunteer X"; "chief
# operating officer" and "council planning chief" are titles)
_CLAUSE_IN_TITLE = lazy(
    rf"[ \t](?:who|whom|whose|which|that)\b"
    rf"|\b(?:{_ROLE_ALT})[ \t]+[a-z][\w\-]*ing\b(?![ \t]+(?:[a-z][\w\-]*[ \t]+)?(?:{_ROLE_ALT})\b)"
)
_PLURAL_POSSESSIVE_NAME = lazy(rf"['’][ \t]+(?P<name>{CAP_SEQ.pattern})")
# what a chain of titles may hold between the words a pattern stopped at and the person it ends on: a possessive,
# "and" joining two titles, an ordinal ("1st Lt."), capitalised words and abbreviations ("Pennsylvania Gov."), and
# lower-case modifiers of a role ("top foreign policy aide"), never a word that opens a clause or a phrase of its own
_CHAIN_STOP = (r"(?:that|who|whom|which|whose|when|where|while|as|to|in|on|at|for|with|by|from|of|about|after|before|"
               r"into|than|the|a|an|his|her|their|its|our|is|was|were|are|has|had|have|be|been|being|said|says|told|"
               r"tells|added|adds|not|also|then|but|or|if|because|during|over|against)\b")
_TITLE_CHAIN = lazy(
    rf"(?P<chain>(?:['’]s)?(?:[ \t]+(?:and|\d+(?:st|nd|rd|th)|[A-Z][\w.'’&\-]*|(?!{_CHAIN_STOP})[a-z][\w\-]*)){{1,7}}?)"
    r"[ \t]+(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][\w'’\-]+)"
    rf"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:{PHRASE_OPENERS}|on|in|at|for|from|with|by)\b)"
)


def title_chain_person(tail: str, end: int, mention: str) -> re.Match[str] | None:
    """The person a chain of titles ends on, when the words a tail pattern read (``mention``, ending at ``end``)
    stop inside it: 'said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell'.

    Titles pile up before the name they belong to, and the reporting clause's subject is the whole chain, so the
    person at its end speaks, not a title or a place cut from its start. The chain must end the clause on a name
    whose first word is a given name, and hold a title word or an abbreviation; "and" is read as joining two
    titles only after words that are not themselves a person's name ('said Clinton and Tim Kaine' is two people).
    """
    m = _TITLE_CHAIN.match(tail, end)
    if m is None or "\n" in m.group(0):
        return None
    first = m.group("name").split()[0]
    if not is_given_name(first) or first.lower() in ROLE_WORDS or first.lower() in HONORIFIC_WORDS:
        return None
    words = [w.strip(".’'") for w in m.group("chain").split()]
    titled = any(w.lower() in ROLE_WORDS or w.lower() in HONORIFIC_WORDS for w in words) \
        or any(w.endswith(".") and len(w) <= 5 for w in m.group("chain").split())
    if not titled and not mention.rstrip().endswith(("'s", "’s")):
        return None  # (after a possessive, what the owner has is named: 'said Clinton's top aide Jake Sullivan')
    if "and" in words and parse_name(mention.strip(" ,")).kind == "person" and not mention.rstrip().endswith("."):
        return None
    return m


# an abbreviated or spelt-out title right before "and": two titles of one person follow, not two people
_TITLE_BEFORE_AND = lazy(rf"(?:\.|\b(?i:{_ROLE_ALT}))[ \t]+and[ \t]")
_PLURAL_POSSESSIVE_NOUN = lazy(r"['’][ \t]+[a-z]")
# after "Tom Baker's": what he owns, in lower-case words, and no name straight after them (a title chain: "said
# Arsenal's manager Arsene Wenger"), the one owned perhaps named after a comma ("mother, Anne")
_SINGULAR_OWNED = lazy(rf"[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,3}}[a-z][\w\-]*(?=[ \t]*(?:[,.;:!?)\n]|$))"
                       rf"(?:,[ \t]+(?P<name>{CAP_SEQ.pattern}))?")
_LATER_NAME = lazy(rf"[ \t]+(?:[a-z][\w\-]*[ \t]+){{1,3}}(?P<name>{CAP_SEQ.pattern})")
_DESCRIPTION_START = lazy(r"(?:the|a|an|The|A|An)\s|[a-z]")
_CLAUSE_END = lazy(r"[,.;:!?()\n]")  # where a tail's verb-first subject phrase stops


def tail_verb_first(c: Context) -> Candidate | None:
    """'"…," said Mr Straw' / '"…," said entrepreneur Drayton Valentine'."""
    return _tail(c, TAIL_VERB_FIRST.match(c.tail), "tail_verb_first") if c.raw.closed else None


# ', said Steve Elmendorf': a comma, then a verb that takes no object and the verb's own subject after it
_INVERTED_AFTER = lazy(r",[ \t]+(?:" + alternation("inverted") + r")[ \t]+"
                       r"(?:[A-Z]|(?:the|a|an)[ \t])")


# '"…," a BBC statement read.' / '"…," the letter reads': a document whose words these are ("read" reports no speech
# elsewhere, so it is not one of the reporting verbs)
_DOCUMENT_READS = lazy(rf"^[,?!…\s–—-]*\s*(?P<who>(?:a|an|the|its|their|his|her|A|An|The|Its|Their)[ \t]+"
                       rf"(?:[A-Z][\w&'’\-]*[ \t]+){{0,4}}(?:{'|'.join(sorted(DOCUMENT_NOUNS))}))[ \t]+(?:read|reads)\b")


def _capitals_of(document: str) -> set[str]:
    """The capital words a document's description holds past its determiner ("a BBC statement" → {"bbc"})."""
    return {w.lower() for w in re.findall(r"(?<![\w'’&\-])[A-Z][\w&\-]*", document)} - {"a", "an", "the", "its", "their"}


def _author_named_in(document: str) -> bool:
    """Whether a document's description names its author ("a BBC statement"), not only the kind ("the letter"): an
    unnamed letter's author is who the narration says wrote it, never the body the resolver falls back on."""
    return bool(_capitals_of(document))


def _author_fits(document: str, author: str) -> bool:
    """Whether ``author`` can have written ``document`` ("a BBC statement" → BBC): when the document's description
    names its author in capitals, the author resolved must hold every one of them ("a Hollin Hospital statement" is
    not the Hollin Trust's); "the letter" names none."""
    return _capitals_of(document) <= {w.lower() for w in re.findall(r"[\w&\-]+", author)}


def _owned_by_pronoun(who: str) -> bool:
    """Whether a document subject opens on a possessive pronoun ("his letter", "their statement"): its author is the
    person the pronoun points back to, whom the narration before the quote names; the document rule has no author."""
    return who.split(maxsplit=1)[0].lower() in ("his", "her", "its", "their")


# what a sentence after a quotation calls it when it names whose words they were ("That was Whitcombe's verdict")
_VERDICT = ("verdict|view|message|reaction|assessment|response|warning|advice|plea|promise|claim|shot|comment|words|"
            "take|summary|answer|retort|reply|insistence|conclusion|opinion|prediction|explanation|reasoning|boast")
_THAT_WAS = lazy(rf"^[ \t]*(?:That|This|Such)[ \t]+(?:was|is)[ \t]+(?:(?:the|a)[ \t]+(?:[a-z]+[ \t]+)?(?:{_VERDICT})"
                 rf"[ \t]+of[ \t]+(?P<who>[^,.;:\"“”]{{1,80}}?)(?=[ \t]*[,.;:]|[ \t]+(?:when|as|after|before|on|in)\b)"
                 rf"|(?P<who2>(?:[Tt]he[ \t]+)?(?:[\w\-]+[ \t]+){{0,3}}?[\w\-]+)['’]s?[ \t]+(?:[a-z]+[ \t]+){{0,2}}?"
                 rf"(?:{_VERDICT})\b)")


_ALSO_TOO = lazy(r"\b(?:also|too|likewise|shared|echoed)\b")


def _that_was(c: Context) -> Candidate | None:
    """'"A derby is a derby." That was Whitcombe's verdict when …' / '"…" That was the world champion's parting shot':
    the sentence after the quotation names whose words they were, by a possessive or "the verdict of"."""
    if not c.raw.closed or c.lead.strip(" \t\n\"“”‘’") or (m := _THAT_WAS.match(c.tail)) is None:
        return None  # (a quotation whose own sentence opens with words before it has its frame there)
    if _ALSO_TOO.search(c.tail, m.start(), m.end() + 12):
        return None  # "That was also the government's message": another's view shared, not whose words these are
    group = "who" if m.group("who") else "who2"
    who = c.resolve(m.group(group), c.raw.close_at + 1 + m.start(group))
    return Candidate(who, "tail", "tail_name_first") if who else Candidate(None, "tail-unknown", "tail_name_first")


# '"…," her brother said', '"…," his late wife said': a relation with no name beside it (the verb-first form,
# '"…," said her brother', is read by tail_verb_first)
_KIN_TAIL = lazy(rf"^[,?!…\s–—-]*\s*(?P<who>(?:his|her|their|my|our|the)[ \t]+(?:(?:elder|younger|older|eldest|"
                 rf"youngest|twin|late)[ \t]+)?(?:{_KIN_ALT})s?)[ \t]+(?:{VERB})\b(?![ \t]*,)")


def tail_name_first(c: Context) -> Candidate | None:
    """'"…," Brown said' / '"…," the minister told the BBC' -- unless the clause opens the next quotation.

    '"… unlikely" that Sanders can catch Clinton, said Steve Elmendorf': the sentence runs on past the closing
    mark and its reporting clause is inverted, so the name before the comma is part of the sentence (an object
    here), and the subject after the verb speaks.
    """
    if not c.raw.closed:
        return None
    if verdict := _that_was(c):
        return verdict  # '"…" That was Whitcombe's verdict': the next sentence names whose words they were
    if (doc := _DOCUMENT_READS.match(c.tail)) and not _owned_by_pronoun(doc.group("who")) \
            and _author_named_in(doc.group("who")):
        # '"…," a BBC statement read.': the document's words, its author's (nobody, when the text names none);
        # "the letter read" names no author, and the rules main used read the narration for it
        who = c.resolve(doc.group("who"), c.raw.close_at + 1 + doc.start("who"))
        if who and not _author_fits(doc.group("who"), who):
            who = None  # "a Hollin Hospital statement read" is never some other body's the text named before
        return Candidate(who, "tail", "tail_name_first") if who else Candidate(None, "tail-unknown", "tail_name_first")
    if described := BARE_PLURAL_TAIL.match(c.tail) or _KIN_TAIL.match(c.tail):
        # '"…," her brother said.', '"…," analysts said.': someone the text names by a relation only, or several
        # people it leaves unnamed, never the person last quoted (whose brother it is); the words stay findable by
        # the description
        c.last_mention = described.group("who")
        return Candidate(None, "tail-unknown", "tail_name_first")
    m = TAIL_NAME_FIRST.match(c.tail)
    if m is not None and _INVERTED_AFTER.match(c.tail, m.end("who")) \
            and not ("," in m.group("who") and c.text[c.raw.close_at - 1 : c.raw.close_at] in (".", "!", "?")):
        # (not '"… is ironic." But the chairman of X, Sir Andrew Green, said the House of Lords decision was …': the
        # words closed their sentence, and the next one's subject, set off by its appositive, reports its own view)
        at = m.end("who") + 1
        return _tail(c, TAIL_VERB_FIRST.match(c.tail[at:]), "tail_verb_first", at)
    if m is None or not _name_first_tail_is_ours(m, c.tail, c.text, c.raw, c.tail_end < c.p_end):
        return None
    if _NEW_CLAUSE_SUBJECT.search(m.group("who")) and c.tail_end < c.p_end \
            and not _SENTENCE_BREAK.search(c.tail, m.end()):
        # '"leading from behind" and Donald Trump says he's "…"': a conjunction opens a clause of its own, whose
        # reporting verb introduces the quotation after it, not this one
        return None
    if _SUBORDINATE_SUBJECT.match(m.group("who")):
        # '"kind of riding the fence" until Haley said she was backing him': a subordinate clause after the
        # quotation reports something else; its subject is not who said the quoted words, and no one else here is
        return Candidate(None, "tail-unknown", "tail_name_first")
    if pair := _DESCRIBED_PAIR.match(m.group("who")):
        # '"…," the firm and its founder, Celia Marchetti, said in a joint statement': two speak as one
        return Candidate(None, "tail-unknown", "tail_name_first", joint=pair.group(0).strip(" ,"))
    if described := object_person_description(c, m.group("who")):
        c.last_mention = described  # '"…," the widow of John Morrow said': the widow speaks, unnamed here
        head = head_named_elsewhere(c, described)
        return Candidate(head, "tail", "tail_name_first") if head else Candidate(None, "tail-unknown", "tail_name_first")
    if _DESCRIPTION_OPENS.match(m.group("who").strip()) and "," not in m.group("who") and _OBJECT_NAME.search(
            m.group("who")):
        # '"…," one of the former prosecutors for David Petraeus said': the object of a preposition never speaks
        return Candidate(None, "tail-unknown", "tail_name_first")
    return _tail(c, m, "tail_name_first")


# a coordinating conjunction right before the name a name-first clause ends on: a new clause's subject
# ("…, while the Tories say the plan would mean "…"": a body's name may keep its article)
# (after a lower-case word or a comma, not between two names: "Dovere and Gabriel Debenedetti wrote" is two people)
_NEW_CLAUSE_SUBJECT = lazy(
    rf"(?:^[ \t]*|\b[a-z][\w\-]*,?[ \t]+|,[ \t]+)(?:and|but|while|whereas)[ \t]+(?:the[ \t]+)?{CAP_SEQ.pattern}$"
    # "and the production's director, Edgar Lyle": the new subject set off by its description first
    rf"|^[ \t]*(?:and|but|while|whereas)[ \t]+(?:the|a|an|[A-Z][\w\-]*['’]s?)[ \t][^,\"“”]{{1,80}},[ \t]+{CAP_SEQ.pattern}$"
)
# a subordinating conjunction opening the name-first clause right after the quotation ("until Haley said"); not "as"
# ('"…," as Smith said' credits the words to Smith)
_SUBORDINATE_SUBJECT = lazy(rf"[ \t]*(?:until|after|before|because|since|unless|although|though|once|if)[ \t]+"
                            rf"{CAP_SEQ.pattern}$")
_DESCRIPTION_OPENS = lazy(r"(?:[a-z]|(?:The|A|An|One|Another)\b)")  # "one of the former prosecutors for …"
# a common noun and a preposition right before the name it ends on ("prosecutors for David Petraeus"): an object
# (not "Joel Pollak of Breitbart", a name's own; not "a spokesman for X", who speaks for X)
_OBJECT_NAME = lazy(rf"(?:^|[ \t])(?!spokes)[a-z]+[ \t]+(?:for|of|to|with|against|about|from|by|on|into)[ \t]+"
                    rf"{CAP_SEQ.pattern}$")


# words that open a phrase of its own after a name ("on Tuesday", "in part", "at the meeting", "last week")
_AFTER_NAME_PHRASE = frozenset(
    "on in at for to from by after during over since until against about into under last this yesterday today "
    "tonight earlier later again too".split()
)


def _with_subject_adjacent(who: str) -> bool:
    """Whether the words between "with" and its participle end on the participle's subject: 'sided with opposition
    leader Peter Hallam on Tuesday saying "…"' / 'agreed with union chief Roger Tilney in part saying': a phrase
    opened after the name ("on Tuesday", "in part") closes "with X" as the main verb's object, and the participle
    goes back to the main subject; 'with Rovers boss X saying', words modifying the name, keeps X its subject."""
    words = who.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), None)
    return first is None or not any(w.lower() in _AFTER_NAME_PHRASE for w in words[first + 1:])


# ", who promised": a relative clause whose own verb reports speech
_RELATIVE_SPEECH = lazy(rf",[ \t]+(?:who|which)[ \t]+(?:(?:also|had|has|have|later|then)[ \t]+)?(?:{VERB})\b")


# ", which Mayor Dana Whitlock", ", whom the court": a relative pronoun followed by a subject of its own is an object
_OBJECT_RELATIVE = lazy(r",[ \t]+(?:which|whom)[ \t]+(?:[A-Z][\w'’\-]|(?:the|a|an)[ \t]+[a-z])")


def _antecedent_of_object_relative(mention: str, who: str) -> bool:
    """Whether ``who`` was read off the words before ", which <subject>" in ``mention`` (the verb's object), not
    off the subject after it ("the Harrow Arms, which Mayor Dana Whitlock declared": Harrow Arms is no speaker;
    "an accent, which Variety called": Variety, after the pronoun, is)."""
    rel = _OBJECT_RELATIVE.search(mention)
    if rel is None or not who:
        return False
    last = who.split()[-1]
    return re.search(rf"\b{re.escape(last)}\b", mention[rel.end() - 1:]) is None \
        and re.search(rf"\b{re.escape(last)}\b", mention[: rel.start()]) is not None


# ("Asked about the result, the Briton said": a fronted participle's phrase likewise)
_OBJECT_THEN_SUBJECT = lazy(rf"(?:by|to|with|from|against|over|about|for|on|at|{FRONTED_OPENER})[ \t]"
                            r"[^,]*,[ \t]+(?P<d>(?:the|a|an)[ \t][^,]+)$")
_OF_JUST_BEFORE = lazy(r"[A-Za-z][ \t]+(?:of|from)[ \t]+$")  # "Lord Nicholls of Birkenhead said": the place is his


def _described_inside_report(c: Context, verbs: Sequence[re.Match[str]], m: re.Match[str]) -> Candidate | None:
    """'Tom Reid said the boss had told staff: "…"': the governing verb's subject is a description inside what the
    verb before reports; whoever it is, it is not the reporter (the person the description would otherwise resolve
    to), so nobody is named unless the description names someone else."""
    if len(verbs) < 2 or m is not verbs[-1] or not _DESCRIBED.fullmatch(m.group("who").strip()):
        return None
    before = verbs[-2]
    if _WORD.search(c.lead, before.end(), m.start("who")) and not _THAT_ONLY.fullmatch(c.lead, before.end(), m.start("who")):
        return None
    reporter = c.resolve(before.group("who"), c.s_start + before.start("who"))
    described = c.resolve(m.group("who"), c.s_start + m.start("who"))
    if reporter and described == reporter:
        return Candidate(None, "lead-unknown", "lead_verb")
    return None


_THAT_ONLY = lazy(r"[ \t]+(?:that[ \t]+)?")


def lead_verb(c: Context) -> Candidate | None:
    """'Brown said: "…"' / 'Mr Straw told the Commons that "…"': the reporting clause before the mark."""
    lead = c.lead
    if (fronted := _fronted_verb(c)) is not None:
        return fronted  # 'Said Mr Tyle: "…"': the cue right before the mark, whatever verbs come before it
    verbs = [v for v in lead_verbs(lead)
             if not (v.group("verb") in _INFINITIVE_VERBS and _TO_INFINITIVE.match(lead, v.end()))
             and not _POSSESSIVE_END.search(v.group("who"))]  # "Ginsburg's comments": a noun, not "X comments"
    if not verbs:
        return None
    m = _governing_verb(verbs, lead)
    if (inner := _described_inside_report(c, verbs, m)) is not None:
        return inner
    later = [w for w in _WITH_PARTICIPLE.finditer(lead, m.end()) if _with_subject_adjacent(w.group("who"))]
    if later:
        # 'Berlin welcomed the decision, with finance minister Hans Eichel saying it was "…"': the participle after
        # "with" has a subject of its own, nearer the words than the main verb's, and it is theirs
        who = c.resolve(later[-1].group("who"), c.s_start + later[-1].start("who"))
        return Candidate(who, "lead", "lead_participle") if who else Candidate(None, "lead-unknown", "lead_participle")
    if _RELATIVE_SPEECH.search(lead, m.end()):
        # 'Makarov claims he was betrayed by the authorities, who promised he would live like an "…"': the words
        # belong to the relative clause's antecedent, whom no rule could name here, not to the main subject
        return Candidate(None, "lead-unknown", "lead_verb")
    claim = _DENIED_CLAIM.match(lead, m.end()) if m.group("verb") in _DENIALS else None
    if (claim := claim or _CLAIM_THAT.search(lead, m.end())) and len(_FINITE.findall(claim.group("clause"))) < 2:
        # 'Michael Howard has dismissed claims that his policy was "moving onto the turf" of the BNP': the words are
        # the claim's, made by someone the clause does not name, never the words of the one who dismisses it
        return Candidate(None, "lead-unknown", "lead_verb")
    if teller := _reported_teller(c, m):
        return teller
    if inner := _INNER_CLAIM.match(lead, m.end()):
        # 'Mr Hale said the man, who later disappeared, claimed he was "…"': the words are the described claimant's,
        # reported inside the named speaker's own report, never the reporter's
        who = c.resolve(inner.group("who"), c.s_start + inner.start("who"))
        return Candidate(who, "lead", "lead_verb") if who else Candidate(None, "lead-unknown", "lead_verb")
    if passive := _PASSIVE_TELLER.match(lead, m.end()):
        # 'Tom Hale said his son had been told by a coach: "…"': the words are the one who told them, named or not,
        # never the one who reports being told
        who = c.resolve(passive.group("who"), c.s_start + passive.start("who"))
        return Candidate(who, "lead", "lead_verb") if who else Candidate(None, "lead-unknown", "lead_verb")
    if new := _NEW_SUBJECT_CLAUSE.search(lead, m.end()):
        # 'Cruz said he'd make sand "glow in the dark," and Trump vowed to "bomb the hell" out of them': a clause of
        # its own with a named subject stands between the reporting verb and the quotation, which it holds; its
        # verb reports no speech this reader knows, so nobody is named, unless it expresses the subject's own
        # wish or view ("and the growers' lawyer, Tomas Reyl, expressed a desire to "…""): then the words are theirs
        if _EXPRESSES.match(lead, new.end()):
            who = c.resolve(new.group("who"), c.s_start + new.start("who"))
            if who and c.res.ents.is_person(who):
                return Candidate(who, "lead", "lead_verb")
        return Candidate(None, "lead-unknown", "lead_verb")
    if _in_fronted_clause(lead, m):
        # "After Brown criticised Clinton, Hillary shot back: '…'": the main clause's subject introduces the words
        return Candidate(None, "lead-unknown", "lead_verb")
    if _passive(m) and not _COORDINATED.search(lead, m.end()):
        # "X was asked about it and replied:": the coordinated speech verb is the subject's own
        return _passive_speaker(c, m)
    if both := _joint(c, lead[: m.end("who")], "lead-unknown", "lead_verb"):
        return both  # "students Ryan Crabbe and Gordon Rennie, who observed"
    if pair := _DESCRIBED_PAIR.match(m.group("who")):
        # "The couple and their solicitor, Howard Pemberton, said": the two speak as one, the name only the second's
        return Candidate(None, "lead-unknown", "lead_verb", joint=pair.group(0).strip(" ,"))
    if _joined_partner(lead, m.end("who"), m.start("verb"), after_verb=False):
        # "Gareth Poole, 30, and his wife Nina, 28, said": two speak as one, neither alone
        return Candidate(None, "lead-unknown", "lead_verb", joint=lead[m.start("who") : m.start("verb")].strip(" ,"))
    if obj := _OBJECT_THEN_SUBJECT.match(m.group("who")):
        # "Reacting to a comment by club chairman Tim Hale, the American said": the name ends a fronted phrase as a
        # preposition's object; the description after the comma is the verb's subject
        who = c.resolve(obj.group("d"), c.s_start + m.start("who") + obj.start("d"))
        return Candidate(who, "lead", "lead_verb") if who else Candidate(None, "lead-unknown", "lead_verb")
    later = _subject_before_verb(lead, m)
    if later is not None:
        # "in Berea, OH, after winning Ohio, Gov. John Kasich (R-OH), said": the last comma-set piece before the
        # verb is a name, the verb's subject; what the pattern read as an appositive ran past it
        who = c.resolve(later.group("who"), c.s_start + later.start("who"))
        if who and c.res.ents.is_person(who):
            return Candidate(who, "lead-core" if m.group("verb") in _CORE else "lead", "lead_verb")
    if described := object_person_description(c, m.group("who")):
        c.last_mention = described  # "Last month the lawyer for Tom Hale said": the lawyer, unnamed here
        head = head_named_elsewhere(c, described)
        return Candidate(head, "lead", "lead_verb") if head else Candidate(None, "lead-unknown", "lead_verb")
    if (cut := _DESCRIPTION_CUT.search(lead, 0, m.start("who"))) and (
            _relation_of_person(c, lead[cut.start("d") : m.end("who")])
            or _spokesman_for_person(c, lead[cut.start("d") : m.end("who")])):
        # "The sister of Dylan Pratt, 30, who died in the flood, said": the appositive after the name cut the
        # subject phrase at the name, but the description before it is who speaks, unnamed here
        c.last_mention = lead[cut.start("d") : m.end("who")]
        return Candidate(None, "lead-unknown", "lead_verb")
    if _relation_of_person(c, m.group("who")) or _spokesman_for_person(c, m.group("who")):
        # "A friend of Vale said", "The daughter of councillor Maria Holt told", "A spokesman for Harold Fenn said":
        # the subject is someone the person after "of" is known by, unnamed here, not that person
        return Candidate(None, "lead-unknown", "lead_verb")
    if (named_as := _ARTICLE_NAME_APPOSITIVE.match(lead, m.end("who"), m.start("verb"))) \
            and LEADING_ARTICLE.match(m.group("who")):
        # "The national data regulator, the Information Oversight Office, said it was "…"": the name set beside the
        # description, article and all, is who it is, never the last body the text named
        who = c.resolve(named_as.group("name"), c.s_start + named_as.start("name"))
        return Candidate(who, "lead", "lead_verb") if who else Candidate(None, "lead-unknown", "lead_verb")
    subject = m.group("who")
    if aside := _PARTICIPLE_ASIDE.search(subject):
        # "Martin Oyelaran, speaking on Kestrel Television's Breakfast Live, said", "Damp Homes Action, founded by
        # Kirsty Venn, said": a participle's phrase set off after the subject names where or by whom, never who speaks
        subject = subject[: aside.start()]
    r = c.resolved(subject, c.s_start + m.start("who"))
    who = r.name
    if not who and r.role_of_another:
        return Candidate(None, "lead-unknown", "lead_verb")  # "The mayor said:" after "Vera Lund wrote to the mayor"
    if who and _antecedent_of_object_relative(m.group("who"), who):
        # "in front of the Harrow Arms, which Mayor Dana Whitlock on Friday declared …": the relative pronoun is the
        # verb's object and a subject of its own follows it; the antecedent the reading fell on never speaks
        return Candidate(None, "lead-unknown", "lead_verb")
    owner = c.res.person_of(lead[: m.start("who")]) \
        if LEADING_ARTICLE.match(m.group("who")) or _OF_JUST_BEFORE.search(lead, 0, m.start("who")) else None
    if owner:
        who = owner  # "As Gavin Cox of the buildyourown.org.uk website put it:": the person, not the website
    elif who and (described := c.res.person_described(lead, m.start("who"), m.end("who"))):
        who = described
    elif who and _object_of_preposition(lead, m) and not _RELATIVE_AFTER.match(lead, m.end("who"), m.start("verb")):
        # "Marty West, a professor who worked for Sen. Lamar Alexander, one of the bill's architects, called it":
        # the object of a preposition never governs the verb; the name the sentence opens with does, if any
        opening = _OPENING_NAME.match(lead)
        who = c.resolve(opening.group("who"), c.s_start + opening.start("who")) if opening else None
        if not who:
            return Candidate(None, "lead-unknown", "lead_verb")
    if not who and _PRONOUN_OR_INDEFINITE.match(m.group("who").strip()) and (
            lead[m.end():].strip(" ,:") == "" or _AUDIENCE_THEN_COLON.fullmatch(lead, m.end())):
        # "An official said: …", "He told Ms Sturgeon: …": not the previous speaker, nor the one addressed
        return Candidate(None, "lead-unknown", "lead_verb")
    if not who and _THE_NAMED_KIND.fullmatch(m.group("who").strip()):
        return Candidate(None, "lead-unknown", "lead_verb")  # "The hospital said:", no hospital named: nobody here
    if not who and GROUP_RX.match(m.group("who").strip()):
        return Candidate(None, "lead-unknown", "lead_verb")  # "the officials said": several people, none named
    if not who and m.group("who").strip() == "It":
        # "The Employers Forum disagreed with the Guild. It said the deal …": an "It" the resolver could not give a
        # body it is sure of says someone spoke, so the run of the body quoted before stops here, unnamed
        return Candidate(None, "lead-unknown", "lead_verb")
    if who and m is not verbs[0] and _TOLD_THIRD_PERSON.match(lead, m.start("verb")) \
            and not _PRONOUN_OR_INDEFINITE.match(m.group("who").strip()) \
            and c.resolve(verbs[0].group("who"), c.s_start + verbs[0].start("who")) == who:
        # 'Gary Wilde said the player had told him: "…"': whoever told him is not Wilde himself, so a description
        # of the teller that fell back on the sentence's subject names nobody
        return Candidate(None, "lead-unknown", "lead_verb")
    if who:
        named = m.group("verb") in _CORE and not _NOT_A_NAME.match(m.group("who").strip())
        return Candidate(who, "lead-core" if named else "lead", "lead_verb")
    if m is not verbs[0] and _DESCRIBED_SUBJECT.match(m.group("who").strip()):
        # 'Sam Pike said a neighbour claimed he was "…"': a described someone's claim inside another's report is
        # theirs, unnamed here, never the reporter's run
        return Candidate(None, "lead-unknown", "lead_verb")
    return None


_DESCRIBED_SUBJECT = lazy(r"(?:a|an|the|one|another)[ \t]+[a-z]")


# a telling whose hearer is a third person ("told him", "had warned her"): the teller is never that hearer
_TELLING_VERBS = r"(?:told|tells|assured|assures|warned|warns|informed|informs|promised|reminded)"
_TOLD_THIRD_PERSON = lazy(rf"{_TELLING_VERBS}[ \t]+(?:him|her)\b")


# ", the Information Oversight Office," between a description and its verb: the body's own name, with its article
_ARTICLE_NAME_APPOSITIVE = lazy(r",[ \t]+the[ \t]+(?P<name>(?:[A-Z][\w'’&\-]*[ \t]+){0,5}[A-Z][\w'’&\-]+),[ \t]*$")


# after the governing verb, a reported clause whose subject told the speaker the words: "… said a patient had told
# him:" (the quotation right after the object pronoun, a colon or comma between)
# someone described, not named, as the subject of a reported clause: "a patient", "the man" (a description holds no
# verb or conjunction: "the Treasury had let farmers down and" is none)
_REPORTED_DESCRIPTION = (r"(?:the|a|an|one|another|his|her|their)[ \t]+"
                         r"(?:(?!(?:had|has|have|was|were|is|are|and|but|would|will)\b)[\w\-'’]+[ \t]+){0,7}?[\w\-'’]+")
_REPORTED_TELLER = lazy(rf"[ \t]+(?:that[ \t]+)?(?P<who>{MENTION_RX.pattern}|{_REPORTED_DESCRIPTION})"
                        # "the show's composer, Felix Dorne, had …": the name set beside the teller's description
                        r"(?:,[ \t]+(?P<named>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){1,3}),)?[ \t]+"
                        # "… had taken the news badly and had told him:": the telling, coordinated with another verb
                        # (only with a "had" of its own: in "X said the Treasury had let farmers down and told us:" the
                        # telling is X's, coordinated with "said")
                        # ("Beckwith had rung him the day after and told him:": a telling coordinated with the clause's
                        # own verb, its hearer a third person, so never the reporter's own telling)
                        r"(?:[^:;\"“”]{1,80}?[ \t]+and[ \t]+(?:had|has|have)[ \t]+"
                        r"|(?:had|has|have)[ \t]+(?:(?!\bthat\b)[^:;,\"“”]){1,80}?[ \t]+and[ \t]+(?=(?:told|assured|warned|informed)[ \t]+(?:him|her)\b)"
                        r"|(?:(?:had|has|have)[ \t]+)?)"
                        r"(?:(?:told|tells|assured|assures|warned|warns|informed|informs)[ \t]+(?:him|her|them|me|us)"
                        # "one of the raiders had shouted at his assistant:"
                        r"|(?:shouted|yelled|screamed)(?:[ \t]+at[ \t]+[^:,\"“”]{1,30}?)?)"
                        # "had told her on the first day:", "told him last week:"
                        r"(?:[ \t]+(?:on|in|at|during|last|this|earlier|later)\b[^:,\"“”]{0,30})?[ \t]*[:,]?[ \t]*$")


# after the governing verb, someone recalled telling a third person the words, or a saying of theirs: "Finch recalls how
# his sergeant, Harry Doyle, turned to him and told him:", "He recalled how before every game Ted would tell the
# team:", "He said his own father had once told him:", "Mr Lamb said the late Rev Gosling had a saying:" (a hearer
# in the first person is the reporter's own audience: "said the Treasury had let farmers down and told us:" is his)
_RECALLED_TELLER = lazy(
    rf"[ \t]+(?:(?P<how>how|when)[ \t]+|that[ \t]+)?(?:(?:before|after|during|at|in|on)[ \t]+[^,:;\"“”]{{1,30}}?[ \t]+)??"
    rf"(?P<who>{MENTION_RX.pattern}|{_REPORTED_DESCRIPTION})"
    r"(?:,[ \t]+(?P<named>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){1,3}),)?"
    r"(?:[ \t]+(?:had|has|would|used[ \t]+to)(?:[ \t]+(?:once|always|often|also|then|later|repeatedly))?[ \t]+"
    r"(?:told|tell|warned|warn|advised|advise)[ \t]+(?:him|her|them|the[ \t]+(?:team|players|squad|side|class|crew|men))"
    # (a telling coordinated with the recalled one's own act only in a "how" or "when" clause: in "Tom Hale said Brown
    # was wrong and told them:" the telling is Hale's)
    # (and not after a passive of the one recalled, "was shot beside him … and told them": the telling is the recaller's)
    r"|(?(how)(?![^:;\"“”]*?\b(?:was|were|been)[ \t])[ \t]+[^:;\"“”]{1,80}?[ \t]+and[ \t]+(?:told|warned|advised)[ \t]+(?:him|her)"
    r"|(?!))"
    r"|[ \t]+(?:had|has)[ \t]+a[ \t]+(?:favourite[ \t]+|famous[ \t]+)?(?:saying|motto|mantra|catchphrase))"
    r"(?:[ \t]+(?:on|in|at|during|last|this|earlier|later)\b[^:,\"“”]{0,30})?[ \t]*:[ \t]*$")


# after the governing verb, a reported clause in which someone was told the words by another: "… said her daughter
# had been told by a teacher:" (the quotation right after the teller, a colon or comma between)
_PASSIVE_TELLER = lazy(r"[ \t]+(?:that[ \t]+)?[^:;\"“”]{1,80}?[ \t](?:had|has|have|was|were|is|are)[ \t]+(?:been[ \t]+)?"
                       r"(?:told|warned|informed|assured|reminded)[ \t]+by[ \t]+(?P<who>(?:(?!\bthat\b)[^:;,\"“”]){2,60}?)[ \t]*:[ \t]*$")
_TELLER_PLACE = lazy(r"[ \t]+(?:in|at|from|of|on|near|outside)[ \t]")
_DETERMINERS = frozenset("the a an one another his her their".split())


# after the governing verb, a described someone whose own claim holds the words: "… said the man, who later
# disappeared, claimed he was "…"" (the description holds no verb or conjunction; its relative aside may)
_INNER_CLAIM = lazy(rf"[ \t]+(?:that[ \t]+)?(?P<who>{_REPORTED_DESCRIPTION})"
                    r"(?:,[ \t]+(?:who|which)[ \t]+[^,:;\"“”]{1,60},)?[ \t]+(?:had[ \t]+|has[ \t]+|also[ \t]+)?"
                    r"(?:claimed|claims|insisted|insists|declared|boasted|shouted|maintained|protested)[ \t]+"
                    r"(?:(?:that[ \t]+)?(?:he|she|they|it|this)(?:[ \t]|['’])|to[ \t])[^:;\"“”]{0,60}$")


# a short noun phrase with no clause or phrase of its own ("the boss", "his wife", "the defendant's mother")
_SHORT_DESCRIPTION = (r"(?:the|a|an|one|another|his|her|their|its)(?:[ \t]+(?!(?:for|and|or|but|of|to|with|in|on|at|by"
                      r"|from|had|has|have|was|were|is|are)\b)[\w\-'’]+){1,4}")
_DESCRIBED = lazy(_SHORT_DESCRIPTION)
# after the governing verb, someone else whose own saying or writing opens the words, right before the colon:
# "Prosecutor James Orr said Marsden had written:", "Tom Reid said his wife said:", "… said the boss had told staff:",
# "… said one message read:" (the reporter only relays them)
_REPORTED_SAYER = lazy(rf"[ \t]+(?:that[ \t]+)?(?P<who>{MENTION_RX.pattern}|{_SHORT_DESCRIPTION})"
                       r"(?:,[ \t]+(?P<named>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){1,3}),)?[ \t]+"
                       r"(?:(?:had|has|once|then|later|also)[ \t]+)*"
                       r"(?:said|says|wrote|writes|written|asked|replied|read|reads|stated|texted|emailed|posted"
                       r"|told[ \t]+(?:staff|police|officers|workers|reporters|friends|colleagues|the[ \t]+[a-z]+))"
                       r"[ \t]*:[ \t]*$")


def _reported_teller(c: Context, m: re.Match[str]) -> Candidate | None:
    """The teller of words reported inside someone's speech: 'Mark Devlin said a patient had told him: "…"' quotes
    the patient, whom the reported clause makes the subject of "told", not Devlin, who only reports them (nobody
    named when the teller is a description). ``None`` when no such clause ends the lead."""
    t = _REPORTED_TELLER.match(c.lead, m.end()) or _RECALLED_TELLER.match(c.lead, m.end()) \
        or (_REPORTED_SAYER.match(c.lead, m.end()) if m.group("verb") in _CORE else None)
    if t is None:
        return None
    at = "named" if t.group("named") else "who"
    said = t.group(at)
    if at == "who" and (cut := _TELLER_PLACE.search(said)) and said.split()[0].lower() in _DETERMINERS:
        # "a polling station official in the town of Orlin": the place the description names is not the teller
        said = said[: cut.start()]
    who = c.resolve(said, c.s_start + t.start(at))
    return Candidate(who, "lead", "lead_verb") if who else Candidate(None, "lead-unknown", "lead_verb")


# "a spokesman for Harold Fenn": a spokesperson, opened by an article, and whom they speak for, the phrase ending
# right on that name (not a title: "Liberal Democrat spokeswoman for women Sandra Gidley"; not a body: "a spokesman
# for the Business Software Alliance")
_SPOKESMAN_FOR = lazy(rf"(?:^|(?<=[ \t]))(?:a|an|the|A|An|The)[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}?"
                      rf"spokes(?:man|woman|person)[ \t]+for[ \t]+(?P<name>{CAP_SEQ.pattern})$")


def _spokesman_for_person(c: Context, mention: str) -> bool:
    """Whether a subject phrase is a spokesperson for a person ('a spokesman for Harold Fenn'): the spokesman
    speaks, unnamed, and the words are not the person's own (a spokesman for a body speaks as the body)."""
    m = _SPOKESMAN_FOR.search(mention.strip(" ,"))
    if m is None:
        return False
    p = parse_name(m.group("name"))
    return bool(p.name and p.kind != "organisation" and p.name not in c.res.ents.orgs
                and (p.kind == "person" or c.res.ents.is_person(p.name)) and _marked_person(c.res.masked, p.name))


# roles that mark a name as a person's when they stand before it or head its appositive ("Opposition leader
# Harold Fenn", "Harold Fenn, the party leader"); not the ones a firm named after its founder is also given
_PERSON_ROLES = ROLE_WORDS - {"partner", "owner", "founder", "head", "chair", "host", "star", "speaker"}
_HONORIFIC_BEFORE = lazy(r"(?<![\w'’\-])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Prof|Professor|Rev|Sen|Rep|Gov|"
                         r"Baroness|Baron|Cllr)\.?[ \t]+(?:[A-Z][\w'’\-]*[ \t]+){0,2}$")
_ROLE_APPOSITIVE = lazy(r",[ \t]+(?:the|a|an|his|her|its|their)[ \t]+([^,.;:!?\n]*)")


def _marked_person(text: str, name: str) -> bool:
    """Whether the text marks ``name`` as a person's: a title or role before it ("Mr Fenn", "Opposition leader
    Harold Fenn"), an age after it ("Harold Fenn, 61"), or a role appositive ("Harold Fenn, the party leader").

    Firms are named after people ("a spokesman for John Lewis", "Goldman Sachs"): a spokesman for a name the
    text never marks so speaks for the firm, as before.
    """
    surname = name.split()[-1]
    for hit in re.finditer(rf"(?<![\w'’\-]){re.escape(surname)}(?![\w'’\-])", text):
        if _HONORIFIC_BEFORE.search(text, max(0, hit.start() - 60), hit.start()):
            return True
    for hit in re.finditer(rf"(?<![\w'’\-]){re.escape(name)}(?![\w'’\-])", text):
        before = text[max(0, hit.start() - 40) : hit.start()].split()
        if before and before[-1].lower().strip(",") in _PERSON_ROLES:
            return True
        after = text[hit.end() : hit.end() + 100]
        if re.match(r",[ \t]+\d{1,3}\b", after):
            return True
        role = _ROLE_APPOSITIVE.match(after)
        if role and any(w.lower() in _PERSON_ROLES for w in role.group(1).split()[:4]):
            return True
    return False


# a description right before a name, up to its preposition ("The sister of ", "the landlord of "), where a
# subject phrase the pattern cut at the name (an appositive after it) really starts
_DESCRIPTION_CUT = lazy(r"(?:^|(?<=[ \t\n]))(?P<d>(?:the|a|an|one|another|The|A|An|One|Another)[ \t]+"
                        r"(?:[a-z][\w\-]*[ \t]+){0,3}?[a-z][\w\-]*[ \t]+(?:of|for|to|by|on|into)[ \t]+"
                        # ("The father of rugby player Owen Pryce": the person's own description before the name)
                        r"(?:(?:the|a|an)[ \t]+)?(?:[a-z][\w\-]*[ \t]+){0,2})$")


def _relation_of_person(c: Context, mention: str) -> bool:
    """Whether a subject phrase is a description ("A friend of", "One of the aides to") that ends on a person as
    the object of its preposition: 'A friend of Vale said' is the friend speaking; not 'a spokesman for X', who
    speaks for X, nor 'the chairman of Barclays', a body. A plural head opening the sentence counts as written in
    lower case ("Critics of Sen. Wade Harlan said": the critics speak)."""
    mention = mention.strip()
    first = mention.split()[0] if mention.split() else ""
    if first[:1].isupper() and first.lower().endswith("s") and _speaking_noun(first.lower()):
        mention = first.lower() + mention[len(first):]
    obj = _OBJECT_NAME.search(mention)
    kin = _HEAD_PREP_NAME.search(mention) if obj is None else None
    if kin is not None and kin.group("head") in RELATION_WORDS:
        # "The father of rugby player Owen Pryce has said": a relation, then the person's own description
        obj = kin
    if not (obj and _DESCRIPTION_OPENS.match(mention) and "," not in mention):
        return False
    name = CAP_SEQ.search(mention, obj.start("name") if obj is kin else obj.start() + 1)
    p = parse_name(name.group(0)) if name else None
    return bool(p and p.name and (p.kind == "person" or p.kind != "organisation" and c.res.ents.is_person(p.name)))



# a description's head noun (lower-case, not a spokesperson, who speaks for the body or person named), at most one
# word after it ("run", "close"), a preposition, and the name the phrase ends on, after an article and modifiers
# whose last word is a noun (a role such as "Olympic champion", "the singer"): "the father of Olympic champion Tom
# Hale", "lawyers for the singer Amy Lowe", "the charity run by Edith Crane"
_HEAD_PREP_NAME = lazy(
    rf"(?<![\w'’\-])(?P<head>(?!spokes|(?:the|a|an|one|another|his|her|its|their|our)\b)[a-z][\w\-]*)(?:[ \t]+[a-z]+)?[ \t]+(?:of|for|by|to)[ \t]+(?:(?:the|a|an)[ \t]+)?"
    rf"(?:(?:[\w'’\-]+[ \t]+){{0,2}}?(?P<noun>[a-z][\w\-]*)[ \t]+)?(?P<name>{CAP_SEQ.pattern})$"
)
# where the description starts, before its head noun: an article or a quantifier and at most three words
_DESCRIPTION_HEAD_START = lazy(r"(?:^|(?<=[ \t]))(?:the|a|an|one|another|The|A|An|One|Another)[ \t]+(?:[\w'’\-]+[ \t]+){0,3}$")


_SPEAKING_NOUNS = ROLE_WORDS | KIN_WORDS | GENERIC_ROLES | PLURAL_ROLES | ORG_NOUNS


def _speaking_noun(word: str) -> bool:
    """Whether a head noun names someone or a body that may speak (a role, kin, a body; or their plural), not a
    thing or an event ("a speech to …", "a view shared by …") that ends on whom it is about."""
    return word in _SPEAKING_NOUNS or word.endswith("s") and word[:-1] in _SPEAKING_NOUNS


def object_person_description(c: Context, subject: str) -> str | None:
    """The description a speaking subject phrase is, when its head is someone or something known by the person it
    ends on ('the father of Olympic champion Tom Hale', 'Last month the lawyer for Tom Hale', 'the charity run by
    Edith Crane'): the head speaks, unnamed here, not the object of the preposition; ``None`` otherwise.

    Only a person's name at the end counts (the body after "a spokesman for" or "the head of" is how news names
    who speaks), only where the description opens on an article, a quantifier or a lower-case word (no comma: "X,
    the father of Y" names its head), and not a document ("a statement by Tom Hale" is his)."""
    subject = subject.strip(" ,")
    m = _HEAD_PREP_NAME.search(subject)
    if m is None or "," in subject[: m.end()] or not _speaking_noun(m.group("head")):
        return None
    if m.group("noun") and m.group("noun") not in ROLE_WORDS:
        return None  # "the head of the union Bob Crow": a name set beside a body's noun is the head's own
    before = subject[: m.start("head")]
    opening = _DESCRIPTION_HEAD_START.search(before)
    if opening is None and before.strip() and not before[:1].islower():
        return None  # "Labour leader of …": capitals before the head make a title of a name
    if _office_object_before_name(m.group("name")):
        return None
    p = parse_name(m.group("name"))
    if not (p.name and (p.kind == "person" or p.kind != "organisation" and c.res.ents.is_person(p.name))):
        return None
    return subject[opening.start() if opening else 0 : m.end()]


def _office_object_before_name(name: str) -> bool:
    """Whether capitals that end on no title stand before the given name a run of capitals holds ('the minister for
    Health Jane Doe'): they finish the head's office, and the person after them holds it ('Prime Minister Tony
    Blair', ending on a title of the person's own, is not such)."""
    words = name.split()
    first = next((i for i, w in enumerate(words) if is_given_name(w)), 0)
    return first > 0 and words[first - 1].lower().strip(".") not in ROLE_WORDS | HONORIFIC_WORDS


def head_named_elsewhere(c: Context, description: str) -> str | None:
    """The one person the text names, set off by a comma, right before the same description ('Jim Hale, the father
    of Olympic champion Tom Hale, …'): the head of that description, named where it is written in apposition."""
    words = LEADING_ARTICLE.sub("", description)
    found = {parse_name(n.group("name")).name for n in re.finditer(
        rf"(?P<name>{CAP_SEQ.pattern}),[ \t]+(?:(?:the|a|an|The|A|An)[ \t]+)?{re.escape(words)}\b", c.text)}
    people = {c.res.ents.full_name(n) for n in found if n and c.res.ents.is_person(n)}
    return people.pop() if len(people) == 1 else None


# the last comma-set piece before a reporting verb, when it is a name (capitalised words, a party and state after
# it): ", Gov. John Kasich (R-OH), said"
_LAST_PIECE_NAME = lazy(
    r",[ \t]+(?P<who>(?:[A-Z][\w.'’\-]*[ \t]+){0,4}[A-Z][\w'’\-]+)(?:[ \t]*\([^()]{1,12}\))?,[ \t]*$"
)


# a participle's phrase closing a subject: ", speaking on BBC Radio 4", ", founded by Kirsty Venn", ", led by …"
_PARTICIPLE_ASIDE = lazy(r",[ \t]+(?:[a-z]+ing|founded|led|run|backed|owned|chaired|headed|created|formed|funded|"
                         r"supported|flanked|accompanied|set[ \t]+up)[ \t]+(?:on|by|in|to|at|from|with|for|alongside)"
                         r"\b[^,\"“”]*$")


def _subject_before_verb(lead: str, m: re.Match[str]) -> re.Match[str] | None:
    """The name that stands right before the verb's comma when the words between the pattern's subject and the verb
    hold more than one comma-set piece: the pattern took "OH" from "Berea, OH, after winning Ohio, Gov. John Kasich
    (R-OH), said" for the subject and the rest for an appositive, but an appositive describes its subject and does
    not end on another name; the name closest to the verb is who speaks ("Tom Hale, 66, said" and "Tom Hale, who
    chairs the panel, said" keep Tom Hale: their last piece is no name)."""
    between = lead[m.end("who") : m.start("verb")].rstrip()
    if between.count(",") < 3:
        return None
    # searched in ``lead`` itself (up to the verb's comma), so the match's offsets are the lead's
    return _LAST_PIECE_NAME.search(lead, m.end("who"), m.end("who") + len(between))


# a coordinated clause with a named subject and a past-tense verb of its own: ", and Trump vowed to", "; but Hale
# insisted on" (not a list of names or of modifiers: "Hale, Abe, and Park to", "Japanese, and South Korean officials")
_NEW_SUBJECT_CLAUSE = lazy(r"(?:,|;)[ \t]+(?:and|but|while|whereas)[ \t]+"
                           # the subject may be a description set off before its name ("the growers' lawyer, Tomas
                           # Reyl, expressed a desire to "…"")
                           r"(?:[^,;.!?\"“”\n]{0,80},[ \t]+)?"
                           r"(?P<who>(?:[A-Z][\w.'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]+),?"
                           r"[ \t]+(?!(?:said|told|added)\b)[a-z]+ed\b")
# "expressed a desire to", "expressed the hope that": the clause gives its subject's own wish, fear or view
_EXPRESSES = lazy(r"(?<=expressed)[ \t]+(?:a|an|the|his|her|their)[ \t]+(?:[a-z]+[ \t]+)?"
                  r"(?:desire|hope|wish|fear|belief|view|concern)\b")


# a clause that opens the sentence and is subordinate to the one after its comma ("After X criticised Y, …")
# ("As X puts it, …" is left out: that clause is a parenthetical that credits the main clause's words to X)
_SUBORDINATE = lazy(r"[ \t\n]*(?:After|When|While|Whilst|Although|Though|Before|Since|Because|If|Once|Until|"
                    r"Even[ \t]+(?:though|as|after|when))\b")
# the main clause after it: a subject and a lower-case word that is its verb ("Hillary shot back", "Rubio fired")
_MAIN_CLAUSE = lazy(rf"[ \t]+(?:{MENTION_RX.pattern})[ \t]+(?!(?:and|or|of|in|at|for|who|which|whose|said|says|told)\b)"
                    r"[a-z]")


_AND_SPEECH = lazy(rf"\b(?:and|but)[ \t]+(?:(?:then|later|also)[ \t]+)?(?:{VERB})\b")  # "… and said that …"


_BLANKS = lazy(r"[ \t]*")


def _fronted_clause_end(lead: str) -> int:
    """Where a subordinate clause opening the sentence ends (its first comma), followed by a main clause with a
    subject of its own; -1 when the sentence opens on no such clause."""
    opening = _SUBORDINATE.match(lead)
    if not opening:
        return -1
    comma = lead.find(",", opening.end())
    return comma if comma != -1 and _MAIN_CLAUSE.match(lead, comma + 1) else -1


def _person_opens_main_clause(c: Context, comma: int) -> bool:
    """Whether the main clause after a fronted clause's comma opens on a person's name ("When Carson died,
    President Bush led the tributes")."""
    subject = MENTION_RX.match(c.lead, _BLANKS.match(c.lead, comma + 1).end())
    who = c.resolve(subject.group(0), c.s_start + subject.start()) if subject else None
    return bool(who) and c.res.ents.is_person(who)


def _in_fronted_clause(lead: str, m: re.Match[str]) -> bool:
    """'After Jerry Brown criticised Bill Clinton during a debate, Hillary shot back, "…"': the speech verb sits in
    a subordinate clause that opens the sentence, and the main clause after its comma has a subject of its own.
    The quotation hangs on the main clause, so the subordinate clause's subject is not who speaks; the main
    clause's verb is no reporting verb this reader knows, so nobody is named."""
    comma = _fronted_clause_end(lead)  # the fronted clause ends at its first comma, and holds the verb
    return comma >= m.end() and not _AND_SPEECH.search(lead, comma)


# "was asked", "had been told", "is being urged": a passive of the speech verb
_PASSIVE_AUX = lazy(r"(?:^|[ \t])(?:is|was|were|are|been|being)(?:[ \t]+(?:also|later|then|again|repeatedly|often|"
                    r"publicly|privately|once|previously|recently))*[ \t]*$")
# the agent of a passive, right after its verb: "was asked by host Bill Maher"
_AGENT = lazy(r"[ \t]+by[ \t]+(?P<who>[^,:;\"“”]{1,80}?)(?=[ \t]*(?:[,:;]|$)|[ \t]+(?:whether|if|about|to|why|what|"
              r"how|when|for|on|in|at|during|after)\b)")


# a claim someone else made, reported as a noun with its "that" clause, holding the quotation ("dismissed claims that
# his policy was "…""): no other quotation mark and no full stop between
# (a noun, never the verb: "went on to claim that "…"" is the coach's own claim; so the object of the reporting verb
# when that verb denies, "dismissed claims that", or after a determiner, "said the claims that … were")
_CLAIM_NOUN = (r"(?:claims?|suggestions?|accusations?|allegations?|charges?|rumou?rs?|speculation|reports?|"
               r"criticism|complaints?|insinuations?)[ \t]+that\b(?P<clause>[^\"“”.!?;]*)$")
_CLAIM_THAT = lazy(rf"\b(?:the|these|those|such|any)[ \t]+(?:[a-z]+[ \t]+)?{_CLAIM_NOUN}")
_DENIED_CLAIM = lazy(rf"[ \t]+(?:(?:aside|down|off)[ \t]+)?(?:the[ \t]+)?(?:[a-z]+[ \t]+)?{_CLAIM_NOUN}")
# (the reporting verbs of the lexicon that deny: only its forms can be the clause's verb)
_DENIALS = frozenset(inflections("dismiss", "deny", "reject", "laugh", "counter"))
# a finite verb: a second one in the claim's clause is the main clause's own ("said reports that the party was split
# were "…"": the words are the reporter's again)
_FINITE = lazy(rf"\b(?:{AUXILIARY})\b")
# between a passive verb and the opening mark: nothing but "as" and an article ("was described as the …")
_NAMING_GAP = lazy(r"(?:[ \t]+(?:as|the|a|an))*[ \t]*")
# right after the closing mark: "by" and the agent, to the clause's end
_TAIL_AGENT = lazy(r"[ \t]+by[ \t]+(?P<who>[^,:;.!?\"“”]{1,80}?)(?=[ \t]*(?:[,:;.!?]|$))")


def _passive(m: re.Match[str]) -> bool:
    """'Trump was asked', 'Mr Hale had been told': the verb is passive, so its subject is whom the words were
    said to (or about), never who said them."""
    return bool(_PASSIVE_AUX.search(m.group(0), 0, m.start("verb") - m.start()))


def _passive_speaker(c: Context, m: re.Match[str]) -> Candidate | None:
    """The speaker of a passive reporting clause: its agent ("Rubio was asked by moderator Gerard Baker: '…'"),
    else nobody the clause names ("Trump was asked: '…?'": the question is an unnamed interviewer's).

    """
    agent = _AGENT.match(c.lead, m.end())
    who = c.resolve(agent.group("who"), c.s_start + agent.start("who")) if agent else None
    if agent is None and _NAMING_GAP.fullmatch(c.lead, m.end()) and (after := _TAIL_AGENT.match(c.tail)):
        # 'he was called the "fifth child of the group" by the film's director Marc Forster': the agent after the
        # words a passive verb of naming quotes
        who = c.resolve(after.group("who"), c.raw.close_at + 1 + after.start("who"))
    if who and not _names_the_patient(m.group("who"), who):
        return Candidate(who, "lead", "lead_verb")
    # (an agent read as the passive's own subject: "Per Lund was criticised by the mayor", where the text gives
    # the mayor no name and the description fell back on the person the sentence is about)
    return Candidate(None, "lead-unknown", "lead_verb")


def _names_the_patient(subject: str, who: str) -> bool:
    """Whether ``who``, read for a passive's agent, is the passive's own subject (``subject``, the words before
    "was …ed by"): a clause's agent and the one it acts on are two people, so that reading is wrong. A surname two
    people of one family share is not enough: the subject's own given name, when it has one and it is not the
    agent's, makes them two ("Ida Lund was told by her father Per Lund": review of wave 21)."""
    words = who.split()
    last = words[-1]
    m = re.search(rf"(?<![\w'’\-]){re.escape(last)}(?![\w'’\-])", subject)
    if not last[:1].isupper() or m is None:
        return False
    before = subject[: m.start()].split()
    given = before[-1] if before else ""
    return not (len(words) >= 2 and given != words[-2] and given not in ("The", "A", "An") and is_given_name(given))


# 'Said Mr Bysshe: "…"', 'Said the Pew report: "…"': the reporting verb fronted, its subject after it, a colon
_FRONTED_VERB = lazy(r"(?:^|(?<=[.!?\"”\n])[ \t]*|(?<=[.!?\"”][ \t]))(?:Said|Says|Added|Adds|Explained|Continued|Wrote|"
                     r"Writes|Commented|Warned|Insisted)[ \t]+(?P<who>[^:.!?\"“”\n]{2,80}?)[ \t]*:[ \t]*$")


def _fronted_verb(c: Context) -> Candidate | None:
    """'Said the Pew report: "…"': the subject after a fronted reporting verb speaks (a lead verb, inverted)."""
    m = _FRONTED_VERB.search(c.lead)
    if m is None:
        return None
    who = c.resolve(m.group("who"), c.s_start + m.start("who"))
    return Candidate(who, "lead", "lead_verb") if who else Candidate(None, "lead-unknown", "lead_verb")


def according_before(c: Context) -> Candidate | None:
    """'According to Glen Yearwood, "…"'."""
    accordings = list(ACCORDING.finditer(c.lead))
    if not accordings:
        return None
    m = accordings[-1]
    if (_POSSESSIVE_END.search(m.group("who")) or _POSSESSIVE_NEXT.match(c.lead, m.end("who"))) \
            and not _OWN_ACCOUNT.match(c.lead, m.end("who")):
        # "According to Ms Firth's friend and fellow campaigner, Janice Hale, …": the one whose friend it is never
        # speaks; the name set beside the description does, else nobody named here
        named = _OWNED_APPOSITION.match(c.lead, m.end("who"))
        who = c.resolve(named.group("name"), c.s_start + named.start("name")) if named else None
        return Candidate(who, "according", "according_before") if who else Candidate(None, "lead-unknown",
                                                                                      "according_before")
    who = c.resolve(m.group("who"), c.s_start + m.start("who"))
    return Candidate(who, "according", "according_before") if who else None


_POSSESSIVE_NEXT = lazy(r"['’]s?(?=[ \t])")
# "According to Tom Hale's own account, …": what the owner said or wrote is theirs (not someone of theirs)
_OWN_ACCOUNT = lazy(r"(?:['’]s?)?[ \t]+(?:own[ \t]+)?(?:account|accounts|version|statement|words|evidence|testimony|"
                    r"memoir|memoirs|book|letter|blog|diary|recollection|view|views|website)\b")
_OWNED_APPOSITION = lazy(rf"(?:['’]s?)?[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,5}}?[a-z][\w\-]*,[ \t]+(?P<name>{CAP_SEQ.pattern}),")


_FRONTED_TIME = lazy(r"[ \t]+(?:later|earlier|ago)[ \t]*,")  # "Hours later," / "Days earlier,"


_INSIDE_WORD = lazy(r"(?<=[\w'’])")  # a match that starts inside a word ("she" read from its "he")
# (not "as for" / "as to": "As for Mayor Jonas Brandt, he reacted …" fronts the topic the pronoun after it names)
# ("in an interview with the Financial Times, Mr Blair refused …, saying": the paper is where the words came)
_PREPOSITION_BEFORE = lazy(r"(?<![\w'’\-])(?:[Ii]n|[Oo]n|[Aa]t|[Ff]rom|(?<![Aa]s[ \t])[Tt]o|(?<![Aa]s[ \t])[Ff]or|[Bb]y|[Oo]f|[Aa]bout|[Dd]uring|[Ii]nto"
                           r"|[Uu]nder|[Aa]gainst|[Aa]mong|[Tt]hrough|[Ww]ith)[ \t]+(?:the[ \t]+)?$")


# "was sharply criticised by", "has been attacked by": a passive, its agent after "by" ("by" alone: a participle
# of any verb, regular or not, ending -ed/-en/-wn/-t)
_PASSIVE_BY = lazy(r"\b(?:is|was|were|are|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+(?:ed|en|wn|t)[ \t]+by[ \t]+")


# between the agent and the participle: its role's name, a few words of time or place, then the comma
_AGENT_TO_PARTICIPLE = lazy(r"(?:[ \t]+(?!(?:who|which|that|and|but|whose)\b)[\w'’\-]+){0,3}[ \t]*,[ \t]*")


def _passive_agent(c: Context) -> Candidate | None:
    """'The harbour master, Per Lund, was criticised by Mayor Ingrid Dahl, claiming "…"': a participle after a
    passive with a person for its agent has two subjects that fit — the agent, whose act the participle may go on
    with ("criticised by Dahl, claiming"), and the passive's own subject, which English grammar hands it ("Per Lund
    was beaten by Ingrid Dahl in the final, conceding that …", "congratulated by Dahl, telling reporters …"). The
    words alone do not choose, so nobody here speaks (review of wave 21: naming the agent gave the winner the loser's
    concession). The agent is the mention right after the last "was …ed by" before the participle, in the
    participle's own clause (no sentence break between); not a person's mention ("by rain"), the rule passes."""
    participles = list(LEAD_PARTICIPLE.finditer(c.lead))
    if not participles:
        return None
    last = participles[-1]
    passives = [p for p in _PASSIVE_BY.finditer(c.lead, 0, last.start())
                if not _SENTENCE_BREAK.search(c.lead, p.end(), last.start())]
    if not passives:
        return None
    agent = MENTION_RX.match(c.lead, passives[-1].end())
    if agent is None or c.lead[agent.end() : agent.end() + 1].isalnum():
        return None  # (not "he" read from "her campaign")
    end = agent.end()
    if role_name := _ROLE_THEN_NAME.match(c.lead, end):
        end = role_name.end()  # "by Tory leader Michael Howard"
    if not _AGENT_TO_PARTICIPLE.fullmatch(c.lead, end, last.start()):
        return None  # "by her campaign and Democrats, who highlighted comments Trump made saying": another clause's
    return Candidate(None, "lead-unknown", "lead_participle")


def lead_participle(c: Context) -> Candidate | None:
    """'A US official shared this view, stating: "…"': the clause's subject speaks."""
    if not LEAD_PARTICIPLE.search(c.lead):
        return None
    withs = [w for w in _WITH_PARTICIPLE.finditer(c.lead) if _with_subject_adjacent(w.group("who"))]
    if withs:
        # "…, with Rovers boss Mark Hughes claiming it had been an "…"": the noun after "with" is the subject
        w = withs[-1]
        who = c.resolve(w.group("who"), c.s_start + w.start("who"))
        if who:
            return Candidate(who, "lead", "lead_participle")
        return Candidate(None, "lead-unknown", "lead_participle")
    if agent := _passive_agent(c):
        return agent
    fronted = _fronted_clause_end(c.lead)
    if fronted != -1 and (not _person_opens_main_clause(c, fronted) or any(lead_verbs(c.lead, fronted))):
        # "When Ann Price took charge, Kelby Rovers were bottom of the league, she recalled, adding: …": a main
        # clause that opens on no person, or a reporting clause after it, is not whose act the participle goes on
        # with; the reading is left as it was
        fronted = -1
    for m in MENTION_RX.finditer(c.lead):
        if _INSIDE_WORD.match(c.lead, m.start()):
            continue  # the "he" of "she", the "it" of "visit": part of a word, never a mention of its own
        if m.end() <= fronted:
            # "When Carson died, President Bush led the tributes, saying the presenter "…"": the subject of a clause
            # that opens the sentence is not the subject of the main clause the participle hangs on
            continue
        if _PREPOSITION_BEFORE.search(c.lead, max(0, m.start() - 16), m.start()):
            # "In a statement released Thursday, Rep. Ann Dale reacted, saying:": the object of a preposition is
            # where or how the words came, never the participle's subject
            continue
        mention = m.group(0)
        pair = _AND_NAME.match(c.lead, m.end())
        if pair and (both := _joint(c, c.lead[: pair.end()], "lead-unknown", "lead_participle")):
            # "Trump and Ryan issued a statement describing it as …": two people speak as one, neither alone
            return both
        role_name = _ROLE_THEN_NAME.match(c.lead, m.end())
        if role_name:
            mention += role_name.group(0)  # "Tory leader Michael Howard": the capitals modify the role of the person
        read = c.resolved(mention, c.s_start + m.start())
        if read.role_of_another:
            # "The Argentine had stoked up the row by saying Hewitt's celebrations were "…"": the subject is someone
            # no name here gives, never the name the clause goes on to mention
            return Candidate(None, "lead-unknown", "lead_participle")
        who = read.name
        if who and " " not in who.strip() and not (c.res.ents.is_person(who) or who in c.res.ents.orgs):
            # "Hours later, Trump …, telling", "Amid …, saying": a capitalised word the text names no one or nothing
            # by is no subject here, where no speech verb is its own; after a fronted adverbial ("Hours later,")
            # the clause's subject comes next, else the reading is left to the other rules
            if _FRONTED_TIME.match(c.lead, m.end()):
                continue
            return None
        if who:
            return Candidate(who, "lead", "lead_participle")
        if _INDEFINITE.match(m.group(0)) or GROUP_RX.match(m.group(0)):
            return Candidate(None, "lead-unknown", "lead_participle")
    return None


def coordinated_subject(c: Context) -> Candidate | None:
    """'Shivering in a dress, the actress stopped to sign autographs and joked: "…"'.

    A speech verb coordinated with the sentence's first verb is said by the sentence's subject.
    """
    if not _COORDINATED.search(c.lead):
        return None
    m = _SENTENCE_SUBJECT.match(c.lead)
    if m:
        who = c.resolve(m.group("who"), c.s_start + m.start("who"))
        if who:
            return Candidate(who, "lead", "coordinated_subject")
    return None


def paragraph_intro(c: Context) -> Candidate | None:
    """A paragraph that ends '…, Orlov said:' introduces the quotation that opens the next one."""
    raw, text, p_start = c.raw, c.text, c.p_start
    if not (raw.open_at == p_start or not text[p_start:raw.open_at].strip()):
        return None
    prev_end = p_start
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    prev = c.masked[max(0, prev_end - 300) : prev_end]
    if not prev.endswith((":", ",")):
        return None
    verbs = list(lead_verbs(prev))
    if verbs and prev[verbs[-1].end() :].strip(" ,:") == "":
        m = verbs[-1]
        who = c.resolve(m.group("who"), max(0, prev_end - 300) + m.start("who"))
        if who:
            return Candidate(who, "lead", "paragraph_intro")
    return None


_AUTHOR_AFTER = lazy(r"(?:[ \t]+to(?:[ \t]+[\w'’.\-]+){1,4}?)?[ \t]+(?:from|by|written[ \t]+by|signed[ \t]+by)[ \t]")


def according_after(c: Context) -> Candidate | None:
    """'"…", according to the ministry.' / '"…," is the dry assessment of Graham Lane.'"""
    view = VIEW_OF.match(c.tail) if c.raw.closed else None
    if view:
        who = c.resolve(view.group("who"), c.raw.close_at + 1 + view.start("who"))
        if who:
            return Candidate(who, "according", "according_after")
    m = ACCORDING.search(c.rest)
    if m and _AUTHOR_AFTER.match(c.rest, m.end("who")):
        # '"…," according to a letter to Facebook from the chairman of the …': the document's writer is named
        # after it, in words the mention stops short of; whoever the text named before wrote none of it
        return None
    if m:
        who = c.resolve(m.group("who"), c.raw.close_at + m.start("who"))
        if who:
            return Candidate(who, "according", "according_after")
    return None


def end_report(c: Context) -> Candidate | None:
    """'Snow Patrol had "no other course of action" but to …, lead singer Gary Lightbody has said.'"""
    raw = c.raw
    fragment = raw.closed and c.text[raw.close_at - 1 : raw.close_at].isalnum()  # no clause-ending mark inside
    m = _END_REPORT.search(c.rest) if fragment and "," in c.rest else None
    if m:
        g = "who" if m.group("who") else "who2"
        who = c.resolve(m.group(g), raw.close_at + m.start(g))
        if who:
            return Candidate(who, "end", "end_report")
        if _INDEFINITE_ONE.match(m.group(g)):
            # '… "wanted to progress" during the UK's presidency …, said a spokesman.': someone the text does not
            # name said it, never the speaker before
            return Candidate(None, "end-unknown", "end_report")
    return None


_INDEFINITE_ONE = lazy(r"[ \t]*(?:a|an|one)[ \t]")


# what follows "told"/"tells" before the colon: the one addressed, a few words ("Ms Sturgeon", "the BBC")
_AUDIENCE_THEN_COLON = lazy(r"[ \t]+(?:[\w'’.\-]+[ \t]+){0,4}?[\w'’.\-]+[ \t]*:[ \t]*")
_TOLD_NAME = lazy(r"\b(?:told|tells|tell|telling|asked|asks|warned|urged|reminded|assured|wrote[ \t]+to|"
                  rf"writes[ \t]+to)[ \t]+(?:[\w'’&\-]+[ \t]+){{0,2}}?{CAP_SEQ.pattern}$")


def colon_intro(c: Context) -> Candidate | None:
    """'BBC Two controller Roly Keating: "It's an exciting new era …"': a name and a colon introduce the quote."""
    m = _COLON_INTRO.search(c.lead) if c.lead.rstrip().endswith(":") else None
    if m and _TOLD_NAME.search(m.group("who")):
        return None  # "He told Ms Sturgeon:": the name after "told" is whom the words are addressed to
    if m and m.group("who").split()[0].lower() not in _CORE:  # "Said Williams:" is a verb and a name
        p = parse_name(m.group("who").split(",")[-1].strip())
        who = c.resolve(m.group("who"), c.s_start + m.start("who"))
        if who and (p.kind == "person" or c.res.ents.is_person(who)):
            return Candidate(who, "lead", "colon_intro")
    return None


def subject_of_quote(c: Context) -> Candidate | None:
    """'Comair "deeply regrets the inconvenience … our customers"': a bare-name subject whose predicate is the quote.

    Only when the quotation speaks in the first person: 'The ECB "may sound
    hawkish … they will"' is someone else's words about the ECB.
    """
    raw, text = c.raw, c.text
    m = _SUBJECT_OF_QUOTE.search(c.lead)
    if m and text[raw.open_at + 1 : raw.open_at + 2].islower() and _FIRST_PERSON.search(text, raw.open_at, raw.close_at):
        who = c.resolve(m.group("who"), c.s_start + m.start("who"))
        if who:
            return Candidate(who, "subject", "subject_of_quote")
    return None


RULES: tuple[Rule, ...] = (
    tail_role_then_name,
    tail_verb_first,
    tail_name_first,
    quoted_as_saying,  # after the tail rules: "said … quoted by" is the tail's; before lead_verb: "X quoted Y as saying"
    lead_verb,
    according_before,
    lead_participle,
    coordinated_subject,
    paragraph_intro,
    according_after,
    end_report,
    colon_intro,
    subject_of_quote,
)
NO_RULE = Candidate(None, "none", "none")


def attribute(c: Context, rules: Sequence[Rule] = RULES) -> Candidate:
    """The first rule's candidate, or :data:`NO_RULE` (the continuation logic may still find a speaker)."""
    for rule in rules:
        c.last_mention, c.by_title = "", False
        cand = rule(c)
        if cand is not None:
            return replace(cand, mention=c.last_mention.strip(" ,"), by_title=c.by_title)
    return NO_RULE
