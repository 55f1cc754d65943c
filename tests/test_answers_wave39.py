"""Questions as people ask them, read from held38's mistakes (wave 39's validation set) (issue 9).

"when was the borders railway closed" answered with the year a council spoke of the closure ("In 2000, … Council
said the area's economy had suffered since the closure"), where the story says "calling for a Borders rail link which
was closed in 1969 to be reopened": the demand ("calling for") took in the date of a past event told in a relative
clause, and "railway" never met "rail link"; "why is jo pavey skipping the … cross country" answered with her last
race, where the story says she "will miss" it "to focus on preparing for" another event (a purpose with no comma before
it, and the everyday "skip" for the written "miss"); "how many copies has angels and demons sold" (the sources give
none) answered with the copies of "The Da Vinci Code, which has sold …"; "what did the … spokesman predict for the
elections" was read as a search, not as a question about someone's words; "who are the members of the beastie boys" answered
with the headline, where a sentence lists them beside the band's name; "what did pedro mendes say about whether the
ball was over the line" found his words on no topic (the rare "whether" counted as a word to find, and "ball" as the
word the clause is about); "how much did hitch take at the box office" found no sum where the story says "Smith plays
… in the movie, which took $31.8m" (a sum in a relative clause is the thing's it hangs on, whoever the sentence
opens with, and "take at the box office" asks for takings as "how much did it take" does, and "take" finds
the written "took", as "make" finds "made"); "when did anna keaveney die" answered 1982, the year the soap
she played in "began" in a relative clause beside "died on Saturday". Invented stories, checked end to end on a real index; each fails on
the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import answers_to, engine_fixture, first_answer, no_answer

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

BAND = ("Band wins sampling case\n\n"
        "US rappers Kelby Lads have won their long battle over a sample in their song Pass the Salt.\n\n"
        "The Kelby Lads - Tom Ash, Jo Brent, and Sam Okoro - are considered pioneers of sampling music.\n")

GOAL = ("Goal row\n\n"
        "Dunmore midfielder Tom Ash had a late goal ruled out at Arvel on Saturday.\n\n"
        "\"It was a very nice goal, it was clearly over the line - I've never seen one so over the line and not "
        "given,\" said Ash. \"It's not every game you score from the halfway line.\"\n")

CHART = ("Comedy holds on to box office\n\n"
         "Tom Bray's first romantic comedy, Dunmore Nights, has topped the box office for a second weekend.\n\n"
         "Bray plays a New York doctor with love worries of his own in the movie, which took $31.8m (£16.8m). It held "
         "off a challenge from the thriller Salt Road which opened at number two.\n")

ACTRESS = ("Soap actress dies\n\n"
           "Actress Ann Kerr has died of cancer at the age of 55.\n\n"
           "Kerr, who played Brookfield's Marie Jones when the soap began in 1982, died on Saturday.\n")

DEMAND = ("Line campaign\n\n"
          "The group is calling for the Ketley rail link that was axed by Beeching to be reopened by 2010.\n")

RIVAL = ("Thriller second\n\n"
         "The Tom Bray comedy Dunmore Nights knocked Salt Road into second place.\n\n"
         "Jo Brent plays a demon hunter in the movie, which took $12.1m at the box office over the weekend.\n")

AWARD = ("Kelby Lads win award\n\n"
         "The Kelby Lads beat Arvel Stone, Dunmore Nine and Sam Okoro to the award on Thursday.\n")

LINESMAN = ("Goal row\n\n"
            "Dunmore manager Ann Hale was furious after her side had a late goal ruled out.\n\n"
            "\"I don't think the ball was over the line, the linesman cannot be sure,\" said Hale.\n")

engine = engine_fixture({"demand.txt": DEMAND, "rival.txt": RIVAL, "award.txt": AWARD, "linesman.txt": LINESMAN,
                         "rail.txt": RAIL, "pay.txt": PAY, "runner.txt": RUNNER, "novel.txt": NOVEL,
                         "firm.txt": FIRM, "party.txt": PARTY, "band.txt": BAND, "goal.txt": GOAL,
                         "chart.txt": CHART, "actress.txt": ACTRESS})


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


def test_the_members_of_a_band_are_the_names_listed_beside_it(engine) -> None:
    answer = first_answer(engine, "who are the members of the kelby lads")
    assert answer.text == "Tom Ash, Jo Brent, and Sam Okoro" and "pioneers of sampling music" in answer.quote


def test_words_on_whether_something_happened_are_found_by_the_clause_s_words(engine) -> None:
    answer = first_answer(engine, "what did tom ash say about whether the ball was over the line")
    assert answer.speaker == "Tom Ash" and "clearly over the line" in answer.text


def test_a_sum_in_a_relative_clause_on_the_movie_is_the_movie_s(engine) -> None:
    assert first_answer(engine, "how much did dunmore nights take at the box office").text == "$31.8m"


def test_a_film_the_story_gives_no_sum_for_has_none(engine) -> None:  # a guard
    no_answer(engine, "how much did salt road take at the box office")


def test_a_date_in_a_relative_clause_does_not_date_the_main_verb(engine) -> None:
    assert first_answer(engine, "when did ann kerr die").text == "Saturday"


def test_a_date_in_the_relative_clause_still_answers_its_own_verb(engine) -> None:  # a guard
    assert first_answer(engine, "when did the soap begin").text == "1982"


def test_a_date_the_demand_itself_gives_is_still_no_answer(engine) -> None:  # a guard
    # (review of wave 39: the relative clause "that was axed by Beeching" holds no date; "by 2010" is the demand's)
    no_answer(engine, "when was the ketley rail link reopened")


def test_a_sum_of_another_star_s_movie_is_no_answer(engine) -> None:  # a guard
    # (review of wave 39: "the movie" Jo Brent plays in is not the asked film)
    answers = answers_to(engine, "how much did dunmore nights take at the box office")
    assert "$12.1m" not in [a.text for a in answers]


def test_a_list_of_rivals_is_not_the_members(engine) -> None:  # a guard
    # (review of wave 39: a list the sentence names for another reason)
    answers = answers_to(engine, "who are the members of the kelby lads")
    assert "Arvel Stone, Dunmore Nine and Sam Okoro" not in [a.text for a in answers]


def test_a_whether_clause_is_about_its_last_word(engine) -> None:  # a guard
    # (review of wave 39: one word of the clause, "linesman", is not the topic "whether the linesman should be sacked")
    no_answer(engine, "what did ann hale say about whether the linesman should be sacked")


def test_a_plural_who_question_is_answered_in_its_own_number(engine) -> None:
    # (review of wave 39: "The sources don't say who the members of the libertines is.")
    answer = no_answer(engine, "who are the members of the zorblat quintet")
    assert "who the members of the zorblat quintet are" in (answer.message or "")
