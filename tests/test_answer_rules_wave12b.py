"""Issue 9, wave 12, helper ans12b: mechanisms generalised from rules that held only for the phrasings they were
read from. Each alone on a small collection written here (real files, a real index; no seed or gold fact); every
end-to-end test that asks for an answer fails on the code before it, and each has a twin that must still give none
or no wrong name."""

from __future__ import annotations

from tests.conftest import OTHER_STORY, engine_fixture, first_answer, no_answer

# ----------------------------------------------------------------- authorship: the subject of a writing verb

STORY_FILM = (
    "Harbour film opens in Leeds\n\n"
    "Actor Tomas Herrick and singer Ada Lunn attended the premiere of new film, Salt Roads, in Leeds on Friday.\n\n"
    "Herrick, 52, wrote, directed and starred in the film, inspired by the life of fisherman Abel Crane.\n\n"
    "Lunn plays the fisherman's sister.\n"
)

film_engine = engine_fixture({"film.txt": STORY_FILM, **OTHER_STORY})


def test_the_subject_of_a_writing_verb_in_a_list_of_verbs_wrote_the_work(film_engine) -> None:
    first = first_answer(film_engine, "Who wrote the Abel Crane film Salt Roads?")
    assert first.text == "Tomas Herrick"
    assert "wrote, directed and starred" in first.quote


def test_no_writer_is_named_for_what_nobody_wrote(film_engine) -> None:
    no_answer(film_engine, "Who wrote the Abel Crane biography?")


def test_subject_writes_needs_the_verbs_joined_to_the_name() -> None:
    from index.answer.author import subject_wrote

    assert subject_wrote("Herrick, 52, wrote, directed and starred in the film.", "the harbour film") == "Herrick"
    assert subject_wrote("Jo Hale directed and co-wrote the play.", "the play Salt Roads") == "Jo Hale"
    # another verb and its own subject between: the first name did not write it
    assert subject_wrote("Smith said critics wrote the reviews.", "the reviews") is None
    # a book-keeping entry is no writing
    assert subject_wrote("Acme wrote off the loan last year.", "the loan") is None


def test_subject_writes_needs_what_was_written_named_as_asked() -> None:
    from index.answer.author import subject_wrote

    # he wrote a letter, not the report asked about
    assert subject_wrote("Mr Howard has written to the minister about the report.", "the report on e-mails") is None
    assert subject_wrote("Mr Howard has written the report on e-mails.", "the report on e-mails") == "Mr Howard"
    assert subject_wrote("Hale wrote Salt Roads in a month.", "Salt Roads") == "Hale"  # by its title


def test_the_head_of_the_work_asked() -> None:
    from index.answer.author import asked_head

    assert asked_head("the Abel Crane film Salt Roads") == "film"
    assert asked_head("the harbour survey report on fishing quotas") == "report"
    assert asked_head("The Da Vinci Code") is None  # a title only: the title is looked for instead


# ----------------------------------------------------------------- why: a reported clause that points back

STORY_LEVY = (
    "Ostwick brings in harbour levy\n\n"
    "The mayor of Ostwick has brought in a 5% levy on harbour moorings from next month.\n\n"
    "In a radio broadcast announcing the measure, the mayor's chief aide said it was necessary because of the "
    "rising cost of dredging the channel. Boat owners have called the levy unfair.\n"
)
STORY_FEE = (
    "Fee for Ostwick museum\n\n"
    "Ostwick museum will charge visitors a fee from next month.\n\n"
    "The curator said it was a hard choice because the museum has always been free.\n"
)

levy_engine = engine_fixture({"levy.txt": STORY_LEVY, "fee.txt": STORY_FEE, **OTHER_STORY})


def test_a_reason_in_a_reported_clause_about_what_came_before(levy_engine) -> None:
    # the sentence names neither the mayor nor the levy: "it" in the aide's reported clause stands for the measure
    first = first_answer(levy_engine, "why did the mayor of ostwick bring in the 5% levy on moorings")
    assert "rising cost of dredging" in first.quote


def test_a_reported_reason_about_another_matter_does_not_answer(levy_engine) -> None:
    # the museum's reason speaks of the museum's fee, never of the pier the question asks about
    no_answer(levy_engine, "why did the ostwick pier close")


def test_reported_anaphor_reads_the_clause_after_the_reporting_verb() -> None:
    from index.answer.why import reported_anaphor

    assert reported_anaphor("The aide said it was necessary because of the cost.")
    # a reported "they" is the speakers themselves, not what came before (review12a)
    assert not reported_anaphor("The analyst says they were surprised because sales rose.")
    assert not reported_anaphor("The aide said the council was broke because of the cost.")
    assert not reported_anaphor('"It was necessary because of the cost," the aide said.')  # quoted words: not the report
