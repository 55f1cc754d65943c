"""Questions as people ask them, read from held38's mistakes (wave 39's validation set) (issue 9).

"when was the borders railway closed" answered with the year a council spoke of the closure ("In 2000, … Council
said the area's economy had suffered since the closure"), where the story says "calling for a Borders rail link which
was closed in 1969 to be reopened": the demand ("calling for") took in the date of a past event told in a relative
clause, and "railway" never met "rail link"; "why is jo pavey skipping the … cross country" answered with her last
race, where the story says she "will miss" it "to focus on preparing for" another event (a purpose with no comma before
it, and the everyday "skip" for the written "miss"); "how many copies has angels and demons sold" (the sources give
none) answered with the copies of "The Da Vinci Code, which has sold …"; "what did the … spokesman predict for the
elections" was read as a search, not as a question about someone's words. Invented stories, checked end to end on a real index; each fails on
the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer, no_answer

RAIL = ("Rally for rail link\n\n"
        "Campaigners are to stage a rally calling for the Arvel rail link which was closed in 1971 to be reopened.\n\n"
        "In 2001, Arvel Council said the area's economy had suffered since the closure.\n")

PAY = ("Union wants pay rise\n\n"
       "The Kelbian nurses' union has called for a pay rise of 5% by next April.\n")

RUNNER = ("Hale to miss cross country\n\n"
          "Ann Hale will miss the Dunmore International Cross Country to focus on preparing for the indoor "
          "championships in March.\n\n"
          "Hale, who came fourth in the 10,000m at the Olympics, helped her team win silver in Arvel last week.\n")

NOVEL = ("Novel to be filmed\n\n"
         "Rivers of Salt was written before The Harbour Code, which has sold more than 12 million copies worldwide.\n\n"
         "The Harbour Code is set in Lisbon and has sold around two million copies in Portugal.\n")

FIRM = ("Kelbco expands\n\n"
        "Kelbco, which employs 2,400 people, is to open a new plant in Arvel.\n")

PARTY = ("Party launches campaign\n\n"
         "The Greens are set for their best results in the council polls, one of their frontbenchers has predicted.\n\n"
         "Housing spokeswoman Ann Kerr was speaking as the party launched its campaign. \"We are going to be winning "
         "more votes and winning more seats,\" she said.\n")

engine = engine_fixture({"rail.txt": RAIL, "pay.txt": PAY, "runner.txt": RUNNER, "novel.txt": NOVEL,
                         "firm.txt": FIRM, "party.txt": PARTY})


def test_a_past_event_in_a_relative_clause_of_a_demand_keeps_its_date(engine) -> None:
    answer = first_answer(engine, "when was the arvel rail link closed")
    assert answer.text == "1971"


def test_a_railway_is_written_as_a_rail_link(engine) -> None:
    answer = first_answer(engine, "when was the arvel railway closed")
    assert answer.text == "1971"


def test_a_date_someone_demands_is_still_no_answer_to_when_it_happened(engine) -> None:  # a guard
    no_answer(engine, "when did kelbian nurses get a pay rise")


def test_a_race_skipped_for_a_purpose_is_answered_by_the_purpose(engine) -> None:
    answer = first_answer(engine, "why is ann hale skipping the dunmore cross country")
    assert "to focus on preparing for the indoor championships" in answer.text


def test_copies_another_book_sold_are_no_answer(engine) -> None:
    # the count hangs on "The Harbour Code, which has sold …" and on a sentence opening with that title
    no_answer(engine, "how many copies has rivers of salt sold")


def test_copies_the_book_itself_sold_still_answer(engine) -> None:  # a guard
    answer = first_answer(engine, "how many copies has the harbour code sold")
    assert answer.text in ("more than 12 million copies", "around two million copies")


def test_a_relative_clause_on_the_asked_owner_still_counts(engine) -> None:  # a guard
    assert first_answer(engine, "how many people does kelbco employ").text == "2,400 people"


def test_what_someone_predicted_is_their_words(engine) -> None:
    answer = first_answer(engine, "what did ann kerr predict for the council polls")
    assert answer.speaker == "Ann Kerr" and answer.text.startswith("We are going to be winning more votes")
