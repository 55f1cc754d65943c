"""Questions as people ask them, read from held33's mistakes (wave 34's validation set) (issue 9).

"how much did de nero's hide and seek take at the box ofice" found nothing: the sum is in the sentence after the one
naming the film ("… his film Hide and Seek. The thriller … after taking $22m"), and "take" was no word of money; "what
did a downing street spokeswoman say" found nothing where the words were introduced by "A Number 10 spokeswoman would
only say:". Each is checked end to end on a real index, on invented stories; each fails on the code before the change
unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import engine_fixture, first_answer, no_answer

FILM = ("Kelby film tops chart\n\n"
        "Film star Tom Dale has returned to the top of the box office with his film Rope Walk.\n\n"
        "The thriller shot straight to the number one spot after taking $31m (£16.5m) at the box office. Dale spent "
        "three weeks at the top last year with a comedy.\n")

BID = ("Striker move near\n\n"
       "Kelby Rovers are close to signing Dalton striker Ray Mott.\n\n"
       "Reports suggest Dalton City will lift their offer to £7m - the highest they are willing to go.\n")

ELECTION = ("Election date\n\n"
            "The prime minister is expected to call an election within weeks.\n\n"
            "A Number 10 spokeswoman would only say: \"He will announce an election when he wants to announce an "
            "election.\"\n")

MILL = ("Mill fined over spill\n\n"
        "Dunmore Mill has been fined over a chemical spill into the river.\n\n"
        "The firm's owner, who bought the mill for £2m in 2001, told magistrates he was sorry.\n")

VOTE = ("Greens gain\n\n"
        "The Dunmore Greens took 34% of the vote in the council by-election, their best result.\n")

LOAN = ("Keeper heads out on loan\n\n"
        "Kelby Rangers keeper Sam Tate is to join Dalton on a month's loan. Rangers have also signed a second keeper. "
        "R's manager Ian Hollis said: \"Some might say it's a risk as he can't be recalled during that month.\"\n")

ROYAL = ("Prince visits school\n\n"
         "Prince Edwin visited the Kelby school on Monday.\n\n"
         "\"It is a wonderful place for children,\" Prince Edwin said.\n")

engine = engine_fixture({"royal.txt": ROYAL, "film.txt": FILM, "bid.txt": BID, "election.txt": ELECTION, "mill.txt": MILL,
                         "vote.txt": VOTE, "loan.txt": LOAN})


def test_a_sum_taken_at_the_box_office_is_found_a_sentence_after_the_film(engine) -> None:
    answer = first_answer(engine, "how much did rope walk take at the box offise")
    assert answer.text == "$31m"


def test_a_sum_in_a_sentence_naming_another_payer_is_no_answer(engine) -> None:  # a guard
    no_answer(engine, "how much have kelby rovers offered for mott")


def test_words_a_spokeswoman_would_only_say_are_hers(engine) -> None:
    answer = first_answer(engine, "what did a number 10 spokeswoman say about the election")
    assert "He will announce an election" in answer.text
    assert answer.speaker is None and answer.speaker_description == "A Number 10 spokeswoman"


def test_a_sum_of_another_kind_in_the_story_is_no_answer(engine) -> None:  # a guard (review of wave 34)
    no_answer(engine, "how much was the dunmore mill fine")


def test_take_is_money_only_at_the_box_office(engine) -> None:  # a guard (review of wave 34)
    answer = first_answer(engine, "how much of the vote did the dunmore greens take")
    assert answer.text.startswith("34") and "34%" in answer.quote


def test_a_role_written_after_a_nicknames_letter_is_still_the_clubs(engine) -> None:
    # "R's manager Ian Hollis": a lone letter before the role is no rival body's name
    answer = first_answer(engine, "what did the kelby rangers manager say about letting tate go on loan")
    assert answer.speaker == "Ian Hollis"


def test_a_royal_is_named_with_the_title(engine) -> None:
    # '"…," Prince Edwin said' was "Edwin"'s, and "what did prince edwin say" found no one so named
    answer = first_answer(engine, "what did prince edwin say")
    assert answer.speaker == "Prince Edwin" and "wonderful place" in answer.text
