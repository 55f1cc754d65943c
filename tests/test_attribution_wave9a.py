"""Wave 9 (issue 10, helper who9a): the wrong name forms and the wrong kinds of speaker, each behaviour alone.

Each test is a sentence shape news writing uses, written here from the language, never copied from a gold case.
"""

from __future__ import annotations

from tests.conftest import speakers_in


def test_a_descriptor_glued_to_a_surname_in_the_headline_is_not_a_second_person() -> None:
    """'Rebel Hale backing …' over a story about Tom Hale, "the rebel of …": he is Tom Hale, not a bare "Hale"."""
    text = ('Rebel Hale backing UK rap band\n\n'
            'Tom Hale, the rebel of the music business who founded Eastern Records in the 1980s, is to launch a new '
            'label.\n\n'
            'Hale has twice tried to revive the label. "Of all the things I do in my life, the most exciting is being '
            'part of a record company," he added.')
    assert speakers_in(text) == ["Tom Hale"]


def test_a_party_label_before_a_politician_is_not_part_of_the_name() -> None:
    """'Lib Dem Norman Hale … Mr Hale, the Lib Dem spokesman, said': the party labels him, it is not his name."""
    text = ('But Lib Dem Norman Hale accused ministers of turning Britain into a "nuclear dumpsite".\n\n'
            'Mr Hale, the Lib Dem environment spokesman, said: "We have warned about this for months."')
    assert speakers_in(text) == ["Norman Hale"]


def test_a_magistrate_is_a_title_not_a_given_name() -> None:
    text = ('Magistrate Lee Hale, who issued the order in Leeds, said she understood the case. "The driving is a '
            'serious issue," she said.')
    assert speakers_in(text) == ["Lee Hale"]


def test_a_misspelt_surname_is_the_person_not_an_organisation() -> None:
    """'Brian Hassell says …. Hassel says …': a one-letter slip of the surname is still Brian Hassell."""
    text = ('Brian Hassell says no offer has been made for the player.\n\n'
            'Hassel says the midfielder would "desperately like to stay at the club" next season.')
    assert speakers_in(text) == ["Brian Hassell"]


def test_a_club_introduced_as_an_outfit_is_not_whom_he_refers_to() -> None:
    text = ('Tom Hale, the agent, met the club on Monday. A move to Mexican outfit Red Rivers Verona, who also '
            'expressed an interest, was possible. "It was a thought at one stage," he said.')
    assert speakers_in(text) == ["Tom Hale"]


def test_a_work_introduced_by_its_kind_is_not_a_person() -> None:
    """'the launch title Project Mole' is a game: "he says" is not its words."""
    text = ('A microphone is used in the launch title Project Mole.\n\n'
            'The price compares well, according to Tom Hale, editor of a games magazine. "It\'s a very competitive '
            'price point," he says.')
    assert speakers_in(text) == ["Tom Hale"]


def test_the_source_after_according_to_is_whom_he_refers_to() -> None:
    text = ('Rival firms have announced new consoles. The launch price compares favourably with the US price, '
            'according to Tom Hale, editor of a games magazine. "It\'s a very competitive price point," he says.')
    assert speakers_in(text) == ["Tom Hale"]


def test_members_of_a_body_speaking_together_are_not_a_name() -> None:
    """'the MPs said' is the committee's members, never a person or an organisation called "MPs"."""
    text = ('The Home Affairs Select Committee said the rules were unfair. Courts should be a last resort, MPs said.'
            '\n\n"An arbitrary template imposed on all families would harm children," the MPs said.')
    assert speakers_in(text) == [None]  # (found, and given to nobody: "not in" would pass were it not found)


def test_a_post_nominal_after_a_name_is_not_part_of_it() -> None:
    text = 'In the Commons, Tory frontbencher Tom Hale MP said the leak was "a serious breach of confidence".'
    assert speakers_in(text) == ["Tom Hale"]


def test_a_songwriter_before_a_name_is_a_title() -> None:
    text = ('Songwriter Guy Hale, who has worked with stars including Tom Berg, has thrown his support behind the '
            'scheme. At a debate in London to launch the scheme, Hale said: "Young people should learn how music '
            'is made."')
    assert speakers_in(text) == ["Guy Hale"]


def test_the_source_an_opinion_came_from_is_whom_he_refers_to() -> None:
    text = ('"It is a natural next step," said Mr Berg, an analyst at a research firm.\n\n'
            'One dissenting opinion came from Tom Hale, vice-president of research at analysts Gartner. He said: '
            '"I don\'t think it changes the world."')
    assert speakers_in(text)[1] == "Tom Hale"


def test_a_person_placed_at_a_body_speaks_not_the_body() -> None:
    """'X, senior research fellow at the IPPR told …' (the closing comma left out): X speaks, not the IPPR."""
    text = '"We are proposing a civic commons," Tom Hale, senior research fellow at the IPPR told the BBC.'
    assert speakers_in(text) == ["Tom Hale"]


def test_the_person_a_plural_possessive_owns_speaks() -> None:
    text = '"We are honoured to have won the rights," said Sky Networks\' Anna Berg.'
    assert speakers_in(text) == ["Anna Berg"]


def test_an_adverb_opening_a_sentence_is_not_a_name() -> None:
    """'Shortly after collecting the trophy, Hale addressed the crowd and ended by saying "…"'."""
    text = ('Tom Hale won the final in three sets. Shortly after collecting the trophy, the champion addressed the '
            'crowd and concluded by saying "thanks for having me".')
    assert speakers_in(text) == [None]  # (found, and given to nobody: "not in" would pass were it not found)


def test_an_office_that_speaks_is_not_the_person_quoted_before() -> None:
    """'the first minister said … He told Ms Berg: "…"': the minister, whom the text never names, not the editor
    quoted earlier, and never the one he addresses."""
    text = ('Mr Hale, political editor of a newspaper, said: "This was an ill-advised remark by the first '
            'minister."\n\n'
            'Anna Berg wrote to the minister on Tuesday. In a furious response, the first minister said his comments '
            'had been distorted. He told Ms Berg: "It is disappointing that you have contributed to this."')
    assert speakers_in(text)[1] is None


def test_the_county_after_a_seat_is_not_the_speaker() -> None:
    text = ('Mr Hale, MP for Henley-on-Thames, Oxfordshire, said he suspected the party was trying to reassure '
            'voters "because of this curious way in which it courts favour".')
    assert speakers_in(text) == ["Hale"]


def test_the_one_who_answers_after_but_goes_on_speaking() -> None:
    text = ('Tom Hale said he had had enough of asking them to make the court faster but the federation\'s Lee '
            'Berg rejected his comments. "We did ask for it to be made faster than last year," he said.')
    assert speakers_in(text) == ["Lee Berg"]


def test_a_short_name_with_an_ampersand_speaks() -> None:
    """'said M&S': a body's short name written with an ampersand is a name (it was no name at all)."""
    text = ('Marks & Spencer has cut its prices. Stuart Hale, head of M&S, said last year its prices were too high. '
            '"We are bringing in ranges at new price points," said M&S.')
    assert speakers_in(text) == ["M&S"]
