"""Issue 9, wave 12, helper auth12: a work named only inside someone's quoted words is what they wrote (or spoke)
about, never what they wrote (review12a). Made-up texts, a real index; the end-to-end test that asks for no answer
fails on the code before the mend, and its twins must stay right."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer, no_answer

STORY_BLOG = (
    "Fenmoor flood inquiry criticised\n\n"
    "The inquiry into the Fenmoor flood defences published its findings on Tuesday.\n\n"
    "Dr Neil Grant wrote in his blog: 'The report is a whitewash that spares the ministers who cut the budget.'\n\n"
    "The inquiry chairman rejected the criticism.\n"
)
STORY_PAPER = (
    "Survey of Ostwick harbour\n\n"
    "A survey of Ostwick harbour has found the sea wall is failing.\n\n"
    "Maria Costa, who wrote the survey, said repairs could not wait. Councillor Tom Price wrote on his "
    "website: 'The survey is alarming.'\n"
)

blog_engine = engine_fixture({"blog.txt": STORY_BLOG, "survey.txt": STORY_PAPER, **OTHER_STORY})


def test_a_work_named_only_in_the_words_a_writer_is_quoted_writing_is_not_theirs(blog_engine) -> None:
    # he wrote his blog, and in it about the report: nobody here is said to have written the report
    no_answer(blog_engine, "who wrote the report")


def test_the_place_the_writer_wrote_in_is_still_theirs(blog_engine) -> None:
    assert first_answer(blog_engine, "who wrote the blog").text.endswith("Neil Grant")


def test_the_writer_named_outside_quoted_words_still_answers(blog_engine) -> None:
    # the survey is named in the councillor's quoted words and, outside them, as the engineer's work
    answers = [a.text for a in blog_engine.ask("who wrote the survey").answers]
    assert answers and answers[0] == "Maria Costa"
    assert "Tom Price" not in answers


def test_named_only_in_written_words() -> None:
    from index.answer.author import named_only_in_written_words as only_quoted

    assert only_quoted("Dr Grant wrote in his blog: 'The report is a whitewash.'", "the report")
    assert only_quoted('"The report is a whitewash," Dr Grant wrote.', "the report")
    assert only_quoted("'The report is a whitewash,' Dr Grant wrote.", "the report")
    assert not only_quoted("Dr Grant wrote the report: 'It is long.'", "the report")  # named outside them
    assert not only_quoted("Dr Grant wrote in his blog: 'It is long.'", "the report")  # not named at all
    assert not only_quoted("Dr Grant wrote in his blog: 'The report is a whitewash.'", "the blog")
