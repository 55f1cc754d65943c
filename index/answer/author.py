"""Authorship questions: who wrote a work or a source ("who wrote The Da Vinci Code?").

Two places say it. A source's metadata names its author (``seeds/sources.toml``,
or a byline the loader read); a question about that source (its title or
publisher) is answered with that author, cited to the byline sentence when the
text has one. Otherwise the text says it: "writes Stella Papamichael",
"Dan Brown's book", "written by …", "Writing his Christmas message …, the Bishop
said". A name found so is resolved through the speaker registry to the
fullest name the collection gives. Nothing found is no answer: a publication
cited without a writer ("Screen Daily said") has no author here.
"""

from __future__ import annotations

import re

from index.answer.common import (
    Sentence,
    candidate_sentences,
    concepts_for,
    item,
    merge_same,
    norm,
    not_covered,
)
from index.answer.question import STOPWORDS, content_terms
from index.answer.relevance import MIN_COVERAGE, coverage
from index.extract.given_names import is_given_name
from index.extract.lexicon import alternation
from index.extract.names import (
    ADDRESS_WORDS,
    GROUP_NOUNS,
    HONORIFIC_WORDS,
    KEPT_HONORIFICS,
    ROLE_WORDS,
    SURNAME_PARTICLES,
)
from index.extract.sentences import split_sentences
from index.models import Answer, AnswerItem, Intent, ParsedQuestion
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot

# Words that say "authorship", not what was written.
_FRAME = frozenset("wrote write writes written writing author authors writer writers penned authored article "
                   "articles piece op ed op-ed column byline".split())
_NAME = rf"[A-Z][\w'’.-]+(?:\s+(?:{'|'.join(sorted(SURNAME_PARTICLES))})?\s*[A-Z][\w'’-]+){{0,3}}"
_WORK = (r"(?:book|books|novel|novels|article|column|review|blog|essay|letter|memoir|biography|bestseller|thriller|"
         r"script|scripts|screenplay|libretto|lyrics)")
# a one-letter initial before a name ("S Hussain Zaidi"), which the name pattern's two letters leave out
_INITIAL = r"(?:[A-Z]\.?\s+)?"
# "In London, by Tuesday, …": a time after "by" is a deadline, never a maker
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
         r"August|September|October|November|December|Christmas|Easter|Then|Now)")
# what may stand between "written by" and the name: an article, a possessor ("the board's"), and up to four lower-case
# words describing the person ("journalist", "former primary school teacher", "local fisherman")
_DESCRIBED_BEFORE = (r"(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w-]*['’]s?\s+(?=[a-z]))?"
                     r"(?:(?!(?:and|or|of|in|on|at|the|a|an)\b)[a-z][\w-]*\s+){0,4}")
# (pattern, group holding the name); each states authorship in its own words.
_BY_TEXT: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    # "written by journalist R Tomas Varley", "was written in 1974 by local fisherman Archie Coull", "written by the
    # board's former chief auditor Gillian Strachan"
    # ("Primer, written and directed by Shane Carruth": a second making verb shares the maker)
    rf"\b(?:written|penned|authored|co-written)(?:\s+and\s+(?:directed|produced|illustrated|edited|performed|"
    rf"narrated|read|sung|composed))?(?:\s+(?:in|on)\s+[^,.;]{{1,25}}?)?\s+by\s+{_DESCRIBED_BEFORE}{_INITIAL}"
    rf"(?P<name>{_NAME})",
    # "Local historian Maureen Callister, whose book The Lost Manors of Fallowby was published in 2015"
    rf"(?P<name>{_NAME}),\s+whose\s+(?:(?:new|latest|first|debut)\s+)?{_WORK}\b",
    rf"\b(?:writes|wrote)\s+(?P<name>{_NAME})",
    rf"\b(?:author|novelist|writer)\s+(?P<name>{_NAME})",
    rf"(?P<name>{_NAME})(?:['’]s|(?<=s)['’])\s+(?:(?:new|latest|best-selling|bestselling|hit|first|debut)\s+)?{_WORK}\b",
    rf"(?P<name>{_NAME}),?\s+(?:who|which)\s+(?:wrote|penned|authored)\b",
    rf"(?P<name>{_NAME}),?\s+(?:the\s+)?(?:author|writer)\s+of\b",
    rf"^Writing\b[^,]{{0,80}},\s+(?:the\s+)?(?P<name>{_NAME})\s+(?:{alternation('writing')})\b",
    # a credit set off by commas after a title ("Brown's Britain, by Robert Peston, says …") or after the kind of
    # work ("a new book by Jo Hale"): "by" there names the maker, not the agent of a passive verb
    rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,\s+by\s+(?!{_WHEN}\b)(?P<name>{_NAME})\s*[,;:]",
    rf"\b{_WORK}\s+by\s+(?P<name>{_NAME})",
    # "a biography of Mary Queen of Scots, by John Guy": the kind of work, what it is about, then its maker
    rf"\b{_WORK}\s+(?:of|about|on)\s+(?:[A-Z][\w'’-]*\s+(?:(?:of|the|and)\s+)?){{0,5}}[A-Z][\w'’-]*,?\s+by\s+"
    rf"(?!{_WHEN}\b)(?P<name>{_NAME})",
    # "according to a Kelby Workers Union report", "a new TUC study says": the body named before the kind of work
    # made it (not a time: "a January report")
    rf"\b(?:a|an)\s+(?:(?:new|latest|recent)\s+)?(?!{_WHEN}\b)(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,4}})"
    rf"\s+(?:report|study|survey)\b",
    # the kind of work, its title set off by a comma, then its maker: "a new book, Brown's Britain by Robert Preston"
    rf"\b{_WORK},\s+(?:[A-Z][\w'’-]*\s+){{1,5}}by\s+(?!{_WHEN}\b)(?P<name>{_NAME})",
    # "In his new book, Lawless World, Philippe Sands … suggests": the "his" of the work is the name right after
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:new|latest|first|forthcoming)\s+)?{_WORK},\s+[A-Z][^,]{{0,60}},\s+"
    rf"(?P<name>{_NAME})",
    # "In a book published this week, Philippe Sands QC, a member of …, says …": the one who says what the work
    # opened with says is its writer
    rf"\b[Ii]n\s+(?:a|an|his|her|their)\s+(?:(?:new|latest|forthcoming)\s+)?{_WORK}\b[^,]{{0,40}},\s+"
    rf"{_DESCRIBED_BEFORE}(?P<name>{_NAME})(?:,[^,]{{0,60}},)?\s+(?:says|said|writes|wrote|claims|claimed|argues|argued|suggests|"
    rf"suggested|reveals|revealed|alleges|alleged)\b",
    # "In a report published this week for the Safety Council, Dr Jo Hale said …": the one who says what a report,
    # study or survey opened with says is its writer (the commissioning body may stand between, so the gap is wider)
    rf"\b[Ii]n\s+(?:a|an|his|her|their)\s+(?:(?:new|latest|recent|forthcoming)\s+)?(?:report|study|survey)\b"
    rf"[^,]{{0,90}},\s+(?P<name>{_NAME})(?:,[^,]{{0,60}},)?\s+(?:says|said|writes|wrote|argues|argued|"
    rf"concludes|concluded|finds|found)\b",
    # someone who wrote: "May wrote on his website", "Hale wrote in The Times"
    rf"(?P<name>{_NAME})\s+(?:wrote|writes|has\s+written)\s+(?:on|in)\b",
    # "Oxfam says in a report, Paying the Price": what the subject says in a work it made is its own
    rf"(?P<name>{_NAME})\s+(?:says|said|argues|argued|warns|warned|claims|claimed|concludes|concluded)\s+in\s+"
    rf"(?:a|an|its|his|her|their)\s+(?:(?:new|latest|recent|forthcoming)\s+)?(?:report|study|survey|paper|{_WORK})\b",
))
# "In a report for the Foreign Policy Centre, he says …": the work's writer is the "he" of the sentence, whom the
# sentence before names as its subject ("Professor Etzioni was a senior adviser …")
_PRONOUN_MAKER = re.compile(
    rf"\b[Ii]n\s+(?:a|an|his|her|their)\s+(?:(?:new|latest|recent|forthcoming)\s+)?(?:report|study|survey|paper|{_WORK})"
    rf"\b[^,]{{0,90}},\s+(?:he|she)\s+(?:says|said|writes|wrote|argues|argued|concludes|concluded|warns|warned|"
    rf"claims|claimed|suggests|suggested)\b")
_SUBJECT_NAME = re.compile(rf"^\W*(?P<name>{_NAME})\s+(?:[a-z]+\s+){{0,2}}?(?:is|was|has|had|says|said|[a-z]+ed|[a-z]+s)\b")
# A letter or message "from" someone is theirs ("An Open Letter from chief executive Sidney Taurel"), but it
# answers only a question about a letter or a message: its writer did not write the article it answers.
_MISSIVE = r"(?:letter|message|statement|memo|note|e-?mail)"
_FROM = re.compile(rf"\b(?i:{_MISSIVE})\s+from\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<name>{_NAME})")
# "The letter was signed by the association's secretary, Malcolm Thewlis": who signs a letter wrote it
_SIGNED = re.compile(rf"\bsigned\s+by\s+{_DESCRIBED_BEFORE}(?:[a-z][\w-]*,\s+)?(?P<name>{_NAME})")
_ASKS_MISSIVE = re.compile(rf"\b{_MISSIVE}s?\b", re.IGNORECASE)
_NOT_NAMES = frozenset("The A An It He She They This That These Those His Her Its Their But And Or".split())

# A writing verb and the one it names as its doer, however many verbs share that subject: "Spacey, 45, wrote,
# directed and starred in the film", "Hale directed and co-wrote the play". It credits the work asked only when
# what was written, after the verb, is named as the question names it (``subject_wrote``). The subject may
# carry one aside set off by commas ("Spacey, 45,"); only verbs joined by commas or "and" may stand between, so
# "Smith said critics wrote" does not credit Smith; a name after "of" belongs to someone else's subject ("the creator
# of Brookside has written to …"). "wrote off/down" is a book-keeping entry, not writing.
_WRITING_VERB = r"(?:co-?)?(?:wrote|writes|penned|authored|(?:has|had|have)\s+(?:co-?)?written)\b(?!\s+(?:off|down)\b)"
_SUBJECT_WRITES = re.compile(rf"(?<![Oo]f\s)(?P<name>{_NAME})(?:,\s+[^,]{{1,40}},)?\s+(?:[a-z]+(?:,\s+and\s+|,\s+|\s+and\s+)){{0,3}}"
                            rf"{_WRITING_VERB}")


def answer_author(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    words = [w for w in content_terms(pq.subject or pq.text) if w not in _FRAME]
    concepts = concepts_for(snap, words)
    if not concepts:
        return not_covered(pq.text, Intent.author, "Who wrote what? Name the article, e.g. “Who wrote the article on the budget?”")
    items = _from_metadata(snap, concepts) + _from_text(snap, concepts, titles_in(pq.subject or pq.text),
                                                       pq.subject or pq.text)
    if not items:
        return not_covered(pq.text, Intent.author, "The sources don't say who wrote that.")
    items.sort(key=lambda it: -it.score)
    items = merge_same(items, key=lambda it: norm(it.text))
    return Answer(question=pq.text, intent=Intent.author, answers=tuple(items[:5]))


def _from_metadata(snap: Snapshot, concepts) -> list[AnswerItem]:
    """Sources whose title or publisher is what the question names, and whose author is known."""
    out: list[AnswerItem] = []
    for sid in snap.sources:
        meta = snap.meta(sid)
        if not meta.author:
            continue
        named = set(analyse(" ".join(x for x in (meta.title, meta.publisher, sid.replace("-", " ")) if x)))
        cover = coverage(concepts, named)
        if cover < MIN_COVERAGE:
            continue
        doc = snap.document(sid)
        if doc is None:
            continue
        text, paragraphs = doc
        start, end, paragraph = _byline(text, paragraphs, meta.author)
        out.append(item(snap, sid, paragraph, start, end, text[start:end], meta.author, 3.0 + cover))
    return out


def _byline(text: str, paragraphs, author: str) -> tuple[int, int, int]:
    """The first sentence naming the author (the byline or author note), else the source's first sentence."""
    last = author.split()[-1] if author.split() else author
    for p in paragraphs:
        if last and last in p.text:
            for span in split_sentences(p.text):
                if last in p.text[span.start:span.end]:
                    return p.start + span.start, p.start + span.end, p.number
    first = paragraphs[0]
    spans = split_sentences(first.text)
    end = first.start + (spans[0].end if spans else len(first.text))
    return first.start, end, first.number


# A work's title as people type it: two or more capitalised words in a row ("Brown's Britain", "The Da Vinci Code")
_TITLE = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|the|and|in|on|a|to)?\s*[A-Z][\w'’-]*)+")
# A sentence holding the very title the question names outranks one sharing its words ("Brown's book" is Dan
# Brown's, not "Brown's Britain")
TITLE_BONUS = 1.0


def titles_in(text: str) -> tuple[str, ...]:
    """The capitalised runs of two or more words in a question: the titles and names of works it asks about."""
    return tuple(m.group(0).lower() for m in _TITLE.finditer(text) if len(m.group(0).split()) >= 2)


def _from_text(snap: Snapshot, concepts, titles: tuple[str, ...] = (), asked: str = "") -> list[AnswerItem]:
    out: list[AnswerItem] = []
    noted: set[str] = set()
    # Every sentence of a passage that covers the work, read under its headline (which names the work a
    # piece is about: "Bishop attacks Da Vinci Code"): the one naming the author rarely repeats the title
    # ("Brown's book has become a publishing phenomenon").
    for s in candidate_sentences(snap, concepts, headline=True):
        if s.source_id not in noted and s.cover >= MIN_COVERAGE:
            # a source about what the question names, signed off by its writer ("X is technology correspondent
            # for The World"): the writer of the article
            noted.add(s.source_id)
            if (note := author_note(snap, s.source_id)) is not None:
                name, paragraph, start, end, sentence = note
                out.append(item(snap, s.source_id, paragraph, start, end, sentence, name,
                                s.cover * 2 + min(s.passage_score, 20) / 40))
        name = find_author(s.text, asked) or _subject_before(snap, s)
        if name is None:
            continue
        shown = _fullest(snap, name, s.source_id)
        if shown is None:
            continue
        doc = snap.document(s.source_id)
        shown = without_descriptor(shown, doc[0] if doc else s.text)
        titled = TITLE_BONUS if any(t in s.text.lower() for t in titles) else 0.0
        out.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, shown,
                        s.cover * 2 + min(s.passage_score, 20) / 40 + titled))
    return out


def _subject_before(snap: Snapshot, s: Sentence) -> str | None:
    """The person a "he"/"she" who says what a work says stands for: the subject of the sentence just before in the
    same paragraph, when it is someone the collection quotes (a name the speaker registry holds)."""
    if not _PRONOUN_MAKER.search(s.text):
        return None
    doc = snap.document(s.source_id)
    if not doc:
        return None
    text, paragraphs = doc
    para = next((p for p in paragraphs if p.start <= s.start < p.end), None)
    if para is None:
        return None
    before = [sp for sp in split_sentences(text, para.start, s.start) if sp.end <= s.start]
    if not before:
        return None
    m = _SUBJECT_NAME.match(text[before[-1].start:before[-1].end])
    if not m or m.group("name").split()[0] in _NOT_NAMES:
        return None
    words = m.group("name").split()
    while len(words) > 1 and (words[0].rstrip(".").lower() in HONORIFIC_WORDS or words[0].lower() in ROLE_WORDS):
        words = words[1:]  # "Professor Etzioni was …": the name after the title
    found = snap.registry.match(" ".join(words), limit=1)
    return found[0].name if found and found[0].quotation_count else None


# The note a guest piece ends with: "Clark Boyd is technology correspondent for The World, …"
# a writer's note names the writer's post at a publication; "an analyst at X" or "the author of Y" describes
# someone the piece may quote, so neither counts
_NOTE = re.compile(rf"^(?P<name>{_NAME})\s+is\s+(?:a|an|the)?\s*(?:[\w'’-]+\s+){{0,3}}?"
                   r"(?:correspondents?|editor|writer|reporter|columnist|journalist|contributor|commentator|"
                   r"presenter|blogger)"
                   r"\s+(?:for|at|with|of|on)\s+(?:the\s+)?[A-Z]")


def author_note(snap: Snapshot, source_id: str) -> tuple[str, int, int, int, str] | None:
    """(name, paragraph, start, end, sentence) of the note a source's last paragraph gives on its writer
    ("Clark Boyd is technology correspondent for The World"), or ``None``."""
    doc = snap.document(source_id)
    if not doc or len(doc[1]) < 2:
        return None
    text, paragraphs = doc
    last = paragraphs[-1]
    spans = split_sentences(text, last.start, last.end)
    if not spans or len(spans) > 2:
        return None
    sentence = text[spans[0].start:spans[0].end]
    m = _NOTE.match(sentence)
    if not m or m.group("name").split()[0] in _NOT_NAMES or len(m.group("name").split()) < 2:
        return None
    surname = m.group("name").split()[-1]
    if any(q.speaker and q.speaker.split()[-1] == surname for q in snap.quotations_in(source_id)):
        return None  # someone the piece quotes, described at its end, is not its writer
    return m.group("name"), last.number, spans[0].start, spans[0].end, sentence


def find_author(sentence: str, asked: str = "") -> str | None:
    """The name a sentence gives as someone's author, or ``None``; the writer of a letter or message only when
    what is ``asked`` about is one."""
    patterns = (*_BY_TEXT, _FROM, _SIGNED) if _ASKS_MISSIVE.search(asked) else _BY_TEXT
    if _ASKS_WORK.search(asked):
        # "who is the author of the new book …": a pattern naming the kind of work ("Sands' book", "In a book …,
        # Sands says") before one that may credit something else in the sentence ("… it was written by …")
        patterns = (*(p for p in patterns if _WORK in p.pattern), *(p for p in patterns if _WORK not in p.pattern))
    if named_only_in_written_words(sentence, asked):
        return None  # "X wrote in his blog: 'The report is a whitewash'": the report is what X wrote about
    for pattern in patterns:
        m = pattern.search(sentence)
        if m and (name := _shown_name(past_descriptor(sentence, m))):
            return name
    return subject_wrote(sentence, asked)


# "by Sunday Telegraph journalist Robert Peston": a role noun in lower case after the capitalised words found, and a
# name after it; the capitalised words say whom the person works for, the name after the role is the person
# ("the Lessendale band The Tinder Lanes": a group that makes a work, as the extractor's groups speak)
_GROUP_MAKERS = GROUP_NOUNS | {"group", "outfit", "orchestra", "choir", "collective"}
_ROLE_THEN_NAME = re.compile(rf"\s+(?P<role>[a-z][\w-]*)\s+(?P<name>{_NAME})")


def past_descriptor(sentence: str, m: re.Match[str]) -> str:
    """The name a pattern found, or the person's name after it when what it found is only the employer before a
    role noun ("The book by Sunday Telegraph journalist Robert Peston" credits Robert Peston, not the paper)."""
    after = _ROLE_THEN_NAME.match(sentence, m.end("name"))
    if after is not None and (after.group("role") in ROLE_WORDS or after.group("role") in _GROUP_MAKERS):
        return after.group("name")
    return m.group("name")


# The words someone is quoted writing or saying: a quotation in double marks, one in single marks ending in its own
# punctuation ("'The report is a whitewash,' he wrote"), or all that follows a colon opening a quotation
# ("wrote in his blog: 'The report …'")
_WRITTEN_WORDS = re.compile(r"[\"“][^\"“”]*[\"”]|(?:^|(?<=\s))['‘][^'‘’]*[,.!?]['’]|:\s*['‘\"“].*$")


def named_only_in_written_words(sentence: str, asked: str) -> bool:
    """Whether the work a who-wrote question asks about (its head, "report", or its title) is named in the sentence
    only inside the words someone is quoted writing or saying: what quoted words name is what their writer wrote
    (or their speaker spoke) about, never what they wrote, so no name in the sentence is its author ("Dr Grant wrote
    in his blog: 'The report is a whitewash'" names the writer of the blog, not of the report)."""
    head = asked_head(asked)
    named = [rf"\b{re.escape(head)}s?\b"] if head else [re.escape(t) for t in titles_in(asked)]
    if not named:
        return False
    work = re.compile("|".join(named), re.IGNORECASE)
    return work.search(sentence) is not None and work.search(_WRITTEN_WORDS.sub(" ", sentence)) is None


def _shown_name(found: str) -> str:
    """The name as found, less what a sentence opens with ("The Times", "When Maria Costa …", "On Monday Tom …");
    only words that are never names are dropped ("May wrote on his website" keeps Brian May)."""
    words = found.strip(" .,'’").split()
    if len(words) > 2 and words[0].lower() in STOPWORDS and re.fullmatch(_WHEN, words[1]):
        words = words[2:]  # "On Monday Tom Price wrote …": the time the sentence opens with
    if words and (words[0] in _NOT_NAMES or words[0].lower() in _CLAUSE_OPENERS):
        words = words[1:]
    if len(words) > 1 and words[0].lower() in _PREPOSITIONS:
        words = words[1:]  # "In Mr Peston's book …": the sentence's opening preposition is no part of the name
    return " ".join(words)


_PREPOSITIONS = frozenset("in at on for from with of to into within under over".split())


# the conjunctions that open a clause before its subject: "When Maria Costa wrote the report, …"
_CLAUSE_OPENERS = frozenset("when while if after before because since until unless once though although whereas "
                            "whenever".split())


def subject_wrote(sentence: str, asked: str) -> str | None:
    """The subject of a writing verb ("Spacey, 45, wrote, directed and starred in the film"), when what the verb
    wrote is named after it as the question names the work: its head ("film"), or its title when the question gives
    no head ("who wrote Salt Roads"). "Howard has written to Blair" names no report, so it answers no "who wrote the
    report"; "Herrick wrote the film about Abel Crane" answers no "who wrote the Abel Crane biography"."""
    head = asked_head(asked)
    named = [rf"\b{re.escape(head)}s?\b"] if head else [re.escape(t) for t in titles_in(asked)]
    if not named:
        return None
    for m in _SUBJECT_WRITES.finditer(sentence):
        if _AFTER_PREPOSITION.search(sentence[:m.start()]):
            continue  # "an aide to councillor Tom Price wrote …": the name is the preposition's, not the writer
        rest = sentence[m.end():]
        work = re.search("|".join(named), rest, re.IGNORECASE)
        # written "to" someone or "about"/"on"/"of" the work, or "that" it …: a letter or a piece about it
        if work and not _ABOUT_IT.search(rest[:work.start()]) and written_object(rest[:work.start()]) \
                and not re.match(r"['’]s\b", rest[work.end():]) and (name := _shown_name(m.group("name"))):
            return name
    return None


# The verbs a writing verb shares its object with ("wrote, directed and starred in the film"); a preposition
# before a name makes it that preposition's object ("an aide to councillor Tom Price", "for years Hale …")
_SHARED_VERBS = re.compile(r"^(?:(?:,\s+and|,|\s+and)\s+[a-z-]+(?<!ing)(?:\s+(?:in|on|for))?)*")
_AFTER_PREPOSITION = re.compile(r"\b(?:of|to|for|at|with|by|from|in|on|about|into)\s+(?:[a-z-]+\s+){0,2}$")
_OBJECT_WORDS = 4


def written_object(between: str) -> bool:
    """Whether the words between a writing verb and the work asked leave the work the verb's own object: past the
    verbs sharing it, a few words of one noun phrase (no function word but a determiner, no clause break), so
    "wrote the foreword, while the report …", "wrote a review, saying the report …", "wrote the blurb for the
    novel" and "had written policy before the study …" credit no one with the report, novel or study."""
    words = between[_SHARED_VERBS.match(between).end():].strip().rstrip(",\"“‘'").split()
    return len(words) <= _OBJECT_WORDS and all(
        re.fullmatch(r"[\w'’-]+", w) and (w.lower() not in STOPWORDS or w.lower() in _DETERMINER) for w in words)


_ABOUT_IT = re.compile(r"\b(?:to|about|on|of|that|over|regarding)\b", re.IGNORECASE)
_ASKS_WORK = re.compile(rf"\b{_WORK}\b", re.IGNORECASE)
_DETERMINER = frozenset("the a an this that his her their its my our your".split())


def asked_head(asked: str) -> str | None:
    """The head of a who-wrote question's first noun phrase: the last word not capitalised before a function word
    or a participle ("the Bobby Darin film Beyond the Sea" -> "film", "the pew internet report on musicians" ->
    "report"), or ``None``."""
    words = re.findall(r"[\w'’-]+", asked)
    while words and words[0].lower() in _DETERMINER:
        words = words[1:]
    head = None
    for w in words:
        low = w.lower()
        if low in STOPWORDS or (len(low) > 5 and low.endswith("ing")):
            break
        if not w[0].isupper() and w.isalpha():
            head = low
    return head if head is not None and len(head) >= 3 else None


def without_descriptor(name: str, text: str) -> str:
    """The name less a first word that is a common noun capitalised where it opens the name: when more words
    follow and it is neither a given name nor a way of addressing someone (an honorific, a rank, a title the
    quotation extractor keeps), it is a descriptor if it is a role word, if the text writes it in lower case, or if
    a given name follows it inside the name ("Engineer Maria Costa", "Ghostwriter Lisa Hart", "Singer Rosa"); "Will
    Self", "Dr Maria Costa" and "Sir Alex Ferguson" stay as they are."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[1][:1].isupper():
        return name  # "the Bishop of Durham", "Bishop of Durham": a role the text names, no name after it
    first = words[0].rstrip(".")
    low = first.lower()
    if is_given_name(first) or low in ADDRESS_WORDS or low in KEPT_HONORIFICS or not first.isalpha():
        return name
    common = low in ROLE_WORDS or re.search(rf"\b{re.escape(low)}\b", text) is not None \
        or (len(words) > 2 and is_given_name(words[1]))
    return " ".join(words[1:]) if common else name


def _fullest(snap: Snapshot, name: str, source_id: str) -> str | None:
    """The fullest form of ``name`` the same source gives ("Brown" -> "Dan Brown"; "Bishop" ->
    "Bishop of Durham"); never a namesake from another source. ``None`` when a single word is
    neither a surname the source completes nor a role it names."""
    words = name.split()
    if len(words) == 2 and words[0].rstrip(".").lower() in HONORIFIC_WORDS:
        name = words[1]  # "Mr Sands": the surname, completed below from the source
    elif len(words) >= 2:
        return name
    elif (known := snap.registry.match(name, limit=1)) and known[0].name == name and known[0].quotation_count:
        return name  # "Oxfam says in a report": one the collection quotes under that very name, whole
    elif name.isupper() and name.isalpha() and len(name) >= 2:
        return name  # "according to a TUC report": an acronym is a body's whole name, never a surname to complete
    doc = snap.document(source_id)
    text = doc[0] if doc else ""
    # the words before it on the same line: a headline ending in a capitalised word ("… opens in Leeds") is no part
    # of the name the next line starts with
    for full in re.finditer(rf"\b((?:[A-Z][\w'’-]+[^\S\n]+){{1,3}}){re.escape(name)}\b", text):
        if full.group(1).split()[0] in _NOT_NAMES:
            continue
        # "Guitarist Brian May": a role word opening a sentence is capitalised, but it is not the name; nor is the
        # preposition it opens with ("In Mr Peston's book …"), which leaves only the honorific: a later mention
        # may give the name whole
        lead = full.group(1).split()
        if lead[0].lower() in _PREPOSITIONS:
            lead = lead[1:]
            if all(w.rstrip(".").lower() in HONORIFIC_WORDS for w in lead):
                continue
        while lead and (lead[0].lower() in ROLE_WORDS or lead[0].rstrip(".").lower() in HONORIFIC_WORDS):
            lead = lead[1:]
        return f"{' '.join(lead)} {name}" if lead else f"{full.group(1)}{name}"
    if name.lower() in ROLE_WORDS:
        of = re.search(rf"\b{re.escape(name)}\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", text)
        return f"the {of.group(0)}" if of else f"the {name}"
    return None
