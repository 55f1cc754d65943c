"""Search: the plain answer to a question of no other kind, and the ranked passages of ``dossier search``.

Ranking is BM25 from the passage index, then a coverage check: with several
question concepts, a passage covering too little of their weight merely shares
a common word with the query and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.answer.common import (
    Sentence,
    candidate_sentences,
    concepts_for,
    item,
    opening,
    ranked_items,
    sentence_before,
    story_lead,
)
from index.answer.passages import answer_passages
from index.answer.question import STOPWORDS, content_terms
from index.answer.relevance import (
    HEADING_WEIGHT,
    MIN_COVERAGE,
    Concept,
    coverage,
    is_bare_heading,
    query_terms,
)
from index.answer.roles import unquoted
from index.extract.irregular import lemma_of
from index.models import Answer, AnswerItem, Intent, ParsedQuestion, Passage, SearchHit, Span
from index.store.analysis import term_spans
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot


def answer_search(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    if kind := asks_for_members(pq.text):
        # "Which countries will she race against?": the members of a kind are named, and a sentence that names
        # several of them together ("against Sweden, France, Russia and Italy") answers, whole; the kind itself
        # is what the answer is, not a word it must repeat
        return _members_answer(snap, pq, kind)
    if (owned := _OWNED_ATTRIBUTE.match(pq.text)) is not None and owned.group("attr").lower() not in _KINDS \
            and (attribute := concepts_for(snap, [owned.group("attr")])):
        # "what was the film's budget": the budget is what is asked, however rare the film's name is beside it; a
        # sentence on the film that gives no budget answers nothing
        def names_it(s: Sentence, _concepts: list[Concept]) -> tuple[str, float] | None:
            return (s.text, 0.0) if attribute[0].matched_by(set(analyse(s.text))) else None
        return answer_passages(snap, pq, Intent.search, pick=names_it)
    if (defined := _WHAT_IS.match(pq.text)) is not None:
        # "what is a technical recession": of the sentences that cover it, the one that defines it says what it is
        # ("A common technical definition of a recession is …"), not one that merely uses it
        return answer_passages(snap, pq, Intent.search, pick=_defining(defined.group("head")))
    return answer_passages(snap, pq, Intent.search)


# "what was the lantern keeper's budget", "what is the club's new name": an attribute asked of its owner
_OWNED_ATTRIBUTE = re.compile(r"^\W*what(?:\s+(?:is|are|was|were|will\s+be)|['’]s)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
                              r"[\w-]+['’]s?\s+(?:(?:new|old|original|latest|total|current|first|final)\s+)?"
                              r"(?P<attr>[a-z][\w-]*)\W*$", re.IGNORECASE)
# what an attribute is of, which the text gives without naming the kind ("What is Kim Howells' job?": "The Higher
# Education Minister, Kim Howells")
_KINDS = frozenset({"job", "role", "position", "post", "title", "name", "nickname", "age", "nationality", "background",
                    "occupation", "profession"})
# "what is a technical recession", "what's a blog", "what are hedge funds": a short noun phrase asked to be defined
# (words joined by single spaces, so that no run of letters can be split two ways and the match stays linear; no
# "of", "in" or "between": "what is the difference between …" or "the death toll in …" asks for a fact, not a term)
_WHAT_IS = re.compile(r"^\W*what(?:\s+(?:is|are|was|were)|['’]s)\s+(?:(?:a|an|the)\s+)?"
                      r"(?:(?!(?:of|in|between|for|on|at|from|to)\b)[\w'’-]+\s+){0,3}(?P<head>[\w'’-]+)\W*$",
                      re.IGNORECASE)
# the shapes a definition of the asked head word takes in news ("a common definition of a recession is", "a recession
# is defined as", "recession means", "recession refers to"): the cue must stand beside the head
_DEFINITION = (r"definitions?\s+of\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?\b{head}"
               r"|\b{head}s?\s+(?:is|are)\s+(?:usually\s+|commonly\s+)?defined\s+as"
               r"|\b{head}s?\s+(?:means?|refers?\s+to|is\s+the\s+(?:term|name|word)\s+for)")
# a quarter of what covering the question counts (cover weighs twice): it orders sentences that cover it alike
DEFINITION_BONUS = 0.5


def _defining(head: str) -> Callable[[Sentence, list[Concept]], tuple[str, float]]:
    """The pick that ranks a sentence defining the asked head word first: only beside the head does a cue define it
    ("the death toll … was a tragedy, she said, defining the day" defines nothing asked)."""
    # ("recessions" asked, "a recession is defined as" written: a plural's "-s" off, never a word's own "-ss")
    singular = re.sub(r"(?<![su])s$", "", head) if len(head) > 3 else head
    defines = re.compile(_DEFINITION.format(head=re.escape(singular)), re.IGNORECASE)

    def pick(s: Sentence, _concepts: list[Concept]) -> tuple[str, float]:
        return s.text, DEFINITION_BONUS if defines.search(unquoted(s.text)) else 0.0

    return pick


# "which countries", "what stars": a question asking for the members of a kind, named in the plural
# A kind may carry two words before it ("which World Cup winners", "which African countries"), never a verb (what
# "what did Seattle officials say" asks is what they said).
# ("which awards is she up for": a plural kind may take a singular verb in speech; a noun in -us or -is before "is" is
# one thing, not a kind: "what status is", "which crisis was")
_AUXILIARIES = "did|does|do|has|have|had|is|are|was|were|will|would|can|could|should|might|may|must"
_MEMBERS = re.compile(r"^\W*(?:which|what)\s+(?:(?P<one>[a-z-]+\s+)?|(?P<two>(?:(?!(?:" + _AUXILIARIES + r")\b)[a-z-]+\s+){2}))"
                      r"(?P<kind>[a-z-]+[^s\W]s)\b"
                      r"(?!\s+of\b)(?!(?<=us|is)\s+(?:is|was)\b)", re.IGNORECASE)
_NOT_KINDS = frozenset({"does", "has", "was", "is", "kinds", "sorts", "types", "ways", "means", "news"})
# one named member: capitalised words, "of"/"the" inside a name ("the Czech Republic", "Bank of England")
_MEMBER = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*"
# several named together: "Sweden, France, Russia and Italy", "Will Smith, Kevin Spacey and Keanu Reeves"
_COORDINATION = re.compile(rf"{_MEMBER}(?:,\s+{_MEMBER})*,?\s+(?:and|or)\s+{_MEMBER}")
LIST_BONUS = 1.0


def asks_for_members(question: str) -> str | None:
    """The kind whose members a question asks for ("Which countries …" -> "countries"), or ``None``."""
    m = _MEMBERS.match(question)
    if not m or m.group("kind").lower() in _NOT_KINDS:
        return None
    # (an auxiliary read as the one word before a "kind" — "what did Charles Kennedy say" — is left as it was:
    # such questions are read by the intents before a search answers them)
    before = m.group("two") or m.group("one")
    if before and before.strip().lower() not in STOPWORDS and not modifies_a_kind(before.split(),
                                                                                  question[m.end():]):
        return None
    if not before and verb_with_object(question[m.end():]):
        return None
    if predicate_follows(question[m.end():]):
        return None
    return m.group("kind").lower()


_AFTER_IS = re.compile(r"\s+(?:is|was)\s+(?:(?:the|a|an)\s+)?([\w'’-]+)", re.IGNORECASE)
# words opening a subject although STOPWORDS holds them ("which awards is he up for", "… was their side built on")
_SUBJECT_OPENERS = frozenset({"this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
                              "he", "she", "it", "they", "we", "you", "i"})


def predicate_follows(after: str) -> bool:
    """Whether the plural's singular "is/was" is followed by what is said of it, not by a subject: "which species is
    most at risk", "which species was the rarest", "… is endangered" ask for one thing ("species" and "series" are
    their own singular), while "which awards is Kasabian up for", "which countries is he visiting" ask for members
    of a kind the subject after "is" has to do with. A predicate opens with a word STOPWORDS holds (other than a
    subject's determiner or pronoun: "most", "at", "not"), a superlative or ordinal ("rarest", "first", "best") or a
    participle ("endangered")."""
    m = _AFTER_IS.match(after)
    if not m:
        return False
    word = m.group(1).lower()
    if word in STOPWORDS:
        return word not in _SUBJECT_OPENERS
    return word.endswith(("est", "ed")) or word in {"best", "worst", "first", "last", "likely"}


# words that modify a kind although STOPWORDS holds them ("which other actors", "which few clubs")
_KIND_DETERMINERS = frozenset({"other", "more", "most", "few", "many", "some", "such", "same", "own", "all", "both"})


def modifies_a_kind(words: list[str], after: str) -> bool:
    """Whether the one or two words between "which/what" and a plural are the kind's modifiers ("World Cup
    winners", "other british actors", "elected officials"), not a clause whose verb has the plural as its object:
    "what caused Tarn residents to leave", "what caused residents to leave", "what made the miners walk out",
    "what the two sides agreed" ask a cause or a content, not which residents. "What" is then the question's
    subject and the words hold its verb: the clause shows by a function word ("the", "of"), an infinitive after
    the plural (the verb's object and what it made the object do: "… officials to act"), or a past form first
    ("caused", "made") when no verb of the plural's own follows it ("which elected officials voted …" keeps its
    kind: "voted" is what the officials did)."""
    if any(w.lower() in STOPWORDS and w.lower() not in _KIND_DETERMINERS for w in words):
        return False
    if re.match(r"\s+to\s+[a-z]", after):
        return False
    first = words[0]
    if first.islower() and _is_past(first):
        return not after.strip(" ?!.") or _finite_next(after)
    return True


def _is_past(word: str) -> bool:
    """A past or participle form: regular ("caused") or irregular ("made", "left")."""
    return word.endswith("ed") or word in lemma_of()


_AUXILIARY = re.compile(rf"\b(?:{_AUXILIARIES})\b", re.IGNORECASE)


def _finite_next(after: str) -> bool:
    """Whether the words after a plural open with a verb of its own: an auxiliary or a past form ("… are in the
    film", "… voted against")."""
    m = re.match(r"\s+([\w'’-]+)", after)
    return bool(m) and (bool(_AUXILIARY.fullmatch(m.group(1))) or _is_past(m.group(1).lower()))


# what a verb takes as its object: a name, a determiner or an object pronoun
_OBJECT_OPENS = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|our|my|your|them|him|us|me)\b)")


def verb_with_object(after: str) -> bool:
    """Whether the plural-looking word right after "what/which" is the question's own verb, "what" its subject:
    "what drives Kelby officials to act", "what prompts the miners to strike" ask a cause. A kind is followed
    by its verb ("which countries voted", "which countries has she visited"); a word followed by its object (a
    name, a determiner) with no auxiliary or past form anywhere after it is a present-tense verb ("which
    countries Kelby has visited" keeps its kind by "has")."""
    if not _OBJECT_OPENS.match(after):
        return False
    return not _AUXILIARY.search(after) and not any(_is_past(w) for w in re.findall(r"[a-z'’-]+", after))


def coordinated_names(sentence: str) -> str | None:
    """The longest coordination of names in a sentence ("Sweden, France, Russia and Italy"), whole: the
    short answer keeps every conjunct, never only the first."""
    found = [_OPENER.sub("", m.group(0)).rstrip(".,;:") for m in _COORDINATION.finditer(sentence)]
    found = [f for f in found if _COORDINATION.fullmatch(f)]
    return max(found, key=len) if found else None


# several short phrases listed together: "best group, best video and best song", "oil, gas and coal"
_ITEM = r"[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}"
_LISTED = re.compile(rf"{_ITEM}(?:,[ \t]+{_ITEM})+,?[ \t]+(?:and|or)[ \t]+{_ITEM}")
LIST_ITEMS = 3


def listed_phrases(sentence: str) -> str | None:
    """A list of three or more short phrases in lower case ("best group, best video and best song"): the members
    of a kind the text names with no capitals. Only a list whose items are alike — no function word in any, and
    those inside it of one or two words or all sharing a word ("best …") — so a clause set off by commas is no
    item."""
    for m in _LISTED.finditer(sentence):
        items = [i.strip() for i in re.split(r",|\s+(?:and|or)\s+", m.group(0)) if i.strip()]
        if len(items) < LIST_ITEMS:
            continue
        words = [i.lower().split() for i in items]
        # the list's ends may run into the words around it ("won best group", "best song for hit …")
        while words[0] and words[0][0] in STOPWORDS:
            words[0] = words[0][1:]
        cut = next((k for k, w in enumerate(words[-1]) if k and w in STOPWORDS), len(words[-1]))
        words[-1] = words[-1][:cut]
        if not all(words) or any(w in STOPWORDS for ws in words for w in ws):
            continue
        shared = set(words[1]).intersection(*map(set, words[2:]))
        if all(len(ws) <= 2 for ws in words[1:-1]) or shared & set(words[0]):
            return m.group(0)
    return None


_STRANDED = re.compile(r"\b(against|with|for|to|from|by|at|into|over|between|among|beat|beating)\W*$", re.IGNORECASE)


def stranded_preposition(question: str) -> str | None:
    """The preposition a which-question ends with ("which photographers did she win an order against?"): its
    members are named right after that preposition in the answer ("against Jo Fox and Al Bee")."""
    m = _STRANDED.search(question)
    return m.group(1).lower() if m else None


# a sentence whose subject is a personal pronoun: what it says is said of whom the sentence before it names
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:(?:But|And|So|Then),?\s+)?(?:They|He|She|It)\s+(?!is\b|was\b|would\b|will\b)"
                              r"[a-z]+")


def antecedent_sentence(snap: Snapshot, s: Sentence) -> str | None:
    """The sentence before one whose subject is a personal pronoun ("They won best group, …"), where the pronoun's
    referent is named; ``None`` for any other sentence (or a first sentence)."""
    if not _PRONOUN_SUBJECT.match(opening(s.text)):
        return None
    doc = snap.document(s.source_id)
    return sentence_before(doc[0], s.start) or None if doc else None


# a capitalised word that opens a sentence without being part of a name
_OPENER = re.compile(r"^(?:(?:But|And|Or|So|In|On|At|By|For|From|With|It|He|She|They|We|I|A|An|This|That|These|"
                     r"Those|Both|Either|Neither)\s+)+")


# A sentence naming several members in a passage that covers the question speaks of what its passage is about
# ("among them Will Smith, Kevin Spacey and Keanu Reeves" after "this year's festival"): it covers the question
# as its passage does, discounted.
LIST_PASSAGE = 0.8


def _members_answer(snap: Snapshot, pq: ParsedQuestion, kind: str) -> Answer:
    """Sentences of the passages that cover the question (read under their headline), those naming several
    members together first."""
    words = [w for w in (pq.terms or content_terms(pq.text)) if w.lower() != kind]
    concepts = concepts_for(snap, words)
    if not concepts:
        return answer_passages(snap, pq, Intent.search)

    leads: dict[str, frozenset[str]] = {}
    stranded = stranded_preposition(pq.text)

    def lead(source_id: str) -> frozenset[str]:  # read once per story, not once per passage
        if source_id not in leads:
            leads[source_id] = frozenset(analyse(story_lead(snap, source_id)))
        return leads[source_id]

    def find(cs: list[Concept]) -> list[AnswerItem]:
        out: list[AnswerItem] = []
        # a story names the members of a kind deep in its body ("with Sri Lanka, Thailand, India and Indonesia
        # worst hit") after its headline and lead have said what they are members of ("… the Asian tsunami")
        for s in candidate_sentences(snap, cs, headline=True, context=lead):
            said = unquoted(s.text)
            named = coordinated_names(said) or listed_phrases(said)
            cover = max(s.cover, s.passage_cover * LIST_PASSAGE) if named else s.cover
            if named and (before := antecedent_sentence(snap, s)):
                # "They won best group, best video and best song" after "OutKast have capped a year …"
                # (undiscounted: unlike a sentence merely in a covering passage, its grammar says whom it is about)
                cover = max(cover, coverage(cs, set(analyse(s.text)) | set(analyse(before))))
            if cover < MIN_COVERAGE:
                continue
            score = cover * 2 + (LIST_BONUS if named else 0.0) + min(s.passage_score, 20) / 40
            if named and stranded and re.search(rf"\b{stranded}\s+{re.escape(named)}", said, re.IGNORECASE):
                score += LIST_BONUS / 2  # "which photographers did she act against": "against Jo Fox and Al Bee"
            # the whole sentence is the answer: a coordination read without a parser may stop inside a name
            # ("the Transport and General Workers' Union") or before its head ("the Danish and German governments")
            out.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, s.text, score))
        return out

    items = ranked_items(snap, words, concepts, find)
    return Answer(question=pq.text, intent=Intent.search, answers=tuple(items)) if items \
        else answer_passages(snap, pq, Intent.search)


def search_hits(snap: Snapshot, text: str, limit: int) -> list[SearchHit]:
    """Up to ``limit`` passages for ``text``, best first, with the query's words highlighted."""
    concepts = concepts_for(snap, content_terms(text))
    wanted = query_terms(concepts)
    hits: list[SearchHit] = []
    for rec in snap.passages(wanted, limit=limit * 3):
        analysed = term_spans(rec.text)
        if len(concepts) > 1 and coverage(concepts, {t for t, _, _ in analysed}) < MIN_COVERAGE / 2:
            continue
        spans = [(s, e) for term, s, e in analysed if term in wanted]
        hits.append(SearchHit(
            passage=Passage(source_id=rec.source_id, paragraph=rec.paragraph, start=rec.start, end=rec.end,
                            text=rec.text),
            source=snap.citation(rec.source_id, rec.paragraph), score=round(rec.score, 4),
            highlights=tuple(Span(start=s, end=e) for s, e in _merge_spans(spans, rec.text)),
        ))
    # A bare heading repeats the query's words and says nothing about them: it ranks as if
    # it scored HEADING_WEIGHT of its BM25 score, behind the passages that do say something.
    hits.sort(key=lambda h: -h.score * (HEADING_WEIGHT if is_bare_heading(h.passage.text) else 1.0))
    return hits[:limit]


def _merge_spans(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join highlights separated only by spaces or hyphens, so "NATO-Russia" is one bold run."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and (s <= merged[-1][1] or re.fullmatch(r"[\s\-–—]*", text[merged[-1][1]:s])):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]
