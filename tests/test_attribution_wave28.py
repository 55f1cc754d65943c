"""Who said it, read from the wrong names of wave 27's held-out set once it became tuning data (wave 28).

A venue ("Gateshead's Sage Centre") read as a person and took every "he" after it; "…, he told activists" was not
read as the pronoun reporting, so the object named inside the report ("the cuts proposed by Owen Letts") was taken
for "he"; "Vivendi has said it believes there is "…"" went to the last company named before; an unnamed spokesman
closing a sentence ("…, said a spokesman") spoke for a body named after a preposition ("presidency of the G8 and
EU"); a letter "from the chairman of …" was given to whichever body the text named before. Invented stories, run
through the whole extractor; each fails on the code before the change.
"""

from __future__ import annotations

import pytest

from index.extract.names import parse_name
from tests.conftest import quotation_opening as quotation

RALLY = ("Chancellor rallies party faithful\n\n"
         "Chancellor Gordon Hale has issued a rallying cry to party members ahead of the election.\n\n"
         "Speaking at the spring conference in Leeds, Mr Hale claimed the railways were not safe with the opposition. "
         "He said their plans would \"cut deep into every timetable\".\n\n"
         "To a packed audience at the city's Harbour Centre, the chancellor said the cuts proposed by "
         "shadow minister Owen Letts would close every branch line, he told activists. Turning to the record he "
         "said: \"I give you this promise - we will never go back to the years of closures.\"\n\n"
         "\"The choice could not be clearer,\" he added.\n")


@pytest.mark.parametrize("opening", ["I give you this promise", "The choice could not"])
def test_a_venue_is_never_a_speaker_and_he_told_activists_reports_so_he_goes_back_to_the_minister(
        opening: str) -> None:
    assert quotation(RALLY, opening).speaker in ("Gordon Hale", None)
    assert quotation(RALLY, "The choice could not").speaker == "Gordon Hale"


@pytest.mark.parametrize("venue", ["Harbour Centre", "Kingsmead Stadium", "Ridgeway Arena", "Lyceum Theatre",
                                   "Tate Gallery", "Lincoln Center", "Heathrow Airport", "St Mary's Hospital"])
def test_a_name_ending_in_a_venue_noun_is_no_person(venue: str) -> None:
    assert parse_name(venue).kind != "person"


IT_SAID = ("Regulator probes grocer\n\n"
           "The competition regulator has opened an inquiry into Harlow Foods and its supplier.\n\n"
           "Harlow's banker, Castell Bank, was also named in the complaint. Castell Bank, which arranged the loans, "
           "could face a fine.\n\n"
           "Harlow Foods has said it believes there is \"no case to answer\" for the company.\n")


def test_a_body_that_said_it_believes_speaks_the_words_not_the_body_named_before() -> None:
    assert quotation(IT_SAID, "no case to answer").speaker == "Harlow Foods"


END_REPORT = ("Mayor presses rail firm\n\n"
              "Officials have confirmed the fares row was discussed when the transport secretary visited the mayor.\n\n"
              "Rail reform was a question the mayor \"wanted to settle quickly\" during the city's chairmanship of "
              "the G20 and UN in 2006, said a spokeswoman.\n")


def test_an_unnamed_spokeswoman_closing_the_sentence_speaks_for_no_body_named_after_a_preposition() -> None:
    q = quotation(END_REPORT, "wanted to settle quickly")
    assert q.speaker is None
    assert q.speaker_description == "a spokeswoman"


LETTER = ("Hospital update\n\n"
          "Forty of the injured remained in hospital, according to Kelby General Medical Center.\n\n"
          "The gunman also posted messages online. One message said: \"You will all pay for what you did,\" "
          "according to a letter to the network from the chairman of the Senate Committee on Home Affairs.\n")


def test_a_letter_from_someone_named_after_it_is_never_the_body_named_before() -> None:
    assert quotation(LETTER, "You will all pay").speaker is None
