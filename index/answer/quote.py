"""Quote questions: what a person or organisation said, optionally about a topic.

A wrong name is the worst failure, so the speaker is resolved through the
speaker registry (which knows titles and tolerates typos) and only that
speaker's own quotations are shown; a topic keeps only the quotations that
address it (in their own words, their sentence, or the paragraphs that set
them up).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from index.answer import aliases
from index.answer.common import (
    MAX_ANSWERS,
    Sentence,
    candidate_sentences,
    capitalised_terms,
    capitalised_words,
    collapse_acronyms,
    concepts_for,
    corrected_concepts,
    item,
    judged_once,
    lead_paragraph,
    merge_same,
    not_covered,
    sentence_before,
    story_lead,
    story_names,
    story_terms,
    written_in_small_letters,
)
from index.answer.evidence import direct, gender_of, honorific_gender, speaking_for
from index.answer.frames import LEADING_CONNECTORS, pronoun_referent
from index.answer.mentions import sentence_text as _sentence_text
from index.answer.passages import answer_passages
from index.answer.question import STOPWORDS, asks_forecast, content_terms, is_medium
from index.answer.relevance import MIN_COVERAGE, Concept, confirmed, coverage, layered_coverage
from index.answer.roles import (
    _NAME,
    DESCRIBED_SHARE,
    INNER_CAPITAL,
    NAME_RUN,
    UNNAMED_WORDS,
    _plural_of_people,
    abbreviates,
    abbreviations_in,
    described_quotations,
    description_terms,
    head_synonyms,
    initialisms,
    is_role_phrase,
    is_unnamed,
    lesser_ranks,
    modifier_forms,
    name_runs,
    names_a_person_in,
    other_rank,
    own_description,
    past_holder,
    quotations_said_by_description,
    role_holders,
    role_holders_in,
    role_words,
    share_of,
    unquoted,
)
from index.answer.search import answer_search
from index.answer.second_chance import set_up_quotations
from index.answer.unnamed import generic_description, unnamed_only
from index.extract.given_names import is_given_name
from index.extract.lexicon import alternation, inflections
from index.extract.names import (
    ADDRESS_WORDS,
    COLLECTIVE_NOUNS,
    GENERIC_ROLES,
    ROLE_WORDS,
    SEVERAL_PEOPLE,
    TITLE_MODIFIERS,
    surname,
)
from index.extract.sentences import split_sentences
from index.models import Answer, AnswerItem, Intent, Paragraph, ParsedQuestion, Quotation, Speaker
from index.store.analysis import terms as analyse
from index.store.passage_index import Record, closest_term
from index.store.snapshot import Snapshot


def answer_quote(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    """What the asked speaker said (on the topic); for a speaker the question does not name ("a spokesman for the
    firm", "analysts"), never words shown under a name the answer's own description does not give as the body
    spoken for (:func:`unnamed.unnamed_only`), however the words were found."""
    if pq.speaker and (name := name_after_role(snap, pq.speaker)) is not None:
        # "the referee nigel williams": the name the question gives after the role is whom it asks about
        pq = pq.model_copy(update={"speaker": name})
    said = _answer_quote(snap, pq)
    if said.refused_by == "quote.nobody_called" and pq.speaker and (issued := _ISSUED.match(pq.speaker)) \
            and written_as_name(snap, owner := issued.group("owner")):
        # "the financial economists roundtable statement", of which nothing is known under that name: a statement a
        # body issued is its own words, asked of the body (a named author's letter is found as itself first)
        said = _answer_quote(snap, pq.model_copy(update={"speaker": owner}))
    asked = pq.speaker
    if asked and generic_description(asked) and not typed_name(snap, asked) and not body_name(snap, asked):
        said = unnamed_only(snap, said, asked)
    if not said.answers and asks_forecast(pq.text):
        # "what do analysts expect from Vell Bank's results": when nobody described so is found forecasting it, what
        # the sources say is expected ("Vell Bank is expected to announce …") is found as a search finds it
        searched = answer_search(snap, pq.model_copy(update={"intent": Intent.search, "speaker": None, "topic": None}))
        return searched if searched.answers else said
    return said


def _answer_quote(snap: Snapshot, pq: ParsedQuestion) -> Answer:
    speaker_text, topic = pq.speaker, pq.topic
    if not speaker_text or not speaker_text.strip():
        # "who said there are more questions than answers about Krispy Kreme": the words asked about run on past
        # "about", which the parse took for a topic; the whole of them is what someone said
        words = said_words(pq.text) or topic
        for asked in dict.fromkeys(w for w in (words, topic) if w):
            # (the words whole are said about what follows "about": the story must tell of it)
            story = topic if asked != topic else None
            if (said := who_said(snap, pq, asked, story)) is not None:
                return said
        if words and (reported := who_reported(snap, pq, words)) is not None:
            return reported
        return not_covered(pq.text, Intent.quote, "Whose words are you looking for? Name a person or organisation.",
                           gate="quote.no_speaker")
    if (work := work_of(pq.text, speaker_text)) and (said := _work_says(snap, pq, *work, topic)) is not None:
        # "what does Robert Peston's book claim about …": what the text says the book says, under no name
        return said
    if is_unnamed(speaker_text) and not typed_name(snap, speaker_text) and not body_name(snap, speaker_text):
        # "a US official", "analysts": never a named person's words ("norvane motors", which the sources write only
        # as a capitalised name, "Norvane Motors", is a body's name, not a plural of people)
        return _described(snap, pq, speaker_text, topic) or _reported(snap, pq, speaker_text, topic)
    people = speakers_for(snap, speaker_text)
    if people and is_role_phrase(speaker_text) and (named := names_written(snap, speaker_text)):
        # "the scottish executive" is the Scottish Executive, not Alcohol Focus Scotland's chief executive; a title
        # the text writes capitalised by its holder's name ("Constitutional Affairs Minister Lord Falconer") is theirs
        people = [p for p in people if any(surname(p.name) in around for around in named)
                  or abbreviates(p.name, " ".join(w.capitalize() for w in _strip_article(speaker_text).split()))]
        if not people and (reports := described_reports(snap, speaker_text, topic)):
            return Answer(question=pq.text, intent=Intent.search, answers=tuple(reports))
    if (owner := spoken_for(speaker_text)) is not None:
        # "Duncan Bannatyne's spokesman" is not Duncan Bannatyne
        people = [p for p in people if not name_fits(owner, p)]
    if not people and not is_role_phrase(speaker_text) and (other := alias_of(snap, speaker_text.strip())) is not None:
        return _words_of(snap, pq, other, topic)
    if not people:
        described = _described(snap, pq, speaker_text, topic) if is_role_phrase(speaker_text) else None
        if described:
            return described
        if is_role_phrase(speaker_text) and (holders := role_holders_in(snap, speaker_text, quoted=False)):
            titled = _titled(snap, pq, speaker_text, topic, frozenset().union(*(w for _p, w in holders)))
            if titled:
                return titled
            # the sources say who holds the role and never quote them: what others report is not their words,
            # but what the sources report them saying on the topic is shown as that, under no name
            named = [p for p, _w in holders]
            names = " or ".join(p.name for p in named)
            message = f"The sources name {names} as “{speaker_text.strip()}”, but never quote them."
            # (with no topic, what they are reported saying at all, as for a person asked by name; what they told the
            # audience asked about first)
            reported = merge_same([it for p in named
                                   for it in (reported_to(snap, p, pq.audience, topic)
                                              if pq.audience and (not is_medium(pq.audience)
                                                                  or _TOLD_ASKED.search(pq.text)) else [])
                                   + reported_speech(snap, p, topic or surname(p.name) or p.name,
                                                     story=not pq.audience)])
            if reported:
                return Answer(question=pq.text, intent=Intent.quote, answers=tuple(reported[:MAX_ANSWERS]),
                              message=message + " What the sources report of them, not their words:")
            return not_covered(pq.text, Intent.quote, message, gate="quote.holders_unquoted")
        return _reported(snap, pq, speaker_text, topic)
    if len(people) == 1:
        if people[0].quotation_count == 0 and (other := alias_of(snap, people[0].name, people[0].id)) is not None:
            # "DJ Norman Cook - aka Fatboy Slim": the words are quoted under the name the alias stands for
            return _words_of(snap, pq, other, topic)
        return _words_of(snap, pq, people[0], topic)
    # Several people fit ("Brown", or a role the sources give to two people). A wrong name is the
    # worst failure, so words are shown only when the topic leaves exactly one of them; otherwise
    # the answer says whom the question could mean and lets the user pick.
    answers = [a for a in (_words_of(snap, pq, p, topic) for p in people) if a.answers and a.answers[0].speaker]
    names = " or ".join(p.name for p in people)
    if topic and len(answers) == 1:
        return answers[0]
    if pq.audience and not is_medium(pq.audience) and len(told := told_audience(snap, answers, pq.audience)) == 1:
        # "what did the French finance minister tell parliament": of two finance ministers, only one is quoted in
        # a sentence that says he told parliament; the other's words merely sit in the same paragraph
        return told[0]
    if topic and not answers:
        return not_covered(pq.text, Intent.quote, f"“{speaker_text.strip()}” could mean {names}; "
                           f"none of them is quoted about “{topic.strip()}”.", gate="quote.ambiguous_on_topic")
    return not_covered(pq.text, Intent.quote, f"“{speaker_text.strip()}” could mean {names}. "
                       "Ask again with the full name.", gate="quote.ambiguous")


_ALIAS = rf"\s*[-–—,(]?\s*{aliases.SECOND_NAME}\s+"
_ALIAS_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"


def alias_of(snap: Snapshot, name: str, own_id: str | None = None) -> Speaker | None:
    """The quoted person a name nobody is quoted under is another name of, where the text says so in one phrase
    ("DJ Norman Cook - aka Fatboy Slim", "Fatboy Slim, also known as Norman Cook"): one person under two names, not
    two. The name is matched as the text writes it, in whatever case it was typed; ``own_id`` is the name's own
    registry entry, never its alias."""
    if not (terms := set(analyse(name))):
        return None
    typed = re.escape(name).replace(r"\ ", r"\s+")
    patterns = (re.compile(rf"(?P<other>{_ALIAS_NAME}){_ALIAS}(?i:{typed})\b"),
                re.compile(rf"\b(?i:{typed}){_ALIAS}(?P<other>{_ALIAS_NAME})"))
    found: dict[str, Speaker] = {}
    for rec in snap.passages(terms, limit=10):
        for pattern in patterns:
            for m in pattern.finditer(rec.text):
                if aliases.OWNED.match(rec.text, m.end()) or aliases.OWNED.search(m.group("other")[-2:]):
                    continue  # "Ray Kemp, better known as Gail Brand's husband": another person's relation, not a name
                words = m.group("other").split()
                # "DJ Norman Cook": a title the registry keeps apart comes off the front
                other = next((o for i in range(len(words) - 1 if len(words) > 1 else 1)
                              if (o := snap.registry.resolve(" ".join(words[i:]), rec.source_id)) is not None), None)
                if other is not None and other.id != own_id and other.quotation_count > 0:
                    found[other.id] = other
    return next(iter(found.values())) if len(found) == 1 else None


def audience_concepts(snap: Snapshot, audience: str) -> list[Concept]:
    """The concepts of an audience asked about, misspelt words read with the index's spelling ("what did X tell
    parliment"): an audience is matched in the reporting sentence, which no misspelling can match."""
    words = content_terms(audience)
    return corrected_concepts(snap, words) or concepts_for(snap, words)


def told_audience(snap: Snapshot, answers: list[Answer], audience: str) -> list[Answer]:
    """The answers whose first quotation's own sentence, its quoted words left out, names the audience ("…, with
    finance minister X telling parliament: '…'"): between several people a role fits, where the words were said
    decides only when the text says it of those very words."""
    concepts = audience_concepts(snap, audience)
    if not concepts:
        return []
    return [a for a in answers
            if coverage(concepts, set(analyse(unquoted(a.answers[0].quote or "")))) >= MIN_COVERAGE]


# "Robert Peston's book", "the NIESR's latest report": a work of someone's, which the text may report as saying things
_WORK = r"(?:book|report|study|survey|paper|memoir|biography|letter|statement|column|article|documents?|review)"
_WORK_AFTER = re.compile(rf"['’]s?\s+(?:(?:new|latest|recent|own|written|annual)\s+)?(?P<work>{_WORK})\b", re.IGNORECASE)
# what a work is said to say: "The new book claims …", "It claims …", "Brown's Britain, by Robert Peston, says …"
_REPORTS = r"(?:also\s+)?(?:says|said|claims|claimed|alleges|alleged|suggests|suggested|argues|argued|states|stated|" \
           r"found|finds|concludes|concluded|shows|showed|reveals|revealed|reports|reported|warns|warned|predicts|predicted)\b"


# what a work is written as saying, anywhere in a sentence ("…, the IFPI reported last month")
_WORK_REPORTS = re.compile(rf"\b{_REPORTS}", re.IGNORECASE)


# a statement or a letter issued by a body, named by its owner: "the open society institute's statement"
_ISSUED = re.compile(r"^\s*(?P<owner>(?:(?:the|a|an)\s+)?(?!(?:the|a|an)\b).+?)(?:['’]s?)?\s+"
                     r"(?:(?:joint|latest|own|written|official|new)\s+)?"
                     r"(?:statement|letter)\s*$", re.IGNORECASE)


def work_of(question: str, speaker_text: str) -> tuple[str, str] | None:
    """(owner, work) when the question asks what the speaker's work says ("What does Robert Peston's book
    claim …" -> ("Robert Peston", "book")), else ``None``."""
    owner = speaker_text.strip()
    at = question.find(owner) if owner and owner[:1].isupper() else -1
    m = _WORK_AFTER.match(question, at + len(owner)) if at >= 0 else None
    return (owner, m.group("work").lower()) if m else None


def _work_says(snap: Snapshot, pq: ParsedQuestion, owner: str, work: str, topic: str | None) -> Answer | None:
    """The sentences that report what the owner's work says ("The new book claims …", "It claims …" right after
    the book is named), in the sources that name the owner, on the topic; shown under no name with the work as
    the description: the text says the book says it, not that its author said it. ``None`` when there are none."""
    surname = owner.split()[-1]
    stem = re.escape(work.rstrip("s"))
    names_work = re.compile(rf"\b{stem}", re.IGNORECASE)  # once per question, not per document and sentence
    says = re.compile(rf"^\W*(?:(?:But|And|However),?\s+)?(?:(?:The|This|That|His|Her|Its|Their)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"{stem}s?|{re.escape(surname)}['’]s?\s+(?:[\w-]+\s+){{0,2}}?{stem}s?)\s+{_REPORTS}|"
                      rf",\s+by\s+(?:[\w'’.-]+\s+){{0,3}}{re.escape(surname)},\s+{_REPORTS}")
    pronoun = re.compile(rf"^\W*(?:(?:But|And|However),?\s+)?It\s+{_REPORTS}")
    concepts = concepts_for(snap, topic_words(topic)) if topic else []
    items: list[AnswerItem] = []
    for rec in snap.passages(set(analyse(f"{surname} {work}")), limit=20):
        doc = snap.document(rec.source_id)
        if doc is None or surname not in doc[0] or not names_work.search(doc[0]):
            continue
        previous = False
        for sp in split_sentences(rec.text):
            sentence = rec.text[sp.start:sp.end]
            hit = bool(says.search(sentence)) or (previous and bool(pronoun.match(sentence)))
            previous = hit or names_work.search(sentence) is not None
            if not hit:
                continue
            cover = coverage(concepts, set(analyse(sentence))) if concepts else 1.0
            if cover < MIN_COVERAGE:
                continue
            items.append(item(snap, rec.source_id, rec.paragraph, rec.start + sp.start, rec.start + sp.end,
                              sentence, sentence, cover, speaker_description=f"{owner}'s {work}"))
    if not items:
        return None
    items.sort(key=lambda it: -it.score)
    return Answer(question=pq.text, intent=Intent.quote, answers=tuple(merge_same(items)[:MAX_ANSWERS]))


# a sentence that is one quotation, marks and all, with nothing of the narration's ("…" with no "he said")
_QUOTATION_ALONE = re.compile(r"\s*[\"“][^\"“”]*[\"”]\s*")
# a sentence whose subject is a pronoun, at its start or after a fronted phrase ("Asked about pay, he said …")
# a person named before a sentence's first reporting verb: a style and a surname, or two capitalised words after a
# comma or at the start ("Its regional officer, Carol Whitlam, told …", "Ms Keyes said …")
_PERSON_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+[A-Z][\w'’-]+|(?:^|,\s+)\W*[A-Z][a-z][\w'’-]*\s+"
                            r"[A-Z][\w'’-]+(?=,?\s))")


def named_sayer(said: str) -> str | None:
    """The words before a sentence's first reporting verb when they name a person as its sayer, else ``None``."""
    verb = _REPORTED.search(said)
    return said[:verb.start()] if verb is not None and _PERSON_BEFORE.search(said[:verb.start()]) else None


def told_only(said: str, name: str) -> bool:
    """Whether a body asked about stands in the sentence only as whom words were told or given to ("He told the
    Harrowby Echo that …", "in an interview with the Harrowby Echo"): what it was told, not what it said."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    written = re.escape(bare).replace(r"\ ", r"\s+")
    mentions = list(re.finditer(rf"(?i:\b{written}\b)", said))
    return bool(mentions) and all(
        re.search(r"\b(?:told|tells|telling|tell|interview\s+with|speaking\s+to|spoke\s+to|talking\s+to|"
                  r"statement\s+to|letter\s+to)\s+(?:the\s+)?$", said[:m.start()], re.IGNORECASE) for m in mentions)


_PRONOUN_SUBJECT = re.compile(r"^\W*(?:[A-Z][^,.;:]{0,60},\s+)?(?:He|She|They|he|she|they)\b")


def _reported(snap: Snapshot, pq: ParsedQuestion, speaker_text: str, topic: str | None) -> Answer:
    """Not a person or organisation anyone quotes ("What did JURI say about the directive?"):
    what the sources report about it, as plain cited sentences with no speaker, if they cover
    the whole question; otherwise say plainly that nobody of that name is quoted."""
    # "the financial economists roundtable": the name the story defines an acronym for is one concept with it ("The
    # FER blames this on …")
    words = [w for w in collapse_acronyms(content_terms(" ".join(x for x in (speaker_text, topic) if x)), snap.acronyms)
             if w.lower() not in UNNAMED_WORDS]  # "an unnamed City analyst": no word the text writes
    pick = None
    min_cover = MIN_COVERAGE
    # "Norvane Motors": a body's name, however plural it reads (read only of a phrase that reads like a description)
    body = generic_description(speaker_text) and body_name(snap, speaker_text)
    if generic_description(speaker_text) and not body \
            and (reports := [r for r in described_reports(snap, speaker_text, topic)
                             if not (topic and _another_of_the_kind(r.quote, topic))]):
        return Answer(question=pq.text, intent=Intent.search, answers=tuple(reports))
    if is_unnamed(speaker_text) and not body:
        # a description ("Leeds officials", "a regulator spokesman") must be who the sentence reports:
        # "Seattle officials said no such deal …", not any sentence that merely shares the topic
        head, modifiers = role_words(speaker_text)
        stem = head.lower()[:6]
        mods = [t for t in (tuple(analyse(m)) for m in modifiers) if t]
        short = abbreviations_in(modifiers)

        def pick(s: Sentence, _concepts: list[Concept]) -> tuple[str, float] | None:
            said = unquoted(s.text)  # "… a reminder to the regulator …," a spokesman said: not the regulator's
            if not stem or stem not in said.lower() or _NO_WORDS.search(said):
                return None  # "Union officials declined to comment": they said nothing
            if topic and _another_of_the_kind(s.text, topic):
                return None  # "Analysts expect rival Corra Bank to report a fall", asked of Vell Bank
            if _told_of_them(said, stem):
                return None  # "She told the BBC the firm had called in police": the police said nothing
            if s.cover < min_cover and not reports_speech(s.text):
                return None  # read under its story's headline, a sentence must at least report words said
            # a description that says whom it speaks for ("Lib Dem spokesman Ed Davey") must say the question's
            # words itself: "New Labour" elsewhere in its sentence does not make him a Labour spokesman
            own = own_description(said, stem)
            if own:
                return (s.text, 0.0) if any(described_in(mods, p, short) for p in own) else None
            # a bare one ("A spokesman said …") takes whom it speaks for from the sentence before ("However, the
            # DTI has dismissed the proposal. A spokesman said the department …")
            return (s.text, 0.0) if described_in(mods, f"{said} \n {_unquoted_before(snap, s)}", short) else None

        # the description vouches for the sentence; its passage covers the question (a reply is short:
        # "Seattle officials said no such deal had been offered" after the claim it answers)
        min_cover = MIN_COVERAGE / 2
    elif pq.audience and (heard := set(analyse(pq.audience))):
        # "what did X tell Novastream web radio": the sentence naming the outlet comes first
        def pick(s: Sentence, _concepts: list[Concept]) -> tuple[str, float] | None:
            if not reports_speech(s.text) or only_after_the_verb(s.text, speaker_text):
                return None
            return s.text, (1.0 if heard <= set(analyse(s.text)) else 0.0)
    elif _ASKS_SPEECH.search(pq.text):
        # "what did the Labour MP for Erewash say": a sentence that reports nobody saying anything is not it
        # ("where does X stand on Y" asks for a position, which the text may state without a reporting verb)
        described = is_role_phrase(speaker_text)
        head = role_words(speaker_text)[0].lower()[:6] if described else ""
        # "what did the ifpi report say": a report says what it found ("…, the IFPI reported last month", "which
        # concluded in a 2002 report that …"), as a person says what they think
        work = A_WORK.search(speaker_text) is not None
        named = set(analyse(speaker_text))

        def pick(s: Sentence, _concepts: list[Concept]) -> tuple[str, float] | None:
            if not reports_speech(s.text) and not (work and _WORK_REPORTS.search(unquoted(s.text))):
                return None
            if described and _QUOTATION_ALONE.fullmatch(s.text):
                # "what did the bank of england governor say": a sentence that is a quotation alone goes on with the
                # words of whoever spoke before it, and says of no one that they hold the role
                return None
            said = unquoted(s.text)
            if head and not work and head not in said.lower() and (sayer := named_sayer(said)) is not None \
                    and not named & set(analyse(sayer)):
                # "what did recell's finance director say": "Its regional officer, Carol Whitlam, told the BBC …"
                # names its own sayer by another role, and nothing of the asked one ("Dresdner Kleinwort Wasserstein
                # said" is the owner of "dresdner kleinwort wasserstein's research")
                return None
            if told_only(said, speaker_text):
                # "what did the harrowby echo say": "He told the Harrowby Echo that …" is what it was told
                return None
            if head and head not in said.lower() and _PRONOUN_SUBJECT.match(said):
                # "what did the union's organiser say about redundancy terms": a sentence whose "he" reports words on
                # the topic ("Asked about redundancy terms, he said …") names nobody the role fits; it is as likely
                # someone else's as theirs
                return None
            if not described and _reported_of(unquoted(s.text), speaker_text):
                # "The Pellin Times reported that Vell Bank had asked him to leave": the paper's report, of the bank
                return None
            if not described and _BACK_REPORTER.search(unquoted(s.text)) and not (named & set(analyse(s.text))):
                # "what did norvane say about steel prices": "It blamed higher steel prices" in a story on another firm
                # is that firm's; who "it" or "the company" is, only the body's own story says (``body_reports``)
                return None
            return s.text, 0.0

    reported = answer_passages(snap, pq.model_copy(update={"terms": tuple(words)}), Intent.search, pick,
                               min_cover=min_cover, story=is_unnamed(speaker_text) and not body, story_cover=0.0)
    if reported.answers and words:
        if is_role_phrase(speaker_text) and not generic_description(speaker_text) and \
                not A_WORK.search(speaker_text) and (named := _named_next(snap, pq, speaker_text, topic, reported.answers[0])) is not None:
            return named
        return reported
    if (second := set_up_as_asked(snap, pq, speaker_text, topic)) is not None:
        return second
    if (body or not is_unnamed(speaker_text)) \
            and (not is_role_phrase(speaker_text) or written_as_name(snap, speaker_text)) \
            and (bodies := body_reports(snap, speaker_text, topic)):
        # "what did daimlerchrysler say": quoted nowhere, but its story reports what "the company said"
        return Answer(question=pq.text, intent=Intent.quote, answers=tuple(bodies),
                      message=f"There are no quotations from {speaker_text.strip()} in the sources. What the sources "
                              "report of them, not their words:")
    return not_covered(pq.text, Intent.quote,
                       f"I couldn't find anyone called “{speaker_text.strip()}” in the sources. "
                       "Check the spelling, or look at who is quoted in the sources.", gate="quote.nobody_called")


def set_up_as_asked(snap: Snapshot, pq: ParsedQuestion, speaker_text: str, topic: str | None) -> Answer | None:
    """The name gate's second chance (``second_chance.set_up_quotations``), shown under no name: ``None`` when no
    quotation is set up as asked, or when quotations of several speakers fit as well."""
    if A_WORK.search(speaker_text):
        return None  # "the ifpi report": what a work says is reported, never set up as quoted words
    concepts = concepts_for(snap, collapse_acronyms(topic_words(topic), snap.acronyms)) if topic else []
    found = set_up_quotations(snap, speaker_text, topic, concepts)
    if found and pq.audience and not is_medium(pq.audience):
        # "what did the Kelby manager tell BBC Radio Kelby": as for a named speaker, words said elsewhere do not
        # answer it (an outlet's medium, "the BBC News website", only ranks them, as it does there)
        heard, _elsewhere = heard_at(snap, [(q, c) for c, q in found], pq.audience, said_at_event(pq.text))
        found = [(c, q) for q, c in heard]
    if not found:
        return None
    best = max(c for c, _q in found)
    top = [q for c, q in found if c >= best]
    if len({q.speaker or q.speaker_description or "" for q in top}) > 1:
        return None  # the words of two people fit as well: a wrong speaker is worse than none
    who = top[0].speaker or top[0].speaker_description or ""
    items = [quote_item(snap, q, cover).model_copy(update={"speaker": None})
             for cover, q in sorted(found, key=lambda cq: (-cq[0], cq[1].source_id, cq[1].start))
             if (q.speaker or q.speaker_description or "") == who]
    return Answer(question=pq.text, intent=Intent.quote, answers=tuple(merge_same(items)[:MAX_ANSWERS]),
                  message=f"Nobody is quoted by name as “{speaker_text.strip()}”, but the text sets these words up "
                          "that way; check who said them in the source.")


def _named_next(snap: Snapshot, pq: ParsedQuestion, speaker_text: str, topic: str | None,
                first: AnswerItem) -> Answer | None:
    """When the lead sentence that answers reports words by the role ("…, the firm's chief has told BBC News.") and the
    next sentence names a person the story quotes ("Helmut Panke said …"), news style's way of naming whom the
    lead described: that person's quotations in the story, on the topic (or in a story on it), shown with the
    asked description and no name, since the text never joins the name to the role in one phrase."""
    lead = lead_paragraph(snap, first.source.id)
    if first.start is None or lead is None or not lead.start <= first.start < lead.end:
        return None  # only a story's lead describes whom its next sentence names
    if (doc := snap.document(first.source.id)) is None:
        return None
    head = role_words(speaker_text)[0]
    cues = {h.lower() for h in head_synonyms(head)} if head else set()
    said = unquoted(first.text).lower()
    if not cues or not lead_role_fits(said, cues, speaker_text) or not reports_speech(first.text):
        return None
    text = doc[0]
    spans = [sp for sp in split_sentences(text) if sp.start >= (first.end or first.start)]
    if not spans:
        return None
    following = text[spans[0].start:spans[0].end]
    quoted = {q.speaker for q in snap.quotations_in(first.source.id) if q.speaker}
    named = [n for n in quoted if re.search(rf"\b{re.escape(surname(n))}\b", following)]
    if len(named) != 1 or not opens_bare(following, named[0]):
        return None
    quotes = [q for q in snap.quotations_in(first.source.id) if q.speaker == named[0]]
    person = snap.registry.get(quotes[0].speaker_id) if quotes and quotes[0].speaker_id else None
    if any(described_otherwise(d, cues) for d in [q.speaker_description for q in quotes]
           + list(person.titles if person else ())):
        return None  # "said Mr Pike, an analyst at Cole Securities": the text gives them another role
    ranked = rank_quotes(snap, quotes, topic) or (in_story_on_topic(snap, quotes, topic) if topic else [])
    if not ranked:
        return None
    items = [it.model_copy(update={"speaker": None, "speaker_description": speaker_text.strip()}) for it in
             _join_same_sentence([quote_item(snap, q, score) for q, score in ranked])]
    return Answer(question=pq.text, intent=Intent.quote, answers=tuple(merge_same(items)[:MAX_ANSWERS]))


_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this"})


def lead_role_fits(said: str, cues: set[str], asked: str) -> bool:
    """Whether the lead writes the asked role itself ("the firm's chief has told BBC News" for "velo's boss"), not
    another office that shares its word: a function after it ("the firm's head of design", unless the question
    says so), another rank ("the firm's deputy chief") or one held before ("the firm's former chief"), whom the
    next sentence's name is not the asked role's holder."""
    asked_low = asked.lower()
    for cue in cues:
        for m in re.finditer(rf"\b{re.escape(cue)}\b", said):
            before = " ".join(re.findall(r"[\w'’-]+", said[max(0, m.start() - 40):m.start()])[-2:])
            after = re.match(r"\s+of\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", said[m.end():])
            function = after.group(1).split()[0] if after else ""
            if function and function not in _DETERMINERS and f"of {function}" not in asked_low:
                continue  # "head of design"
            if other_rank(f"{before} {cue}", asked) or (past_holder(f"{before} {cue}") and not past_holder(asked)):
                continue
            return True
    return False


_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)?"


def opens_bare(sentence: str, name: str) -> bool:
    """Whether the sentence names the person bare, before a word in lower case or their words ("Helmut Panke
    said …", "Speaking at a BMW event, Helmut Panke predicted …", "Richard Thomas "condemned" …"): only so does
    news name whom its lead described. A role before the name ("Analyst Tom Pike said") or an apposition after
    it ("Jan Holt, head of rival Karo, said") gives them a role of their own."""
    names = "|".join(re.escape(n) for n in sorted({name, surname(name)}, key=len, reverse=True) if n)
    if not names:
        return False
    for m in re.finditer(rf"(?<![\w-]){_HONORIFIC}(?:{names})\b(?P<after>\s+[a-z\x22\u201c'\u2018])?", sentence):
        before = re.findall(r"[\w'’-]+", sentence[:m.start()])
        if m.group("after") and not (before and is_role_phrase(before[-1].lower())):
            return True
    return False


def described_otherwise(description: str | None, cues: set[str]) -> bool:
    """Whether the text describes a speaker (in a quotation's description or a title it gives them) by a role
    none of whose words is the asked role's ("an analyst at Cole Securities" for the firm's chief): a pronoun or
    no description says nothing against them."""
    head = role_words(description)[0] if description else ""
    if not head or not is_role_phrase(head):
        return False
    low = description.lower()
    return not any(re.search(rf"\b{re.escape(c)}\b", low) for c in cues)


# What a description says when it reports words: "analysts said", "a spokesman for the DTI told", "Ministers say",
# "economists point out", or after the verb: "said one analyst", "according to a source close to the firm".
# ... and as the object of a report of a report: "The FT quoted a spokesman for the fund complaining that …"
_REPORTING = "(?:" + alternation("describe", space=r"\s+") + "|quoted|quotes|quoting)"
_BETWEEN = r"(?:\s+(?:have|has|had|also|then|later|now|however|were|are|was|is|would|will|had\s+been))*"
_HEAD_COMPLEMENT = r"(?:\s+(?:for|at|of|from|with|in|close\s+to)\s+(?:the\s+)?[\w'’&.-]+(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&.-]*)*)?"


def head_pattern(head: str) -> str:
    """The forms of a description's head noun a text uses: "analysts" is "analyst" or "analysts", and any
    "spokes-" word ("spokesman", "spokeswoman", "spokespeople") stands for a spokesman."""
    low = head.lower()
    if low.startswith("spokes"):
        return r"spokes\w*"
    stem = low[:-2] if low.endswith("es") and low[:-2].endswith(("ss", "sh", "ch", "x")) else low.rstrip("s")
    return rf"{re.escape(stem)}(?:s|es)?"


def reporting_description(sentence: str, head: str) -> bool:
    """Whether the sentence, outside its quotation marks, has the description's head as who reports: right before
    a reporting verb ("analysts said", "A spokeswoman for the DTI has said", "Economists point out") or after one
    ("…, said one analyst", "according to a senior official"). A head elsewhere ("a meeting of officials") is not
    who speaks, nor one after "that" ("He said that police should …" reports him, not the police)."""
    said = unquoted(sentence)
    word = head_pattern(head)
    before = re.compile(rf"\b{word}{_HEAD_COMPLEMENT}{_BETWEEN}\s+{_REPORTING}\b", re.IGNORECASE)
    after = re.compile(rf"\b(?:{_REPORTING}|according\s+to)\s+(?:(?:an?|the|one|some|two|three|several|other|its|their)\s+)?"
                       rf"(?:(?!(?:that|whether|if|how|why)\b)[\w'’-]+\s+){{0,3}}?{word}\b", re.IGNORECASE)
    return before.search(said) is not None or after.search(said) is not None


PASSAGES_DESCRIBED = 25


_POSSESSOR = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<rest>\S.*)$")


def spoken_for(phrase: str) -> str | None:
    """Whom a possessive description of a spokesman, an aide or a source speaks for ("Duncan Bannatyne's
    spokesman" -> "Duncan Bannatyne"), or ``None``: the words of someone's spokesman are never that person's."""
    m = _POSSESSOR.match(phrase.strip())
    if not m or not (head := role_words(m.group("rest"))[0]) or head.lower() not in GENERIC_ROLES:
        return None
    return _strip_article(m.group("owner"))


def _strip_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)


def described_reports(snap: Snapshot, phrase: str, topic: str | None, limit: int = PASSAGES_DESCRIBED) -> list[AnswerItem]:
    """Sentences in which the description reports words ("But analysts said the respite was likely to be only
    temporary", "A spokesman said the department did not believe …"), found by the description's head and
    modifiers, on the topic: in their own words or in what sets them up (the paragraph before them, whose subject
    a report answers: "It rallied briefly on Monday …" before the analysts' view). Shown with the description
    and no name: not a quotation, and nobody named."""
    head, modifiers = role_words(phrase, capitals=True)
    if not head:
        return []
    mods = modifier_forms(snap, modifiers)
    concepts = _topic_concepts(snap, topic)
    if concepts is None:
        return []
    found = set(analyse(head)) | {t for m in mods for form in m for t in form}
    searched = (found, found | {t for c in concepts for t in c.all_terms()}) if concepts else (found,)
    seen: set[tuple[str, int]] = set()
    out: list[AnswerItem] = []
    for terms in searched:
        for rec in snap.passages(terms, limit=limit):
            if (rec.source_id, rec.start) in seen:
                continue
            seen.add((rec.source_id, rec.start))
            doc = snap.document(rec.source_id)
            if doc is None:
                continue
            text, paragraphs = doc
            for sp in split_sentences(rec.text):
                sentence = rec.text[sp.start:sp.end]
                if not reporting_description(sentence, head):
                    continue
                start = rec.start + sp.start
                before = sentence_before(text, start)
                para = next((p for p in paragraphs if p.start <= start < p.end), None)
                if not describes(snap, mods, sentence, before, head, phrase, rec.source_id,
                                 previous_paragraphs(text, paragraphs, start),
                                 text[para.start:start] if para is not None else ""):
                    continue
                if concepts:
                    set_up = set_up_before(text, paragraphs, start)
                    score = layered_coverage(concepts, (set(analyse(sentence)), set(analyse(set_up)),
                                                        set(analyse(snap.meta(rec.source_id).title or ""))),
                                             (1.0, 0.8, 0.5))
                    if score < ON_TOPIC:
                        continue
                else:
                    score = 1.0
                out.append(item(snap, rec.source_id, rec.paragraph, start, rec.start + sp.end, sentence, sentence,
                                score + min(rec.score, 20) / 400, speaker_description=phrase.strip()))
    out.sort(key=lambda it: -it.score)
    return merge_same(out)[:MAX_ANSWERS]


def describes(snap: Snapshot, mods: list, sentence: str, before: str, head: str, phrase: str, source_id: str,
              set_up: str = "", paragraph: str = "") -> bool:
    """Whether the description in the sentence is the phrase's: most of the phrase's other words ("DTI", "US",
    "Delta") in the description itself when it says whom it speaks for ("Lib Dem spokesman Ed Davey" is no
    Labour spokesman), else in the sentence and the one before it, which a bare "a spokesman" points back to
    ("However, the DTI has dismissed the proposal. A spokesman said …"), and in its ``paragraph`` so far and the
    headline; a possessive one ("the firm's spokesman") in the headline too."""
    if not mods:
        return True
    said = unquoted(sentence)
    own = own_description(said, head.lower()[:6])
    if own:
        return any(share_of(mods, description_terms(snap, p)) >= DESCRIBED_SHARE for p in own)
    context = f"{said} \n {unquoted(before)}"
    if paragraph:
        # "A spokesman for the firm said …" names nobody it speaks for: the body its paragraph so far and the
        # headline are about, as for a bare description's quotation (``roles.attribution_context``)
        context += f" \n {unquoted(paragraph)} \n {snap.meta(source_id).title or ''}"
    if re.search(r"['’]s?\s", phrase):
        context += " \n " + (snap.meta(source_id).title or "")
        if set_up and re.search(rf"\b(?:his|her|their|its)\s+(?:[\w'’-]+\s+){{0,2}}?{head_pattern(head)}\b", said,
                                re.IGNORECASE):
            # "His spokesman said …": whose spokesman is whom the story last named, in this paragraph or the one before
            context += " \n " + unquoted(set_up)
    return share_of(mods, description_terms(snap, context)) >= DESCRIBED_SHARE



_TOLD_ASKED = re.compile(r"\b(?:tell|tells|told|telling)\b", re.IGNORECASE)
_ASKS_SPEECH = re.compile(r"\b(?:say|says|said|saying|tell|tells|told|telling)\b", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”]")


# a report that says no words were given: "declined to comment", "did not respond", "was not available for comment"
_NO_WORDS = re.compile(r"\b(?:declined|refused|did\s+not|didn['’]t|would\s+not|wouldn['’]t|could\s+not|"
                       r"(?:was|were)\s+not\s+available)\s+(?:to\s+|for\s+)?(?:comment|say|speak|respond|reply)\b"
                       # ("refused to comment on the reports, but said any results …": words said after all, by the
                       # same subject; "…, but police said …" is another's)
                       r"(?![^.;]*\bbut\s+(?:also\s+)?(?:said|added|confirmed|insisted|stressed|told)\b)",
                       re.IGNORECASE)


_REPORTED_THAT = re.compile(r"\breported\s+that\b", re.IGNORECASE)


def _reported_of(said: str, speaker: str) -> bool:
    """Whether the asked body is named only in what someone else "reported that …" ("The Pellin Times reported that
    Vell Bank had asked him to leave"): the report is the paper's, about the bank. Only that verb: in "…, said Nokia"
    the name after "said" is who said it."""
    return only_after_the_verb(said, speaker, _REPORTED_THAT)


def only_after_the_verb(sentence: str, speaker: str, verbs: re.Pattern[str] | None = None) -> bool:
    """Whether the asked speaker is named only after the sentence's reporting verb ("A UKIP spokesman said Mr Betts-
    Green … attended a BNP meeting", asked what the BNP told reporters): then someone else reports, and it is about
    them. ``False`` when the sentence reports with no verb this reads (``verbs``, when given: those only) or names
    them before it."""
    said = unquoted(sentence)
    verb = verbs.search(said) if verbs is not None else _REPORTED.search(said) or _REPORTS_TOO.search(said)
    if verb is None:
        return False
    wanted = {t for t in analyse(speaker) if t not in STOPWORDS}
    return bool(wanted) and not wanted & set(analyse(said[: verb.start()])) and bool(wanted & set(analyse(said)))


def reports_speech(sentence: str) -> bool:
    """Whether a sentence reports words said or written: a quotation, or a reporting verb outside quotation
    marks ("… told Newsnight there was a danger …"). What else it says of a person is not what they said."""
    said = unquoted(sentence)
    return bool(_QUOTE_MARK.search(sentence)) or _REPORTED.search(said) is not None \
        or _REPORTS_TOO.search(said) is not None or blames(said)


_REPORTS_TOO = re.compile(r"\b(?:writes|wrote|claims|announced|stated|states|suggested|suggests|according\s+to|"
                          r"described|describes|called\s+for|urged|accused|questioned|predicted|"
                          r"in\s+a\s+(?:joint\s+)?statement)\b", re.IGNORECASE)
# "The FER blames this on a 2004 law": the subject's view; never "Manhunt was (widely) blamed by the parents", "was not
# blamed", whose subject said nothing
_BLAMES = re.compile(r"\bblame[sd]\b(?!\s+by\b)", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|not)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def blames(said: str) -> bool:
    """Whether the text outside quotation marks has its subject blame something (``_BLAMES``), not a passive."""
    return any(not _PASSIVE_BEFORE.search(said, 0, m.start()) for m in _BLAMES.finditer(said))


def described_in(modifiers: list[tuple[str, ...]], sentence: str, abbreviations: tuple[str, ...] = ()) -> bool:
    """Most of a description's other words ("Leeds", "regulator") are in the sentence that reports it; one of
    the question's abbreviations ("DTI") counts where the sentence spells out the name it stands for."""
    if not modifiers:
        return True
    here = set(analyse(sentence))
    spelled = {tuple(analyse(a)) for a in abbreviations if abbreviates(a, sentence)}
    return sum(all(t in here for t in m) or m in spelled for m in modifiers) / len(modifiers) >= DESCRIBED_SHARE


def _unquoted_before(snap: Snapshot, s: Sentence) -> str:
    """The sentence before ``s`` in its document, its quoted words left out: whom a bare description points to."""
    doc = snap.document(s.source_id)
    return unquoted(sentence_before(doc[0], s.start)) if doc else ""


def _described(snap: Snapshot, pq: ParsedQuestion, speaker_text: str, topic: str | None) -> Answer | None:
    """The words of unnamed speakers the text describes as the question does, shown with their
    description and no name (``speaker`` stays null); ``None`` when there are none on the topic."""
    quotes = described_quotations(snap, speaker_text)
    ranked = rank_quotes(snap, quotes, topic)
    if not ranked:
        # the words an attributing sentence gives to the description ("The rapper's spokesman said …")
        said = quotations_said_by_description(snap, speaker_text)
        ranked = rank_quotes(snap, said, topic)
        quotes = quotes or said
    if not ranked and topic and has_modifier(speaker_text):
        ranked = in_story_on_topic(snap, quotes, topic)
    if ranked and topic:
        ranked = [(q, score) for q, score in ranked if not _another_of_the_kind(_sentence_text(snap, q), topic)]
    return _without_names(snap, pq, ranked) if ranked else None


def _another_of_the_kind(sentence: str, topic: str) -> bool:
    """Whether the sentence names, instead of the asked one, another of its kind: "Analysts expect rival Corra Bank to
    report a fall" for "what do analysts expect for Vell Bank" (the topic's name is not in it, "Corra Bank" is); a style
    before a surname ("Ms Hassan" of "margaret hassan") is the same one."""
    words = re.findall(r"[\w'’-]+", topic)
    if len(words) < 2:
        return False
    head = words[-1].lower()
    named = {re.sub(r"['’]s?$", "", w.lower()) for w in words[:-1]} - STOPWORDS
    others = [m for m in re.finditer(rf"\b([A-Z][\w'’-]+)\s+{re.escape(head)}\b", sentence, re.IGNORECASE)
              if m.group(1)[:1].isupper() and m.group(1).lower() not in named and m.group(1).lower() not in STOPWORDS
              and m.group(1).lower().rstrip(".") not in ADDRESS_WORDS]
    return bool(others) and bool(named) and not any(re.search(rf"\b{re.escape(w)}", sentence, re.IGNORECASE)
                                                    for w in named)


def has_modifier(phrase: str) -> bool:
    """Whether a description says whom it speaks for or belongs to ("a Rosneft spokesman", "the prime minister's
    spokesman"), not just what it is ("a spokesman", "analysts"): only such a description is rare enough that its
    story, not only its words, may say what the words were about."""
    return bool(role_words(phrase, capitals=True)[1])


STORY_CREDIT = 0.3


def by_role(snap: Snapshot, asked: str | None) -> bool:
    """Whether the question picks its speaker by a role the text gives them ("the national gallery's director"),
    not by name and not by a body's own name ("the Scottish Executive", which the text writes capitalised and
    which a chief executive elsewhere does not hold): one who asks by role has read the story that gives it."""
    if not asked or A_WORK.search(asked):
        return False  # "the committee's report" is a text, which says what it says in its own words
    return is_role_phrase(asked) and not typed_name(snap, asked) and not written_as_name(snap, asked)


A_WORK = re.compile(rf"\b{_WORK}\W*$", re.IGNORECASE)


def written_as_name(snap: Snapshot, phrase: str) -> bool:
    """Whether the sources write the phrase, without its article, as a capitalised name ("the scottish executive"
    -> "Scottish Executive"): a body's name, or a title the text capitalises, not only a role in lower case."""
    return bool(names_written(snap, phrase))


NAME_REACH = 60  # characters either side of a capitalised title in which its holder's name stands


def name_after_role(snap: Snapshot, phrase: str) -> str | None:
    """The full name a role phrase ends with, typed in any case ("the referee nigel williams", "Tory leader michael
    howard"): the last two or three words, opened by a given name, when a role word stands before them and the
    sources quote a person of exactly that name; else ``None`` ("the head of the commission for racial equality"
    ends in a body's words, not a person's name)."""
    words = phrase.split()
    for k in (3, 2):
        # the role word right before the name ("the referee nigel williams"): never "a spokesman for Sara Quill",
        # whose words are the spokesman's, nor "an aide to …"
        if len(words) <= k or words[-k - 1].lower().strip(",") not in ROLE_WORDS:
            continue
        tail = words[-k:]
        if any(w.lower() in ROLE_WORDS or w.lower() in STOPWORDS for w in tail):
            continue
        wanted = " ".join(tail).lower()
        if is_given_name(tail[0]) and any(p.kind == "person" and p.name.lower() == wanted
                                          for p in speakers_for(snap, " ".join(tail))):
            return " ".join(tail)
    return None


def body_name(snap: Snapshot, phrase: str) -> bool:
    """Whether a phrase that reads like a group ("norvane motors": ending in "s") is a body's name: the sources write it
    capitalised ("Norvane Motors") and never with its last word in small letters ("San Francisco police" is the
    city's police, a description, though "San Francisco Police Department" is a name); never a plural of people
    ("kelby farmers", though a headline writes "Kelby Farmers Angry")."""
    words = _strip_article(phrase).split()
    if not words or _plural_of_people(words[-1].lower()):
        return False
    head_lower = re.compile(r"\b" + r"\s+".join([*(re.escape(w[:1].upper() + w[1:].lower()) for w in words[:-1]),
                                                 re.escape(words[-1].lower())]) + r"\b")
    found = _name_passages(snap, phrase)
    return bool(_written_as_names(phrase, found)) and not any(head_lower.search(rec.text) for rec in found)


def names_written(snap: Snapshot, phrase: str) -> list[str]:
    """The stretches of text around each place the sources write the phrase as a capitalised name, without its
    article ("Scottish Executive"): whoever the text names there may hold it as a title; [] when it is never
    written so, or also written in lower case (a post, "the health secretary", not a body's name)."""
    return _written_as_names(phrase, _name_passages(snap, phrase))


def _name_passages(snap: Snapshot, phrase: str) -> list[Record]:
    """The passages :func:`names_written` and :func:`body_name` read a phrase's written forms in."""
    return snap.passages(set(analyse(phrase)), limit=10)


def _written_as_names(phrase: str, found: list[Record]) -> list[str]:
    words = _strip_article(phrase).split()
    if len(words) < 2 or any("'" in w or "’" in w for w in words):
        return []
    pattern = re.compile(r"\b" + r"\s+".join(re.escape(w[:1].upper() + w[1:].lower()) for w in words) + r"\b")
    lower = re.compile(r"\b" + r"\s+".join(re.escape(w.lower()) for w in words) + r"\b")
    if any(lower.search(rec.text) for rec in found):
        return []  # "John Warrick, the health secretary": a post the text also writes in lower case, not a name
    return [rec.text[max(0, m.start() - NAME_REACH):m.end() + NAME_REACH]
            for rec in found for m in pattern.finditer(rec.text)]


def in_story_on_topic(snap: Snapshot, quotes: list[Quotation], topic: str) -> list[tuple[Quotation, float]]:
    """The quotations of a described speaker whose story is on the topic when none is in its own words: every
    word of the topic in the story, and some in the headline, the lead or what sets the words up ("what did a
    Rosneft spokesman say about the Yukos deal": the spokesman's words on the purchase, in a story headlined on
    Yukos, name neither). A reply sits in the story it answers; a description with whom it speaks for names one
    speaker, so the story decides what the words are about."""
    concepts = _topic_concepts(snap, topic)
    if not concepts:
        return []
    solid = [c for c in concepts if not is_shell(c)] or concepts
    scored: list[tuple[Quotation, float]] = []
    for q in quotes:
        story = set(snap.document_terms(q.source_id))
        if not all(c.matched_by(story) for c in solid):
            continue
        framing = set(analyse(f"{_set_up_text(snap, q)}\n\n{snap.meta(q.source_id).title or ''}\n\n"
                              f"{story_lead(snap, q.source_id)}\n\n{_sentence_text(snap, q)}"))
        if not any(c.matched_by(framing) for c in solid):
            continue
        scored.append((q, layered_coverage(concepts, (set(analyse(q.text)), framing, story), (1.0, 0.5, STORY_CREDIT))))
    scored.sort(key=lambda qs: (-round(qs[1] * fragment_weight(qs[0].text), 3), -min(len(qs[0].text.split()), 12)))
    return scored


def _without_names(snap: Snapshot, pq: ParsedQuestion, ranked: list[tuple[Quotation, float]]) -> Answer:
    """Ranked quotations shown with the description the text gives and no name (``speaker`` null)."""
    items = [it.model_copy(update={"speaker": None}) for it in
             _join_same_sentence([quote_item(snap, q, score) for q, score in ranked])]
    return Answer(question=pq.text, intent=Intent.quote, answers=tuple(merge_same(items)[:MAX_ANSWERS]))


def _titled(snap: Snapshot, pq: ParsedQuestion, speaker_text: str, topic: str | None,
            sources: frozenset[str]) -> Answer | None:
    """In the sources that name the role's holder ("The Bishop of Durham, the Rt Rev Tom Wright,"), the
    quotations whose sentence gives them to the bare role ("the Bishop said: …"), on the topic; shown with
    that description and no name: the extractor did not tie them to the person, so neither does the answer."""
    ranked = rank_quotes(snap, quotations_said_by_description(snap, speaker_text, within=sources), topic)
    return _without_names(snap, pq, ranked) if ranked else None


def speakers_for(snap: Snapshot, speaker_text: str) -> list[Speaker]:
    """Who the question means: the holders the collection gives for a role phrase, else the
    registry's best match for a name (or a title it knows)."""
    if is_role_phrase(speaker_text):
        holders = role_holders(snap, speaker_text)
        if holders:
            return holders
    # "the bank", "the club": a common noun after an article, typed in lower case, names only a speaker called
    # by that very word ("the union" is not "Unison", "the bank" not "Mike Banks")
    exact = is_role_phrase(speaker_text) and speaker_text == speaker_text.lower()
    found = [p for p in snap.registry.match(speaker_text, limit=3)
             if name_fits(speaker_text, p, exact=exact) and same_rank(speaker_text, p)]
    if not found and (name := trailing_name(speaker_text)):
        # "defence analyst Ivan Sokolov", "Chancellor Ann Lee": the name the description leads to
        found = [p for p in snap.registry.match(name, limit=3) if name_fits(name, p)]
    if not found and (name := described_name(snap, speaker_text)):
        # "the stuff editor oliver irish", "Captain Ian Farquhar": a description or title typed before a name the
        # registry knows word for word, in whatever case it was typed
        found = [p for p in snap.registry.match(name, limit=3) if exact_name(name, p)]
    if not found and (bare := without_honorifics(speaker_text)) != speaker_text.strip():
        # "Sir Howard Newby", "Dr Jo Pike": the registry keeps the name without the style the text gives it
        found = [p for p in snap.registry.match(bare, limit=3) if name_fits(bare, p)]
        if " " not in bare and len(found) > 1:
            found = []  # "dr hale" where the sources quote Tom and Ann Hale: the style does not say which
    if not found:
        # "Owen Tallis" for "Reverend Owen Tallis": the registry keeps a style that names nobody in the name
        found = styled_as(snap, speaker_text)
    if not found and (titled := titled_surname(speaker_text)) is not None:
        # "Judge Sentelle", "chancellor brown": a title before a bare surname means whoever of that surname the
        # text gives that title, and only one such person
        role, name = titled
        found = [p for p in snap.registry.match(name, limit=5) if name_fits(name, p, exact=True) and holds_title(role, p)]
        found = found if len(found) == 1 else []
    if not found:
        # "symantec's kevin hogan", "Arsenal's Thierry Henry": the person named after whom they work for
        found = possessed_name(snap, speaker_text)
    if not found:
        # "the world tourism organisation": a body the sources quote by its abbreviation ("…," the WTO said)
        found = abbreviated_speakers(snap, speaker_text)
    if not found:
        return []
    # a bare name that is a whole word of several quoted people's names ("Brown") means any of them
    word = fold_name(speaker_text)
    same = [p for p in found if p.quotation_count > 0 and " " not in word and word in name_words(p)]
    if len(same) < 2 and " " not in word and not any(word in name_words(p) for p in found):
        same = misspelt_namesakes(snap, word)
    return same if len(same) > 1 else found[:1]


_NAME_LINK_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "&"})


def spelled_out_in(snap: Snapshot, quotes: list[Quotation], speaker: Speaker, asked: str) -> list[Quotation]:
    """A body quoted by its abbreviation ("WTO") and asked for by a name in full ("the world tourism organisation"):
    only its words from sources that spell that name out, when some do; the same letters may stand for another
    body in another story, and its words are not the one asked for."""
    spelled = fold_name(_strip_article(asked))
    if not speaker.name.isupper() or len(spelled.split()) < 2 or spelled == speaker.name.lower():
        return quotes
    kept = [q for q in quotes if (doc := snap.document(q.source_id)) and spelled in fold_name(doc[0])]
    return kept or quotes


def abbreviated_speakers(snap: Snapshot, asked: str) -> list[Speaker]:
    """The speakers quoted under an abbreviation of the name asked in full ("the world tourism organisation" ->
    "WTO"), only where a source of their words spells that name out ("World Tourism Organisation figures show
    …"): the same letters may stand for another body elsewhere (a trade organisation)."""
    name = _strip_article(asked)
    words = name.split()
    if len(words) < 2:
        return []
    titled = " ".join(w.lower() if w.lower() in _NAME_LINK_WORDS else w[:1].upper() + w[1:] for w in words)
    spelled = fold_name(name)
    out: list[Speaker] = []
    for short in sorted(initialisms(titled)):
        if len(short) < 2:
            continue
        for p in snap.registry.match(short.upper(), limit=3):
            if p in out or not p.name.isupper() or p.name.lower() != short:
                continue
            sources = {q.source_id for q in snap.quotations_of(p.id)}
            if any((doc := snap.document(sid)) and spelled in fold_name(doc[0]) for sid in sources):
                out.append(p)
    return out


def possessed_name(snap: Snapshot, phrase: str) -> list[Speaker]:
    """The person a possessive names after whom they belong to ("symantec's kevin hogan" -> Kevin Hogan), when
    every word after the possessive is a word of that quoted person's name (at least two: "the club's Smith" could
    be anyone) and a source quoting them names the owner in a sentence that names them ("Kevin Hogan, senior
    manager in Symantec's security response group"): another firm named elsewhere in the story is not theirs.
    Never a spokesman or an aide ("Hale's spokesman" is not Hale): those rest on no name."""
    m = _POSSESSOR.match(phrase.strip())
    if not m:
        return []
    owner, name = _strip_article(m.group("owner")), m.group("rest").strip()
    words = re.findall(r"[a-z0-9-]+", fold_name(name))
    if len(words) < 2 or any(w in ROLE_WORDS or w in STOPWORDS for w in words):
        return []
    owned = fold_name(owner)
    out: list[Speaker] = []
    for p in snap.registry.match(name, limit=3):
        if p.kind != "person" or not set(words) <= name_words(p):
            continue
        named = _name_pattern(p)
        for sid in {q.source_id for q in snap.quotations_of(p.id)}:
            doc = snap.document(sid)
            if doc and owned in fold_name(doc[0]) and any(
                    named.search(sentence) and owned in fold_name(sentence)
                    for sp in split_sentences(doc[0]) if (sentence := doc[0][sp.start:sp.end])):
                out.append(p)
                break
    return out[:1]


_UNGENDERED_STYLES = frozenset({"dr", "prof", "professor"})


def without_honorifics(name: str) -> str:
    """A name without the honorifics and ranks that open it ("Sir Howard Newby" -> "Howard Newby", "dr jo pike" ->
    "jo pike"); a name of one word after them is kept whole ("Lord Woolf": the style is how he is known)."""
    words = name.strip().split()
    i = 0
    while i < len(words) - 2 and words[i].lower().rstrip(".") in ADDRESS_WORDS:
        i += 1
    if i == len(words) - 2 and words[i].lower().rstrip(".") in _UNGENDERED_STYLES:
        # "prof adjei", "dr ferreira": a surname, however the sources style the person ("mr hale" says a man, which
        # the registry cannot check: Mrs Ann Hale's words are not her husband's)
        i += 1
    return " ".join(words[i:])


# Styles that open a person's name and name nobody, in full or cut short ("the Reverend Ian Hale", "the Very Rev Dr
# Ian Hale", "the Rt Hon Ian Hale"): not part of the name an answer shows. Only these openers, never a word that may
# begin a name of its own ("St John Ambulance", "Hon Hai Precision", "Right Said Fred", "Miss Saigon"): "very" and
# "right"/"rt" only before a clerical or honourable style. A style a person is known by ("Lord Woolf", "Sir Ian Hale")
# stays, as the gold conventions keep it for the name's aliases.
_STYLE_OPENERS = frozenset({"reverend", "rev", "venerable"})
_STYLE_LEADS = {"very": frozenset({"rev", "reverend"}),
                "right": frozenset({"rev", "reverend", "hon", "honourable", "honorable"}),
                "rt": frozenset({"rev", "reverend", "hon", "honourable", "honorable"})}
_STYLE_AFTER = frozenset({"rev", "reverend", "dr", "canon", "hon", "honourable", "honorable"})


def _style_words(words: list[str]) -> int:
    """How many of ``words`` open the name as a style that names nobody (0 when it does not open with one)."""
    low = [w.lower().rstrip(".") for w in words]
    if not low:
        return 0
    if low[0] in _STYLE_OPENERS:
        i = 1
    elif low[0] in _STYLE_LEADS and len(low) > 1 and low[1] in _STYLE_LEADS[low[0]]:
        i = 2
    else:
        return 0
    while i < len(low) and low[i] in _STYLE_AFTER:
        i += 1
    return i


def shown_name(name: str | None) -> str | None:
    """The name an answer shows for a speaker: without the style that opens it and names nobody ("Reverend Ian Hale"
    -> "Ian Hale"), so the name is the person's, however the text styled them; kept whole when fewer than two words
    would be left ("Reverend Hale" names him by the style)."""
    if not name:
        return name
    words = name.split()
    i = _style_words(words)
    return name if len(words) - i < 2 else " ".join(words[i:])


def styled_as(snap: Snapshot, text: str) -> list[Speaker]:
    """The people whose name, without the styles that open it and name nobody, is the full name typed ("owen
    tallis" for "Reverend Owen Tallis"), found by its surname: a name of two words or more, word for word."""
    asked = fold_name(text)
    if len(asked.split()) < 2:
        return []
    return [p for p in snap.registry.match(asked.split()[-1], limit=10)
            if p.name != shown_name(p.name) and fold_name(shown_name(p.name) or "") == asked]


def titled_surname(text: str) -> tuple[list[str], str] | None:
    """(role words, surname) of a title typed before one bare name ("Judge Sentelle" -> (["judge"], "sentelle"),
    "the chancellor brown"); ``None`` for anything else (a full name, a role alone, "the club's coach Lee")."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", text)]
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) < 2 or words[-1] in ROLE_WORDS or words[-1] in TITLE_MODIFIERS or words[-1] in STOPWORDS:
        return None
    role = words[:-1]
    if not any(w in ROLE_WORDS for w in role) or not all(w in ROLE_WORDS or w in TITLE_MODIFIERS for w in role):
        return None
    return role, words[-1]


def holds_title(role: list[str], speaker: Speaker) -> bool:
    """Whether one of the titles the text gives this speaker is the role asked: it holds every role word asked
    ("judge" in "retired judge", "chancellor" in "chancellor of the exchequer"), its head is one of them and its
    rank is the same. A title that only mentions the role is another person's office ("an aide to the president"
    is no president), and a lesser rank another office ("shadow chancellor" is no chancellor)."""
    return any(set(role) <= set(re.findall(r"[a-z0-9-]+", fold_name(title)))
               and role_words(title)[0].lower() in role and lesser_ranks(title) == lesser_ranks(" ".join(role))
               for title in speaker.titles)


NAMESAKE_RATIO = 85


def misspelt_namesakes(snap: Snapshot, word: str) -> list[Speaker]:
    """The quoted people one misspelt bare name could mean ("Caipbell": every quoted Campbell; "Davise":
    Davis and Davies): a typo picks no one among several namesakes, any more than the name typed right does."""
    out = []
    for p in snap.registry.match(word, limit=10):
        if p.quotation_count > 0 and any(k.startswith(word) or (min(len(word), len(k)) >= 5 and
                                                               fuzz.ratio(word, k) >= NAMESAKE_RATIO)
                                         for k in name_words(p)):
            out.append(p)
    return out


def typed_name(snap: Snapshot, text: str) -> bool:
    """Whether a phrase that reads like a group ("tim dams": lower case, ending in "s") is a person's name typed
    in lower case: the registry knows a person whose name has every word of it (and at least two), each as written
    or with a one-letter slip."""
    words = re.findall(r"[a-z0-9-]+", fold_name(text))
    if len(words) == 1 and words[0] not in _GROUP_WORDS and len(words[0]) >= SURNAME_ALONE:
        # "monfils", "monfills": one word, a quoted person's surname as written or with a slip, is that person (a
        # plural of people, "analysts" or "residents", never is, whatever someone is called); not a word the sources
        # write in small letters ("hunters", "banks", "miners": a group, though Kate Hunter or Tony Banks is quoted),
        # nor a plural "-s" added to a surname
        word = words[0]
        fits = any(p.kind == "person" and p.quotation_count > 0 and _surname_alone(word, fold_name(surname(p.name)))
                   for p in snap.registry.match(text, limit=3))
        # (the passages are read only for a word that fits someone: most single words asked about fit nobody)
        return fits and not written_in_small_letters(snap, word)
    # (a double-barrelled surname is two words: "lewis-francis" ends in "s" like a group, but names one person)
    if len(re.findall(r"[a-z0-9]+", " ".join(words))) < 2 or not words or words[0] in STOPWORDS:
        return False
    return any(p.kind == "person" and all(_word_of_name(w, name_words(p)) for w in words)
               for p in snap.registry.match(text, limit=3)) \
        or any(p.kind == "person" for p in styled_as(snap, text))


def _surname_alone(word: str, last: str) -> bool:
    """A surname typed alone, as written or with one slipped letter ("monfills"), never with a plural's "-s" added
    ("hunters" for Hunter, "rebels" for Rebelo)."""
    return _word_of_name(word, {last}) and not (word.endswith("s") and not last.endswith("s"))


SURNAME_ALONE = 5  # letters a surname typed alone needs to be read as one ("lees" may be a plural as well)
_GROUP_WORDS = SEVERAL_PEOPLE | GENERIC_ROLES | COLLECTIVE_NOUNS


def _word_of_name(word: str, known: set[str] | frozenset[str]) -> bool:
    """A typed word is a word of the name, or a slip of one letter in a word of three letters or more ("wynn" for
    "Wyn", "iuean" for "Ieuan"): "ieuan wynn jones" is a person typed with a slip, not a group ending in "-s"."""
    return word in known or len(word) >= 3 and any(len(k) >= 3 and OSA.distance(word, k) <= 1 for k in known)


_TRAILING_NAME = re.compile(r"(?:^|\s)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})$")


_NOT_APPOSITION = re.compile(r"\b(?:of|for|to|with|at|by|from|on|behind|against|and|or)\b|['’]s?\s", re.IGNORECASE)


def trailing_name(text: str) -> str | None:
    """The full name a description ends with ("defence analyst Ivan Sokolov" -> "Ivan Sokolov"), when
    words come before it; ``None`` for a bare name or a phrase that ends in no name of two words or more."""
    m = _TRAILING_NAME.search(text.strip())
    if not m or m.start("name") == 0:
        return None
    if _NOT_APPOSITION.search(text.strip()[:m.start("name")]):
        return None  # "the wife of Tom Hale", "a spokesman for Ann Lee": someone else, never the name's words
    words = m.group("name").split()
    while words and (words[0].lower() in ROLE_WORDS or words[0].lower() in TITLE_MODIFIERS):
        words = words[1:]  # "Chancellor Ann Lee": the title is not part of the name
    return " ".join(words) if len(words) >= 2 else None


def exact_name(name: str, speaker: Speaker) -> bool:
    """Whether every word of ``name`` (two at least) is a word of this person's name or aliases."""
    words = re.findall(r"[a-z0-9-]+", fold_name(name))
    return len(words) >= 2 and speaker.kind == "person" and set(words) <= name_words(speaker)


def described_name(snap: Snapshot, text: str) -> str | None:
    """The name a description ends with, found by the registry rather than by capitals ("the stuff editor oliver
    irish" -> "oliver irish", "Captain Ian Farquhar" -> "Ian Farquhar"): the longest run of two or more last words
    that is a quoted person's name word for word, after words that are no link to another person ("a spokesman
    for ann lee", "tom hale's wife" name someone else: ``None``)."""
    words = text.strip().split()
    for i in range(1, len(words) - 1):
        before, name = " ".join(words[:i]), " ".join(words[i:])
        if _NOT_APPOSITION.search(before + " "):
            return None
        if any(exact_name(name, p) and p.quotation_count > 0 for p in snap.registry.match(name, limit=3)):
            return name
    return None


def fold_name(text: str) -> str:
    """Lower-case, accents and a possessive off, outer space trimmed: how names are compared."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"['’]s?\b", "", text).strip(" ?.!,")


def name_words(speaker: Speaker) -> set[str]:
    return {w for n in (speaker.name, *speaker.aliases) for w in re.findall(r"[a-z0-9-]+", fold_name(n))}


def same_rank(query: str, speaker: Speaker) -> bool:
    """Whether a speaker the registry found for a question of titles only ("the chancellor") holds that rank in some
    title the text gives them: a shadow chancellor, a deputy leader or a vice-president is not the chancellor, the
    leader or the president (as ``roles.other_rank`` reads a role in the text). A question naming someone is the
    name's to decide."""
    if not speaker.titles or any(w not in STOPWORDS and w not in ROLE_WORDS and w not in TITLE_MODIFIERS
                                 for w in re.findall(r"[a-z0-9-]+", fold_name(query))):
        return True
    asked = lesser_ranks(query)
    return any(lesser_ranks(title) == asked for title in speaker.titles)


def name_fits(query: str, speaker: Speaker, exact: bool = False) -> bool:
    """Whether a name the registry matched is plausibly the one asked for: some word of the query
    (titles and function words aside) is a word of the speaker's name, begins one ("Laport"; "Janet"
    does not begin "Jane"), or is a typo of one ("Medvedv"); a different first name ("Michelle" for "Michael")
    is not. A query of titles only ("the Chancellor") is the registry's to judge."""
    words = [w for w in re.findall(r"[a-z0-9-]+", fold_name(query))
             if w not in STOPWORDS and w not in ROLE_WORDS and w not in TITLE_MODIFIERS and len(w) > 1]
    if not words:
        return True
    known = name_words(speaker)
    if exact:
        return any(w in known for w in words)
    for w in words:
        for k in known:
            if w == k or (len(w) >= 4 and k.startswith(w)):
                return True
            if min(len(w), len(k)) >= 5 and (fuzz.ratio(w, k) >= 85 or OSA.distance(w, k) <= 1):
                return True  # ("conlan" for "Conlon": one letter wrong in six is a slip, not another name)
    return False


def _words_of(snap: Snapshot, pq: ParsedQuestion, speaker: Speaker, topic: str | None) -> Answer:
    said = _words_of_named(snap, pq, speaker, topic)
    if said.answers or not (topic or pq.audience) or (titled := _by_their_title(snap, pq, speaker, topic)) is None:
        return said
    return titled


def _by_their_title(snap: Snapshot, pq: ParsedQuestion, speaker: Speaker, topic: str | None) -> Answer | None:
    """When none of the speaker's own quotations answers, the words their stories give to a title only they hold
    ("The prime minister told MPs: …" in a story quoting Tony Blair, whom the sources name prime minister), on the
    topic and, when asked, to the audience; shown with the text's description and no name: the text does not name
    them there."""
    stories = {q.source_id for q in snap.quotations_of(speaker.id)}
    holders: dict[str, list[tuple[Speaker, frozenset[str]]]] = {}
    titled: list[Quotation] = []
    for sid in sorted(stories):
        for q in snap.quotations_in(sid):
            if q.speaker or not q.speaker_description or not is_role_phrase(q.speaker_description):
                continue
            key = q.speaker_description.lower()
            if key not in holders:
                holders[key] = role_holders_in(snap, q.speaker_description, quoted=False)
            # the holder the story itself names in the title, else the one holder the collection names in it (the
            # story quotes them by name elsewhere)
            here = [p for p, sources in holders[key] if sid in sources] or \
                ([] if _another_role_here(snap, sid, speaker, q.speaker_description) else [p for p, _s in holders[key]])
            if len(here) == 1 and here[0].id == speaker.id:
                titled.append(q)
    ranked = rank_quotes(snap, titled, topic)
    if ranked and pq.audience and not is_medium(pq.audience):
        ranked = heard_at(snap, ranked, pq.audience, said_at_event(pq.text))[0]
    return _without_names(snap, pq, ranked) if ranked else None


def _another_role_here(snap: Snapshot, source_id: str, speaker: Speaker, title: str) -> bool:
    """Whether the story describes the speaker by a role other than the title, or the sources never give them
    the title as theirs ("Its leader Alan Corrie said", the only title they write for him): then a sentence of
    another story that names him with it ("who was prime minister from 1990 to 1994") does not make the story's
    "the prime minister" him."""
    head = role_words(title)[0]
    cues = {h.lower() for h in head_synonyms(head)} if head else set()
    if speaker.titles and all(described_otherwise(t, cues) for t in speaker.titles):
        return True
    return any(described_otherwise(q.speaker_description, cues)
               for q in snap.quotations_in(source_id) if q.speaker_id == speaker.id)


def _words_of_named(snap: Snapshot, pq: ParsedQuestion, speaker: Speaker, topic: str | None) -> Answer:
    quotes = spelled_out_in(snap, snap.quotations_of(speaker.id), speaker, pq.speaker or "")
    written = written_words(snap, speaker, topic) if snap.authored(speaker.id) else []
    if written and (WRITTEN.search(pq.text) or is_medium(pq.audience) or not rank_quotes(snap, quotes, topic)):
        # "what did X write": the body of what X wrote answers first, marked as written; X's quotations
        # elsewhere follow
        said = _words_of_quotes(snap, pq.model_copy(update={"audience": None}), speaker, topic, quotes)
        items = merge_same([*written, *(it for it in said.answers if it.speaker)])
        return Answer(question=pq.text, intent=Intent.quote, answers=tuple(items[:MAX_ANSWERS]))
    return _words_of_quotes(snap, pq, speaker, topic, quotes)


def _topic_concepts(snap: Snapshot, topic: str | None) -> list[Concept] | None:
    """The concepts a topic stands for in this index: none asked for is ``[]``; a topic that nothing in the
    index stands for is ``None``, and the caller has no answer (words on a topic nobody wrote about)."""
    if not topic:
        return []
    words = collapse_acronyms(topic_words(topic), snap.acronyms)
    return weigh_head(concepts_for(snap, words), topic_head(topic), leading_verb(topic)) or None


WRITTEN_SENTENCES = 3


def written_words(snap: Snapshot, speaker: Speaker, topic: str | None) -> list[AnswerItem]:
    """Sentences of the sources this speaker wrote (their byline or ``sources.toml`` author): on the topic
    when one is given (covering it as a quotation would), else the opening of each piece. Shown under the
    author's name, marked ``written``: an op-ed or a letter is its author's words."""
    concepts = _topic_concepts(snap, topic)
    if concepts is None:
        return []
    out: list[AnswerItem] = []
    for sid in snap.authored(speaker.id):
        doc = snap.document(sid)
        if not doc:
            continue
        text, paragraphs = doc
        # words the piece quotes from someone else (or from nobody it names) are not the author's
        others = [(q.start, q.end) for q in snap.quotations_in(sid) if q.speaker != speaker.name]
        found: list[AnswerItem] = []
        for p in paragraphs[1:] if len(paragraphs) > 1 else paragraphs:  # the first paragraph is the title
            for span in split_sentences(text, p.start, p.end):
                sentence = text[span.start:span.end]
                if len(sentence.split()) < 6 or any(a < span.end and span.start < b for a, b in others):
                    continue
                score = coverage(concepts, set(analyse(sentence))) if concepts else 1.0 - len(found) / 100
                if score >= ON_TOPIC:
                    found.append(item(snap, sid, p.number, span.start, span.end, sentence, sentence, score,
                                      speaker=speaker.name).model_copy(update={"written": True}))
                if not concepts and len(found) >= WRITTEN_SENTENCES:
                    break
            if not concepts and len(found) >= WRITTEN_SENTENCES:
                break
        out.extend(found)
    out.sort(key=lambda it: -it.score)
    return out[:MAX_ANSWERS]


def _words_of_quotes(snap: Snapshot, pq: ParsedQuestion, speaker: Speaker, topic: str | None,
                     quotes: list[Quotation]) -> Answer:
    credited = len(quotes)
    quotes = direct(snap, quotes, speaker.name)  # words that may be another's are not theirs
    if not quotes:
        # quotations credited to them that the evidence doubts do exist: "no quotations" would be untrue
        message = (f"The sources credit words to {speaker.name}, but none certainly theirs: the text may give "
                   "them to someone else." if credited else f"There are no quotations from {speaker.name} in the sources.")
        # (with no topic, what the sources report them saying at all: "Rupert Aske … said he would be seeking
        # guarantees on jobs" answers "what did Rupert Aske say", as that, under no name)
        # (asked of them alone, the sentences that name them by surname: "Oduya told the club's website that …")
        # (a story on the topic answers with its other reports of them only when no audience is asked, nor what they
        # wrote: what they told reporters or the BBC is what reported_to finds, or nothing)
        related = reported_speech(snap, speaker, topic or surname(speaker.name) or speaker.name,
                                  story=not credited and not pq.audience and not WRITTEN.search(pq.text))
        if pq.audience and (not is_medium(pq.audience) or _TOLD_ASKED.search(pq.text)):
            # "what did X tell reporters": the sentence that reports what they told reporters comes first (and what
            # they told a paper: "what did X tell the daily post", though a post is also something written)
            related = merge_same([*reported_to(snap, speaker, pq.audience, topic), *related])[:MAX_ANSWERS]
        if related:
            message += " What the sources report of them, not their words:"
        return Answer(question=pq.text, intent=Intent.quote, answers=tuple(related), message=message,
                      refused_by="quote.no_direct_words")
    medium = is_medium(pq.audience)
    ranked = rank_quotes(snap, quotes, topic, loose=medium)
    if ranked and WRITTEN.search(pq.text) and not snap.authored(speaker.id):
        # "what did X write …" of someone who wrote none of the sources: only words the text says were written
        ranked = [(q, score) for q, score in ranked if written_cue(snap, q)]
        if not ranked:
            return not_covered(pq.text, Intent.quote, f"{speaker.name} is quoted in the sources, but the sources "
                               "give nothing they wrote" + (f" about “{topic.strip()}”." if topic else "."),
                               gate="quote.nothing_written")
    event = said_at_event(pq.text)
    split = heard_at(snap, ranked, pq.audience, event) if pq.audience and not is_medium(pq.audience) else None
    if topic and split is not None and not split[0] and (story := told_in_story(snap, quotes, topic, pq.audience)):
        # "what did X tell Radio Five about the win": the words the story says X told Radio Five, in a story on
        # the win, answer even where the topic's words are not their own
        ranked, split = story, (story, [])
    if topic and not ranked and by_role(snap, pq.speaker):
        # "what did bmo's deputy chief economist say about the jobs figures": the role was read in his story
        ranked = in_story_on_topic(snap, quotes, topic)
    if topic and not ranked:
        message = f"{speaker.name} is quoted in the sources, but not about “{topic.strip()}”."
        related = reported_speech(snap, speaker, topic, role=pq.speaker if by_role(snap, pq.speaker) else None)
        if related:
            message += " Related passages, not their words:"
        return Answer(question=pq.text, intent=Intent.quote, answers=tuple(related), message=message,
                      refused_by="quote.off_topic")
    message = None
    if pq.audience and is_medium(pq.audience):
        # "what did X write in his column": the column ranks X's words; words written elsewhere still answer
        ranked = by_medium(snap, ranked, pq.audience)
        if _TELLS.search(pq.text):
            # "what did X tell the BBC News website": an outlet told is an audience too; the words whose
            # attribution names it ("…," he told the BBC News website) come first, the others still answer
            first, rest = heard_at(snap, ranked, pq.audience, event)
            ranked = first + rest
    elif pq.audience:
        first, rest = split if split is not None else heard_at(snap, ranked, pq.audience, event)
        ranked, heard = first + rest, bool(first)
        if not heard:
            # "what did X tell the Today programme": words said elsewhere do not answer it
            return not_covered(pq.text, Intent.quote, f"{speaker.name} is quoted in the sources, but not "
                               f"to or at “{pq.audience}”.", gate="quote.not_heard")
    items = _join_same_sentence([quote_item(snap, q, score) for q, score in ranked])
    if is_title_only(speaker.name):
        # "the Bishop": a title, not a name; the words are shown as the description's, under no name
        items = [it.model_copy(update={"speaker": None,
                                       "speaker_description": it.speaker_description or f"the {speaker.name}"})
                 for it in items]
    items = merge_same(items)
    return Answer(question=pq.text, intent=Intent.quote, answers=tuple(items[:MAX_ANSWERS]), message=message)


_TELLS = re.compile(r"\b(?:tell|tells|told|telling)\b", re.IGNORECASE)


def is_title_only(name: str) -> bool:
    """A speaker "name" that is only role words ("Bishop", "Foreign Minister"): it names nobody."""
    words = re.findall(r"[\w'’-]+", name.lower())
    return bool(words) and all(w in ROLE_WORDS or w in TITLE_MODIFIERS for w in words)


_WHERE_TOLD = re.compile(r"\s+(?:at|in|on|during|while|after|before|outside|inside)\s+", re.IGNORECASE)


def recipient_of(audience: str) -> str | None:
    """Who was told, when an audience also says where ("reporters at the G7 meeting in London" -> "reporters"):
    the part before the first preposition of place or time, if it has a content word and a place follows;
    ``None`` for an audience that is one thing ("the BBC News website", "Brussels", "the Bank of England")."""
    for m in _WHERE_TOLD.finditer(audience):
        before = audience[:m.start()]
        words = before.split()
        after = audience[m.end():].split()
        if words and after and words[-1][:1].isupper() and after[0][:1].isupper():
            continue  # "Bank of England", "Friends in Need": inside a name
        return before.strip() if content_terms(before) else None
    return None


def heard_at(snap: Snapshot, ranked: list[tuple[Quotation, float]], audience: str,
             event: bool = False) -> tuple[list[tuple[Quotation, float]], list[tuple[Quotation, float]]]:
    """(the quotations whose attribution names the audience, place or outlet: "told reporters", "in Brussels", "on
    the Today programme"; the others), each in the order given. The audience is looked for around the quotation
    (its paragraph and the one before), never inside the quoted words. With ``event`` (words asked for "at the ceremony", "during the launch"), a story whose text names the event
    reports words said there: news reports one occasion, and names it once."""
    concepts = audience_concepts(snap, audience)
    if not concepts:
        return [], list(ranked)
    # "tell the alliance chief": a role is heard as the person the sources give for it ("… told Halvorsen"); only a
    # word for an office-holder: "the Today programme" is an outlet, whoever the text names beside it
    holders = [_name_pattern(p) for p in role_holders(snap, audience, quoted=False)] \
        if is_role_phrase(audience) and role_words(audience)[0].lower() in ROLE_WORDS else []
    first, rest = [], []
    leads: dict[str, bool] = {}

    # "tell reporters at the G7 meeting": whom the words were told must be there, not only where
    recipient = concepts_for(snap, content_terms(who)) if (who := recipient_of(audience)) else []

    def heard(terms: set[str]) -> bool:
        return coverage(concepts, terms) >= MIN_COVERAGE and (not recipient or coverage(recipient, terms) >= MIN_COVERAGE)

    def lead_covers(source_id: str) -> bool:  # a story's lead is read once, not once per quotation from it
        if source_id not in leads:
            leads[source_id] = heard(set(analyse(told_in_lead(snap, source_id))))
        return leads[source_id]

    def told_there(q: Quotation, terms: set[str]) -> bool:
        # "He told the MPs: …" in a story that set the scene once ("giving evidence to the Commons public
        # administration select committee"): whom the words were told is in the quotation's own sentence, where
        # anywhere in the story
        if not recipient or coverage(recipient, set(analyse(unquoted(_sentence_text(snap, q))))) < MIN_COVERAGE:
            return False
        return coverage(concepts, terms | set(snap.document_terms(q.source_id))) >= MIN_COVERAGE

    reports: dict[tuple[str, str], list[tuple[int, str]]] = {}  # each story's reports of a speaker, read once
    heard_in: dict[str, bool] = {}

    def told_before(q: Quotation) -> bool:
        # "Mr Lee, who …, told the BBC on Friday: …" and, paragraphs on, "Mr Lee added: …": an interview is named
        # once, where the story first reports the speaker in it
        said = earlier_report(snap, q, reports)
        if said and said not in heard_in:
            heard_in[said] = heard(set(analyse(said)))
        return bool(said) and heard_in[said]

    own: list[tuple[Quotation, float]] = []
    told: list[tuple[Quotation, float]] = []  # "he told the minister": the audience is whom the sentence tells
    head = audience_head(audience)
    for q, score in ranked:
        around = _attribution_text(snap, q)  # once, for the words and for the holders' names
        around_terms = set(analyse(around))
        hit = heard(around_terms) or lead_covers(q.source_id) or any(p.search(around) for p in holders) \
            or told_there(q, around_terms) or told_before(q) \
            or (event and not recipient and not _SAID_ELSEWHERE.search(around)
                and heard(set(snap.document_terms(q.source_id))))
        # words whose own sentence names the audience ("He told BBC News 24: …") were said there for certain; a
        # quotation beside them in the paragraph, or under a lead naming it, may not have been (read once, for both)
        own_words = own_sentence_of(snap, q) if hit else None
        if own_words is not None and told_head(own_words, head):
            told.append((q, score))
        elif own_words is not None and heard(set(analyse(own_words))):
            own.append((q, score))
        else:
            (first if hit else rest).append((q, score))
    return told + own + first, rest


_HEAD_ENDS = re.compile(r"\s+(?:at|in|on|of|about|during|while|after|before|ahead|outside|inside|over|for)\b.*$",
                        re.IGNORECASE)


def audience_head(audience: str) -> set[str]:
    """The index terms of the word an audience is named by: the last content word before a preposition ("minister"
    of "the French minister", "reporters" of "reporters ahead of Yahoo's anniversary"); empty when it has none."""
    words = content_terms(_HEAD_ENDS.sub("", audience))
    return set(analyse(words[-1])) if words else set()


_TOLD_TO = re.compile(rf"\b(?:{'|'.join(inflections('tell'))})\s+((?:[\w'’.-]+\s+){{0,5}}[\w'’.-]+)", re.IGNORECASE)


def told_head(own: str, head: set[str]) -> bool:
    """Whether a quotation's own sentence (``own``, its quoted words left out) tells its words to the audience by
    name: "he told the minister: …" for "what did X tell the French minister", where the French is said elsewhere.
    The one told is the first words after "told"; what a sentence names without a telling verb ("praised French
    films") is no audience."""
    return bool(head) and any(head & set(analyse(m.group(1))) for m in _TOLD_TO.finditer(own))


def own_sentence_of(snap: Snapshot, q: Quotation) -> str | None:
    """:func:`own_sentence_words` of the quotation in its document, or ``None`` when the document is gone."""
    doc = snap.document(q.source_id)
    return own_sentence_words(doc[0], q) if doc is not None else None


_MARK_AFTER = re.compile(r"^[,.!?]?[\"”’']")
_MARK_BEFORE = re.compile(r"[\"“‘']$")


def own_sentence_words(text: str, q: Quotation) -> str:
    """The quotation's sentence without its quoted words (nor another quotation in it), with the sentence before a
    colon that sets the quotation apart. The marks closing the quotation ("…," he told reporters) are its own: left
    in, they would open a quotation that swallows the attribution after them."""
    before = _MARK_BEFORE.sub("", text[q.sentence_start:q.start])
    after = _MARK_AFTER.sub("", text[q.end:q.sentence_end])
    own = unquoted(before) + " " + unquoted(after)
    if text[:q.sentence_start].rstrip().endswith(":"):
        own += " " + unquoted(sentence_before(text, q.sentence_start))
    return own


def told_in_story(snap: Snapshot, quotes: list[Quotation], topic: str,
                  audience: str) -> list[tuple[Quotation, float]]:
    """A speaker's quotations whose own sentence, or the story's last report of that speaker before it, says they
    were told to or said at the audience ("…," Bennett told Radio Five; then "…" paragraphs on), from stories whose
    text covers the topic, in the order a question with no topic ranks them; [] when none. An interview is
    reported as a run of quotations of which only some repeat the story's words."""
    concepts, heard = _topic_concepts(snap, topic), audience_concepts(snap, audience)
    if not concepts or not heard:
        return []
    covered = {sid for sid in {q.source_id for q in quotes}
               if coverage(concepts, set(snap.document_terms(sid))) >= MIN_COVERAGE}

    reports: dict[tuple[str, str], list[tuple[int, str]]] = {}

    def told(q: Quotation) -> bool:
        own = unquoted(_sentence_text(snap, q))
        return any(coverage(heard, set(analyse(said))) >= MIN_COVERAGE
                   for said in (own, earlier_report(snap, q, reports)))

    return rank_quotes(snap, [q for q in quotes if q.source_id in covered and told(q)], None)


_AT_EVENT = re.compile(r"\b(?:say|says|said|saying|speak|speaks|spoke|speaking)\s+(?:at|during)\s", re.IGNORECASE)


def said_at_event(question: str) -> bool:
    """Whether a question asks for words said at or during an occasion ("say at the ceremony"), not told to
    someone ("tell reporters at the summit") nor said in a place."""
    return _AT_EVENT.search(question) is not None


def earlier_report(snap: Snapshot, q: Quotation, cache: dict[tuple[str, str], list[tuple[int, str]]]) -> str:
    """The nearest sentence before a quotation's own that names its speaker (by the last word of the name) and
    reports them speaking ("Bennett told BBC Radio Five Live: …", "Ms Lee said on her blog …"), its quoted words
    left out; "" when there is none. Where a story says once that a speaker was interviewed, the words it goes on
    to quote from them were said there too, until it reports them speaking elsewhere. ``cache`` keeps each
    story's reports of a speaker for the next quotation of theirs."""
    if not q.speaker:
        return ""
    key = (q.source_id, q.speaker)
    if key not in cache:
        cache[key] = speaker_reports(snap, q.source_id, q.speaker)
    before = [said for start, said in cache[key] if start < q.sentence_start]
    return before[-1] if before else ""


def speaker_reports(snap: Snapshot, source_id: str, speaker: str) -> list[tuple[int, str]]:
    """(start, sentence without its quoted words) of each sentence of a story after its headline that names the
    speaker by the last word of the name and reports them speaking, in order."""
    doc = snap.document(source_id)
    if not doc or not (last := surname(speaker)) or last not in doc[0]:
        return []
    text, paragraphs = doc
    named = re.compile(rf"\b{re.escape(last)}\b")
    first = paragraphs[1].start if len(paragraphs) > 1 else 0  # the headline sets no scene
    out = []
    for sp in split_sentences(text, first, len(text)):
        said = unquoted(text[sp.start:sp.end])
        if named.search(said) and _REPORTED.search(said):
            out.append((sp.start, said))
    return out


def attribution_covers(snap: Snapshot, q: Quotation, concepts: list[Concept]) -> bool:
    """Whether the words around a quotation (its set-up and paragraph, the quoted words left out) cover
    the concepts: where the attribution says to whom or where the words were said or written."""
    return coverage(concepts, set(analyse(_attribution_text(snap, q)))) >= MIN_COVERAGE


def _attribution_text(snap: Snapshot, q: Quotation) -> str:
    """A quotation's set-up and paragraph with the quoted words left out; of the paragraph after the quotation's
    sentence, only the sentences that report speech ("… , he told reporters."): "She has since lodged a complaint
    with the EEOC" says nothing of whom the words were said to."""
    doc = snap.document(q.source_id)
    if not doc:
        return _set_up_text(snap, q)
    text, paragraphs = doc
    para = next((p for p in paragraphs if p.start <= q.start < p.end), None)
    if para is None:
        return _set_up_text(snap, q)
    kept = [text[para.start:q.sentence_end]]
    for sp in split_sentences(text, q.sentence_end, para.end):
        sentence = text[sp.start:sp.end]
        if reports_speech(sentence):
            kept.append(sentence)
    return _set_up_text(snap, q) + " " + " ".join(kept).replace(q.text, " ")


_TOLD = re.compile(rf"\b(?:{'|'.join(inflections('tell'))})\b", re.IGNORECASE)
# a quotation's own attribution that says to whom or in what it was said ("Speaking to the Evening Post last year",
# "told the BBC", "in an interview"): it was said there, not at the occasion a story names elsewhere
# (the forms of "tell" and "write" that report, not the bare verb: "to tell the truth" was said nowhere)
_TOLD_OR_WROTE = "|".join(w for w in inflections("tell", "write") if w not in ("tell", "write"))
_SAID_ELSEWHERE = re.compile(rf"\b(?:{_TOLD_OR_WROTE}|speaking\s+to|spoke\s+to|interview)\b", re.IGNORECASE)


def told_in_lead(snap: Snapshot, source_id: str) -> str:
    """The sentences of a story's lead (its first paragraph after the headline) that say to whom the story's
    words were told ("…, union leaders have told MPs."): a report of a hearing or a briefing quotes its
    speakers there for the rest of the story."""
    doc = snap.document(source_id)
    if not doc or len(doc[1]) < 2:
        return ""
    text, paragraphs = doc
    lead = paragraphs[1]
    return " ".join(text[sp.start:sp.end] for sp in split_sentences(text, lead.start, lead.end)
                    if _TOLD.search(text[sp.start:sp.end]))


MEDIA_WORDS_RE = (r"piece|op-?ed|column|article|letter|book|blog|website|site|message|e-?mail|statement|post|memo|"
                  r"diary|note|ruling|judgment|judgement|report|essay|review|newsletter|label|labels")
_WRITING = re.compile(r"\b(?:wrote|writes|writing|written|penned|published|posted|blogged|e-?mailed|texted|faxed|tweeted|"
                      r"(?:in|on)\s+(?:his|her|their|its|a|an|the|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?(?:" + MEDIA_WORDS_RE + r"))\b",
                      re.IGNORECASE)


def written_cue(snap: Snapshot, q: Quotation) -> bool:
    """Whether the text says a quotation was written ("…," he wrote; "Writing in the Northern Echo, …"; "in his
    column"; "Mr X then e-mailed him"): the words around it, the quoted words left out, in its sentence and the one
    before. A quotation that goes on from the one before it (a letter quoted over several paragraphs, nothing but
    marks and spaces between them) is written where its first part is."""
    doc = snap.document(q.source_id)
    if not doc:
        return False
    text = doc[0]
    earlier = sorted((o for o in snap.quotations_in(q.source_id) if o.end <= q.start), key=lambda o: o.end)
    for _ in range(CONTINUED_PARTS):
        around = unquoted(text[q.sentence_start:q.sentence_end]) + " " + unquoted(sentence_before(text, q.sentence_start))
        if _WRITING.search(around) is not None:
            return True
        while earlier and earlier[-1].end > q.start:
            earlier.pop()
        if not earlier or re.search(r"\w", text[earlier[-1].end:q.start]):
            return False
        q = earlier.pop()
    return False


CONTINUED_PARTS = 6


WRITTEN = re.compile(r"\b(?:write|writes|wrote|written|writing)\b", re.IGNORECASE)


def by_medium(snap: Snapshot, ranked: list[tuple[Quotation, float]],
              medium: str) -> list[tuple[Quotation, float]]:
    """The quotations whose attribution says where they were written ("… ," May wrote on his website;
    "Writing his Christmas message in the Northern Echo, the Bishop said") first, then the rest, each
    group by how well it covers the topic; none is dropped."""
    concepts = concepts_for(snap, [w for w in content_terms(medium) if w not in MEDIUM_WORDS] or content_terms(medium))
    if not concepts:
        return ranked
    first, rest = [], []
    for q, score in ranked:
        (first if attribution_covers(snap, q, concepts) else rest).append((q, score))
    return first + rest


# The kind of writing names no place of its own ("his piece"): its other words ("Daily Post") do.
MEDIUM_WORDS = frozenset("piece op ed op-ed column article letter book blog website site message e-mail email "
                         "statement post memo diary note open".split())


def _paragraph_text(snap: Snapshot, q: Quotation) -> str:
    doc = snap.document(q.source_id)
    if not doc:
        return ""
    for p in doc[1]:
        if p.start <= q.start < p.end:
            return p.text
    return ""


def related_passages(snap: Snapshot, speaker: Speaker, topic: str, limit: int = 3) -> list[AnswerItem]:
    """Sentences on the topic that name the speaker: what the sources report of them, not their words.

    Shown with no speaker, so reported speech ("Mr Oudendijk said LCD prices fell")
    is never dressed up as a quotation.
    """
    concepts = concepts_for(snap, content_terms(topic))
    if not concepts:
        return []
    names = {n for n in (speaker.name, *speaker.aliases, surname(speaker.name)) if n and len(n) > 2}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    out: list[AnswerItem] = []
    for s in candidate_sentences(snap, concepts):
        if s.cover >= MIN_COVERAGE and (pattern.search(s.text) or reports_last_named(snap, s, speaker)) \
                and not names_a_namesake(snap, unquoted(s.text), s.source_id, speaker):
            out.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, s.text, s.cover))
    out.sort(key=lambda it: -it.score)
    return merge_same(out)[:limit]


_VERBS = alternation("reported")
_REPORTED = re.compile(rf"\b(?:{_VERBS})\b")
_PRONOUN_REPORT = re.compile(rf"\b(?:he|she|they)\s+(?:also\s+)?(?:{alternation('pronoun')})\b")
# a sentence that opens on the pronoun and its reporting verb, naming nobody else: "He told reporters in Leeds that …"
_OPENING_REPORT = re.compile(rf"^\W*(?P<pronoun>He|She)\s+(?:also\s+)?(?:{alternation('pronoun')})\b")


def reported_speech(snap: Snapshot, speaker: Speaker, topic: str, limit: int = 3,
                    role: str | None = None, story: bool = False) -> list[AnswerItem]:
    """What the sources report someone said on a topic, for a person never quoted in their own words:
    sentences on the topic that name them with a reporting verb ("Ms Jowell insisted …"), or report
    "she told …" right after a sentence that names them. Shown with no speaker: not their words.

    A person asked for by role ("the foreign secretary") is reported by that role too ("The foreign secretary said
    he hoped …"), but only in a story that gives them the role ("Foreign Secretary Jack Straw", "Jack Straw, the
    foreign secretary") or is theirs (its lead names them before anyone else): in another story, or one that only
    mentions them ("Italy's Silvio Berlusconi arrived …, a week after meeting Tony Blair"), the role may be someone
    else's.

    With ``story`` (asked of someone the sources never quote), a story on the topic answers with the sentences that
    report them even where those sentences do not repeat the topic's words; someone quoted elsewhere but not on the
    topic is not given a story's other reports of them as if they were on it."""
    words = topic_words(topic)  # ("how the cuts would be made": the cuts, not the light verb)
    concepts = concepts_for(snap, words)
    if not concepts:
        return []
    pattern, names = _name_pattern(speaker), _names_of(speaker)
    by_title = _role_alternation(role)

    full: dict[str, bool] = {}  # source -> whether it names the speaker in full, read once

    def reports(s: Sentence, loose: bool = True) -> bool:
        """Whether the sentence reports the speaker; not ``loose``, only by name or by the "He said …" opening that
        points back to them (a "he" in mid-sentence may be anyone the story names)."""
        if pattern.search(s.text) and not pattern.search(unquoted(s.text)):
            return False  # '"I feel a bit for Nigel Worthington," he said': someone else speaking of them
        if s.source_id not in full:
            full[s.source_id] = full_name_in(snap, s.source_id, speaker)  # (once a source: it reads its whole text)
        if not full[s.source_id] and not by_title:
            return False  # "Mr Brown said …" of a story about Gordon Brown is not Dan Brown, whom it never names
        if surname_shared(snap, s.source_id, speaker, unquoted(s.text)):
            return False  # "Mrs Olsen said …" of a story naming Martin and Karen Olsen: either, so neither
        if reports_them(names, unquoted(s.text)):
            # "Tom Lee said …" reports Tom Lee, not Ann Lee
            return not names_a_namesake(snap, unquoted(s.text), s.source_id, speaker)
        if not loose:
            return _OPENING_REPORT.match(s.text) is not None and reports_last_named(snap, s, speaker, opening=True)
        if by_title and reports_them(by_title, unquoted(s.text)) and (
                _gives_role(snap, s.source_id, role, names) or _leads_with(snap, s.source_id, speaker)):
            return True
        return bool(_PRONOUN_REPORT.search(s.text) and pattern.search(previous := _previous_sentence(snap, s.source_id, s.start))
                    and not names_a_namesake(snap, unquoted(previous), s.source_id, speaker)) \
            or reports_last_named(snap, s, speaker, opening=True)

    def find(concepts: list[Concept]) -> list[AnswerItem]:
        return [item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, s.text, s.cover)
                for s in candidate_sentences(snap, concepts) if s.cover >= MIN_COVERAGE and reports(s)]

    def in_story(concepts: list[Concept]) -> list[AnswerItem]:
        # "Cairn found gas … However, chief executive Bill Gammell cautioned that additional evaluation was needed":
        # a report rarely repeats what the story is about, so in a story on the topic the sentences reporting them
        # answer too (only when no sentence names the topic itself)
        out: list[AnswerItem] = []
        for rec in snap.passages({t for n in (speaker.name, *speaker.aliases) for t in analyse(n)},
                                 limit=PASSAGES_REPORTED):
            # the story is about the topic where its headline and lead, or the paragraph itself and the one before,
            # name it: a word in passing elsewhere ("… its Southampton branch") is no topic of theirs
            around = story_terms(snap, rec.source_id) | set(analyse(rec.text)) \
                | set(analyse(_paragraph_before(snap, rec.source_id, rec.start)))
            if coverage(concepts, around) < STORY_COVER:
                continue
            for span in split_sentences(rec.text):
                start, end = rec.start + span.start, rec.start + span.end
                s = Sentence(rec.source_id, rec.paragraph, start, end, rec.text[span.start:span.end], rec.score, 0.0)
                if _ASIDE.match(s.text) or _QUOTE_MARK.search(s.text):
                    # "Separately, councillor Amy Trent said the library would close": another matter; a quotation
                    # has a speaker of its own
                    continue
                # (read for its story, not its words, a surname another of the story's people shares in full is
                # neither's: the sentence-by-sentence reading above keeps "Lee said …" right after Ann Lee's quotation)
                if reports(s, loose=False) and not _another_of_the_surname(snap, s, speaker):
                    # the report that names part of the topic itself first ("Mr Tolley said Hughes had been a loyal
                    # servant", asked what he said about Gary Hughes), the story's order after that
                    out.append(item(snap, s.source_id, s.paragraph, start, end, s.text, s.text,
                                    coverage(concepts, set(analyse(s.text)))))
        return out

    # "the housing markt": the topic read with the index's own spelling when the words as typed find nothing
    fixed: list[Concept] | None = None
    out = find(concepts) or ((fixed := corrected_concepts(snap, words)) and find(fixed)) \
        or (story and (in_story(concepts) or (fixed and in_story(fixed)))) or []
    out.sort(key=lambda it: -it.score)
    return merge_same(out)[:limit]


# What a story calls the body its headline or lead names, once it has named it: "Sales totalled 3.9 million units, the
# company said" of a story headlined on DaimlerChrysler's sales (never "It said …": "it" may be any body named last)
# (a company's kinds only: "The regulator said", "The GMB union said" in a story on a firm are other bodies)
_BODY_NOUNS = (r"company|firm|group|carmaker|maker|bank|airline|retailer|chain|manufacturer|insurer|lender|operator|"
               r"broadcaster|network|studio|label|publisher|developer|giant|business|corporation|conglomerate|"
               r"supermarket")
_BODY = rf"(?-i:The|the)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{_BODY_NOUNS})"
# a sentence whose reporter is a pronoun or a body named by its kind: "It blamed …", "The company said …", "…, the
# firm said."
_BACK_REPORTER = re.compile(rf"^\W*(?:(?:But|And|However|Meanwhile),?\s+)?(?:{_BODY}|(?-i:He|She|They|It))\b|"
                            rf",\s+(?:{_BODY}|(?-i:he|she|they|it))\s+(?:{alternation('aside')})\W*$")
# the body's own reports: on the topic by the sentence, what sets it up, or the story's headline and lead
BODY_CREDITS = (1.0, 0.8, 0.5)
PASSAGES_BODY = 10


def body_reports(snap: Snapshot, name: str, topic: str | None) -> list[AnswerItem]:
    """What a body nobody quotes is reported saying ("what did DaimlerChrysler say"): in a story whose headline or
    lead names it, the sentences whose reporting subject is its name, or the noun the story calls it by after naming
    it ("the company said", "the German firm added"). Shown with no speaker: a report, not its words."""
    written = re.escape(name.strip()).replace(r"\ ", r"\s+")
    own = re.compile(rf"\b(?i:{written})\b")
    # (the name as asked may be the first words of the one written: "silverpine" of "Silverpine Pictures")
    named = rf"(?i:{written})(?:\s+(?-i:[A-Z])[\w'’&-]+){{0,2}}"
    terms = set(analyse(name))
    if not terms:
        return []
    concepts = _topic_concepts(snap, topic)
    if concepts is None:
        return []
    out: list[AnswerItem] = []
    seen: set[str] = set()
    for rec in snap.passages(terms, limit=PASSAGES_BODY):
        if rec.source_id in seen:
            continue
        seen.add(rec.source_id)
        doc = snap.document(rec.source_id)
        if doc is None:
            continue
        title = snap.meta(rec.source_id).title or ""
        lead = story_lead(snap, rec.source_id)
        # reported by its own name anywhere ("Distributor Silverpine Pictures said …"); by the noun the story calls it
        # ("the company said") only in its own story, whose headline or lead names it
        pattern = f"{named}|{_BODY}" if own.search(f"{title}\n{lead}") else named
        text, paragraphs = doc
        framing = set(analyse(f"{title}\n{lead}"))
        for para in paragraphs:
            body = text[para.start:para.end]
            for sp in split_sentences(body):
                sentence = body[sp.start:sp.end]
                said = unquoted(sentence)
                if not reports_them(pattern, said) or _QUOTE_MARK.search(sentence):
                    continue
                if _reported_of(said, name):
                    continue  # "The Pellin Times reported that Vell Bank had asked him to leave": the paper's report
                if not reports_them(named, said) and _other_name_before(body[:sp.start], own):
                    continue  # "Seat maker Asko Parts … also faces questions. The firm said …": that firm's
                start = para.start + sp.start
                if concepts:
                    set_up = set_up_before(text, paragraphs, start)
                    score = layered_coverage(concepts, (set(analyse(sentence)), set(analyse(set_up)), framing),
                                             BODY_CREDITS)
                    if score < ON_TOPIC:
                        continue
                else:
                    score = 1.0
                out.append(item(snap, rec.source_id, para.number, start, start + len(sentence), sentence, sentence,
                                score))
    out.sort(key=lambda it: -it.score)
    return merge_same(out)[:MAX_ANSWERS]




def _other_name_before(before: str, own: re.Pattern[str]) -> bool:
    """Whether the paragraph before a "the company said" names, after the asked body's last mention, another name
    (a capitalised word inside a sentence): "the company" is then as likely that body as the asked one."""
    last = max((m.end() for m in own.finditer(before)), default=0)
    return any(not own.search(m.group(0)) for m in INNER_CAPITAL.finditer(before, last))


def _told_of_them(said: str, stem: str) -> bool:
    """Whether the description stands only in what someone else reports ("She told the BBC that the company had
    called in police …"): the subject of no reporting verb of the sentence, neither in the words before one and after
    the one before it ("one dealer, who asked not to be named, told Reuters", "The woman told officers she had been
    attacked, a police spokesman said") nor right after one that follows a comma or the words ("…, said a police
    spokesman"; ", said KK Mittal, a fund manager with …": the description may follow the name it describes; the
    quoted words themselves are blanked out of ``said``, so the verb may open it)."""
    low = said.lower()
    verbs = list(_REPORTED.finditer(said))
    if not verbs or stem not in low:
        return False
    for before, verb in zip([None, *verbs], verbs, strict=False):
        if stem in low[before.end() if before else 0:verb.start()]:
            return False  # before this verb and after the one before it: its subject
        if re.search(r"(?:^|[,\"”])\s*$", low[:verb.start()]) \
                and re.match(rf"\s+(?:\S+\s+){{0,5}}{re.escape(stem)}", low[verb.end():]):
            return False
    return True


def _paragraph_before(snap: Snapshot, source_id: str, start: int) -> str:
    """The text of the paragraph before the one starting at ``start`` ("" for the first)."""
    doc = snap.document(source_id)
    if doc is None:
        return ""
    before = [p for p in doc[1] if p.end <= start]
    return doc[0][before[-1].start:before[-1].end] if before else ""


# the styles a text puts before a surname ("Ms Milne"), as the extractor reads them
_STYLES = "|".join(sorted((w.capitalize() for w in ADDRESS_WORDS), key=len, reverse=True))


def _another_of_the_surname(snap: Snapshot, s: Sentence, speaker: Speaker) -> bool:
    """Whether a sentence that names the speaker by surname alone stands in a story naming someone else of that
    surname in full ("Martin Olsen and his wife Karen Olsen … Mrs Olsen said …"): read for its story rather than its
    words, the sentence may be either's, so it is neither's."""
    last = surname(speaker.name)
    doc = snap.document(s.source_id)
    if not last or last == speaker.name or doc is None or fold_name(speaker.name) in fold_name(s.text):
        return False
    own = speaker.name.split()[0]
    # ("Ms Milne said …" of a story naming Kate and Kevin Milne is Kate's: the style tells them apart)
    styled = {honorific_gender(m.group(1)) for m in re.finditer(rf"\b({_STYLES})\.?\s+{re.escape(last)}\b", s.text)} \
        - {None}
    return any(m.group(1) != own and is_given_name(m.group(1))
               and not (len(styled) == 1 and styled != {gender_of("", f"{m.group(1)} {last}")}
                        and styled == {gender_of("", speaker.name)})
               for m in re.finditer(rf"\b([A-Z][\w'’-]+)\s+{re.escape(last)}\b", doc[0]))


def surname_shared(snap: Snapshot, source_id: str, speaker: Speaker, text: str) -> bool:
    """Whether the text names someone of the speaker's surname with a style of the other gender ("Mrs Olsen said …"
    for Martin Olsen, "Mr Lee said …" for Ann Lee): a wife, a husband, a namesake, never the speaker. (A bare surname
    stays the speaker's, as news writes it: "Lee said …" of Ann Lee beside a Tom Lee talked about.)"""
    last = surname(speaker.name)
    doc = snap.document(source_id)
    if not last or last == speaker.name or doc is None or fold_name(speaker.name) in fold_name(text):
        return False
    own = gender_of("", speaker.name)  # by the given name: the story's "Mrs Olsen" may be his wife
    styled = [honorific_gender(m.group(1)) for m in re.finditer(rf"\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\.?\s+"
                                                             rf"{re.escape(last)}\b", text)]
    return own is not None and any(g is not None and g != own for g in styled)


def full_name_in(snap: Snapshot, source_id: str, speaker: Speaker) -> bool:
    """Whether the source names the speaker in full (or by an alias of more than one word): a surname alone may be
    anyone's."""
    doc = snap.document(source_id)
    if doc is None:
        return False
    text = fold_name(doc[0])
    return any(fold_name(n) in text for n in (speaker.name, *speaker.aliases) if n and len(n.split()) > 1) \
        or len(speaker.name.split()) < 2


def names_a_namesake(snap: Snapshot, text: str, source_id: str, speaker: Speaker) -> bool:
    """Whether the text names another person who shares the speaker's surname ("Opposition leader Tom Lee said …" for
    Ann Lee) and never the speaker in full: a sentence found by the surname alone then reports the namesake, whose
    words are never the asked person's, not even as related reading. Not when the namesake is only talked about while
    the surname stands alone as well ("Lee said the proposal put forward by her rival Tom Lee would …"): the lone
    surname is whom the sentence was found for, and the namesake is not the one reporting."""
    last = surname(speaker.name)
    if not last or last == speaker.name:
        return False
    if any(re.search(rf"\b{re.escape(n)}\b", text) for n in (speaker.name, *speaker.aliases) if n and n != last):
        return False
    namesakes: list[re.Match[str]] = []
    for m in re.finditer(rf"\b(?P<first>[A-Z][\w'’-]+)\s+{re.escape(last)}\b", text):
        first = m.group("first").lower()
        if first in ADDRESS_WORDS or first in ROLE_WORDS or first in TITLE_MODIFIERS or first in STOPWORDS:
            continue  # "Ms Lee", "Leader Lee", "The Lee …": no first name of anyone
        other = snap.registry.resolve(m.group(0), source_id)
        if other is not None and other.id != speaker.id and other.kind == "person":
            namesakes.append(m)
    if not namesakes:
        return False
    return any(reports_them(re.escape(m.group(0)), text) for m in namesakes) \
        or not surname_stands_alone(text, last, namesakes)


def surname_stands_alone(text: str, last: str, namesakes: list[re.Match[str]]) -> bool:
    """Whether the text writes the surname somewhere other than in the namesakes' full names ("Lee said …", "Ms Lee
    said …" beside "her rival Tom Lee")."""
    taken = [(m.start(), m.end()) for m in namesakes]
    return any(not any(a <= s.start() < b for a, b in taken) for s in re.finditer(rf"\b{re.escape(last)}\b", text))


def reports_last_named(snap: Snapshot, s: Sentence, speaker: Speaker, opening: bool = False) -> bool:
    """Whether a sentence reports "he said …" / "she told …" of the speaker: the last person the story names
    before it, in its paragraph so far and the paragraph before (quoted words left out), is the speaker ("…, said
    Ann Lee. / In her new year message the party leader said … She said … On the floods she said …"): a
    pronoun means whom the story was last about, however many sentences ago. With ``opening``, a sentence opening on
    "He told …" / "She said …" that names nobody in full counts too ("She told reporters in Leeds that …")."""
    said = unquoted(s.text)
    # (only reported words: a quotation's "He said: "…"" has its own speaker, whom the extractor read)
    opens = opening and (m := _OPENING_REPORT.match(said)) is not None \
        and not _names_a_person(snap, said, s.source_id) and not _QUOTE_MARK.search(s.text)
    if not (_PRONOUN_REPORT.search(said) or opens) or (doc := snap.document(s.source_id)) is None:
        return False
    if opens and not _PRONOUN_REPORT.search(said):
        if gender_of(doc[0], speaker.name) not in (None, "m" if m.group("pronoun") == "He" else "f"):
            return False  # "She said …" is never a man's words
        # the sentence's "She" is the subject of the sentences before it, as news writes it: "The judge, a former
        # barrister, told the court … She said …" is the judge's, whoever was named before her
        lo = max((p.start for p in doc[1] if p.number == _paragraph_of(doc[1], s.start) - 1), default=s.start)
        who = pronoun_referent(doc[0], lo, s.start + m.end("pronoun"), m.group("pronoun"))
        if who is None or _name_pattern(speaker).search(who) is None:
            return False
        # "Chairman Huw Pellow dismissed Gary Maddern on Monday. He told BBC Radio Cornwall that he had been given no
        # warning": a person named after the subject may as well be whom "He" means
        last = max((n.end() for n in _name_pattern(speaker).finditer(doc[0], lo, s.start)), default=s.start)
        return not _names_a_person(snap, unquoted(doc[0][last:s.start]), s.source_id, single=True)
    window = unquoted(previous_paragraphs(doc[0], doc[1], s.start))
    named = [m.end() for m in _name_pattern(speaker).finditer(window)]
    if not named:
        return False
    # only the names after the speaker's last mention are looked up: any person among them is whom "he" means (a
    # person of a full name: a one-word "person" is as often a party or a club the extractor took for one)
    for m in re.finditer(_NAME, window[named[-1]:]):
        person = snap.registry.resolve(m.group(0), s.source_id)
        if person is not None and person.kind == "person" and person.id != speaker.id and len(person.name.split()) > 1:
            return False
    return True


def reports_them(names: str, said: str) -> bool:
    """Whether the text outside quotation marks (``said``) has the person (``names``: a regex alternation of their
    names) as the subject of a reporting verb: "Mervyn King said …", "Peter Williams, CML deputy director, said",
    "… said Mr King". A sentence in which someone else reports on them ("Arnesen said he could not explain what
    caused Santini to quit") reports the other person's words."""
    return _report_pattern(names).search(said) is not None


@lru_cache(maxsize=64)
def _report_pattern(names: str) -> re.Pattern[str]:
    """:func:`reports_them`'s pattern for one person, built once per person rather than per sentence read."""
    # ("Sir Bill Morris has already accused …": a time adverb after the auxiliary is the same subject reporting)
    # (not "Friends of Calloway said", "a spokesman for Calloway said": whoever the name is "of" or "for" speaks)
    subject = rf"(?<!\bof\s)(?<!\bfor\s)(?<!\bby\s)\b(?:{names})(?:,[^,]{{1,80}},)?\s+" \
              rf"(?:(?:has|had|have|also|then|later|already|since)\s+)*(?:{_VERBS})\b"
    # only a verb news puts before its speaker inverts: "attacked Liam Fox", "told Mr King" make them the object
    # (a name the verb's own clause goes on from is its object's subject: "Lyle said Oduya was the player he wanted")
    inverted = rf"\b(?:{_INVERTED})\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?(?:{names})\b{_NOT_OWNER}" \
        rf"(?!\s+(?:was|is|were|are|had|has|have|would|will|could|can|should|did|does|might|may|must|" \
        rf"(?-i:[a-z]+ed))\b)"
    # "Brent Bozell, PTC president and conservative activist said: …": an apposition news leaves unclosed before the
    # verb that opens the words with a colon (never a clause of its own: "who", "which", "that")
    unclosed = rf"\b(?:{names}),\s+(?:(?!(?:who|whom|whose|which|that)\b)[^,.;:\"“”]){{1,80}}?\s+(?:{_VERBS})\s*:"
    # "…, said chairman Adair Turner", "…, according to Mr Oudendijk": after the words (a comma, or the gap the
    # quotation left), the verb or phrase, then the person's role words; not "Critics noted former chief Tom Reed
    # had …" (the person is the verb's object) nor "according to Mr Reed's critics" (someone else's account)
    titled = rf"(?:(?:^|[,\"”])\s*|\s\s)(?:{_INVERTED}|according\s+to)\s+(?:(?:{_TITLE_WORDS})\s+){{0,3}}" \
             rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?(?:{names})\b{_NOT_OWNER}"
    # "Conservative co-chairman Liam Fox derided the photo call, saying: …": the person opening the sentence (after
    # their title), then within their clause a reporting participle; "The Tories attacked Liam Fox, saying" is theirs,
    # as are "Vera Holm was attacked by Ruth Amsel, saying" (the agent's) and "Jan Brook's lawyer …, saying"
    participle = rf"^\W*(?:(?:[A-Z][\w'’-]*|(?:[\w'’]+-)?{_TITLE_WORDS})\s+){{0,5}}(?:{names})\b{_NOT_OWNER}" \
                 rf"(?:(?!\bby\b|{_FULL_NAME})[^,.;:\"“”]){{1,80}},\s+(?:{_PARTICIPLES})\b"
    # "Bob Anstey welcomed the announcement but warned that …": a reporting verb joined to the person's first one
    # (the person opening the sentence, after their title: "Police arrested Tom Hale and said …" is the police's)
    # (its first verb a past tense right after the name, never a noun: "Tom Hale supporters gathered … and said", nor
    # a clause opening on "When …")
    coordinated = rf"^\W*(?!(?:When|As|After|Before|While|If|Although|Though|Since|Because|Once|Until)\b)" \
                  rf"(?:(?:[A-Z][\w'’-]*|(?:[\w'’]+-)?{_TITLE_WORDS})\s+){{0,5}}(?:{names})\b{_NOT_OWNER}" \
                  rf"\s+(?-i:[a-z]+ed)\b(?:[^.;:,\"“”]{{0,60}}?)\s+(?:and|but)\s+(?:also\s+|then\s+)?(?:{_VERBS})\b"
    # "Vantor's head of multimedia, Anna Koskinen, said": the name itself set off by commas, right before the verb
    apposed = rf",\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?(?:{names}),\s+(?:{_VERBS})\b"
    return re.compile(f"{subject}|{inverted}|{unclosed}|{titled}|{participle}|{coordinated}|{apposed}")


_TITLE_WORDS = "(?i:" + "|".join(sorted(ROLE_WORDS | TITLE_MODIFIERS, key=len, reverse=True)) + ")"
_PARTICIPLES = alternation("participle")
_INVERTED = alternation("inverted")
# a name followed by "'s" is the owner of whoever speaks ("Jan Brook's lawyer", "Mr Reed's critics"), not the speaker
_NOT_OWNER = r"(?!['’]s\b)"
# two capitalised words in a row: another person in the clause ("after finance chief Ruth Amsel complained, saying")
_FULL_NAME = r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"


# the words that make a capitalised pair an outlet or a forum rather than a person: where words went, not who spoke
_OUTLET = re.compile(r"\b(?:News|Radio|TV|Television|Channel|Times|Chronicle|Gazette|Post|Herald|Mail|Telegraph|Guardian|"
                     r"Journal|Echo|Courier|Express|Mirror|Observer|Independent|Standard|Press|Magazine|Weekly|Daily|"
                     r"Sunday|Online|Commons|Lords|Parliament|Assembly|Forum|Conference|Summit|Committee|Congress|Senate)\b")


# two capitalised words or more: a full name, an outlet or a forum ("BBC News", "Consumer Electronics Forum")
_CAPITALISED_RUN = r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+"


def _names_a_person(snap: Snapshot, said: str, source_id: str, single: bool = False) -> bool:
    """Whether a sentence opening "She told …" names a person in full besides: then "she" may be told of, or
    answered by, someone else the sentence brings in ("She told John Hale that …"); an outlet or a forum written in
    two capitalised words ("She told BBC News that …", "He told the Ellesmere Chronicle") is where the words went,
    and leaves them hers. With ``single``, of the words between the person's last mention and the sentence, only a
    person counts: one the registry knows, by full name or surname ("dismissed Gary Maddern", "dismissed Maddern"),
    whose two-word name opens on a given name or who is quoted, or two words opened by a given name; a place ("in Santa
    Monica") or a club ("Preston North End"), which the registry may hold as a person, leaves "He" theirs."""
    if single:
        return names_a_person_in(snap, said, source_id)
    for m in re.finditer(_CAPITALISED_RUN, said):
        found = snap.registry.resolve(m.group(0), source_id)
        if found is not None and found.kind == "person":
            return True
        if found is None and not _OUTLET.search(m.group(0)):
            return True
    return False


def reported_to(snap: Snapshot, speaker: Speaker, audience: str, topic: str | None,
                limit: int = 3) -> list[AnswerItem]:
    """For a person never quoted, the sentences reporting what they told the audience asked about ("Frank Field
    told BBC Two's Newsnight programme there was a danger …"): the sentence names them, a reporting verb and
    the audience; the topic, when given, need only be what the source is about (its words anywhere in it),
    since a report of an interview rarely repeats the subject of the story. Shown with no speaker."""
    heard = audience_concepts(snap, audience)
    if not heard:
        return []
    about = concepts_for(snap, topic_words(topic)) if topic else []
    pattern = _name_pattern(speaker)
    name_terms = {t for n in (speaker.name, *speaker.aliases) for t in analyse(n)}
    out: list[AnswerItem] = []
    # every paragraph of the stories that name them: "She told reporters …" holds no word of their name, and in a
    # collection where many paragraphs tell of reports it is not among the passages a search for name and audience
    # returns
    sources = dict.fromkeys(rec.source_id for terms in (name_terms | {t for c in heard for t in c.all_terms()},
                                                        name_terms)
                            for rec in snap.passages(terms, limit=PASSAGES_REPORTED))
    for source_id in sources:
        if about and coverage(about, set(snap.document_terms(source_id))) < MIN_COVERAGE:
            continue
        if (doc := snap.document(source_id)) is None or not pattern.search(doc[0]):
            continue
        text, paragraphs = doc
        for para in paragraphs:
            for span in split_sentences(text, para.start, para.end):
                sentence = text[span.start:span.end]
                said = unquoted(sentence)
                if not _REPORTED.search(said) or coverage(heard, set(analyse(said))) < MIN_COVERAGE:
                    continue
                if pattern.search(said) and not _subject_of_report(said, pattern):
                    # "Food critic Sarah Lusk, who reviewed Penhallow's restaurant, told the Daily Post …", "Oakes told
                    # the Western Courier that Hale would not be sacked": named, but not the one who told
                    continue
                # "He told reporters in London that …" right after a sentence naming them: whom the story was last
                # about
                if not pattern.search(said) and not reports_last_named(
                        snap, Sentence(source_id, para.number, span.start, span.end, sentence, 0.0, 0.0), speaker,
                        opening=True):
                    continue
                out.append(item(snap, source_id, para.number, span.start, span.end, sentence, sentence,
                                coverage(heard, set(analyse(said)))))
    # the sentence naming all of the audience first: "She told a technology conference …" before "…, Linkwell's chief
    # technology officer, said …" (the passages' own order after that)
    out.sort(key=lambda it: -it.score)
    return merge_same(out)[:limit]


_GIVEN_AND_SURNAME = re.compile(r"\b([A-Z][a-z]+)\s+[A-Z][\w'’-]+\b")


def _subject_of_report(said: str, pattern: re.Pattern[str]) -> bool:
    """Whether the person stands before the sentence's first reporting verb, named before any other person's full
    name (a given name and a surname): the one who tells, not one told of."""
    verb = _REPORTED.search(said)
    if verb is None or (own := pattern.search(said, 0, verb.start())) is None:
        return False
    # ("… led to Donnelly being entered by coach John McLaughlin but the athlete told BBC Sport": they are named first)
    return not any(is_given_name(m.group(1)) and not pattern.search(m.group(0))
                   for m in _GIVEN_AND_SURNAME.finditer(said, 0, own.start()))


PASSAGES_REPORTED = 10
# a sentence opening on another matter, in a round-up paragraph: not about what the story is about
_ASIDE = re.compile(r"^\W*(?:Separately|Meanwhile|Elsewhere|In other news|In a separate|Also)\b")
# how much of the asked topic a story's headline and lead, or a paragraph and the one before, must name for its reports
# of the person to answer it: all of it
STORY_COVER = 0.99


def _role_alternation(role: str | None) -> str | None:
    """The asked role as a regex alternation a reporting sentence may open with ("the foreign secretary" ->
    "The foreign secretary said …"), in any case; none for a one-word role, which is too loose to point at one
    person ("the minister")."""
    words = _role_words(role)
    if len(words) < 2:
        return None
    return r"(?i:\b(?:the|a)\s+" + r"\s+".join(re.escape(w) for w in words) + r")"


def _role_words(role: str | None) -> list[str]:
    """The asked role's words without its article ("the foreign secretary" -> foreign, secretary)."""
    return re.sub(r"^(?:the|a|an)\s+", "", (role or "").strip(), flags=re.IGNORECASE).split()


# a run of capitalised words, less a possessive owner before it ("Kelbia's Gino Rossi" -> "Gino Rossi")
_FULL_NAMES = re.compile(rf"\b(?:[A-Z][\w-]*['’]s\s+)?(?P<name>{_NAME})")


def _leads_with(snap: Snapshot, source_id: str, speaker: Speaker) -> bool:
    """Whether the story's lead names the person before any other person (one the registry knows, or a full name
    opened by a given name, quoted or not): the story is about what they did."""
    for m in _FULL_NAMES.finditer(story_lead(snap, source_id)):
        name = m.group("name")
        if len(name.split()) < 2:
            continue  # "Britain's", "EU": no one's full name
        person = snap.registry.resolve(name, source_id)
        if person is not None and person.kind == "person":
            return person.id == speaker.id
        if is_given_name(name.split()[0]):
            return False  # someone the story opens with whom the registry does not hold
    return False


def _gives_role(snap: Snapshot, source_id: str, role: str | None, names: str) -> bool:
    """Whether the story gives the person (``names``: a regex alternation of their names) the asked role, as a title
    before the name or an apposition after it; only then does its "the foreign secretary" mean them."""
    words = _role_words(role)
    doc = snap.document(source_id)
    if not words or doc is None:
        return False
    title = r"\s+".join(re.escape(w) for w in words)
    given = re.compile(rf"(?i:\b{title})\s+(?:{names})\b|\b(?:{names}),\s+(?i:(?:the\s+)?{title})\b")
    return given.search(doc[0]) is not None


def _name_pattern(speaker: Speaker) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_names_of(speaker)})\b")


def _names_of(speaker: Speaker) -> str:
    """The names a text may call someone by, longest first, as one regex alternation."""
    names = {n for n in (speaker.name, *speaker.aliases, surname(speaker.name)) if n and len(n) > 2}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _previous_sentence(snap: Snapshot, source_id: str, start: int) -> str:
    doc = snap.document(source_id)
    if not doc:
        return ""
    return sentence_before(doc[0], start)


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


@dataclass(frozen=True)
class _TopicAsked:
    """What one topic question holds, read once for every way of finding the quotations on it."""

    snap: Snapshot
    quotes: list[Quotation]
    topic: str
    words: list[str]
    concepts: list[Concept]
    head: str | None
    verb: str | None
    loose: bool

    def on(self, concepts: list[Concept], quotes: list[Quotation] | None = None,
           head: str | None = None) -> list[tuple[Quotation, float]]:
        if head is not None:
            return _on_topic(self.snap, self.quotes if quotes is None else quotes, concepts, head, self.loose)
        return _on_topic(self.snap, self.quotes if quotes is None else quotes,
                         weigh_head(concepts, self.head, self.verb), self.head, self.loose)


def _as_asked(t: _TopicAsked) -> list[tuple[Quotation, float]]:
    return t.on(t.concepts)


def _index_spelling(t: _TopicAsked) -> list[tuple[Quotation, float]]:
    """"not about “goverment”" only after the index's own spelling fails too."""
    fixed = corrected_concepts(t.snap, t.words)
    return t.on(fixed) if fixed else []


def _speaker_spelling(t: _TopicAsked) -> list[tuple[Quotation, float]]:
    """"the digital devide": the index's likeliest word ("David") is not what this speaker talked about."""
    local = spelt_as_said(t.snap, t.quotes, t.words)
    return t.on(concepts_for(t.snap, local)) if local else []


def _work_by_title(t: _TopicAsked) -> list[tuple[Quotation, float]]:
    """"his film sins": a work named by its kind and its title is what the stories naming that title are about; the
    speaker's words in them that take up the kind ("the film shows …") address it."""
    titled = work_titled(t.topic)
    if titled is None:
        return []
    kind, title = titled
    written = re.compile(rf"\b{re.escape(title)}\b", re.IGNORECASE)
    naming = {sid for sid in {q.source_id for q in t.quotes}
              if (doc := t.snap.document(sid)) is not None and written.search(doc[0])}
    named = [q for q in t.quotes if q.source_id in naming]
    return t.on(concepts_for(t.snap, [kind]), named, kind) if named else []


def _either_part(t: _TopicAsked) -> list[tuple[Quotation, float]]:
    """"euthanasia and the capacity bill": words on either matter answer, at a discount."""
    parts = conjuncts(t.topic)
    return _on_any(t.snap, t.quotes, parts, t.loose) if len(parts) > 1 else []


_PERSON_TOPIC = re.compile(r"^\s*(?:about\s+)?([a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){1,2})\s*$", re.IGNORECASE)


def _person_by_any_name(t: _TopicAsked) -> list[tuple[Quotation, float]]:
    """"what did Hantuchova say about Dominik Hrbaty": a topic that is a person's full name, written as a name in the
    speaker's own stories, is addressed by words that call that person by either name ("I've helped Dominik")."""
    m = _PERSON_TOPIC.match(t.topic)
    if m is None:
        return []
    parts = m.group(1).split()
    # written as a name in the speaker's stories, every word capitalised ("Steve McClaren"; not ``written_as_name``,
    # which reads title case only, so that "US President" stays a role)
    written = re.compile(r"\b" + r"\s+".join(re.escape(p) for p in parts) + r"\b", re.IGNORECASE)
    either = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in parts if len(p) > 2) + r")\b", re.IGNORECASE)
    # the words, or the sentence they stand in, call the person by a name: a story that names them only before
    # the words ("… retired against Piet Vos. "The crowd were wonderful," said Hale") is not about them
    naming = [q for q in t.quotes if either.search(_sentence_text(t.snap, q))
              and (doc := t.snap.document(q.source_id)) is not None
              and any(all(p[:1].isupper() for p in w.group(0).split()) for w in written.finditer(doc[0]))]
    alternatives = tuple(tuple(terms) for p in parts if len(p) > 2 and (terms := analyse(p)))
    if not naming or not alternatives:
        return []
    return t.on([Concept(word=m.group(1), alternatives=alternatives, weight=1.0)], naming, m.group(1))


# The ways of finding a speaker's quotations on a topic, tried in order until one finds some: the topic as asked,
# then as the index spells it, as the speaker spelt it, as a work by its title, as either of two matters, and as a
# person called by either name.
TOPIC_READINGS: tuple[Callable[[_TopicAsked], list[tuple[Quotation, float]]], ...] = (
    _as_asked, _index_spelling, _speaker_spelling, _work_by_title, _either_part, _person_by_any_name,
)


def rank_quotes(snap: Snapshot, quotes: list[Quotation], topic: str | None,
                loose: bool = False) -> list[tuple[Quotation, float]]:
    """The quotations on the topic, best first (all, fullest first, without one). ``loose`` keeps those
    that cover the topic's head and most of the rest even when others cover it all (another cue, such
    as where the words were written, will rank them)."""
    if topic:
        words = collapse_acronyms(topic_words(topic), snap.acronyms)
        if concepts := concepts_for(snap, words):
            asked = _TopicAsked(snap, quotes, topic, list(words), concepts, topic_head(topic), leading_verb(topic), loose)
            for reading in TOPIC_READINGS:
                if scored := reading(asked):
                    return scored
            return []
    # No topic: substantial quotations first, then in source order.
    ordered = sorted(quotes, key=lambda q: (-min(len(q.text.split()), 12), q.source_id, q.start))
    return [(q, float(min(len(q.text.split()), 12)) / 12) for q in ordered]


_WORK_TITLED = re.compile(r"^\s*(?:his|her|their|its|the)\s+(?:new\s+|latest\s+|first\s+)?"
                          r"(?P<kind>film|movie|book|novel|album|single|song|play|show|musical|series)\s+"
                          r"(?P<title>[\w'’-]+(?:\s+[\w'’-]+){0,3})\s*$", re.IGNORECASE)


def work_titled(topic: str) -> tuple[str, str] | None:
    """(kind, title) of a topic naming a work by its kind and title ("his film sins", "her new album blue"), or
    ``None``."""
    m = _WORK_TITLED.match(topic)
    return (m.group("kind"), m.group("title")) if m else None


def spelt_as_said(snap: Snapshot, quotes: list[Quotation], words: Sequence[str]) -> list[str] | None:
    """The topic's words with each one the index does not hold ("devide", "atack") replaced by the closest word of
    the speaker's own quotations and what sets them up ("divide", "attack"), by the index's spelling rule
    (:func:`closest_term`) and one edit away at most; ``None`` when no word changed or some misspelt word is none
    the speaker used. A misspelling is read against what the person asked
    about actually said: among all the index's words, a more frequent one as close ("David") wins elsewhere."""
    unknown = [w for w in words if (terms := analyse(w)) and not all(snap.doc_frequency(t) > 0 for t in terms)]
    if not unknown or not quotes:
        return None
    vocabulary: set[str] = set()
    written: set[str] = set()
    for q in quotes:
        setup = _set_up_text(snap, q)
        vocabulary |= set(analyse(q.text)) | set(analyse(setup))
        written |= {x.lower() for x in re.findall(rf"[A-Za-z]{{{TYPED_MIN},}}", f"{q.text} {setup}")}
    said = sorted(t for t in vocabulary if len(t) >= 3 and t.isalpha())
    out, changed = [], False
    for w in words:
        if w not in unknown:
            out.append(w)
            continue
        if (near := typed_as_written(w, written)) is not None:
            # "celebreties": one slip from the speaker's own "celebrities", though the stems ("celebreti",
            # "celebr") are three apart and the nearest stem is another word's ("celebrat")
            changed = True
            out.extend(analyse(near))
            continue
        parts = []
        for t in analyse(w):
            if snap.doc_frequency(t) > 0:
                parts.append(t)
                continue
            fixed = closest_term(t, said, snap.doc_frequency, w)
            if fixed is None or fixed not in vocabulary or OSA.distance(t, fixed) > 1:
                # one slip only, and every misspelt word must be one the speaker used: a name the index lacks
                # ("federer") is no word they said ("feel"), and the rest of the topic alone is another topic
                return None
            changed = True
            parts.append(fixed)
        out.extend(parts)
    return out if changed else None


TYPED_MIN = 5  # letters a typed word needs before one slip from a written word is read as that word


def typed_as_written(typed: str, written: set[str]) -> str | None:
    """The one word of ``written`` (the speaker's quotations and their set-ups, as written) one slip from the word as
    typed, compared before stemming: a misspelling is a slip in the word, and the stemmer may cut the two apart
    ("celebreties" -> "celebreti", "celebrities" -> "celebr"). ``None`` when no word or several stems are that
    close."""
    low = typed.lower()
    if len(low) < TYPED_MIN or not low.isalpha():
        return None
    near = [x for x in written if abs(len(x) - len(low)) <= 1 and OSA.distance(low, x) <= 1]
    stems = {tuple(analyse(x)) for x in near}
    return min(near) if len(stems) == 1 and all(stems) else None


_CONJUNCT = re.compile(r"\s+(?:and|or|as\s+well\s+as)\s+", re.IGNORECASE)
CONJUNCT_CREDIT = 0.8


def conjuncts(topic: str) -> list[str]:
    """The matters a coordinated topic names ("euthanasia and the capacity bill" -> both), each of at least
    one content word; a topic naming one matter is one part. Names joined inside ("Marks and Spencer")
    are split too, but then neither part alone is what the text writes, so nothing more is found."""
    first = _CONJUNCT.search(topic)
    if first is None or _PREPOSITION_BEFORE.search(topic[:first.start()]):
        return [topic]  # "the meeting with Blair and Brown": the names share the preposition, one matter
    parts = [p for p in _CONJUNCT.split(topic) if content_terms(p)]
    return parts if len(parts) > 1 else [topic]


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|for|over|with|from|at|on|to|by|against|about|after|before|between|"
                                 r"under|into|through|during|without|among)\b", re.IGNORECASE)


def _on_any(snap: Snapshot, quotes: list[Quotation], parts: list[str],
            loose: bool) -> list[tuple[Quotation, float]]:
    """The quotations on any one matter of a coordinated topic, best first, each scored at a discount: a
    question about two matters is answered by words on one of them, when none address both."""
    best: dict[tuple[str, int, int], tuple[Quotation, float]] = {}
    for part in parts:
        words = collapse_acronyms(topic_words(part), snap.acronyms)
        concepts = concepts_for(snap, words)
        if not concepts:
            continue
        head, verb = topic_head(part), leading_verb(part)
        for q, score in _on_topic(snap, quotes, weigh_head(concepts, head, verb), head, loose):
            key = (q.source_id, q.start, q.end)
            if key not in best or score * CONJUNCT_CREDIT > best[key][1]:
                best[key] = (q, score * CONJUNCT_CREDIT)
    return sorted(best.values(), key=lambda qs: -qs[1])


_NOT_HEAD = frozenset("back up out down off away over again forward around along".split())


def topic_head(topic: str) -> str | None:
    """The word a topic is about: the last content word before any "of/in/for/over/with"
    ("Santini's pay-off" -> "pay"; "the timing of the announcement" -> "timing"). A verb's "-ing" or
    particle is never the head: "going back on tour" is about the tour, "paying for the fight" the fight
    (an "-ing" noun after a determiner is: "the timing of the announcement"). A shell noun ("case", "move")
    is not the head while another part has one; when none has, the noun before it is ("the Mubanga case"),
    never a possessor ("BT's move")."""
    if _CLAUSE_TOPIC.match(topic):
        # "whether the ball was over the line", "whether the linesman should be sacked": a clause is about what it
        # says of its subject, its last word
        words = topic_words(topic)
        return words[-1] if words else None
    parts = re.split(r"\s+(?:of|in|for|over|with|from|at|on|to|by|against|about|after|before|between|under|into|"
                     r"through|during|without|towards?)\s+", topic)
    verb = leading_verb(topic)
    for part in parts:
        words = [w for w in content_terms(part) if w not in _NOT_HEAD and w != verb]
        if words and words[-1] not in SHELL_NOUNS:
            return words[-1]
    # only a shell noun heads the topic: the noun naming what it is about is its head ("the Mubanga case");
    # a possessor is who acted, not what it is about ("BT's move": no head)
    if re.search(r"['’]s?\s+[\w-]+\W*$", parts[0]):
        return None
    first = [w for w in content_terms(parts[0]) if w not in _NOT_HEAD and w != verb and w not in SHELL_NOUNS]
    return first[-1] if first else None


_CLAUSE_TOPIC = re.compile(r"^\s*(?:whether|if)\s+\w", re.IGNORECASE)


def leading_verb(topic: str) -> str | None:
    """The "-ing" verb a topic opens with ("remaking children's shows"), or ``None``."""
    first = content_terms(topic)[:1]
    return first[0] if first and is_gerund(first[0]) and topic.lower().startswith(first[0]) else None


def is_gerund(word: str) -> bool:
    """An "-ing" verb form ("going", "paying"), not a noun such as "king" or "thing"."""
    return len(word) >= 5 and word.endswith("ing")


def weigh_head(concepts: list[Concept], head: str | None, verb: str | None = None) -> list[Concept]:
    """The topic's head counts twice: a quotation naming only its modifier ("Santini") is not about
    "Santini's pay-off". A verb the topic opens with counts half: the text words an action its own
    way ("remaking" shows, "repackaging them"), the thing acted on is what the topic is about."""
    if len(concepts) < 2:
        return concepts
    out = []
    for c in concepts:
        if is_shell(c):
            c = replace(c, weight=c.weight / 2)
        elif c.word == head:
            c = replace(c, weight=c.weight * 2)
        elif c.word == verb:
            c = replace(c, weight=c.weight / 2)
        out.append(c)
    return out


# Nouns that stand for whatever the story is about ("BT's move", "the decision", "the row"): the text
# names the thing itself, so such a noun counts half and is never the head that must be matched. So do
# the nouns relating someone to an event ("Duff's part in the goal", "her role in the deal", "Glazer's chances of
# getting the bid through"): the text names the person and the event, and says what they did or may do.
SHELL_NOUNS = frozenset("""move moves decision decisions plan plans step steps announcement news idea ideas
situation issue issues matter matters affair development developments thing things row comments remarks
reaction response part role contribution involvement case saga controversy chance chances prospect prospects
odds likelihood""".split())
_SHELL_FORMS = frozenset(form for w in SHELL_NOUNS if (form := tuple(analyse(w))))


def is_shell(concept: Concept) -> bool:
    """Whether a topic word is a shell noun, as typed or, misspelt ("chanses"), as the index spells it."""
    return concept.word in SHELL_NOUNS or (concept.corrected and any(alt in _SHELL_FORMS
                                                                     for alt in concept.alternatives))


ON_TOPIC = MIN_COVERAGE * 0.8
# A quotation whose words and set-up hold the topic's head but not all of its other words: enough when no
# quotation of the speaker does better ("buying Blogroll" answered by what follows "… acquire Blogroll").
ON_HEAD = MIN_COVERAGE * 0.6
ON_HEAD_LOOSE = MIN_COVERAGE * 0.4  # when another cue (where it was written) vouches for the quotation


def _on_topic(snap: Snapshot, quotes: list[Quotation], concepts: list[Concept],
              head: str | None = None, loose: bool = False) -> list[tuple[Quotation, float]]:
    """The quotations that address the topic, best first, with how well they do: those that cover it
    well enough, else (when none does) those that cover the topic's head and a good part of the rest."""
    scored = []
    on_head = []
    leads: dict[str, set[str]] = {}  # each story's lead, read once
    names_written: dict[str, frozenset[str]] = {}  # each story's names (words written capitalised only), read once
    unwritten: dict[str, bool] = {}  # each topic word: whether the sources never write it, judged once
    for q in quotes:
        # the same speaker's previous quotation in the paragraph answered what was set up before it
        earlier = [o.end for o in quotes if o.source_id == q.source_id and o.paragraph == q.paragraph
                   and o.end <= q.sentence_start]
        own_terms = set(analyse(q.text))
        around_terms = set(analyse(_sentence_text(snap, q)))
        # A quotation often answers the question the text before it sets up
        # ("…on missile defense." / "We are willing to take part…", he said).
        # What follows a quotation does not make it about anything. The
        # headline says what the whole story is about.
        set_up = last_sentences(_set_up_text(snap, q, max(earlier, default=None)), SET_UP_SENTENCES)
        if q.source_id not in leads:
            leads[q.source_id] = set(analyse(story_lead(snap, q.source_id)))
        set_up_terms = set(analyse(set_up + "\n\n" + (snap.meta(q.source_id).title or ""))) | leads[q.source_id]
        if not confirmed([c for c in concepts if not is_shell(c)], set(snap.document_terms(q.source_id))):
            # a spelling correction is borne out by the quotation's source; how well the quotation covers the
            # topic is for the coverage to say ("economic" in the words, "tsunami" only earlier in the story). A
            # misspelt shell noun ("chanses") needs no word of the text to bear it out: the text names the event
            continue
        score = layered_coverage(concepts, (own_terms, around_terms, set_up_terms), (1.0, 0.8, 0.5))
        if score >= ON_TOPIC and not named_near(snap, q, concepts, own_terms | around_terms, _set_up_text(snap, q)):
            continue
        if score >= ON_TOPIC:
            scored.append((q, score))
        elif score >= (ON_HEAD_LOOSE if loose else ON_HEAD) and head_covered(
                concepts, head, own_terms | around_terms | set_up_terms) and not _name_word_missing(
                snap, q.source_id, concepts, head, own_terms | around_terms | set_up_terms, names_written, unwritten):
            on_head.append((q, score))
    scored = scored + on_head if loose else scored or on_head
    scored.sort(key=lambda qs: (-round(qs[1] * fragment_weight(qs[0].text), 3), -min(len(qs[0].text.split()), 12)))
    # Only the quotations that address the topic about as well as the best one:
    # weaker ones merely sit near a word of it.
    if scored:
        best = scored[0][1]
        scored = [qs for qs in scored if qs[1] >= best * 0.6]
    return scored


def _name_word_missing(snap: Snapshot, source_id: str, concepts: list[Concept], head: str | None, near: set[str],
                       names_written: dict[str, frozenset[str]], unwritten: dict[str, bool]) -> bool:
    """Whether the topic's head is near the quotation only by a synonym ("approached" for "bid") while a word of the
    topic that the story writes only as a name ("Olympic" of "the olympic bid") is missing from the quotation, its
    sentence and what sets it up: a synonym of the head alone says the words are about some approach, not about
    the bid the name says. So is a word the sources never write ("olimpic"): the synonym alone must not answer
    before the topic's spelling is corrected. (The head in its own word answers as before: "squabbling" near
    words of two people the question names only earlier.)"""
    own = next((c.alternatives[0] for c in concepts if c.word == head and c.alternatives), ())
    if not own or all(t in near for t in own):
        return False  # the head in its own word: the words are about that matter, wherever the name is
    if source_id not in names_written:
        doc = snap.document(source_id)
        names_written[source_id] = capitalised_words(doc[0]) if doc else frozenset()
    written = names_written[source_id]
    # (whether the sources never write a word is the question's, judged once for all its quotations)
    never = {c.word for c in judged_once(concepts, unwritten, lambda c: not any(map(snap.doc_frequency, c.all_terms())))}
    return any(c.word != head and not c.matched_by(near) and ({c.word.lower(), *c.all_terms()} & written
                                                              or c.word in never)
               for c in concepts)


# What sets a quotation up is the few sentences right before it ("Van Persie is suspended … Wenger added: '…'"
# answers about the suspension only when it is said next to it). A story printed as one long paragraph would
# otherwise lend every quotation in it each matter named anywhere earlier ("what did Wenger say about Van Persie's
# sending off" answered by his words on another player's ankle, eight sentences on). Measured in ans18 on the READ
# and BLIND sides: 2 sentences removed the most wrong and forced answers for the fewest right ones (1 and 3 did worse).
SET_UP_SENTENCES = 2


def last_sentences(set_up: str, n: int) -> str:
    """The last ``n`` sentences of the quotation's own paragraph in what sets it up (all of it when it has no more),
    after the last sentence of the paragraph before when the set-up holds one (``set_up_before``): a paragraph break
    is where news moves from the matter to the words on it ("The pair are building the Relay Grid." / "… In an
    e-mail, Ana Ruiz calls it: …")."""
    before, gap, own = set_up.rpartition("\n\n")
    spans = split_sentences(own)
    if len(spans) <= n:
        return set_up
    return f"{before}{gap}{own[spans[-n].start:]}"


def name_topic(snap: Snapshot, source_id: str, concepts: list[Concept]) -> bool:
    """Whether the topic is a name in this story: every word of it the story writes, and always capitalised ("Tim
    Henman", "the Australian Open", "Apple's iPod"), never as a common word; a topic with a shell noun ("Russia's
    decision") is a matter, not a name."""
    doc = snap.document(source_id)
    if not doc or not concepts or any(is_shell(c) for c in concepts):
        return False
    for c in concepts:
        found = re.findall(rf"\b{re.escape(c.word)}\b", doc[0], re.IGNORECASE)
        if not found or any(w[0].islower() and not any(ch.isupper() for ch in w[1:]) for w in found):
            return False
    return True


_CAPITALISED_RUN = r"(?:[A-Z][\w'’-]*\s+)*{}(?:\s+[A-Z][\w'’-]*)*"


def full_name_terms(text: str, concepts: list[Concept]) -> set[str]:
    """The words of the names the text writes each topic word in ("Serena" -> "Serena Williams"): a story calls a
    person by one part of the name and then another ("Davenport paid tribute to Williams")."""
    out: set[str] = set()
    for c in concepts:
        pattern = _CAPITALISED_RUN.format(re.escape(c.word[:1].upper() + c.word[1:]))
        for m in re.finditer(rf"\b{pattern}\b", text):
            out |= set(analyse(m.group(0)))
    return out


def set_up_sentence(set_up: str) -> str:
    """The sentence right before quoted words; when it only introduces them ("He told BBC News 24:"), the one before
    it too."""
    sentences = [x for x in re.split(r"(?<=[.!?:])\s+|(?<=[.!?:][\"”])\s+", set_up.strip()) if x]
    if not sentences:
        return ""
    if sentences[-1].endswith(":") and len(sentences) > 1:
        return f"{sentences[-2]} {sentences[-1]}"
    return sentences[-1]


def named_near(snap: Snapshot, q: Quotation, concepts: list[Concept], said: set[str], set_up: str) -> bool:
    """Whether words that are about a name name it near enough: in the quoted words, their sentence, or the
    sentence right before them ("Asked about Henman, he said: …"), by any word of the name as the story writes it.
    A name only in the headline, the lead or earlier in the paragraph is the story's other matter ("Ljubicic, who
    beat Tim Henman in the last eight, …" before Federer's words on his own start): those words are not about that
    person, team or event. Other topics pass."""
    if not name_topic(snap, q.source_id, concepts):
        return True
    doc = snap.document(q.source_id)
    names = full_name_terms(doc[0], concepts) if doc else set()
    near = said | set(analyse(set_up_sentence(set_up))) | introduced_with(snap, q)
    if any(c.matched_by(near) for c in concepts) or bool(names & near):
        return True
    return bool(doc) and subject_earlier(doc[0], doc[1], q.sentence_start, concepts)


def subject_earlier(text: str, paragraphs: Sequence[Paragraph], start: int, concepts: list[Concept]) -> bool:
    """Whether a sentence earlier in the quotation's paragraph opens with the name, its subject ("Tom Hallam has
    pulled out of the event. The British number one flew home. His coach said: …"): the paragraph is about them,
    and what follows refers back to them. A name inside another's sentence ("Ljubicic, who beat Tim Henman, …")
    is not the paragraph's subject."""
    para = next((p for p in paragraphs if p.start <= start < p.end), None)
    if para is None:
        return False
    for sp in split_sentences(text[para.start:start]):
        opening = re.match(r"[\"“‘']?((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)", text[para.start + sp.start:para.start + sp.end])
        if opening and any(c.matched_by(set(analyse(opening.group(1)))) for c in concepts):
            return True
    return False


INTRODUCED_SENTENCES = 2  # the sentence that first names the speaker and the one after it


def introduced_with(snap: Snapshot, q: Quotation) -> set[str]:
    """The terms of the sentence that first names the speaker after the headline, and of the sentence after it:
    what the story introduces them with ("he found Dan Lane … The pair are creating what they call the Alert
    Retrieval Cache") is their own matter, and their words later on are about it. Not the whole paragraph: a story
    printed as one paragraph would make every matter in it the speaker's (ans18, as for ``last_sentences``)."""
    doc = snap.document(q.source_id)
    if not doc or not q.speaker:
        return set()
    last = re.compile(rf"\b{re.escape(q.speaker.split()[-1])}\b")
    for p in doc[1][1:]:
        spans = split_sentences(doc[0], p.start, p.end)
        for i, sp in enumerate(spans):
            if last.search(doc[0][sp.start:sp.end]):
                end = spans[min(i + INTRODUCED_SENTENCES, len(spans)) - 1].end
                return set(analyse(doc[0][sp.start:end]))
    return set()


FRAGMENT_WORDS = 5


def fragment_weight(quoted: str) -> float:
    """How a quotation ranks against fuller ones: a fragment of a few words ("peace and prosperity")
    says less of what someone said than a sentence of theirs on the same matter, so it comes later."""
    return 1.0 if len(quoted.split()) >= FRAGMENT_WORDS else 0.85


def head_covered(concepts: list[Concept], head: str | None, terms: set[str]) -> bool:
    """Whether the topic has a head among several words and the text holds it (in any of its forms)."""
    return head is not None and len(concepts) > 1 and any(c.word == head and c.matched_by(terms) for c in concepts)


def topic_words(topic: str) -> tuple[str, ...]:
    """The topic's content words, without the particle of a verb ("going back on tour": "back" is part
    of "going", not a thing the quotation must name)."""
    # ("whether the ball was over the line": the clause's words, not the word that opens it)
    words = [w for w in content_terms(topic) if w != "whether"]
    kept = tuple(w for i, w in enumerate(words) if not (w in _NOT_HEAD and i > 0 and is_gerund(words[i - 1])))
    full = tuple(w for w in kept if w not in LIGHT_VERBS)
    return full or kept


# Verbs that carry no topic of their own: "Norway becoming an EU member" is about Norway and membership,
# "having to repeat searches" about repeating searches; the text words it without them.
LIGHT_VERBS = frozenset("""become becomes becoming became get gets getting got have has having had make makes
making made do does doing did go goes going went take takes taking took come comes coming came give gives
giving gave keep keeps keeping kept put puts putting let lets letting try tries trying tried being look looks
looking looked""".split())


def _set_up_text(snap: Snapshot, q: Quotation, after: int | None = None) -> str:
    """What sets the quotation up (see ``set_up_before``), from offset ``after`` on when given."""
    doc = snap.document(q.source_id)
    if not doc:
        return ""
    return set_up_before(doc[0], doc[1], q.sentence_start, after)


def previous_paragraphs(text: str, paragraphs: Sequence[Paragraph], start: int) -> str:
    """The paragraph holding offset ``start`` up to it, and the whole paragraph before: where "his" points back to."""
    for i, p in enumerate(paragraphs):
        if p.start <= start < p.end:
            return text[paragraphs[i - 1].start:start] if i else text[p.start:start]
    return ""


def set_up_before(text: str, paragraphs: Sequence[Paragraph], start: int, after: int | None = None) -> str:
    """The paragraph holding offset ``start`` up to it, after the last sentence of the paragraph
    before; "" when ``start`` is in no paragraph. With ``after`` (where the speaker's previous
    quotation in the paragraph ends), only the text from there: what came before that quotation is
    what it answered, and a speaker's next quotation moves on."""
    for i, p in enumerate(paragraphs):
        if p.start <= start < p.end:
            if after is not None and p.start <= after <= start:
                return text[after:start]
            own = text[p.start:start]
            if i == 0:
                return own
            before = split_sentences(text, paragraphs[i - 1].start, paragraphs[i - 1].end)
            last = text[before[-1].start:before[-1].end] if before else ""
            return f"{last}\n\n{own}" if own.strip() else last
    return ""


# How much of "who said <words>" the quotation's own words must hold: a fragment ("about a third") is found by its
# sentence, but words the narration says around a quotation are not the quotation's
WHO_SAID_OWN = 0.3


def who_said(snap: Snapshot, pq: ParsedQuestion, words: str, story: str | None = None) -> Answer | None:
    """"Who said Rosneft will have to pay real money", "who said about a third of Asbos were breached": the stored
    quotations holding the words, each answered with who said them as the sentence describes them ("Moscow-based US
    lawyer Jamie Firestone") and shown with its sentence; ``None`` when no quotation with a speaker or a description
    holds them (the question is then answered as before: whose words?). With ``story`` (what the words were said
    about: "… about krispy kreme"), only a quotation whose story tells of it."""
    concepts = concepts_for(snap, list(content_terms(words)))
    if not concepts:
        return None
    about = concepts_for(snap, list(content_terms(story))) if story else []
    holding: dict[str, list[Quotation]] = {}  # source -> its quotations with a speaker that hold the words, read once
    items: list[AnswerItem] = []
    for s in candidate_sentences(snap, concepts):
        if s.cover < MIN_COVERAGE:
            continue
        if about and coverage(about, set(snap.document_terms(s.source_id))) < MIN_COVERAGE:
            continue  # "I will never answer any questions any more" is not said about Krispy Kreme
        if s.source_id not in holding:
            holding[s.source_id] = [q for q in snap.quotations_in(s.source_id) if (q.speaker or q.speaker_description)
                                    and coverage(concepts, set(analyse(q.text))) >= WHO_SAID_OWN]
        for q in holding[s.source_id]:
            if not (q.start < s.end and s.start < q.end):
                continue
            it = quote_item(snap, q, s.cover * 2 + min(s.passage_score, 20) / 40)
            who = speaker_phrase(it.quote, q) or it.speaker or it.speaker_description
            items.append(it.model_copy(update={"text": who}))
    if not items:
        return None
    items.sort(key=lambda it: -it.score)
    items = merge_same(items)
    return Answer(question=pq.text, intent=Intent.quote,
                  answers=tuple(it for it in items if it.score >= items[0].score * 0.75)[:MAX_ANSWERS])


# "who said X", "who says that X": the words asked about, whole
_WHO_SAID = re.compile(r"\bwho\s+(?:said|says|has\s+said|had\s+said|told\s+\w+|claimed|warned|argued)\s+(?:that\s+)?(?P<words>.+?)\W*$",
                       re.IGNORECASE)


def said_words(question: str) -> str | None:
    """The words a "who said …" question asks about, "about …" included; ``None`` for any other question."""
    m = _WHO_SAID.search(question)
    return m.group("words") if m else None


# How much of the asked words a sentence reporting them must hold: more than a sentence merely on the topic does,
# since a reported clause is the words themselves, reworded at most in tense and person
WHO_REPORTED_COVER = 0.6


def who_reported(snap: Snapshot, pq: ParsedQuestion, words: str) -> Answer | None:
    """"Who said demand for crisps had fallen": in a story that reports speech without quoting it ("Chief executive
    Martin Olsen said the closure was needed because demand for crisps had fallen"), whoever the sentence makes the
    subject of its reporting verb, the words after that verb holding the asked ones. The answer is the sayer's name
    with the sentence, and no ``speaker``: the words are the reporter's, not theirs. ``None`` when no sentence
    reports the words of someone it names (a pronoun's or "the firm"'s words are left: whom they mean is a guess)."""
    concepts = concepts_for(snap, list(content_terms(words)))
    if not concepts:
        return None
    # the asked words that are names (words the sources never write in small letters), judged once per question
    asked_names = [c for c in concepts if any(snap.doc_frequency(t) > 0 for t in analyse(c.word))
                   and not written_in_small_letters(snap, c.word)]
    framing: dict[str, frozenset[str]] = {}  # each story's headline and lead names, read once

    def names_of(source_id: str) -> frozenset[str]:
        if source_id not in framing:
            framing[source_id] = story_names(snap, source_id)
        return framing[source_id]

    # the names the asked words carry may stand only in the story's headline or lead ("who said exports were the main
    # driver of Israel's growth": "…, the statistical office said" in a story on Israel), read so only when no
    # sentence holds the words itself
    items = _reports_of(snap, concepts, words, asked_names, names_of, under_story=False) or \
        _reports_of(snap, concepts, words, asked_names, names_of, under_story=True)
    if not items:
        return None
    items.sort(key=lambda it: -it.score)
    items = merge_same(items)
    return Answer(question=pq.text, intent=Intent.quote,
                  message="The sources report these words, without quoting them:",
                  answers=tuple(it for it in items if it.score >= items[0].score * 0.75)[:MAX_ANSWERS])


def _reports_of(snap: Snapshot, concepts: list[Concept], words: str, asked_names: list[Concept],
                names_of: Callable[[str], frozenset[str]], under_story: bool) -> list[AnswerItem]:
    """:func:`who_reported`'s reports; ``under_story``, each sentence read with its story's names as its own."""
    items: list[AnswerItem] = []
    for s in candidate_sentences(snap, concepts):
        story = names_of(s.source_id)
        extra = story if under_story else frozenset()
        terms = set(analyse(s.text)) | extra
        cover = coverage(concepts, terms) if extra else s.cover
        if cover < WHO_REPORTED_COVER or not _says_what_was_asked(s.text, concepts, terms, story):
            continue
        said = unquoted(s.text)
        if (found := _reporting_subject(snap, s, said, concepts, extra)) is not None:
            sayer, described = found
            if (extra or any(not c.matched_by(terms) for c in asked_names)) \
                    and _names_elsewhere(s.text, extra, words, sayer):
                # "In neighbouring Kelbia, exports had doubled, …": of another place than the story's; "At rival chain
                # Corra Stores, boss Tim Ashdown said sales would fall" for "who said Vellmart sales would fall"
                continue
            # the sentence that holds the words as asked, in their order, before one that merely shares them
            close = fuzz.partial_ratio(" ".join(words.lower().split()), said.lower()) / 100
            items.append(item(snap, s.source_id, s.paragraph, s.start, s.end, s.text, sayer, cover + close,
                              speaker_description=sayer if described else None))
    return items


def _names_elsewhere(sentence: str, story: frozenset[str], words: str, sayer: str) -> bool:
    """Whether the sentence, read under its story's names, names someone or something the story's headline and lead,
    the asked words and the sayer do not: then it tells of that other, not of what the story names."""
    own = story | set(analyse(f"{words} {sayer}"))
    return bool(capitalised_terms(sentence) - own)


# How much of what the asked words say of the people and things they name the sentence must hold
WHO_REPORTED_SAYS = 0.5


def _says_what_was_asked(sentence: str, concepts: list[Concept], terms: set[str], story: frozenset[str]) -> bool:
    """Whether the sentence holds what the asked words say, not only whom they name: "who said Kerr was fired by the
    studio" is not answered by "… reported that Kerr had clashed with the studio", which names the same people and
    says something else of them. The names are the capitalised words of the sentence and of its story's framing
    (``story``)."""
    names = story | capitalised_terms(sentence)
    said = [c for c in concepts if not c.matched_by(names)]
    return not said or coverage(said, terms) >= WHO_REPORTED_SAYS


def _reporting_subject(snap: Snapshot, s: Sentence, said: str, concepts: list[Concept],
                       named: frozenset[str] = frozenset()) -> tuple[str, bool] | None:
    """Who the sentence reports as saying the asked words, and whether that is a description rather than a name:
    the subject of a reporting verb whose own clause holds the asked words after it ("Martin Olsen said", "Northline
    said", "Walsh also said that", "Volkova, who had not dropped a set, said"), or the subject set after words that
    hold them ("…, officials said", "…, said Mr Olsen"); a name as the story gives it in full ("Mr Olsen" -> "Martin
    Olsen"), the person before "of" rather than the body they work for ("analyst Karen Fielding of research firm
    Dataquest Europe said"), the one "He"/"She" points back to (:func:`frames.pronoun_referent`), or a description
    ("Analysts said", "the home secretary said", "A spokesman for Tom Hale said"), never shown as a name. Not words
    the subject denies or doubts ("denied reports that …", "said the factory would not close" for "would close")."""
    verbs = list(_REPORTED.finditer(said))
    for k, verb in enumerate(verbs):
        before = said[:verb.start()]
        # the verb's own clause: up to the next reporting verb ("… told police he had been attacked, but witnesses
        # said he started the fight": the fight is the witnesses' words)
        after = said[verb.end():verbs[k + 1].start() if k + 1 < len(verbs) else len(said)]
        if _DISOWNED.search(said):
            return None  # "denied he had ever said …", "said rumours that … were untrue", "Asked whether …"
        if coverage(concepts, set(analyse(after)) | named) >= MIN_COVERAGE:
            if _DENIAL.match(verb.group(0)) or _negated(after, concepts) != _negated(asked_text(concepts)):
                continue
            subject = _clause_subject(before)
        elif coverage(concepts, set(analyse(before)) | named) >= MIN_COVERAGE and (tail := _TAIL_SUBJECT.search(before)):
            if _negated(before, concepts) != _negated(asked_text(concepts)):
                continue  # "The warehouse will not be sold, owner Vic Lamb said."
            subject = tail.group("who")  # "The money will come from savings, officials said."
        elif coverage(concepts, set(analyse(before)) | named) >= MIN_COVERAGE and (inverted := _INVERTED_SUBJECT.match(after)):
            if _negated(before, concepts) != _negated(asked_text(concepts)):
                continue
            subject = inverted.group("who")  # "…, said Mr Olsen."
        else:
            continue
        return _sayer(snap, s, subject, said)
    if (according := _ACCORDING_TAIL.search(said)) is not None and not _DISOWNED.search(said) \
            and not _DENIED_AS_FALSE.search(said) \
            and (who := _ACCOUNT_OF.fullmatch(_WORK_BY.sub("", according.group("who")).rstrip("."))) is not None \
            and coverage(concepts, set(analyse(said[:according.start()])) | named) >= MIN_COVERAGE \
            and _negated(said[:according.start()], concepts) == _negated(asked_text(concepts)):
        # "It is also the ninth Jim Carrey film to hit the $100m mark, according to Exhibitor Relations.": whose
        # account the words are, set after them as a reporting verb's inverted subject is; only a name written whole
        # ("retailer Marks and Spencer", never "figures released last Tuesday" nor "an interview Neil Brack gave the
        # Western Courier")
        return who.group("name"), False
    return None


# "…, according to Exhibitor Relations." ending a sentence: the words before are that body's or person's account (to
# a comma that sets off a description of it: "according to Pointsec, a mobile-data security firm.")
_ACCORDING_TAIL = re.compile(r",?\s+according\s+to\s+(?P<who>(?:[\w'’.&-]+\s+){0,9}?[\w'’.&-]+)\s*(?:,[^.;]*)?[.;]?\s*$")
# a name written whole after "according to", with at most a lower-case description before it ("retailer Marks and
# Spencer", "union organiser Gareth Pengelly", "Devon and Cornwall Police")
_ACCOUNT_OF = re.compile(r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,2})?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:and|of|&|de|[A-Z][\w'’&.-]*))*"
                         r"(?<!\band)(?<!\bof))")
# words reported only to be called false: "It is not true that …", "Talk that … is wrong", "… are wide off target"
_DENIED_AS_FALSE = re.compile(r"\bnot\s+true\b|\bis\s+wrong\b|\bare\s+wrong\b|\bwide\s+(?:of|off)\b|\bfalse\b|"
                              r"\bunfounded\b|\bbaseless\b|^\W*(?:Talk|Rumou?rs?)\b", re.IGNORECASE)
# "a recent report by analysts Screen Digest": the work's author is whose account it is
_WORK_BY = re.compile(r"^(?:an?|the)\s+(?:(?:new|recent|latest|annual|separate)\s+)?(?:report|study|survey|research|"
                      r"analysis|figures|data|poll|estimates?)\s+(?:by|from|of)\s+(?:(?:analysts|researchers|"
                      r"research\s+firm|consultants?|consultancy|analyst)\s+)?", re.IGNORECASE)


# "…, officials said." / "…, the company said." after the words: the subject between the last comma and the verb
_TAIL_SUBJECT = re.compile(r",\s*(?P<who>(?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)\s+(?:(?:also|later|then)\s+)?$")
# "…, said Mr Olsen." / "…, said a spokesman for Brimley.": the subject after the verb, to the sentence's end
_INVERTED_SUBJECT = re.compile(r"^\s+(?P<who>(?:[\w'’.&-]+\s+){0,6}?[\w'’.&-]+)\s*[.,;]?\s*$")
_PRONOUN_SUBJECT_OPENING = re.compile(r"^\W*(?P<pronoun>He|She)\s+(?:(?:also|later|then|had|has)\s+)*$")
_ADVERBS_BEFORE_VERB = re.compile(r"(?:\s+(?:also|later|then|had|has|have|yesterday|earlier|once|again|previously))+\s*$")
_DENIAL = re.compile(r"(?i)denied|denies|deny|rejected|dismissed|disputed|doubted|refuted")
# words a sentence reports only to deny, doubt or ask them: "denied he had ever said", "rumours that … were untrue",
# "Fears that … are wide of the mark", "Asked whether the mill would close"
_DISOWNED = re.compile(r"\b(?:denied|denies|dismissed|rejected|refuted|disputed)\b|\b(?:rumou?rs?|reports?|claims?|"
                       r"speculation|suggestions?|fears?)\s+that\b|\buntrue\b|\bwide\s+of\s+the\s+mark\b|"
                       r"\bnonsense\b|\bno\s+truth\b|^\W*(?:Asked|Questioned|Pressed)\b|\bwhether\b", re.IGNORECASE)
_NEGATION = re.compile(r"(?i)\b(?:not|never|no\s+longer|n't|no)\b|n't\b")


def _negated(text: str, concepts: list[Concept] | None = None) -> bool:
    """Whether words say "not" (or "never", "no longer"): "would not close" is not "would close". With
    ``concepts``, only the clause of the text that holds most of them is read ("she had never played better and that
    winning at home meant everything": the second clause holds the asked words, and no "not")."""
    if concepts:
        pieces = [p for p in _CLAUSE_JOINTS.split(text) if p and p.strip()]
        text = max(pieces, key=lambda piece: coverage(concepts, set(analyse(piece))), default=text)
    return _NEGATION.search(text) is not None


# (a reason or a concession is a clause of its own: "younger farmers were leaving the industry because they could not
# see a future in it" says no "not" of the leaving; "if" and "when" are not joints: "it was not clear if the plant
# would close", "did not know when it would reopen" deny what follows)
_CLAUSE_JOINTS = re.compile(r",|;|\bbut\b|\band\s+that\b|\band\b|\bthat\b|\bwhile\b|\bbecause\b|\balthough\b|"
                            r"\bthough\b|\bwhereas\b", re.IGNORECASE)


def asked_text(concepts: list[Concept]) -> str:
    """The asked words as typed (each concept's word), to read a "not" in them."""
    return " ".join(c.word for c in concepts)


# an aside that is a name alone ("…, Dr Tom Ellery,"), and a head that is a role and nothing else: an owner and words
# before the role word, no preposition nor verb ("The firm's publishing director", never "A spokesman for the health
# secretary", "The father of the dead soldier", "Doctors treating his wife", whose aside names another)
_NAMED_ASIDE = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Professor|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*")
_ROLE_HEAD = re.compile(r"(?:(?:The|the|Its|its|His|his|Her|her|Their|their)\s+)?(?:(?:[A-Z][\w'’.-]*\s+)*[\w'’-]+['’]s?\s+)?"
                        r"(?:(?!(?:of|for|to|with|at|from|by|in|on)\b)[\w-]+\s+){0,3}[a-z][\w-]*")


def _clause_subject(before: str) -> str:
    """The subject of the reporting verb ``before`` ends at: past a clause fronted before it ("Speaking alongside Tom
    Hale at a press conference, manager Bill Oakes said"), but keeping a name whose aside commas set off ("Volkova,
    who had not dropped a set all week, said", "Tessa Cole, the shadow secretary, said")."""
    clause = before[max(before.rfind(";"), before.rfind(":")) + 1:]
    clause = _ADVERBS_BEFORE_VERB.sub("", clause)  # "Ms Lindqvist, who joined Harlow in 2001, also said"
    last = clause.rstrip().rstrip(",")
    if "," not in last:
        return clause
    tail = last[last.rfind(",") + 1:]
    if clause.rstrip().endswith(","):
        head = last[:last.find(",")]
        if _NAMED_ASIDE.fullmatch(tail) and _ROLE_HEAD.fullmatch(head.strip()) \
                and head.split()[-1].lower() in ROLE_WORDS:
            # "The firm's publishing director, Tom Ellery, said": the aside is the name of the one the head describes
            return tail.strip()
        return head  # the aside closes right before the verb: the name before it speaks
    return LEADING_CONNECTORS.sub("", tail.strip())


def _sayer(snap: Snapshot, s: Sentence, subject: str, said: str) -> tuple[str, bool] | None:
    """The name (or the description) a reporting verb's ``subject`` gives, as :func:`_reporting_subject` says: the
    noun phrase right before the verb, and nothing further back ("Regional director Christopher Wainwright said Gary
    Pell had told him …" is Pell's; "Bill Oakes accused Ian Kerr … when he said" is nobody's we can name)."""
    doc = snap.document(s.source_id)
    text = doc[0] if doc else ""
    if (pronoun := _PRONOUN_SUBJECT_OPENING.match(subject)) is not None:
        if doc is None:
            return None
        lo = max((p.start for p in doc[1] if p.number == _paragraph_of(doc[1], s.start) - 1), default=s.start)
        who = pronoun_referent(text, lo, s.start + pronoun.end("pronoun"), pronoun.group("pronoun"))
        return _full_name(snap, s.source_id, who, text) if who else None
    phrase = _ADVERBS_BEFORE_VERB.sub("", subject).rstrip(" ,")
    if not phrase or _NOT_A_SUBJECT_END.search(phrase):
        return None  # "… when he said", "… and said", "… was told": no subject of its own to name
    runs = list(NAME_RUN.finditer(phrase))
    first = runs[0] if runs else None
    if first is not None and re.match(r"\s+(?:of|at|from|with)\s+", phrase[first.end():]) \
            and not _AFTER_PREPOSITION.search(phrase[:first.start()]) \
            and (person := snap.registry.resolve(_bare(first.group(0)), s.source_id)) is not None \
            and person.kind == "person":
        return _full_name(snap, s.source_id, first.group(0), text)  # "analyst Karen Fielding of … Dataquest said"
    last = re.search(r"(?:[A-Z][\w'’.&-]*\s+)*[A-Z][\w'’.&-]*$", phrase)
    # a name after "for", "of", "with", … is whom the subject works for or stands beside, never the subject ("A
    # spokesman for Tom Hale", "The family of Tom Hale", "A friend of Anna Koskinen"); nor is a word capitalised only
    # as the sentence's first ("Analysts said")
    if last is not None and not _AFTER_PREPOSITION.search(phrase[:last.start()]) \
            and not _AFTER_PREPOSITION_ROLE.search(phrase[:last.start()]) \
            and not (len(last.group(0).split()) == 1 and (is_unnamed(last.group(0).lower())
                                                         or last.group(0).lower() in STOPWORDS
                                                         or is_role_phrase(last.group(0).lower()))):
        return _full_name(snap, s.source_id, last.group(0), text)
    # "Analysts said the cuts were long overdue", "the home secretary said", "A spokesman for Tom Hale said": a group,
    # an unnamed person or a role
    opener = " ".join(phrase.split()).strip(" ,.")
    if not opener or len(opener.split()) > 6 or _PRONOUN_OPENER.match(opener):
        return None
    first_word = opener.split()[0]
    low = opener[:1].lower() + opener[1:] if first_word.lower() in STOPWORDS or is_unnamed(first_word.lower()) \
        or is_role_phrase(first_word.lower()) else opener
    return (low, True) if is_unnamed(low.lower()) or is_role_phrase(low.lower()) \
        or _AFTER_PREPOSITION.search(low) else None


# a subject phrase that ends where no subject of the verb stands: a pronoun inside a clause ("… when he"), a joint
# ("… and", "… but"), a passive ("was told by his foreman that"), a question put ("Asked whether …")
_NOT_A_SUBJECT_END = re.compile(r"(?:^|\s)(?:he|she|they|it|we|i|you|and|but|or|was|were|been|being|is|are|be)$"
                                r"|^\W*(?:Asked|Questioned|Pressed)\b", re.IGNORECASE)


_AFTER_PREPOSITION = re.compile(r"\b(?:for|of|to|with|beside|alongside|behind|against|by|from|at|on|in|about|"
                                r"over|under|after|before)\s+(?:the\s+)?$", re.IGNORECASE)
# the same with a role between ("The manager of singer Tom Hart", "a lawyer for striker Joe Malley"): the name is whom
# the subject works for, never the subject
_AFTER_PREPOSITION_ROLE = re.compile(r"\b(?:for|of|to|with)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
                                     r"(?-i:[a-z][\w-]*)\s+(?:(?-i:[a-z][\w-]*)\s+)?$", re.IGNORECASE)


def _bare(name: str) -> str:
    """The name without a style before it ("Mr Olsen" -> "Olsen")."""
    return " ".join(w for w in name.split() if w.lower().rstrip(".") not in ADDRESS_WORDS) or name


def _full_name(snap: Snapshot, source_id: str, written: str, text: str) -> tuple[str, bool]:
    """A name as the story gives it in full ("Mr Olsen" -> "Martin Olsen"): a surname the registry knows from another
    story is not this story's person, so the full name must be in the story; else the name as written."""
    # ("Dunmere boss Terry Walsh", the subject a pronoun points back to: the name its role words lead to)
    runs = [m.group(0) for m in NAME_RUN.finditer(written)]
    written = runs[-1] if runs and runs[-1] != written and len(runs[-1].split()) > 1 else written
    bare = _bare(written)
    # (the words before the surname that are no style: whose first names the story gives it)
    firsts = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w'’-]+)\s+{re.escape(bare)}\b", text)
              if m.group(1).lower().rstrip(".") not in ADDRESS_WORDS | {"the", "a"}}
    if len(bare.split()) == 1 and len(firsts) > 1:
        return written, False  # "Mrs Olsen" of a story naming Martin and Karen Olsen: the name as written
    found = snap.registry.resolve(bare, source_id)
    if found is not None and fold_name(found.name) in fold_name(text):
        return found.name, False
    return written, False


def _paragraph_of(paragraphs: Sequence[Paragraph], at: int) -> int:
    """The number of the paragraph holding offset ``at``."""
    return next((p.number for p in paragraphs if p.start <= at < p.end), 0)


_PRONOUN_OPENER = re.compile(r"(?i)^(?:he|she|they|it|we|i|you|this|that|these|those|there)\b")


# where the words before a speaker's name stop being theirs: a verb of saying, a clause's joint, an article or a
# preposition ("Speaking at the conference on Monday Jo Hale said" is Jo Hale, not "conference on Monday Jo Hale")
_SAID_WORDS = frozenset("said says told added explained insisted warned argued claimed stated noted wrote according to "
                        "and but the a an that who which on at in with from by for during after before when while as "
                        "monday tuesday wednesday thursday friday saturday sunday yesterday today".split())


# ", Cosby's lawyer," after the name: an apposition set off by commas that says who the speaker is
_APPOSITION_AFTER = re.compile(r",\s+([^,.;:\"“”]{3,60}?)(?=,|\.|;|$|\s+(?:said|says|told|added)\b)")


def speaker_phrase(sentence: str, q: Quotation) -> str | None:
    """The speaker as the quotation's sentence writes them, their role kept ("Moscow-based US lawyer Jamie
    Firestone", "Walter M Phillips Jr, Cosby's lawyer"): the name with the words before it back to a verb of saying
    or a clause's start, and an apposition set off by commas after it. ``None`` when the sentence does not write the
    speaker's surname outside the quotation."""
    if not q.speaker:
        return None
    narration = unquoted(sentence)
    m = re.search(rf"\b{re.escape(q.speaker.split()[-1])}\b", narration)
    if m is None:
        return None
    start = m.start()
    words = list(re.finditer(r"[\w'’.&-]+", narration[: m.start()]))
    taken = 0
    for w in reversed(words):
        if w.group(0).lower() in _SAID_WORDS or taken == 6 or narration[w.end() : start].strip(" "):
            break
        start, taken = w.start(), taken + 1
    end = m.end()
    appos = _APPOSITION_AFTER.match(narration, end)
    if appos:
        end = appos.end()
    if not re.search(rf"\b{re.escape(q.speaker)}\b", narration[start:end]) and " " in q.speaker:
        # "Ashdale said", "Ms Thorne-Whitby said": the sentence writes the speaker shorter than the name the story
        # gives in full, which tells whoever asked "who said …" more ("Corin Ashdale"); no words are put together
        return q.speaker
    return " ".join(narration[start:end].split()) or None


def quote_item(snap: Snapshot, q: Quotation, score: float) -> AnswerItem:
    doc = snap.document(q.source_id)
    sentence = doc[0][q.sentence_start:q.sentence_end] if doc else q.text
    described = q.speaker_description or (speaking_for(sentence, q.speaker) if q.speaker else None)
    if not described and q.speaker and doc and _PRONOUN_CREDIT.search(unquoted(sentence)):
        # '"…," she said.' after 'A Treasury spokeswoman said …': the pronoun goes on with the description
        described = speaking_for(sentence_before(doc[0], q.sentence_start), q.speaker)
    return item(snap, q.source_id, q.paragraph, q.sentence_start, q.sentence_end, sentence, q.text, score,
                speaker=shown_name(spelled_name(snap, q.speaker, doc[0] if doc else "")), speaker_description=described)


_PRONOUN_CREDIT = re.compile(rf"\b(?:he|she|they)\s+(?:(?:also|then|later)\s+)?(?:{alternation('pronoun_credit')})\b",
                             re.IGNORECASE)


def spelled_name(snap: Snapshot, name: str | None, text: str = "") -> str | None:
    """A body named by an abbreviation the collection spells out ("NIESR" -> "National Institute of Economic and
    Social Research"), in full: ``speaker`` is the full name, and the abbreviation alone may mean nothing to
    whoever asks. An abbreviation the collection never defines is spelt out by the one name in the quotation's own
    source whose initials it is ("FA" in a story naming "the Football Association"). The quotation's own source
    spells it first: "the WTO" of a story on tourism figures is the World Tourism Organisation, whatever another
    story defines "WTO" as (the World Trade Organisation). Any other name as it is."""
    if not name or not name.isupper() or len(name) < 2 or not name.isalpha():
        return name
    full = snap.acronyms.get(name.lower())
    if full and fold_name(full) in fold_name(text):
        return full
    return spelled_by(text, name) or full or name


def spelled_by(text: str, abbreviation: str) -> str | None:
    """The one capitalised name in ``text`` whose initials spell ``abbreviation`` (see :func:`roles.initialisms`),
    first and last letters its first and last words'; ``None`` when no name or several different ones do."""
    wanted = abbreviation.lower()
    found = {full for full in name_runs(text) if len(full.split()) > 1 and wanted in initialisms(full)
             and full.split()[0][0].lower() == wanted[0] and full.split()[-1][0].lower() == wanted[-1]}
    return found.pop() if len(found) == 1 else None
