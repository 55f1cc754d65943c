"""Wave 10's attribution checks read from US political news (issue 10, helper who10b): each behaviour alone.

Each test is a sentence shape news writing uses, written here from the language, never copied from a gold case.
"""

from __future__ import annotations

from tests.conftest import speakers_in


def test_a_chain_of_titles_after_said_names_the_person_it_ends_on() -> None:
    """'said former Ohio Gov. and party Chairman Tom Hale' / 'said Navy 2nd Lt. Anna Berg': titles pile up before
    the name they belong to; neither a title cut from the chain nor the service is the speaker."""
    text = ('Campaign\n\nParty leaders met in Columbus on Monday.\n\n'
            '"He has done this before and he will do it again," said former Ohio Gov. and National Committee '
            'Chairman Tom Hale.\n\n'
            '"I do not see why a better candidate stayed out," said Navy 2nd Lt. Anna Berg, who was at the rally.')
    assert speakers_in(text) == ["Tom Hale", "Anna Berg"]


def test_after_a_possessive_the_person_owned_speaks() -> None:
    """'said Hale's top foreign policy aide Paul Reed': the aide, not the owner the pattern stopped at."""
    text = ('Emails\n\nTom Hale was asked about the server on Monday.\n\n'
            '"This is the first time a candidate has done anything like it," said Hale’s top foreign policy aide '
            'Paul Reed.')
    assert speakers_in(text) == ["Paul Reed"]


def test_and_after_a_persons_name_joins_a_second_person_not_a_title() -> None:
    """The chain reads "and" as joining two titles ('former Ohio Gov. and party Chairman …') only after words that
    are not a person's name: after 'said Tom Hale' it joins a second person, and no chain is read; nor is one read
    without a title word (a place and a name are no chain of titles)."""
    from index.extract.quotes.rules import title_chain_person

    tail = " said Tom Hale and Senator Paul Reed."
    assert title_chain_person(tail, len(" said Tom Hale"), "Tom Hale") is None
    tail = " said former Ohio Gov. and Senator Paul Reed."
    chained = title_chain_person(tail, len(" said former Ohio Gov."), "former Ohio Gov.")
    assert chained is not None and chained.group("name") == "Paul Reed"
    tail = " said Columbus resident Paul Reed."
    assert title_chain_person(tail, len(" said Columbus"), "Columbus") is None


def test_she_never_names_a_man_whose_given_name_is_only_a_mans() -> None:
    """'… echoed by former Governor Martin Okafor, who … . "…," she said.': the text never says Okafor's gender, but
    "Martin" is a man's name in every list, so "she" is misread if it reaches him: no name rather than his."""
    text = ('Wages\n\nThe debate turned to wages on Saturday.\n\n'
            'Reed’s stridency was echoed by former Governor Martin Okafor, who noted the state had raised its '
            'minimum wage. The other candidate on the stage drew a contrast, saying concerns about job losses '
            'were real.\n\n'
            '"I do take the research seriously and I think we should go slowly," she said.')
    assert speakers_in(text) == [None]


def test_a_long_named_subject_no_rule_reads_still_stops_the_run() -> None:
    """'"…," New York City Public Advocate Tom Hale said.': a reporting clause whose subject runs to seven
    capitalised words is still someone's own attribution, so the previous speaker's run does not go on."""
    text = ('Guns\n\nFamilies spoke on Monday.\n\n'
            '"We want them held accountable," said Anna Berg, who lost her sister.\n\n'
            '"Senator Reed voted twice to protect gun dealers," New York City Public Advocate Trish Hale said. '
            '"Reed stands with the gun industry."')
    assert speakers_in(text)[0] == "Anna Berg"
    assert "Anna Berg" not in speakers_in(text)[1:]


def test_the_name_right_before_the_verbs_comma_speaks_not_a_place_before_an_appositive() -> None:
    """'in Dayton, OH, after winning the state, Gov. Tom Hale (R-OH), said, "…"': the comma-set pieces are not
    one appositive of "OH"; the name closest to the verb is its subject. An age or a relative clause as the last
    piece keeps the name before it."""
    text = ('Ohio\n\nOn Tuesday at a college in Dayton, OH, after winning the state, Gov. Tom Hale (R-OH), said, '
            '"We are going all the way to the convention."\n\n'
            'Anna Berg, 66, a teacher, who voted for him, said: "I knew he would win."')
    assert speakers_in(text) == ["Tom Hale", "Anna Berg"]


def test_the_head_of_x_of_y_speaks_when_x_is_a_person_and_y_reads_as_a_name() -> None:
    """'as Paul Reed of Granite Vermont observed, …:' then the quotation: the outlet after "of" is two
    capitalised words, but the head of "X of Y" is the person X."""
    text = ('Debate\n\nThe debate was on Tuesday night.\n\n'
            'Of course, as Paul Reed of Granite Vermont observed, the biggest winner was not on the stage:\n\n'
            '"The clear winner of the debate was the network, which ran two lively sessions."')
    assert speakers_in(text) == ["Paul Reed"]


def test_a_surname_particle_that_opens_a_sentence_stays_part_of_the_name() -> None:
    """'Mayor Tom de Vries …. De Vries said, "…"': the capitalised particle is the surname's own, not a word glued
    before it, so the speaker is Tom de Vries, not "Vries"."""
    text = ('De Vries: Trust the commissioner on security.\n\nMayor Tom de Vries rejected the criticism on Monday.\n\n'
            'De Vries said the decision was made by the police commissioner and asked, "Who are you going to trust '
            'on security?"')
    assert speakers_in(text) == ["Tom de Vries"]


def test_a_descriptor_glued_to_a_surname_two_people_share_names_nobody() -> None:
    """'Team Hale sees the convention as …' where the article names Tom Hale and Anna Hale: "Team" is a word glued
    to the surname at the start of a sentence, and the bare surname two people share names neither of them."""
    text = ('Convention is the chance to reconnect\n\n'
            'Team Hale sees the convention as a second chance for Tom Hale to make a first impression.\n\n'
            'His daughter Anna Hale will speak on Thursday.\n\n'
            'In sombre comments, he noted the "senseless, tragic deaths" of the victims.')
    assert "Team Hale" not in speakers_in(text)


def test_a_subordinate_clause_after_the_quotation_is_not_its_attribution() -> None:
    """'Hale says he was "riding the fence" until Berg said she was backing him': "until Berg said" reports
    something else; Berg did not say the quoted words."""
    text = ('Primary\n\nVoters went to the polls on Saturday.\n\n'
            'Tom Hale, a teacher, says he made a late decision, and that he was "kind of riding the fence" until '
            'Anna Berg said she was backing the senator.')
    assert "Anna Berg" not in speakers_in(text)


def test_a_clause_with_its_own_named_subject_holds_the_quotation_not_the_reporting_verb_before_it() -> None:
    """'Hale said he would make the desert "glow in the dark," and Berg vowed to "bomb the hell" out of them': the
    second quotation sits in Berg's clause, whose verb reports no speech; Hale did not say it."""
    text = ('Campaign\n\nThe candidates offered colourful language on Monday.\n\n'
            'Tom Hale said he would make the desert "glow in the dark," for instance, and Anna Berg vowed to '
            '"bomb the hell" out of the group.')
    assert speakers_in(text)[-1] != "Tom Hale"
