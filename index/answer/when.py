"""When questions: the date attached to the event the question names."""

from __future__ import annotations

import re
from bisect import bisect_right

from index.answer.common import (
    BACK_SUBJECT,
    Sentence,
    candidate_sentences,
    concepts_for,
    item,
    norm,
    not_covered,
    opening,
    ranked_items,
)
from index.answer.how_many import capitalised_words, typed_names_in_source
from index.answer.ordinals import asked_ordinals, other_ordinal
from index.answer.question import content_terms, names_in
from index.answer.relevance import MIN_COVERAGE, Concept
from index.answer.roles import names_a_person_in
from index.answer.wording import ARTICLES
from index.extract.dates import best_date, find_dates
from index.extract.irregular import lemma_of
from index.extract.lexicon import alternation, inflections
from index.models import Answer, AnswerItem, DateMention, Intent, ParsedQuestion
from index.store.analysis import term_spans
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot

_END_WORDS = {"end", "ended", "finish", "finished", "stop", "stopped", "quit", "over", "conclude", "concluded"}


# "When did X become / join / start …" asks when something began: the text words it many ways ("who took over
# at Villa Park in May 2003", "since joining the club", "was appointed in 2001"), and a date that ends a period
# ("until summer 2008") is never when it began.
_START_WORDS = {"become", "became", "becoming", "start", "started", "starting", "begin", "began", "join",
                "joined", "joining", "appointed", "hired", "elected", "arrive", "arrived"}
START_EVENT = ("took over", "take over", "taken over", "taking over", "became", "become", "becoming", "joined",
               "joining", "appointed", "named", "hired", "elected", "arrived", "arrival", "started", "began",
               "since", "installed", "succeeded", "first day", "sworn in", "took office", "took charge", "taken charge")
# a body's founding, asked and written in any of its words ("set up" asked, "founded by her grandfather in 1952" written)
_FOUNDING_ASKED = re.compile(r"\b(?:set\s+up|found|founded|establish|established|formed|created)\b", re.IGNORECASE)
_FOUNDING_WORDS = frozenset({"set", "found", "founded", "establish", "established", "formed", "created"})
FOUNDING = ("founded", "established", "formed", "set up", "created", "founding", "formation")
_FOUNDED = re.compile(r"\b(?:founded|established|formed|set\s+up|created|founding|formation)\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?)$", re.IGNORECASE)
_RELATIVE_OBJECT = re.compile(r"\b(?:which|that)\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)
def _past_owner(words: list[str]) -> list[str]:
    """The words after the last possessive of a noun phrase that goes on past it ("The Penrose Trust's art collection"
    -> "art collection"; "Jago's" alone stays)."""
    owner = max((i for i, w in enumerate(words[:-1]) if re.search(r"['’]s?$", w)), default=-1)
    return words[owner + 1:]


FOUNDED_REACH = 5  # words on the founded thing's side of the verb in which an asked word must stand


def founded_asked(sentence: str, asked: list[Concept]) -> bool:
    """Whether a sentence that tells of a founding tells of the asked thing's: an asked word among the few words
    on the founded thing's side of the verb, its object after an active verb ("set up the Trevanion cider firm in
    1952"), its subject before a passive one ("Trevanion, which was founded by her grandfather in 1952"); never a body
    the asked person founded before ("Tony Wilson, who established Factory Records in the 1980s", asked of his F4
    label). A sentence telling of no founding is left as it is."""
    found = list(_FOUNDED.finditer(sentence))
    if not found or not asked:
        return True
    for m in found:
        before = sentence[:m.start()]
        # the object after an active verb, to its first preposition ("set up the firm's shop in Truro in 2004")
        after = re.findall(r"[\w'’-]+", re.split(r"\b(?:in|at|on|by|for|from|with|near|after|before)\b",
                                                 sentence[m.end():], maxsplit=1)[0])[:FOUNDED_REACH]
        ahead = re.findall(r"[\w'’-]+", _PASSIVE_BEFORE.sub("", before))[-FOUNDED_REACH - 1:]
        # ("The Penrose Trust's art collection, created by …", "the firm's shop": what was founded is the noun after
        # its owner; a possessive name standing alone is the thing itself: "Jago's was founded in 1921")
        ahead, after = _past_owner(ahead), _past_owner(after)
        if not before.strip(" \"“'‘"):
            # "Established in 1981, the Kelby Owens Awards …": a participle opening the sentence founds its subject
            rest = sentence[m.end():]
            side = _past_owner(re.findall(r"[\w'’-]+", rest[rest.find(",") + 1:] if "," in rest else ""
                                          )[:FOUNDED_REACH])
        elif _PASSIVE_BEFORE.search(before) or re.search(r",\s*$", before):
            side = ahead  # "Trevanion, which was founded …", "Acme, founded in 1952,": the founded thing is before
        elif relative := _RELATIVE_OBJECT.search(before):
            # "Roc-A-Fella, which he founded with Damon Dash in 1995": the relative's antecedent was founded
            side = re.findall(r"[\w'’-]+", before[:relative.start()])[-FOUNDED_REACH:]
        elif m.group(0).lower() in ("founding", "formation"):
            side = ahead + after  # "since its formation", "the founding of Acme": either side
        else:
            side = after
        terms = {t for w in side for t in analyse(w)}
        if any(c.matched_by(terms) for c in asked):
            return True
    return False


_PERIOD_END = re.compile(r"\b(?:until|till|through|to|by)\s+(?:the\s+(?:end|summer|autumn|spring|winter)\s+of\s+)?$",
                         re.IGNORECASE)


SCHEDULING = frozenset({"planned", "plan", "plans", "planning", "scheduled", "schedule", "due", "expected",
                        "slated", "happen", "happened", "happens", "occur", "occurred", "going"})
# "take" and "set" schedule only in these phrases: "take over", "set up" are the event itself
_SCHEDULING_PHRASES = re.compile(r"\b(?:(take|takes|took|taking|taken)\s+(place)|(set)\s+(?:for|to)\b)", re.IGNORECASE)


def scheduling_words(question: str) -> set[str]:
    """The question's words that only schedule its event ("planned for", "take place", "set for")."""
    words = {w.lower() for w in re.findall(r"[\w'’-]+", question)} & SCHEDULING
    return words | {g.lower() for m in _SCHEDULING_PHRASES.finditer(question) for g in m.groups() if g}


def start_concept(concept: Concept) -> Concept:
    """The question's "become"/"join" covered by any way the text says something began (never searched)."""
    return concept.widened(START_EVENT)


# "When will the film come out?", "when is the vote due?": a question about what is still to come
# ("when is the film coming out", "when is the vote being held": a question ending in a verb in progress asks
# what is arranged to come)
_FUTURE_QUESTION = re.compile(r"^\W*when\s+(?:will|shall|does|do|(?:is|are)\b.*\b(?:going\s+to|due|set\s+(?:to|for)|expected|"
                              r"scheduled|planned|to\s+be)\b)", re.IGNORECASE)
# (the verb's particle or "place" must follow: "when is the club's annual meeting" ends in a noun in -ing, and its
# "annual" is no subject, so a bare -ing word never makes the question one about what is to come)
_PROGRESSIVE_QUESTION = re.compile(r"^\W*when\s+(?:is|are)\b.*\s(?P<before>[\w'’-]+)\s+(?!being\b)[a-z]{3,}ing"
                                   r"\s+(?:out|up|down|back|off|on|in|over|away|place)(?:\s+now)?\W*$", re.IGNORECASE)
_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
# a date phrase that places its event before the time of writing ("earlier this year", "last May", "two years ago")
_PAST_DATE = re.compile(r"\b(?:earlier|last|ago|yesterday|previous(?:ly)?|former(?:ly)?)\b", re.IGNORECASE)
_PAST_TENSE = re.compile(r"\b(?:had|was|were|did|since)\b", re.IGNORECASE)  # "since" dates from a past point
_FUTURE_MARKER = re.compile(r"\b(?:will|would|shall|going\s+to|due|set\s+(?:to|for)|expected|scheduled|planned|plans?|"
                            r"to\s+be|next|coming|later|upcoming|forthcoming)\b", re.IGNORECASE)


def asks_future(question: str) -> bool:
    """Whether a when-question asks about something still to come ("when will …", "when is … due")."""
    if _FUTURE_QUESTION.match(question) is not None:
        return True
    # "when is the film coming out": a verb in progress (not a noun in -ing: "when is the meeting")
    m = _PROGRESSIVE_QUESTION.match(question)
    return m is not None and m.group("before").lower() not in _DETERMINERS and m.group("before").lower() != "when"


START_REACH = 5  # index words either side of the start word that make up its clause's participants


def start_anchored(sentence: str, concepts: list[Concept], reach: int = START_REACH) -> bool:
    """Whether the sentence says that what the question asks about began: a word for beginning ("joined",
    "took over", "since becoming") with another of the question's words within ``reach`` words of it ("Hale,
    who joined Leeds in 2003", "since becoming party leader"). A beginning of something else ("Friday's press
    conference coinciding with the start of the band's tour", in a story about the singer) is not its date."""
    spans = term_spans(sentence)
    starts = [c for c in concepts if c.word.lower() in _START_WORDS]
    others = [c for c in concepts if c.word.lower() not in _START_WORDS]
    at_start = [i for i, (t, _s, _e) in enumerate(spans) if any(c.matched_by({t}) for c in starts)]
    # "took over": a two-word form is matched on its pair of terms
    for c in starts:
        for form in c.covers:
            if len(form) == 2:
                at_start += [i for i in range(len(spans) - 1) if (spans[i][0], spans[i + 1][0]) == form]
    if not at_start:
        return False
    if not others:
        return True
    at_other = [i for i, (t, _s, _e) in enumerate(spans) if any(c.matched_by({t}) for c in others)]
    if any(abs(i - j) <= reach for i in at_start for j in at_other):
        return True
    if not at_other and subject_began(sentence, starts):
        return True
    if any(_EVENT_BEGINS.search(sentence, 0, spans[i][1]) for i in at_start):
        return True  # "before the event which starts on 19 March": the event the passage is about, named generically
    # the question's own verb of a specific beginning ("elected", "joined"), written as the question writes it, with
    # another of its words anywhere in the sentence: "Mr Boateng served on the council before being elected to
    # Parliament in 1987" says when he was elected, however long the clause between them
    return bool(at_other) and own_start_verb(sentence, concepts) and not other_subject_begins(sentence, concepts)


_OF_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*|\b(?:law|act|convention|agreement|treaty|accord|report|statement|"
                        r"letter|decision|ruling|deal|directive|resolution|declaration))\s+of\s+$")
# (never "the end of March", "the summer of 2004": there the date is the event's own, however it is put)
# a generic noun for an event, then "which/that" and the verb of beginning: the event the question names, by its kind
_EVENT_BEGINS = re.compile(r"\b(?:event|race|tournament|championships?|competition|contest|games|festival|season|"
                           r"series|trial|talks|conference|summit|tour|ceremony)\s*,?\s+(?:which|that)\s+"
                           r"(?:(?:will|is|are|was|were|has|have|had)\s+)?$", re.IGNORECASE)
# the subject right before a verb of beginning and its auxiliaries: "she was elected", "Bell, who was elected"
_SUBJECT_OF_VERB = re.compile(r"(?P<subject>\b[A-Za-z][\w'’-]*)(?:\s*,)?\s+(?:(?:was|were|is|are|had|has|have|been|be|"
                              r"later|then|first|finally|only)\s+){0,3}$")
_PRONOUN_SUBJECTS = frozenset("he she they we i you who".split())


def other_subject_begins(sentence: str, concepts: list[Concept]) -> bool:
    """Whether every writing of the question's own verb of beginning has a subject of its own that the question
    does not name: "Daniel Okafor … campaigned for Jane Bell before she was elected to the council in 2005" dates
    Bell's election, not Okafor's (a verb with no subject of its own, "before being elected", shares the
    sentence's)."""
    own = [c for c in concepts if c.word.lower() in _OWN_START]
    at_verb = [s for t, s, _e in term_spans(sentence) if any(c.matched_by({t}) for c in own)]
    if not at_verb:
        return False
    for start in at_verb:
        m = _SUBJECT_OF_VERB.search(sentence[:start])
        word = m.group("subject") if m else ""
        if word.lower() in _PRONOUN_SUBJECTS:
            continue
        if word[:1].isupper() and not any(c.matched_by(set(analyse(word))) for c in concepts):
            continue
        return False
    return True


_AUXILIARIES = re.compile(r"\s+(?:(?:has|had|have|was|were|is|been|then|later|first|finally|only)\s+){0,2}([\w'’-]+)")


def subject_began(sentence: str, starts: list[Concept]) -> bool:
    """Whether the sentence's subject points back to what its passage named ("The striker", "He") and its verb,
    right after it, is the question's word for beginning: "The striker joined the Gunners … at the start of 2004"
    tells when the player the story is about joined, though it names neither him nor the club as the question
    does (the passage must still cover the question, as for any back-pointing sentence)."""
    text = opening(sentence)
    subject = BACK_SUBJECT.match(text)
    if subject is None:
        return False
    verb = _AUXILIARIES.match(text, subject.end())
    if verb is None or not any(c.matched_by(set(analyse(verb.group(1)))) for c in starts):
        return False
    # what was joined must point back too ("joined the club", "joined them"): "The winger joined a players' strike
    # in 2009 while still at Parma" tells of something else he joined
    return _BACK_OBJECT.match(text, verb.end()) is not None


_BACK_OBJECT = re.compile(r"\s+(?:the\s+[\w'’-]+|them|us|it)\b")


# Verbs that name one kind of beginning: written in the sentence itself (not a wider word for beginning, such as
# "appointed" for "elected"), they tell the very event asked. "start", "begin" and "become" begin anything.
_OWN_START = frozenset({"join", "joined", "joining", "appointed", "elected", "hired", "arrive", "arrived"})


def own_start_verb(sentence: str, concepts: list[Concept]) -> bool:
    """Whether the sentence writes the question's own verb of a specific beginning ("elected", "joined") in one of
    its forms, not only a wider word for beginning that covers it."""
    held = set(analyse(sentence))
    return any(c.word.lower() in _OWN_START and any(alt and all(t in held for t in alt) for alt in c.alternatives)
               for c in concepts)


# "will from 8 November", "with effect from 1 April", "as of 1 May", "takes effect from": the date something runs
# from. A bare "from" is not enough: "lifted from 3 May", "resume from", "figures from June", "minutes from the 3 May
# meeting" date an ending, a resumption or a record, not a beginning (review of ans15, case 3c08f85).
_RUNS_FROM = re.compile(
    r"(?:\bwith\s+effect\s+from|\bas\s+of|\beffective(?:\s+from)?"
    r"|\b(?:comes?|came|coming)\s+into\s+force\s+(?:from|on)|\b(?:takes?|took|taking)\s+effect\s+(?:from|on)"
    r"|\b(?:will|shall|would|must|should|can|may)\s+from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# an ending or resuming verb, or a record noun, governing the date: "will from 3 May be lifted", "resume from"
_NOT_A_START = re.compile(
    r"\b(?:lift|lifted|scrap|scrapped|end|ended|ends|resume|resumed|resumes|suspend|suspended|figures|data|minutes"
    r"|notes|letters)\b",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(r"(?:in\s+)?\d{4}s?")
_RANGE_GOES_ON = re.compile(r"\s*(?:to|until|till|-|–)\s")  # "from May to July": a period, not a start


def runs_from(sentence: str, mention: DateMention) -> bool:
    """Whether the sentence says its event runs from this date ("will from 8 November be subject to a tax"): the
    date of a beginning the text words without "start" or "join". Only a day or a month, never a bare year ("up
    from 2003" compares with a level), and never a range's first end ("from May to July" is a period)."""
    if _BARE_YEAR.fullmatch(mention.text.strip()) or (mention.iso and len(mention.iso) < 7):
        return False
    if _RANGE_GOES_ON.match(sentence, mention.end):
        return False
    if _RUNS_FROM.search(sentence[max(0, mention.start - 40):mention.start]) is None:
        return False
    # the words right around the date: "figures as of 1 May", "will from 3 May be lifted"
    near = sentence[max(0, mention.start - 40):mention.end] + " " + " ".join(sentence[mention.end:].split()[:3])
    return _NOT_A_START.search(near) is None


# a name, a comma and an article right before the date; a comma closing the description within a few words after it
_APPOSITION_BEFORE = re.compile(r"[A-Z][\w'’-]*,\s+(?:the|a|an)\s+$")
_APPOSITION_AFTER = re.compile(r"^(?:\s+[\w'’-]+){1,6},")


def in_apposition(sentence: str, mention: DateMention) -> bool:
    """Whether the date sits in a description set off by commas after a name ("Thanou, the 2000 Olympic silver
    medallist, and …", "Hale, the 1998 champion, won on Sunday"): it dates the title, not what the sentence tells."""
    # only a bare year names a title ("the 2000 … medallist"); a day ("the Cup Final, a 12 May thriller at
    # Wembley, …") dates the event the description tells
    return (re.fullmatch(r"(?:19|20)\d\d", mention.text.strip()) is not None
            and _APPOSITION_BEFORE.search(sentence[:mention.start]) is not None
            and not thing_named(sentence[:mention.start])
            and _APPOSITION_AFTER.match(sentence[mention.end:]) is not None)


def dates_a_noun(sentence: str, mention: DateMention, concepts: list[Concept]) -> bool:
    """Whether a bare year stands between an article (or a possessive) and a noun the question does not ask about
    ("in line with a 2004 directive from the central bank" for "when will the bank merger be completed", "Eric
    Clapton's 1991 hit" for "when is the charity single out"): the year dates that thing, never the asked event."""
    if re.fullmatch(r"(?:19|20)\d\d", mention.text.strip()) is None:
        return False
    article = _ARTICLE_BEFORE_YEAR.search(sentence, 0, mention.start)
    if article is None or sentence[: article.start()].rstrip().endswith(","):
        return False  # ("won the Northern Cup Final, the 2004 showpiece at Cardiff": a description of what is asked)
    noun = _NOUN_AFTER_YEAR.match(sentence, mention.end)
    # (the noun phrase's every small word: "Grady's 2006 fraud conviction" dates the asked conviction)
    return noun is not None and not any(c.matched_by(set(analyse(noun.group(0)))) for c in concepts)


# (or a possessive: "Eric Clapton's 1991 hit" dates the hit, whoever owns it)
_ARTICLE_BEFORE_YEAR = re.compile(r"(?:\b(?:a|an|the|its|his|her|their|this|that)|(?<=\w)['’]s|(?<=s)['’])\s+$")
_NOUN_AFTER_YEAR = re.compile(r"(?:\s+(?!(?:and|to|or|of|for|in|on|at|from|with|by|was|is|were|are|has|had)\b)[a-z][a-z-]+\b){1,3}"
                              r"(?!\s+(?:and|to|or)\b)")


def thing_named(before: str) -> bool:
    """Whether the capitalised words before the comma are a thing with an article of its own ("Rovers won the
    Northern Cup Final, the 2004 showpiece at Cardiff"): its description dates the thing itself, not a title."""
    words = before[:before.rfind(",")].split()
    while len(words) > 1 and words[-2][:1].isupper():
        words.pop()
    run_start = len(words) - 1
    first = words[run_start].lower() if words else ""
    return first in ARTICLES or (run_start > 0 and words[run_start - 1].lower() in ARTICLES)


def begun_cover(sentence: str, concepts: list[Concept]) -> float:
    """The sentence's cover of a when-did-it-start question with its word for beginning taken as held: a sentence
    saying its event runs from a date ("… will from 8 November be subject to a 10% tax") tells the beginning by
    that "from", without the question's "start"."""
    total = sum(c.weight for c in concepts)
    if total <= 0:
        return 0.0
    held = set(analyse(sentence))
    return sum(c.weight for c in concepts if c.word.lower() in _START_WORDS or c.matched_by(held)) / total


def past_in_sentence(sentence: str, mention: DateMention) -> bool:
    """Whether the sentence places the dated event in the past: the date says so itself ("earlier this year",
    "last May"), or its clause (from the last comma, semicolon or colon before it) has a past auxiliary ("had been
    announced in May", "was held on …") or counts from a past point ("since Mercury's death in 1991") and nothing that looks ahead ("will", "due", "expected", "next"). A
    participle alone says nothing of time ("strikes earmarked for 23 March")."""
    if _PAST_DATE.search(mention.text):
        return True
    before = sentence[:mention.start]
    clause = before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1:] + mention.text
    if _SUPERSEDED_PLAN.search(re.split(r"\b(?:but|and|yet)\b", clause)[-1]) is not None \
            and _CHANGED_SINCE.search(sentence, mention.end) is not None:
        return True  # "had been due in shops on 7 March but will now be released on 28 March": a plan given up
    if _FUTURE_MARKER.search(clause) is not None:
        return False
    return _PAST_TENSE.search(clause) is not None or _ORIGIN_BEFORE.search(before) is not None


# a plan told in the past perfect ("had been due", "had been scheduled for"): the date was the plan, and no longer is
_SUPERSEDED_PLAN = re.compile(r"\bhad\s+been\s+(?:due|expected|scheduled|planned|set|slated|intended|meant)\b",
                              re.IGNORECASE)
# what after the date says the plan changed ("but will now …", "has been put back"); without it a past perfect may be
# only reported speech ("Officials said the vote had been scheduled for 12 June") or a plan kept ("… and builders now
# say it will be finished on time")
_CHANGED_SINCE = re.compile(r"\b(?:(?:will|would|is|are|was|were|has\s+been|have\s+been)\s+now|now\s+(?:due|expected|set|"
                            r"scheduled|planned|to\s+be)|instead|postponed|delayed|put\s+back|pushed\s+back|"
                            r"moved\s+(?:to|back|forward)|brought\s+forward|rescheduled|cancell?ed|scrapped|abandoned)\b",
                            re.IGNORECASE)


def past_year(sentence: str, mention: DateMention) -> bool:
    """Whether a bare year dates a past event in a sentence that looks nowhere ahead: "The release of a film about the
    blasts in 1993 has been postponed" gives no date for what is still to come (a sentence in the present, "the
    tournament takes place in 2006", keeps its year)."""
    return bool(_BARE_YEAR.fullmatch(mention.text.strip())) and _FUTURE_MARKER.search(sentence) is None \
        and _PAST_ANYWHERE.search(sentence) is not None


_PAST_ANYWHERE = re.compile(r"\b(?:has|have|had)\s+been\b|\b(?:was|were|did)\b", re.IGNORECASE)
_DASH = re.compile(r"\s[-–—]\s")


def in_dashed_aside(sentence: str, mention: DateMention, concepts: list[Concept]) -> bool:
    """Whether the date sits in an aside between two dashes that describes something else: it opens with a relative
    or a participle ("… Awards - named after the athlete who won at the 1936 Games - are presented …") and holds none
    of the question's words. An aside telling the asked event ("Dr Greenspan - who became chairman for a fifth term
    in June 2004 - will step down") or going on with the sentence ("their second Grand Slam - and first since 1948
    -") dates what is asked."""
    before = [m.end() for m in _DASH.finditer(sentence, 0, mention.start)]
    after = _DASH.search(sentence, mention.end)
    if not before or after is None or len(before) % 2 == 0:
        return False
    aside = sentence[before[-1]:after.start()]
    if not _DESCRIBING.match(aside):
        return False
    words = set(analyse(aside))
    return not any(c.matched_by(words) for c in concepts)


_DESCRIBING = re.compile(r"(?:who|which|whose|where|named|called|known|[a-z]+ed)\b")


# a thing's origin told by a participle right before its date: "the comic book character created in the 1940s",
# "a firm founded in 1901": the date of how it came to be, which is past (never what is still to come)
_ORIGIN_BEFORE = re.compile(r"\b(?:created|founded|born|built|formed|established|invented|devised|conceived|"
                            r"first\s+published)\s+(?:in|on|during|back\s+in)\s+(?:the\s+)?$", re.IGNORECASE)


# "become law", "become available", "become effective": a state something passes into, never an office taken up
_BECOME_STATE = re.compile(r"\bbec(?:o|a)mes?\s+(?:law|legal|available|effective|official|public)\b", re.IGNORECASE)


# a demand or a proposal in the words before a date, in the same clause: the date is what someone wants
# the rest of the date's own clause up to the date: no relative clause between ("…, who …" tells another event)
_OWN_CLAUSE_TO_DATE = r"(?:(?!,\s+(?:who|which)\b)[^.;:])*$"
_DEMANDED = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|propos(?:e|es|ed|ing)|"
                       r"want(?:s|ed)?|push(?:es|ed|ing)?\s+for|lobb(?:y|ies|ied|ying)\s+for)\b" + _OWN_CLAUSE_TO_DATE,
                       re.IGNORECASE)
# a choice not yet made, in the date's own clause: "undecided about whether to contest next month's …"
_UNDECIDED = re.compile(r"\b(?:whether|undecided|considering|mulling|weighing\s+up)\b" + _OWN_CLAUSE_TO_DATE,
                        re.IGNORECASE)


def undecided_by_asked(sentence: str, at: int, asked: frozenset[str]) -> bool:
    """Is the date at ``at`` in a choice not yet made (:data:`_UNDECIDED`) whose subject shares a word with the question
    ("Jade Johnson is undecided about whether to contest next month's …", asked when Johnson competes next)? A choice
    someone the question does not name leaves the date to the event it dates ("she is undecided about competing in the
    championships from 4-6 March", asked when the championships are)."""
    m = _UNDECIDED.search(sentence, max(0, at - 140), at)
    return m is not None and bool(set(analyse(sentence[:m.start()])) & asked)


# a date at the end of a relative clause telling what was done: "calling for a rail link which was closed in 1969 to be
# reopened" dates the closing, not the demand ("… that was axed by Beeching to be reopened by 2010" still the demand)
_PAST_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                                   r"(?P<verb>[a-z]+(?:ed|en|t))\s+(?:in|on|at|during|since)?\s*$", re.IGNORECASE)


def demanded(sentence: str, at: int, asked: frozenset[str] = frozenset()) -> bool:
    """Is the date at ``at`` what someone in the narration demands or proposes ("has called for a £9 pay floor by
    next year")? A "want" inside someone's quoted words ('"I want us in the top six," said Keane, who took over in
    May 2003') is theirs, not the narration's, and dates nothing; nor does a date ending a relative clause whose verb
    is one of the ``asked`` terms ("calling for a rail link which was closed in 1969 to be reopened", asked when it
    was closed): that clause tells the asked event, not the demand."""
    lo = max(0, at - 140)
    m = _DEMANDED.search(sentence, lo, at)
    if m is None:
        return False
    if (past := _PAST_RELATIVE_BEFORE.search(sentence, m.start(), at)) and set(analyse(past.group("verb"))) & asked:
        return False  # the relative clause tells the asked event ("closed"), dated before the demand goes on
    before = sentence[:m.start()]
    return before.count('"') % 2 == 0 and before.count("“") <= before.count("”")
_WORDS = re.compile(r"[\w’-]+")
_RELATIVE_WORDS = frozenset("this next last year month week summer winter spring autumn weekend season".split())
# a date the news was told on: "the club said on Monday", "organisers announced on Friday"
_TOLD_ON = re.compile(r"\b(?:said|says|announced|confirmed|revealed|told\s+[\w\s]{1,30}?)\s+(?:on\s+)?$")
_PLACING_WORDS = frozenset("new latest current upcoming forthcoming recent proposed planned".split())
_LIGHT_VERBS = frozenset("go goes going went gone face faces faced stand stands stood".split())


def answer_when(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    words = pq.terms or content_terms(pq.subject or pq.text)
    if _BECOME_STATE.search(pq.text):
        # "when will the bill become law": a passage into a state, written "pass into law by 14 March", not a
        # beginning ("became president"): the state's own word carries the question
        words = [w for w in words if w.lower() not in {"become", "becomes", "became"}] or words
    future = asks_future(pq.text)
    # "when does the ban come into force / take effect / come in": the words say only that it begins to apply; the
    # date must be one the sentence says it applies from
    wants_effect = _TAKES_EFFECT.search(pq.text) is not None
    wants_end = any(w.lower() in _END_WORDS for w in words)
    wants_start = any(w.lower() in _START_WORDS for w in words)
    words = [w for w in words if w.lower() not in {"year", "date", "day", "month", "time"}]
    # "when does the new minimum wage come in": a word placing the thing in time ("new", "latest", "upcoming") is
    # the asker's, seldom the text's ("The minimum wage will rise in October")
    if kept := [w for w in words if w.lower() not in _PLACING_WORDS]:
        words = kept
    # "When are the strikes planned for?", "when will the vote take place?": a verb that only schedules the
    # event says nothing of what it is; the text may say "earmarked for", "set for", "due on"
    scheduling = scheduling_words(pq.text)
    if kept := [w for w in words if w.lower() not in scheduling]:
        words = kept
    # "when does X go on trial": a light verb before the event's noun says nothing the noun does not; the text may
    # write "face trial", "stand trial" ("go" alone, "when did X go", stays)
    if len(kept := [w for w in words if w.lower() not in _LIGHT_VERBS]) >= 2:
        words = kept
    concepts = concepts_for(snap, words)
    if wants_start:
        concepts = [start_concept(c) if c.word.lower() in _START_WORDS else c for c in concepts]
    founded: list[Concept] | None = None
    if _FOUNDING_ASKED.search(pq.text):
        # "when was trevanion cider set up": the text may say it was "founded", "established" or "formed"; what it
        # says was founded must be what the question asks about
        concepts = [c.widened(FOUNDING) if c.word.lower() in _FOUNDING_WORDS else c for c in concepts]
        founded = [c for c in concepts if c.word.lower() not in _FOUNDING_WORDS]
    # "when did the IAAF suspend them": the text may name the event by its noun ("were given suspensions … in December")
    concepts = [c.widened(held) if (held := [n for n in nominalisations(c.word)
                                            if all(snap.doc_frequency(t) > 0 for t in analyse(n))]) else c
                for c in concepts]
    if not concepts:
        return not_covered(pq.text, Intent.when, "When did what happen? Ask about an event, e.g. “When was the council created?”")
    # Dates from sentences that cover the question clearly worse than the best one
    # are other events that merely share a word with it (a stricter cut than elsewhere).
    names = names_in(pq.text)
    known: dict[str, bool] = {}
    naming: dict[str, bool] = {}  # source -> whether it names the question's names: once per source, not per sentence

    def about(source_id: str, cs: list[Concept]) -> bool:
        """The names the question gives are in the sentence's source: a date from a story that never names
        "Unilever" or "the Oscars" is another event's."""
        if names:
            if source_id not in naming:
                naming[source_id] = names_in_source(snap, source_id, names)
            return naming[source_id]
        return typed_names_in_source(snap, source_id, cs, known)

    asked_words = {w.lower() for w in re.findall(r"[\w'’-]+", pq.text)}
    written: dict[str, frozenset[str]] = {}  # source -> the question's words it writes as names, read once

    ordinals = asked_ordinals(pq.text)

    def foreign(s: Sentence, chosen: DateMention) -> bool:
        return dates_another_name(s.text, chosen, named(s.source_id), asked_words,
                                  lambda verb: any(c.matched_by(set(analyse(base_verb(verb)))) for c in concepts)) \
            or bool(ordinals) and other_ordinal(s.text, ordinals)

    def named(source_id: str) -> frozenset[str]:
        if source_id not in written:
            doc = snap.document(source_id)
            written[source_id] = capitalised_words(doc[0] if doc else "") & asked_words
        return written[source_id]

    def dated(cs: list[Concept], story: bool = False) -> list[AnswerItem]:
        return _dated(snap, cs, wants_end, wants_start, future, lambda sid: about(sid, cs), foreign, story,
                      wants_effect, named, echoed, founded)

    asked_text = f" {' '.join(_WORDS.findall(pq.text.lower()))} "

    def echoed(mention: DateMention, sentence: str, mentions: list[DateMention]) -> bool:
        """'when is the london marathon this year' is not answered by the text's "this year's race on 17 April"
        saying "this year": a date the question itself writes tells the asker nothing."""
        # (only a relative date: "may" and "march" asked are verbs; and only when the sentence gives another date of
        # its event, not just the day the news was told: "will open next year, the club said on Monday")
        words = _WORDS.findall(mention.text.lower())
        return bool(_RELATIVE_WORDS & set(words)) and f" {' '.join(words)} " in asked_text \
            and any(m.start != mention.start and not _TOLD_ON.search(sentence, 0, m.start) for m in mentions)

    # (a date is found by the event's own words: a misspelt event may be retried without the corrections that only cut
    # an ending off a word no text writes, "faster" -> "fast"; only here, as a speaker's role retried so let officials
    # answer for a governor)
    items = ranked_items(snap, words, concepts, dated, key=lambda it: f"{it.date}|{norm(it.quote)}", keep=0.75,
                         in_story=lambda cs: dated(cs, story=True), drop_suffix_guesses=True)
    if not items:
        return not_covered(pq.text, Intent.when, "The sources don't give a date for that.")
    return Answer(question=pq.text, intent=Intent.when, answers=tuple(items))


_TAKES_EFFECT = re.compile(r"\b(?:(?:come|comes|coming|came)\s+(?:in|into\s+(?:force|effect|operation|being))|"
                           r"(?:take|takes|taking|took)\s+effect|kicks?\s+in|(?:go|goes|went)\s+into\s+(?:force|effect)|"
                           r"(?:enter|enters)\s+into\s+force)\b", re.IGNORECASE)
# the words by which a sentence says a rule, a tax or a ban begins to apply, near its date
_APPLIES = re.compile(r"\b(?:(?:come|comes|coming|came)\s+(?:in|in\s*to\s+(?:force|effect|operation))|(?:take|takes|took|"
                      r"taking)\s+effect|in\s+force|kicks?\s+in|introduc\w*|(?:go|goes|went)\s+into\s+(?:force|effect)|"
                      r"appl(?:y|ies)|effective|(?:start|starts|started|begin|begins|began)|launch(?:es|ed)?|"
                      r"(?:rolled|roll|rolls)\s+out|ban(?:s|ned)?|(?:rise|rises|rose|increase[sd]?)\s+(?:to|in|on|from)"
                      # "raise council tax by 4.9% from April": a change by its amount from the date
                      r"|by\s+[£$€]?\d[\d.,]*\s*(?:%|p|m|bn|per\s+cent)?\s+from)\b",
                      re.IGNORECASE)


def applies_from(sentence: str, mention: DateMention) -> bool:
    """Whether the sentence says, within a few words of the date, that something begins to apply then ("the tax will
    come into force in April", "the ban takes effect on 1 June", "introduced in 2006")."""
    near = sentence[max(0, mention.start - 60):mention.start] + " " + sentence[mention.end:mention.end + 40]
    return _APPLIES.search(near) is not None


# the words by which a rule is said to begin to apply, and nothing else begins ("which start on Thursday" is a
# beginning of anything, and the question's own verb of beginning must then be near what it asks about)
_IN_FORCE = re.compile(r"\b(?:(?:come|comes|coming|came)\s+in\s*to\s+(?:force|effect|operation)|(?:take|takes|took|taking)"
                       r"\s+effect|in\s+force|kicks?\s+in|(?:go|goes|went)\s+into\s+(?:force|effect)|effective\s+from)\b",
                       re.IGNORECASE)


def in_force_from(sentence: str, mention: DateMention) -> bool:
    """Whether the sentence says, within a few words of the date, that a rule comes into force then ("New European
    rules, due to come into force in August 2005"): when it starts, though no word for starting is written."""
    near = sentence[max(0, mention.start - 60):mention.start] + " " + sentence[mention.end:mention.end + 40]
    return _IN_FORCE.search(near) is not None


_URE_NOUNS = frozenset({"depart", "fail", "expend", "mix", "sculpt"})


def nominalisations(word: str) -> list[str]:
    """The nouns English makes of a verb, as spellings to look up ("suspend" -> "suspension", "elect" ->
    "election", "appoint" -> "appointment", "approve" -> "approval", "decide" -> "decision"); the question's
    inflection is undone first ("suspended" -> "suspend"). Most are no word at all: only those the index holds count."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha():
        return []
    bases = {low}
    for ending in ("ed", "ing", "s", "d"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            bases |= {low[:-len(ending)], low[:-len(ending)] + "e"}
    out: set[str] = set()
    for b in bases:
        out |= {b + "ion", b + "ment", b + "ation", b + "al"}
        if b.endswith("de"):
            out.add(b[:-2] + "sion")  # decide -> decision, include -> inclusion
        elif b.endswith("d"):
            out.add(b[:-1] + "sion")  # suspend -> suspension, extend -> extension
        if b.endswith("e"):
            out |= {b[:-1] + "ion", b[:-1] + "al", b[:-1] + "ation"}  # complete -> completion, arrive -> arrival
            if b.endswith(("se", "ze")):
                out.add(b[:-1] + "ure")  # close -> closure, seize -> seizure (never create -> creature)
        elif b in _URE_NOUNS:
            out.add(b + "ure")  # depart -> departure, fail -> failure (never press -> pressure)
    return sorted(out - {low})


def base_verb(word: str) -> str:
    """The base of an irregular past ("left" -> "leave"): the question asks "leave" where the news writes "left"."""
    return lemma_of().get(word.lower(), word)  # the index's stemmer does not join an irregular past to its base


def dates_another_name(sentence: str, chosen: DateMention, asked_names: frozenset[str], asked: set[str],
                       event=None) -> bool:
    """Whether the date dates another named thing than the question's: the sentence leaves out a name the question
    gives ("Kilroy-Silk"), and the date qualifies a named event the question does not give, written right after it
    ("last June's European elections", "the 2004 Athens Games"). With every asked name in the sentence the date may
    still be theirs. (A name just before the date is no sign: "left St Mary's in February" is the club's ground.)"""
    held = {w.lower() for w in re.findall(r"[\w'’-]+", sentence)}
    if not asked_names or asked_names <= held:
        return False

    asked_terms = {t for a in asked for t in analyse(a)}

    def foreign(word: str) -> bool:
        w = re.sub(r"['’]s?$", "", word)
        return w[:1].isupper() and w.lower() not in asked and not (set(analyse(w)) & asked_terms)

    after = re.match(r"^(?:['’]s)?\s+([\w'’-]+)", sentence[chosen.end:])
    if after is not None and foreign(after.group(1)):
        return True
    if event is None:
        return False
    # the thing dated just before it, by a verb that is not the question's ("established Factory Records in the
    # 1980s" for "when did he set up F4"); the question's own verb there ("left St Mary's in February") keeps it
    before = re.search(r"(?P<verbs>(?:\b[a-z][\w'’-]*\s+){1,3})(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
                       r"(?:\s+(?:in|on|at|during|since|from|of|the|early|late|mid|this|last))*\s*$", sentence[:chosen.start])
    if before is None or not all(foreign(w) for w in before.group("name").split()):
        return False
    if all(w.lower() in _PLACING_WORDS_BEFORE for w in before.group("verbs").split()):
        # "His final home match will be against Northamptonshire at the Priory Ground on 24 September": a name after
        # a preposition says where the event is, never a thing the date belongs to instead
        return False
    return not any(event(w) for w in before.group("verbs").split())


# ("was first elected as MP for Ashcombe in 2010": the seat a role is for is no thing the date belongs to)
_PLACING_WORDS_BEFORE = frozenset("at the in on a an near outside inside from to against for".split())


NAME_PREFIX = 3  # letters a shortened name needs to stand for the word it begins ("Fed" for "Federal")


def names_in_source(snap: Snapshot, source_id: str, names: list[str]) -> bool:
    """Whether the source names what the question names: each name in any inflection ("Oscars" finds "Oscar") or
    as the start of a longer word ("Fed" for "Federal"); of three or more names one may be written another way
    ("Holland" where the story says "the Netherlands"). A source that lacks the question's only name is another
    story."""
    held = snap.document_terms(source_id)
    # a capitalised word the index keeps nothing of ("The" of "When did The Bravery …") names nothing to look for
    names = [n for n in names if analyse(n)]
    if not names:
        return True

    def named(name: str) -> bool:
        forms = analyse(name)
        return bool(forms) and all(t in held or (len(t) >= NAME_PREFIX and any(h.startswith(t) for h in held))
                                   for t in forms)

    missing = sum(not named(n) for n in names)
    return missing == 0 or (len(names) >= 3 and missing == 1)


def _dated(snap: Snapshot, concepts: list[Concept], wants_end: bool, wants_start: bool = False,
           future: bool = False, about=None, foreign=None, story: bool = False,
           wants_effect: bool = False, named=None, echoed=None,
           founding: list[Concept] | None = None) -> list[AnswerItem]:
    items: list[AnswerItem] = []
    demand_asked = any(_DEMANDED.match(c.word) for c in concepts)  # "when does the government want the bill …"
    asked_terms = frozenset(t for c in concepts for t in c.all_terms())
    for s in candidate_sentences(snap, concepts, story=story):
        cover = date_cover(s)
        if cover < MIN_COVERAGE and s.cover >= BACK_SUBJECT_OWN and surname_back(snap, s):
            # "Scotland coach Ross McAllister said … McAllister said he would name a replacement on Friday": a surname
            # opening the sentence points back to the person its paragraph named in full, as "He" would
            cover = max(cover, s.passage_cover * BACK_SUBJECT_COVER)
        if cover < MIN_COVERAGE and wants_start and named is not None and named_subject(s, named(s.source_id)):
            cover = max(cover, s.passage_cover * BACK_SUBJECT_COVER)
        if cover < MIN_COVERAGE and not (wants_start and begun_cover(s.text, concepts) >= MIN_COVERAGE
                                                 and any(runs_from(s.text, m) for m in find_dates(s.text, None))):
            continue
        if about is not None and not about(s.source_id):
            continue
        published = snap.meta(s.source_id).published
        mentions = find_dates(s.text, published)
        if (pointer := _EVENT_POINTER.match(s.text)) and s.cover < MIN_COVERAGE:
            # "That happened only weeks after a repair, which was finished on 14 March": the pointer dates its event
            # only by a date right after it; a later date is another event's
            mentions = [m for m in mentions if m.start <= pointer.end() + POINTER_REACH]
        if wants_start:
            # the sentence must say that something began ("took over", "joined"): a date of another event
            # in a sentence naming the same people ("announcing his departure on Friday") is not its date
            if not start_anchored(s.text, concepts):
                # "the tax will from 8 November apply to …": a day or month the sentence says something runs
                # from is when it begins, though no word for beginning is written
                # ("New European rules, due to come into force in August 2005": a date the sentence says something
                # begins to apply at is when it starts)
                mentions = [m for m in mentions if runs_from(s.text, m) or in_force_from(s.text, m)]
                if not mentions:
                    continue
            # "until summer 2008" ends a period: not when it began
            mentions = [m for m in mentions if not _PERIOD_END.search(s.text[max(0, m.start - 30):m.start])]
        if founding is not None and not founded_asked(s.text, founding):
            continue  # "Tony Wilson, who established Factory Records in the 1980s": another body's founding
        if wants_effect:
            # "Ministers meet on Thursday to discuss a tax on jet fuel" never says when the tax comes in
            mentions = [m for m in mentions if runs_from(s.text, m) or applies_from(s.text, m)]
            if not mentions:
                continue
        # "Thanou, the 2000 Olympic silver medallist, and Kenteris were suspended": a date inside a description set
        # off after a name dates the title it describes, never the sentence's event
        mentions = [m for m in mentions if not in_apposition(s.text, m)]
        # "in line with a 2004 directive": a year before a noun the question does not ask about dates that noun
        mentions = [m for m in mentions if not dates_a_noun(s.text, m, concepts)]
        # "in line with the Convention of June 2003": a date after "of" dates the thing named before it, not the
        # sentence's event, when the sentence gives another date ("due to be issued in February next year")
        mentions = [m for m in mentions if not _OF_BEFORE.search(s.text, 0, m.start)] or mentions
        # "the Awards - named in honour of the athlete who won four golds at the 1936 Games - are presented …": a
        # date inside an aside set off by dashes dates what the aside tells, when the sentence gives another
        mentions = [m for m in mentions if not in_dashed_aside(s.text, m, concepts)] or mentions
        # "The TUC has called for a £6 minimum wage by next year": a date someone demands or proposes is their wish,
        # not when the thing happens
        if not demand_asked:
            mentions = [m for m in mentions if not demanded(s.text, m.start, asked_terms)]
        # "Jade Johnson is undecided about whether to contest next month's championships": a date the asked one may or
        # may not keep is no date of their act ("she is undecided about competing in the championships from 4-6
        # March" still dates the championships, for a question about them)
        mentions = [m for m in mentions if not undecided_by_asked(s.text, m.start, asked_terms)]
        if future:
            # "when will the film come out?": a date the text places in the past is another event's, never
            # the answer (the film that "had been announced … earlier this year" is not out yet)
            mentions = [m for m in mentions if not past_in_sentence(s.text, m) and not past_year(s.text, m)]
        if echoed is not None:
            mentions = [m for m in mentions if not echoed(m, s.text, mentions)] or mentions
        chosen = event_date(s.text, mentions, concepts)
        if chosen is None or (foreign is not None and foreign(s, chosen)):
            continue
        shown = whole_date(s.text, chosen, mentions)
        iso = (chosen.iso_end if wants_end and chosen.iso_end else chosen.iso)
        specificity = len(iso or "") / 10
        score = cover * 2 + specificity + min(s.passage_score, 20) / 40
        if wants_start and own_start_verb(s.text, concepts):
            score += OWN_VERB_BONUS  # "elected … in 1987" outranks "appointed … in 2002" for "when was X elected"
        items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, shown, score, date=iso))
    return items


# What writing the question's own verb of beginning is worth over a wider word for beginning: about a tenth of a
# sentence's cover, so it settles between dated sentences that cover the question alike, never over a better one
OWN_VERB_BONUS = 0.2


# A sentence whose subject points back ("It", "The new rules", "Ms Simonetti" after "Ellen Simonetti") names what the
# question asks about as its passage did, by a shorter word: the passage's cover counts for it, discounted.
BACK_SUBJECT_COVER = 0.8


# ... but the sentence itself must still hold part of the question (its event: "came in to force", "screened"): a
# sentence of the same story about something else ("The musician committed suicide in 1980") is another event.
BACK_SUBJECT_OWN = MIN_COVERAGE * 0.6


# "That happened in 1801 after …", "This took place on 3 May": a sentence whose subject is the event the sentence
# before it told, and whose verb only says that it happened; it names nothing of the event itself
_EVENT_POINTER = re.compile(r"^\W*(?:(?:But|And|However),?\s+)?(?:(?:That|This|It)\s+(?:all\s+|first\s+|finally\s+)?"
                            r"(?:happened|took\s+place|occurred|came\s+about)|(?:That|This)\s+was\s+(?:back\s+)?(?=in\s|on\s))")
# how far after the pointer its date may start: "That happened in 1801", "That happened on 3 May 2004"
POINTER_REACH = 12


def named_subject(s: Sentence, names: frozenset[str]) -> bool:
    """Whether the sentence opens on one of the question's names as its subject ("Furrow was appointed in May 2022"
    under a story about Declan Furrow, asked when he became its manager) and holds part of the question itself: its
    passage says the rest, as for a subject that points back ("He was appointed …"). Read for beginnings only: the
    sentence must still say that something began, and a name opening a sentence is too weak a cue for any event."""
    first = re.match(r"\W*([A-Z][\w-]*)\b(?!['’])", s.text)  # ("Hale's son Jamie started …" opens on the son)
    return s.cover >= BACK_SUBJECT_OWN and first is not None and first.group(1).lower() in names


_OPENING_SURNAME = re.compile(r"^\W*(?P<name>[A-Z][a-z][\w'’-]+)\s+(?=[a-z])")


def surname_back(snap: Snapshot, s: Sentence) -> bool:
    """Whether the sentence opens on a bare surname its paragraph wrote before after a capitalised word ("Scotland
    coach Ross McAllister said …. McAllister said he would …"): a subject pointing back, as "He" or "Mr McAllister"
    would."""
    m = _OPENING_SURNAME.match(s.text)
    if m is None or (doc := snap.document(s.source_id)) is None:
        return False
    text, paragraphs = doc
    start = next((p.start for p in paragraphs if p.number == s.paragraph), s.start)
    name = m.group("name")
    before = text[start:s.start]
    if re.search(rf"\b[A-Z][\w'’-]+\s+{re.escape(name)}\b", before) is None:
        return False
    # ("Scotland coach Ross McAllister is waiting on scans, while Wales coach Tom Reade is without two forwards. Reade
    # said he would announce his squad on Thursday": with two people named before it, the surname is one of two, and
    # the question's words may be the other's)
    return not names_a_person_in(snap, before, s.source_id, but=name, full_names=True)


def date_cover(s: Sentence) -> float:
    """How well a dated sentence covers a when-question: its own words, or for a sentence whose subject refers back
    to what its passage introduced ("The new rules came in to force on 15 January" after "rules on selling
    ringtones") and that holds part of the question itself, its passage's cover discounted by
    ``BACK_SUBJECT_COVER``, when that is more. A sentence that only says the event before it happened ("That
    happened in 1801") holds none of the question and still dates it: its passage's cover counts, discounted."""
    if _EVENT_POINTER.match(s.text):
        return max(s.cover, s.passage_cover * BACK_SUBJECT_COVER)
    if s.cover < BACK_SUBJECT_OWN or not BACK_SUBJECT.match(opening(s.text)):
        return s.cover
    return max(s.cover, s.passage_cover * BACK_SUBJECT_COVER)


# "late March", "mid-May", "early in 2005", "later this year", "by the end of March"
_QUALIFIER = re.compile(r"(?:\b(?:(?:late|early|later|earlier)(?:\s+in)?|mid|(?:by\s+)?the\s+(?:end|start|beginning|middle)\s+of"
                        r"|by|until|since)\s+|\bmid-)$", re.IGNORECASE)
_AT_ON = re.compile(r"^\s*(?:on|at)\s*$", re.IGNORECASE)
_JOINED = re.compile(r"^\s*(?:and|or|to|-|–|and\s+again\s+in)\s*$", re.IGNORECASE)


def _clock_beside(chosen: DateMention, other: DateMention) -> bool:
    """Whether one of two dates written side by side is a time of day ("0001 GMT on Friday", "on Friday at 10am")."""
    return chosen.clock or other.clock


def whole_date(sentence: str, chosen: DateMention, mentions: list[DateMention]) -> str:
    """The date as the sentence gives it whole: with its qualifier ("late March", "mid-May") and a
    date coordinated with it ("in 1998 and 1999"), verbatim from the sentence."""
    start, end = chosen.start, chosen.end
    for other in sorted(mentions, key=lambda m: m.start):
        if other.start >= end and (_JOINED.match(sentence[end:other.start])
                                   or _AT_ON.match(sentence[end:other.start]) and _clock_beside(chosen, other)):
            end = other.end  # "from 0001 GMT on Friday": a time of day and the day it is on are one date
        elif other.end <= start and (_JOINED.match(sentence[other.end:start])
                                     or _AT_ON.match(sentence[other.end:start]) and _clock_beside(chosen, other)):
            start = other.start
    qualifier = _QUALIFIER.search(sentence[max(0, start - 24):start])
    if qualifier:
        start -= len(qualifier.group(0))
    return sentence[start:end]


def event_date(sentence: str, mentions: list[DateMention], concepts: list[Concept]) -> DateMention | None:
    """The date attached to the question's event: of the sentence's dates, the one nearest the words
    of the question (an event's date, not the next event's "on 19 March" a clause away), of the joined clause that
    tells the event (:func:`event_clause_dates`); within that reach the most specific; the most specific overall
    when no question word anchors it."""
    # a date without a year the text does not resolve ("left in February" in a source with no date) still
    # attaches to its own event: nearness chooses among all the sentence's dates, never iso-ness alone
    if not mentions:
        return None
    wanted = {t for c in concepts for t in c.all_terms()}
    spans = term_spans(sentence)
    predicate: list[tuple[int, int]] = []
    if concepts:
        last = concepts[-1].all_terms()
        predicate = [(s, e) for term, s, e in spans if term in last and written_as_verb(sentence, s)]
        if not predicate:
            # "when was X first elected as an MP": the question ends in its object; a past participle of the
            # question's, written as the sentence's verb, tells the event as well
            predicate = [(s, e) for term, s, e in spans if term in wanted and sentence[s:e].lower().endswith("ed")
                         and written_as_verb(sentence, s)]
        if not predicate:
            # "when do Paion shares start trading in Frankfurt": the question ends in a place; two words of it the
            # sentence writes as an infinitive ("are scheduled to start trading … on 10 February") tell the event
            # (with the question's next word after it, "start trading": "hopes to start paying a dividend" is another
            # event of the same verb)
            predicate = [(s, e) for k, (term, s, e) in enumerate(spans) if term in wanted
                         and _INFINITIVE_BEFORE.search(sentence, 0, s) and k + 1 < len(spans) and spans[k + 1][0] in wanted]
        if told_undated(sentence, mentions, spans, wanted):
            return None
        mentions = event_clause_dates(sentence, mentions, predicate)
        if predicate:
            # "Keaveney, who played Marie Jackson when the soap began in 1982, died on Saturday": a date inside a
            # relative clause set off by commas tells that clause, not the verb asked about outside it
            asides = [m.span() for m in _RELATIVE_ASIDE.finditer(sentence)]
            outside = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in asides)]
            if outside and all(not (a <= p < b) for p, _e in predicate for a, b in asides):
                mentions = outside
    if len(mentions) <= 1:
        return mentions[0] if mentions else None
    # the question's own event verb, where the sentence writes it, anchors the date before its participants do
    # ("Filming starts in early April and the Tarantino episode will be broadcast on 19 May": "when will it be
    # shown" is the date by "broadcast", not the one by "Tarantino")
    anchors = predicate or [(s, e) for term, s, e in spans if term in wanted]
    if not anchors:
        dated = [m for m in mentions if m.iso]
        resolved = [m for m in dated if not m.relative] or dated
        return best_date(resolved) if resolved else mentions[0]

    def distance(m: DateMention) -> int:
        return min(max(s - m.end, m.start - e, 0) for s, e in anchors)

    def specificity(m: DateMention) -> int:
        return len(m.iso or "")

    saying = saying_dates(sentence, mentions) if not wanted & _REPORT_TERMS else set()
    # Dates within a clause's reach (about 40 characters) of the event count as attached to it;
    # among those the most specific, then the nearest. A date of the report itself ("On Thursday, a court said it
    # will hear the case on 16 February") comes after the dates of what it reports.
    return min(mentions, key=lambda m: (m.start in saying, distance(m) // 40, m.relative, -specificity(m),
                                        distance(m)))


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\b[^,;.]*,")
# "to", or a modal, right before a word: the word is a verb ("to start", "will open")
_INFINITIVE_BEFORE = re.compile(r"\b(?:to|will|would|shall|can|could|may|might|must|should)\s+$", re.IGNORECASE)


# Where clauses with their own subjects are joined (", but", ", and", "; ", ", while"), a date belongs to its clause.
# ("… in the summer and also plans to …": "and also" joins a second predicate of the same subject, with its own time)
# ("She joined the party in 1998 and was first elected in 2010": "and" before an auxiliary or a past tense joins a
# second predicate of the same subject, dated on its own)
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:but|and|while|whereas|although|though|yet)|;|\s+and\s+also"
                          r"|\s+and(?=\s+(?:was|were|has|had|have|will|would|became|then|later)\b))\s+", re.IGNORECASE)


def event_clause_dates(sentence: str, mentions: list[DateMention], predicate: list[tuple[int, int]]) -> list[DateMention]:
    """The dates of the joined clause that tells the question's predicate, when a sentence joins clauses that are
    each dated: a when-question puts its event after its participants ("when was X's conviction *thrown out*",
    "when did X *die*"), and "In 2003, X was found guilty …, but that decision was thrown out last April" dates the
    two events in their own clauses. ``predicate`` is where the sentence writes the question's last word; when
    one dated clause alone holds it, its dates are the candidates, else all the sentence's are."""
    joins = [m.end() for m in _CLAUSE_JOIN.finditer(sentence)]

    def clause(at: int) -> int:
        return bisect_right(joins, at)

    dated = {clause(m.start) for m in mentions}
    holding = {clause(a) for a, _e in predicate} & dated
    if len(dated) < 2 or len(holding) != 1:
        return mentions
    return [m for m in mentions if clause(m.start) in holding]


# "the club", "in Derby", "its plant": a word written after a determiner or a preposition, or with a capital, names
# a thing, not the event a clause tells
_NOMINAL_BEFORE = re.compile(r"\b(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|in|at|on|of|for|to|"
                             r"from|by|with|into|near)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


def told_undated(sentence: str, mentions: list[DateMention], spans: list[tuple[str, int, int]],
                 wanted: set[str]) -> bool:
    """Whether the question is told by a joined clause with no date of its own, holding more of its words than any
    dated clause: "X is set to trial a service in the summer and also plans to roll out unbundled services" dates the
    trial, and "when will X roll out unbundled services" has no date there."""
    joins = [m.end() for m in _CLAUSE_JOIN.finditer(sentence)]
    if not joins:
        return False
    held: dict[int, set[str]] = {}
    for term, s, _e in spans:
        if term in wanted:
            held.setdefault(bisect_right(joins, s), set()).add(term)
    dated = {bisect_right(joins, m.start) for m in mentions}
    best_dated = max((len(held.get(c, ())) for c in dated), default=0)
    return any(len(terms) > best_dated for c, terms in held.items() if c not in dated)


def written_as_verb(sentence: str, at: int) -> bool:
    """Whether the question's last word, written at ``at``, is the sentence's verb there and so names the clause's
    event ("that verdict was *overturned*"), not a thing: a when-question can end in its object ("when did Mark Jones
    join *the club*"), and "… joined in 2001, and *the club* was relegated in 2003" must not date the joining 2003."""
    return not sentence[at:at + 1].isupper() and not _NOMINAL_BEFORE.search(sentence[:at])


_REPORT_VERB = re.compile(rf"\b(?:{alternation('announce')})\b", re.IGNORECASE)
# the terms of a question that asks when something was reported ("when did X announce …"): then the report's own
# date is what it asks, not a date to pass over
_REPORT_LEMMAS = ("say", "announce", "tell", "report", "confirm", "reveal", "state", "disclose")
_REPORT_TERMS = frozenset(t for w in (*_REPORT_LEMMAS, *inflections(*_REPORT_LEMMAS)) for t in analyse(w))
_SAID_ON = re.compile(r"^\s*(?:on|in|last|this)?\s*$", re.IGNORECASE)


def saying_dates(sentence: str, mentions: list[DateMention]) -> set[int]:
    """The starts of the dates that date a report rather than what it reports: in the clause before the reporting
    verb ("On Thursday, a US court said …") or right after it ("… said on Thursday"), when the sentence dates what
    is reported too (a date after the verb's clause). A report with no other date keeps its own."""
    verb = _REPORT_VERB.search(sentence)
    if verb is None:
        return set()
    start, end = verb.span()
    if not any(d.start >= end and not _SAID_ON.match(sentence[end:d.start]) for d in mentions):
        return set()
    return {d.start for d in mentions
            if d.end <= start or (d.start >= end and _SAID_ON.match(sentence[end:d.start]))}
