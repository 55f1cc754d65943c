"""Wave 9's attribution checks read from US political news (issue 10): each behaviour alone.

Each test is a sentence shape news writing uses, written here from the language, never copied from a gold case.
"""

from __future__ import annotations

from tests.conftest import speakers_in


def test_an_age_between_a_name_and_its_verb_keeps_the_name_speaking() -> None:
    """'"…," Tom Hale, 66, said': an age set off by commas is part of the subject, as an appositive is."""
    text = ('Voters\n\nTom Hale and Anna Berg spoke on Monday.\n\n'
            '"We have been sitting very quietly for a year," Tom Hale, 66, said.\n\n'
            'Anna Berg, 59, said: "Most of our neighbours feel the same."')
    assert speakers_in(text) == ["Tom Hale", "Anna Berg"]


def test_a_given_name_written_on_its_own_is_not_a_descriptor_of_the_surname() -> None:
    """'Khizr and Ghazala Khan … Khizr Khan said': an unusual given name is no descriptor glued to the surname."""
    text = ('Parents\n\nZorvath and Ghazala Okonkwo spoke at the convention on Monday.\n\n'
            '"People point fingers at us when we walk by," Zorvath Okonkwo said on the programme.')
    assert speakers_in(text) == ["Zorvath Okonkwo"]


def test_an_inverted_reporting_clause_after_the_sentence_runs_on_names_its_own_subject() -> None:
    """'"… unlikely" that Sanders can catch Clinton, said X': the name before the comma is an object, X speaks."""
    text = ('Race\n\nAnna Berg and Tom Hale are running. Paul Reed was an aide to a former candidate.\n\n'
            '"She can claim it, but it seems extremely unlikely" that Berg can catch Hale, said Paul Reed, '
            'a strategist.\n\n'
            '"This will be a challenge" for Hale, said Reed.')
    assert speakers_in(text) == ["Paul Reed", "Paul Reed"]


def test_words_in_a_relative_clause_of_speech_are_not_the_main_subjects() -> None:
    """'X claims he was betrayed by the authorities, who promised he would live like an "…"': not X's words."""
    text = ('Spy\n\nTom Hale claims he has been betrayed by the local authorities, who promised he would live like an '
            '"ordinary citizen of the town". He is now on hunger strike.')
    assert speakers_in(text) == [None]


def test_a_reporting_clause_no_rule_reads_stops_the_run() -> None:
    """'"…," Reed cut in.': the words are the clause's subject's, so the previous speaker does not go on."""
    text = ('Debate\n\nAnna Berg and Paul Reed met on the stage on Monday.\n\n'
            '"Our plan will cut taxes for every family," Berg said.\n\n'
            '"That is simply not what your plan does," Reed cut in.')
    assert speakers_in(text) == ["Anna Berg", None]


def test_the_verbs_of_an_interview_name_their_subject() -> None:
    """'"…?" Hannity pressed.' / '"…," Trump barked': verbs US news uses for a turn in a conversation."""
    text = ('Interview\n\nThe host Paul Reed spoke to Anna Berg on Monday night.\n\n'
            '"Would it be negotiable?" Reed pressed.\n\n'
            '"Go back to your studio," Berg barked.')
    assert speakers_in(text) == ["Paul Reed", "Anna Berg"]


def test_a_colon_after_the_reporting_clause_that_opens_no_quotation_keeps_the_attribution() -> None:
    """'"…," Rubio said: That Cruz is …': the colon opens the speaker's own words, reported, not the next quote."""
    text = ('Debate\n\nAnna Berg and Paul Reed met on the stage on Monday.\n\n'
            '"This is the lie that the whole campaign is built on," Reed said: that Berg is more careful than '
            'everyone else.')
    assert speakers_in(text) == ["Paul Reed"]


def test_a_one_word_name_opening_the_sentence_before_its_verb_is_whom_he_goes_on_from() -> None:
    """'Cruz openly admitted that …. "…," he said': a name the text writes mid-sentence elsewhere, opening its
    sentence before its verb, is that sentence's subject, not a common noun ("Interest has grown")."""
    text = ('Picks\n\nTom Hale spoke first at the dinner held for Okafor on Monday.\n\n'
            'Okafor openly admitted that his pick was a political one. "With an eye to the vote in March," he said.')
    assert speakers_in(text) == ["Okafor"]


def test_a_no_break_space_between_words_is_a_space() -> None:
    """'…,"\\xa0his nephew\\xa0Tom Hale added': web text puts no-break spaces where a space is meant."""
    text = ('Passengers\n\nAnna Berg was on the plane, the newspaper reported.\xa0"We had called him just before he '
            'boarded,"\xa0his nephew\xa0Tom Hale added.')
    assert speakers_in(text) == ["Tom Hale"]


def test_an_appositive_opening_with_a_plural_possessive_keeps_the_name_speaking() -> None:
    """'"…," Tom Hale, Reeds’ campaign manager, said': a possessive without its s is still an appositive."""
    text = ('Money\n\nOn Sunday, Paul Reeds announced a record month of donations. "The numbers we have seen put us on '
            'pace to win," Tom Hale, Reeds’ campaign manager, said in a statement.')
    assert speakers_in(text) == ["Tom Hale"]


def test_a_clause_opened_by_a_conjunction_reports_the_quotation_after_it() -> None:
    """'X accuses Y of "…" and Z says he's "…"': Z's verb introduces the second quotation, not the first."""
    text = ('Rivals\n\nAnna Berg and Tom Hale both attack the mayor. Berg accuses the mayor of "leading from '
            'behind" and Tom Hale says he is "losing the fight on crime".')
    assert speakers_in(text) == ["Anna Berg", "Tom Hale"]


def test_the_object_of_a_preposition_in_a_description_does_not_speak() -> None:
    """'"…," one of the former prosecutors for Tom Hale said': the prosecutor speaks, unnamed, not Hale."""
    text = ('Case\n\nTom Hale was charged last year. "The two cases are quite different," one of the former '
            'prosecutors for Tom Hale said.')
    assert speakers_in(text) == [None]


def test_a_fronted_adverbial_is_not_the_subject_of_a_participle() -> None:
    """'Hours later, Hale returned the compliment, telling reporters, "…"' / 'Shortly after …, saying': no
    capitalised word the text names nobody by is the speaker; after "Hours later," the clause's subject is."""
    text = ('Dinner\n\nAnna Berg praised Tom Hale at a dinner on Monday.\n\n'
            'Hours later, Hale returned the compliment, telling reporters, "She is an amazing woman."\n\n'
            'Shortly after the dinner ended, a statement went out, saying the evening was "a great success".')
    speakers = speakers_in(text)
    assert speakers[0] == "Tom Hale" and "Shortly" not in speakers


def test_a_surname_two_people_share_names_neither_of_them() -> None:
    """'Bill Clinton … Hillary Clinton … "…," Clinton told her': which Clinton is in the sense of the story, not in
    the words, and the one named in full last is as often a relative (wave 9 review), so nobody is named; before,
    the first one the article named was given."""
    text = ('Rally\n\nBill Hale spoke first at the rally on Sunday. Later Anna Hale rebuffed a heckler who tried to '
            'ask about her husband. "You are very rude, and I will not call on you," Hale told the heckler.')
    assert speakers_in(text) == [None]
