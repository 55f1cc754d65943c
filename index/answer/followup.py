"""Follow-up questions, read in the context of the question before them (issue 12).

In a conversation people ask "and about Afghanistan?", "what else did he say?",
"when was that?" or "who is he?", none of which can be answered alone. Each rule
here recognises one such shape and builds the question it stands for from the
previous :class:`~index.models.ParsedQuestion`, which the caller passes
explicitly (the bot from its bounded memory, the CLI from ``--after-json``):
the engine itself keeps no conversation state.

A follow-up that matches no rule is parsed as a fresh question, except that a
pronoun standing for the speaker ("what did he say about Georgia?") is replaced
by the speaker of the previous question. A name is carried over only when the
previous question or answer names the speaker; otherwise the question is left
as asked (a wrong name is worse than none).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from index.answer.question import content_terms, parse_question, quote_question
from index.answer.shown import strong
from index.models import Answer, AnswerItem, Intent, ParsedQuestion

_REFERS = r"(?:that|this|it|he|she|they)"
_LEADING_AND = re.compile(r"^(?:and|but|so)\s+", re.IGNORECASE)
_QUESTION_WORD = re.compile(r"^(?:who|what|when|where|why|how|which|whose|did|does|is|was)\b", re.IGNORECASE)


MAX_SEEN = 200  # a conversation remembers this many answers shown, so its context stays small


def key(item: AnswerItem) -> str:
    """One answer's identity across a conversation, so "what else…" can move past it."""
    return f"{item.source.id}:{item.start if item.start is not None else item.quote}"


def speaker_of(previous: ParsedQuestion) -> str | None:
    """Who the conversation is about: the canonical name of the last answer's speaker when it has
    one, else the speaker as the user named them."""
    if previous.last is not None and previous.last.speaker:
        return previous.last.speaker
    return previous.speaker


def _topic(text: str) -> str:
    return text.strip().rstrip("?.! ").strip()


def _quote_question(text: str, speaker: str, topic: str | None) -> ParsedQuestion:
    """What ``/quote speaker topic`` asks, read back to the user as they wrote it."""
    return quote_question(speaker, topic).model_copy(update={"text": text})


# ----------------------------------------------------------------------------- the rules


def when_was_that(_m: re.Match[str], text: str, previous: ParsedQuestion) -> ParsedQuestion | None:
    """"when was that?": the date of the statement shown last."""
    if previous.last is None:
        return None
    return ParsedQuestion(text=text, intent=Intent.when, speaker=speaker_of(previous), about=previous.last,
                          last=previous.last)


def who_is_he(_m: re.Match[str], text: str, previous: ParsedQuestion) -> ParsedQuestion | None:
    """"who is he?": a description of the speaker of the previous question."""
    speaker = speaker_of(previous)
    if not speaker:
        return None
    return ParsedQuestion(text=text, intent=Intent.who, speaker=speaker, subject=speaker,
                          terms=tuple(content_terms(speaker)))


def what_else(_m: re.Match[str], text: str, previous: ParsedQuestion) -> ParsedQuestion | None:
    """"what else did he say?": past the answers already shown — anything else the speaker said
    (whatever the topic was), or more answers to the same question when nobody was quoted."""
    speaker = speaker_of(previous)
    asked = (_quote_question(text, speaker, None) if speaker and previous.intent is Intent.quote
             else previous.model_copy(update={"text": text, "about": None}))
    return asked.model_copy(update={"more": True, "last": previous.last})


def and_about(m: re.Match[str], text: str, previous: ParsedQuestion) -> ParsedQuestion | None:
    """"and about Afghanistan?": the same speaker (or kind of question) on another topic."""
    topic = _topic(m.group("topic"))
    if not topic or _QUESTION_WORD.match(topic):
        return None
    speaker = speaker_of(previous)
    if speaker and previous.intent is Intent.quote:
        return _quote_question(text, speaker, topic)
    fresh = parse_question(topic)
    if previous.intent in (Intent.when, Intent.who):
        return fresh.model_copy(update={"text": text, "intent": previous.intent, "subject": topic})
    return fresh.model_copy(update={"text": text, "intent": previous.intent})


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], str, ParsedQuestion], ParsedQuestion | None]


RULES: tuple[Rule, ...] = (
    Rule("when was that", re.compile(
        rf"^(?:and\s+|so\s+)?when\s+(?:was|did|is|were|has)\s+{_REFERS}"
        r"(?:\s+(?:said|say|stated|state|happen|happened|made|written|reported|that|this|it))*\s*[?.!]*$", re.I),
        when_was_that),
    Rule("who is he", re.compile(
        rf"^(?:and\s+|so\s+)?(?:who\s+(?:is|was|are)|who's|whos)\s+{_REFERS}"
        r"(?:\s+(?:person|guy|man|woman|speaker|again))*\s*[?.!]*$", re.I),
        who_is_he),
    Rule("what else", re.compile(
        r"^(?:and\s+|so\s+|ok\s+|okay\s+)?(?:what\s+else(?:\s+(?:did|has|does|do)\s+\w+(?:\s+\w+)?\s+(?:say|said|says))?"
        r"|anything\s+else|(?:any|some)\s+more|more(?:\s+please)?|tell\s+me\s+more|go\s+on)\s*[?.!]*$", re.I),
        what_else),
    Rule("and about", re.compile(
        r"^(?:(?:and|but|what|how)\s+(?:about|on|regarding)|about|regarding|and|and\s+on)\s+(?P<topic>.+)$", re.I),
        and_about),
)


_PRONOUN = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)


def _with_speaker(text: str, previous: ParsedQuestion) -> ParsedQuestion:
    """A fresh question, a pronoun in it ("what did he say about…") standing for the previous speaker."""
    asked = _LEADING_AND.sub("", text.strip())
    speaker = speaker_of(previous)
    if speaker:
        asked = _PRONOUN.sub(speaker, asked, count=1)
    return parse_question(asked).model_copy(update={"text": text})


def read_follow_up(text: str, previous: ParsedQuestion | None) -> ParsedQuestion:
    """The question ``text`` asks after ``previous`` (``None``: a question on its own)."""
    if previous is None:
        return parse_question(text)
    for rule in RULES:
        m = rule.pattern.match(text.strip())
        if m is not None and (pq := rule.build(m, text, previous)) is not None:
            break
    else:
        pq = _with_speaker(text, previous)
    return pq.model_copy(update={"seen": previous.seen})  # the conversation's history goes on


# ----------------------------------------------------------------------------- after answering


def past_seen(answer: Answer, pq: ParsedQuestion) -> Answer:
    """For "what else…": the answer without what the conversation has already shown."""
    seen = pq.seen
    if not pq.more or not seen:
        return answer
    fresh = tuple(i for i in answer.answers if key(i) not in seen)
    if fresh or not answer.answers:
        return answer.model_copy(update={"answers": fresh})
    return answer.model_copy(update={"answers": (), "message": "That's everything I found on that."})


def date_of_statement(pq: ParsedQuestion) -> Answer:
    """"When was that?": the statement's own date when it is a date answer, else the date of the
    source that reports it (its publication date); nothing when the source has no date."""
    item = pq.about
    assert item is not None
    if item.date:
        return Answer(question=pq.text, intent=Intent.when, answers=(item,))
    published = item.source.published
    if not published:
        return Answer(question=pq.text, intent=Intent.when,
                      message="The source doesn't say when that was said.")
    dated = item.model_copy(update={"text": published, "date": published, "also": ()})
    return Answer(question=pq.text, intent=Intent.when, answers=(dated,))


def remember(pq: ParsedQuestion, answer: Answer) -> ParsedQuestion:
    """What the next follow-up is read against: this question, what it showed, and its first answer."""
    keys = tuple(key(i) for i in strong(answer.answers))  # what the user was shown
    last = answer.answers[0] if answer.answers else pq.last
    seen = pq.seen + tuple(k for k in keys if k not in pq.seen)
    return pq.model_copy(update={"seen": seen[-MAX_SEEN:], "last": last, "about": None, "more": False})
