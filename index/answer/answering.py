"""Compose answers: from a parsed question and a snapshot to cited, verbatim ``AnswerItem``s.

Every ``quote`` built here is cut from the cleaned source text by offsets
(``source_text[start:end]``), never rebuilt from pieces, so it is verbatim by
construction. When nothing covers the question well enough, the answer is
empty with a message saying so: an honest "not in the sources" beats a
plausible-looking unrelated passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from index.answer.question import content_terms
from index.answer.relevance import MIN_COVERAGE, Concept, build_concepts, coverage, query_terms
from index.extract.dates import best_date, find_dates
from index.extract.names import ROLE_WORDS, fold
from index.extract.sentences import split_sentences
from index.models import Answer, AnswerItem, Intent, ParsedQuestion, Quotation, Speaker
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot

MAX_ANSWERS = 10
CANDIDATES = 30

NO_ANSWER = "The sources don't cover that. Try different words, or look at which sources are indexed."


@dataclass
class Sentence:
    source_id: str
    paragraph: int
    start: int
    end: int
    text: str
    passage_score: float
    cover: float


# ----------------------------------------------------------------- helpers


def concepts_for(snap: Snapshot, words: Iterable[str]) -> list[Concept]:
    return build_concepts(words, snap.acronyms, snap.synonyms, snap.idf)


def candidate_sentences(snap: Snapshot, concepts: list[Concept], limit: int = CANDIDATES) -> list[Sentence]:
    """Sentences of the best passages, each with its own coverage of the question."""
    out: list[Sentence] = []
    seen: set[tuple[str, int, int]] = set()
    for rec in snap.passages(query_terms(concepts), limit=limit):
        if coverage(concepts, set(analyse(rec.text))) < MIN_COVERAGE:
            continue
        for span in split_sentences(rec.text):
            key = (rec.source_id, rec.start + span.start, rec.start + span.end)
            if key in seen:
                continue
            seen.add(key)
            text = rec.text[span.start:span.end]
            out.append(Sentence(source_id=rec.source_id, paragraph=rec.paragraph, start=key[1], end=key[2],
                                text=text, passage_score=rec.score, cover=coverage(concepts, set(analyse(text)))))
    return out


def item(snap: Snapshot, source_id: str, paragraph: int, start: int, end: int, quote: str, text: str,
         score: float, speaker: str | None = None, date: str | None = None,
         speaker_description: str | None = None) -> AnswerItem:
    return AnswerItem(text=text, quote=quote, speaker=speaker, speaker_description=speaker_description, date=date,
                      source=snap.citation(source_id, paragraph), score=round(float(score), 4), start=start, end=end)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def merge_same(items: list[AnswerItem], key=None) -> list[AnswerItem]:
    """Merge answers from different sources that say the same thing; cite each source."""
    merged: list[AnswerItem] = []
    keys: list[str] = []
    for it in items:
        k = key(it) if key else _norm(it.text)
        for i, m in enumerate(merged):
            mk = keys[i]
            if m.source.id == it.source.id:
                if k == mk:
                    break
                continue
            if k == mk or (len(k) > 30 and (k in mk or mk in k or _similar(k, mk))):
                if it.source.id not in {m.source.id, *(c.id for c in m.also)}:
                    merged[i] = m.model_copy(update={"also": (*m.also, it.source)})
                break
        else:
            merged.append(it)
            keys.append(k)
    return merged


def _similar(a: str, b: str) -> bool:
    sm = SequenceMatcher(None, a, b)
    return sm.real_quick_ratio() > 0.85 and sm.quick_ratio() > 0.85 and sm.ratio() > 0.85


def not_covered(question: str, intent: Intent, message: str = NO_ANSWER) -> Answer:
    return Answer(question=question, intent=intent, answers=(), message=message)


# ----------------------------------------------------------------- quote


def answer_quote(snap: Snapshot, pq: ParsedQuestion, speaker_text: str | None, topic: str | None) -> Answer:
    if not speaker_text or not speaker_text.strip():
        return not_covered(pq.text, Intent.quote, "Whose words are you looking for? Name a person or organisation.")
    matches = snap.registry.match(speaker_text, limit=3)
    if not matches:
        # Not a person or organisation anyone quotes ("What did JURI say about the directive?"):
        # what the sources report about it, as plain cited sentences with no speaker, if they
        # cover the whole question; otherwise say plainly that nobody of that name is quoted.
        words = content_terms(" ".join(x for x in (speaker_text, topic) if x))
        reported = answer_passages(snap, pq.model_copy(update={"terms": tuple(words)}), Intent.search)
        if reported.answers and words:
            return reported
        return not_covered(pq.text, Intent.quote,
                           f"I couldn't find anyone called “{speaker_text.strip()}” in the sources. "
                           "Check the spelling, or look at who is quoted in the sources.")
    speaker = matches[0]
    quotes = snap.quotations_of(speaker.id)
    if not quotes:
        return not_covered(pq.text, Intent.quote, f"There are no quotations from {speaker.name} in the sources.")
    ranked = rank_quotes(snap, quotes, topic)
    if topic and not ranked:
        return not_covered(pq.text, Intent.quote,
                           f"{speaker.name} is quoted in the sources, but not about “{topic.strip()}”.")
    items = _join_same_sentence([quote_item(snap, q, score) for q, score in ranked])
    items = merge_same(items)
    return Answer(question=pq.text, intent=Intent.quote, answers=tuple(items[:MAX_ANSWERS]))


def _join_same_sentence(items: list[AnswerItem]) -> list[AnswerItem]:
    """Quotations broken up by one sentence ("…out," the goal is now "…in") are shown once."""
    out: list[AnswerItem] = []
    where: dict[tuple[str, int | None, int | None], int] = {}
    for it in items:
        key = (it.source.id, it.start, it.end)
        if key in where:
            first = out[where[key]]
            out[where[key]] = first.model_copy(update={"text": f"{first.text} … {it.text}"})
            continue
        where[key] = len(out)
        out.append(it)
    return out


def rank_quotes(snap: Snapshot, quotes: list[Quotation], topic: str | None) -> list[tuple[Quotation, float]]:
    if topic:
        concepts = concepts_for(snap, content_terms(topic))
        if not concepts:
            topic = None
        else:
            scored = []
            for q in quotes:
                own = coverage(concepts, set(analyse(q.text)))
                around = coverage(concepts, set(analyse(_sentence_text(snap, q))))
                para = coverage(concepts, set(analyse(_paragraph_text(snap, q))))
                # A quotation often answers the question the previous paragraphs set up
                # ("…on missile defense." / "We are willing to take part…", he said).
                lead_in = coverage(concepts, set(analyse(_paragraph_text(snap, q, before=2))))
                score = max(own, 0.8 * around, 0.5 * para, 0.45 * lead_in)
                if score >= MIN_COVERAGE * 0.8:
                    scored.append((q, score))
            scored.sort(key=lambda qs: -qs[1])
            # Only the quotations that address the topic about as well as the best one:
            # weaker ones merely sit near a word of it.
            if scored:
                best = scored[0][1]
                scored = [qs for qs in scored if qs[1] >= best * 0.6]
            return scored
    # No topic: substantial quotations first, then in source order.
    ordered = sorted(quotes, key=lambda q: (-min(len(q.text.split()), 12), q.source_id, q.start))
    return [(q, float(min(len(q.text.split()), 12)) / 12) for q in ordered]


def _sentence_text(snap: Snapshot, q: Quotation) -> str:
    doc = snap.document(q.source_id)
    return doc[0][q.sentence_start:q.sentence_end] if doc else q.text


def _paragraph_text(snap: Snapshot, q: Quotation, before: int = 0) -> str:
    """The quotation's paragraph, optionally with up to ``before`` paragraphs leading into it."""
    doc = snap.document(q.source_id)
    if not doc:
        return q.text
    paragraphs = doc[1]
    for i, p in enumerate(paragraphs):
        if p.start <= q.start < p.end:
            first = paragraphs[max(0, i - before)]
            return doc[0][first.start:p.end]
    return q.text


def quote_item(snap: Snapshot, q: Quotation, score: float) -> AnswerItem:
    doc = snap.document(q.source_id)
    sentence = doc[0][q.sentence_start:q.sentence_end] if doc else q.text
    return item(snap, q.source_id, q.paragraph, q.sentence_start, q.sentence_end, sentence, q.text, score,
                speaker=q.speaker, speaker_description=q.speaker_description)


# ----------------------------------------------------------------- when

_END_WORDS = {"end", "ended", "finish", "finished", "stop", "stopped", "quit", "over", "conclude", "concluded"}


def answer_when(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    words = pq.terms or content_terms(pq.subject or pq.text)
    wants_end = any(w.lower() in _END_WORDS for w in words)
    words = [w for w in words if w.lower() not in {"year", "date", "day", "month", "time"}]
    concepts = concepts_for(snap, words)
    if not concepts:
        return not_covered(pq.text, Intent.when, "When did what happen? Ask about an event, e.g. “When was the NRC created?”")
    items: list[AnswerItem] = []
    for s in candidate_sentences(snap, concepts):
        if s.cover < MIN_COVERAGE:
            continue
        published = snap.meta(s.source_id).published
        mentions = find_dates(s.text, published)
        chosen = best_date(mentions) or (mentions[0] if mentions else None)
        if chosen is None:
            continue
        iso = (chosen.iso_end if wants_end and chosen.iso_end else chosen.iso)
        specificity = len(iso or "") / 10
        score = s.cover * 2 + specificity + min(s.passage_score, 20) / 40
        items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, chosen.text, score, date=iso))
    if not items:
        return not_covered(pq.text, Intent.when, "The sources don't give a date for that.")
    items.sort(key=lambda it: -it.score)
    items = merge_same(items, key=lambda it: f"{it.date}|{_norm(it.quote)}")
    # Dates from sentences that cover the question clearly worse than the best one
    # are other events that merely share a word with it.
    best = items[0].score
    items = [it for it in items if it.score >= best * 0.75]
    return Answer(question=pq.text, intent=Intent.when, answers=tuple(items[:5]))


# ----------------------------------------------------------------- who


def answer_who(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    subject = (pq.subject or "").strip()
    if not subject:
        return not_covered(pq.text, Intent.who, "Who do you mean? Ask e.g. “Who is Dmitry Rogozin?”")
    people = snap.registry.match(subject, limit=2)
    items: list[AnswerItem] = []
    if people:
        person = people[0]
        # "Who is the NATO chief?" asks for a name; "Who is Rogozin?" for a description.
        asks_for_name = not _names_person(subject, person) and _is_role_phrase(subject)
        for rec in snap.descriptions_of(person.id)[:20]:
            text = person.name if asks_for_name else _description_text(rec.context, person)
            items.append(item(snap, rec.source_id, rec.paragraph, rec.start, rec.end, rec.context,
                              text, 1.0 + rec.score, speaker=None))
        if not items:
            items = _sentences_naming(snap, person)
    if not items:
        concepts = concepts_for(snap, content_terms(subject))
        for s in candidate_sentences(snap, concepts):
            if s.cover >= 0.99:
                items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, s.text, s.passage_score))
        items = items[:3]
    if not items:
        return not_covered(pq.text, Intent.who, f"The sources don't say who {subject} is.")
    items = merge_same(items)
    return Answer(question=pq.text, intent=Intent.who, answers=tuple(items[:5]))


def _is_role_phrase(text: str) -> bool:
    words = re.findall(r"[\w'-]+", text.lower())
    return bool(words) and (words[0] in ("the", "a", "an") or any(w in ROLE_WORDS for w in words))


def _names_person(text: str, person: Speaker) -> bool:
    words = set(re.findall(r"[\w'-]+", fold(text)))
    return any(set(fold(n).split()) & words for n in (person.name, *person.aliases) if n)


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


# ----------------------------------------------------------------- where / how many / search

_PLACE = re.compile(r"\b(?:in|at|to|from|near)\s+((?:[A-Z][\w’'-]+)(?:(?:,\s*|\s+(?:of\s+)?)[A-Z][\w’'-]+)*)")
_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*(?:-\w+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|dozens?|hundreds|thousands|millions?|billions?)\b(?:\s+(?:[a-z-]+))?",
    re.IGNORECASE,
)


def answer_passages(snap: Snapshot, pq: ParsedQuestion, intent: Intent) -> Answer:
    words = pq.terms or content_terms(pq.text)
    if intent is Intent.how_many:
        words = [w for w in words if w.lower() not in {"many", "much", "number"}]
    concepts = concepts_for(snap, words)
    if not concepts:
        return not_covered(pq.text, intent, "Please ask a question with a few words about what you're looking for.")
    items: list[AnswerItem] = []
    for s in candidate_sentences(snap, concepts):
        if s.cover < MIN_COVERAGE:
            continue
        text = s.text
        bonus = 0.0
        if intent is Intent.where:
            place = _best_place(s.text, snap, asked=pq.text)
            if place is None:
                continue
            text, bonus = place, 0.5
        elif intent is Intent.how_many:
            number = _best_number(s.text, concepts)
            if number is None:
                continue
            text, bonus = number
        score = s.cover * 2 + bonus + min(s.passage_score, 20) / 40
        items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, text, score))
    if not items:
        return not_covered(pq.text, intent)
    items.sort(key=lambda it: -it.score)
    items = merge_same(items, key=lambda it: _norm(it.quote))
    best = items[0].score
    items = [it for it in items if it.score >= best * 0.6]
    return Answer(question=pq.text, intent=intent, answers=tuple(items[:5]))


_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday the a an".split()
)


def _best_place(sentence: str, snap: Snapshot | None = None, asked: str = "") -> str | None:
    """The place a sentence names after "in"/"at" (then "to"/"from"/"near"), never a person or a month,
    nor a place the question itself names ("Where in Glasgow…" is not answered by "Glasgow")."""
    asked_words = {w.lower() for w in re.findall(r"\w+", asked)}
    best: tuple[int, str] | None = None
    for m in _PLACE.finditer(sentence):
        words = m.group(1).replace(",", " ").split()
        kept: list[str] = []
        for w in words:
            if w.isupper() and len(w) > 1 or w.lower() in _NOT_PLACES:
                break
            kept.append(w)
        if not kept:
            continue
        place = " ".join(kept)
        if all(w.lower() in asked_words for w in re.findall(r"\w+", place)):
            continue
        if snap is not None and (person := snap.registry.resolve(place)) and person.kind == "person":
            continue
        rank = 0 if m.group(0).split()[0].lower() in ("in", "at") else 1
        if best is None or rank < best[0]:
            best = (rank, place)
    return best[1] if best else None


def _best_number(sentence: str, concepts: list[Concept]) -> tuple[str, float] | None:
    """The number nearest to a question word ("28-nation" for "how many nations")."""
    wanted = {t for c in concepts for t in c.all_terms()}
    best: tuple[str, float] | None = None
    for m in _NUMBER.finditer(sentence):
        phrase = m.group(0).strip()
        if re.fullmatch(r"\d{4}", phrase.split()[0]) and 1900 <= int(phrase.split()[0]) <= 2100:
            continue  # a year, not a count
        window = sentence[max(0, m.start() - 40): m.end() + 40]
        near = set(analyse(phrase)) & wanted
        around = set(analyse(window)) & wanted
        score = 1.0 * bool(near) + 0.3 * bool(around)
        if best is None or score > best[1]:
            best = (phrase if near else m.group(0).split()[0], score)
    return best
