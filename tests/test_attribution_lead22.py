"""A label glued before a given name and a surname (wave 22): the person is the name after it.

Fresh news writes "fellow Norwegian Lars Brekke" or opens a sentence with "Matchwinner Tomas Vale added:"; the
person is the given name and surname after the label. Before, a nationality-led run was no person at all and a
glued descriptor made a person of its own, so "Brekke said" kept the bare surname and the descriptor stayed in the
speaker's name: both judged wrong names on unseen news. Invented stories, run through the whole extractor.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation

NATIONALITY = ("Brekke into the final\n\nThe top seed was beaten by fellow Norwegian Lars Brekke in two sets in "
               "Dunmore on Sunday.\n\n"
               '"She has a big future," said Brekke. "Her forehand is already one of the best on the tour."\n')
DESCRIPTOR = ("Kelby edge past Harlow\n\nKelby beat Harlow 1-0 on Saturday with a late header.\n\n"
              'Matchwinner Tomas Leon Okoro added: "It was not pretty, but we got the three points."\n')
# a given name after a word the text writes on its own is not a label: the run stays one person's name
NOT_A_LABEL = ("Harbour plan\n\nCouncillor Reid said the plan would go ahead. Reid Anna Marsh, the council's "
               "leader, disagreed.\n\n"
               '"We cannot afford it," said Ms Marsh.\n')


def test_a_nationality_before_the_name_is_not_part_of_it_and_the_surname_reaches_the_full_name() -> None:
    assert quotation(NATIONALITY, "She has a big").speaker == "Lars Brekke"
    assert quotation(NATIONALITY, "Her forehand").speaker == "Lars Brekke"


def test_a_descriptor_glued_at_a_sentence_opening_is_left_out_of_the_speakers_name() -> None:
    assert quotation(DESCRIPTOR, "It was not pretty").speaker == "Tomas Leon Okoro"


def test_a_name_after_a_word_written_apart_is_kept_whole_or_left_unnamed() -> None:
    assert quotation(NOT_A_LABEL, "We cannot").speaker in {"Anna Marsh", None}


# "said City Councillor Jo Hale": the council title is kept out of the role nouns, but before a given name and a
# surname it is the title, not a first word of the name; before, the run named nobody and a neighbour took the words
COUNCILLOR = ("Ring road vote\n\nCouncillors in Dunmore will vote on the ring road next week. A public meeting "
              "heard from residents on Monday.\n\n"
              '"The biggest problem we have is traffic on the high street," said Dunmore City Councillor Ewan '
              'Marsh. "It has to be fixed before the summer."\n')


def test_a_council_title_before_a_given_name_is_a_title_and_the_person_speaks() -> None:
    assert quotation(COUNCILLOR, "The biggest problem").speaker == "Ewan Marsh"
    assert quotation(COUNCILLOR, "It has to be").speaker == "Ewan Marsh"


def test_a_council_title_before_a_surname_alone_is_still_part_of_the_run() -> None:
    from index.extract.names import parse_name

    assert parse_name("City Councillor Ewan Marsh").name == "Ewan Marsh"
    assert parse_name("Councillor Marsh").title == ""  # no given name after it: the old reading stands


# a first name the given-name list does not know, after a nationality, when the text names the person by surname too
UNKNOWN_GIVEN = ("Strategist denies report\n\nThe Herald said Norwegian Torvik Aalund told the party leader to "
                 "focus on the marginal seats. But Mr Aalund said in a statement: \"I have never had any such "
                 "conversation.\"\n")
# a statement owned by a person speaks for that person, not for the last body the text named
OWNED_STATEMENT = ("Campaign row\n\nParty strategist Ewan Marsh denied the report on Monday. He once worked for the "
                   "Dunmore Harbour Board. Mr Marsh's statement said: \"We have been making an impact on the "
                   "issues.\"\n")
# a body's statement stays the body's
BODY_STATEMENT = ("Channel row\n\nThe Kelby Broadcasting Corporation denied the report. Kelby Broadcasting "
                  "Corporation's statement said: \"We stand by our journalists.\"\n")


def test_a_nationality_labels_a_name_the_given_name_list_does_not_know_when_the_surname_is_used_alone() -> None:
    assert quotation(UNKNOWN_GIVEN, "I have never").speaker == "Torvik Aalund"


def test_a_persons_statement_is_their_words_and_a_bodys_stays_the_bodys() -> None:
    assert quotation(OWNED_STATEMENT, "We have been").speaker == "Ewan Marsh"
    assert quotation(BODY_STATEMENT, "We stand by").speaker in {"Kelby Broadcasting Corporation", None}


# an apposition whose closing comma the writer left out: the role noun ends it, the named person speaks
UNCLOSED = ("Phone plan\n\nKelby Telecom launched a new service on Monday.\n\n"
            '"Phone calls are a key trend across Europe," Jo Hale, Kelby Telecom\'s chief executive told the BBC '
            "News website.\n\n"
            '"It will not last," Ewan Marsh, the rival firm\'s finance director said on Tuesday.\n')


def test_an_apposition_left_unclosed_before_the_verb_still_names_the_speaker() -> None:
    assert quotation(UNCLOSED, "Phone calls").speaker == "Jo Hale"
    assert quotation(UNCLOSED, "It will not").speaker == "Ewan Marsh"


# a weekday after a known given name, the two words alone, is a surname; "said Friday" stays a day
WEEKDAY = ('Sevens squad named\n\nKelby named their squad on Monday.\n\n"We can win it," said Kelby sevens coach '
           'Tom Friday. "We have a fantastic record."\n\nThe captain, Ewan Marsh, was not there. "We are ready," '
           'Marsh said Friday.\n')


def test_a_weekday_after_a_given_name_is_a_surname_but_a_day_after_a_name_is_not() -> None:
    assert quotation(WEEKDAY, "We can win").speaker == "Tom Friday"
    assert quotation(WEEKDAY, "We have a").speaker == "Tom Friday"
    assert quotation(WEEKDAY, "We are ready").speaker == "Ewan Marsh"


# the run written before a document ("a Marsh Analytics statement said") is its author, not the last body named
ATTRIBUTIVE = ("Prices fall\n\nHouse prices fell in May, the Kelby Building Society said. Marsh Analytics, which has "
               "predicted a fall, called the figures a surprise. \"There is a clear downward trend,\" a Marsh "
               "Analytics statement said.\n")


def test_the_name_written_before_a_statement_is_its_author() -> None:
    assert quotation(ATTRIBUTIVE, "There is a clear").speaker == "Marsh Analytics"


# the quoted sentence ends in a short phrase of its own before ", said X": X still speaks
RUN_ON = ("Jobs up\n\nUS firms added jobs in December. \"Overall it looks great and I expect that to be the case\" "
          "in 2005, said Jo Hale, economist at Kelby Re in New York.\n")


def test_a_short_phrase_after_the_closing_mark_does_not_hide_the_inverted_speaker() -> None:
    assert quotation(RUN_ON, "Overall it looks").speaker == "Jo Hale"


# the words named as someone's view right after the closing mark are that person's, not the paragraph's leader's
VIEW = ("Party mood\n\nMr Dahl toured the north on Friday, meeting activists in Kelby.\n\n"
        '"The voters like the government more than some members do," is the dry assessment of Ewan Marsh, leader '
        "of the party group on Kelby council. Mr Dahl, he says, is the problem.\n")
# an unclosed apposition may open with "a": "Jo Hale, a local candidate said"
UNCLOSED_A = ('Campaign trail\n\n"We will win the seat," Jo Hale, a party spokesman said on Monday.\n')


def test_words_named_as_someones_assessment_are_theirs() -> None:
    assert quotation(VIEW, "The voters like").speaker == "Ewan Marsh"


def test_an_unclosed_apposition_opening_with_a_still_names_the_speaker() -> None:
    assert quotation(UNCLOSED_A, "We will win").speaker == "Jo Hale"


# a body named "X Summit on the Y" is one organisation: its words never go to "Y", the tail of its name
SUMMIT = ("Farm talks\n\nDelegates met in Dunmore on Monday. But a spokesman for the UN's Kelby Summit on the Rural "
          "Economy said the gap remained very real. \"The divide is real and needs to be addressed,\" the spokesman "
          "told reporters.\n")


def test_a_summit_named_with_on_the_is_one_body_not_the_tail_of_its_name() -> None:
    assert quotation(SUMMIT, "The divide is real").speaker != "Rural Economy"
