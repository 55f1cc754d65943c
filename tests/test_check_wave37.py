"""Quote checks, read from judge35's mistakes (wave 37's validation set) (issue 11).

'Marc Forster called Johnny Depp the "sixth child of the group"' (the text: "fifth child") was told a word swapped,
not a number changed: the ordinals past "fifth" were no number words; and "Nigel Melville told the Gloucester
Citizen that the surgeon … said he was fine" read "Citizen that" as words of the claim. Each fails on the code before the change unless
marked as a guard.
"""

from __future__ import annotations

import pytest

from index.answer.wording import DiffOp, kind_of


@pytest.mark.parametrize(("real", "claim"), [("fifth", "sixth"), ("seventh", "eighth"), ("twelfth", "twentieth")])
def test_an_ordinal_changed_for_another_is_a_number_change(real: str, claim: str) -> None:
    assert kind_of([DiffOp(op="replace", real=real, claim=claim)]) == "number"


def test_an_ordinal_used_as_an_adjective_is_still_a_word_swapped() -> None:
    # a guard: "a sixth sense" -> "a keen sense" changes a word, not a number
    assert kind_of([DiffOp(op="replace", real="sixth", claim="keen")]) == "word_swapped"


def test_a_claim_told_to_a_named_paper_starts_after_that() -> None:
    from index.answer.claims import _unmarked

    claim = _unmarked("Tom Hale told the Dunmore Evening Citizen that the surgeon who operated said he was fine")
    assert claim.text == "the surgeon who operated said he was fine" and claim.speaker == "Tom Hale"


@pytest.mark.parametrize("text", ["Ivo Prentz told the inquiry he doubted that the dam would hold another winter",
                                  "Ivo Prentz told MPs he rejected claims that the port was unsafe for ferries"])
def test_a_clause_of_the_tellers_own_before_that_stays_in_the_claim(text: str) -> None:  # a guard (review)
    from index.answer.claims import _unmarked

    assert _unmarked(text).text.startswith("he ")
