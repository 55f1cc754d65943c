"""Review of wave 9 (reviewer review9): shapes on which the wave's new rules named the wrong speaker.

Each sentence is written here from the language, never copied from an article: a wrong name is the worst failure,
so where a rule cannot tell a person from a body the quotation stays unnamed rather than go to someone else.
"""

from __future__ import annotations

from tests.conftest import speakers_in


def test_a_one_word_source_after_according_to_is_not_whom_he_refers_to() -> None:
    """'according to Bloomberg' may name a body: "he" is not its words, nor the mayor's named before it."""
    text = ('Jim Lee, the mayor, welcomed the plan. Prices rose, according to Bloomberg. "It is a disaster for the '
            'town," he said.')
    assert speakers_in(text) == [None]


def test_a_one_word_subject_of_a_verb_not_of_saying_is_not_whom_he_refers_to() -> None:
    """'Arsenal signed the striker': a club may open a sentence before its verb as a person does."""
    text = ('Jim Lee, the coach, spoke on Monday.\n\nArsenal signed the striker last week, and fans of Arsenal '
            'cheered. "He is a great player for us," he said.')
    assert speakers_in(text) == [None]


def test_a_person_after_the_other_side_is_not_a_club() -> None:
    """'side X' introduces a club only after what places it ("Premiership side X"), never "the other side"."""
    text = ('Jim Lee opened the debate. On the other side Tom Hale disagreed. "This is wrong for all the workers '
            'here," he said.')
    assert speakers_in(text) == ["Tom Hale"]


def test_a_person_after_his_book_is_not_the_book() -> None:
    """'In his new book Tom Hale argues': a given name and a surname after "book" are its author, not its title."""
    text = ('Jim Lee opened the event. In his new book Tom Hale argues that the city is failing. "It is a disaster '
            'for everyone here," he said.')
    assert speakers_in(text) == ["Tom Hale"]


def test_a_given_name_the_list_does_not_know_written_mid_sentence_is_not_a_descriptor() -> None:
    """'his brother Chidubem Okafor': a first word written mid-sentence before the surname is a given name, so he
    is not folded into Tom Okafor as "Matchwinner Keane" is into Robbie Keane."""
    text = ('Tom Okafor founded the firm in 1990.\n\nHis brother Chidubem Okafor, who now runs it, said: "We are '
            'growing fast and we will hire more staff."')
    assert speakers_in(text) == ["Chidubem Okafor"]


def test_two_relatives_of_one_surname_stay_two_people() -> None:
    text = ('Families win right to stay\n\nSiobhan Kaur and Tejinder Kaur spoke to us.\n\n"We have waited for years '
            'for this decision to come," Tejinder Kaur said.')
    assert speakers_in(text) == ["Tejinder Kaur"]


def test_the_lawyer_a_plural_possessive_owns_speaks_not_the_owner() -> None:
    """'said Tom Jones' lawyer': the name stops before the apostrophe, but the lawyer speaks, not Tom Jones."""
    text = 'Tom Jones was convicted on Monday. "We will appeal against the ruling," said Tom Jones\' lawyer.'
    assert speakers_in(text) == [None]
