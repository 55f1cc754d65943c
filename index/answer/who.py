"""Who questions: a description of a named person, or the name behind a role."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.answer.common import (
    Sentence,
    candidate_sentences,
    concepts_for,
    item,
    merge_same,
    not_covered,
    sentences_after,
)
from index.answer.evidence import name_words, shares_surname
from index.answer.passages import answer_passages
from index.answer.question import STOPWORDS, content_terms
from index.answer.relevance import MIN_COVERAGE, Concept, is_bare_heading
from index.answer.roles import role_holders
from index.extract.lexicon import alternation
from index.extract.names import ROLE_WORDS, TITLE_MODIFIERS, fold, word_alternation
from index.extract.sentences import split_sentences
from index.lazyre import lazy
from index.models import Answer, AnswerItem, Intent, ParsedQuestion, Quotation, Speaker
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot


def answer_who_or_search(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    """Who someone is; failing that, the passages that cover the question (still a who-answer)."""
    if (newcomers := successors(snap, pq)) or (newcomers := winners(snap, pq)) or (newcomers := members(snap, pq)):
        return Answer(question=pq.text, intent=Intent.who, answers=tuple(newcomers))
    answer = answer_who(snap, pq)
    if answer.answers:
        return answer
    fallback = answer_passages(snap, pq, Intent.search)
    if (verb := asked_verb(pq.subject or "")) is not None:
        # "who directed the film": only sentences that say who did that (directed, director) answer it
        done = asks_doer(pq)
        kept = tuple(a for a in fallback.answers if says_action(a.quote, verb)
                     and not (done and doerless(a.quote, verb))) or tuple(doers(snap, pq, verb))
        kept = tuple(a for a in doer_first(snap, pq, verb, list(kept)) if not (done and doerless(a.quote, verb)))
        if _scoring(verb):
            # "scores from Pat Sanderson, Kai Horstman …" says the asked verb itself, before "an early try against Fiji"
            kept = tuple(sorted(kept, key=lambda a: not any(t.startswith(verb) for t in analyse(a.quote))))
        if not kept:
            return not_covered(pq.text, Intent.who, f"The sources don't say who {asked_clause(pq)}.",
                               gate="who.not_said")
        fallback = fallback.model_copy(update={"answers": kept})
    elif (head := _asked_role(pq.subject or "")) and fallback.answers \
            and not any(_writes_role(a.quote, head) for a in fallback.answers):
        # "who is the chief executive of Britannia Building Society": when no passage found writes the role at all
        # (nor a verb of it: "chairs"), none says who holds it (review of wave 41: a passage that writes it is kept,
        # and so are the others beside it, as before: "the executive who has run Dunmere Bank" answers)
        return not_covered(pq.text, Intent.who, f"The sources don't say who {pq.subject} is.",
                           gate="who.office_unwritten")
    return fallback.model_copy(update={"intent": Intent.who}) if fallback.answers else answer


# "who is the new transport minister": the one who takes a post over, which the text words as a replacement
_ASKS_NEW = re.compile(r"^(?:(?:the\s+)?new\s+(?P<post>.+)"
                       # "who replaced Kellan Roake at Dunmere", "who is replacing X as chief executive", "who took over
                       # from X", "who is running Skylark Air now": the one who took the post from someone
                       r"|(?:is\s+|will\s+)?(?:replac(?:ed|ing|e)|succe(?:eded|eding|ed)|(?:took|taking|take)\s+over\s+from)"
                       r"\s+(?P<from>.+)|(?:is\s+)?(?:running|leading|in\s+charge\s+of)\s+(?P<now>.+?)\s+now)$",
                       re.IGNORECASE)
_SUCCESSION = re.compile(r"\b(?:replac\w*|successor|succeed\w*|appoint\w*|named\b|took\s+over|take\s+over|"
                         r"takes\s+over|taking\s+over|taken\s+over|step\s+into|stepped\s+into|"
                         r"(?:take|takes|took|taken|taking)\s+charge|interim|acting\s+(?:leader|head|chief|manager|boss|"
                         r"chair\w*|coach|director))", re.IGNORECASE)
TELLING_ANSWERS = 3


def successors(snap: Snapshot, pq: ParsedQuestion) -> list[AnswerItem]:
    """"Who is the new transport minister", "who's the new boss at X": the sentences that tell someone takes the post
    over ("named junior minister Yusuf Tarrant as his replacement", "Marian Ostley, who took over from …"), best
    covering first. The holder a story names by the post is often the one leaving it ("Transport minister Colm
    Arden has resigned"): never the answer to who is new. Empty when the question does not ask for a newcomer or
    no sentence under a story about the post tells of one."""
    asked = _ASKS_NEW.match((pq.subject or "").strip())
    if asked is None:
        return []
    concepts = concepts_for(snap, content_terms(asked.group("post") or asked.group("from") or asked.group("now")))
    if not concepts:
        return []
    leaving = {w.lower() for w in content_terms(asked.group("from") or "")}

    def names_another(s: Sentence) -> bool:
        """It tells of a taking over and names someone who is not the one leaving ("once a successor had been
        found", said of Lawrence Heddle, names no successor)."""
        return s.passage_cover >= MIN_COVERAGE and _SUCCESSION.search(s.text) is not None \
            and any(not {w.lower() for w in n.split()} & leaving for n in _FULL_NAME.findall(s.text))

    return telling(snap, concepts, names_another) or (_succeeded_after(snap, concepts, leaving) if leaving else [])


# a sentence telling that someone left a post: "have sacked manager Declan Furrow", "resigned", "stepped down"
_LEAVES = re.compile(r"\b(?:sack(?:ed|s|ing)?|fired|dismissed|axed|ousted|resign(?:ed|s|ing|ation)?|quit(?:s|ting)?|"
                     r"left|leaves|leaving|step(?:ped|s|ping)?\s+down|stood\s+down|depart(?:ed|s|ure)|retire(?:d|s|ment)?)\b",
                     re.IGNORECASE)


def _succeeded_after(snap: Snapshot, concepts: list[Concept], leaving: set[str]) -> list[AnswerItem]:
    """"Who replaced Declan Furrow" when the story tells the sacking in one paragraph and the appointment in the next,
    without the name ("Assistant manager Paolo Venn has been appointed caretaker manager"): a sentence telling a
    taking over that names someone else, among the few right after a sentence about the one leaving."""
    out: list[AnswerItem] = []
    for s in candidate_sentences(snap, concepts, headline=True):
        if s.cover < MIN_COVERAGE or s.paragraph == 0 or not _LEAVES.search(s.text):
            continue
        for paragraph, start, end, text in sentences_after(snap, s, limit=4, paragraphs=3):
            if _SUCCESSION.search(text) and any(not {w.lower() for w in n.split()} & leaving
                                                for n in _FULL_NAME.findall(text)):
                out.append(item(snap, s.source_id, paragraph, start, end, text, text, s.cover * 2 + s.passage_cover))
                break
    out.sort(key=lambda it: -it.score)
    return merge_same(out)[:TELLING_ANSWERS]


def telling(snap: Snapshot, concepts: list[Concept], tells: Callable[[Sentence], bool]) -> list[AnswerItem]:
    """The sentences (headlines read under their stories) that ``tells`` says answer the question, best covering
    first, at most ``TELLING_ANSWERS``: the one search :func:`successors` and :func:`winners` share."""
    out = [item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, s.text, s.cover * 2 + s.passage_cover)
           for s in candidate_sentences(snap, concepts, headline=True) if tells(s)]
    out.sort(key=lambda it: -it.score)
    return merge_same(out)[:TELLING_ANSWERS]


# "who won best actor at Evenmouth": news writes a win many ways ("the best actor prize went to Rufus Calloway", "was
# elected by a majority of 1,842", "claimed the title", "took gold")
_ASKS_WIN = re.compile(r"^(?:won|wins|win)\s+(?P<what>.+)$", re.IGNORECASE)
_WIN_WORDS = re.compile(r"\b(?:won|wins|win|winner|winners|victory|victorious|(?:went|gone|goes)\s+to|awarded\s+to|"
                        r"(?:was|were|has\s+been|have\s+been)\s+(?:awarded|elected|crowned|named)|claim(?:ed|s)|"
                        r"took\s+(?:the|home|gold)|takes\s+(?:the|home|gold)|clinched|scooped|collected|earned|earns|"
                        r"received|receives|picked\s+up|picks\s+up)\b", re.IGNORECASE)


def winners(snap: Snapshot, pq: ParsedQuestion) -> list[AnswerItem]:
    """"Who won best actor at Evenmouth", "who won the Tour of Merrow": the sentences that tell a win of the asked
    thing in any of news's words for it and name someone, best covering first; empty when the question asks no win
    or no such sentence covers it as well as a sentence must."""
    asked = _ASKS_WIN.match((pq.subject or "").strip())
    if asked is None:
        return []
    concepts = concepts_for(snap, content_terms(asked.group("what")))
    if not concepts:
        return []
    return telling(snap, concepts, lambda s: s.cover >= MIN_COVERAGE and not is_bare_heading(s.text)
                   and _WIN_WORDS.search(s.text) is not None and _FULL_NAME.search(s.text) is not None)


# "who are the members of the band", "who is in the group": the people a list set off right after the name gives ("The
# Beastie Boys - Michael Diamond, Adam Horowitz, and Adam Yauch - are …", "Kelby Lads members Ann Hale, Jo Brent and …")
_ASKS_MEMBERS = re.compile(r"^(?:(?:all\s+)?the\s+)?(?:members|line-?up|players)\s+(?:of|in)\s+(?P<what>.+)$"
                           r"|^(?:in|part\s+of)\s+(?P<group>.+)$", re.IGNORECASE)
# two full names or more written as one list: "A B, C D(,) and E F"
_NAME_LIST = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)*,?\s+(?:and|&)\s+"
                        r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")


def members(snap: Snapshot, pq: ParsedQuestion) -> list[AnswerItem]:
    """"Who are the members of X": the sentences that cover X and list people's full names right after its name, best
    covering first, the list as the answer; empty when the question asks no such thing or no sentence holds one."""
    asked = _ASKS_MEMBERS.match((pq.subject or "").strip())
    if asked is None:
        return []
    words = content_terms(asked.group("what") or asked.group("group"))
    concepts = concepts_for(snap, words)
    if not concepts or not words:
        return []
    # the list set off right after the group's name ("The Beastie Boys - Michael Diamond, …"), never a list the
    # sentence names for another reason ("The Libertines beat Franz Ferdinand, Kaiser Chiefs and Bloc Party")
    beside = re.compile(rf"(?i:\b{re.escape(words[-1])})\s*(?:[-–—:(,]|\bmembers?\b)\s*")
    out = [item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, listed.group(0), s.cover * 2 + s.passage_cover)
           for s in candidate_sentences(snap, concepts, headline=True)
           if s.cover >= MIN_COVERAGE and not is_bare_heading(s.text) and (listed := _listed_beside(s.text, beside))]
    out.sort(key=lambda it: -it.score)
    return merge_same(out)[:TELLING_ANSWERS]


def _listed_beside(sentence: str, beside: re.Pattern[str]) -> re.Match[str] | None:
    """The list of full names that starts right after a mention of the group (``beside``), if any."""
    return next((listed for m in beside.finditer(sentence) if (listed := _NAME_LIST.match(sentence, m.end()))), None)


def asked_clause(pq: ParsedQuestion) -> str:
    """What a who-question asks, as the question words it after "who" ("is directing the film", "who's" read as
    "who is"): the parsed subject has lost the auxiliary ("directing the film"), which no message can follow "who"
    with. The subject itself when the question's words after "who" do not hold it."""
    subject = (pq.subject or "").strip()
    m = re.search(r"\bwhom?\b((?:\s*['’]s\b)?[^?]*)", pq.text, re.IGNORECASE)
    asked = " ".join(m.group(1).split()).rstrip(".!") if m else ""
    if not subject or subject.lower() not in asked.lower():
        return subject
    return re.sub(r"^['’]s\b\s*", "is ", asked)


def asked_verb(subject: str) -> str | None:
    """The stem of the action a who-question asks the doer of ("directed the film" -> "direct"), or ``None``
    when the subject opens with no such verb (a name, a role: "the alliance chief")."""
    first = re.match(r"^([a-z][a-z-]+)\b", subject.strip())
    if not first or first.group(1) in STOPWORDS:
        return None
    stems = analyse(first.group(1))
    return stems[0] if stems and len(stems[0]) >= 4 else None


DOER_ANSWERS = 3
_FULL_NAME = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")


def doers(snap: Snapshot, pq: ParsedQuestion, verb: str) -> list[AnswerItem]:
    """The sentences that say the asked action ("directed", "director") in a passage that, read under its story's
    headline, covers the question, though the sentence itself names the work only by a shorter description ("The
    film is to be directed by …" under a headline and a passage naming the film): news names a thing once and then
    says "the film". The sentence must name someone (two capitalised words): "Producers said …" names no doer.
    Best covering first."""
    concepts = concepts_for(snap, pq.terms or content_terms(pq.text))
    if verb in _BEATING or _scoring(verb):  # "who beat Okoro": "Okoro suffered a shock defeat to …" covers it too
        family = _BEATING_WORDS if verb in _BEATING else tuple(sorted(_SCORING_WORDS))
        concepts = [c.widened(family) if any(t.startswith(verb) for t in analyse(c.word)) else c
                    for c in concepts]
    asked = frozenset(analyse(pq.text))
    out = [item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, s.text, s.cover * 2 + s.passage_cover)
           for s in candidate_sentences(snap, concepts, headline=True)
           if s.passage_cover >= MIN_COVERAGE and does_action(s.text, verb, asked) and _FULL_NAME.search(s.text)]
    out.sort(key=lambda it: -it.score)
    return merge_same(out)[:DOER_ANSWERS]


def does_action(sentence: str, verb: str, asked: frozenset[str]) -> bool:
    """Whether a sentence says the action as :func:`doers` needs, whose sentence does not name the work: with the
    verb itself ("directed", "directs": the stem asked), or with the doer's title ("director", "founder") that no
    word outside the question qualifies ("Director Jo Pike said …", not "Festival director Jo Pike": the director
    of something else). A word that merely begins like the verb is another word ("the Hawk Foundation")."""
    if _scoring(verb):
        return tells_score(sentence)
    words = re.findall(r"[\w'’-]+", sentence)
    for i, word in enumerate(words):
        stems = analyse(word)
        if verb in stems or verb in _BEATING and any(t.startswith(_BEATING) for t in stems):
            return True
        if any(t in (verb + "or", verb + "er", verb + "r") for t in stems):
            before = re.sub(r"['’]s?$", "", words[i - 1]) if i else ""
            if not before or before.lower() in STOPWORDS or set(analyse(before)) <= asked:
                return True
    return False


def doer_first(snap: Snapshot, pq: ParsedQuestion, verb: str, items: list[AnswerItem]) -> list[AnswerItem]:
    """"who opened the new cancer centre": the sentences holding the question's words ("New cancer centre opens",
    "… has opened at St Aldric's") say it was done; a sentence naming who did it ("It was opened on Friday by the
    trust's chairwoman, Dame Elspeth Moir") comes first, from the story when none of ``items`` names the doer, and
    a bare headline comes last. For a win ("who beat Okoro"), a sentence telling the asked one's own win, or from a
    story that never names them, is dropped, and one that does not name them comes after those that do."""
    # "who beat hewitt": "Olivier Rochus beat third seed Nicolas Kiefer" names a winner, over someone else (a deed
    # done to a thing is told of it by "it": "It was opened on Friday by …" answers "who opened the centre")
    others = {t for w in content_terms(pq.subject or pq.text) for t in analyse(w) if not t.startswith(verb)} \
        if verb in _BEATING else set()

    def left_out(a: AnswerItem) -> bool:
        return bool(others) and (not others & set(analyse(a.quote)) or _won_by(a.quote, others))

    if others:
        # "who knocked okoro out": "Sam Okoro beat Ben Ames …" tells the one asked about winning, never who beat them,
        # and a story that never names them tells another's defeat (review of wave 41)
        items = [a for a in items if not _won_by(a.quote, others) and _story_names(snap, a.source.id, others)]
    items = sorted(items, key=lambda a: (left_out(a), not states_doer(a.quote, verb), is_bare_heading(a.quote)))
    if not items and others or items and (left_out(items[0]) or not states_doer(items[0].quote, verb)):
        # (when every sentence found tells another deed, one that tells this one comes first, doer named or not)
        items = merge_same([*(d for d in doers(snap, pq, verb) if not left_out(d)
                              and (not items or left_out(items[0]) or states_doer(d.quote, verb))), *items])
    return items


def _story_names(snap: Snapshot, source_id: str, asked: set[str]) -> bool:
    """Whether the story holds every word asked about ("okoro"): "he was knocked out by Tom Varos" is Okoro's
    defeat only in a story about Okoro."""
    return asked <= snap.document_terms(source_id)


def _won_by(sentence: str, asked: set[str]) -> bool:
    """Whether a word of the one asked about stands right before a word of winning, its subject ("Sam Okoro beat Ben
    Ames", "Mr Fox defeated a challenge", "Kelby Rovers thrashed Arvon Town")."""
    words = list(re.finditer(r"[\w'’-]+", sentence))
    return any(i and set(analyse(words[i - 1].group(0))) & asked
               and any(t.startswith(_BEATING) for t in analyse(w.group(0)))
               and not _BY_AFTER.match(sentence, w.end())  # "Jo Brent knocked out by Ann Kerr": a headline's passive
               for i, w in enumerate(words))


_BY_AFTER = re.compile(r"\s+(?:out\s+)?by\b")


def states_doer(sentence: str, verb: str) -> bool:
    """Whether a sentence names who did the asked action: a capitalised name after "by" that follows the verb in
    the same clause ("was opened on Friday by … Dame Elspeth Moir"), or a name right before the verb ("Jo Hale
    opened")."""
    for m in re.finditer(r"[\w'’-]+", sentence):
        if not any(t.startswith(verb) for t in analyse(m.group(0))):
            continue
        after = sentence[m.end():m.end() + 90]
        if _BY_NAME.match(after) or _NAME_BEFORE.search(sentence[:m.start()]):
            return True
    return False


# "… on Friday by the trust's chairwoman, Dame Elspeth Moir": a few words of clause, "by", a few more, then a name
_BY_NAME = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+by\s+(?:[\w'’-]+,?\s+){0,5}?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:has\s+|had\s+|have\s+)?$")


def says_action(sentence: str, verb: str) -> bool:
    """Whether a sentence names the action or its doer ("directed", "director", "directs"); a win over someone is
    told in any of the words for one ("who knocked Hewitt out": "Hewitt suffered a shock defeat to Taylor Dent")."""
    if _scoring(verb):
        return tells_score(sentence)
    verbs = _BEATING if verb in _BEATING else (verb,)
    return any(t.startswith(v) for t in analyse(sentence) for v in verbs)


def asks_doer(pq: ParsedQuestion) -> bool:
    """Whether a who-question asks who did something ("who stole the painting"), not who had it done to them ("who
    was given provisional suspensions", whose answer is the passive's own subject)."""
    return _ASKS_PASSIVE.match(pq.text) is None


_ASKS_PASSIVE = re.compile(r"\W*who\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|gets|will\s+be)\s+"
                           r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne|lt|pt|ht|id)\b", re.IGNORECASE)


def doerless(sentence: str, verb: str) -> bool:
    """Whether every telling of the asked action in a sentence is a passive or a participle with no "by" after it
    ("A painting stolen from the museum has been returned after it was found in a house clearance"): the sentence
    says the thing was done, never who did it, so it answers no "who stole/found" (one active telling, "Police
    found the painting", or one "by", "It was found by Philip Grange", names a doer)."""
    tellings = [m for m in _WORD.finditer(sentence) if any(t.startswith(verb) for t in analyse(m.group(0)))]
    if not tellings or any(m.group(0).lower().endswith("ing") for m in tellings):
        return False  # ("The Hansard Society … are running the programme": a doer in the progressive)
    for m in tellings:
        before = sentence[max(0, m.start() - 30):m.start()]
        # (a participle after a noun or opening a headline: "A painting stolen from …", "Stolen painting returned")
        passive = _AUXILIARY_BEFORE.search(before) is not None \
            or m.group(0).lower().endswith("en") and (_NOUN_BEFORE.search(before) is not None or not before.strip())
        if not passive or _BY_AFTER_ACT.match(sentence, m.end()):
            return False
    return True


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"\b(?!(?:he|she|they|we|i|you|it|who|which|that|has|had|have|having)\b)[a-z]{3,}\s+$")
_BY_AFTER_ACT = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+by\s+\S")


# the stems of the words that tell one side beat the other
_BEATING = ("knock", "beat", "defeat", "oust", "eliminat", "thrash", "overc")
_BEATING_WORDS = ("knocked", "beat", "beaten", "defeat", "defeated", "ousted", "eliminated", "thrashed", "overcame")
# the words a match report tells a score in, for "who scored": "Substitute Callum Reid headed the winner", "Athletic
# levelled through Sam Okoro", "a try from Tom Shanklin" (whole words: "head" and "net" begin many other words)
# ("try", "touched", "struck", "fired" are as often other words: "would try to build on the win", "touched a shot
# onto the post"; "tries" and "touched down" are the scores)
_SCORING_WORDS = frozenset("""score scored scores scoring scorer scorers netted headed header levelled leveled
    equalised equalized equaliser equalizer goal goals tries converted brace hat-trick winner opener""".split())
_SCORING_PHRASE = re.compile(r"\btouched\s+down\b|\bgoals?\s+from\b", re.IGNORECASE)


def _scoring(verb: str) -> bool:
    """Whether the asked action is scoring ("who scored", "who scores"), told in any of a match report's words."""
    return verb == "score"


def tells_score(text: str) -> bool:
    """Whether the text tells a score in any of :data:`_SCORING_WORDS`."""
    return any(w.lower() in _SCORING_WORDS for w in _WORD.findall(text)) or _SCORING_PHRASE.search(text) is not None


def answer_who(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    subject = (pq.subject or "").strip()
    if not subject:
        return not_covered(pq.text, Intent.who, "Who do you mean? Ask about a person by name, e.g. “Who is Jane Smith?”",
                           gate="no_words")
    people = snap.registry.match(subject, limit=2)
    items: list[AnswerItem] = []
    if people:
        person = people[0]
        # "Who is the alliance chief?" asks for a name; "Who is Sokolov?" for a description.
        asks_for_name = not _names_person(subject, person) and _is_role_phrase(subject)
        for rec in snap.descriptions_of(person.id)[:20]:
            start, context = _whole_description(snap, rec.source_id, rec.start, rec.end, rec.context)
            text = person.name if asks_for_name else _description_text(context, person)
            s_start, s_end, sentence = sentence_around(snap, rec.source_id, start, rec.end) or (start, rec.end, context)
            items.append(item(snap, rec.source_id, rec.paragraph, s_start, s_end, sentence,
                              text, 1.0 + rec.score, speaker=None))
        if not items and not asks_for_name:
            items = described_in_apposition(snap, person) or described_after(snap, person)
        if not items:
            items = _sentences_naming(snap, person)
    if not items:
        concepts = concepts_for(snap, content_terms(subject))
        for s in candidate_sentences(snap, concepts):
            if s.cover >= 0.99:
                items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, s.text, s.passage_score))
        items = items[:3]
        if items and (verb := asked_verb(subject)) is not None:
            # (a sentence that says it was done and never by whom answers no "who did it")
            done = asks_doer(pq)
            items = [it for it in doer_first(snap, pq, verb, items) if not (done and doerless(it.quote, verb))][:3]
    if not items:
        # "who are the members of the libertines": the question's own verb, never "who the members … is"
        be = "are" if _ASKS_PLURAL.match(pq.text) else "is"
        return not_covered(pq.text, Intent.who, f"The sources don't say who {subject} {be}.", gate="who.unknown")
    items = merge_same(items)
    return Answer(question=pq.text, intent=Intent.who, answers=tuple(items[:5]))


_ASKS_PLURAL = re.compile(r"\W*who(?:m)?\s+(?:are|were)\b", re.IGNORECASE)


def sentence_around(snap: Snapshot, source_id: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The whole sentence holding text[start:end] (offsets and text), so a description is shown in the
    sentence that gives it ("Former Wales captain Tom Hale still hopes …")."""
    doc = snap.document(source_id)
    if doc is None:
        return None
    text = doc[0]
    for sp in split_sentences(text, max(0, start - 2000), min(len(text), end + 2000)):
        if sp.start <= start and end <= sp.end:
            return sp.start, sp.end, text[sp.start:sp.end]
    return None


def _asked_role(subject: str) -> str | None:
    """The head of the role a question asks the holder of, analysed ("the chief executive of X" → "execut"), when the
    subject is "the <role> of <body>" and the role is an office (not a maker of a work, nor a word for any leader:
    "head", "boss", "chief"); ``None`` otherwise."""
    m = _ROLE_OF.match(subject.lower())
    if m is None:
        return None
    words = m.group("role").split()
    if not all(w in ROLE_WORDS or w in _ROLE_QUALIFIERS for w in words) or words[-1] not in ROLE_WORDS \
            or words[-1] in _MAKERS or words[-1] in _ANY_LEADER:
        return None
    stems = analyse(words[-1])
    return stems[0] if stems else None


def _writes_role(text: str, head: str) -> bool:
    """Whether a passage writes the role's head or a word of it ("chairs" for "chairman"; stems of 4 letters or more
    one of which begins the other)."""
    return any(t.startswith(head) or len(t) >= 4 and head.startswith(t) for t in analyse(text))


_ROLE_OF = re.compile(r"^(?:the|a|an)\s+(?P<role>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:of|at|for)\s+\S")
_ROLE_QUALIFIERS = TITLE_MODIFIERS | {"interim"}
# who made a work, which a possessive before the work's title says as well as the role word does
_MAKERS = frozenset("author writer director creator composer producer designer architect".split())
# a word for whoever leads, which a text may say in any words ("to run the theatre")
_ANY_LEADER = frozenset("head boss chief leader".split())


def _is_role_phrase(text: str) -> bool:
    words = re.findall(r"[\w'-]+", text.lower())
    return bool(words) and (words[0] in ("the", "a", "an") or any(w in ROLE_WORDS for w in words))


def _names_person(text: str, person: Speaker) -> bool:
    words = set(re.findall(r"[\w'-]+", fold(text)))
    return any(set(fold(n).split()) & words for n in (person.name, *person.aliases) if n)


# What may precede a description and still belong to it: qualifiers ("former", "acting") and the
# capitalised words and "and"s of a coordinated name ("former Free and Bad Company singer").
# (within the sentence: never across a paragraph break nor a full stop, "England and Wales.\n\nBrellan chairman")
_LEAD = re.compile(r"(?:(?<![\w-])(?:former|ex-|acting|interim|then|late|outgoing|veteran|deputy|fellow)[ \t]+|"
                   r"(?<![\w-])(?:(?:[Ee]x-)?(?:(?:[A-Z]\.)+|[A-Z][\w'’&-]*)|and|&)[ \t]+)*(?:(?<![\w-])[Ee]x-)?$")
_NOT_FIRST = re.compile(r"^(?:(?:and|&|The|A|An)\s+)+")


def _whole_description(snap: Snapshot, source_id: str, start: int, end: int, context: str) -> tuple[int, str]:
    """The description with the qualifiers and coordinated words just before it, verbatim."""
    doc = snap.document(source_id)
    if doc is None or doc[0][start:end] != context:
        return start, context
    text = doc[0]
    lead = _LEAD.search(text[max(0, start - 80):start])
    if not lead or not lead.group(0):
        return start, context
    # never a dangling "and" first, nor a sentence-opening "The"/"A"; "ex-" glued to the description
    # ("ex-UKIP MEP") is as much a qualifier as "former"
    kept = _NOT_FIRST.sub("", lead.group(0))
    if not kept.strip():
        return start, context
    new_start = start - len(kept)
    return new_start, text[new_start:end]


def _description_text(phrase: str, person: Speaker) -> str:
    """The description without the name itself ("the Russian envoy to NATO")."""
    names = sorted({person.name, *person.aliases}, key=len, reverse=True)
    text = phrase
    for name in names:
        if name and name in text:
            text = text.replace(name, " ")
            break
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    return text or phrase


def _sentences_naming(snap: Snapshot, person: Speaker) -> list[AnswerItem]:
    names = [person.name, *person.aliases]
    concepts = concepts_for(snap, person.name.split())
    out: list[AnswerItem] = []
    for s in candidate_sentences(snap, concepts, limit=10):
        if any(n and n in s.text for n in names) and s.cover >= 0.99:
            out.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, s.text, s.passage_score))
    return out[:3]



# the role nouns as a prefix tree (one branch per first letter), compiled at the first who-question, not at import
_ROLES = word_alternation(sorted(ROLE_WORDS, key=len, reverse=True))
# A sentence whose subject is a definite description ending in a role word, before its verb: "The former UN
# commissioner for human rights and Irish president told Radio 4 …" — news names someone, then describes them.
_DESCRIBED_SUBJECT = lazy(
    rf"\W*The\s+(?P<np>(?:[\w'’-]+\s+){{0,10}}?(?:{_ROLES})s?)\s+(?:(?:has|had|have|was|is)\s+)?"
    rf"(?:{alternation('subject')})\b", re.IGNORECASE)


def described_after(snap: Snapshot, person: Speaker) -> list[AnswerItem]:
    """Who someone is, from the sentence after one naming them when its subject is a definite description ("…,
    Mary Robinson has said. The former UN commissioner for human rights and Irish president told …") and the
    extractor credits that person with the words that sentence or the next one quotes: the two readings must
    agree (the extractor reads "she said" past the description to the name), and the collection must not name
    someone else in that role: "The home secretary said …" after a sentence naming another is the secretary."""
    names = [n for n in (person.name, *person.aliases) if n]
    out: list[AnswerItem] = []
    by_source: dict[str, list[Quotation]] = {}
    for q in snap.quotations_of(person.id):  # read once, not once more per source
        by_source.setdefault(q.source_id, []).append(q)
    for source_id, theirs in by_source.items():
        doc = snap.document(source_id)
        if doc is None:
            continue
        text, paragraphs = doc
        # the sentences of the whole source in order (a lede of one sentence is a paragraph of its own)
        spans = [(p.number, sp) for p in paragraphs for sp in split_sentences(text, p.start, p.end)]
        for i in range(len(spans) - 1):
            before, (number, after) = spans[i][1], spans[i + 1]
            if not any(n in text[before.start:before.end] for n in names):
                continue
            m = _DESCRIBED_SUBJECT.match(text, after.start, after.end)  # anchored at the sentence's start
            if m is None:
                continue
            reach = spans[i + 2][1].end if i + 2 < len(spans) else after.end
            if not any(after.start <= q.start < reach for q in theirs):
                continue
            holders = role_holders(snap, f"the {m.group('np')}", quoted=False)
            if holders and person.id not in {h.id for h in holders}:
                continue  # the collection names someone else in that role: "The home secretary" is them
            out.append(item(snap, source_id, number, after.start, after.end, text[after.start:after.end],
                            m.group("np"), 1.0))
    return out[:3]


APPOSITION_SOURCES = 10


def described_in_apposition(snap: Snapshot, person: Speaker) -> list[AnswerItem]:
    """Who someone is, from a description set off by commas right after their name or surname ("High, the Rugby
    Football Union's referees' manager, claimed …"): news names someone in full once, then describes them beside a
    later, shorter mention. Only in a source that gives the full name, and only a description holding a role word
    ("manager", "chairman"), so a clause after the name ("Hale, who …") or a list ("Hale, Lee and Pike") is none."""
    names = sorted({n for n in (person.name, *person.aliases, person.name.split()[-1]) if n and len(n) > 2},
                   key=len, reverse=True)
    if person.kind != "person" or not names:
        return []
    pattern = re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in names)}),\s+(?P<desc>(?:the|a|an|[A-Z][\w.-]*['’]s)"
                         r"\s+[^,;:.()]{3,120}?)(?=\s*(?:,|;|\.(?:\s|$)|\)|$))")
    sources = dict.fromkeys(q.source_id for q in snap.quotations_of(person.id))
    sources.update(dict.fromkeys(rec.source_id for rec in
                                 snap.passages(set(analyse(person.name)), limit=APPOSITION_SOURCES)))
    out: list[AnswerItem] = []
    for source_id in list(sources)[:APPOSITION_SOURCES]:
        doc = snap.document(source_id)
        if doc is None or person.name not in doc[0]:
            continue
        text, paragraphs = doc
        # (the checker's reading of "someone else with this surname": titles, articles and common words are no one)
        shared = shares_surname(text, person.name.split()[-1], name_words((person.name, *person.aliases)))
        for m in pattern.finditer(text):
            desc = m.group("desc")
            if shared and m.group(0).split(",")[0] == person.name.split()[-1]:
                continue  # "His sister, Anna Wells, …. Wells, the club's doctor, …": the surname alone is hers too
            if not any(w.lower().strip(".,'’") in ROLE_WORDS for w in desc.split()):
                continue
            around = sentence_around(snap, source_id, m.start(), m.end("desc"))
            paragraph = next((p.number for p in paragraphs if p.start <= m.start() < p.end), None)
            if around is None or paragraph is None:
                continue
            start, end, sentence = around
            out.append(item(snap, source_id, paragraph, start, end, sentence, desc, 1.0))
    return merge_same(out)[:3]
