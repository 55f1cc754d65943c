"""Direct quotations of one document: find the spans, keep the speech, attribute each by the rule table.

The order matters: a quotation with no attribution of its own continues the
speaker before it (its chain, the narration, the previous quotation), and a run
whose attribution comes on a later member takes it backwards.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

import index.extract.quotes.chain as chain
import index.extract.quotes.confidence as trust
import index.extract.quotes.evidence as ev
import index.extract.quotes.neighbour as neighbour
import index.extract.quotes.ranker as ranker
from index.extract.bounds import MAX_CONTEXT, extraction_text, too_many_quotations
from index.extract.entities import DocEntities, doc_entities, glued_descriptor
from index.extract.given_names import given_name_gender, is_given_name
from index.extract.lexicon import alternation
from index.extract.names import (
    CAP_SEQ,
    FEMALE_HONORIFIC_WORDS,
    FEMALE_HONORIFICS,
    HONORIFIC_WORDS,
    KEPT_HONORIFICS,
    MALE_HONORIFIC_WORDS,
    MALE_HONORIFICS,
    NON_NAME_FIRST,
    ORG_NOUNS,
    RELATION_WORDS,
    REPRESENTATIVES,
    ROLE_WORDS,
    SURNAME_PARTICLES,
    country_placed,
    fold,
    parse_name,
)
from index.extract.quotes.model import speaker_model
from index.extract.quotes.patterns import (
    _END_REPORT,
    _PREPOSITIONS,
    _ROLE_ALT,
    _STOP,
    _WINDOW,
    _WORD,
    PERSON_ROLE_ALT,
    PHRASE_OPENERS,
    VERB,
    lead_verbs,
)
from index.extract.quotes.plausible import (
    NameContext,
    is_adjective,
    is_description,
    is_first_name,
    name_after_lower_words,
    opens_lower_case,
    opens_no_name,
    refused,
)
from index.extract.quotes.resolver import _Resolver, age_confirms
from index.extract.quotes.rules import THE_BODY, Context, attribute
from index.extract.quotes.spans import _inner, _mask_quotes, _Raw, find_quote_spans
from index.extract.quotes.speech import _is_speech, one_word_label
from index.extract.textmemo import TextMemo, finditer_from, finditer_where, sparse, written_at
from index.extract.windows import windows
from index.extract.words import has_word
from index.lazyre import lazy
from index.models import Document, Quotation, Span


@dataclass
class Found:
    raw: _Raw
    start: int
    end: int
    sentence: Span
    who: str | None  # resolved speaker name as this document gives it (None: unknown)
    how: str  # which kind of cue found ``who`` (tail, lead, according, chain, narration, …; none): _is_speech reads it
    rule: str  # the rule that decided (a name in :data:`.rules.RULES`, or a continuation: chain, narration, …)
    mention: str = ""  # the words that named the speaker ("he", "a spokesman", "Mr Brown"); a run inherits them
    contested: bool = False  # another person fits as well (someone else named in between, a pronoun with rivals)
    named_here: bool = False  # the speaker's name is written in the quotation's own sentence, outside the marks
    by_title: bool = False  # a description resolved through a title the document gives its holder
    head: Found | None = None  # the quotation whose attribution this one continues (chain, continuation, chain-back)
    joint: str = ""  # two people named together, who speak as one ("Smith and Jones said"): their description
    unnamed: str = ""  # the unnamed person nearer than the name found ("one resident"): described when withheld


def extract_quotations(doc: Document) -> list[Quotation]:
    """Every direct quotation of ``doc`` with its in-document speaker (or ``None``).

    ``speaker`` is the fullest name the document gives (organisations by their
    name); :func:`index.extract.registry.attribute` later maps it to the collection's
    canonical entity. A very long document is read a window at a time (see
    :mod:`index.extract.windows`).
    """
    return [q for q, _ in extract_with_evidence(doc)]


def extract_with_evidence(doc: Document, below: float = ranker.BELOW) -> list[tuple[Quotation, dict[str, float] | None]]:
    """:func:`extract_quotations` with the evidence the speaker model weighed for each quotation (``None`` where
    no model decided: no speaker found, or a doubt or a refusal withheld it); ``benchmarks.calibrate``
    fits the model on it. ``below``: the second reader checks inferred names the model gives less (0: no check)."""
    out: list[tuple[Quotation, dict[str, float] | None]] = []
    for offset, reading in readings(doc):
        try:
            out += [(shifted(q, offset), x) for q, x in decide(reading, below)]
        except RecursionError:  # pathological input: no quotations rather than a failed build
            continue
    return out


@dataclass
class Reading:
    """One document (or one window of a long one) as the rules read it, before the speaker model and the second
    reader weigh it (:func:`decide`). ``benchmarks.train_ranker`` takes each quotation's candidates from it
    (``found``, ``page``), so the extraction itself has no hook for training."""

    doc: Document
    ents: DocEntities
    found: list[Found]
    page: ev.Page
    judged: dict[int, tuple[str, float | None]]  # id(found) -> (rule name, confidence before the model)
    read: dict[int, ev.Attribution]  # id(found) -> the attribution the model weighs
    names: NameContext  # what the document says around candidate names (:func:`name_context`), read once
    ages: Callable[[], dict[str, set[str]]]  # the ages the text gives and to whom, read by the resolver when first asked


def readings(doc: Document) -> Iterator[tuple[int, Reading]]:
    """``(offset, reading)`` of ``doc``, or of each window of a long one (see :mod:`index.extract.windows`); a window
    with no quotation, or one too pathological to read, gives none."""
    for offset, window in windows(doc):
        try:
            reading = read_document(window)
        except RecursionError:  # pathological input: no quotations rather than a failed build
            continue
        if reading is not None:
            yield offset, reading


def shifted(q: Quotation, offset: int) -> Quotation:
    """A window's quotation at its document's offsets."""
    if not offset:
        return q
    return q.model_copy(update={"start": q.start + offset, "end": q.end + offset,
                                "sentence_start": q.sentence_start + offset, "sentence_end": q.sentence_end + offset})


def read_document(doc: Document) -> Reading | None:
    """Find the quotations of ``doc`` and read each one's speaker by the rules (None: no quotation)."""
    text = doc.text
    ents = doc_entities(doc)
    names = name_context(doc, ents)
    found, res = _find(doc, names)
    if not found or res is None:
        return None
    author = fold(doc.meta.author or "")
    doubted: tuple[str, int] | None = None  # (speaker, end) of the last quotation a doubt withheld
    judged: dict[int, tuple[str, float | None]] = {}  # id(found) -> (rule name, confidence before the model)
    read: dict[int, ev.Attribution] = {}  # id(found) -> the attribution the model weighs
    for i, f in enumerate(found):
        if f.who:
            if _cue_wrote(f):
                f.who = _without_glued_words(f.who, names, text)
            f.who = _fullest(f.who, ents, names, text)
            f.who = _head_noun_written(f.who, f.mention, text)
        kind, rule = _kind(f), _rule_name(f)  # read after _fullest: both depend on the final name
        conf = 1.0 if f.who else None  # the model gives the confidence below; a doubt or a refusal caps it
        if f.who and conf is not None:
            # a question put by another role is doubted only in an interview's shape, which the next quotation shows
            skip = "" if _answered_next(f, found[i + 1 : i + 2]) else "asked_by_another_role"
            doubt = trust.doubt(rule, f.who, text[f.start:f.end], ents, f.mention, names, skip=skip)
            if doubt is None and trust.inferred(rule) and _unnamed_nearer(f, res, ents):
                doubt = trust.Doubt("unnamed_nearer", trust.RUN_CAP)
            if doubt is None and trust.inferred(rule) and (described := _unnamed_subject(f, res)):
                f.unnamed = described
                doubt = trust.Doubt("unnamed_nearer", trust.RUN_CAP)
            if doubt is None and doubted and trust.run_goes_on(rule, f.who, doubted[0], f.start - doubted[1]):
                doubt = trust.Doubt("run_names_itself", trust.RUN_CAP)
            if doubt:
                # a pronoun or a narration that found someone the quotation names was misread, and so is the
                # run it goes on with; a chain that names its speaker quotes someone addressing them
                doubted = (f.who, f.end) if trust.fresh_reading(rule) else None
                rule, conf = f"{rule}+{doubt.name}", min(conf, doubt.cap)
            else:
                doubted = None
        if f.who:
            read[id(f)] = _attribution(f, kind, rule.split("+")[0], text)
        if f.who and (refused(f.who, names) or author and _is_author(f.who, author) and kind != "name"
                      or ents.shared_given_name(f.who) or _honorific_clash(f.mention, f.who, ents, text)):
            # not a name, or the byline's author standing in for someone the text does not name, or a lone given
            # name two people of the text bear ("his son Nick" beside "student Nick Vaughan"), or "Mr Dunn" read to
            # Vera Dunn of "Arthur and Vera Dunn"
            conf = 0.0
        elif f.who:
            # shown by the name inside its descriptor; read after the checks, which a glued descriptor
            # ("support Democrat Hillary Clinton": an object) rightly fails
            f.who = _without_descriptor(_without_article(f.who), ents, text, names)
            if opens_lower_case(f.who):
                # the reading ran over words before the name: the name proper, unless it is a preposition's object
                proper = name_after_lower_words(f.who)
                if proper is None:
                    conf = 0.0
                else:
                    f.who = _fullest(proper, ents, names, text)
        judged[id(f)] = (rule, conf)
    page = _page(doc, res, ents, [read[id(f)] for f in found if id(f) in read])
    return Reading(doc, ents, found, page, judged, read, names, res.ages)


def decide(reading: Reading, below: float = ranker.BELOW) -> list[tuple[Quotation, dict[str, float] | None]]:
    """The quotations of one reading, each named when the speaker model (and, for an inferred name it gives less
    than ``below``, the second reader) trusts the rules' name enough; with the evidence the model weighed."""
    doc, found, page, read, text = reading.doc, reading.found, reading.page, reading.read, reading.doc.text
    judged = dict(reading.judged)
    model = speaker_model()
    evidence: dict[int, dict[str, float]] = {}
    doc_chains: list[chain.Chains] = []
    resolved: dict[str, str] = {}  # a bare surname two people share -> the one the chains of mentions give it
    met: dict[str, tuple[str, int]] = {}  # a bare surname -> the one namesake named so far, until the other is
    firsts: dict[str, dict[str, int]] = {}  # a surname -> its namesakes and where each is first named
    # the namesake each bare surname stands for, read once per surname: reading it per quotation re-read the whole
    # text's name context every time (a 5 MB single file took 35% longer to build)
    namesakes: dict[str, str | None] = {}

    def chains_of() -> chain.Chains:
        if not doc_chains:
            doc_chains.append(chain.Chains(page))
        return doc_chains[0]

    for f in found:
        rule, conf = judged[id(f)]
        if not conf or id(f) not in read:
            continue  # nobody found, or refused (0.0): no probability can raise a refusal, so none is computed
        x = ev.features(read[id(f)], page)
        p = min(conf, round(model.probability(x), 3))
        if p < below and trust.inferred(rule) and not trust.withheld_by_evidence(rule, conf) \
                and ranker.disagrees(page, f.raw.open_at, f.raw.close_at, text[f.start:f.end], page.key_of(f.who or "")):
            # the second reader ranks someone else of the neighbourhood well above the inferred speaker
            rule, conf, p = f"{rule}+second_reader", min(conf, ranker.CAP), min(p, ranker.CAP)
        if not trust.withheld_by_evidence(rule, conf):
            evidence[id(f)] = x
            if p < trust.threshold(rule) and f.who and age_confirms(reading.ages(), f.mention, f.who):
                rule, p = f"{rule}+age", trust.threshold(rule)  # "the 34-year-old" of a text giving one person 34
            elif p < trust.threshold(rule) and f.who:
                # the document's chains of mentions may leave the weak cue's speaker the only one who fits
                why = chain.confirm(chain.Case(f.raw.open_at, f.raw.close_at, f.mention, f.who), chains_of())
                if why:
                    rule, p = f"{rule}+{why}", trust.threshold(rule)
        elif rule.endswith("+surname_two_share") and f.who and rule.split("/")[0] not in trust.EXPLICIT \
                and trust.in_run(rule) and (first := _only_namesake_yet(f.who, reading, f.raw.open_at, firsts)) \
                and (sure := round(model.probability(x), 3)) >= trust.threshold(rule):
            # a run going on from a cue that names the one namesake met so far ('Robinson said: "…. "But …"')
            rule, p = rule.replace("+surname_two_share", "+namesake_first"), sure
            met[f.who] = (first[0], min(first[1], met.get(f.who, ("", first[1]))[1]))
        elif rule.endswith("+surname_two_share") and f.who and rule.split("/")[0] in trust.EXPLICIT:
            if f.who not in namesakes:
                namesakes[f.who] = _namesake(f.who, reading, chains_of)
            full = namesakes[f.who]
            sure = round(model.probability(x), 3)
            if full and sure >= trust.threshold(rule):
                # the chains of mentions say which namesake; the model, undoubted, trusts the cue itself
                rule, p = rule.replace("+surname_two_share", "+namesake_gender"), sure
                resolved[f.who] = full
            elif (first := _only_namesake_yet(f.who, reading, f.raw.open_at, firsts)) and sure >= trust.threshold(rule):
                # one namesake named in full before the quotation, the other only after it: the writer means the
                # one the reader has met ("Rhys Williams says …. '…,' said Williams", Matt Williams paragraphs on)
                rule, p = rule.replace("+surname_two_share", "+namesake_first"), sure
                met[f.who] = (first[0], min(first[1], met.get(f.who, ("", first[1]))[1]))
            elif (main := _dominant_namesake(f.who, reading, f.mention, f.raw.open_at)) \
                    and sure >= trust.threshold(rule):
                # the story is one namesake's, the other named in full once or twice in passing ("Hillary Clinton"
                # twenty times, "Bill Clinton" twice): the bare surname by an explicit cue is the story's person
                rule, p = rule.replace("+surname_two_share", "+namesake_dominant"), sure
                resolved[f.who] = main
        judged[id(f)] = (rule, p)
    for f in found:
        if f.who in resolved:
            f.who = resolved[f.who]  # the run a resolved namesake's quotation heads names them too
        elif f.who in met and f.raw.open_at < met[f.who][1]:
            f.who = met[f.who][0]  # ... until the other namesake is named
    # "Continental said" of a text naming "Continental Airlines": the body by its full name; "Lord Nicholls" of one
    # naming "Lord Nicholls of Birkenhead": the peer by his whole title (read once per name, not per quotation)
    wholes = {who: _whole_body_name(who, reading.ents, text) or _territorial_title(who, text)
              for who in {f.who for f in found if f.who}}
    for f in found:
        if f.who and (whole := wholes[f.who]) is not None:
            f.who = whole
    out: list[tuple[Quotation, dict[str, float] | None]] = []
    chains: dict[int, dict[str, float]] = {}
    for f in found:
        rule, conf = _inherited(f, judged, chains)
        kind = _kind(f)
        q = Quotation(source_id=doc.id, paragraph=f.raw.paragraph, start=f.start, end=f.end,
                      text=text[f.start:f.end], sentence_start=f.sentence.start,
                      sentence_end=f.sentence.end, speaker=f.who if conf is not None and conf >= trust.threshold(rule) else None,
                      rule=rule, confidence=conf,
                      speaker_description=f.joint
                      or (trust.describe(f.mention) if kind == "description" or f.who is None else None)
                      or (f.unnamed or None)
                      or (_spokesperson_of_pronoun(f, reading) if f.who is None or "+he_is_no_" in rule else None))
        if q.speaker is None and q.speaker_description is None and f.raw.chained and out \
                and out[-1][0].speaker is None and out[-1][0].speaker_description:
            # 'Mr Blair's official spokesman said: "…. "The key issue …"': the unnamed speaker goes on, described as
            # where the run began
            q = q.model_copy(update={"speaker_description": out[-1][0].speaker_description})
        # a quotation that inherited a doubted head's confidence was decided by that doubt, not by the model
        out.append((q, None if "+inherited" in rule else evidence.get(id(f))))
    filled = neighbour.agreed_by_neighbour([q for q, _ in out], found, text)
    return [(q, x) for q, (_, x) in zip(filled, out, strict=True)]


_PEER = re.compile(r"(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)[ ][A-Z][\w'’-]+")


def _territorial_title(who: str, text: str) -> str | None:
    """The one territorial title the text gives a peer it names short ("Lord Nicholls of Birkenhead" for "Lord
    Nicholls"): a peer's name is the whole title, and two peers of one name are told apart only by it. Only when the
    text introduces the peer by it (the first mention) and never introduces a bare namesake of its own ("the former
    trade minister Lord Davies, a Labour peer, …" after "Lord Davies of Oldham": another peer); ``None`` when the text
    gives no title, or two."""
    if not _PEER.fullmatch(who):
        return None
    name = re.escape(who)
    titles = set(re.findall(rf"(?<![\w'’-]){name}[ ]of[ ][A-Z][\w'’-]+", text))
    first = re.search(rf"(?<![\w'’-]){name}(?![\w'’-])", text)
    if len(titles) != 1 or first is None or not text.startswith(" of ", first.end()):
        return None
    for bare in re.finditer(rf"(?<![\w'’-]){name}(?![\w'’-])(?![ ]of[ ])", text):
        if _INTRODUCED_BEFORE.search(text, max(0, bare.start() - 40), bare.start()) \
                or _INTRODUCED_AFTER.match(text, bare.end()):
            return None
    return titles.pop()


# a bare peer's name introduced as someone new: a title or description in small letters before it ("the former
# trade minister Lord Davies"), or an apposition after it ("Lord Davies, a Labour peer")
_INTRODUCED_BEFORE = re.compile(r"\b(?:the|a|former|ex)[ ](?:[a-z-]+[ ]){0,3}$")
_INTRODUCED_AFTER = re.compile(r",[ ](?:a|an|the|who)[ ]")


def _whole_body_name(who: str, ents: DocEntities, text: str) -> str | None:
    """The one fuller name the text gives a company or party it also names by its first word alone ("Continental
    Airlines" for "Continental", "Marsh & McLennan" for "Marsh"): news names a body in full first and by its short
    form after, and the short form alone is half a name. Only the short form and one ending of a company's or a
    party's own ("Airlines", "Party"; "& McLennan"), and only when the full name comes before the short one: "German
    tyre maker Continental" named first is another body than the "Continental Airlines" it supplies, "Gantry Atlantic
    Airways" is what Gantry owns, and a "Kelby Group" may trade as Kelby. ``None`` for a person, an acronym, a word
    several bodies start with. A short form of several words takes only a company ending ("Standard Trust" of
    "Standard Trust Bank")."""
    if who.isupper() or who not in ents.orgs and " " not in who or ents.is_person(who):
        return None  # ("BBC" and "BBC One", "NATO" and "NATO Russia": an acronym is a whole name, the rest a part)
    longer = {o for o in ents.orgs if o.startswith(who + " ") and not ents.is_person(o)}
    whole = longer.pop() if len(longer) == 1 else None
    if whole is None:
        return None
    rest = whole.split()[len(who.split()):]
    if not (len(rest) == 1 and rest[0].lower() in _COMPANY_ENDINGS or len(rest) == 2 and rest[0] == "&"
            and " " not in who):
        return None  # "EMI Music", "Google News", "Uefa Cup": a division, a product or an event, not the name
    body = text.find("\n")  # the headline writes the short form ("Continental warns on costs"), the story first the name
    body = 0 if body < 0 else body
    first_whole = text.find(whole, body)
    short = re.compile(rf"(?<![\w'’&-]){re.escape(who)}(?![\w'’-])(?![ ]{re.escape(rest[0])})")
    first_short = short.search(text, body)
    if first_whole < 0 or first_short is not None and first_short.start() < first_whole:
        return None
    if first_short is not None and not _SENTENCE_END.search(text, first_whole, first_short.start()):
        return None  # "Dunmore Bank has agreed to sponsor Dunmore, the rugby club": two bodies in one sentence
    if any(_OWN_APPOSITION.match(text, m.end()) for m in short.finditer(text, body)):
        return None  # "Talbot, the airline founded by …": the short form introduced as a body of its own
    return whole


_SENTENCE_END = re.compile(r"[.!?][\"”]?\s")
_OWN_APPOSITION = re.compile(r",[ ](?:the|a|an)[ ]")
_COMPANY_ENDINGS = frozenset("airlines airways securities party inc plc corp corporation motors ltd llc co bank".split())


def _namesake(who: str, reading: Reading, chains_of: Callable[[], chain.Chains]) -> str | None:
    """The namesake a bare surname two people share stands for in this document, by the chains of mentions."""
    surname = who.split()[-1]
    sakes = reading.ents.namesakes(surname, reading.names.lowered, reading.names.text)
    return chain.namesake_by_gender(surname, sakes, chains_of()) if len(sakes) >= 2 else None


# a namesake the story is about: named in full at least this often, and this many times as often as any other
DOMINANT_MENTIONS, DOMINANT_RATIO = 5, 4


def _honorific_clash(mention: str, who: str, ents: DocEntities, text: str) -> bool:
    """Whether the cue's honorific gives the other sex than the person found ("said Mr Dunn" read to Vera Dunn of
    "Arthur and Vera Dunn", "Mrs Pickering said" to Dave Pickering): a couple or a family the surname names, and the
    one the honorific means may be the one the text gives no full name (only in a text that names a couple or kin of
    that surname: "Arthur and Vera Dunn", "The widow of Mr Adair, Sheila"; elsewhere a list's "female" for Lakshmi
    Mittal is no clash). Read by the given name's sex in every
    country's list or, when the lists give none, by what the text says of the person (an honorific, a kin noun: the
    very honorific misread may have given the person its sex, so the lists come first)."""
    words = mention.strip(" ,").split()
    style = words[0].lower().rstrip(".") if len(words) >= 2 else ""
    female = style in FEMALE_HONORIFIC_WORDS
    if not (female or style in MALE_HONORIFIC_WORDS) or " " not in who:
        return False
    surname = who.split()[-1]
    if not any(re.search(rf"\b{re.escape(surname)}\b", phrase) for phrase in _family_phrases(text)):
        return False  # no couple nor kin of that surname the text names by a given name: "Mr Mittal" is Lakshmi Mittal
    gender = given_name_gender(who.split()[0])
    if gender is not None:
        return (gender == "female") != female
    if (who in ents.female) != (who in ents.male):
        return (who in ents.female) != female
    return False


@functools.lru_cache(maxsize=4)
def _family_phrases(text: str) -> tuple[str, ...]:
    """The couples and families a text names (:data:`_FAMILY`), read once per text, not once per quotation."""
    return tuple(m.group(0) for m in _FAMILY.finditer(text))


# a couple or a family the text names: "Arthur and Vera Dunn", "The widow of Mr Adair, Sheila"
_FAMILY = lazy(r"\b[A-Z][a-z]+[ \t]+and[ \t]+[A-Z][a-z]+[ \t]+[A-Z][\w'’\-]+\b(?![ \t]+and\b)"
               r"|\b(?:wife|husband|widow|widower|son|daughter|brother|sister|father|mother)[ \t]+of[ \t]+[^,]{1,40},[ \t]+"
               r"[A-Z][a-z]+\b")


def _dominant_namesake(who: str, reading: Reading, mention: str = "", at: int = 0) -> str | None:
    """The namesake of a bare surname whom the text names in full far more often than every other one
    (``DOMINANT_MENTIONS``, ``DOMINANT_RATIO``), or ``None``. Measured on PolNeAR train, where the bare surnames two
    people share were all left unnamed: of the quotations where one namesake dominates so, every one was theirs.

    Not when the cue's own style names the other sex ("said Mrs Hardcastle" of a story about John Hardcastle, whose
    wife is named once), nor when the namesake named in full last before the words is the other one ("Former
    governor Frank Marlow campaigned for his wife. '…,' Marlow said"): there the writer means someone else."""
    surname = who.split()[-1]
    sakes = reading.ents.namesakes(surname, reading.names.lowered, reading.names.text)
    if len(sakes) < 2:
        return None
    text = reading.doc.text
    found = {n: [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(n)}(?![\w'’-])", text)] for n in sakes}
    counts = sorted(((len(at_), n) for n, at_ in found.items()), reverse=True)
    (top, name), second = counts[0], counts[1][0]
    if top < DOMINANT_MENTIONS or top < DOMINANT_RATIO * max(second, 1):
        return None
    style = mention.strip(" ,").split()[0].lower().rstrip(".") if mention.strip() else ""
    if style in FEMALE_HONORIFICS and name not in reading.ents.female \
            or style in MALE_HONORIFICS and name not in reading.ents.male:
        return None
    last = max(((i, n) for n, at_ in found.items() for i in at_ if i < at), default=None)
    if last is None or last[1] != name:
        return None
    # and named in full in the quotation's paragraph or the one before: further back, a passage about the other one
    # may stand between ("… the former governor smiled. '…,' Marlow said, before his wife took the microphone")
    starts = [q.start for q in reading.doc.paragraphs]
    return name if bisect_right(starts, at) - bisect_right(starts, last[0]) <= 1 else None


def _only_namesake_yet(who: str, reading: Reading, at: int,
                       firsts: dict[str, dict[str, int]] | None = None) -> tuple[str, int] | None:
    """The one namesake of a bare surname the text has named in full before ``at``, with where the next namesake is
    first named (``None``: none or several named before). ``firsts`` keeps each surname's namesakes and where each is
    first named, read once per document (a long text names the same pair many times)."""
    surname = who.split()[-1]
    text = reading.doc.text
    if firsts is None or surname not in firsts:
        sakes = reading.ents.namesakes(surname, reading.names.lowered, reading.names.text)
        found = {n: text.find(n) for n in sakes}
        if firsts is not None:
            firsts[surname] = found
    first = firsts[surname] if firsts is not None else found
    before = [n for n, i in first.items() if 0 <= i < at]
    later = [i for n, i in first.items() if i >= at]
    return (before[0], min(later, default=len(text))) if len(before) == 1 and later else None


def _unnamed_nearer(f: Found, res: _Resolver, ents: DocEntities) -> bool:
    """Whether an unnamed person is made to speak between the inferred speaker's last mention and the quotation,
    within the quotation's paragraph, its sentence and the one before (:func:`.confidence.unnamed_speaker_nearer`);
    only a person is checked: "a spokesman … he added" may rightly give the body the spokesman speaks for."""
    if not f.who or not (ents.is_person(f.who) or trust.named_person(f.who, ents)):
        return False
    masked, open_at = res.masked, f.raw.open_at
    i = res.sentence_index(f.sentence.start)
    before = res.sentence_starts[i - 1] if i else 0
    lo = max(before, masked.rfind("\n", 0, open_at) + 1)
    # (the pronoun is the quotation's own only outside a run: a run carries its head's words on)
    own = "" if trust.in_run(f.rule) else f.mention
    return trust.unnamed_speaker_nearer(masked, lo, open_at, f.who, before, own)


def _answered_next(f: Found, after: list[Found]) -> bool:
    """Whether the quotation right after ``f`` (``after``: it, or nothing) is read to the person ``f`` found, by
    name: the shape of an interview ('"Why …?" the presenter asked. "We warned them …," Mr Brandt replied'), where
    the question was put to that person, who answers it. Without the answer, a description the text gives the
    person no title for is as often the person under another word ("the veteran politician" for a finance
    minister): review of wave 21."""
    if not after or not f.who or not after[0].who or trust.mention_kind(after[0].mention) != "name":
        return False
    return f.who.split()[-1] in after[0].who.split()


def _spokesperson_of_pronoun(f: Found, reading: Reading) -> str | None:
    """The unnamed spokesperson a named-nobody quotation's own pronoun stands for, read in its sentence and the one
    before (:func:`.confidence.unnamed_spokesperson`)."""
    page = reading.page
    if trust.in_run(f.rule) or trust.mention_kind(f.mention) != "pronoun" or not page.sentence_starts:
        return None
    open_at = f.raw.open_at
    # (across a paragraph break too: 'A Royal Mail spokesman said …' / '"…," he said' opening the next paragraph)
    i = page.sentence(open_at)
    before = page.sentence_starts[max(i - 1, 0)]
    if i >= 2 and _PRONOUN_REPORTS.match(page.masked, before) \
            and not _names_a_person(page.masked[page.sentence_starts[i - 2]:before], reading.ents):
        # 'A spokesman for the British Casino Association … said …. He said the way …. "…," he said': a sentence
        # between that the same pronoun reports goes on with the spokesperson (unless the spokesman's sentence names
        # any person, whom the pronoun may be: "… said angler Jim Dale had been invited …. He said he would not go")
        before = page.sentence_starts[i - 2]
    return trust.unnamed_spokesperson(page.masked, before, open_at, f.mention)


def _names_a_person(span: str, ents: DocEntities) -> bool:
    """Whether a span of text names a person the document knows (a capitalised run read as someone)."""
    return any(ents.is_person(m.group(0)) or parse_name(m.group(0)).kind == "person"
               for m in CAP_SEQ.finditer(span))


_PRONOUN_REPORTS = lazy(rf"[ \t\n]*(?:He|She)[ \t]+(?:also[ \t]+)?(?:{VERB})\b")


def _unnamed_subject(f: Found, res: _Resolver) -> str:
    """The unnamed person of a crowd a quotation's own pronoun stands for, nearer than the name it found
    (:func:`.confidence.unnamed_person_subject`; "": none). Read in the quotation's sentence and the one before, within
    its paragraph, after the name's last mention; a run's pronoun is its head's, so only a quotation's own counts."""
    if not f.who or trust.in_run(f.rule) or trust.mention_kind(f.mention) != "pronoun":
        return ""
    masked, open_at = res.masked, f.raw.open_at
    i = res.sentence_index(f.sentence.start)
    lo = max(res.sentence_starts[i - 1] if i else 0, masked.rfind("\n", 0, open_at) + 1)
    last = f.who.split()[-1]
    at = masked.rfind(last, lo, open_at)
    lo = at + len(last) if at >= 0 else lo
    return trust.unnamed_person_subject(masked, lo, open_at, f.mention) or ""


def _attribution(f: Found, kind: str, reading: str, text: str) -> ev.Attribution:
    """The extractor's decision for one quotation, as the evidence reads it."""
    depth, head = 0, f.head
    while head is not None and depth < 10:
        depth, head = depth + 1, head.head
    base = f.rule
    return ev.Attribution(open_at=f.raw.open_at, close_at=f.raw.close_at, paragraph=f.raw.paragraph, who=f.who or "",
                          rule=base, reading=reading, kind=kind, contested=f.contested, named_here=f.named_here, by_title=f.by_title,
                          depth=depth, explicit=base in trust.EXPLICIT and f.head is None, words=text[f.start:f.end])


def _page(doc: Document, res: _Resolver, ents: DocEntities, read: list[ev.Attribution]) -> ev.Page:
    key_of = ev.key_function(ents.full_name)
    return ev.Page(masked=res.masked, sentence_starts=res.sentence_starts,
                   para_starts=[p.start for p in doc.paragraphs], person_keys=ev.person_keys(ents.full_names, key_of),
                   key_of=key_of, attributions=read)


def _inherited(f: Found, judged: dict[int, tuple[str, float | None]],
               memo: dict[int, dict[str, float]] | None = None) -> tuple[str, float | None]:
    """A quotation that continues another's attribution is at most as sure as the attribution it continues.

    '"A," he said. "B." "C."': B and C are "he" too, so if "he" was a guess, they are the same guess; one
    wrong head must not give three wrong quotations. The rule name says so ("chain+inherited"). What each head's
    chain holds is read once (``memo``, shared across a document's quotations): walking every chain from every
    quotation was quadratic in the length of a run.
    """
    rule, conf = judged[id(f)]
    if conf is None or f.head is None:
        return rule, conf
    lowest = _chain_doubts(f.head, judged, {} if memo is None else memo).get(f.who or "")
    if lowest is not None and lowest < conf:
        return f"{rule}+inherited", lowest
    return rule, conf


def _chain_doubts(head: Found, judged: dict[int, tuple[str, float | None]],
                  memo: dict[int, dict[str, float]]) -> dict[str, float]:
    """speaker -> the lowest confidence a doubt or a refusal left on that speaker along ``head``'s chain."""
    path: list[Found] = []
    node: Found | None = head
    on_path: set[int] = set()
    while node is not None and id(node) not in memo and id(node) not in on_path:
        on_path.add(id(node))
        path.append(node)
        node = node.head
    below = memo.get(id(node), {}) if node is not None else {}  # a cycle contributes nothing more
    for n in reversed(path):
        n_rule, n_conf = judged[id(n)]
        here = dict(below)
        # (the second reader's disagreement is about this quotation's neighbourhood alone: a run goes on from it)
        if n.who is not None and n_conf is not None and trust.withheld_by_evidence(n_rule, n_conf) \
                and not n_rule.endswith("+second_reader"):
            here[n.who] = min(n_conf, here.get(n.who, n_conf))
        memo[id(n)] = below = here
    return memo[id(head)]


def name_context(doc: Document, ents: DocEntities) -> NameContext:
    """What the document says around candidate names, read once and shared by the resolver
    (is a one-word subject a common word?) and the final checks of every name."""
    persons = frozenset(ents.full_names) | {n.split()[-1] for n in ents.full_names}
    return NameContext.of(doc.text, body_start=_headline_end(doc), persons=persons, orgs=frozenset(ents.orgs))


def _headline_end(doc: Document) -> int:
    """Where a Title Case headline ends (0 when the document opens with anything else).

    A headline is a first paragraph of one line, with no sentence break inside, in which
    every word of four letters or more is capitalised (a sentence-case first line is prose,
    and its names are as good as the body's)."""
    if len(doc.paragraphs) < 2:
        return 0
    first = doc.paragraphs[0]
    line = doc.text[first.start : first.end].strip()
    if "\n" in line or len(line) > 200 or re.search(r"[.!?]\s+[A-Z]", line):
        return 0
    long_words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) >= 4]
    if len(long_words) < 3 or not all(w[0].isupper() for w in long_words):
        return 0
    return first.end


def _mention_end(text: str, raw: _Raw, mention: str) -> int:
    """How far after the closing mark a tail mention ends (0 when the mention is not in the tail)."""
    tail = text[raw.close_at + 1 : raw.close_at + 80]
    at = tail.find(mention)
    return at if at >= 0 else 0


def _kind(f: Found) -> str:
    """The kind of mention; a description that holds the name it resolved to is a name
    ("The Russian envoy to NATO, Ivan Sokolov, is quoted as saying")."""
    kind = trust.mention_kind(f.mention)
    if kind == "description" and f.who and f.who.startswith("the "):
        return kind  # "the work and pensions minister": a description the document gives no name for
    if kind == "description" and f.who and f.who.split()[-1][:1].isupper() \
            and (f.who.split()[-1] in f.mention or f.named_here):
        return "name"  # (a lower-case "third resident" cut from "a third resident" is the description, not a name)
    if kind == "description" and f.who and f.by_title:
        return "title"  # "the alliance chief" after "NATO Secretary-General Karl Holm Jensen"
    return kind


_NO_CONTEXT = NameContext()  # a name checked without its document (tests, a caller with no text)


def _swapped(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with two neighbouring letters swapped ("kudja", "kujda"), and nothing else changed."""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return len(a) == len(b) and len(diff) == 2 and diff[1] == diff[0] + 1 and OSA.distance(a, b) == 1


def _fullest(who: str, ents: DocEntities, names: NameContext = _NO_CONTEXT, text: str = "") -> str:
    """A bare surname the document spells out elsewhere, even slightly differently ("Montieth" for David Monteith).

    A one-word person name is a wrong name when the article gives the full one; organisations and acronyms
    stay, and so does a surname two people of the article share.
    """
    if is_description(who):
        return _apposed(who, ents, text) or who
    toks = who.split()
    if len(toks) == 2 and toks[0].lower() in SURNAME_PARTICLES and toks[1][:1].isupper():
        # "De Blasio said" opening a sentence: the particle is part of the surname, never a word glued to it
        full = {n for n in ents.full_names if fold(n).endswith(" " + fold(who)) and len(n.split()) > 2}
        return full.pop() if len(full) == 1 else who
    if len(toks) == 2 and not is_first_name(toks[0]) and toks[1] in names.persons:
        if toks[0].lower() in names.lowered:
            # "Was Szlachta", "Understated Perez": a word that opened a sentence or a headline glued to a surname
            who = toks[1]
        elif glued_descriptor(toks[0], toks[1], text):
            # "Matchwinner Keane" where the article names Robbie Keane: a descriptor glued to a surname
            # (the given-name list is read only when the article names another person of that surname)
            others = [n for n in ents.full_names if not n.endswith(who) and n.split()[-1] == toks[1]]
            named = {n for n in others if is_given_name(n.split()[0])} if others and not is_given_name(toks[0]) \
                else set()
            if len(named) == 1:
                return named.pop()
            if len(named) > 1:
                # "Team Trump" where the article names Donald and Ivanka Trump: the descriptor is no given name,
                # and the bare surname two people share is what the words say (and names nobody)
                who = toks[1]
    longer = _longer_org(who, ents.orgs, text)
    if longer:
        return longer
    if " " in who or who.isupper() or who in ents.orgs:
        return who
    peer = _peerage(who, text)
    if peer:
        return peer
    matches = process.extract(fold(who), {n: fold(n.split()[-1]) for n in ents.full_names},
                              scorer=fuzz.ratio, score_cutoff=85, limit=None)
    if not matches and len(who) >= 5:
        # "Kudja" for Jarek Kujda: two letters swapped (one transposition) in a surname of five letters or more
        matches = [(fold(n.split()[-1]), 0, n) for n in ents.full_names
                   if len(n.split()[-1]) >= 5 and _swapped(fold(who), fold(n.split()[-1]))]
    return matches[0][2] if len({m[2] for m in matches}) == 1 else who  # one person only, never a guess


def _cue_wrote(f: Found) -> bool:
    """Whether a cue beside the marks names the speaker (``f``'s own cue, or the cue of the head of the run ``f`` goes
    on from), rather than a pronoun, a description or the narration: only such a name may lose words glued to it (a
    headline's run a pronoun or the narration landed on was a misreading of the headline, and stays refused)."""
    n, depth = f, 0
    while n.head is not None and depth < 10:
        n, depth = n.head, depth + 1
    return n.rule in trust.EXPLICIT and trust.mention_kind(n.mention) == "name"


def _without_glued_words(who: str, names: NameContext, text: str) -> str:
    """'Praises Marco Rubio', 'Wife Huma Abedin', 'Republican Rep. Lee Zeldin': a full name (a person the document
    names, or one opening with a given name) that the text also writes on its own, after words a headline or a
    descriptor glued to it, is that name.

    The words cut off must be no part of a name: the one right before the full name is a word the text also writes
    in lower case ("praises", "wife", "state"), a role noun or a party or nationality word, and none of them is a
    given name ("Mary Ann Smith" stays whole) or a title a name keeps ("Sir", "Lord"). Two-word runs are left to the
    surname rules of :func:`_fullest`.
    """
    toks = who.split()
    if len(toks) < 3 or not text:
        return who
    for k in range(1, len(toks) - 1):
        before, rest = toks[: k], " ".join(toks[k:])
        if any(is_first_name(t) or is_given_name(t) or fold(t).rstrip(".") in _KEPT_TITLES for t in before):
            return who
        if not (rest in names.persons or is_given_name(toks[k])) or not _glue_word(before[-1], names):
            continue
        if len(re.findall(rf"(?<![\w'’\-]){re.escape(rest)}\b", text)) > text.count(f"{before[-1]} {rest}"):
            return rest
    return who


_KEPT_TITLES = frozenset("sir dame lord lady baroness baron viscount earl".split())


def _glue_word(word: str, names: NameContext) -> bool:
    """A word that describes a name rather than being part of it: written in lower case elsewhere in the text, a role
    noun or a title, a party or nationality word ("Democrat Zephyr Teachout"), or a word no name opens with
    ("Praises")."""
    w = fold(word).rstrip(".")
    return word.lower() in names.lowered or w in ROLE_WORDS or w in HONORIFIC_WORDS or is_adjective(word) \
        or opens_no_name(word)


def _peerage(surname: str, text: str) -> str | None:
    """'Lord Falconer' for "Falconer": a peer is named by the title and the surname, and that is their name.

    British news writes a peer as "Lord Falconer" throughout and never gives a given name, so the entity table
    has no full name to expand "Falconer" to; the title is part of how the person is named (like "Sir" in "Sir
    Alex Ferguson", which the full name already holds). Only when the text writes one such title before the
    surname: two ("Lord Smith", "Lady Smith") are two people.
    """
    if not text or not surname[:1].isupper():
        return None
    found = _PEER_TITLES.get(surname, text, lambda: {m.group(1) for m in finditer_from(  # tried where a title is
        re.compile(rf"\b({_PEERS})[ \t]+{re.escape(surname)}\b(?![ \t]+[A-Z])"), text, *_PEERS.split("|"))})
    return f"{next(iter(found))} {surname}" if len(found) == 1 else None


_PEER_TITLES = TextMemo()  # the titles the text puts before a surname: asked once per surname and text
_WRITTEN_LONGER = TextMemo()  # the runs of capitals the text writes before an organisation's head noun


# (a royal is named so too: '"…," Prince Charles said' is "Prince Charles", never "Charles")
_PEERS = "Lord|Lady|Baroness|Baron|Viscount|Earl|Prince|Princess|King|Queen"


def _apposed(description: str, ents: DocEntities, text: str) -> str | None:
    """'Cory Doctorow, European outreach coordinator for … Foundation, said': the person the text puts in
    apposition with a description that was taken for a name.

    A description names no one; the name written just before it, set off by a comma, is whom it describes. Only
    a person the document names in full counts, and only when one such person stands there.
    """
    found: set[str] = set()
    at = text.find(", " + description)
    while at >= 0:  # only where the description is written, each name read backwards from its comma
        name = _NAME_BEFORE.search(text, max(0, at - _APPOSED_WINDOW), at)
        if name and _OPENS_CLAUSE.search(text, max(0, name.start() - 40), name.start()):
            found.add(name.group(1))
        at = text.find(", " + description, at + 1)
    people = {ents.full_name(n) for n in found if ents.is_person(n)}
    return people.pop() if len(people) == 1 else None


# the run of capitalised words that ends just before an apposition's comma, and how far back it is looked for
_NAME_BEFORE = lazy(r"([A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)+)\Z")
_APPOSED_WINDOW = 200
# what may stand before a subject a description is set beside: the start of a sentence or a clause, or a speech
# verb it follows ("said Cory Doctorow, …", "according to …"); after a preposition or another verb the name is an
# object ("a letter to Cory Doctorow, …", "met Cory Doctorow, …"), and the description describes the object
_OPENS_CLAUSE = lazy(r"(?:\A|[.!?:;,(\n\"“”‘’'—–-]|\b(?:" + alternation("opens") + r"|according[ \t]+to))[ \t]*\Z")


def _without_article(who: str) -> str:
    """'A Department for Constitutional Affairs' (from "A Department for … spokeswoman said"): an article is
    not part of a name.

    The indefinite article opens the noun phrase the name sits in ("a BBC spokesman"); it belongs to the
    description, so the name shown starts after it. "The" stays: it is part of some names ("The Guardian").
    """
    toks = who.split()
    if len(toks) >= 2 and toks[0] in ("A", "An") and toks[1][:1].isupper() and not is_first_name(toks[1]):
        return " ".join(toks[1:])
    return who


def _without_descriptor(who: str, ents: DocEntities | None = None, text: str = "",
                        names: NameContext | None = None) -> str:
    """'State John F. Kerry', 'Republican Donald Trump', 'Navy Capt. Jeff Davis': the name inside a descriptor.

    A run of capitals before a given name that is not itself a given name ("Secretary of State" cut short,
    a party, a rank, a trade) describes the person; the name starts at the given name. Honorifics that are
    part of how a person is named ("Sir Alex Ferguson", "Lord Falconer") stay, and so does a whole name the
    document reads as one person's, whose first words hold a given name of the longer list, glue no description on
    and are written nowhere else, when the text writes it right after a role ("vice president Farhat Omar Ben
    Gadaravice": "Ben" is the first given name the shorter list knows; "Hero Tom Hale", "at Preston Tom Hale" hold
    no role before them).
    """
    toks = who.split()
    for i, tok in enumerate(toks[:-1]):
        if is_first_name(tok) and i:
            lead = [fold(t).rstrip(".") for t in toks[:i]]
            if any(t in KEPT_HONORIFICS or is_first_name(t) for t in lead) or lead[-1] in _PLACE_PREFIXES:
                return who  # an honorific, a given name before, or a place named after a saint or a person
            if ents is not None and names is not None and who in ents.full_names \
                    and any(is_given_name(t) for t in toks[:i]) and _name_part(toks[:i], text, who, names) \
                    and re.search(rf"\b(?i:{PERSON_ROLE_ALT})[ \t]+{re.escape(who)}\b", text):
                return who  # a whole name after a role ("Colonel Bob Stewart": a rank holds no given name)
            return " ".join(toks[i:])
    return who


def _name_part(words: list[str], text: str, whole: str, names: NameContext) -> bool:
    """Whether the words before a name's first short-list given name are a part of it: none glued on as a description
    (:func:`_glue_word`: written in lower case, a role, a title, a party or a nationality), and none written anywhere but
    in the whole name ("Councillor Reid said …. Reid Anna Marsh, the council's leader": Reid is someone else)."""
    return all(w.isalpha() and not _glue_word(w, names)
               and len(re.findall(rf"\b{re.escape(w)}\b", text)) == text.count(whole) for w in words)


# the words that make a place of the given name after them ("St Louis", "Port Elizabeth", "San Jose", "Fort William")
_PLACE_PREFIXES = frozenset("st saint ste san santa sao port fort mount lake cape".split())


def _longer_org(who: str, orgs: set[str], text: str = "") -> str | None:
    """'Forum' for the Music Managers' Forum, 'Film Council' for the UK Film Council.

    An organisation named by its generic head noun is the one organisation of the article that ends (or, for
    "Association of …", starts) with it; failing that, the one longer run of capitals the text writes before
    it ("UK Film Council", which the entity table splits at its acronym). Two candidates and the short form
    stays.
    """
    head = fold(who.split()[-1])
    if head not in ORG_NOUNS and head not in _MORE_ORG_HEADS:
        return None
    longer = {o for o in orgs if o != who and (o.endswith(" " + who) or o.startswith(who + " of "))}
    if not longer and text:
        longer = set(_WRITTEN_LONGER.get(who, text, lambda: frozenset(
            m.group(1) + who for m in _runs_before(who, text)
            if m.group(1).split()[0].lower() not in NON_NAME_FIRST  # "The Council said" opens a sentence
            and not (len(who.split()) > 2 and country_placed(m.group(1).strip(), who, text)))))
        # (the run has no apostrophe: "Manchester's Trafford Centre" gives "Trafford Centre")
    return longer.pop() if len(longer) == 1 else None


def _runs_before(who: str, text: str) -> Iterator[re.Match[str]]:
    """The runs of one to three capitalised words the text writes just before ``who`` (group 1: the run)."""
    runs = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w&-]*[ ]){{1,3}}){re.escape(who)}\b")
    if not sparse(text, " " + who):
        return runs.finditer(text)
    return finditer_where(runs, text, _run_starts(who, text))


def _run_starts(who: str, text: str) -> list[int]:
    """Where a run of one to three capitalised words, each followed by one space, that ends just before ``who``
    can start (:func:`_longer_org`): a capital after the third space before a " who" the text writes, no earlier.
    Trying its pattern only there, not at every position, keeps a long text from being read once per name."""
    starts: set[int] = set()
    for at in written_at(text, " " + who):
        j = at
        for _ in range(3):
            j = text.rfind(" ", 0, j)
            if j < 0:
                break
        starts.update(m.start() for m in _CAPITAL.finditer(text, j + 1, at))
    return sorted(starts)


_CAPITAL = lazy(r"[A-Z]")


# what follows a name in a mention: a lower-case word (as `(?<![\w'’-])NAME[ \t]+([a-z]+)\b` finds it)
_LOWER_WORD_AFTER = lazy(r"[ \t]+([a-z]+)\b")
_GLUED_BEFORE = lazy(r"[\w'’-]")


def _word_after(who: str, mention: str) -> str | None:
    """The lower-case word ``mention`` writes after ``who`` (its first place not glued to a word before it), or None.

    Tried where ``str.find`` finds ``who`` with two fixed patterns: a pattern holding the name, compiled per
    quotation, was a third of the extraction's time (Python's cache of 512 patterns cannot keep them)."""
    for at in written_at(mention, who):
        if at and _GLUED_BEFORE.match(mention, at - 1):
            continue
        m = _LOWER_WORD_AFTER.match(mention, at + len(who))
        if m is not None:
            return m.group(1)
    return None


def _head_noun_written(who: str, mention: str, text: str) -> str:
    """'An All England club spokesperson' where the text also writes "All England Club": the body's name takes the
    head noun the mention gives it in lower case, when the text writes the two together capitalised elsewhere."""
    noun = _word_after(who, mention) if who and mention else None
    if noun is None or noun not in ORG_NOUNS:
        return who
    named = f"{who} {noun.capitalize()}"
    written = re.compile(rf"(?<![\w'’-]){re.escape(named)}\b")
    return named if next(finditer_from(written, text, named), None) else who  # tried where the text writes it


# heads of an organisation's name, beyond names.ORG_NOUNS, that stand for it alone ("the Forum"); not all of
# names.ORG_SUFFIXES: "the Times", "the Post" have more than one longer form in American news
_MORE_ORG_HEADS = frozenset("forum institute foundation society centre center federation".split())


def _rule_name(f: Found) -> str:
    """The rule, the kind of mention it resolved and whether it was contested: "tail_name_first/pronoun-contested"."""
    name = f"{f.rule}/{_kind(f)}" if f.mention else f.rule
    return name + "-contested" if f.contested else name


def _is_author(name: str, author: str) -> bool:
    """Whether ``name`` is the byline's author (the whole name, or its surname when the byline has one)."""
    n = fold(name)
    return n == author or n.split()[-1:] == author.split()[-1:] and len(n.split()) == 1


def find_quotations(doc: Document, names: NameContext | None = None) -> list[Found]:
    """The quotations of ``doc`` with how each was attributed (the evaluator's debug view uses ``how``).

    Read from :func:`extraction_text` (offsets unchanged); the quotation itself is cut
    from the real text by ``_extract``, so it stays verbatim.
    """
    return _find(doc, names)[0]


def _find(doc: Document, names: NameContext | None = None) -> tuple[list[Found], _Resolver | None]:
    """:func:`find_quotations` and the resolver that read them (its masked text and sentences)."""
    text = extraction_text(doc.text)
    raws: list[_Raw] = []
    for p in doc.paragraphs:
        spans = find_quote_spans(text, p.start, p.end, p.number)
        if not too_many_quotations(len(spans), p.end - p.start):
            raws.extend(spans)
    if not raws:
        return [], None
    ents = doc_entities(doc)
    masked = _mask_quotes(text, raws)
    res = _Resolver(doc, ents, masked, names or name_context(doc, ents))
    para_by_number = {p.number: p for p in doc.paragraphs}
    found: list[Found] = []
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
        # the context shown with a quotation is its sentence, cut to a bounded window around it
        sentence = Span(start=max(s_open.start, para.start, raw.open_at - MAX_CONTEXT),
                        end=min(max(s_close.end, raw.close_at + 1), para.end, raw.close_at + 1 + MAX_CONTEXT))
        cand = attribute(Context(text, masked, res, raw, para.start, para.end, sentence))
        who, how = cand.speaker, cand.how
        # the lead is the narration before the mark in its sentence: sentence.start is already clipped to the paragraph
        if not _is_speech(inner, words, how, text, raw, masked[sentence.start : raw.open_at]):
            continue
        if one_word_label(words, how, masked[sentence.start : raw.open_at]):
            if who:
                res.speakers_at.append((raw.open_at, who))  # not listed, but its subject spoke here
            continue
        f = Found(raw, start, end, sentence, who, how, cand.rule, cand.mention, by_title=cand.by_title,
                  joint=cand.joint)
        if who:
            # "The Russian envoy to NATO, Ivan Sokolov, is quoted as saying": the description comes with the name
            f.named_here = has_word(masked[sentence.start : min(sentence.end, raw.close_at + 120)], who.split()[-1])
        if who and cand.mention.lower() in ("he", "she"):
            # "he said" with another man named since the sentence before: the pronoun has a rival
            idx = res.sentence_index(raw.open_at)
            lo = res.sentences[max(idx - 1, 0)].start if res.sentences else 0
            hi = raw.close_at + 1 + c_end if (c_end := _mention_end(text, raw, cand.mention)) else raw.open_at
            f.contested = res.others_named(lo, hi, who, female=cand.mention.lower() == "she")
        if who is None and how == "none":
            _continue_speaker(f, found, res, text)
        elif who is None and how == "tail-unknown" and THE_BODY.fullmatch(cand.mention):
            f = _body_goes_on(f, found, res, text)
        found.append(f)
        if f.who:
            res.speakers_at.append((raw.open_at, f.who))
    _fill_backwards(found, res)
    return found, res


def _body_goes_on(f: Found, earlier: list[Found], res: _Resolver, text: str) -> Found:
    """'"…," the authority said' that the resolver could name no authority for: the body the narration or the run
    before it names ('The Regional Rivers Authority said it accepted … "…," the authority said'), never a person.
    A body by its kind speaks; the last person quoted is the commonest wrong name for it."""
    goes_on = replace(f)
    _continue_speaker(goes_on, earlier, res, text)
    if not goes_on.who or res.ents.is_person(goes_on.who):
        return f
    # the body must be named by the kind: "the authority" is the Rivers Authority; "the council" is never the Fire
    # Service, and "the airline" never the regulator the narration named ("Skywatch, the air safety regulator")
    return goes_on if f.mention.split()[-1].lower() in goes_on.who.lower().split() else f


def _sentence_of(res: _Resolver, offset: int) -> Span:
    return res.sentences[res.sentence_index(offset)] if res.sentences else Span(start=0, end=len(res.masked))


def _narration_speaker(res: _Resolver, lo: int, at: int) -> tuple[str, int] | None:
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
    closing = _closing_reporter(res, lo, at)
    for m in reversed(list(lead_verbs(seg))):
        if closing and closing[1] > lo + m.end():
            break
        if m.group("verb") in _HOPE_VERBS:
            continue  # "Sonaptic hopes the technology will …": an aim the narration reports, not words said
        # ("Jeff Joseph, from the Consumer Electronics Association told …": the person, not the body)
        read = res.resolve(m.group("who"), lo + m.start("who"))
        who = res.person_described(seg, m.start("who"), m.end("who")) or read.name
        if who:
            return who, lo + m.end()
        if read.role_of_another:
            # "A UKIP spokesman said there were 40 MEPs. They shared a belief in the "…"": the last to report is
            # someone the text leaves unnamed, and the words after are theirs, never a name further back
            return None
    return closing


def _closing_reporter(res: _Resolver, lo: int, at: int) -> tuple[str, int] | None:
    """'Digital prints cost less - giving distributors more choice, said Ms Deans. "…"': the person named by an
    inverted reporting clause that closes the last sentence before the quotation, and where that clause ends.

    The subject of such a clause comes after its verb, so :func:`lead_verbs` (subject first) does not see it; the
    sentence is that person's report, and the quotation right after it goes on in their voice.
    """
    if not res.sentences:
        return None
    s = res.sentences[res.sentence_index(max(at - 1, 0))]
    if s.end > at + 1:  # the quotation's own sentence: the one before it, if it ends after ``lo``
        idx = res.sentence_index(s.start) - 1
        if idx < 0:
            return None
        s = res.sentences[idx]
    if s.end <= lo:
        return None
    m = _END_REPORT.search(res.masked[max(s.start, lo) : min(s.end, at)].rstrip())
    if m is None:
        return None
    mention = (m.group("who") or m.group("who2") or "").split()
    if not mention or mention[0].lower() in _PREPOSITIONS:
        return None  # '…, Blunt said of Cruz.', '…, said on Capital Download.': whom or where, not who
    who = res.end_reporter(m)
    return (who, min(s.end, at)) if who else None


# verbs of hope and expectation: the narration tells what someone wants or foresees, and the quotation after
# it is as often a second speaker's words as theirs
_HOPE_VERBS = frozenset("hopes hoped expects expected fears feared".split())


def _continue_speaker(f: Found, earlier: list[Found], res: _Resolver, text: str) -> None:
    """An unattributed quotation continues a speaker: its chain, the narration, or the previous quote
    (``earlier``: the quotations found before it, in order).

    News prose attributes a run of quotations once: ``"A. "B. "C."`` (one
    speaker, the marks never closed), a quote opening the next paragraph, or a
    quote after a sentence such as "She said she wished she had worn them".
    Done as the quotations are found, so a later "he said" can point back at
    a speaker found this way.
    """
    if any(cue(f.raw, earlier, res, text) for cue in _SOMEONE_ELSE_CUES):
        # '"…," the two write' / 'BBC: "And next year?"' / '"…," Hannity pressed': the quotation's own sentence
        # gives it to someone no rule could name (several people, a label, a clause no rule read), so not to the
        # previous speaker
        return
    prev = earlier[-1] if earlier else None
    if f.raw.chained and prev is not None and prev.who:
        # a chain that goes on from a guessed speaker stays a guess a later attribution may correct
        f.who, f.how = prev.who, "chain-guess" if prev.how in _GUESSED else "chain"
        f.rule, f.mention, f.by_title, f.head = f.how, prev.mention, prev.by_title, prev
        return
    lo = prev.raw.close_at + 1 if prev is not None else 0
    narrated_by = _narration_speaker(res, lo, f.raw.open_at)
    if narrated_by and _described_as_another(f.raw, narrated_by[0], res, text):
        return  # '"…," Prosecutor Dan Hirst said. ¶ "…," the defendant said': not the narration's speaker either
    if narrated_by:
        who, clause_end = narrated_by
        f.who, f.how, f.rule = who, "narration", "narration"
        # 'Clinton said … . Sanders acknowledged "it will be very hard"': someone else named after the
        # narrating clause, nearer the quotation, contests it
        f.contested = res.others_named(clause_end, f.raw.open_at, who)
    elif prev is not None and prev.who and f.raw.open_at - prev.raw.close_at < 1500 \
            and not _turn_changes(f, earlier, text):
        # "continuation" when narration came between (a later attribution in the run may override it);
        # '"A," said Egelton. "B." "C," said Mayland': B right after A's attribution is Egelton's
        gap = res.masked[prev.raw.close_at + 1 : f.raw.open_at]
        stop = _STOP.search(gap)
        narrated = bool(stop and _WORD.search(gap, stop.end()))
        if _body_subject_differs(res, max(f.sentence.start, prev.raw.close_at + 1), f.raw.open_at, prev.who):
            return  # 'Smith said: "…" The Labour party has committed itself to "…"': the body's words, or nobody's
        if _described_as_another(f.raw, prev.who, res, text):
            return  # '"…," said Prosecutor Dan Hirst. The defendant told the jury: "…"': a role the speaker has not
        if _OWNED_ROLE_SPEAKS.search(gap):
            # '"Kim's wrist …" But her spokesman insisted she had simply delayed her entry. "…"': the sentence between
            # gives the turn to someone's spokesman, whom the text leaves unnamed (not the one who spoke before)
            return
        if (new := res.subject_between(prev.raw.close_at + 1, f.raw.open_at, prev.who)) is not None \
                and not _THIRD_PERSON.search(text, f.raw.open_at, min(f.raw.close_at, f.raw.open_at + 200)):
            # '"…," he said. Double try scorer Martyn Williams was keen not to talk about a Grand Slam. "…"': the one
            # sentence between gives someone else, named, the mood they spoke in; the words after it are theirs
            # (unless they talk of a "he" or "she": the one the sentence named, talked about)
            f.who, f.how, f.rule = new, "narration", "narration"
            return
        if narrated and _SOMEONE_NEW_SPEAKS.search(gap, stop.start()):
            # '"…," says Mr Lakhani. One leading broker said the reasons may be political. "…"': a sentence between
            # whose subject is someone new and unnamed ("a", "one", "another" before a role) hands the turn on
            return
        f.who, f.how = prev.who, "continuation" if narrated or prev.how in _GUESSED else "continuation-next"
        f.rule, f.mention, f.by_title, f.head = f.how, prev.mention, prev.by_title, prev
        # '"A," Smith said. Jones disagreed. "B."': narration naming someone else contests the run
        f.contested = narrated and res.others_named(prev.raw.close_at + 1, f.raw.open_at, prev.who) \
            or _own_subject_differs(f, prev, res)


_GUESSED = frozenset(("continuation", "chain-guess"))


def _described_as_another(raw: _Raw, who: str, res: _Resolver, text: str) -> bool:
    """Whether the quotation's own clause gives its words to a definite description of a party to a case
    (:data:`_PARTIES`) that the text never gives the previous speaker, who has a title of their own ("Prosecutor Daniel Hirst said …. The defendant told the
    jury: '…'", "'…,' the defendant said"): someone else, whom no rule named. A description of the speaker's own
    role ("the prosecutor said"), or of a speaker the text gives no title, goes on with the run as before."""
    lead = _DESCRIBED_LEAD.search(res.masked, max(raw.open_at - 120, 0), raw.open_at)
    tail = _DESCRIBED_TAIL.match(res.masked, raw.close_at + 1) if raw.closed else None
    m = lead or tail
    if m is None:
        return False
    head = (m.group("head") or m.groupdict().get("head2") or "").lower()
    titles = [t.lower().split() for t, n in res.ents.titles if n == who]
    return head in _PARTIES and bool(titles) and not any(head in t for t in titles)


# the people of a court case, and the sides of a dispute a case or an assault story sets against each other, each
# someone else than the other ("the charity's director" after "Oxfam's Barbara Stocking" is most often her, named
# another way: only these words are read)
_PARTIES = frozenset("""defendant accused victim claimant plaintiff witness pensioner prosecutor judge juror magistrate
coroner""".split())


# "The defendant told the jury:" opening the quotation's sentence, and '"…," the defendant said'
_DESCRIBED_LEAD = lazy(rf"(?:^|(?<=[.!?\n][ \t])|(?<=\n))[ \t]*[Tt]he[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?P<head>[a-z][\w\-]*)[ \t]+"
                       rf"(?:{VERB})\b[^.!?\"“”]{{0,40}}?[ \t]*[:,]?[ \t]*$")
_DESCRIBED_TAIL = lazy(rf"[ \t,?!]*[ \t](?:(?:{VERB})[ \t]+the[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?P<head>[a-z][\w\-]*)"
                       rf"|the[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?P<head2>[a-z][\w\-]*)[ \t]+(?:{VERB}))\b")
_THIRD_PERSON = lazy(r"\b(?:[Hh]e|him|his|[Ss]he|her)\b")
# a sentence opened by someone new and unnamed who speaks: "One leading Karachi broker said", "Another fan told"
_SOMEONE_NEW_SPEAKS = lazy(
    rf"(?:^|[.!?][ \t]+|\n)[ \t]*(?:A|An|One|Another)[ \t]+(?:[\w\-'’]+[ \t]+){{0,4}}?(?i:{_ROLE_ALT})[ \t]+"
    rf"(?:{VERB})\b"
    # "One of Vale's bandmates said", "A close friend of the singer told": one of someone's people, unnamed
    rf"|(?:^|[.!?][ \t]+|\n)[ \t]*(?:(?:One|Another)[ \t]+|(?:A|An)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?[a-z][\w\-]*[ \t]+)"
    rf"of[ \t]+(?:[\w\-'’]+[ \t]+){{0,4}}?(?:{VERB})\b"
)


# a sentence opening on someone's role, unnamed, that speaks: "But her spokesman insisted", "His lawyer said"
_OWNED_ROLE_SPEAKS = lazy(
    rf"(?:^|[.!?][\"”]?[ \t]+|\n)[ \t]*(?:(?:But|And|However|Yet),?[ \t]+)?(?:His|Her|Their|his|her|their)[ \t]+"
    rf"(?:[\w\-]+[ \t]+){{0,2}}?(?i:{PERSON_ROLE_ALT})[ \t]+(?:has[ \t]+|had[ \t]+)?"
    # (a person's role and a verb crediting words only: "His statement said", "His team thanked the fans" hand on nothing)
    rf"(?:{alternation('credit')})\b"
)


def _clause_after_mark(masked: str, text: str, raw: _Raw, clause: re.Pattern[str]) -> str | None:
    """The narration right after a quotation's closing mark (``clause``'s reach of it), when the quotation does not
    end its sentence (a comma, a question or an exclamation mark or a dash before the closing mark): the clause that
    reports the words, read by the cues below. ``None`` when the quotation ends its sentence."""
    mark = text[max(raw.close_at - 2, 0) : raw.close_at].rstrip()[-1:]
    if not raw.closed or not mark or mark not in ",?!—–-":  # ("" is in every string: no mark seen, no cue)
        return None
    found = clause.match(masked, raw.close_at + 1)
    return found.group(0) if found else None


def _plural_cue(masked: str, text: str, raw: _Raw) -> bool:
    """'"…," the two write.' / '"…," they say.' / '"…," both men said.': the quotation's own sentence has a
    reporting clause, right after its closing mark, whose subject is plural and which no rule could name.

    Number agreement: words said by several people are not one earlier speaker's, so carrying the previous
    speaker on (a run) or reading one person from the narration before would give them to someone the sentence
    itself does not. The clause counts only when the quotation does not end its sentence (a comma, a question or
    an exclamation mark or a dash before the closing mark); its subject is plural by its verb ("write", "say": a
    present tense without -s) or by a plural word ("they", "both", "the two").
    """
    tail = _clause_after_mark(masked, text, raw, _TAIL_CLAUSE)
    return tail is not None and _PLURAL_CUE.match(tail) is not None


def _group_cue(masked: str, text: str, raw: _Raw) -> bool:
    """'"…," her family said.' / '"…," sources said.' / '"…," the jury was told.': the quotation's own sentence goes on
    with a reporting clause whose subject is a group no one is named for, or a hearing the words were put to; read as
    :func:`_plural_cue` is (the quotation must not end its sentence). The words are the group's, or those of someone
    the clause leaves unnamed, never the previous speaker's nor one read from the narration before."""
    tail = _clause_after_mark(masked, text, raw, _TAIL_CLAUSE)
    return tail is not None and _GROUP_CUE.match(tail) is not None


def _unread_cue(masked: str, text: str, raw: _Raw) -> bool:
    """'"…," Hannity pressed.' / '"…," opined Cleveland's Plain Dealer.' / '"…," Mariam Emara told CNN': the
    quotation's own sentence goes on, right after its closing mark, with a reporting clause whose subject is a
    name no rule could read.

    The words are that subject's, whoever it is, so carrying the previous speaker on (a run) or reading one from
    the narration before would name someone the sentence itself does not. Read as :func:`_plural_cue` is (the
    quotation must not end its sentence), with a wider list of verbs than the rules name speakers by (this only
    withholds a name). A pronoun ("he pressed") or a definite description ("the spokeswoman said") is left to the
    runs: it is most often the speaker the run goes on from, named another way. An indefinite one ("asked one
    boy", "another asked") is someone new; a description ending on a name no rule read ("said the firm's finance
    director Dev Okafor") names someone else; a paper or an agency that reports ("the Courier reported") is never
    the run's person.
    """
    tail = _clause_after_mark(masked, text, raw, _CUE_CLAUSE)
    return tail is not None and _UNREAD_CUE.match(tail) is not None


def _new_reporter(res: _Resolver, raw: _Raw) -> bool:
    """'A spokesman for the firm declined to comment but said in a statement that "…"': the quotation's own
    sentence opens with someone new and unnamed ("a", "an", "one", "another" before a role) who reports, before the
    mark.

    No rule names such a subject, so the quotation falls to the runs; but the sentence itself gives the words to
    that new person, and the previous speaker (or the narration before) would be a name the sentence does not
    give. :data:`_SOMEONE_NEW_SPEAKS` reads the same subject when it stands between two quotations, with its verb
    right after the role; here the verb may come later in the clause ("declined to comment but said").
    """
    if not res.sentences:
        return False
    start = res.sentences[res.sentence_index(raw.open_at)].start
    return bool(_NEW_REPORTER.match(res.masked[start : raw.open_at]))


def _new_reporter_before(res: _Resolver, raw: _Raw, earlier: list[Found]) -> bool:
    """'A Labour party spokesman played down differences with Mr Wyatt and said Mr Brown had a role. "This
    election is …"': the sentence right before a quotation that opens its own sentence, after the last quotation,
    opens with someone new and unnamed who reports (as :func:`_new_reporter` reads a quotation's own sentence); the
    words that follow are that person's, never a name the narration further back gives."""
    before = _sentence_just_before(res, raw, earlier)
    return before is not None and bool(_NEW_REPORTER.match(res.masked, before.start, before.end))


def _document_tail(masked: str, raw: _Raw) -> bool:
    """'"…," reads a telephone memo for Mr Heath': right after the closing mark, a document reads the words; whoever
    the memo was for or about is no speaker, and the previous speaker's run does not reach them."""
    if not raw.closed:
        return False
    m = _DOCUMENT_TAIL.match(masked, raw.close_at + 1)
    return m is not None and not _AUTHORED.match(masked, m.end())


# (only a document the text brings in new: "read the statement" is the one the narration gave its author)
_DOCUMENT_TAIL = lazy(r"[ \t]*(?:reads|read|ran|runs)[ \t]+(?:a|an|one)[ \t]+(?:[\w\-]+[ \t]+){0,3}?"
                      r"(?:statement|letter|e-?mail|note|message|notice|memo|memorandum|minute|minutes|document|report|"
                      r"telegram|cable|transcript|leaflet|poster|sign|banner)s?\b")


# a document whose author the tail names ("reads a handwritten note from Fryer"): the author's words
_AUTHORED = lazy(r"(?:[ \t]+[a-z][\w\-]*){0,2}?[ \t]+(?:from|by|written|signed|sent)\b")


# someone new and unnamed opens the sentence ("A spokesman for X", "One trader", "Another local resident", "One
# stallholder, who has sold fruit there for years,"), and a reporting verb follows in the same clause, before the
# quotation
_NEW_REPORTER = lazy(
    rf"[ \t]*(?:A|An|One|Another)[ \t]+(?:[\w\-'’]+[ \t]+){{0,4}}?(?:(?i:{_ROLE_ALT})\b|[a-z][\w\-]*,[ \t]+who\b)"
    rf"[^.!?;:\n]{{0,160}}?\b(?:{VERB})\b"
)


def _relation_acts_before(res: _Resolver, raw: _Raw, earlier: list[Found]) -> bool:
    """'Asked what he would miss most, her husband paused for a long time. "The four o'clock starts."': the
    sentence right before the quotation, after the last one, has someone's relation act ("her husband", "his
    mother"), someone no rule names; the words that follow are theirs as likely as the previous speaker's."""
    before = _sentence_just_before(res, raw, earlier)
    return before is not None and bool(_RELATION_ACTS.match(res.masked, before.start, before.end))


def _sentence_just_before(res: _Resolver, raw: _Raw, earlier: list[Found]) -> Span | None:
    """The sentence right before a quotation that opens its own sentence, when no earlier quotation reaches into it:
    the narration a cue of :data:`_SOMEONE_ELSE_CUES` reads for someone acting between the two."""
    if not res.sentences:
        return None
    idx = res.sentence_index(raw.open_at)
    if res.sentences[idx].start < raw.open_at - 1 or idx == 0:
        return None  # the quotation does not open its sentence
    before = res.sentences[idx - 1]
    if earlier and earlier[-1].raw.close_at >= before.start:
        return None
    return before


# the kin words the extractor knows, and the further relations a story may set acting
_RELATIONS = sorted(RELATION_WORDS - {"friends", "family", "relatives", "parents", "neighbours", "colleagues", "successor",
                                      "predecessor"}, key=lambda w: (-len(w), w))
_RELATION_ACTS = lazy(r"[ \t]*(?:[^,\"“”.]{1,80},[ \t]+)?(?:[Hh]er|[Hh]is|[Tt]heir)[ \t]+(?:(?:late|elder|younger|"
                      rf"eldest|youngest|former)[ \t]+)?(?:{'|'.join(_RELATIONS)})[ \t]+(?:[a-z]+ly[ \t]+)?"
                      r"(?!(?:was|is|has|had|does|were|gets|got)\b)[a-z]+(?:ed|s)\b(?![ \t]+by\b)")


_CUE_CLAUSE = lazy(r"[^.!?;:\n\"“”]{0,80}")  # as _TAIL_CLAUSE, but an apostrophe may stand in it ("Sanders’ aide")


_TURN_VERB = "(?:" + VERB + "|" + alternation("turn", space=r"[ \t]+") + ")"
# a name, not a pronoun or a description ("the spokeswoman", "our correspondent": most often the run's own speaker)
_NAMED = r"(?!(?:The|A|An|Our|His|Her|Its|Their|This|That|These|Those|One|Another|He|She|It|They|We|You|I)\b)[A-Z]"
# the verb first ("opined Cleveland's Plain Dealer") or a subject of one to eight words first ("Hannity pressed",
# "New York City Public Advocate Trish James said")
_UNREAD_CUE = lazy(
    # '"…?" asked one boy from the front row.' / '"…?" another asked.': someone new and unnamed (an indefinite
    # subject introduces a person not met before; "the spokeswoman" is left to the runs)
    rf"[ \t,]*(?:{_TURN_VERB}[ \t]+(?:a|an|one|another)[ \t]+[a-z]"
    # '"…?" asked the boy, who said his name was Mason': a description the relative clause introduces
    rf"|{_TURN_VERB}[ \t]+the[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,2}}[a-z][\w\-]*,[ \t]+who\b"
    rf"|(?:a|an|one|another)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?{_TURN_VERB}"
    rf"|{_TURN_VERB}[ \t]+{_NAMED}"
    # '"…," said the firm's finance director Dev Okafor': a description that ends on a name no rule could read
    rf"|{_TURN_VERB}[ \t]+(?:the|his|her|their)[ \t]+(?:[\w'’\-]+[ \t]+){{0,5}}?[A-Z][\w'’\-]+[ \t]+[A-Z][\w'’\-]*"
    # (the name ends the clause or a phrase of time or place follows it; "the two-time Academy Award winner" is no name)
    rf"(?=[ \t]*$|[ \t]+(?:{PHRASE_OPENERS}|on|in|at|for|from|with|by)\b)"
    # '"…," said 20-year-old politics student Nick Vaughan': an age or lower-case words describe a name no rule read
    rf"|{_TURN_VERB}[ \t]+(?:\d{{1,3}}-year-old[ \t]+(?:[a-z][\w\-]*[ \t]+){{0,4}}|"
    rf"(?!(?:the|his|her|their|its|a|an|one|another)\b)(?:[a-z][\w\-]*[ \t]+){{1,4}})[A-Z][\w'’\-]+[ \t]+[A-Z][\w'’\-]*(?=[ \t]*$|[ \t]*,)"
    rf"|{_NAMED}[\w.'’\-]*(?:,?[ \t]+[\w.'’\-]+,?){{0,7}}?[ \t]+{_TURN_VERB}"
    # '"…," the Evening Chronicle reported.' / '"…," the paper reports': a paper or an agency reporting is never
    # the run's speaker named another way, whatever its subject
    rf"|(?:the[ \t]+)?[\w.'’\-]+(?:[ \t]+[\w.'’\-]+){{0,5}}?[ \t]+(?:reported|reports)"
    rf"|(?:reported|reports)[ \t]+(?:the[ \t]+)?[A-Za-z])\b"
)


def _lead_clause_cue(masked: str, raw: _Raw) -> bool:
    """Whether the clause that opens the quotation's own sentence, right before its mark, gives the words to someone
    no rule could name (:data:`_LEAD_CLAUSE_CUES`): the clause is read once, and each cue reads its text."""
    head = _LEAD_CLAUSE.search(masked, max(raw.open_at - 120, 0), raw.open_at)
    return head is not None and any(cue(head.group(0)) for cue in _LEAD_CLAUSE_CUES)


def _owned_person_lead(clause: str) -> bool:
    """'His lawyer said: "…"', 'Outside court, the victim's mother said:': someone's relation or representative,
    unnamed, opens the quotation's clause; the run of the one they belong to never reaches the words."""
    return _OWNED_PERSON_LEAD.fullmatch(clause) is not None


def _unread_lead(clause: str) -> bool:
    """'Rail4All said: "…"': the quotation's own sentence opens with a reporting clause, right before its opening
    mark, whose subject is a name no rule could read.

    The lead counterpart of :func:`_unread_cue`: the sentence gives the words to that subject, whoever it is, so
    the previous speaker's run must not carry on into them. Only a colon or a comma (or nothing) may stand between
    the verb and the mark, and the clause must open its sentence, so a verb inside a longer sentence ("… than
    Smith said was fair") is not read as the quotation's frame.
    """
    if not _UNREAD_LEAD.fullmatch(clause):
        return False
    first = clause.split(None, 1)[0]
    # 'But told BBC News: "…"', 'Also speaking, he said:': a clause left without a subject goes on the run's own
    return fold(first) not in _CLAUSE_OPENERS and not opens_no_name(first)


def _named_source_lead(clause: str) -> bool:
    """'According to the papers, the label "withheld statements"': the quotation's own sentence names its source
    before the mark, however unreadable ("the papers"), so the words are not the previous speaker's run."""
    return _ACCORDING.search(clause) is not None or _REPORTED_LEAD.match(clause) is not None


def _body_subject_lead(clause: str) -> bool:
    """'The Northern Referees' Association said it would "review the incident"': the quotation's own sentence opens
    with a body's name (ending in a head such as "Association") as the subject of a verb of saying, which the rules
    left unread (a plural possessive inside it, as here); the words are that body's, never the last speaker's."""
    return _BODY_SAYS.match(clause) is not None


_BODY_SAYS = lazy(r"[ \t]*(?:The[ \t]+)?(?:[A-Z][\w'’.&\-]*[ \t]+){1,5}(?:Association|Union|Federation|Council|Board|"
                     r"Committee|Society|Trust|League|Institute|Authority|Commission|Agency|Office|Party|Group|Club|"
                     r"Foundation|Alliance|Confederation|Organisation|Organization)[ \t]+"
                     r"(?:(?:has|had|also|later)[ \t]+)*(?:said|says|warned|added|stated|argued|claimed|insisted|"
                     r"confirmed|announced)\b")


def _document_reads(clause: str) -> bool:
    """'The organisers' statement, issued shortly after midnight, read: "…"': the quotation's own sentence gives
    the words to a document ("read" is no verb of speech a rule reads), so they are not the previous speaker's run."""
    # ("His resignation letter read:": a document someone's pronoun owns is that person's, whose run may go on)
    return _DOCUMENT_READS.search(clause) is not None and _OWNED_DOCUMENT.search(clause) is None


_OWNED_DOCUMENT = lazy(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?:statement|letter|e-?mail|note|"
                       r"message|post|tweet|text|card|memo)\b")
_DOCUMENT_READS = lazy(r"\b(?:statement|letter|e-?mail|note|message|notice|sign|post|tweet|text|card|banner|placard|"
                       r"plaque|headline|caption|inscription|memo|leaflet|poster)s?\b[^\"“”]{0,100}?"
                       r"\b(?:read|reads|ran|runs)[ \t]*[:,]?[ \t]*$")
_ACCORDING = lazy(r"\b[Aa]ccording[ \t]+to\b")
# "The Greyhallow Star reported that one shelter had turned people away "…"": a paper's report is its source too
# ("The New York Times characterized the path as a "…"": a paper's characterisation is its own words)
_REPORTED_LEAD = lazy(r"[ \t]*(?:The[ \t]+)?[A-Z][\w.'’\-]*(?:[ \t]+[\w.'’\-]+){0,5}?[ \t]+"
                      r"(?:reported|reports|characteri[sz]ed|characteri[sz]es)\b")


# the quotation's sentence before its opening mark, from the sentence start (after a full stop or a line break)
# (after a quotation the stop is inside its blanked words: '… she is owed." According to the papers, …' opens where
# the closing mark and a space stand before a capital)
# 'His lawyer said:', 'Outside court, the victim's mother said:', 'In a statement, her husband said:': someone's
# relation or representative, unnamed, whom the run of the one they belong to never reaches
_OWNED_PERSON_LEAD = lazy(
    r"[ \t]*(?:[A-Z][^,\"“”]{2,40},[ \t]+)?(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he[ \t]+)?[\w\-]+['’]s?)[ \t]+"
    r"(?:[a-z][\w\-]*[ \t]+){0,2}(?:" + "|".join(sorted(RELATION_WORDS | REPRESENTATIVES, key=lambda w: (-len(w), w)))
    + r")[ \t]+(?:(?:also|later|then|had|has)[ \t]+)?" + VERB + r"\b[^\"“”]{0,40}?[ \t]*[:,]?[ \t]*")
_LEAD_CLAUSE = lazy(r"(?:(?<=[.!?\n][ \t])|(?<=[\"”][ \t])(?=[A-Z])|(?<=\n))[^.!?;\n\"“”]{3,100}$")
_CLAUSE_OPENERS = frozenset("but and yet so then however earlier later now meanwhile instead speaking asked".split())
_UNREAD_LEAD = lazy(rf"[ \t]*{_NAMED}[\w.'’\-]*(?:[ \t]+[\w.'’\-]+){{0,6}}?[ \t]+{_TURN_VERB}[ \t]*[:,]?[ \t]*")


# a name, after "a"/"an" and one adjective at most, whose past-tense verb closes the quotation's clause ("an angry
# Hollande retaliated", "Holm shot back"): a reporting clause whatever its verb
_PAST_TENSE_CUE = lazy(rf"[ \t,]*(?:(?:a|an)[ \t]+[a-z]+[ \t]+)?(?P<name>{_NAMED}[\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){{0,3}})"
                       rf"[ \t]+(?:[a-z]{{2,}}ed|shot|hit)(?:[ \t]+back)?[ \t]*$")


def _answered_by_another(raw: _Raw, earlier: list[Found], res: _Resolver, text: str) -> bool:
    """'"France is no longer France," he claimed. / "France will always be France," an angry Hollande retaliated.':
    the quotation's own sentence goes on with a name and a past-tense verb no rule reads as speech; the speaker a run
    would carry on (the chain's, the narration's or the previous quotation's) is not that name, so the words are
    another's answer and get no name. Where the carried speaker is that name ('Bolton called it …. "…," Bolton
    charged'), the run goes on as before."""
    tail = _clause_after_mark(res.masked, text, raw, _CUE_CLAUSE)
    cue = _PAST_TENSE_CUE.match(tail) if tail is not None else None
    if cue is None:
        return False
    prev = earlier[-1] if earlier else None
    carried = prev.who if prev is not None else None
    if not raw.chained:
        narrated = _narration_speaker(res, prev.raw.close_at + 1 if prev is not None else 0, raw.open_at)
        carried = narrated[0] if narrated else carried
    return bool(carried) and cue.group("name").split()[-1] not in str(carried).split()


# The cues read in the clause that opens the quotation's own sentence, each a function of that clause's text
def _document_finds_lead(clause: str) -> bool:
    """'A survey published by Ironwell last year found that "…"': a study, report or poll opens the quotation's
    sentence as the subject of what it found; the words are the document's, never the last speaker's run."""
    return _DOCUMENT_FINDS.fullmatch(clause) is not None


_DOCUMENT_FINDS = lazy(r"[ \t]*(?:(?:A|An|The|Its|Their|His|Her|[A-Z][\w'’&\-]*['’]s?)[ \t]+)?(?:[\w'’\-]+[ \t]+){0,3}?"
                       r"(?:survey|study|report|poll|research|review|analysis|audit|inquiry|paper|census)\b"
                       r"[^\"“”]{0,80}?[ \t]+(?:found|finds|showed|shows|suggested|suggests|warned|warns|concluded|"
                       r"concludes|revealed|reveals|estimated|estimates|predicted|predicts)(?:[ \t]+that)?[ \t]*[:,]?[ \t]*")


def _law_subject_lead(res: _Resolver, raw: _Raw) -> bool:
    """'Section 5 of the members interest order legally obliges MSPs to declare interests … "…"': a numbered section
    of a law or a code opens the quotation's sentence as the subject of a verb of obligation or wording (however long
    the clause runs before the mark); the words are the text of that law, never the last speaker's run."""
    start = _sentence_of(res, raw.open_at).start
    return start < raw.open_at and _LAW_SUBJECT.match(res.masked, start, raw.open_at) is not None


# a numbered section of a law, code or order, as the subject of a verb of obligation or wording ("Section 5 of the
# members interest order legally obliges MSPs to …"); a law named alone is as often what a speaker talks about
_LAW_SUBJECT = lazy(r"[ \t]*(?:(?:However|But|And|Yet|Now),?[ \t]+)?(?:Section|Article|Clause|Paragraph|Schedule)[ \t]+"
                    r"\d+[a-z]?[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w'’]+[ \t]+){0,4}?(?:[Aa]ct|[Ll]aw|[Cc]ode|[Oo]rder|"
                    r"[Rr]ules|[Rr]egulations|[Dd]irective|[Cc]onstitution|[Tt]reaty|[Cc]harter)(?![\w\-])"
                    r"(?:[ \t]+[a-z]+ly)?[ \t]+(?:obliges|requires|states|says|provides|stipulates|forbids|prohibits|bans|"
                    r"allows|demands|compels|defines)\b")


def _hearing_lead(clause: str) -> bool:
    """'The court heard: "…"', 'The jury was told:': words put to a hearing by someone the clause does not name (the
    prosecution, a witness), never the defendant or the speaker before."""
    return _HEARING_LEAD.fullmatch(clause) is not None


_LEAD_CLAUSE_CUES: tuple[Callable[[str], bool], ...] = (
    _unread_lead,  # 'Rail4All said: "…"'
    _hearing_lead,  # 'The court heard: "…"'
    _owned_person_lead,  # 'His lawyer said: "…"'
    _named_source_lead,  # 'According to the papers, …', 'The Star reported that …'
    _document_reads,  # 'The organisers' statement read: "…"'
    _body_subject_lead,  # "The Northern Referees' Association said it would "…""
    _document_finds_lead,  # 'A survey published by Ironwell last year found that "…"'
)
# The cues in a quotation's own sentence that give it to someone no rule could name, each read alone (one table, so a
# new cue is one line here and one small function above): the previous speaker's run and the narration before never
# reach such a quotation. Each takes the quotation, the quotations found before it, the resolver and the text.
_SOMEONE_ELSE_CUES: tuple[Callable[[_Raw, list[Found], _Resolver, str], bool], ...] = (
    lambda raw, _e, res, text: _plural_cue(res.masked, text, raw),  # '"…," the two write'
    lambda raw, _e, res, text: _group_cue(res.masked, text, raw),  # '"…," her family said', '"…," the jury was told'
    lambda raw, _e, _r, text: _label_cue(text, raw),  # 'BBC: "And next year?"'
    lambda raw, _e, res, text: _unread_cue(res.masked, text, raw),  # '"…," Hannity pressed'
    lambda raw, _e, res, _t: _chant_lead(res.masked, raw),  # 'Chants of "…"'
    lambda raw, _e, res, _t: _thing_is_lead(res.masked, raw),  # 'The proposed question is: "…"'
    lambda raw, _e, res, _t: _saying_lead(res.masked, raw),  # 'the old maxim: "…"'
    lambda raw, _e, res, _t: _told_lead(res.masked, raw),  # 'Despite being told he was a "…"'
    lambda raw, _e, res, _t: _lead_clause_cue(res.masked, raw),  # 'Rail4All said: "…"', 'The Star reported', …
    lambda raw, e, res, _t: _relation_acts_before(res, raw, e),  # 'Her husband paused. "…"'
    lambda raw, _e, res, _t: _new_reporter(res, raw),  # 'A spokesman … declined to comment but said that "…"'
    lambda raw, _e, res, _t: _law_subject_lead(res, raw),  # 'Section 5 of the order obliges MSPs to … "…"'
    lambda raw, e, res, _t: _new_reporter_before(res, raw, e),  # 'A spokesman … said Mr Brown had …. "…"'
    lambda raw, _e, res, _t: _document_tail(res.masked, raw),  # '"…," reads a telephone memo for Mr Heath'
    _answered_by_another,  # '"…," an angry Hollande retaliated'
)


def _turn_changes(f: Found, earlier: list[Found], text: str) -> bool:
    """'"Will taxes rise?" Hale asked. / "Not this year," Berg replied. / "And next year?"': in a conversation where
    the last speaker answered someone's question, a new question with no cue of its own is the questioner's turn as
    likely as the answerer's, so the run from the answerer does not go on (nobody is named).

    An interview alternates: who asked and who answered is in the cues, and a question with none after an answer is
    most often the interviewer again. Only a question (it ends with "?") after an answer to another speaker's
    question, within the two paragraphs before the answer, is read so.
    """
    if not text[f.start : f.end].rstrip(" \"'”’").endswith("?"):
        return False
    # the answer's run: back from the quotation continued (the last one found) to where its speaker's turn began
    prev = earlier[-1]
    i = len(earlier) - 1
    while i > 0 and earlier[i - 1].who == prev.who:
        i -= 1
    if i == 0:
        return False
    asked, answer = earlier[i - 1], earlier[i]
    return (bool(asked.who) and asked.who != prev.who and answer.raw.paragraph - asked.raw.paragraph <= 2
            and text[asked.start : asked.end].rstrip(" \"'”’").endswith("?"))


def _label_cue(text: str, raw: _Raw) -> bool:
    """'BBC: "And next year?"' / 'Interviewer: "…"': the line opens with a label and a colon, an interview
    transcript's turn. The label names the speaker, so when no rule could read it as a name, the turn is still not
    the previous speaker's (a transcript alternates)."""
    line = text.rfind("\n", 0, raw.open_at) + 1
    return bool(_LABEL.fullmatch(text, line, raw.open_at))


def _chant_lead(masked: str, raw: _Raw) -> bool:
    """'Chants of "We're going up" drowned out the speech' / 'The crowd answered by singing "…"': words chanted,
    sung or written on a banner, right before the mark, are a crowd's or a song's, never the previous speaker's."""
    return _CHANT.search(masked, max(raw.open_at - 40, 0), raw.open_at) is not None


def _thing_is_lead(masked: str, raw: _Raw) -> bool:
    """'The proposed question for the referendum is: "Should …?"', 'The motto reads: "…"': a sentence whose subject is
    a thing and whose verb only says what the thing is gives its words, the thing's own, never the previous speaker's
    (someone's "view is:" is theirs, and read by the rules that name an owner)."""
    return _THING_IS.search(masked, max(raw.open_at - 160, 0), raw.open_at) is not None


def _saying_lead(masked: str, raw: _Raw) -> bool:
    """'voters will bear out the old maxim: "No pain, no gain."': a saying nobody in the text is said to say, named by
    its kind right before the colon, is nobody's run (a person's own "has a motto:" is theirs, read by the rules)."""
    return _SAYING_BEFORE.search(masked, max(raw.open_at - 120, 0), raw.open_at) is not None


def _told_lead(masked: str, raw: _Raw) -> bool:
    """'Despite being told he was a "nutter who died at sea", she found him': words someone was told, by a teller the
    sentence leaves unnamed before them, are the teller's, never the previous speaker's run."""
    return _TOLD_BEFORE.search(masked, max(raw.open_at - 120, 0), raw.open_at) is not None


_TOLD_BEFORE = lazy(r"\b(?:being|been|was|were)[ \t]+told[ \t]+(?:that[ \t]+)?(?:[\w'’\-]+[ \t]+){0,6}$")


# 'will bear out for Labour the old maxim: "No pain, no gain."': a saying nobody in the text is said to say, named by
# its kind right before the colon (not a person's own "his motto:", which the rules read as theirs)
_SAYING_BEFORE = lazy(r"(?<!has[ \t])(?<!had[ \t])(?<!have[ \t])\b(?:the|an?|that|this)[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}(?:maxim|adage|proverb|saying|dictum|"
                      r"aphorism|cliche|cliché|motto|slogan|mantra|catchphrase)[ \t]*:[ \t]*$")


# a word of the thing's description, never a pronoun ("The promise he made was:" is his, and his run goes on)
_THING_WORD = r"(?!(?:he|she|his|her|him|they|their|them|i|we|my|our)\b)[a-z][\w\-]*[ \t]+"
_THING_IS = lazy(rf"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?\"”][ \t]))(?:The|This|That|Its)[ \t]+(?:{_THING_WORD}){{0,6}}?"
                 r"(?:question|motto|slogan|wording|title|headline|message|inscription|sign|caption|text|answer|"
                 r"subject|verdict|promise|pledge|rule|line|notice|banner|plea|warning)[ \t]+"
                 rf"(?:{_THING_WORD}){{0,6}}?(?:is|was|reads|read|will[ \t]+be|would[ \t]+be)[ \t]*:[ \t]*$")


_CHANT = lazy(r"\b(?:[Cc]hants?|chanting|chanted|cries|shouts|singing|sang|sings|sung|banners?|placards?)"
              r"(?:[ \t]+(?:of|reading|saying|that[ \t]+read))?[ \t]*[:,]?[ \t]*$")


# a transcript's turn: one to four capitalised words (or Q/A) and a colon, alone before the quotation on its line
_LABEL = lazy(r"[ \t]*[A-Z][\w.'’&\-]*(?:[ \t]+[A-Z][\w.'’&\-]*){0,3}[ \t]*:[ \t]*")


_TAIL_CLAUSE = lazy(r"[^.!?;:\n\"“”‘’]{0,60}")
# people spoken of as a group nobody is named for ("her family", "sources", "friends of the minister"), and the hearings
# words are put to ("the jury was told", "the court heard")
_GROUPS = (r"(?:family|relatives|friends|sources|aides|allies|colleagues|opponents|critics|supporters|parents"
           r"|neighbours|neighbors|relations|insiders|associates|advisers|advisors|loved[ \t]+ones)")
_HEARINGS = r"(?:jury|court|inquest|tribunal|hearing|trial|inquiry|panel)"
_GROUP_CUE = lazy(rf"[ \t,]*(?:(?:her|his|their|the|its|[A-Z][\w'’\-]*['’]s?)[ \t]+)?(?:close[ \t]+)?{_GROUPS}"
                  rf"(?:[ \t]+(?:of|to|close[ \t]+to)[ \t]+[^,]{{1,40}}?)?[ \t]+(?:have[ \t]+|has[ \t]+|had[ \t]+)?(?:{VERB})\b"
                  rf"|[ \t,]*the[ \t]+{_HEARINGS}[ \t]+(?:was[ \t]+told|were[ \t]+told|heard)\b")
_HEARING_LEAD = lazy(rf"[ \t]*(?:[A-Z][^,]{{0,60}},[ \t]+)?[Tt]he[ \t]+{_HEARINGS}[ \t]+(?:was[ \t]+told|were[ \t]+told|heard)"
                     # ("The court heard the defendant had said:": someone the hearing was told of, unnamed here)
                     rf"(?:[ \t]+that)?(?:[ \t]+(?:the|a|an|his|her|their)(?:[ \t]+[\w'’\-]+){{1,3}}[ \t]+(?:had[ \t]+)?"
                     rf"(?:said|told[ \t]+[\w ]{{1,20}}|written|wrote|shouted|texted))?[ \t]*[:,]?[ \t]*")
# "the two write", "they say", "both men said", "the lawmakers argue": a plural subject, a reporting verb
_PLURAL_VERB = "(?:" + alternation("plural") + ")"
_PLURAL_CUE = lazy(
    rf"[ \t,]*(?:(?:they|both(?:[ \t]+\w+)?|the[ \t]+(?:two|three|four)(?:[ \t]+\w+)?)[ \t]+(?:\w+[ \t]+)?(?:{VERB}|{_PLURAL_VERB})"
    rf"|(?:the[ \t]+)?(?:\w+[ \t]+){{0,3}}?[a-z]+s[ \t]+{_PLURAL_VERB})\b"
)


def _own_subject_differs(f: Found, prev: Found, res: _Resolver) -> bool:
    """'"…," said Smith.¶ Jones fired back, attacking him for "…"': the quotation's own sentence names someone else
    before its marks, so the run from the previous speaker is contested.

    A continuation carries the last speaker across narration only when the narration does not bring in a new
    subject; the clause that holds the quotation is the strongest evidence of whose words these are, and when it
    names another person (not as a prepositional object or an audience) the two readings disagree.
    """
    lo = max(f.sentence.start, prev.raw.close_at + 1)
    return f.raw.open_at - lo > 3 and bool(prev.who) and res.others_named(lo, f.raw.open_at, prev.who or "")


# a sentence whose subject is a body named with its kind ("The Labour party has committed itself to "…"")
_BODY_NAMED_SUBJECT = lazy(
    rf"[\s\"“”‘’']*(?:The[ \t]+)?(?P<name>(?:(?!The\b)[A-Z][\w&'’\-]*[ \t]+){{1,4}})"
    rf"(?P<kind>{'|'.join(sorted(ORG_NOUNS))})[ \t]+(?:has|have|had|is|was|were|will|would|[a-z]{{3,}}(?:ed|s))\b")


def _body_subject_differs(res: _Resolver, lo: int, at: int, who: str) -> bool:
    """Whether the quotation's own sentence opens with a body as its subject ("The Labour party has committed
    itself to "…"") that is not the previous speaker: the words are the body's, or nobody's, never the last
    person's run."""
    m = _BODY_NAMED_SUBJECT.match(res.masked, lo, at)
    if m is None:
        return False
    words = {w.lower() for w in m.group("name").split()}
    return not words & {w.lower() for w in who.split()}


def _goes_on_from_unnamed(before: Found, a: Found) -> bool:
    """Whether ``a`` follows, in the same paragraph and right after its tail, words a tail gave to someone the text
    leaves unnamed ('"Bring it on," said the 23-year-old. "I played well."'): the run is that someone's, and the name
    a later quotation gives is not carried back into it."""
    return before.who is None and before.how == "tail-unknown" and before.raw.paragraph == a.raw.paragraph \
        and a.raw.open_at - before.raw.close_at < 80


def _fill_backwards(found: list[Found], res: _Resolver) -> None:
    """``"A," "B," he said`` / a chain whose attribution comes on a later member.

    A quotation that only guessed its speaker from an earlier paragraph
    ("continuation") yields too: ``US coach Patrick McEnroe wants … "A." "B.
    "C," said McEnroe`` is one run with one speaker, named at its end.
    """
    for i in range(len(found) - 2, -1, -1):
        a, b = found[i], found[i + 1]
        weak = a.who is None and a.how == "none" or a.how in _GUESSED and a.raw.paragraph == b.raw.paragraph
        if weak and i > 0 and _goes_on_from_unnamed(found[i - 1], a):
            continue  # '"Bring it on," said the 23-year-old. "I played well." "We were destined," Williams said'
        if weak and b.who and (
            b.raw.chained or not res.masked[a.raw.close_at + 1 : b.raw.open_at].strip(" ,")
        ):
            a.who, a.how, a.rule, a.mention, a.by_title = b.who, "chain-back", "chain-back", b.mention, b.by_title
            a.head = b
