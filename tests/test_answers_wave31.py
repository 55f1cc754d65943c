"""Prices as people ask for them, read from held30's mistakes (wave 31's validation set) (issue 9).

"how much does a secret postcard cost" found nothing, because the article writes what a thing costs as its price
("All postcards are priced at £35") and no word of the question's verb was in the sentence. A sum asked as a cost
now finds a price written; nowhere else does a price stand for a cost ("priced out of the places they grew up in"
says nothing of what a scheme costs). End to end on a real index, on invented stories.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_on, first_answer, index_over

POSTCARDS = ("Secret postcards on sale\n\n"
             "Postcards by artists including Ana Lind have sold just hours after the opening of the Kelby Academy's "
             "annual Secrets sale.\n\n"
             "All postcards are priced at £35. The identity of each artist is revealed only after purchase.\n")

WAR = ("War bill grows\n\n"
       "The cost of the war has now passed £2bn, the ministry said. Petrol is priced at £1.10 a litre in Kelby.\n")


def test_a_cost_asked_finds_the_price_written(tmp_path: Path) -> None:
    with engine_on(index_over(tmp_path, {"postcards.txt": POSTCARDS})) as engine:
        answer = first_answer(engine, "how much does a secret postcard cost")
    assert "£35" in answer.text


def test_the_cost_written_comes_before_a_price_of_something_else(tmp_path: Path) -> None:
    # (a guard, as the next: both hold on the code before the change too)
    # the war's cost, which the question's words name, is the answer; petrol's price matches the asked verb only
    with engine_on(index_over(tmp_path, {"war.txt": WAR})) as engine:
        assert first_answer(engine, "how much does the war cost").text == "£2bn"


HOMES = ("Homes plan unveiled\n\n"
         "Mayor Callum Reed unveiled plans for 20,000 homes on a disused airfield.\n\n"
         "\"Young people in this region are being priced out of the places they grew up in,\" Mr Reed said. \"This "
         "is the biggest single step we can take to change that.\"\n")


def test_priced_out_is_no_cost_of_what_a_speaker_talks_about(tmp_path: Path) -> None:
    # a price answers a cost only where a sum is asked: the mayor never spoke of what the scheme costs
    with engine_on(index_over(tmp_path, {"homes.txt": HOMES})) as engine:
        assert not engine.ask("what did the mayor say about the cost of the scheme").answers
