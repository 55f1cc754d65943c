"""The neutral layout every output formats (terminal, console, Discord): pure data, no markup."""

from __future__ import annotations

from index.models import Answer, AnswerItem, Citation, Intent
from index.present.layout import human_date, layout_answer, layout_context

CITE = Citation(id="wiki", title="NATO–Russia relations", paragraph=8)


def test_a_when_answer_leads_with_the_date_as_people_write_it() -> None:
    sentence = "The NATO-Russia Council was created on 28 May 2002 in Rome."
    answer = Answer(question="When was the NRC created?", intent=Intent.when,
                    answers=(AnswerItem(text="28 May 2002", quote=sentence, date="2002-05-28", source=CITE),))
    [card] = layout_answer(answer).cards
    assert card.title == human_date("2002-05-28") == "28 May 2002"
    assert card.lead == "28 May 2002" and card.quote.text == sentence and card.snippet == sentence
    assert (card.number, card.total, card.citation) == (1, 1, CITE)


def test_no_answer_keeps_the_engines_message() -> None:
    layout = layout_answer(Answer(question="x", message="The sources don't cover that."))
    assert layout.cards == () and layout.message == "The sources don't cover that."


def test_the_context_marks_the_snippet_only_where_it_occurs_verbatim() -> None:
    paragraph = "First sentence. The quoted one. Last."
    [span] = layout_context(CITE, paragraph, "The quoted one.").paragraph.spans
    assert paragraph[span.start:span.end] == "The quoted one."
    assert layout_context(CITE, paragraph, "not there").paragraph.spans == ()
