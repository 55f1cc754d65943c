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

engine = engine_fixture({"film.txt": FILM, "bid.txt": BID, "election.txt": ELECTION})


def test_a_sum_taken_at_the_box_office_is_found_a_sentence_after_the_film(engine) -> None:
    answer = first_answer(engine, "how much did rope walk take at the box offise")
    assert answer.text == "$31m"


def test_a_sum_in_a_sentence_naming_another_payer_is_no_answer(engine) -> None:  # a guard
    no_answer(engine, "how much have kelby rovers offered for mott")


def test_words_a_spokeswoman_would_only_say_are_hers(engine) -> None:
    answer = first_answer(engine, "what did a number 10 spokeswoman say about the election")
    assert "He will announce an election" in answer.text
    assert answer.speaker is None and answer.speaker_description == "A Number 10 spokeswoman"
