"""Review of ans18 (wave 19): the widened ``reports_them`` must not show someone else's report of a person as what
the person said. Invented stories, a real index."""

from __future__ import annotations

import pytest

from tests.conftest import OTHER_STORY, engine_fixture

STORY_HARBOUR = (
    "Harbour plan splits Kelby\n\n"
    "The Kelby harbour board met on Tuesday to discuss the ferry subsidy.\n\n"
    "Board chief Vera Holm was attacked by finance chief Ruth Amsel, saying the ferry subsidy was a waste of money.\n\n"
    "Analysts noted former chief Tom Reed had opposed the marina tax for years.\n"
)
STORY_MILL = (
    "Mill closure row\n\n"
    "Workers at Dunmore mill heard on Friday that the mill will close.\n\n"
    "Jan Brook's lawyer Piet Marr spoke to reporters on Friday, saying the pension fund was safe.\n"
)

review_engine = engine_fixture({"harbour.txt": STORY_HARBOUR, "mill.txt": STORY_MILL, **OTHER_STORY})


@pytest.mark.parametrize(("question", "not_theirs"), [
    # the agent of a passive ("attacked by Ruth Amsel, saying") is who says it
    ("What did Vera Holm say about the ferry subsidy?", "waste of money"),
    # "Jan Brook's lawyer …, saying": the lawyer's words
    ("What did Jan Brook say about the pension fund?", "pension fund was safe"),
    # "noted former chief Tom Reed had opposed": Reed is what the analysts noted
    ("What did Tom Reed say about the marina tax?", "marina tax"),
])
def test_someone_elses_report_is_not_shown_for_the_person_named_in_it(review_engine, question, not_theirs) -> None:
    result = review_engine.ask(question)
    assert not any(not_theirs in a.text for a in result.answers), [a.text for a in result.answers]


def test_the_person_who_does_say_it_is_still_reported(review_engine) -> None:
    result = review_engine.ask("What did Piet Marr say about the pension fund?")
    assert result.answers and "pension fund was safe" in result.answers[0].text
    assert result.answers[0].speaker is None


@pytest.mark.parametrize(("names", "sentence", "theirs"), [
    ("Vera Holm|Holm", "Board chief Vera Holm was attacked by finance chief Ruth Amsel, saying it was a waste.", False),
    ("Jan Brook|Brook", "Jan Brook's lawyer Piet Marr spoke to reporters, saying the fund was safe.", False),
    ("Vera Holm|Holm", "Vera Holm was sacked after chief Ruth Amsel complained, saying the subsidy must go.", False),
    ("Liam Fox|Fox", "Co-chairman Liam Fox derided the photo call, saying:  ", True),
    ("Tom Reed|Reed", "The contract, according to Mr Reed's critics, was rushed through.", False),
    ("Tom Reed|Reed", "The contract was rushed, said Tom Reed's deputy Ann Cole.", False),
    ("Tom Reed|Reed", "Analysts noted former chief Tom Reed had opposed the marina tax.", False),
    ("Ada Turner|Turner", "The rise is small, said chairman Ada Turner.", True),
    ("Oudendijk", "Prices fell by 43% last year, according to Mr Oudendijk.", True),
    ("Piet Marr|Marr", "Jan Brook's lawyer Piet Marr spoke to reporters, saying the fund was safe.", True),
])
def test_reports_them_owner_agent_and_object(names: str, sentence: str, theirs: bool) -> None:
    from index.answer.quote import reports_them

    assert reports_them(names, sentence) is theirs
