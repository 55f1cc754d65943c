"""Where questions: the place a covering sentence names after "in"/"at" (then "to"/"from"/"near").

The place is kept whole and verbatim: a list ("Poland and the Czech Republic",
"South America, Italy, Spain, Bulgaria and Hungary"), a name with "and" in it
("Saint Kitts and Nevis") or an "of" ("the Sichuan Province of southwest China").
"""

from __future__ import annotations

import re

from index.answer.common import Sentence, concepts_for, item, not_covered
from index.answer.passages import answer_passages
from index.answer.question import content_terms
from index.answer.relevance import Concept, coverage, query_terms
from index.answer.wording import ARTICLES
from index.extract.sentences import split_sentences
from index.models import Answer, AnswerItem, Intent, ParsedQuestion, Speaker
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot

_CAP = r"[A-Z][\w’'-]+"
_GEO = (r"(?:island|islands|province|region|state|city|county|republic|valley|coast|peninsula|district|nation|country|"
        r"kingdom|territory|town|village|capital)")
_DIRECTION = (r"(?:north|south|east|west|central|northern|southern|eastern|western|"
              r"north-?east|north-?west|south-?east|south-?west)(?:ern)?")
# an event named as a place keeps its year and kind ("the Autosport International 2005 show")
_EVENT = r"(?:show|fair|festival|exhibition|expo|conference|convention|congress|summit|games|championships?)"
_ONE_PLACE = (rf"(?:the\s+)?{_CAP}(?:\s+(?:{_CAP}|{_GEO}))*"
              rf"(?:\s+of\s+(?:the\s+)?(?:{_DIRECTION}\s+)?{_CAP}(?:\s+{_CAP})*)?"
              rf"(?:(?:\s+(?:19|20)\d\d)?\s+{_EVENT}\b)?")
_PLACE = re.compile(rf"\b(?:in|at|to|from|near|based\s+on|on\s+the\s+island\s+of)\s+"
                    rf"({_ONE_PLACE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ONE_PLACE})*)")


_WHERE_FUTURE = re.compile(r"^\W*where\s+(?:will|shall|(?:is|are)\b.*\b(?:going\s+to|due|set\s+to|expected|planned|"
                           r"to\s+be)\b)", re.IGNORECASE)
_PAST_CLAUSE = re.compile(r"\b(?:had|was|were|did|since|used\s+to)\b", re.IGNORECASE)
_AHEAD = re.compile(r"\b(?:will|would|shall|going\s+to|due|set\s+to|expected|planned|plans?|next|new)\b", re.IGNORECASE)


def past_place(sentence: str, start: int, end: int) -> bool:
    """Whether the clause a place is in (from the last comma, semicolon or colon before it to the next after it) says
    where something was ("which has had dual headquarters in Rotterdam and London since 1930") and nothing that looks
    ahead: no answer to "where will …"."""
    before = sentence[:start]
    opened = max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1
    rest = re.split(r"[,;:]", sentence[end:], maxsplit=1)[0]
    clause = sentence[opened:end] + rest
    return _PAST_CLAUSE.search(clause) is not None and _AHEAD.search(clause) is None


def answer_where(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    future = _WHERE_FUTURE.match(pq.text) is not None

    done = _asked_deed(pq.text)
    based = _ASKS_BASE.search(pq.text) is not None

    def pick(s: Sentence, _concepts: list[Concept]) -> tuple[str, float] | None:
        if based and (home := own_base(s.text)) and (place := _best_place(home, snap, pq.text)):
            # "where is Vantor based": "has its headquarters in Espoo"
            return place, DEED_PLACE
        if based and (home := _BASED_BODY.search(s.text)):
            return home.group("place"), DEED_PLACE  # "The Dunmere-based firm …"
        if done is not None and (at := done.search(s.text)) and (place := _best_place(at.group(0), snap, pq.text)):
            # "where was the protocol signed": "The protocol, signed in Cairo, …" answers before the sentence that
            # tells the deed in the question's every word but sets it nowhere: the place is what was asked
            return place, DEED_PLACE
        place = _best_place(s.text, snap, asked=pq.text, future=future)
        return None if place is None else (place, 0.5)

    # ("based" is what is asked, as "headquarters" tells it: not a word the sentence must hold)
    found = answer_passages(snap, pq, Intent.where, pick, drop={"based", "headquartered"} if based else ())
    if not based:
        return found
    # where a body is based is only what a sentence says of its base: never another place beside its name ("rivals in
    # Asia", "London trading")
    kept = tuple(a for a in found.answers if own_base(a.quote) or own_based_body(a.quote, pq.text))
    if not kept and (home := based_body(snap, pq)):
        kept = (home,)
    if not kept:
        return not_covered(pq.text, Intent.where, f"The sources don't say where {asked_body(pq.text)} is based.",
                           gate="where.base_unsaid")
    return found.model_copy(update={"answers": kept})


def asked_body(question: str) -> str:
    """The body a "where is X based" question names, as typed."""
    m = _ASKS_BASE.search(question)
    return m.group("body") if m else "it"


def own_base(sentence: str) -> str | None:
    """The sentence from its first "based in …" / "headquarters in …" that no related body's clause holds (never
    "Vantor, whose main rival Ostrava Telecom has its headquarters in Espoo, is based in Oslo": Espoo is the rival's)."""
    for m in _BASE.finditer(sentence):
        before = sentence[:m.start()]
        clause = before[max(before.rfind(","), before.rfind(";")) + 1:]
        if not _ANOTHERS.search(clause):
            return sentence[m.start():]  # (to the sentence's end: a place written as a list, "Saint Kitts and Nevis")
    return None


# a clause about a body related to the asked one: "Vantor, whose largest supplier is based in Tallinn"
_ANOTHERS = re.compile(r"\b(?:whose|rivals?|suppliers?|partners?|parent|owners?|subsidiary|subsidiaries|customers?|"
                       r"clients?|competitors?|target)\b", re.IGNORECASE)


def own_based_body(sentence: str, question: str) -> bool:
    """Whether "the Dunmere-based firm" in the sentence can be the asked body: no name follows it ("the Leeds-based
    firm Kelby" is Kelby) and the sentence does not name the asked body beside it (then the firm is another)."""
    m = _BASED_BODY.search(sentence)
    if m is None or re.match(r"\s+[A-Z]", sentence[m.end():]):
        return False
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)} - {"where", "is", "are", "was", "were", "based",
                                                                        "headquartered", "the"}
    return not asked & {w.lower() for w in re.findall(r"[\w'’-]+", sentence)}


def based_body(snap: Snapshot, pq: ParsedQuestion) -> AnswerItem | None:
    """"where is Vantor based" of a story headlined on Vantor that writes "The Dunmere-based firm …": the story's own
    body, named by its home, where no sentence naming it says where it is based."""
    words = [w for w in content_terms(pq.text) if w.lower() not in ("based", "headquartered", "headquarters")]
    concepts = concepts_for(snap, words)
    if not concepts:
        return None
    for rec in snap.passages(query_terms(concepts), limit=5):
        title = snap.meta(rec.source_id).title or ""
        if coverage(concepts, set(analyse(title))) < 1.0 or _other_names(title, pq.text):
            continue  # the story must be the body's own: its headline names it, and no other body
        doc = snap.document(rec.source_id)
        if doc is None:
            continue
        for para in doc[1]:
            for span in split_sentences(para.text):
                sentence = para.text[span.start:span.end]
                # (never "the Stanton-based company Crumb Ltd, a rival": the body named after it is another)
                if own_based_body(sentence, pq.text) and (m := _BASED_BODY.search(sentence)) is not None:
                    start = para.start + span.start
                    return item(snap, rec.source_id, para.number, start, start + len(sentence), sentence,
                                m.group("place"), 1.0)
    return None


# "where is X based / headquartered", "where are X's headquarters": where a body has its home, in news's words for it
_ASKS_BASE = re.compile(r"^\W*where\s+(?:is|are|was|were)\s+(?P<body>.*?)\s*\b(?:based|headquartered|headquarters|"
                        r"head\s+office)\W*$", re.IGNORECASE)
# "the Dunmere-based firm", "The Kelby-based company": a body's home written before it
_BASED_BODY = re.compile(r"\b[Tt]he\s+(?P<place>[A-Z][\w’']+(?:\s+[A-Z][\w’']+)?)-based\s+(?:[a-z]+\s+)?"
                         r"(?:firm|company|group|club|bank|retailer|chain|maker|carrier|airline|team|band|business|"
                         r"operator|developer|publisher|insurer|brewer|manufacturer|giant)\b")
_BASE = re.compile(rf"\b(?:based|headquartered|headquarters|head\s+office)\s+(?:is\s+|are\s+)?(?:in|at|on)\s+{_ONE_PLACE}")


DEED_PLACE = 2.0  # as much as a sentence covering the whole question adds over one covering none of it


def _asked_deed(question: str) -> re.Pattern[str] | None:
    """The place the question's own past participle is done at, as a pattern ("where was the protocol signed" ->
    "signed in Cairo"): the sentence that sets the asked deed in a place answers before one naming a place beside
    it. ``None`` when the question ends on no such verb."""
    m = re.search(r"\b([a-z]{3,}ed)\W*$", question.strip(), re.IGNORECASE)
    if m is None or not re.match(r"^\W*where\s+(?:was|were|is|are|has|have|had)\b", question, re.IGNORECASE):
        return None
    return re.compile(rf"\b{re.escape(m.group(1))}\s+(?:in|at)\s+{_ONE_PLACE}")


_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday the a an".split()
)


# "according to Dutch officials", "compared to France", "thanks to Spain": who said it or what it is
# measured against, not where it happened
_NOT_WHERE_BEFORE = re.compile(r"\b(?:according|compared|thanks|due|owing|close|next|similar|opposed|"
                               r"relative|prior|reply|response|addition)\s*$", re.IGNORECASE)


def _best_place(sentence: str, snap: Snapshot | None = None, asked: str = "", future: bool = False) -> str | None:
    """The place a sentence names after "in"/"at" (then "to"/"from"/"near"), never a person or a month,
    nor a place the question itself names ("Where in Glasgow…" is not answered by "Glasgow")."""
    asked_words = {w.lower() for w in re.findall(r"\w+", asked)}
    best: tuple[int, str] | None = None
    for m in _PLACE.finditer(sentence):
        place = _trim(m.group(1))
        if not place or _NOT_WHERE_BEFORE.search(sentence[:m.start()]) or called_off(sentence[:m.start()]):
            continue
        if future and past_place(sentence, m.start(), m.start(1) + len(place)):
            continue  # "where will the new office be": not where it has been
        named = [w for w in re.findall(r"\w+", place) if w.lower() not in ARTICLES]
        if not named or all(w.lower() in asked_words for w in named):
            continue  # no name left ("the" of "in the US", cut at its acronym), or only the question's own
        first = re.split(r",|\s+and\s+", place)[0]
        setting = m.group(0).split()[0].lower() in ("in", "at")
        if snap is not None and (person := snap.registry.resolve(first)) and person.kind == "person" \
                and not (setting and unknown_person(person)):
            continue
        if snap is not None:
            place = _without_people(place, snap)
        rank = 0 if setting else 1
        place = _with_setting(sentence, m.start(1), place)
        if best is None or rank < best[0]:
            best = (rank, place)
    return best[1] if best else None


# "have abandoned plans to premiere the show in London", "will not be held in Leeds", "instead of Paris": a place
# in a clause that says the event will not happen there
_CALLED_OFF = re.compile(r"\b(?:abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|ditch(?:es|ed|ing)?|"
                         r"cancel(?:s|led|ed|ling)?|call(?:s|ed)?\s+off|rul(?:e|es|ed)\s+out|reject(?:s|ed|ing)?|"
                         r"not|never|no\s+longer|instead\s+of|rather\s+than)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r".*(?:[,;:]|\bbut\b|\band\b)", re.IGNORECASE | re.DOTALL)


def called_off(before: str) -> bool:
    """Whether the clause a place ends ("… have abandoned plans to premiere the show in") says the event will not
    happen there: abandoned, scrapped or cancelled plans, a negation, "instead of"."""
    opened = _CLAUSE_START.match(before)
    return _CALLED_OFF.search(before[opened.end():] if opened else before) is not None


def _without_people(place: str, snap: Snapshot) -> str:
    """A list of places without the names after it that are people ("Trinidad and Tobago, Taran Rampersad read …":
    the sentence goes on with its subject after the place)."""
    members = re.split(r"\s*,\s*", place)
    while len(members) > 1 and (person := snap.registry.resolve(members[-1])) and person.kind == "person" \
            and not unknown_person(person):
        members.pop()
    return ", ".join(members) if len(members) < len(re.split(r"\s*,\s*", place)) else place


def unknown_person(person: Speaker) -> bool:
    """A "person" the collection knows by nothing but the name: never quoted, given no title. After "in" or "at"
    such a name is the place the text sets something in ("Liverpool's new stadium in Stanley Park"), which the
    extractor took for a first name and a surname; anyone quoted or titled stays a person ("in Blair's view")."""
    return person.quotation_count == 0 and not person.titles


_SETTING = re.compile(rf"^\s+(?:in|at)\s+({_ONE_PLACE})")


def _with_setting(sentence: str, start: int, place: str) -> str:
    """A place with the larger place the sentence sets it in ("the Barbican in London"), verbatim."""
    end = start + len(place)
    if sentence[start:end] != place:
        return place
    setting = _SETTING.match(sentence[end:])
    if not setting:
        return place
    larger = _trim(setting.group(1))
    return sentence[start:end + setting.start(1) + len(larger)] if larger else place


def _trim(place: str) -> str:
    """The place up to the first word that cannot be part of one (an acronym, a month, "The")."""
    words = list(re.finditer(r"[\w’'-]+", place))
    end = len(place)
    for i, w in enumerate(words):
        word = w.group(0)
        leads_a_name = word == "the" and i + 1 < len(words) and words[i + 1].group(0)[:1].isupper()
        after_possessive = i > 0 and re.search(r"['’]s$", words[i - 1].group(0)) is not None
        if (word.isupper() and len(word) > 1 and not after_possessive) \
                or (word.lower() in _NOT_PLACES and not leads_a_name):
            end = w.start()
            break
    return re.sub(r"(?:\s*,\s*|\s+and|\s+of|\s+the)+\s*$", "", place[:end].strip()).strip(" ,")


def _other_names(title: str, question: str) -> bool:
    """Whether a headline names anything the question does not, past its first word ("Pellow agrees to buy Dunmere
    Electronics" for "where is Pellow based")."""
    asked = {w.lower() for w in re.findall(r"[\w'’-]+", question)}
    return any(w.lower() not in asked for w in re.findall(r"\b[A-Z][\w'’-]+", title)[1:])
