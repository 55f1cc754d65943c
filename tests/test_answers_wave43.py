"""Questions as people ask them, read from held42's mistakes (wave 43's validation set) (issue 9).

"how much is all the housing in the uk worth" answered "£3.3" of "the £3.3 trillion mark" (a trillion was no unit);
"how much do british kids aged 10 to 17 get a year" answered "10 and" of "between the ages of 10 and 17 had an annual
income of £775" (getting was not asked as a sum). From a helper's stories: "how big are the payments" answered "£150" of
"payments of £150 to £400", "how many construction workers" "1,000 workers" of "between 800 and 1,000 workers" (one end
of a range); "how many people were injured" answered "Three people" of "Three people have died and 17 were injured";
"when was Whitby elected" answered 1998 of "She joined the party in 1998 and was first elected as MP for Ashcombe in
2010" (a second predicate joined by a bare "and", and a seat taken for another named thing the date belongs to).
Invented stories, checked end to end on a real index; each fails on
the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer

HOUSES = ("House values treble\n\n"
          "The value of Kelby's housing stock reached the £4.1 trillion mark in 2004, a report indicates.\n")

POCKET = ("Pocket money rises\n\n"
          "Children in Kelby between the ages of 10 and 17 had an annual income of £815, said analyst firm Dataline.\n")

BILLS = ("Energy help\n\n"
         "The government said it would give payments of £150 to £400 per home.\n\n"
         "Shadow chancellor Tom Venn said the Treasury faced a gap of between £20bn and £30bn.\n\n"
         "Chip firm Veltron will build a factory near Kelby. Construction will employ between 800 and 1,000 workers.\n")

CRASH = ("Three dead after coach crash\n\n"
         "Three people have died and 17 were injured after a coach overturned on the A64 near Malton.\n")

SECOND = ("Second review\n\n"
          "More than 100 people were injured, and 15 were seriously injured, when a lorry overturned on the M6.\n\n"
          "Tickets for the replacement service range from £50 to £200, the operator said.\n\n"
          "Fares on the Kelby line will be cut from £12 to £8.\n")

BLAST = ("Blast in Kelby\n\n"
         "Two of the 40 residents were injured when a gas explosion hit the block.\n\n"
         "The price of a weekend ticket for the Kelby festival rose from £150 to £400 this year.\n\n"
         "Teenagers in Kelby get about seven hours of sleep a night, a study found.\n")

MP = ("Former minister joins board\n\n"
      "Former energy minister Carol Whitby has joined the board of Pendle Power.\n\n"
      "She joined the Conservative Party in 1998 and was first elected as MP for Ashcombe in 2010.\n")

engine = engine_fixture({"houses.txt": HOUSES, "pocket.txt": POCKET, "bills.txt": BILLS, "crash.txt": CRASH,
                         "mp.txt": MP, "blast.txt": BLAST, "second.txt": SECOND})


def test_a_trillion_is_part_of_the_sum(engine) -> None:
    assert first_answer(engine, "how much is all the housing in kelby worth").text == "£4.1 trillion"


def test_what_someone_gets_is_a_sum(engine) -> None:
    assert first_answer(engine, "how much do kelby kids aged 10 to 17 get a year").text == "£815"


def test_a_figure_that_opens_or_closes_a_range_is_given_with_the_whole_range(engine) -> None:
    assert first_answer(engine, "how big are the payments").text == "£150 to £400"
    assert first_answer(engine, "how big is the gap in the treasury").text == "between £20bn and £30bn"
    assert first_answer(engine, "how many construction workers will veltron employ").text \
        == "between 800 and 1,000 workers"


def test_the_count_a_passive_participle_follows_is_the_one_asked(engine) -> None:
    assert first_answer(engine, "how many people were injured in the coach crash").text == "17"
    assert first_answer(engine, "how many people died in the coach crash").text == "Three people"  # a guard
    # guard: a count inside a longer phrase is read as counts are (review of wave 43)
    assert first_answer(engine, "how many residents were injured in the gas explosion").text == "Two of the 40 residents"


def test_a_change_from_one_value_to_another_is_the_value_it_went_to(engine) -> None:  # review of wave 43
    assert first_answer(engine, "how much is a weekend ticket for the kelby festival").text == "£400"


def test_how_much_of_a_thing_someone_gets_is_no_sum(engine) -> None:  # a guard (review of wave 43)
    assert first_answer(engine, "how much sleep do teenagers in kelby get").text == "seven"


def test_the_date_of_a_second_predicate_joined_by_and_is_its_own(engine) -> None:
    assert first_answer(engine, "when was whitby elected").text == "2010"
    assert first_answer(engine, "when was whitby first elected as an mp").text == "2010"
    assert first_answer(engine, "when did whitby join the conservative party").text == "1998"  # a guard


def test_prices_that_range_from_one_figure_to_another_are_a_range(engine) -> None:  # second review of wave 43
    assert first_answer(engine, "how much do tickets for the replacement service cost").text == "£50 to £200"
    assert first_answer(engine, "how much are fares on the kelby line").text == "£8"


def test_a_later_subset_of_the_injured_is_not_the_count_asked(engine) -> None:  # a guard (second review of wave 43)
    assert first_answer(engine, "how many people were injured when the lorry overturned on the m6").text \
        == "More than 100 people"
