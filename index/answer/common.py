"""What every answerer shares: candidate sentences, answer items, merging, "not covered".

Every ``quote`` built from these helpers is cut from the cleaned source text by
offsets (``source_text[start:end]``), never rebuilt from pieces, so it is
verbatim by construction. When nothing covers the question well enough, the
answer is empty with a message saying so: an honest "not in the sources" beats
a plausible-looking unrelated passage.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from index.answer.question import content_terms
from index.answer.relevance import (
    MIN_COVERAGE,
    PERSON_NOUNS,
    PERSON_WORDS,
    Concept,
    build_concepts,
    confirmed,
    coverage,
    query_terms,
)
from index.extract.sentences import split_sentences
from index.models import Answer, AnswerItem, Intent, Paragraph
from index.store.analysis import terms as analyse
from index.store.passage_index import Record
from index.store.snapshot import Snapshot

_EXPANSION_CACHE: dict[int, tuple[Mapping[str, str], dict[tuple[str, ...], str]]] = {}


def _expansions(acronyms: Mapping[str, str]) -> dict[tuple[str, ...], str]:
    """Expansion words -> acronym, computed once per snapshot's table (a question must stay cheap)."""
    cached = _EXPANSION_CACHE.get(id(acronyms))
    if cached is not None and cached[0] is acronyms:
        return cached[1]
    table = {}
    for k, v in acronyms.items():
        words = content_terms(v)
        if len(words) > 1:
            table[words] = k.lower()
    if len(_EXPANSION_CACHE) > 8:
        _EXPANSION_CACHE.clear()
    _EXPANSION_CACHE[id(acronyms)] = (acronyms, table)
    return table


def collapse_acronyms(words: Sequence[str], acronyms: Mapping[str, str]) -> tuple[str, ...]:
    """Words that spell out an acronym the collection defines ("child support agency" for CSA) become
    that acronym, one concept matched by either form: a quotation's set-up may use only one of them."""
    expansions = _expansions(acronyms)
    if not expansions:
        return tuple(words)
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(6, len(words) - i), 1, -1):
            short = expansions.get(tuple(w.lower() for w in words[i:i + n]))
            if short:
                out.append(short)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


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
    passage_cover: float = 0.0  # how well its passage (read under the headline when asked) covers the question


# ----------------------------------------------------------------- helpers


def sentence_before(text: str, start: int) -> str:
    """The sentence that ends before ``start`` in ``text`` (looked for in the 600 characters before it),
    or "" at the start: where a "he said" or a bare "a spokesman said" points back to."""
    span = sentence_span_before(text, start)
    return span[2] if span else ""


def sentence_span_before(text: str, start: int, floor: int = 0) -> tuple[int, int, str] | None:
    """:func:`sentence_before` with its offsets in ``text``, looked for no earlier than ``floor`` (a paragraph's
    start, for the sentence before another in the same paragraph); ``None`` when there is none."""
    spans = [sp for sp in split_sentences(text, max(floor, start - 600), start) if sp.end <= start]
    return (spans[-1].start, spans[-1].end, text[spans[-1].start:spans[-1].end]) if spans else None


# a sentence's opening connective: "But he said …" has the subject "he" as surely as "He said …" has
_CONNECTIVE = re.compile(r"^(\W*)(?:But|And|However|So|Then|Yet)\b,?\s+(?=[a-z])")


def opening(sentence: str) -> str:
    """The sentence with an opening connective ("But", "And", "However,") left out and the word after it
    capitalised: the rules that read a sentence's subject ("He …", "The firm …") read "But he …" and "And the firm
    …" alike, a pronoun after a connective being written in lower case."""
    m = _CONNECTIVE.match(sentence)
    if not m:
        return sentence
    rest = sentence[m.end():]
    return m.group(1) + rest[:1].upper() + rest[1:]


def concepts_for(snap: Snapshot, words: Iterable[str]) -> list[Concept]:
    """The question's concepts; "people" asked is covered by any noun for people the text uses ("US gamers")."""
    concepts = build_concepts(words, snap.acronyms, snap.synonyms, snap.idf, known=lambda t: snap.doc_frequency(t) > 0,
                              together=lambda left, right: hyphenated(snap, left, right))
    return [c.widened(PERSON_NOUNS) if c.word.lower() in PERSON_WORDS else c for c in concepts]


HYPHENATED_PASSAGES = 5


def hyphenated(snap: Snapshot, left: str, right: str) -> bool:
    """Whether some text writes the two words as one compound, joined by a hyphen ("wi-fi") or side by side
    ("Super Bowl"): then "wifi" or "superbowl" asked means them. People type a compound closed up whichever
    way the news writes it; only a word the index does not hold as typed is read so (see ``compound_forms``)."""
    pattern = re.compile(rf"\b{re.escape(left)}(?:[-‐–]|[ \t]){re.escape(right)}\b", re.IGNORECASE)
    terms = {t for w in (left, right) for t in analyse(w)}
    return any(pattern.search(rec.text) for rec in snap.passages(terms, limit=HYPHENATED_PASSAGES))


BESIDE_PASSAGES = 10
_JOIN = r"(?:[-‐–]|[ \t])"


def spelt_beside(snap: Snapshot, slipped: str, before: str | None, after: str | None) -> str | None:
    """The index term of a word one edit from ``slipped`` (a word the spelling rule leaves alone: "kik" of
    "free-kik" is one slip from "kit", "kid" and "kick") that some text writes right after ``before`` or right
    before ``after``, the question's words beside it ("free kick", "free-kick"); the one written so most often,
    ``None`` when no text writes any. The word beside it is the context a short word lacks alone."""
    typed = slipped.lower()
    if len(typed) < 3 or not typed.isalpha():
        return None
    neighbours = snap.neighbours(typed)
    if not neighbours:
        return None
    patterns = [re.compile(rf"\b{re.escape(before)}{_JOIN}([A-Za-z]+)\b", re.IGNORECASE)] if before else []
    if after:
        patterns.append(re.compile(rf"\b([A-Za-z]+){_JOIN}{re.escape(after)}\b", re.IGNORECASE))
    context = {t for w in (before, after) if w for t in analyse(w)}
    if not patterns or not context:
        return None
    seen: Counter[str] = Counter()
    for rec in snap.passages(context | set(neighbours), limit=BESIDE_PASSAGES):
        for pattern in patterns:
            for m in pattern.finditer(rec.text):
                if (t := analyse(m.group(1))) and len(t) == 1 and t[0] in neighbours:
                    seen[t[0]] += 1
    return max(seen, key=lambda t: (seen[t], neighbours[t], t)) if seen else None


def spellings_in_question(snap: Snapshot, words: Sequence[str]) -> Callable[[str, str | None], list[str]]:
    """The index's spellings of a misspelt term (``snap.spellings``), and for a word those leave uncorrected, the
    one-edit word the texts write beside its neighbour in the question (:func:`spelt_beside`)."""
    beside: dict[str, str] = {}
    for i, w in enumerate(words):
        terms = analyse(w)
        if len(terms) != 1 or snap.doc_frequency(terms[0]) > 0:
            continue
        fixed = spelt_beside(snap, w, words[i - 1] if i > 0 else None, words[i + 1] if i + 1 < len(words) else None)
        if fixed:
            beside[w] = fixed

    def spelling(term: str, written: str | None = None) -> list[str]:
        return [beside[written]] if written in beside else snap.spellings(term, written)

    return spelling


def corrected_concepts(snap: Snapshot, words: Iterable[str]) -> list[Concept] | None:
    """The concepts with misspelt words ("goverment") replaced by the index's spelling; ``None`` when
    no word needed it. Answerers retry with these when the words as typed answer nothing, so a
    word the sources simply lack ("France") is never bent into one they have ("frank")."""
    words = list(words)
    concepts = build_concepts(words, snap.acronyms, snap.synonyms, snap.idf, spellings_in_question(snap, words),
                              lambda t: snap.doc_frequency(t) > 0, lambda left, right: hyphenated(snap, left, right))
    return concepts if any(c.corrected for c in concepts) else None


def _without_suffix_guesses(concepts: list[Concept], fixed: list[Concept],
                            find: Callable[[list[Concept]], list[AnswerItem]]) -> list[AnswerItem]:
    """What ``find`` gives with the corrections that only cut an ending off a word ("faster", which no text writes,
    "corrected" to "fast") taken back, the others kept: each correction must be borne out by the sentence, and such a
    guess would veto "the 4 megabit service" that the misspelt "servise" means. A misspelling's correction ("moblie"
    -> "mobile") stays, and must still be borne out."""
    if len(fixed) != len(concepts):
        return []
    mixed = [typed if c.corrected and c.word == typed.word and _cuts_an_ending(c) else c
             for c, typed in zip(fixed, concepts, strict=True)]
    if mixed == fixed or not any(c.corrected for c in mixed):
        return []
    return find(mixed)


def _cuts_an_ending(c: Concept) -> bool:
    """Whether the correction's spelling is the typed word with an ending cut off ("faster" -> "fast")."""
    typed = c.word.lower()
    return any(len(alt) == 1 and typed.startswith(alt[0]) and len(alt[0]) < len(typed) for alt in c.alternatives)


def ranked_items(snap: Snapshot, words: list[str], concepts: list[Concept],
                 find: Callable[[list[Concept]], list[AnswerItem]], *, key=None,
                 keep: float = 0.6, top: int = 5,
                 in_story: Callable[[list[Concept]], list[AnswerItem]] | None = None,
                 drop_suffix_guesses: bool = False) -> list[AnswerItem]:
    """The answers ``find`` gives for the concepts (retried with the index's spelling when the words
    as typed give none, with ``drop_suffix_guesses`` without the corrections that only cut an ending, then with
    ``in_story``: the same search with each paragraph read under its story's headline and lead), best first, the
    same statement from several sources merged, and only those within ``keep`` of the best: weaker ones are other
    matters that merely share a word with it.
    One sequence for every answerer built on candidate sentences, so their ranking cannot drift apart.

    The story is read last, never first: a paragraph that covers the question by its own words is about it
    more surely than one whose story's lead holds the rest, so the story only speaks when no paragraph does
    (reading it first let other paragraphs of a covering story outrank the one that answers)."""
    items = find(concepts)
    fixed = None
    if not items and (fixed := corrected_concepts(snap, words)):
        items = find(fixed) or (_without_suffix_guesses(concepts, fixed, find) if drop_suffix_guesses else [])
    if not items and in_story is not None:
        items = in_story(fixed or concepts)
    if not items:
        return []
    items.sort(key=lambda it: -it.score)
    items = merge_same(items, key=key or (lambda it: norm(it.quote)))
    best = items[0].score
    return [it for it in items if it.score >= best * keep][:top]


def candidate_sentences(snap: Snapshot, concepts: list[Concept], limit: int = CANDIDATES,
                        headline: bool = False,
                        context: Callable[[str], Iterable[str]] | None = None,
                        story: bool = False) -> list[Sentence]:
    """Sentences of the best passages, each with its own coverage of the question. With ``headline``,
    a passage is read under its source's headline ("Singer Jo Bloggs sued" covers who a paragraph
    about "the woman" and "her lawyer" is about); ``context`` gives further terms a passage of a source is
    read under (its story's lead); ``story`` reads it under both its headline and its lead (``story_terms``)."""
    out: list[Sentence] = []
    seen: set[tuple[str, int, int]] = set()
    for rec in snap.passages(query_terms(concepts), limit=limit):
        analysed = snap.analysis(rec)
        passage_terms = {t for t, _s, _e in analysed.terms}
        if story:
            passage_terms |= story_terms(snap, rec.source_id)
        if headline:
            passage_terms |= set(analyse(snap.meta(rec.source_id).title or ""))
        if context is not None:
            passage_terms |= set(context(rec.source_id))
        passage_cover = coverage(concepts, passage_terms)
        if passage_cover < MIN_COVERAGE or not confirmed(concepts, passage_terms):
            continue
        # read under its story, a passage must leave nothing of the question out: the lead names what the story is
        # about, never an event the question adds to it ("set up" a label, in a story of the label's court case)
        if story and passage_cover < STORY_COVER:
            continue
        for start, end in analysed.sentences:
            key = (rec.source_id, rec.start + start, rec.start + end)
            if key in seen:
                continue
            seen.add(key)
            sentence_terms = analysed.terms_between(start, end)
            if not confirmed(concepts, sentence_terms):
                continue
            if story and not holds_beyond_subject(concepts, rec.text[start:end]):
                continue
            out.append(Sentence(source_id=rec.source_id, paragraph=rec.paragraph, start=key[1], end=key[2],
                                text=rec.text[start:end], passage_score=rec.score,
                                cover=coverage(concepts, sentence_terms), passage_cover=passage_cover))
    return out


def sentences_in_covering_stories(snap: Snapshot, concepts: list[Concept], cover: float,
                                  limit: int = CANDIDATES) -> list[Sentence]:
    """Every sentence of the best passages whose story's whole text covers the question (at least ``cover``),
    with its own cover and, as its ``passage_cover``, the story's: where a figure or a date is given paragraphs
    away from what the story says it is of, the sentence that gives it answers though it names little of the
    question itself. The caller says what the sentence must hold (a count of the asked noun, the asked event's
    date). Reads only the passages one search returns."""
    out: list[Sentence] = []
    seen: set[tuple[str, int]] = set()
    for rec in snap.passages(query_terms(concepts), limit=limit):
        story_cover = coverage(concepts, snap.document_terms(rec.source_id))
        if story_cover < cover or not confirmed(concepts, set(snap.document_terms(rec.source_id))):
            continue
        analysed = snap.analysis(rec)
        for start, end in analysed.sentences:
            if (rec.source_id, rec.start + start) in seen:
                continue
            seen.add((rec.source_id, rec.start + start))
            out.append(Sentence(source_id=rec.source_id, paragraph=rec.paragraph, start=rec.start + start,
                                end=rec.start + end, text=rec.text[start:end], passage_score=rec.score,
                                cover=coverage(concepts, analysed.terms_between(start, end)),
                                passage_cover=story_cover))
    return out


def lead_paragraph(snap: Snapshot, source_id: str) -> Paragraph | None:
    """A story's lead, its first paragraph after the headline; ``None`` for a story whose headline is not its
    first line (a text with no headline has no lead to read the rest under)."""
    doc = snap.document(source_id)
    if not doc:
        return None
    text, paragraphs = doc
    title = (snap.meta(source_id).title or "").strip()
    body = [p for p in paragraphs if text[p.start:p.end].strip() != title]
    return body[0] if len(body) < len(paragraphs) and body else None


def story_lead(snap: Snapshot, source_id: str) -> str:
    """A story's lead, its first paragraph after the headline: news states there what the story is about
    ("… government plans to extend their pension age to 65"), and every quotation in it answers to that matter,
    as it does to the headline. "" for a story whose headline is not its first line."""
    lead = lead_paragraph(snap, source_id)
    return lead.text if lead is not None else ""


# How much of the question a passage read under its story's headline and lead must cover: far more than a passage
# read alone (MIN_COVERAGE), as the lead may name everything the question is about but not the event it asks of it.
STORY_COVER = 0.85


# A sentence's opening subject that points back to what the story told before it ("It", "The new rules", "Mr Dalby").
BACK_SUBJECT = re.compile(r"^\W*(?:(?:But|And|However|So|Then),?\s+)?(?:It|They|He|She|This|These|Those|"
                          r"(?:The|Its|Their|His|Her)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s+[a-z])|"
                          r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+|"
                          # "The 47-year-old, whose credits include …": an age for the person the story is about
                          r"The\s+\d{1,3}-year-old)\b")


def holds_beyond_subject(concepts: list[Concept], sentence: str) -> bool:
    """Does the sentence hold part of the question after a subject that points back ("The firm", "Mr Dalby")? Read
    under its story, the headline and lead may say who or what the sentence is about, but the sentence must say the
    event asked itself: "The firm was founded in 1972" under "Quarry firm fined" holds only the firm, and 1972 is
    not when it was fined ("Mr Dalby was suspended by the port on 3 March" holds "suspended" after its subject)."""
    text = opening(sentence)
    m = BACK_SUBJECT.match(text)
    return m is None or coverage(concepts, set(analyse(text[m.end():]))) > 0


def story_terms(snap: Snapshot, source_id: str) -> frozenset[str]:
    """The terms of a story's headline and lead: news names what a story is about there once, and its later
    paragraphs refer back to it by a shorter word ("the musician", "the new rules", "the firm"), so a later
    paragraph is about what the headline and lead say as much as about its own words. Analysed through the
    snapshot's passage cache (a question meets the same stories again and again)."""
    title = snap.meta(source_id).title or ""
    lead = lead_paragraph(snap, source_id)
    terms = set(analyse(title))
    if lead is not None:
        rec = Record(source_id=source_id, paragraph=lead.number, start=lead.start, end=lead.end, text=lead.text)
        terms |= {t for t, _s, _e in snap.analysis(rec).terms}
    return frozenset(terms)


def capitalised_terms(text: str) -> frozenset[str]:
    """The terms of the names the text gives (:func:`capitalised_words`)."""
    return frozenset(analyse(" ".join(capitalised_words(text))))


def story_names(snap: Snapshot, source_id: str) -> frozenset[str]:
    """The terms of the names a story's headline and lead give: what it is about, which its later sentences need not
    repeat ("…, the statistical office said" of exports in a story whose headline and lead name Israel)."""
    return capitalised_terms(f"{snap.meta(source_id).title or ''}\n{story_lead(snap, source_id)}")


def item(snap: Snapshot, source_id: str, paragraph: int, start: int, end: int, quote: str, text: str,
         score: float, speaker: str | None = None, date: str | None = None,
         speaker_description: str | None = None) -> AnswerItem:
    return AnswerItem(text=text, quote=quote, speaker=speaker, speaker_description=speaker_description, date=date,
                      source=snap.citation(source_id, paragraph), score=round(float(score), 4), start=start, end=end)


def norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def merge_same(items: list[AnswerItem], key=None) -> list[AnswerItem]:
    """Merge answers from different sources that say the same thing; cite each source."""
    merged: list[AnswerItem] = []
    keys: list[str] = []
    for it in items:
        k = key(it) if key else norm(it.text)
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
    """``SequenceMatcher``'s three ratios above 0.85, the two cheap bounds first. The bounds are computed
    here as difflib computes them (the shorter length, then the characters the two share, over both
    lengths), so the matcher, whose set-up indexes every character of ``b``, is made only for the few
    pairs they let through (BBC: 217 of 3,360)."""
    total = len(a) + len(b)
    if _ratio(min(len(a), len(b)), total) <= 0.85:  # SequenceMatcher.real_quick_ratio
        return False
    if _ratio(sum((Counter(a) & Counter(b)).values()), total) <= 0.85:  # SequenceMatcher.quick_ratio
        return False
    return SequenceMatcher(None, a, b).ratio() > 0.85


def _ratio(matches: int, length: int) -> float:
    """difflib's ``_calculate_ratio``, the same float."""
    return 2.0 * matches / length if length else 1.0


# Every refusal names the gate that made it, so "not covered" can be counted by cause (issue 9): a gate that
# refuses many answerable questions is where a tolerant second chance pays. Name -> why the gate refuses.
GATES: dict[str, str] = {
    "unnamed": "an answerer that does not yet name its gates (the intent is prefixed)",
    "no_words": "the question has no content words to look for",
    "below_cover": "no sentence or passage covers enough of the question's concepts",
    "quote.no_speaker": "a quote question that names nobody",
    "quote.holders_unquoted": "the role's holders are named but never quoted",
    "quote.ambiguous_on_topic": "several people fit the name and none is quoted on the topic",
    "quote.ambiguous": "several people fit the name and nothing tells them apart",
    "quote.nobody_called": "nobody is quoted or described under the asked name or description",
    "quote.named_not_described": "the words found for an unnamed speaker are all named people's",
    "quote.no_direct_words": "the speaker's credited words may be someone else's, or there are none",
    "quote.nothing_written": "'what did X write' of someone whose quotations the text never says were written",
    "quote.off_topic": "the speaker is quoted, but none of their quotations covers the topic",
    "quote.not_heard": "the speaker is quoted, but not to or at the asked audience",
    "who.not_said": "the sources never say who did the asked action",
    "who.unknown": "the sources never describe the asked person",
    "who.office_unwritten": "no passage found writes the office whose holder is asked (\"the chief executive of X\")",
    "where.base_unsaid": "'where is X based' of sources that never say where it has its base or headquarters",
}


def not_covered(question: str, intent: Intent, message: str = NO_ANSWER, gate: str | None = None) -> Answer:
    """An answer with nothing in it, saying why (``message``) and which gate of :data:`GATES` refused."""
    return Answer(question=question, intent=intent, answers=(), message=message, refused_by=gate_name(gate, intent))


def gate_name(gate: str | None, intent: Intent) -> str:
    """A known gate's name; an answerer that names none is counted under its intent."""
    if gate is None:
        return f"{intent.value}.unnamed"
    if gate not in GATES:
        raise ValueError(f"unknown gate {gate!r}: add it to GATES with why it refuses")
    return gate


def written_in_small_letters(snap: Snapshot, word: str) -> bool:
    """Whether the sources write the word in small letters somewhere (a common noun, not only a name)."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")
    return any(pattern.search(rec.text) for rec in snap.passages(set(analyse(word)), limit=20))


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def capitalised_words(text: str) -> frozenset[str]:
    """The words a text writes capitalised, lower-cased and without a possessive, but for those it also writes in
    lower case (a sentence's first word): the names it gives, whatever case a question types them in."""
    lower = {m.group(0) for m in re.finditer(r"\b[a-z][\w'’-]*", text)}
    return frozenset(w.lower() for m in _CAPITALISED.finditer(text)
                     if (w := re.sub(r"['’]s?$", "", m.group(0))) and w.lower() not in lower)


def judged_once(concepts: list[Concept], verdicts: dict[str, bool], judge: Callable[[Concept], bool]) -> list[Concept]:
    """The concepts ``judge`` takes, each judged once per question: ``verdicts`` keeps the verdict on each word across
    the question's candidate sentences or quotations (the judges read the registry or the passages)."""
    for c in concepts:
        if c.word not in verdicts:
            verdicts[c.word] = judge(c)
    return [c for c in concepts if verdicts[c.word]]


def sentences_after(snap: Snapshot, s: Sentence, limit: int = 3, paragraphs: int = 2) -> list[tuple[int, int, int, str]]:
    """Up to ``limit`` sentences after ``s`` — the rest of its paragraph, then the next ones' (``paragraphs`` in all) — each as
    (paragraph, start, end, text) with document offsets: where the reason for what ``s`` tells may follow, or who
    took the post of the one it tells left."""
    doc = snap.document(s.source_id)
    if doc is None:
        return []
    out: list[tuple[int, int, int, str]] = []
    read = doc[1]
    for i, p in enumerate(read):
        if p.number != s.paragraph:
            continue
        for q in read[i:i + paragraphs]:
            for sp in split_sentences(q.text):
                if q.start + sp.start >= s.end:
                    out.append((q.number, q.start + sp.start, q.start + sp.end, q.text[sp.start:sp.end]))
        break
    return out[:limit]
