"""The neutral layout every output formats (terminal, console, Discord): pure data, no markup."""

from __future__ import annotations

from index.models import Answer, AnswerItem, Citation, Intent
from index.present.layout import (
    human_date,
    layout_answer,
    layout_context,
    number_with_noun,
    strong,
    title_of,
)

CITE = Citation(id="wiki", title="NATO–Russia relations", paragraph=8)


def test_a_when_answer_leads_with_the_date_as_people_write_it() -> None:
    sentence = "The NATO-Russia Council was created on 28 May 2002 in Rome."
    answer = Answer(question="When was the NRC created?", intent=Intent.when,
                    answers=(AnswerItem(text="28 May 2002", quote=sentence, date="2002-05-28", source=CITE),))
    [card] = layout_answer(answer).cards
    assert card.title == human_date("2002-05-28") == "28 May 2002"
    assert card.lead == "28 May 2002" and card.quote.text == sentence and card.context == sentence
    assert (card.number, card.total, card.citation) == (1, 1, CITE)
    [span] = card.quote.spans
    assert sentence[span.start:span.end] == "28 May 2002"


def test_title_rules_one_per_intent() -> None:
    def it(text: str, quote: str, **kw) -> AnswerItem:
        return AnswerItem(text=text, quote=quote, source=CITE, **kw)

    assert title_of(Intent.when, it("28 May 2002", "on 28 May 2002.", date="2002-05-28")) == "28 May 2002"
    assert title_of(Intent.where, it("Rome", "held in Rome.")) == "Rome"
    assert title_of(Intent.who, it("the Polish Foreign Minister", "the Polish Foreign Minister, R. S.")) == \
        "the Polish Foreign Minister"
    assert title_of(Intent.quote, it("x", "x", speaker="Dmitry Medvedev")) == "Dmitry Medvedev"
    assert title_of(Intent.search, it("A sentence.", "A sentence.")) is None


def test_a_number_gains_its_noun_only_from_the_source_and_only_a_plain_one() -> None:
    def noun(text: str, quote: str) -> str:
        return number_with_noun(AnswerItem(text=text, quote=quote, source=CITE))

    assert noun("1,000", "Some 1,000 fishermen will be affected") == "1,000 fishermen"
    assert noun("600 schools", "600 schools have signed up") == "600 schools"
    assert noun("2", "on 2 December.") == "2"  # a capitalised word is no noun of a count
    assert noun("one", "one of 21 films") == "one"
    assert noun("Russia", "Russia said") == "Russia"  # not a number: left alone


def test_the_quotation_loses_only_its_handover_comma() -> None:
    def shown(text: str) -> str:
        return layout_answer(Answer(question="q", intent=Intent.quote, answers=(
            AnswerItem(text=text, quote=f'"{text}" he said.', source=CITE),))).cards[0].quote.text

    assert shown("a very important step,") == "a very important step"
    assert shown("Is it over?") == "Is it over?"
    assert shown(",") == ","


def test_weak_answers_are_dropped_and_the_rest_renumbered() -> None:
    items = tuple(AnswerItem(text=t, quote=t, source=CITE, score=s)
                  for t, s in (("a.", 2.0), ("b.", 0.9), ("c.", 1.2)))
    assert [i.text for i in strong(items)] == ["a.", "c."]
    cards = layout_answer(Answer(question="q", answers=items)).cards
    assert [(c.quote.text, c.number, c.total) for c in cards] == [("a.", 1, 2), ("c.", 2, 2)]


def test_no_answer_keeps_the_engines_message() -> None:
    layout = layout_answer(Answer(question="x", message="The sources don't cover that."))
    assert layout.cards == () and layout.message == "The sources don't cover that."


def test_the_context_marks_the_snippet_only_where_it_occurs_verbatim() -> None:
    paragraph = "First sentence. The quoted one. Last."
    [span] = layout_context(CITE, paragraph, "The quoted one.").paragraph.spans
    assert paragraph[span.start:span.end] == "The quoted one."
    assert layout_context(CITE, paragraph, "not there").paragraph.spans == ()
