"""Wrong-speaker shapes (issue 10, wave 16): invented articles where an earlier reading named the wrong speaker.

Each case is a shape from the tuning data's wrong names, rewritten with invented people and bodies; a null is
better than a wrong name, and a right name better than a null.
"""

from __future__ import annotations

from tests.test_quotes import speaker_of


def test_person_with_a_role_of_a_body_speaks_not_the_body() -> None:
    text = ("Bus fares in Tarnwick will rise by 6% next spring. Marta Okonjo, Director of the Tarnwick Transport "
            'Research Unit at Hollin College, said: "The rise is steep. Riders will feel it by the summer."')
    assert speaker_of(text, "The rise is steep") == "Marta Okonjo"


def test_a_body_that_speaks_on_its_own_keeps_its_name() -> None:
    text = ('Bus fares in Tarnwick will rise by 6% next spring. The Tarnwick Transport Research Unit said: '
            '"The rise is steep and riders will feel it."')
    assert speaker_of(text, "The rise is steep") == "Tarnwick Transport Research Unit"


def test_role_before_the_name_at_the_end_of_the_tail_gives_the_name_not_the_body() -> None:
    text = ('Rail operator Carnlow will end its night trains from March. "The decision to stop these trains was a '
            'hard one," said Carnlow director of planning, Pieter Vance. "The routes lose money."')
    assert speaker_of(text, "hard one") == "Pieter Vance"
    assert speaker_of(text, "The routes lose money") == "Pieter Vance"


def test_a_clause_after_the_comma_is_not_the_name_a_role_is_given() -> None:
    text = ('Polls in Marbury tightened this week. "How much worse could it get?" said Marbury-based Liberal '
            "strategist Tomas Brennagh, referring to Ola Finch.")
    assert speaker_of(text, "How much worse") == "Tomas Brennagh"


def test_he_is_never_the_place_that_describes_a_thing() -> None:
    text = ("Rapper Dex Ortolan announced plans for a solo album. Driving home from a late-night Los Angeles "
            "recording session in May, he was hurt in a crash. "
            '"Any time I hear about a crash my heart sinks," he later said.')
    assert speaker_of(text, "my heart sinks") in ("Dex Ortolan", None)


def test_a_peer_of_a_place_speaks_not_the_place() -> None:
    text = ("The law lords ruled against the detentions on Thursday. Lord Ashgrove of Tellerby, in his ruling, "
            'said: "Imprisonment without trial is wrong in a free country."')
    assert speaker_of(text, "Imprisonment without trial") in ("Lord Ashgrove", "Lord Ashgrove of Tellerby")


def test_narration_with_a_person_from_a_body_continues_in_the_persons_voice() -> None:
    text = ('The trade show opens in Las Vegas on Thursday. "The story this year is all about digital," Roan '
            'Pettifer, from the Home Gadget Association (HGA) told the BBC News website. "It is about choice."')
    assert speaker_of(text, "It is about choice") in ("Roan Pettifer", None)


def test_he_is_the_person_set_off_after_a_body_not_the_body() -> None:
    text = ("A spokesman for the Office of Trade, Tariffs and Enforcement, Colm Farrant, said the gang was not "
            "after money. Their motive was fame. He told reporters: "
            '"Primarily they were just interested in how fast they could crack the code."')
    assert speaker_of(text, "Primarily they were") == "Colm Farrant"


def test_a_dashed_appositive_after_the_closing_mark_keeps_the_name() -> None:
    text = ('The unit was sold to a state firm. "We used to see street hustlers do this kind of thing," Andrei '
            'Ostrovin - then economic adviser to President Ivan Palk - told a press conference.')
    assert speaker_of(text, "street hustlers") == "Andrei Ostrovin"


def test_a_statement_that_reads_is_its_authors_not_the_person_it_is_about() -> None:
    text = ("Rapper Rollo Vant was criticised after a show on Channel Nine led viewers to complain he was rude. "
            "The complaints were upheld by the Fernley Broadcasting Trust. "
            '"The performer had been asked to tone his act down," a Fernley Broadcasting Trust statement read.')
    assert speaker_of(text, "tone his act down") in ("Fernley Broadcasting Trust", None)
