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
    assert quotation(RALLY, opening).speaker not in ("Harbour Centre", "Owen Letts")
    assert quotation(RALLY, "The choice could not").speaker == "Gordon Hale"


@pytest.mark.parametrize("venue", ["Harbour Centre", "Kingsmead Stadium", "Lyceum Theatre",
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


PRIZE = ("Awards night\n\n"
         "Best film went to The Quiet Ledger, directed by Priya Wendover. The jury chair, Ben Castlow, said: \"It was "
         "the only film we all loved.\"\n\n"
         "Wendover, collecting the prize from last year's winner, Tomasz Rell, dedicated it to her crew. \"Awards "
         "night is the one night nobody asks us about budgets,\" she joked.\n")


def test_her_after_a_man_set_off_by_commas_is_the_subjects_so_she_is_never_him() -> None:
    """"Tomasz" is a man's name in every list: the "her" of the sentence that first names him is the subject's, and
    he is never read as a woman for a later "she"."""
    assert quotation(PRIZE, "Awards night is").speaker == "Priya Wendover"


READS = ("Storm stops festival\n\n"
         "When the lights came back on, the band's singer, Caz Monroe, told the crowd: \"You lot are completely "
         "mad.\"\n\n"
         "The organisers' statement, issued shortly after midnight, read: \"Safety is always our first priority.\"\n\n"
         "A sign on the gate read: \"Closed until further notice.\"\n")


@pytest.mark.parametrize("opening", ["Safety is always", "Closed until further"])
def test_words_a_statement_or_a_sign_reads_are_never_the_last_speakers(opening: str) -> None:
    assert quotation(READS, "You lot are").speaker == "Caz Monroe"
    assert quotation(READS, opening).speaker is None


SHOP = ("Shop closes\n\n"
        "Corley Estates, which owns the parade, said: \"Rents have been reviewed in line with the market.\"\n\n"
        "Asked what he would miss most, her husband paused for a long time. \"The four o'clock starts. Nobody "
        "believes me.\"\n")


def test_words_after_someones_relation_acts_are_never_the_last_speakers() -> None:
    assert quotation(SHOP, "The four o'clock").speaker is None


COURT = ("Driver jailed\n\n"
         "Kieran Voss, 24, admitted causing death by careless driving. \"I am sorry,\" Voss said.\n\n"
         "Sentencing Voss, Judge Caroline Abbotsford told him: \"You chose to read a message rather than watch the "
         "road.\"\n\n"
         "An email sent to all members by the club chairman, Raj Bhatnagar, and seen by the Vale Echo, said: \"I "
         "would ask everyone to respect the process.\"\n")


def test_the_name_in_an_opening_participles_clause_is_its_object_never_the_speaker() -> None:
    assert quotation(COURT, "You chose to read").speaker == "Caroline Abbotsford"


def test_whoever_saw_or_obtained_a_document_never_wrote_it() -> None:
    assert quotation(COURT, "I would ask everyone").speaker == "Raj Bhatnagar"


STAFF = ("Farm row\n\n"
         "\"I will not fight my friend,\" Mr Arkwright said.\n\n"
         "Staff say the partners last spoke at a harvest supper in September, where one of them stood up and told "
         "the room: \"Whatever happens, the farm will outlive both of us.\"\n\n"
         "Staff said: \"We are worried about our jobs.\"\n")


@pytest.mark.parametrize("opening", ["Whatever happens", "We are worried"])
def test_staff_is_a_group_never_a_speakers_name_nor_the_last_speakers_run(opening: str) -> None:
    assert quotation(STAFF, opening).speaker is None


COUPLE = ("Hedge row\n\n"
          "\"Nobody asked you to take down the tree,\" Mrs Holroyd shot back.\n\n"
          "Tribunal chair Judith Okafor ordered the hedge to be cut. Outside, the couple hugged on the steps. "
          "\"Thirty years. I could cry,\" she said.\n")


def test_she_after_a_sentence_about_a_couple_is_one_of_them_never_the_woman_named_before() -> None:
    assert quotation(COUPLE, "Thirty years").speaker is None


REFEREES = ("Cup tie row\n\n"
            "\"It was never a penalty,\" said Kelby manager Gareth Pyle.\n\n"
            "The Northern Referees' Association said it would \"review the incident as a matter of routine\".\n")


def test_a_bodys_name_no_rule_reads_still_keeps_its_words_from_the_last_speaker() -> None:
    assert quotation(REFEREES, "It was never").speaker == "Gareth Pyle"
    # (wave 30 reads the body's own name whole: the words are the association's, never Pyle's)
    assert quotation(REFEREES, "review the incident").speaker in (None, "Northern Referees' Association")


OPEN_FINAL = ("Open final\n\n"
              "Mikkel Sandahl beat Tomas Villar 6-4 7-5 to win the Kelby Open on Sunday. Villar had served for the "
              "first set.\n\n"
              "\"At 5-4 I was already thinking about my flight home,\" the Dane said.\n\n"
              "\"He played the big points better,\" the Argentine said.\n\n"
              "The Scot had stoked up the row by saying Villar's celebrations were \"not very good for the sport\".\n")


@pytest.mark.parametrize("opening", ["At 5-4 I was", "He played the big", "not very good for"])
def test_a_word_for_someones_nation_is_never_a_speakers_name_nor_the_rival_named_next(opening: str) -> None:
    """"the Dane said" gave the words to someone called "Dane"; the person the sentence before is about is as often
    the rival (Villar): no name, and the description kept."""
    q = quotation(OPEN_FINAL, opening)
    assert q.speaker is None


AIRLINE = ("Airline results\n\n"
           "Skylark Air reported record profits on Monday.\n\n"
           "Noemi Sauvage, an aviation analyst at Fairhaven Bank, said Skylark was now \"in a different league\". "
           "She added: \"The question is whether passengers will swallow higher fares.\"\n\n"
           "Skylark, by contrast, was in expansive mood. \"We expect to carry a record 48 million passengers this "
           "year,\" the airline said.\n")


def test_the_airline_is_never_a_bank_nor_the_analyst_who_spoke_before() -> None:
    q = quotation(AIRLINE, "We expect to carry")
    assert q.speaker is None and q.speaker_description == "the airline"


REVIEWED = ("Match report\n\n"
            "Defender Neil Finn scored twice. \"It was great,\" Finn said.\n\n"
            "Mayor Jo Hale spoke at the memorial. \"He was everything to me,\" she said. Her husband was killed in a "
            "crash in 2003. \"I still cannot believe he is gone.\"\n\n"
            "Home Secretary Jane Moss met union leaders. The two sides failed to agree. \"We will keep talking,\" she "
            "said.\n\n"
            "Northern Trust reported record profits. \"We had a strong year,\" the bank said.\n\n"
            "Mayor Tom Reed said: \"I have done my best.\" His resignation letter, sent on Monday, read: \"I am "
            "stepping down with regret.\"\n")


@pytest.mark.parametrize("opening, speaker", [
    ("It was great", "Neil Finn"),  # a surname that is also a word for a nation ("Finn") stays the person's
    ("I still cannot believe", "Jo Hale"),  # "Her husband was killed" is no relation speaking
    ("We will keep talking", "Jane Moss"),  # "The two sides" is no pair of people
    ("We had a strong year", "Northern Trust"),  # a trust may be a bank
    ("I am stepping down", "Tom Reed"),  # his own letter is his
])
def test_the_reviews_cases_keep_the_speaker_the_text_gives(opening: str, speaker: str) -> None:
    assert quotation(REVIEWED, opening).speaker == speaker


def test_a_coachs_surname_that_ends_in_a_venue_word_is_still_a_person() -> None:
    assert parse_name("Bruce Arena").kind == "person"


TWO_MEN = ("Scene cut\n\n"
           "Playwright Niall Ferrante said the cut was made \"without a single conversation\", and the director, Edgar "
           "Lyle, replied that the scene had been \"slowing the second act to a crawl\".\n\n"
           "The two men met at the theatre on Thursday. Afterwards he told the Gazette: \"We agreed on nothing except "
           "the time of the next meeting.\"\n")


def test_he_after_the_two_men_met_is_one_of_them_never_the_first_named() -> None:
    assert quotation(TWO_MEN, "We agreed on nothing").speaker is None
