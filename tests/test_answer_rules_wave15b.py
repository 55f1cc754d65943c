"""Issue 9, wave 15, helper ans15b: answers whose first answer was wrong or partial (the audience asked for ranks first). Each rule alone on a small
collection written here (real files, a real index; no seed or gold fact); every end-to-end test fails on the code
before it, and each has a twin whose answer must not change."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer

# ----------------------------------------------------------------- words told to the audience in their own sentence

STORY_MAYOR = (
    "Mayor backs tram plan\n\n"
    "Mayor Rhoda Quill has told the Harbury Gazette that the Dunmere tram plan will go ahead.\n\n"
    "\"The trams will run by spring next year, whatever the cost to the town and whatever the critics say,\" she "
    "said.\n\n"
    "\"We owe the people of the east side a fast and cheap way into the town centre every day,\" Ms Quill told the "
    "Gazette after the council meeting.\n\n"
    "Ms Quill praised Dunmere engineers, saying: \"Their work on the bridges over the river has been superb from the "
    "first day to the last.\"\n\n"
    "She told the minister: \"Give us the money this year and we will give you the finest tram in the country.\"\n"
)
STORY_BUDGET = "Minister sets budget\n\nThe transport minister set out the budget on Monday, a minister's aide said.\n"

mayor_engine = engine_fixture({"mayor.txt": STORY_MAYOR, "budget.txt": STORY_BUDGET, **OTHER_STORY})


def test_the_closing_mark_does_not_hide_the_attribution() -> None:
    from index.answer.quote import own_sentence_words
    from index.models import Quotation

    text = "\"We owe the east side a fast way,\" Ms Quill told the Gazette."
    start, end = text.index("We"), text.index(",\"") + 1
    q = Quotation(source_id="s", paragraph=1, speaker="Rhoda Quill", text=text[start:end], start=start, end=end,
                  sentence_start=0, sentence_end=len(text))
    assert "told the Gazette" in own_sentence_words(text, q)


def test_words_told_to_the_paper_come_before_words_beside_them(mayor_engine) -> None:
    first = first_answer(mayor_engine, "what did rhoda quill tell the harbury gazette")
    assert first.speaker == "Rhoda Quill" and "fast and cheap way" in first.text


def test_words_told_to_the_minister_come_before_words_naming_the_place(mayor_engine) -> None:
    first = first_answer(mayor_engine, "what did rhoda quill tell the dunmere minister")
    assert first.speaker == "Rhoda Quill" and "Give us the money" in first.text
