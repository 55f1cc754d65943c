"""Question understanding: the intent decides which answer path a user gets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from index.answer.question import content_terms, parse_question
from index.models import Intent, ParsedQuestion

Q, W, WHO, WH, HM, S = (Intent.quote, Intent.when, Intent.who, Intent.where, Intent.how_many,
                        Intent.search)

# (question, intent, speaker, topic, subject)
CASES: list[tuple[str, Intent, str | None, str | None, str | None]] = [
    # the dev set
    ("What did Medvedev say?", Q, "Medvedev", None, None),
    ("When was the NRC created?", W, None, None, "the NRC created"),
    ("What did Obama say about Iran?", Q, "Obama", "Iran", None),
    ("What did Rasmussen say about the Cold War?", Q, "Rasmussen", "the Cold War", None),
    ("How many nations are in the alliance?", HM, None, None, "nations in the alliance"),
    ("Who is Radoslaw Sikorski?", WHO, None, None, "Radoslaw Sikorski"),
    ("What did the NATO declaration say about missile defense?", Q, "the NATO declaration",
     "missile defense", None),
    ("When did the Soviet war in Afghanistan end?", W, None, None, "the Soviet war in Afghanistan end"),
    ("What did Lavrov say about Afghanistan?", Q, "Lavrov", "Afghanistan", None),
    ("When did Rasmussen visit Moscow?", W, None, None, "Rasmussen visit Moscow"),
    # quote
    ("what did medvedev say", Q, "medvedev", None, None),
    ("what did medvedev say about georgia", Q, "medvedev", "georgia", None),
    ("WHAT DID OBAMA SAY ABOUT START", Q, "OBAMA", "START", None),
    ("What did the Russian president say about the NATO exercises in Georgia?", Q,
     "the Russian president", "the NATO exercises in Georgia", None),
    ("quote Obama on START", Q, "Obama", "START", None),
    ("Quote Rasmussen about Russia", Q, "Rasmussen", "Russia", None),
    ("quote Rogozin", Q, "Rogozin", None, None),
    ("Rasmussen's words on the Cold War", Q, "Rasmussen", "the Cold War", None),
    ("Obama's comments about Iran", Q, "Obama", "Iran", None),
    ("What does the Russian president think about NATO expansion?", Q, "the Russian president",
     "NATO expansion", None),
    ("What does NATO think of Russia?", Q, "NATO", "Russia", None),
    ("what has Obama said about the START treaty", Q, "Obama", "the START treaty", None),
    ("What have NATO officials said regarding Afghanistan?", Q, "NATO officials", "Afghanistan", None),
    ("quotes from Rogozin", Q, "Rogozin", None, None),
    ("Quotes from Dmitry Rogozin on great powers", Q, "Dmitry Rogozin", "great powers", None),
    ("Give me quotes from Rogozin about great powers", Q, "Rogozin", "great powers", None),
    ("any comments by the NATO secretary-general?", Q, "the NATO secretary-general", None, None),
    ("can you tell me what Putin said about Afghanistan?", Q, "Putin", "Afghanistan", None),
    ("What did Medvedev tell reporters about the summit?", Q, "Medvedev", "the summit", None),
    ("What did Rasmussen say in Moscow?", Q, "Rasmussen", None, None),
    ("Did Obama say anything about Iran?", Q, "Obama", "Iran", None),
    ("Has Rasmussen ever mentioned Ukraine?", Q, "Rasmussen", None, None),
    ("What is NATO's position on Georgia?", Q, "NATO", "Georgia", None),
    ("What was Obama's reaction to the vote?", Q, "Obama", "the vote", None),
    ("How did Medvedev describe the exercises?", Q, "Medvedev", "the exercises", None),
    ("what did U.S. officials say about the anti-narcotics operation", Q, "U.S. officials",
     "the anti-narcotics operation", None),
    ("What did the Polish foreign minister suggest?", Q, "the Polish foreign minister", None, None),
    ("what did medvedv say about nato", Q, "medvedv", "nato", None),  # typo kept for the registry
    ("wat did medvedev sya abotu georgia", Q, "medvedev", "georgia", None),
    ("Who said that NATO will never attack Russia?", Q, None, "that NATO will never attack Russia", None),
    ("who said 'we see Russia as a partner'", Q, None, "we see Russia as a partner", None),
    ("What was said about missile defence?", Q, None, "missile defence", None),
    # when
    ("What year did Russia join the Partnership for Peace?", W, None, None,
     "Russia join the Partnership for Peace"),
    ("in what year was the Founding Act signed", W, None, None, "the Founding Act signed"),
    ("In which year did the Georgia war happen?", W, None, None, "the Georgia war happen"),
    ("what date was the Lisbon summit", W, None, None, "the Lisbon summit"),
    ("since when has NATO cooperated with Russia", W, None, None, "NATO cooperated with Russia"),
    ("when did the Georgia war start", W, None, None, "the Georgia war start"),
    ("hey dossier, when did the Georgia war start?", W, None, None, "the Georgia war start"),
    ("Do you know when Russia joined the Partnership for Peace?", W, None, None,
     "Russia joined the Partnership for Peace"),
    ("wen was the NRC created", W, None, None, "the NRC created"),
    # who
    ("who's Anders Fogh Rasmussen", WHO, None, None, "Anders Fogh Rasmussen"),
    ("Who was Dmitry Rogozin?", WHO, None, None, "Dmitry Rogozin"),
    ("who is the NATO secretary general", WHO, None, None, "the NATO secretary general"),
    ("Who leads NATO?", WHO, None, None, "leads NATO"),
    ("Who are the Democrats?", WHO, None, None, "the Democrats"),
    # where
    ("where is the NATO summit held?", WH, None, None, "the NATO summit held"),
    ("Where did Rasmussen meet Putin?", WH, None, None, "Rasmussen meet Putin"),
    ("where's Lisbon", WH, None, None, "Lisbon"),
    ("Where was the Founding Act signed?", WH, None, None, "the Founding Act signed"),
    # how many / how much
    ("how much did Russia lose in Afghanistan", HM, None, None, "Russia lose in Afghanistan"),
    ("How many warheads does the START treaty allow?", HM, None, None, "warheads the START treaty allow"),
    ("how many Mi-17s will Russia sell?", HM, None, None, "Mi-17s Russia sell"),
    ("How many GOP senators urged a delay?", HM, None, None, "GOP senators urged a delay"),
    # plain search
    ("missile defense cooperation", S, None, None, None),
    ("NATO Russia Council", S, None, None, None),
    ("What is NATO?", S, None, None, None),
    ("Why did relations sink?", Intent.why, None, None, "relations sink"),
    ("Who wrote The Da Vinci Code?", Intent.author, None, None, "The Da Vinci Code"),
    ("who is the author of the Moscow Times piece?", Intent.author, None, None, "the Moscow Times piece"),
    ("Tell me about the Lisbon summit", S, None, None, None),
    ("Was START announced in 2010?", S, None, None, None),
    ("what about Georgia?", S, None, None, None),
    ("what did say", S, None, None, None),
]


@pytest.mark.parametrize(("question", "intent", "speaker", "topic", "subject"), CASES)
def test_parse_question(question: str, intent: Intent, speaker: str | None, topic: str | None,
                        subject: str | None) -> None:
    parsed = parse_question(question)
    assert (parsed.intent, parsed.speaker, parsed.topic, parsed.subject) == (intent, speaker, topic, subject)
    assert parsed.text == question


def test_every_dev_question_is_understood() -> None:
    """The example QA file only contains quote/when/who/how_many questions."""
    path = Path(__file__).resolve().parents[1].parent / "shared" / "qa" / "dev.jsonl"
    if not path.exists():
        pytest.skip("needs ../shared/qa/dev.jsonl beside the checkout")
    for line in path.read_text(encoding="utf-8").splitlines():
        question = json.loads(line)["q"]
        assert parse_question(question).intent is not Intent.search, question


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("What did Medvedev say?", ("medvedev",)),
        ("When was the NRC created?", ("nrc", "created")),
        ("How many nations are in the alliance?", ("nations", "alliance")),
        ("What did the NATO declaration say about missile defense?", ("nato", "declaration", "missile", "defense")),
        ("title:* AND OR NOT \"unbalanced (", ("title", "unbalanced")),
        ("Russia's 1,550 warheads in 2010", ("russia", "1", "550", "warheads", "2010")),
        ("wat did medvedev sya abotu georgia", ("medvedev", "georgia")),
        ("What did U.S. officials say?", ("us", "officials")),
    ],
)
def test_terms_are_the_searchable_words(question: str, terms: tuple[str, ...]) -> None:
    assert parse_question(question).terms == terms


def test_content_terms_keep_capitalised_acronyms_that_look_like_stopwords() -> None:
    assert content_terms("the US and the IT industry") == ("us", "it", "industry")
    assert content_terms("tell us about it") == ("tell",)


def test_content_terms_drop_duplicates_and_single_letters() -> None:
    assert content_terms("NATO nato Nato x 7") == ("nato", "7")


@pytest.mark.parametrize(
    "text",
    ["", "   ", "?!?!...", "x" * 10_000, "title:*", "AND OR NOT", '"unbalanced', "(", "\x00\x1b[31m\x07",
     "🚀🚀🚀", "what did 🚀 say about 🌍", "Что сказал Медведев?", "何を言ったか", "\u202e\u200b", "'", "’s",
     "what did " * 2000, "who " * 3000, "<@123456> what did Obama say?"],
)
def test_odd_input_never_raises(text: str) -> None:
    parsed = parse_question(text)
    assert isinstance(parsed, ParsedQuestion)
    assert all(term and term == term.lower() for term in parsed.terms)


def test_discord_mention_is_not_part_of_the_question() -> None:
    parsed = parse_question("<@123456> what did Obama say?")
    assert (parsed.intent, parsed.speaker) == (Intent.quote, "Obama")


def test_topic_words_after_about_are_kept_as_written_even_when_they_look_like_typos() -> None:
    parsed = parse_question("wat did Obama sya abotu woh hwo")
    assert (parsed.intent, parsed.speaker, parsed.topic) == (Intent.quote, "Obama", "woh hwo")


def test_very_long_question_is_bounded() -> None:
    parsed = parse_question("what did Obama say about " + "missile defense " * 1000)
    assert parsed.intent is Intent.quote and parsed.speaker == "Obama"
    assert len(parsed.terms) <= 48


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_parses(text: str) -> None:
    parsed = parse_question(text)
    assert isinstance(parsed, ParsedQuestion)
    assert all(term == term.lower() and term.strip() == term and term for term in parsed.terms)


_NAME = st.from_regex(r"\A[A-Z][a-z]{2,9}( [A-Z][a-z]{2,9}){0,2}\Z")
_TOPIC = st.from_regex(r"\A[a-z]{3,9}( [a-z]{3,9}){0,3}\Z")


@settings(max_examples=100, deadline=None)
@given(_NAME, _TOPIC)
def test_quote_questions_keep_speaker_and_topic_as_written(name: str, topic: str) -> None:
    words = {w.lower() for w in name.split()} | set(topic.split())
    assume(not words & {"say", "said", "says", "about", "regarding", "concerning", "quote", "what", "the",
                        "was", "did", "does", "has", "have", "had", "tell", "told", "think"})
    parsed = parse_question(f"What did {name} say about {topic}?")
    assert (parsed.intent, parsed.speaker, parsed.topic) == (Intent.quote, name, topic)


def test_whom_and_whose_are_not_read_as_who_with_letters_left_over() -> None:
    """"whom did …" once parsed to the subject "m did …", and "whose …" to "se …"."""
    whom = parse_question("whom did the club hire as manager?")
    assert whom.intent is Intent.who and whom.subject == "the club hire as manager"
    whose = parse_question("whose idea was the merger?")
    assert not (whose.subject or "").startswith("se ")
