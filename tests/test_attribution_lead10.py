"""Wave 10, the lead's review: an "It said" whose body the text does not settle gives no name.

Found by provoking the answer layer: "The Employers Forum disagreed with the Guild on Tuesday. It said the deal …"
gave the Forum's words to the Guild, the only body quoted before, and "what did the Guild say?" showed them.
"""

from __future__ import annotations

from tests.conftest import speakers_in

_GUILD = 'The Metalworkers Guild said the offer was "an insult to every member".\n\n'


def test_it_after_a_sentence_about_another_body_names_nobody() -> None:
    text = (_GUILD + 'The Employers Forum disagreed with the Guild on Tuesday. It said the deal '
            '"will keep every plant open".\n')
    # (wave 30: the Forum, the subject of the sentence "It" goes on from, or nobody; never the Guild)
    assert speakers_in(text) in (["Metalworkers Guild", None], ["Metalworkers Guild", "Employers Forum"])


def test_it_after_a_sentence_about_the_same_body_still_names_it() -> None:
    text = (_GUILD + 'The Metalworkers Guild met again on Tuesday. It said the deal "will close half the plants".\n')
    assert speakers_in(text) == ["Metalworkers Guild", "Metalworkers Guild"]


def test_it_right_after_the_body_speaks_still_names_it() -> None:
    text = 'The Metalworkers Guild rejected the offer. It said the deal "will close half the plants".\n'
    assert speakers_in(text) == ["Metalworkers Guild"]
