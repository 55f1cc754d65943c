"""Wave 12, helper review12a: the subject of a writing verb (authorship) and a reason in a reported clause (why)
provoked with made-up news. Each end-to-end test failed on the code before its mend: a writer was named for work
the sentence says they did not write, or a speaker's own reason answered a question about something else."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer, no_answer

# ----------------------------------------------------------------- authorship: what the writing verb wrote

STORY_FLOODS = (
    "Harwick flood report criticised\n\n"
    "A long-awaited report into last winter's floods in Harwick has been published.\n\n"
    "Local campaigner Ann Lee wrote a scathing review, saying the report ignored years of warnings.\n\n"
    "Eventually Hale wrote the foreword, while the report itself was prepared by civil servants.\n\n"
    "An aide to councillor Tom Price wrote the report's summary for the council website.\n\n"
    "Critics said Price had written policy before the report was published.\n"
)
STORY_NOVEL = (
    "Debut thriller tops charts\n\n"
    "A debut thriller set in Shetland, The Salt Harbour, has gone straight to the top of the bestseller list.\n\n"
    "Publisher Karl Weiss, 52, edited and wrote the blurb for the novel, he said.\n"
)
STORY_DAM = (
    "Dam report finally read\n\n"
    "A report warning that the Ellin dam was unsafe went unread for five years.\n\n"
    "When Maria Costa wrote the report in 2019, nobody acted on it, residents said.\n"
)

writer_engine = engine_fixture({"floods.txt": STORY_FLOODS, "novel.txt": STORY_NOVEL, "dam.txt": STORY_DAM,
                                **OTHER_STORY})


def test_no_writer_for_work_the_sentence_gives_another_maker(writer_engine) -> None:
    # a review, a foreword, a summary, policy: each wrote something else; the report's writers go unnamed
    no_answer(writer_engine, "Who wrote the Harwick flood report?")
    no_answer(writer_engine, "Who wrote the novel The Salt Harbour?")


def test_a_writer_named_after_a_clause_opening_word(writer_engine) -> None:
    assert first_answer(writer_engine, "Who wrote the report on the Ellin dam?").text == "Maria Costa"


def test_the_work_must_be_the_writing_verbs_object() -> None:
    from index.answer.author import subject_wrote

    assert subject_wrote("Ann Lee wrote a review, saying the report was flawed.", "the flood report") is None
    assert subject_wrote("Weiss edited and wrote the blurb for the novel.", "the novel") is None
    assert subject_wrote("Price had written policy before the study was published.", "the study") is None
    assert subject_wrote("Lee wrote the report's summary.", "the flood report") is None
    assert subject_wrote("An aide to councillor Tom Price wrote the report.", "the flood report") is None
    # the work as the verb's object, past the verbs sharing it, or a title set off after its kind
    assert subject_wrote("Lee, 40, wrote, directed and starred in the film.", "the harbour film") == "Lee"
    assert subject_wrote("Lee wrote the long-awaited flood report.", "the flood report") == "Lee"
    assert subject_wrote("Hale has written a new novel, Salt Roads, about the sea.", "Salt Roads") == "Hale"
    # what the sentence opens with is no part of the name; a name that is also a word stays whole
    assert subject_wrote("On Monday Tom Price wrote the report.", "the flood report") == "Tom Price"
    assert subject_wrote("Will Self wrote the novel in a month.", "the novel") == "Will Self"


# ----------------------------------------------------------------- why: a reported "they" is the speaker

STORY_CUTS = (
    "Glassworks to cut 200 jobs\n\n"
    "The Kelso glassworks is to cut 200 jobs by the end of the year, its owners said.\n\n"
    "Union official Mary Byrne said they would fight the cuts because the plant had made a profit last year.\n\n"
    "The owners said they had offered voluntary redundancy.\n"
)

cuts_engine = engine_fixture({"cuts.txt": STORY_CUTS, **OTHER_STORY})


def test_a_speakers_own_reason_answers_no_question_about_another_matter(cuts_engine) -> None:
    # "they" are the union: why they will fight is no reason for the cuts, and the text gives none
    no_answer(cuts_engine, "Why is the Kelso glassworks cutting 200 jobs?")
