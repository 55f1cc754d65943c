"""The small rules behind issue 9's answers, each alone; then a few of them end to end on a tiny
collection written here (real files, a real index), so no seed fact is needed."""

from __future__ import annotations

import pytest

from index.answer.author import find_author
from index.answer.how_many import count_of, counted_noun
from index.answer.question import parse_question
from index.answer.quote import (
    collapse_acronyms,
    described_in,
    is_title_only,
    layered_coverage,
    leading_verb,
    name_fits,
    set_up_before,
    topic_head,
    topic_words,
    weigh_head,
)
from index.answer.relevance import Concept, undouble
from index.answer.roles import is_role_phrase, is_unnamed, role_words
from index.answer.when import event_date
from index.answer.where import _best_place
from index.answer.why import reason_strength
from index.extract.dates import find_dates
from index.models import Intent, Paragraph, Speaker
from index.store.analysis import terms as analyse
from tests.conftest import answers_to, engine_fixture, first_answer

# ----------------------------------------------------------------- how many


@pytest.mark.parametrize(("question", "noun"), [
    ("How many jobs will go?", ("jobs",)),
    ("how many giant pandas are left in the world", ("giant", "pandas")),
    ("How many caps has she won?", ("caps",)),
    ("How many episodes of the show were made?", ("episodes",)),
])
def test_counted_noun(question: str, noun: tuple[str, ...]) -> None:
    assert counted_noun(question) == noun


@pytest.mark.parametrize(("sentence", "noun", "expected"), [
    ("The firm will cut 4,000 jobs, saving £2bn a year.", ("jobs",), "4,000 jobs"),
    ("The band has had six US top 10 albums since 1993.", ("top", "albums"), "six US top 10 albums"),
    ("The 21 films in competition were shown in 2004.", ("films",), "21 films"),
    ("Sales rose 40% in 2004 to 300 units.", ("films",), None),          # nothing counts films
    ("The treaty was signed in 1997.", ("treaties",), None),             # a year is never a count
    ("He bought 21 Mi-17s -- a transport helicopter -- for the army.", ("helicopters",),
     "21 Mi-17s -- a transport helicopter"),
])
def test_count_of_needs_the_noun(sentence: str, noun: tuple[str, ...], expected: str | None) -> None:
    found = count_of(sentence, noun)
    assert (found[0] if found else None) == expected


# ----------------------------------------------------------------- why / when / where / author


@pytest.mark.parametrize(("sentence", "strength"), [
    ("He was dropped because of a poor display.", 1.0),
    ("The festival may move to January to avoid a clash.", 1.0),
    ("It attributed the drop to tighter tax laws.", 1.0),
    ("He was axed after a poor display.", 0.4),
    ("The site checked that trackers led to the films.", 0.7),  # a cause of something, maybe not of this
    ("The film opens on Friday.", 0.0),
])
def test_reason_strength(sentence: str, strength: float) -> None:
    assert reason_strength(sentence) == strength


def test_event_date_is_the_one_beside_the_event() -> None:
    sentence = "The race, which starts on 19 March in France, could upset her preparations for the marathon on 17 April."
    concepts_words = {"marathon", "prepar"}

    class _C:  # the shape event_date reads: all_terms()
        def __init__(self, terms: set[str]) -> None:
            self._t = terms

        def all_terms(self) -> set[str]:
            return self._t

    chosen = event_date(sentence, find_dates(sentence, "2005-02-01"), [_C(concepts_words)])
    assert chosen is not None and chosen.text == "17 April"


@pytest.mark.parametrize(("sentence", "place"), [
    ("The virus spread most widely in South America, Italy, Spain, Bulgaria and Hungary.",
     "South America, Italy, Spain, Bulgaria and Hungary"),
    ("Parts of the shield would go in Poland and the Czech Republic, officials said.", "Poland and the Czech Republic"),
    ("The firm is based on Caribbean island Saint Kitts and Nevis.", "Caribbean island Saint Kitts and Nevis"),
    ("The reserve lies in the Sichuan Province of southwest China.", "the Sichuan Province of southwest China"),
    ("It happened in January.", None),
])
def test_places_are_whole(sentence: str, place: str | None) -> None:
    assert _best_place(sentence) == place


@pytest.mark.parametrize(("sentence", "author"), [
    ('"A cult hit," writes Jane Critic on the Movies site.', "Jane Critic"),
    ("Brown's book has become a publishing phenomenon.", "Brown"),
    ("The novel, written by Ann Novelist, sold well.", "Ann Novelist"),
    ("Screen Daily said production fell.", None),
])
def test_find_author(sentence: str, author: str | None) -> None:
    assert find_author(sentence) == author


# ----------------------------------------------------------------- roles, topics, audiences


@pytest.mark.parametrize(("phrase", "role", "unnamed"), [
    ("the Lib Dem leader", True, False),
    ("Queen's guitarist", True, False),
    ("a US official", True, True),
    ("analysts", False, True),
    ("Jane Doe", False, False),
])
def test_role_and_unnamed_phrases(phrase: str, role: bool, unnamed: bool) -> None:
    assert is_role_phrase(phrase) is role
    assert is_unnamed(phrase) is unnamed


def test_role_words_take_the_head_before_a_preposition() -> None:
    assert role_words("a spokesman for the Film Association") == ("spokesman", ["Film", "Association"])
    assert role_words("the Spurs sporting director") == ("director", ["Spurs", "sporting"])


@pytest.mark.parametrize(("topic", "head"), [
    ("Santini's pay-off", "pay"),
    ("the timing of the announcement", "timing"),
    ("missile defence", "defence"),
])
def test_topic_head(topic: str, head: str) -> None:
    assert topic_head(topic) == head


@pytest.mark.parametrize(("question", "speaker", "topic", "audience"), [
    ("What did Jane Doe tell reporters about the budget?", "Jane Doe", "the budget", "reporters"),
    ("What did Jane Doe say in Brussels?", "Jane Doe", None, "Brussels"),
    ("What did Jane Doe say on the Today programme about tax?", "Jane Doe", "tax", "the Today programme"),
    ("What did Jane Doe say on tax?", "Jane Doe", "tax", None),
    ("What was Jane Doe's reaction to the vote?", "Jane Doe", "the vote", None),
])
def test_audience_is_not_a_topic(question: str, speaker: str, topic: str | None, audience: str | None) -> None:
    parsed = parse_question(question)
    assert (parsed.intent, parsed.speaker, parsed.topic, parsed.audience) == (Intent.quote, speaker, topic, audience)


# ----------------------------------------------------------------- end to end on a tiny collection

STORY_A = """Parties clash over school budgets

Liberal Democrat leader Jane Doe has attacked the government's plans for school budgets.

"Schools cannot keep paying for the government's mistakes," Ms Doe told reporters in Leeds.

Tory leader John Roe said the plans were fair. "Every school gets more money this year," he said.

A Treasury spokesman said: "The figures speak for themselves."
"""

STORY_B = """Doe on transport

Jane Doe spoke about railways on Monday. "The trains are too slow and too dear," she said.

The union has 4,000 members in the region, up from 3,000 in 2003.
"""

STORY_C = """Farm prices

Mary Roe, who farms near Leeds, said the harvest was poor. "The rain came far too late for the wheat," she said.

Farmers say the council promised to keep the grain depot open until 2010. Leeds officials said no such promise was made.

Depot manager Carl Poe resigned on Friday, and farmers said the depot would now close.

Grain merchant Bob Hoe bought the depot site. The merchant's spokeswoman said: "The depot was never worth saving and it will close." A coder known only as zorbo built the farm tool. The farm tool from zorbo is free to use. In an interview with Tech Radio, zorbo said the farm tool would stay free. Rail minister Ann Coe spoke in York on Tuesday. It was the rail firms, not the unions, who caused the winter delays, she told BBC Radio.
"""


tiny_engine = engine_fixture({"story_a.txt": STORY_A, "story_b.txt": STORY_B, "story_c.txt": STORY_C})


def test_role_resolves_through_the_text(tiny_engine) -> None:
    answers = answers_to(tiny_engine, "What did the Lib Dem leader say about school budgets?")
    assert {a.speaker for a in answers} == {"Jane Doe"}
    assert "Schools cannot keep paying" in answers[0].quote


def test_misspelt_topic_is_corrected_before_not_about(tiny_engine) -> None:
    first = first_answer(tiny_engine, "What did Jane Doe say about the trians?")
    assert "trains are too slow" in first.quote


def test_not_about_when_no_spelling_matches(tiny_engine) -> None:
    answer = tiny_engine.ask("What did Jane Doe say about fishing quotas?")
    assert not [a for a in answer.answers if a.speaker]
    assert "not about" in (answer.message or "")


def test_anonymous_speaker_keeps_no_name(tiny_engine) -> None:
    answers = answers_to(tiny_engine, "What did a Treasury spokesman say?")
    assert all(a.speaker is None for a in answers)
    assert "figures speak for themselves" in answers[0].quote


def test_how_many_counts_the_noun_and_never_a_year(tiny_engine) -> None:
    first = first_answer(tiny_engine, "How many members does the union have?")
    assert first.text.startswith("4,000 members")
    assert not tiny_engine.ask("How many trains run to Leeds?").answers


def test_spelling_lives_in_the_snapshot(tiny_engine) -> None:
    snap = tiny_engine.snapshot()
    assert snap.spelling(analyse("trians")[0]) == analyse("trains")[0]
    assert snap.spelling(analyse("trains")[0]) is None  # a word the index holds is never corrected




# ----------------------------------------------------------------- commands build questions directly


def test_quote_command_builds_the_question_without_parsing() -> None:
    from index.answer.question import quote_question

    pq = quote_question("the Lib Dem leader", "what did he say")  # words that a parser would misread
    assert (pq.intent, pq.speaker, pq.topic) == (Intent.quote, "the Lib Dem leader", "what did he say")
    assert pq.text == "What did the Lib Dem leader say about what did he say?"
    assert quote_question("Jane Doe", None).topic is None


def test_when_command_takes_the_event_with_or_without_when() -> None:
    from index.answer.question import when_question

    pq = when_question("the treaty signed")
    assert (pq.intent, pq.subject, pq.text) == (Intent.when, "the treaty signed", "the treaty signed")
    assert when_question("when was the treaty signed").intent is Intent.when
    assert "treaty" in when_question("when was the treaty signed").terms


def test_every_intent_has_one_answerer() -> None:
    from index.answer.intents import ANSWERERS

    assert set(ANSWERERS) == set(Intent)


# ----------------------------------------------------------------- the set-up of a quotation


def _paragraphs(text: str) -> list[Paragraph]:
    out, start = [], 0
    for n, chunk in enumerate(text.split("\n\n"), 1):
        out.append(Paragraph(number=n, start=start, end=start + len(chunk), text=chunk))
        start += len(chunk) + 2
    return out


def test_set_up_is_the_last_sentence_before_and_the_own_paragraph() -> None:
    text = ("The club sold its ground. Fans asked about the stadium plan.\n\n"
            "The chairman spoke. \"We will build it,\" he said.")
    paras = _paragraphs(text)
    quote_sentence = text.index('"We')
    set_up = set_up_before(text, paras, quote_sentence)
    assert "stadium plan" in set_up and "The chairman spoke." in set_up
    assert "sold its ground" not in set_up  # further up the story: not what the quotation answers
    assert set_up_before(text, paras, 0) == ""


@pytest.mark.parametrize(("name", "title_only"), [
    ("Bishop", True), ("Foreign Minister", True), ("Jan Bishop", False), ("Ann Head", False),
])
def test_title_only_speaker_names_nobody(name: str, title_only: bool) -> None:
    assert is_title_only(name) is title_only


def test_set_up_starts_after_the_speakers_previous_quotation() -> None:
    text = 'He was asked about the stadium. "We will build it," he said. "Taxes are too high," he added.'
    paras = _paragraphs(text)
    second = text.index('"Taxes')
    assert "stadium" in set_up_before(text, paras, second)
    after_first = text.index('he said.') + len('he said.')
    assert "stadium" not in set_up_before(text, paras, second, after_first)


@pytest.mark.parametrize(("topic", "head"), [
    ("going back on tour", "tour"),           # a verb and its particle are not what the topic is about
    ("paying for the fight against Aids", "fight"),
    ("dropping Harinordoquy", "harinordoquy"),
    ("the timing of the announcement", "timing"),
])
def test_topic_head_skips_verbs(topic: str, head: str) -> None:
    assert topic_head(topic) == head


def test_topic_words_drop_a_verbs_particle() -> None:
    assert topic_words("bouncing back from defeat") == ("bouncing", "defeat")
    assert topic_words("back pain") == ("back", "pain")


def test_topic_words_drop_light_verbs_but_never_everything() -> None:
    # "becoming", "going", "having" carry no topic of their own: the text words it without them
    assert topic_words("Norway becoming an EU member") == ("norway", "eu", "member")
    assert topic_words("going back on tour") == ("tour",)
    assert topic_words("keeping") == ("keeping",)  # nothing else left: the word stays


@pytest.mark.parametrize(("term", "expected"), [("dropp", "drop"), ("plann", "plan"), ("class", None), ("tour", None)])
def test_undouble(term: str, expected: str | None) -> None:
    assert undouble(term) == expected


def test_layered_coverage_credits_each_concept_where_it_is_closest() -> None:
    concepts = [Concept("drop", (("drop",),), 1.0), Concept("smith", (("smith",),), 1.0)]
    assert layered_coverage(concepts, ({"drop"}, set(), {"smith"}), (1.0, 0.8, 0.5)) == pytest.approx(0.75)
    assert layered_coverage(concepts, (set(), set(), set()), (1.0, 0.8, 0.5)) == 0.0


@pytest.mark.parametrize(("query", "fits"), [
    ("Roe", True), ("Mr Roe", True), ("John Roe", True), ("Roee", False), ("Jonh Roe", True),
    ("Medvedv", False), ("Jon", False), ("Johnny", False), ("Michelle", False), ("the Tory leader", True),
])
def test_name_fits(query: str, fits: bool) -> None:
    person = Speaker(id="john-roe", name="John Roe", aliases=("Roe",), kind="person", quotation_count=1)
    assert name_fits(query, person) is fits


def test_a_name_shared_by_two_people_shows_nobodys_words_without_a_topic(tiny_engine) -> None:
    answer = tiny_engine.ask("What did Roe say?")
    assert not answer.answers
    assert "John Roe" in (answer.message or "") and "Mary Roe" in (answer.message or "")


def test_a_topic_picks_the_one_of_two_people_quoted_on_it(tiny_engine) -> None:
    answers = answers_to(tiny_engine, "What did Roe say about the wheat?")
    assert {a.speaker for a in answers} == {"Mary Roe"}


def test_a_different_first_name_is_not_a_typo(tiny_engine) -> None:
    answer = tiny_engine.ask("What did Janet say?")
    assert not [a for a in answer.answers if a.speaker]


def test_make_of_asks_for_a_view() -> None:
    pq = parse_question("What did the Home Secretary make of the new bill?")
    assert (pq.intent, pq.speaker, pq.topic) == (Intent.quote, "the Home Secretary", "the new bill")


def test_described_in_needs_the_descriptions_words() -> None:
    mods = [("leed",)]  # "Leeds officials": the analysed modifier
    assert described_in(mods, "Leeds officials said no such deal was made.")
    assert not described_in(mods, "Officials in York said no such deal was made.")
    assert described_in([], "Analysts said prices fell.")


def test_unnamed_reply_is_found_after_the_claim_it_answers(tiny_engine) -> None:
    first = first_answer(tiny_engine, "What did Leeds officials say about the promise to keep the depot open?")
    assert first.speaker is None
    assert "no such promise" in first.quote


def test_a_role_holder_never_quoted_gets_no_reported_words(tiny_engine) -> None:
    answer = tiny_engine.ask("What did the depot manager say about his resignation?")
    assert not answer.answers
    assert "Carl Poe" in (answer.message or "") and "never quote" in (answer.message or "")


def test_words_spelling_out_an_acronym_become_it() -> None:
    acronyms = {"CSA": "Child Support Agency"}
    assert collapse_acronyms(("child", "support", "agency", "reform"), acronyms) == ("csa", "reform")
    assert collapse_acronyms(("child", "benefit"), acronyms) == ("child", "benefit")


def test_words_said_elsewhere_do_not_answer_tell_an_audience(tiny_engine) -> None:
    answer = tiny_engine.ask("What did Jane Doe tell the Today programme?")
    assert not answer.answers
    assert "not to or at" in (answer.message or "")
    heard = tiny_engine.ask("What did Jane Doe tell reporters?")
    assert heard.answers and heard.answers[0].speaker == "Jane Doe"


def test_someone_never_quoted_gets_reported_speech_under_no_name(tiny_engine) -> None:
    first = first_answer(tiny_engine, "What did Ann Coe say about the winter delays?")
    assert first.speaker is None
    assert "rail firms, not the unions" in first.quote
    assert not tiny_engine.ask("What did Ann Coe say about fishing quotas?").answers


def test_a_leading_verb_counts_half_and_the_head_twice() -> None:
    concepts = [Concept("remaking", (("remak",),), 2.0), Concept("shows", (("show",),), 1.0),
                Concept("tv", (("tv",),), 1.0)]
    head, verb = topic_head("remaking TV shows"), leading_verb("remaking TV shows")
    assert (head, verb) == ("shows", "remaking")
    weights = {c.word: c.weight for c in weigh_head(concepts, head, verb)}
    assert weights == {"remaking": 1.0, "shows": 2.0, "tv": 1.0}
    assert leading_verb("the timing of the vote") is None


def test_words_a_sentence_gives_to_a_description_stay_unnamed(tiny_engine) -> None:
    answers = answers_to(tiny_engine, "What did the merchant's spokeswoman say about the depot?")
    assert all(a.speaker is None for a in answers)
    assert "never worth saving" in answers[0].quote
    assert "spokeswoman" in (answers[0].speaker_description or "")  # shown as her words, not a report


def test_the_outlet_ranks_reports_of_someone_never_quoted(tiny_engine) -> None:
    first = first_answer(tiny_engine, "What did zorbo tell Tech Radio about the farm tool?")
    assert first.speaker is None
    assert "In an interview with Tech Radio" in first.quote
