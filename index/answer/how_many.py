"""How-many questions: the number in a covering sentence that counts what was asked.

"How many X" is answered only by a number whose noun is X ("4,000 jobs" for
"how many jobs", never "£2bn" beside it); a year, a date, a rank ("top 10") or
a percentage is never a count; names the question gives must be in the
sentence's source. When nothing counts X, there is no answer. "How much"
questions keep the looser rule (the number nearest the question's words).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from index.answer.common import (
    Sentence,
    capitalised_words,
    item,
    judged_once,
    lead_paragraph,
    sentence_before,
    sentences_in_covering_stories,
    written_in_small_letters,
)
from index.answer.ordinals import TIMES, asked_ordinals, other_ordinal
from index.answer.passages import answer_passages
from index.answer.question import RATE_VERBS, STOPWORDS, names_in
from index.answer.relevance import MIN_COVERAGE, PERSON_NOUNS, PERSON_WORDS, Concept
from index.extract.irregular import lemma_of
from index.extract.sentences import split_sentences
from index.models import Answer, AnswerItem, Intent, ParsedQuestion
from index.store.analysis import term_spans
from index.store.analysis import terms as analyse
from index.store.snapshot import Snapshot

# ("£7.5m" whole, with its currency and its unit: never "7." cut at the decimal point)
_NUMBER = re.compile(
    r"(?:[£$€]\s?)?\b(?:\d+(?:[,.]\d+)*(?:bn|m|k)?(?:-\w+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|thousand|dozens?|hundreds|thousands|millions?|billions?|trillions?)\b(?:\s+(?:[a-z-]+))?",
    re.IGNORECASE,
)

_NOT_COUNTED = frozenset({"many", "much", "number"})
_ASKS_SIZE = re.compile(r"^\W*how\s+(?:big|large|fast|quickly)\b", re.IGNORECASE)


_COUNTED_END = re.compile(
    r"^(?:are|is|was|were|do|does|did|have|has|had|will|would|can|could|should|might|must|there|of|in|at|on|"
    r"for|from|to|by|with|that|who|which)$",
    re.IGNORECASE,
)
_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                 r"hundred|thousand|dozens?|hundreds|thousands|millions?|billions?|trillions?|a\s+dozen|a\s+(?:hundred|thousand|million|billion|trillion)")
_COUNT = re.compile(
    rf"(?<![\w£$€%.-])(?:\d[\d,.]*(?:bn|m|k)?|(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?)"
    rf"(?:\s+(?:{_NUMBER_WORDS}|million|billion|trillion))?(?![\w%])",
    re.IGNORECASE,
)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# a share is not a count: "eight out of 10 voters", "one in five", "three-quarters of respondents"
_SHARE_AFTER = rf"(?:-|\s+)(?:quarters?|thirds?|halves|half|fifths?|tenths?)\b|\s+(?:out\s+of|in)\s+(?:\d|{_NUMBER_WORDS})"
_AFTER_NOT_COUNT = re.compile(rf"^(?:\s*(?:%|per\s*cent|percent|(?:{_MONTHS})\b|-year-old|years?\s+old)|{_SHARE_AFTER})",
                              re.IGNORECASE)
# "eight out of 10 voters": the 10 is a share's base; "out of 2,000 people asked" (no number before it) counts them
_BEFORE_NOT_COUNT = re.compile(rf"(?:\btop|\bnumber|\bno\.|[£$€]|(?:{_MONTHS})|\bsection|\barticle|"
                               rf"\b(?:[\d][\d,.]*|{_NUMBER_WORDS})\s+out\s+of|"
                               rf"\b(?:\d+|{_NUMBER_WORDS})\s+in)\s*$",
                               re.IGNORECASE)
_APPOSITION = re.compile(r"^(?:\s+[\w'’-]+){1,4}\s*(?:--|—|–|,)\s*(?:a|an)\s+(?P<words>(?:[\w'’-]+\s+){0,3}[\w'’-]+)")
_STOP_NOUN = re.compile(r"[,.;:!?()\[\]\"“”]")


def counted_noun(question: str) -> tuple[str, ...]:
    """The words of "how many X …" that name X ("Republican senators"), last word its head; () for none."""
    m = re.search(r"\bhow\s+many\s+(.*)$", question, re.IGNORECASE)
    if not m:
        return ()
    # "how many of the Royal Ballet's principal dancers": the part asked is counted by the same noun as the whole
    rest = _PART_OF.sub("", m.group(1))
    words: list[str] = []
    for w in re.findall(r"[\w'’-]+", rest)[:5]:
        if _COUNTED_END.match(w) or (words and ends_counted_noun(w) and not qualifying_participle(words, w)):
            break
        words.append(w)
    return tuple(words[:4])


_PART_OF = re.compile(r"^of\s+(?:the|his|her|its|their|our|these|those)\s+(?:(?:[\w-]+\s+){0,3}?[\w-]+['’]s?\s+)?",
                      re.IGNORECASE)


def asks_part(question: str) -> bool:
    """"How many of the dancers are British?": a part of a whole, which news gives as a share ("two out of 16")."""
    return re.search(r"\bhow\s+many\s+of\b", question, re.IGNORECASE) is not None


_SHARE = re.compile(rf"(?<![\w£$€%.-])(?P<part>\d[\d,.]*|{_NUMBER_WORDS})\s+(?:out\s+of|of)\s+(?:(?:the|their|its|his|her)\s+)?"
                    rf"(?:\d[\d,.]*|{_NUMBER_WORDS})\b", re.IGNORECASE)


def share_of(sentence: str, noun: tuple[str, ...]) -> tuple[str, float] | None:
    """The share a sentence gives of the asked noun ("only two out of 16 principal dancers"), whole, for "how many of
    the principal dancers …": the number before "out of" is the part asked about, the one after it the whole."""
    head = counted_heads(noun[-1])
    for m in _SHARE.finditer(sentence):
        rest = _STOP_NOUN.split(sentence[m.end():], maxsplit=1)[0]
        for w in list(re.finditer(r"[\w'’-]+", rest))[:4]:
            if set(analyse(w.group(0))) & head:
                return sentence[qualified(sentence, m.start()): m.end() + w.end()], 1.0
    return None


_DETERMINERS = frozenset("the a an this that these those its their his her our my your each every".split())
_VERBS = frozenset("""use uses want wants make makes get gets say says take takes go goes come comes play plays work
works need needs own owns buy buys sell sells live lives die dies join joins leave leaves win wins lose loses
hold holds run runs see sees visit visits attend attends watch watches read reads write writes earn earns
receive receives expect expects think thinks remain remains stay stays""".split())


def ends_counted_noun(word: str) -> bool:
    """A word that cannot continue the counted noun: a determiner, a verb ("use", "wanted") or a name
    after it ("how many people use Blogroll": people, not Blogroll)."""
    lowered = word.lower()
    return (lowered in _DETERMINERS or lowered in _VERBS or word[:1].isupper()
            or (len(lowered) > 4 and lowered.endswith("ed")) or irregular_past(lowered))


def qualifying_participle(before: list[str], word: str) -> bool:
    """A participle after an adverb in "-ly" that opens the counted noun qualifies it ("privately held companies",
    "newly opened stores"): it is no verb ending the noun. After a noun the adverb is the verb's ("how many fans
    actually turned up")."""
    lowered = word.lower()
    return (len(before) == 1 and before[0].lower().endswith("ly") and word[:1].islower()
            and (irregular_past(lowered) or (len(lowered) > 4 and lowered.endswith("ed"))))


def irregular_past(word: str) -> bool:
    """An irregular past or participle ("took", "sold", "won"): a verb, as surely as one ending in "-ed"."""
    return word in lemma_of() and word not in _NOT_PAST


# forms of the table that are also a base form, a noun or an adjective a counted noun may hold ("how many left
# backs", "how many home runs", "how many broken bones"): only the plain pasts end the noun
_NOT_PAST = frozenset({"left", "found", "run", "come", "become", "split", "shot", "beat", "hit", "let", "quit", "fell",
                       "saw", "known", "broken", "given", "drawn", "built"})


def answer_how_many(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    noun = counted_noun(pq.text)
    names = names_in(pq.text)

    money = asks_money(pq.text)
    part = asks_part(pq.text)
    name_words: dict[str, bool] = {}  # question word -> whether it is a known person's name word, asked once
    story_names: dict[str, bool] = {}  # question word -> whether the sources write it only as a name, asked once
    written_names: dict[str, frozenset[str]] = {}  # source -> the words it writes capitalised, read once
    owners = asked_owner(pq.text)
    verb = event_verb(pq.text, noun)
    suffered = suffered_verb(pq.text)
    done_to = final_verb(pq.text)

    rate = asks_rate(pq.text)
    direction = asked_direction(pq.text)
    change = asked_change(pq.text)
    asked_terms = frozenset(t for w in re.findall(r"[\w'’-]+", pq.text.lower()) if w not in STOPWORDS for t in analyse(w))
    periods = asked_periods(pq.text)
    sold = bool(noun) and _SOLD.search(pq.text) is not None

    payer = asked_payer(pq.text) if money else []
    asks = list(_ASKS_MONEY.finditer(pq.text)) if money else []
    money_terms = {t for m in asks for t in analyse(m.group("word") or m.group("take") or m.group("get") or "")}

    # "how much did the film take": a sum is its takings only where the sentence says so ("It took $19.1m"), never
    # the sum another film took beside its name
    takes = bool(asks) and all(m.group("take") or (m.group("word") or "").lower() in _TAKE_FORMS for m in asks)
    if takes:
        money_terms |= _TAKINGS
    priced = bool(money_terms & _PRICE_TERMS) and not takes
    # "how much will the V90 cost": with one word besides the price word, a sentence that never says the price word
    # must tell a sale ("on sale … for about 400 euros"); "how much did property insurance claims cost in 2004" says
    # enough of itself ("property claims reach $42bn")
    bare_price = priced and len([w for w in re.findall(r"[\w'’\-]+", pq.text.lower())
                                 if w not in STOPWORDS and w not in {"how", "much", "many"}
                                 and not set(analyse(w)) & _PRICE_TERMS]) <= 1
    if priced:
        money_terms |= _PRICE_TERMS  # "how much will it cost": "The service will be priced at £4.50"
    asked_words = {w.lower() for w in re.findall(r"[\w'’\-]+", pq.text)} if payer else set()

    def written(s: Sentence) -> frozenset[str]:
        """The words the sentence's source writes capitalised, read once per source."""
        if s.source_id not in written_names:
            doc = snap.document(s.source_id)
            written_names[s.source_id] = capitalised_words(doc[0] if doc else s.text)
        return written_names[s.source_id]

    said_money: dict[tuple[str, int], bool] = {}  # sentence -> whether it says an asked money word, read once

    def says_money_word(s: Sentence) -> bool:
        if (key := (s.source_id, s.start)) not in said_money:
            said_money[key] = bool(money_terms & {t for t, _s, _e in term_spans(s.text)})
        return said_money[key]

    def pick(s: Sentence, concepts: list[Concept]) -> tuple[str, float] | None:
        found = pick_one(s, concepts)
        return (with_qualifier(s.text, with_range(s.text, found[0])), found[1]) if found else None

    ordinals = asked_ordinals(pq.text)
    unit = per_unit(pq.text)

    def pick_one(s: Sentence, concepts: list[Concept]) -> tuple[str, float] | None:
        if ordinals and other_ordinal(s.text, ordinals):
            return None  # "how many copies did their first album sell": not the second's 400,000
        if change and (moved := change_in(s.text, change, asked_terms)) is not None:
            return moved  # "how much did Vantor shares fall": "Shares in Vantor fell 18p to 212p"
        if money:
            if payer and not typed_names_in_source(snap, s.source_id, concepts, name_words):
                return None  # "how much was Kenteris fined": a fine in a story that never names him is another's
            if takes and not says_money_word(s):
                return None
            found = money_in(s.text, concepts)
            if found and unit and not each_in(s.text, unit):
                return None  # "how much will each school get": not the plan's £1.2bn for all of them
            if priced and found and bare_price and not says_money_word(s) and not sold_for(s.text, found[0]):
                return None  # a sum beside the thing that is not what it sells for ("… a £2m deal for the V90")
            if payer and found and _RELATIVE_OPENING.match(count_clause(s.text, found[0])) \
                    and (not _hangs_on_a_noun(s.text, found[0]) or _subject_goes_with(snap, s, payer)):
                # "Smith plays a date doctor in the movie, which took $31.8m": a sum in a relative clause is the
                # one's it hangs on ("the movie": the film whose star the sentence opens on, when the story names
                # them together), whoever the sentence opens with
                return None if other_clause_subject(s.text, found[0], payer, written(s), pq.text) else found
            if payer and other_subject(s.text, payer, written(s), pq.text):
                return None  # "how much did Prince earn": "Metallica's … tour helped push their earnings up to $43.1m"
            return found
        if rate:
            return rate_in(s.text)
        if not noun:
            return _best_number(s.text, concepts)
        if names and not _source_names(snap, s.source_id, names):
            return None
        if not names and not typed_names_in_source(snap, s.source_id, concepts, name_words):
            return None
        if not story_says_the_rest(snap, s.source_id, concepts, noun, story_names):
            return None
        if other_subject(s.text, owners, written(s), pq.text):
            return None
        if part and (share := share_of(s.text, noun)):
            return share
        if suffered and (done_to_count := count_done_to(s.text, suffered)):
            return done_to_count, 1.0
        if periods and other_period(s.text, periods):
            return None  # "how many texts were sent in November": not the year's 31 billion, nor October's count
        counted = count_of(s.text, noun, written(s), head_forms(concepts, noun[-1]))
        if counted is None and sold:
            # "how many consoles has it sold": "has sold 19.9 million units" counts the goods sold, whatever they are
            counted = count_of(s.text, ("units",), written(s))
        if counted is None and periods:
            counted = elided_after(snap, s, noun, written(s), head_forms(concepts, noun[-1]))
        if counted and verb and not does_event(s.text, counted[0], noun, verb):
            return None
        if counted and other_clause_subject(s.text, counted[0], owners, written(s), pq.text):
            return None
        if counted and direction and counts_the_opposite(s.text, counted[0], direction):
            return None  # "how many jobs is GM cutting": not "14,000 new net jobs were created"
        if counted and done_to and writes_verb(s.text, done_to):
            return counted[0], counted[1] + DONE_TO_BONUS
        return counted

    # A number that counts the asked noun vouches for its sentence: the rest of the question
    # ("the new START treaty") may be said in the passage around it.
    widen = {noun[-1].lower(): tuple(PERSON_NOUNS)} if noun and noun[-1].lower() in PERSON_WORDS else {}
    # "how big was the crowd": the size word is what is asked, not a word the number's sentence must hold
    drop = _NOT_COUNTED | ({"big", "large", "fast", "quickly"} if _ASKS_SIZE.match(pq.text) else set())
    if bare_price:
        # "how much will the V90 cost": "will go on sale … for about 400 euros" says the price without the word
        widen = {**widen, **{w.lower(): _SALE_WORDS for w in re.findall(r"[\w'’\-]+", pq.text)
                             if set(analyse(w)) & _PRICE_TERMS}}
    def in_story(s: Sentence, concepts: list[Concept]) -> tuple[str, float] | None:
        # a sum paragraphs away from what the question names ("… his film Hide and Seek. The thriller … after
        # taking $22m") is the asked one's only where its sentence says the asked money word ("taking", never
        # "bought the mill for £2m" for "how much was the fine") and names nobody else ("Reports suggest Liverpool
        # will lift their offer to £5m" for "how much have newcastle offered")
        if money and not says_money_word(s):
            return None
        if money and payer and _names_another(s.text, asked_words, payer) \
                and not ((sum_ := money_in(s.text)) and _hangs_on_a_noun(s.text, sum_[0])
                         and _subject_goes_with(snap, s, payer)):
            return None
        return pick(s, concepts)

    def in_document(concepts: list[Concept]) -> list[AnswerItem]:
        return counted_in_document(snap, concepts, in_story, pq.text) if noun or rate or money else []

    return answer_passages(snap, pq, Intent.how_many, pick, drop=drop,
                           min_cover=MIN_COVERAGE / 2 if noun or rate else MIN_COVERAGE, boost=noun, widen=widen,
                           story=True, last=in_document)


_ASKS_EACH = re.compile(r"\b(?:each|every|per)\s+(?P<unit>[a-z][\w'’-]*)", re.IGNORECASE)


def per_unit(question: str) -> str | None:
    """The unit a money question asks a sum for each of ("how much will each school get" -> "school"); none for a
    time ("how much does it earn each year": a yearly sum is any sum the story gives for a year)."""
    m = _ASKS_EACH.search(question)
    return None if m is None or m.group("unit").lower() in TIMES else m.group("unit").lower()


def each_in(sentence: str, unit: str) -> bool:
    """Whether the sentence gives a sum for each one ("£4 to each one-way ticket", "£50,000 per school", "£200 a
    head", "apiece")."""
    stem = re.escape(unit[:max(3, len(unit) - 2)])
    return re.search(rf"\b(?:each|every|per|a|an)\s+(?:[\w'’-]+\s+){{0,2}}{stem}\w*|\bapiece\b|\ba\s+head\b"
                     rf"|\beach\b", sentence, re.IGNORECASE) is not None


# a question about goods sold or shipped, which news counts in "units" whatever the goods are
_SOLD = re.compile(r"\b(?:sold|sell|sells|selling|shipped|ship|ships|shipping)\b", re.IGNORECASE)


# months written out ("may" is as often the verb) and years
_PERIOD = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|november|december"
                     r"|(?:19|20)\d\d)\b", re.IGNORECASE)


def asked_periods(question: str) -> frozenset[str]:
    """The months and years a count question is asked for ("how many texts were sent in december"): the count of
    another month or of the whole year is not its answer."""
    return frozenset(m.group(0).lower() for m in _PERIOD.finditer(question))


def other_period(sentence: str, periods: frozenset[str]) -> bool:
    """Whether the sentence dates what it counts by another period than the one asked: for an asked month, a sentence
    dated by other months or by a year alone (the year's total); for an asked year, one dated by other years ("the
    December tsunami" may still be the asked year's)."""
    # ("figures released by the UN in January 2005": when the figure was published, not the period it counts)
    written = {m.group(0).lower() for m in _PERIOD.finditer(sentence)
               if not _PUBLISHED_BEFORE.search(sentence, max(0, m.start() - 60), m.start())}
    months, years = {p for p in periods if not p.isdigit()}, {p for p in periods if p.isdigit()}
    if months and written and not written & months:
        return True
    written_years = {w for w in written if w.isdigit()}
    if _RELATIVE_YEAR.search(sentence):
        return False  # "27 films were made last year, compared with 45 in 2003": "last year" may be the asked one
    return bool(years) and bool(written_years) and not written_years & years


_PUBLISHED_BEFORE = re.compile(r"\b(?:released|published|announced|issued|reported)\b[^.;]*$", re.IGNORECASE)
_RELATIVE_YEAR = re.compile(r"\b(?:last|this|next|previous|past)\s+year\b", re.IGNORECASE)


# "Some 2.4 billion were fired off in December alone": a count whose noun the sentence leaves to the one before
_BARE_COUNT = re.compile(r"(?:^|(?<=\s))(?P<n>\d[\d,.]*(?:\s?(?:bn|m|billion|million|trillion|thousand)\b)?)\s+"
                         r"(?:were|was|are|is|have\s+been|had\s+been|will\s+be)\s+[a-z]")


def elided_after(snap: Snapshot, s: Sentence, noun: tuple[str, ...], names: frozenset[str],
                 forms: frozenset[str]) -> tuple[str, float] | None:
    """A count with its noun left out ("Some 2.4 billion were fired off in December alone") right after a sentence
    that counts the asked noun ("26 billion texts were sent in total in 2004"): the same noun, for the period the
    question asks (only asked then: without a period, the sentence before is the better answer)."""
    m = _BARE_COUNT.search(s.text)
    doc = snap.document(s.source_id)
    if m is None or is_year(m.group("n")) or doc is None:
        return None
    before = sentence_before(doc[0], s.start)
    if not before or count_of(before, noun, names, forms) is None:
        return None
    return m.group("n"), ELIDED_BONUS


# How much of the question a story must hold, anywhere in its text, for a count of the asked noun in one of its
# sentences to answer when no passage covers the question: nearly all of it (the rest of the question — "the new
# START treaty", "the Sound of 2005 poll" — is what the story is about, named paragraphs away from the figure).
DOCUMENT_COVER = 0.8


def counted_in_document(snap: Snapshot, concepts: list[Concept],
                        pick: Callable[[Sentence, list[Concept]], tuple[str, float] | None],
                        question: str = "") -> list[AnswerItem]:
    """Sentences that count the asked noun itself (not a word of its phrase, not a number left without its noun),
    in stories whose whole text covers the question (``DOCUMENT_COVER``): news names the figure ("limiting both
    nations to 1,550 warheads") a paragraph or more away from what it is a figure of."""
    items: list[AnswerItem] = []
    for s in sentences_in_covering_stories(snap, concepts, DOCUMENT_COVER):
        if not opening_names(snap, s.source_id, question):
            continue
        picked = pick(s, concepts)
        if picked is None or picked[1] < 1.0:
            continue
        items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, picked[0],
                          s.cover * 2 + min(s.passage_score, 20) / 40))
    return items


def sum_qualifier(question: str) -> str | None:
    """The one word between "how much" and the asked money word ("how much net profit" -> "net"), lower-cased: it
    qualifies the sum and is no name, though a story opening a sentence with it ("Net profit came in at …") writes
    it capitalised only."""
    m = _ASKS_MONEY.search(question)
    end = (m.start("word") if m.group("word") else m.start("take") if m.group("take") else m.start("get")) if m else 0
    between = re.fullmatch(r"\W*how\s+much\s+([a-z][\w-]*)\s+", question[:end], re.IGNORECASE) if m else None
    return between.group(1).lower() if between else None


def opening_names(snap: Snapshot, source_id: str, question: str) -> bool:
    """Whether the story's opening (its headline and lead, or its first paragraph when it has no lead) names every
    name of the question — a word it capitalises, or one the story writes capitalised however the question types it
    ("vexa"): a story is about what it opens with, and only then is a figure it gives paragraphs away a figure of the
    question's matter. A digest that names the question's firm in one item and another firm's job cuts in the next is
    about neither."""
    doc = snap.document(source_id)
    if not doc:
        return False
    written = capitalised_words(doc[0])
    qualifier = sum_qualifier(question)
    names = [*names_in(question), *(w for w in re.findall(r"[\w'’-]+", question)[1:]
                                    if re.sub(r"['’]s?$", "", w).lower() in written and w.lower() != qualifier)]
    if not names:
        return True
    paragraphs = doc[1]
    lead = lead_paragraph(snap, source_id) or (paragraphs[0] if paragraphs else None)
    opening = (snap.meta(source_id).title or "") + "\n" + (lead.text if lead is not None else "")
    held = set(analyse(opening))
    return all(set(analyse(name)) <= held for name in names)


# (every form of the verb: "how much is Holcim paying", "how much was it bidding", "how much are they offering")
_ASKS_MONEY = re.compile(r"\bhow\s+much\b.*\b(?P<word>money|cash|pay|pays|paid|paying|cost|costs|costing|spend|spends|spent|spending|"
                         r"bid|bids|bidding|offer|offers|offered|offering|charging|raising|selling|buying|investing|"
                         r"earning|owing|losing|worth|price|bill|bills|tax|taxes|fare|fares|salary|salaries|wage|wages|"
                         r"bonus|bonuses|budget|funding|profit|profits|income|allowance|"
                         r"fee|fees|charge|charges|charged|raise|raised|sell|sold|buy|bought|invest|invested|earn|"
                         r"earned|owe|owed|fine|fined|lose|lost|save|saves|saved|saving|sue|sues|suing|sued|seek|seeks|"
                         r"seeking|sought|compensation|damages|takings|gross|grossed|grossing|"
                         # "how much did the film take at the box office" (never "how much of the vote did they take",
                         # "how much time will the repairs take")
                         r"(?:take|took|taken|taking)\b(?=.*\bbox\s+of))\b"
                         # "how much did the film take on Christmas Day": "how much" straight before its verb's
                         # auxiliary asks what was taken, a sum (a share or a time is a noun: "how much of", "how much
                         # time")
                         r"|\bhow\s+much\s+(?:did|does|do|will|would|has|have|had)\s+(?:[\w'’\-]+\s+){1,5}?"
                         r"(?P<take>take|took|taken)\b"
                         # "how much do kids get a year", "how much did she receive": what someone is given, with no
                         # noun after "how much" ("how much sleep do teenagers get" asks of sleep)
                         r"|\bhow\s+much\s+(?:did|does|do|will|would|can|could|should)\s+(?:[\w'’\-]+\s+){1,6}?"
                         r"(?P<get>get|gets|got|getting|receive|receives|received|receiving)\b"
                         # "how much is the Pulse Mini": what a thing named costs, asked with nothing after it
                         r"|^\W*how\s+much\s+(?:is|are|will|would|does|do)\s+(?:the|a|an)\s+(?P<thing>(?:[\w'’\-]+\s+){0,3}"
                         r"[\w'’\-]+)(?:\s+(?:be|cost))?\W*$", re.IGNORECASE)
_TAKE_FORMS = frozenset({"take", "took", "taken", "taking"})  # "how much did it take at the box office" too
# what a film or a shop took, in the words news writes it ("took £4.2m", "has taken", "earned $31m", "grossed")
_TAKINGS = frozenset(t for w in "take takes took taken taking takings earn earned earns earning gross grossed grossing"
                     .split() for t in analyse(w))
# the words of what a thing costs, one another's answers ("cost", "priced at", "a fee of", "charged")
_PRICE_TERMS = frozenset(t for w in "cost costs price priced prices charge charged charges fee fees".split()
                         for t in analyse(w))
_MONEY = re.compile(r"[£$€]\s?\d[\d,.]*(?:\s?(?:bn|m|k|tn|trillion|billion|million|thousand)\b)?|"
                    # pence and cents: "charging 79p a song", "385p a share"
                    r"\b\d[\d,.]*(?-i:p|c)\b(?=\s+(?:a|an|per|each|for)\b)|"
                    r"\b\d[\d,.]*\s?(?:bn|m|tn|trillion|billion|million|thousand)?\s?(?:dollars|pounds|euros|yen)\b", re.IGNORECASE)


# the words of a sale that say a price without a price word ("on sale … for", "sells at", "retails for", ", at £349,")
_SALE_WORDS = ("sale", "sell", "sells", "selling", "retail", "retails", "at")
# what a thing sells for, said with no price word: "will go on sale in June for about 400 euros", "sells at £9.99"
_SOLD_FOR = re.compile(r"\b(?:for|at|retail(?:s|ing)?\s+for|sells?\s+for|selling\s+for)\s+(?:about|around|roughly|"
                       r"some|just\s+(?:under|over)|under|over|less\s+than|more\s+than|up\s+to|only|just)?\s*$",
                       re.IGNORECASE)


def sold_for(sentence: str, found: str) -> bool:
    """Whether the sum in the sentence is what something sells for: it follows "for" or "at" (a sale or a price)
    in a sentence that tells a sale ("on sale", "sells", "retail")."""
    at = sentence.find(found)
    if at > 0 and re.search(r",\s+at\s+$", sentence[:at]):
        return True  # "The V90, at £349, is Vantor's most expensive handset"
    return at > 0 and _SOLD_FOR.search(sentence[:at]) is not None \
        and re.search(r"\b(?:on\s+sale|sells?|selling|sold|retail\w*|available)\b", sentence, re.IGNORECASE) is not None


# a clause that a relative pronoun opens and no comma has closed yet: "Regulated fares, which have gone up 30% since"
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|that)\b[^,]*$", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|that)\b[^,]*,", re.IGNORECASE)
# "how much did Vantor shares fall", "how much have fares risen", "how much will council tax go up": a change asked
_ASKS_CHANGE = re.compile(r"^\W*how\s+(?:much|far)\s+(?:did|does|do|has|have|had|will|would|is|are|was|were)\s+"
                          r"(?:[\w'’\-]+\s+){1,6}?(?P<verb>fall|fell|fallen|falling|rise|rose|risen|rising|drop|dropped|"
                          r"dropping|jump|jumped|climb|climbed|slip|slipped|gain|gained|grow|grew|grown|increase|increased|"
                          r"decrease|decreased|go\s+up|gone\s+up|go\s+down|gone\s+down|surge|surged|slump|slumped|"
                          r"plunge|plunged|tumble|tumbled|soar|soared)\b", re.IGNORECASE)
_UP = "rise|rose|risen|rising|rises|jump|jumped|jumps|climb|climbed|climbs|gain|gained|gains|grow|grew|grown|increase|" \
      "increased|increases|go up|gone up|went up|goes up|surge|surged|soar|soared|higher"
_DOWN = "fall|fell|fallen|falling|falls|drop|dropped|drops|slip|slipped|slips|decrease|decreased|go down|gone down|" \
        "went down|slump|slumped|plunge|plunged|tumble|tumbled|lower"
_CHANGE_AMOUNT = r"(?:[£$€]\s?)?\d[\d,.]*(?:\s?(?:bn|m|k|p|c|cents|pence|points?|%|per\s?cent))?"


def _mover(verbs: str) -> re.Pattern[str]:
    """A verb of the direction, then the amount it moved by and where to ("fell 18p to 212p", "risen by 4.5%")."""
    verbs = "|".join(v.replace(" ", r"\s+") for v in verbs.split("|"))
    return re.compile(rf"\b(?:{verbs})\s+(?:by\s+)?(?:(?:an\s+average\s+of|about|around|almost|nearly|more\s+than|some|"
                      rf"a\s+further|another)\s+)?(?P<n>{_CHANGE_AMOUNT})(?P<to>\s+to\s+{_CHANGE_AMOUNT})?(?![\w])",
                      re.IGNORECASE)


_MOVED = {"up": _mover(_UP), "down": _mover(_DOWN)}
# a change written as a noun after its amount: "a 23% drop", "a 6% rise"
_MOVED_NOUN = {direction: re.compile(rf"\b(?P<n>{_CHANGE_AMOUNT})\s+(?:{nouns})\b", re.IGNORECASE) for direction, nouns in
               (("up", "rise|increase|jump|gain|climb|surge"), ("down", "fall|drop|decline|slump|cut|decrease|loss"))}


def asked_change(question: str) -> str | None:
    """The direction of a change asked ("up"/"down"), or ``None`` when the question asks no change."""
    m = _ASKS_CHANGE.match(question)
    if m is None:
        return None
    return "up" if re.fullmatch(_UP, m.group("verb").lower()) else "down"


def change_in(sentence: str, direction: str, asked: frozenset[str] = frozenset()) -> tuple[str, float] | None:
    """The amount the sentence says something moved by, in the asked direction, with where it moved to: "fell 18p to
    212p", "had risen by an average of 4.5%", "a 23% drop in annual profits", "a 6% rise"; ``None`` when it says none.
    Of several, the one whose words just before name what was asked (``asked``: the question's words; "while Vantor
    shares fell 18p" after "Shares in rival Kelby fell 25p"), and never one in a relative clause ("Regulated fares,
    which have gone up 30% since 1997, will rise by 3.5%")."""
    found = [m for m in _MOVED[direction].finditer(sentence)
             if re.search(r"\d", m.group("n")) and not is_year(m.group("n").strip())
             and not _RELATIVE_BEFORE.search(sentence[:m.start()])]
    if found:
        def names_asked(m: re.Match[str]) -> int:
            """How many asked words the mover's own clause names before it (relative clauses left out)."""
            before = _RELATIVE_CLAUSE.sub(" ", sentence[:m.start()])
            before = before[before.rfind(",") + 1:][-60:]
            return len({t for w in re.findall(r"[\w'’-]+", before) for t in analyse(w)} & asked)

        named, best = max(((names_asked(m), m) for m in found), key=lambda pair: pair[0])  # (the first of the best)
        if named == 0:
            return None  # "Sales rose 5%, while profits fell 2%" says nothing of profits rising
        return (best.group("n") + (best.group("to") or "")).strip(), 1.0
    before = _MOVED_NOUN[direction].search(sentence)
    if before is not None and re.search(r"[\d]", before.group("n")) and re.search(r"[%p£$€]|cent|point", before.group("n")) \
            and {t for w in re.findall(r"[\w'’-]+", sentence[before.end():before.end() + 40]) for t in analyse(w)} & asked:
        return before.group("n").strip(), 1.0  # "a 23% drop in annual profits": what dropped is said after it
    return None


# "how fast will the new members grow", "how quickly are prices rising": a rate of change, written as a percentage
_ASKS_RATE = re.compile(rf"^\W*how\s+(?:fast|quickly)\b.*\b(?:{RATE_VERBS})\b", re.IGNORECASE)
_RATE = re.compile(r"\b\d[\d.,]*(?:\s?%?\s?(?:-|to)\s?\d[\d.,]*)?\s?(?:%|per\s?cent|percent)", re.IGNORECASE)


def asks_rate(question: str) -> bool:
    """"How fast will X grow / rise / fall": the answer is a percentage, never a count or a sum."""
    return _ASKS_RATE.search(question) is not None


def rate_in(sentence: str) -> tuple[str, float] | None:
    """The first percentage in the sentence ("4.6%", "0.7-0.8%"), or ``None``."""
    m = _RATE.search(sentence)
    return (m.group(0).strip(), 1.0) if m else None


def asks_money(question: str) -> bool:
    """"How much did X pay / cost / spend …": the answer is a sum of money, never a bare number."""
    return _ASKS_MONEY.search(question) is not None


def money_in(sentence: str, concepts: list[Concept] | None = None) -> tuple[str, float] | None:
    """The sum of money in the sentence ("£1.3bn", "$25m", "300 million dollars") nearest the question's words, the
    first on a tie, or ``None``: "save £4bn on waste, of which £1.3bn could be used to cut pensioners' bills by an
    average of £340" answers how much the bills would be cut with the sum written by them, not the first."""
    sums = list(_MONEY.finditer(sentence))
    if not sums:
        return None
    # "59.2 trillion rupiah ($6.58bn; £3.5bn)": sums in brackets convert the one before them, never a sum of their own
    sums = [m for m in sums if sentence.rfind("(", 0, m.start()) <= sentence.rfind(")", 0, m.start())] or sums[:1]
    wanted = {t for c in concepts or () for t in c.all_terms()}
    anchors = [(a, b) for term, a, b in term_spans(sentence) if term in wanted]
    if len(sums) == 1 or not anchors:
        return sums[0].group(0).strip().rstrip(".,"), 1.0  # "by an average of £250.": the full stop is the sentence's

    def distance(m: re.Match[str]) -> int:
        return min(max(a - m.end(), m.start() - b, 0) for a, b in anchors)

    return min(sums, key=distance).group(0).strip().rstrip(".,"), 1.0


_COUNT_QUALIFIER = re.compile(r"\b(?:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|about|around|"
                              r"almost|nearly|over|under|some|roughly|approximately|an\s+estimated)\s+$",
                              re.IGNORECASE)


_AMOUNT = r"(?:[£$€]\s?)?\d(?:[\d,.]*\d)?(?:\s?(?:bn|m|k|tn|trillion|billion|million|thousand)\b)?%?"
_AMOUNT_RX = re.compile(_AMOUNT)
# "£150 to £400", "between £20bn and £30bn", "between 800 and 1,000 workers": the whole range a figure is one end of
_RANGE_AFTER = re.compile(rf"\s+to\s+(?P<to>{_AMOUNT})")
# "rose from £150 to £400", "will be cut from £12 to £8": a change, whose figures are two values, no range; the second
# is the value now ("range from £50 to £200", "vary from" stay ranges)
_CHANGE_FROM_BEFORE = re.compile(r"\b(?:rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|cut|cuts|raised|"
                                 r"increased|decreased|reduced|lowered|grew|grown|jumped|dropped|climbed|slashed|"
                                 r"up|down|changed|moved)\s+(?:[\w'’-]+\s+){0,4}?from\s+$", re.IGNORECASE)
_BETWEEN_AFTER = re.compile(rf"\s+and\s+{_AMOUNT}")
_BETWEEN_BEFORE = re.compile(rf"\bbetween\s+(?:{_AMOUNT}\s+and\s+)?$", re.IGNORECASE)


# a count that opens its own clause (after "and", a comma or a semicolon) and is followed by a passive: "… have died
# and 17 were injured" (never "Two of the 40 people were …", "Two men aged 20 and 21 were …", "Two million people were
# …": a count inside a longer phrase is read as counts are)
_COUNT_DONE_TO = re.compile(r"(?:[,;]\s+|\band\s+|\bwhile\s+)(?P<n>\d[\d,]*)\s+(?:(?:people|others|more)\s+)?"
                            r"(?:were|are|have\s+been|had\s+been)\s+(?:also\s+)?(?P<verb>[a-z]+)\b", re.IGNORECASE)


_AGED_BEFORE = re.compile(r"\baged\s+\d+\s+and\s+$")
_ASKS_SUFFERED = re.compile(r"\bhow\s+many\s+(?:people|others|passengers|workers|children|staff)\s+"
                            r"(?:were|was|are|have\s+been|had\s+been|got)\s+(?P<verb>[a-z]+(?:ed|en)|hurt)\b",
                            re.IGNORECASE)


def suffered_verb(question: str) -> str | None:
    """The participle of a passive straight after "how many people" ("injured" of "how many people were injured"):
    what was done to those counted."""
    m = _ASKS_SUFFERED.search(question)
    return m.group("verb").lower() if m else None


def count_done_to(sentence: str, suffered: str) -> str | None:
    """"Three people have died and 17 were injured": the count the asked participle follows, whatever the sentence
    counted before it; only the first time the sentence says the participle ("More than 100 people were injured, and
    15 were seriously injured" counts the 100, which the ordinary count reading finds) and never an age ("Two men
    aged 20 and 21 were injured")."""
    first = re.search(rf"\b{re.escape(suffered)}\b", sentence, re.IGNORECASE)
    m = next((m for m in _COUNT_DONE_TO.finditer(sentence) if m.group("verb").lower() == suffered), None)
    if m is None or first is None or first.start() != m.start("verb") or _AGED_BEFORE.search(sentence, 0, m.start("n")):
        return None
    return m.group("n")


def with_range(sentence: str, found: str) -> str:
    """``found`` (a figure the sentence gives) with the rest of the range it opens or closes, when it is one end of
    one: "how big are the payments" is "£150 to £400", not "£150"."""
    at = sentence.find(found)
    if at < 0 or not found[:1].isdigit() and found[:1] not in "£$€":
        return found
    number = _AMOUNT_RX.match(found)
    end = at + (number.end() if number else len(found))
    before = _BETWEEN_BEFORE.search(sentence, max(0, at - 40), at)
    if before and before.group(0).lower().strip() != "between":
        return sentence[before.start():at + len(found)]  # "between 800 and 1,000 workers"
    if before and (after := _BETWEEN_AFTER.match(sentence, end)):
        return sentence[before.start():max(after.end(), at + len(found))]  # "between £20bn and £30bn"
    if found == sentence[at:end] and (after := _RANGE_AFTER.match(sentence, end)):
        if _CHANGE_FROM_BEFORE.search(sentence, max(0, at - 80), at):
            # "cut its forecast from 1.8% to 0.8%", "rose from £150 to £400": a change, and the figure now is the one
            # it went to
            return after.group("to")
        return sentence[at:after.end()]  # "£150 to £400"
    return found


def with_qualifier(sentence: str, shown: str) -> str:
    """The figure with the bound the sentence puts on it ("earning up to £820,000"): "£820,000" alone says more than
    the text does. Only bounds no verb or preposition reads otherwise: never "handed over £2m", "went up to £820,000",
    "complained about £450,000"."""
    at = sentence.find(shown)
    if at <= 0 or not (m := _SUM_BOUND.search(sentence, max(0, at - 30), at)):
        return shown
    before = re.findall(r"[\w'’-]+", sentence[:m.start("bound")])[-1:]
    if m.group("bound").lower().startswith("up") and before and _MOVES_UP.fullmatch(before[0]):
        return shown  # "debts have built up to £2m", "sales picked up to £90,000": the verb's "up", no bound
    return sentence[m.start("bound"):at + len(shown)]


# a verb whose "up" goes with it ("built up to", "went up to"): past forms in -ed and the irregular ones
_MOVES_UP = re.compile(r"(?i:\w+ed|went|gone|goes|go|rose|risen|rise|shot|put|grew|grown|built|run|ran|moves?|jumps?|"
                       r"climbs?|picks?|builds?|adds?|adding|mounting|building|picking)")


# a bound on a sum ("earning up to", "more than"; "went up to" is a verb's, :data:`_MOVES_UP`)
_SUM_BOUND = re.compile(r"\b(?P<bound>more\s+than|less\s+than|at\s+least|at\s+most|up\s+to|almost|nearly|roughly|"
                        r"approximately|an\s+estimated)\s+$", re.IGNORECASE)


def qualified(sentence: str, start: int) -> int:
    """Where a count starts with the qualifier the sentence gives it ("more than two million")."""
    m = _COUNT_QUALIFIER.search(sentence[max(0, start - 30):start])
    return start - len(m.group(0)) if m else start


def count_of(sentence: str, noun: tuple[str, ...], names: frozenset[str] = frozenset(),
             forms: frozenset[str] = frozenset()) -> tuple[str, float] | None:
    """The first number in ``sentence`` that counts ``noun``: the noun's head (or, for a phrase whose
    head is not found, one of its words) within four words after it. Returns (number … noun, bonus).
    ``names``: the lower-cased words the source writes capitalised, so that a name typed in lower case ("psp
    consoles" for the text's "PSP") still tells its count from another's ("2.8 million DS consoles").
    ``forms``: the other index terms the question's head stands for (:func:`head_forms`)."""
    head = counted_heads(noun[-1]) | forms
    asked = set(analyse(noun[-1])) | forms
    others = {t for w in noun[:-1] for t in analyse(w)}
    fallback: tuple[str, float] | None = None
    elided: tuple[str, float] | None = None
    for m in _COUNT.finditer(sentence):
        digits = m.group(0).rstrip(",.")
        if is_year(digits):
            continue  # a year, not a count ("2,000 jobs" is written with its comma: a count)
        if _AFTER_NOT_COUNT.match(sentence[m.end():]) or _BEFORE_NOT_COUNT.search(sentence[:m.start()]):
            continue  # a percentage, an age, a date, a rank, money
        if measures(sentence[m.end():], head):
            continue  # "three megapixel camera phones", "42-inch screens": a size, not how many
        rest = _STOP_NOUN.split(sentence[m.end():], maxsplit=1)[0]
        if (named := _NAME_BEFORE.search(sentence, 0, m.start())) and sentence[:named.start()].strip() \
                and _NOTHING_COUNTED.match(sentence, m.end()):
            # "copies of Half-Life 2", "its game Blast Run 2 for using pirated copies": a name's number, which no noun
            # follows ("the US Navy 21 Mi-17s", "the Australian Open four times" count)
            continue
        if elided is None and not rest.strip() and noun_before(sentence[:qualified(sentence, m.start())], head, asked):
            elided = (sentence[qualified(sentence, m.start()): m.start() + len(digits)], ELIDED_BONUS)
        following = list(re.finditer(r"[\w'’-]+", rest))[:4]
        for i, w in enumerate(following):
            terms = set(analyse(w.group(0)))
            if terms & head and (terms & asked or plural(w.group(0))):
                if rival_name([x.group(0) for x in following[:i]], noun[:-1], names):
                    break  # "two Russian diplomats" does not count the "NATO diplomats" asked about
                if any(verb_between(x.group(0)) for x in following[:i]):
                    break  # "Millions 'to lose textile jobs'": the number is who loses, the jobs are not counted
                return sentence[qualified(sentence, m.start()): m.end() + w.end()], \
                    VAGUE_BONUS if _VAGUE.fullmatch(digits) else 1.0
            if fallback is None and terms & others and not any(counts_other(x.group(0)) for x in following[:i]):
                fallback = (sentence[qualified(sentence, m.start()): m.end() + w.end()], 0.6)
        # or named by an apposition just after ("21 Russian-made Mi-17s -- a transport helicopter")
        appos = _APPOSITION.match(sentence[m.end():])
        if appos:
            for w in re.finditer(r"[\w'’-]+", appos.group("words")):
                if set(analyse(w.group(0))) & head:
                    return sentence[qualified(sentence, m.start()): m.end() + appos.start("words") + w.end()], 1.0
    return (fallback if len(noun) > 1 else None) or elided or number_of(sentence, head)


# a capitalised word right before a number, which then ends a name ("Half-Life 2"); a sentence's first word ("Some
# 2,000 jobs") is no name
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]$")
_NOTHING_COUNTED = re.compile(r"\s*(?:[,.;:!?)\"”]|$|(?:for|of|in|on|at|to|and|or|with|by|from|is|was|has|had|will|"
                              r"which|that|who)\b)")
# "plans to limit the number of new casinos in the UK to 24", "the number of jobless rose to 1.2 million": a count
# the sentence gives for "the number of" the asked noun, a few words after it in the same clause
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?P<noun>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)[^.;:,()]{0,40}?\s+"
                        r"(?:to|at|of|is|was|will\s+be|reached|totals?|totalled|stands\s+at|stood\s+at)\s+"
                        r"(?:(?:about|around|some|nearly|almost|just|over|more\s+than|fewer\s+than|less\s+than|"
                        r"up\s+to)\s+)?(?P<count>\d[\d,.]*(?:\s?(?:bn|m|k|million|billion|trillion|thousand))?)(?![\w%.,]*\s?(?:%|per\s?cent))",
                        re.IGNORECASE)


def number_of(sentence: str, head: frozenset[str]) -> tuple[str, float] | None:
    """The count a sentence gives "the number of" the asked noun (``head``: its index terms), or ``None``; never a
    year ("the number of members in 2004")."""
    for m in _NUMBER_OF.finditer(sentence):
        if not any(set(analyse(w)) & head for w in re.findall(r"[\w'’-]+", m.group("noun"))):
            continue
        digits = m.group("count").rstrip(",.")
        if is_year(digits):
            continue
        return sentence[m.start(): m.end("count")].rstrip(",."), 1.0
    return None


def is_year(digits: str) -> bool:
    """Four digits between 1800 and 2100: a year, never a count ("2,000 jobs" is written with its comma)."""
    return re.fullmatch(r"\d{4}", digits) is not None and 1800 <= int(digits) <= 2100


# "thousands of civil service jobs": a count without a figure answers "how many" less well than "71,000 civil
# service jobs" elsewhere in the sources
_VAGUE = re.compile(r"(?:dozens|hundreds|thousands|millions|billions|scores)(?:\s+of)?", re.IGNORECASE)
VAGUE_BONUS = 0.8


# A number that ends its clause with no noun after it ("… the global wi-fi hotspots league, with more than 1,000.")
# counts the noun its sentence named before it: English leaves out a noun it has just said. Weaker than a count
# that names its noun.
ELIDED_BONUS = 0.8


def noun_before(before: str, head: frozenset[str], asked: set[str]) -> bool:
    """Whether the asked noun, as a plural, is the last plural noun the words before an elided count name (no other
    number between them): "hotspots … with more than 1,000", not "hotspots in 20 cities, with 1,000"."""
    words = re.findall(r"[\w'’-]+", before)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if _COUNT.fullmatch(w):
            return False
        terms = set(analyse(w))
        if terms & head and (terms & asked or plural(w)):
            return True
        if counts_other(w) and w.lower() not in STOPWORDS:
            return False  # another plural noun, or a verb: the count is of that, or a clause of its own
    return False


_OWNER = re.compile(r"\bhow\s+many\s+.+?\s+(?:has|have|had|did|does|do|will|would)\s+"
                    r"(?P<owner>(?:[\w'’.-]+\s+){1,3}?)[a-z][\w'’-]*\W*$", re.IGNORECASE)


# "how much did Prince earn", "how much is Holcim paying": the one whose money it is, between the auxiliary and the verb
_PAYER = re.compile(r"\bhow\s+much\s+(?:money\s+)?(?:has|have|had|did|does|do|will|would|is|was|are|were)\s+"
                    r"(?P<owner>(?:[\w'’.-]+\s+){1,3}?)[a-z][\w'’-]*\b", re.IGNORECASE)


# a capitalised word inside a sentence, not its first (its own name: the module's ``_CAPITALISED`` below, every
# capitalised word, once shadowed this one, so a sentence's first word counted as a name here)
_INNER_CAPITALISED = re.compile(r"(?<=[\w,;:)'’\-] )[A-Z][\w'’\-]*")


def _names_another(sentence: str, asked: set[str], payer: list[str]) -> bool:
    """Whether a sentence names someone the question (its lower-cased ``asked`` words) does not and not the payer
    asked about: any capitalised word inside it that is none of the question's words (a day or a place counts too: the
    sum is left unanswered rather than given to another payer)."""
    words = {re.sub(r"['’]s?$", "", m.group(0)).lower() for m in _INNER_CAPITALISED.finditer(sentence)}
    return not ({p.lower() for p in payer} & words) and bool(words - asked)


def asked_payer(question: str) -> list[str]:
    """The words naming whose money a "how much" question asks ("prince" of "how much did prince earn in 2004"),
    without determiners; [] when it names none so."""
    m = _PAYER.search(question)
    if not m:
        return []
    return [w for w in re.findall(r"[\w'’-]+", m.group("owner")) if w.lower() not in _DETERMINERS]


def asked_owner(question: str) -> list[str]:
    """The subject whose count "how many X has/did Y <verb>" asks ("usher" of "how many grammys has usher won"),
    as its words without determiners; [] when the question names none so (a longer tail is no plain subject)."""
    m = _OWNER.search(question)
    if not m:
        return []
    return [w for w in re.findall(r"[\w'’-]+", m.group("owner")) if w.lower() not in _DETERMINERS]


def event_verb(question: str, noun: tuple[str, ...]) -> str | None:
    """The verb straight after "how many people" ("voted" of "how many people voted in the eviction"): what the
    people counted did; None when another word follows the noun ("people are expected", "people in the UK")."""
    if not noun or noun[-1].lower() not in PERSON_WORDS:
        return None
    m = re.search(rf"\bhow\s+many\s+(?:[\w'’-]+\s+){{{len(noun) - 1}}}{re.escape(noun[-1])}\s+([a-z][\w'’-]*)",
                  question, re.IGNORECASE)
    if not m:
        return None
    word = m.group(1)
    low = word.lower()
    return word if low in _VERBS or (len(low) > 4 and low.endswith("ed")) else None


# "how many people did the tsunami kill", "how many jobs will the merger cut": the question ends in what was done to
# those counted; a count whose sentence says it ("… with at least 23,000 people killed") is of them, more surely
# than a count of the same noun for something else ("two million people … thrown into poverty")
# (only a subject may stand between the auxiliary and the verb: "could go at Rover's plant under the deal" ends in
# a noun, not in what was done)
_DONE_TO = re.compile(r"^\W*how\s+many\s+[\w'’ -]+?\s+(?:did|do|does|has|have|had|will|would|could|can|might|may)\s+"
                      r"(?P<subject>[\w'’ -]+?)\s+(?P<verb>[a-z]{3,})\W*$", re.IGNORECASE)
_NOT_SUBJECT = frozenset("at in on of for to by with from under over into after before during about".split())
DONE_TO_BONUS = 0.5


def final_verb(question: str) -> str | None:
    """The verb a how-many question ends in after its subject ("kill" of "how many people did the tsunami kill?"),
    or ``None``."""
    m = _DONE_TO.match(question)
    if m is None or any(w.lower() in _NOT_SUBJECT for w in m.group("subject").split()):
        return None
    return m.group("verb")


def writes_verb(sentence: str, verb: str) -> bool:
    """Whether the sentence writes the verb in some form ("killed", "killing" for "kill", "won" for "win"): the
    word's own lemma, or the verb with a regular ending; never a longer word that only starts alike ("winter" for
    "win", "destination" for "destroy")."""
    lemma = lemma_of().get(verb.lower(), verb.lower())
    forms = regular_forms(lemma)
    return any(w in forms or lemma_of().get(w) == lemma
               for w in re.findall(r"[a-z]+", sentence.lower()))


def regular_forms(lemma: str) -> frozenset[str]:
    """The verb and its regular endings ("kill": kills, killed, killing; "cut": cuts, cutting; "cause": caused)."""
    base = lemma[:-1] if lemma.endswith("e") else lemma
    doubled = lemma + lemma[-1] if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" else lemma
    return frozenset({lemma, lemma + "s", lemma + "es", base + "ed", base + "ing", lemma + "d",
                      doubled + "ed", doubled + "ing", lemma[:-1] + "ied" if lemma.endswith("y") else lemma})


# Those who do an event, named by a noun of their own: a count of them is a count of people who did it ("how many
# people watched" / "4.1 million viewers"), though the sentence never writes the verb.
DOERS = {"watch": ("viewers", "spectators"), "listen": ("listeners",), "visit": ("visitors", "tourists"),
         "attend": ("spectators", "visitors", "delegates"), "use": ("users",), "read": ("readers",),
         "buy": ("buyers", "customers", "shoppers"), "subscribe": ("subscribers",), "vote": ("voters",)}


VERB_STEM = 4  # letters of a verb's index term that its other forms share ("vote": "voters", "voting")


# what is done to the things counted, one way or the other: jobs cut, lost or shed, or created, added or filled
_CUTTING = r"cut|cuts|cutting|axe|axes|axed|axing|shed|sheds|shedding|lose|loses|losing|lost|slash\w*|lay\w*\s+off|" \
           r"laid\s+off|scrap\w*"
_MAKING = r"create|creates|created|creating|add|adds|added|adding|hire|hires|hired|hiring|generate\w*|recruit\w*"
_CUTTING_RX = re.compile(rf"\b(?:{_CUTTING})\b", re.IGNORECASE)
_MAKING_RX = re.compile(rf"\b(?:{_MAKING})\b", re.IGNORECASE)


def asked_direction(question: str) -> str | None:
    """"cut" when the question asks how many were cut, lost or shed; "make" when how many were created or added."""
    cut, make = _CUTTING_RX.search(question), _MAKING_RX.search(question)
    return "cut" if cut and not make else "make" if make and not cut else None


def counts_the_opposite(sentence: str, counted: str, direction: str) -> bool:
    """Whether the clause after the count tells the other way only ("14,000 new net jobs were created" for "how many
    jobs is GM cutting"; never "300 recently hired workers" laid off, whose "hired" describes them, nor "the 450 jobs
    created since 2001 would now be cut")."""
    at = sentence.find(counted)
    if at < 0:
        return False
    after = re.split(r"[,;]", sentence[at + len(counted):])[0]
    same, other = (_CUTTING_RX, _MAKING_RX) if direction == "cut" else (_MAKING_RX, _CUTTING_RX)
    return other.search(after) is not None and same.search(after) is None


def does_event(sentence: str, counted: str, noun: tuple[str, ...], verb: str) -> bool:
    """Whether a count of people in ``sentence`` counts those who did the question's event: a count of "people"
    themselves does (the noun asked), a count of another kind of person ("15 protesters" for "how many people
    voted") only when the sentence says the event in some form ("voted", "voters", "voting"): otherwise the
    people counted did something else ("15 protesters … were arrested")."""
    last = re.findall(r"[\w'’-]+", counted)[-1]
    if set(analyse(last)) & set(analyse(noun[-1])):
        return True
    lemma = lemma_of().get(verb.lower(), verb.lower())
    lemma = next((v for v in DOERS if verb.lower() in regular_forms(v)), lemma)
    if set(analyse(last)) & {t for d in DOERS.get(lemma, ()) for t in analyse(d)}:
        return True  # "4.1 million viewers" for "how many people watched": the noun names those who did it
    stems = [t[:VERB_STEM] for t in analyse(verb)]
    held = {t for t, _s, _e in term_spans(sentence)}
    return any(t.startswith(stem) for t in held for stem in stems)


def other_subject(sentence: str, owners: list[str], written: frozenset[str], question: str) -> bool:
    """Whether a sentence's count belongs to another than the one asked about: the sentence never names the
    question's owner ("Usher" of "how many Grammys has Usher won") and opens with a name the question does not give
    ("OutKast will add … three Grammys"): its subject, who owns what it counts, is someone else. A sentence that
    opens with a pronoun or a common noun ("He has won three", "The singer has …") may still be about the owner."""
    if not owners:
        return False
    held = {t for t, _s, _e in term_spans(sentence)}
    if any(set(analyse(o)) & held for o in owners):
        return False
    first = _TITLED_SUBJECT.match(sentence) or re.match(r"\W*([\w'’-]+)", sentence)
    if not first:
        return False
    word = re.sub(r"['’]s?$", "", first.group(1)).lower()
    if word in _PRONOUN_OPENINGS:
        return False  # "It took $19.1m …": a story that only ever writes "It" opening a sentence still means its film
    asked = {t for w in re.findall(r"[\w'’-]+", question) for t in analyse(w)} | {w.lower() for w in question.split()}
    return word in written and word not in asked and not (set(analyse(word)) & asked)


# a sentence opening on a name written with "The" before its verb ("The Da Vinci Code is set in Paris … and has sold
# …"): the name's first word is whose the count is, as a bare name's would be ("The US singer has …" is no such name)
_TITLED_SUBJECT = re.compile(r"\W*The\s+([A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,4}\s+"
                             r"(?:is|was|are|were|has|have|had|will|would)\b")
# a sentence opening on a pronoun or a possessive one ("It took …", "Its takings …") says nothing of whose it is
_PRONOUN_OPENINGS = frozenset("it he she they we i this these those its his her their".split())


# Where a clause ends: a stop of punctuation, or a word that joins a clause of its own ("…, while Sudmark keeps 500")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-{1,2}\s|\b(?:while|whereas|but|although|though|than|unlike)\b",
                           re.IGNORECASE)


def count_clause(sentence: str, counted: str) -> str:
    """The clause of ``sentence`` that holds the count ``counted``: from the last break before it to the first
    after it ("Sudmark keeps 500 warheads at three bases" of "Norland keeps its own, while Sudmark keeps 500 …");
    the whole sentence when the count is not found in it."""
    at = sentence.find(counted)
    if at < 0:
        return sentence
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, at)]
    start = starts[-1] if starts else 0
    end_m = _CLAUSE_BREAK.search(sentence, at + len(counted))
    return sentence[start: end_m.start() if end_m else len(sentence)]


def other_clause_subject(sentence: str, counted: str, owners: list[str], written: frozenset[str],
                         question: str) -> bool:
    """Whether the count's own clause opens with another name than the asked owner and never names the owner
    ("…, while Sudmark keeps 500 warheads", "Unlike Norland, Sudmark keeps 500" for "how many warheads does Norland
    keep"): the name a clause opens with is its subject or the possessor of what it counts, so the count is that
    name's. The sentence may name the owner elsewhere — in another clause, as the one compared. A clause that opens
    with a pronoun or a common noun ("it employs 2,400", "the company employs") may still be the owner's."""
    if not owners:
        return False
    clause = count_clause(sentence, counted)
    if _REPORTED.match(clause):
        return False  # "…, Reuters said 2,400 workers …": the name opening the clause reports the count, owns nothing
    if _RELATIVE_OPENING.match(clause) and (named := _NAME_BEFORE_COMMA.search(sentence, 0, sentence.find(clause))):
        # "Angels and Demons was written before The Da Vinci Code, which has sold 20 million copies": a relative
        # clause's count is the name's it hangs on, the asked owner's only when that name is the owner
        asked = {t for o in owners for t in analyse(o)}
        return not any(set(analyse(w)) & asked for w in named.group("name").split())
    at = sentence.find(clause)
    if _RELATIVE_OPENING.match(clause) and (thing := _THING_BEFORE_COMMA.search(sentence, 0, at)) \
            and _opens_with(sentence, owners) and not _opens_with(thing.group(0), owners, len(thing.group(0))):
        # "Castlegate offered 540p a share for the brewer, which owns 310 pubs": the relative clause hangs on the
        # thing the asked owner's clause acts on, so the count is that thing's, not the owner's
        return True
    return other_subject(clause, owners, written, question)


def _opens_with(sentence: str, owners: list[str], words: int = 3) -> bool:
    """Whether the sentence opens (within its first ``words`` words) on the asked owner: its subject. (Read over a
    whole noun phrase, whether it names the owner: "the YouGov poll, which questioned 1,943 adults" is the poll's.)"""
    asked = {t for o in owners for t in analyse(o)}
    return any(set(analyse(w)) & asked for w in sentence.split()[:words])


def _hangs_on_a_noun(sentence: str, counted: str) -> bool:
    """Whether the sum ``counted`` sits in a relative clause hanging on a common noun ("Smith plays a date doctor in the
    movie, which took $31.8m"): the sum is that thing's, whatever names the rest of the sentence holds."""
    at = sentence.find(clause := count_clause(sentence, counted))
    return bool(_RELATIVE_OPENING.match(clause)) and _NOUN_BEFORE_COMMA.search(sentence, 0, at) is not None


def _subject_goes_with(snap: Snapshot, s: Sentence, payer: list[str]) -> bool:
    """Whether the name the sentence opens on is written beside the asked payer elsewhere in its story ("Will Smith's
    first romantic comedy, Hitch" before "Smith plays … in the movie, which took $31.8m"): then "the movie" is the
    asked one, not the film of another star ("Keanu Reeves plays a demon hunter in the movie, which took $12.1m")."""
    first = re.match(r"\W*([A-Z][\w'’-]*)", s.text)
    doc = snap.document(s.source_id)
    if first is None or doc is None:
        return False
    subject = re.compile(rf"\b{re.escape(first.group(1))}\b")
    asked = [re.compile(rf"(?i:\b{re.escape(w)}\b)") for w in payer]
    return any(subject.search(t) and all(a.search(t) for a in asked)
               for start, t in _story_sentences(doc[0]) if start != s.start)


@lru_cache(maxsize=16)
def _story_sentences(text: str) -> tuple[tuple[int, str], ...]:
    """A story's sentences with their offsets, split once per story: every candidate sentence of a money question
    asks the same story again."""
    return tuple((sp.start, text[sp.start:sp.end]) for sp in split_sentences(text))


_RELATIVE_OPENING = re.compile(r"\s*(?:which|who|that)\b")
# a common noun before the comma, after its determiner and up to two modifiers: lower-case words, or any words ("the
# 150-year-old brewer,")
_NOUN_AT_COMMA = r"\b(?:the|this|that|its|their|his|her)\s+(?:{modifier}\s+){{0,2}}[a-z][\w'’-]*\s*,\s*$"
_NOUN_BEFORE_COMMA = re.compile(_NOUN_AT_COMMA.format(modifier=r"[a-z][\w'’-]*"))
_THING_BEFORE_COMMA = re.compile(_NOUN_AT_COMMA.format(modifier=r"[\w'’-]+"))
_NAME_BEFORE_COMMA = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,?\s*$")


_REPORTED = re.compile(r"^\W*[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)*\s+(?:said|says|say|told|tells|reported|reports|estimated|"
                       r"estimates|claimed|claims|according)\b")


_BETWEEN_VERBS = frozenset("""to will would could can may might must shall should is are was were be been being have has
had do does did""".split())


def counts_other(word: str) -> bool:
    """Whether a word between a number and a word of the asked noun ends the noun phrase the number counts: a
    number counts the first plural noun after it ("two companies charge foreign mobile operators" counts
    companies, not mobiles), and its phrase stops at a function word or a verb ("one step on a mobile phone",
    "two million to lose")."""
    low = word.lower()
    if verb_between(word) or low in STOPWORDS:
        return True
    return low.isalpha() and len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def verb_between(word: str) -> bool:
    """A word that cannot stand between a number and the noun it counts: an auxiliary, "to" or a verb ("two million
    to lose jobs", "3,000 will get pay rises"): there the number is a verb's subject and the noun its object."""
    return word.lower() in _BETWEEN_VERBS or word.lower() in _VERBS


def rival_name(between: list[str], asked: tuple[str, ...], names: frozenset[str] = frozenset()) -> bool:
    """Whether the words between a number and the noun it counts name another kind of it than the question does:
    the question gives its noun a name ("NATO diplomats", "US troops") and the text a different one ("two Russia
    diplomats", "5,000 British troops"). A count with no name before its noun ("4,000 jobs") or the question's own
    ("3,000 US troops") is no rival. A word typed in lower case is a name when the source writes it so (``names``)."""
    named = [w for w in asked if w[:1].isupper() or w.lower() in names]
    if not named:
        return False
    mine = {t for w in named for t in analyse(w)} | {w.lower() for w in named}
    theirs = [w for w in between if w[:1].isupper()]
    return any(not (set(analyse(w)) | {w.lower()}) & mine for w in theirs)


def head_forms(concepts: list[Concept], word: str) -> frozenset[str]:
    """The one-word forms the question's concept for the counted head stands for: its synonyms ("children" for
    "kids") and the index's spelling of a misspelt head ("appearances" for "apperances"). The question's concepts
    already read them so to find the sentence; the count must name what the sentence names."""
    base = tuple(analyse(word))
    for c in concepts:
        if c.alternatives and (c.word.lower() == word.lower() or c.alternatives[0] == base):
            if c.corrected and len(word) < SPELT_HEAD_MIN:
                return frozenset()
            return frozenset(alt[0] for alt in c.alternatives if len(alt) == 1)
    return frozenset()


# How long a counted head the sources lack must be for its spelling correction to name what is counted: a short
# word's one-letter neighbours are mostly other words ("shorts" is no misspelt "shirts", nor "boats" "boots"), so
# a count of the neighbour answers another question; a long misspelling ("apperances") has one reading.
SPELT_HEAD_MIN = 8


@lru_cache(maxsize=256)
def counted_heads(word: str) -> frozenset[str]:
    """The index terms that name what "how many <word>" counts: the word itself, and for "people" any noun
    for people. Cached: it is asked once per candidate sentence, about the same word."""
    heads = set(analyse(word))
    if word.lower() in PERSON_WORDS:
        heads |= {t for n in PERSON_NOUNS for t in analyse(n)}
    return frozenset(heads)


def plural(word: str) -> bool:
    """A noun written as a plural: a count of people names them so ("1,000 adults"), while "six tourist
    provinces" counts provinces."""
    low = word.lower()
    return low.endswith("s") or low in {"men", "women", "children", "people", "staff", "police", "personnel"}


# Units a number measures rather than counts ("three megapixel camera phones", "a 42-inch screen"): the
# count of the noun after them is not given.
UNITS = frozenset("""megapixel megapixels pixel pixels inch inches mile miles km kilometre kilometres kilometer
kilometers metre metres meter meters foot feet yard yards kg kilo kilos kilogram kilograms gram grams tonne tonnes
ton tons pound-weight litre litres liter liters gallon gallons hour hours minute minutes second seconds day days
week weeks month months year years decade decades degree degrees gb mb kb tb ghz mhz mph kph watt watts
volt volts bit bits byte bytes gigabyte gigabytes megabyte megabytes acre acres hectare hectares""".split())


def measures(after: str, head: set[str]) -> bool:
    """Whether the number before ``after`` measures a size or a span ("-inch", "megapixel", "hours") rather
    than counting the noun asked about; a unit that is itself the noun asked about ("how many hours") counts."""
    m = re.match(r"^(?:-|\s+)([A-Za-z]+)\b", after)
    if not m or m.group(1).lower() not in UNITS:
        return False
    return not (set(analyse(m.group(1))) & head)


def typed_names_in_source(snap: Snapshot, source_id: str, concepts: list[Concept],
                          known: dict[str, bool] | None = None) -> bool:
    """Whether the sentence's source holds every question word that is a word of a person's name the
    collection knows ("morrison" of "how many copies has mark morrison's album sold", typed in lower case so
    no capital marks it): a count from a story that never mentions the person counts something else.
    ``known`` keeps the registry's verdict on each word across the question's candidate sentences."""
    asked = judged_once(concepts, {} if known is None else known, lambda c: _is_name_word(snap, c.word))
    if not asked:
        return True
    terms = snap.document_terms(source_id)  # read as it is cached: no copy per candidate sentence
    return all(c.matched_by(terms) for c in asked)


def story_says_the_rest(snap: Snapshot, source_id: str, concepts: list[Concept], noun: tuple[str, ...],
                        names: dict[str, bool] | None = None) -> bool:
    """Whether the sentence's source names one of the question's names besides the counted noun, when the question
    types two or more (words the sources write, never in small letters): "how many people went to the elvis
    convention in blackpool" is not counted by a story that names neither Elvis nor Blackpool ("millions of
    European citizens"). ``names`` keeps each word's verdict across the question's candidate sentences."""
    counted = {t for w in noun for t in analyse(w)}
    rest = [c for c in concepts if not counted & {t for alt in c.alternatives for t in alt}]
    # (the word as typed must be written somewhere: "cutting", which no text writes, is never in small letters either,
    # and its synonym "cut" in another firm's story would stand for a name of the asked one)
    typed = judged_once(rest, {} if names is None else names,
                    lambda c: any(snap.doc_frequency(t) > 0 for alt in c.alternatives for t in alt)
                    and all(snap.doc_frequency(t) > 0 for t in analyse(c.word))
                    and not written_in_small_letters(snap, c.word))
    terms = snap.document_terms(source_id)
    if len(rest) >= STORY_REST and not any(c.matched_by(terms) for c in rest):
        # "how many people watched the game": a story that says nothing of watching or a game ("The council employs
        # 2,300 people") counts other people
        return False
    if len(typed) < STORY_NAMES:
        return True
    return any(c.matched_by(terms) for c in typed)


# the names a count question must type before its story has to name one of them (one name may be written otherwise
# in the right story: "csa" of a story writing "Child Support Agency")
STORY_NAMES = 2
# the other words a count question must give before a story that says none of them is ruled out: one word may be
# written otherwise in the right story ("wounded" of a story saying "injured")
STORY_REST = 2


def _is_name_word(snap: Snapshot, word: str) -> bool:
    low = word.lower()
    if len(low) < 4 or not low.isalpha():
        return False
    # (a body's name too: "how many jobs is continental airlines cutting" is not answered from Oracle's story)
    return any(low in re.findall(r"[a-z]+", p.name.lower()) for p in snap.registry.match(low, limit=3)
               if p.kind in ("person", "organisation"))


def _source_names(snap: Snapshot, source_id: str, names: list[str]) -> bool:
    doc = snap.document(source_id)
    text = doc[0] if doc else ""
    return all(name in text for name in names)


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
            figure = m.group(0).split()[0]
            # "grown by 0.4%", "0.4 per cent": the figure with its sign, never a bare "0.4"
            unit = _PERCENT_AFTER.match(sentence, m.start() + len(figure))
            best = (figure + unit.group(0) if unit else phrase if near else figure, score)
    return best


_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b)", re.IGNORECASE)

