"""Who said it, read from wave 29's invented probe stories (sport, technology, politics, music).

'"…," the company said' where the resolver could name no company fell through to the run before it and went to the
researcher quoted last: a body by its kind speaking is never a person. "X posted on Facebook: "…"" and "posted a
message online:" were not read as reporting, so the words went on in the voice of whoever spoke before. "General
Electric" was read as a general called Electric. Invented stories, run through the whole extractor; each fails on
the code before the change.
"""

from __future__ import annotations

import pytest

from index.extract.names import parse_name
from tests.conftest import quotation_opening as quotation

ROUTER = ("Router flaw found\n\n"
          "Security researchers at Greyfell Labs say they found a flaw in router software made by Avenet.\n\n"
          "\"Anyone on the street could have got in,\" said Tamsin Okoro, the researcher who found the bug.\n\n"
          "Avenet, whose software runs on 11 million routers, said it had released a fix in August. \"We are not "
          "aware of any customers being harmed,\" the company said.\n")

RIVERS = ("Flood inquiry reports\n\n"
          "The inquiry's chair, the retired judge Anthea Blackwood, said: \"The people of Ormsby were let down.\"\n\n"
          "In a statement, the Regional Rivers Authority said it accepted all fourteen of the report's "
          "recommendations. \"We are deeply sorry for the distress caused to residents,\" the authority said.\n")


def test_the_company_said_is_never_the_person_quoted_before() -> None:
    words = quotation(ROUTER, "We are not aware")
    assert words.speaker in (None, "Avenet")
    assert words.speaker_description == "the company"


def test_the_authority_said_after_the_body_is_named_in_the_narration_is_that_body() -> None:
    assert quotation(RIVERS, "We are deeply sorry").speaker == "Regional Rivers Authority"


BAND = ("Band in tapes dispute\n\n"
        "The band's manager, Padraig Lennon, struck a softer tone. \"We're confident the contract is on our side,\" "
        "he said. The trio's guitarist, Tom Haldane, posted a shorter message online: \"Free the kitchen tapes.\"\n\n"
        "The singer, Nessa Moyle, tweeted: \"We will sing them anyway.\"\n\n"
        "Her sister Aine Moyle posted on Facebook: \"Proud of you all.\"\n")


@pytest.mark.parametrize(("opening", "speaker"), [("Free the kitchen tapes", "Tom Haldane"),
                                                  ("Proud of you all", "Aine Moyle")])
def test_words_someone_posted_are_theirs(opening: str, speaker: str) -> None:
    assert quotation(BAND, opening).speaker == speaker


def test_a_firm_that_posted_results_before_a_quotation_is_not_its_speaker() -> None:
    text = ("Retailer results\n\n"
            "Harlow Stores posted a 10% rise in profits, and chief executive Jo Pike said: \"It was a great year.\"\n")
    assert quotation(text, "It was a great year").speaker == "Jo Pike"


GE = ("Engines maker upbeat\n\n"
      "US engineering giant General Electric has posted a jump in sales and declared itself \"in great shape for the "
      "year ahead\".\n\n"
      "General Electric said: \"We are doing well in every market we serve.\"\n")


@pytest.mark.parametrize("opening", ["in great shape", "We are doing well"])
def test_general_electric_is_a_firm_not_a_general(opening: str) -> None:
    assert quotation(GE, opening).speaker == "General Electric"


@pytest.mark.parametrize(("run", "name"), [("General Electric", "General Electric"),
                                           ("General Motors", "General Motors"),
                                           ("US giant General Electric", "General Electric")])
def test_a_title_word_before_one_body_word_is_the_bodys_name(run: str, name: str) -> None:
    parsed = parse_name(run)
    assert (parsed.name, parsed.kind) == (name, "organisation")


def test_a_title_before_a_persons_name_stays_a_title() -> None:
    assert (parse_name("General Mike Hale").title, parse_name("General Mike Hale").name) == ("General", "Mike Hale")


ASIDES = ("Prisons row\n\n"
          "The justice minister, Ruth Hallam, said the plan was working.\n\n"
          "Her opposite number, Martin Oyelaran, speaking on Kestrel Television's Breakfast Live, said the "
          "government had \"run out of road for good\".\n\n"
          "The tenants' campaign Damp Homes Action, founded by Rothmere mother Kirsty Venn, said the move was "
          "\"the least the council could do now\".\n\n"
          "Privacy campaign Nobody's Business, led by the former judge Dame Edith Lorrimer, said the cards would "
          "create \"a permanent record of every move\".\n")


@pytest.mark.parametrize(("opening", "speaker"), [("run out of road", "Martin Oyelaran"),
                                                  ("the least the council", "Damp Homes Action"),
                                                  ("a permanent record", "Nobody's Business")])
def test_a_participles_phrase_after_the_subject_never_names_the_speaker(opening: str, speaker: str) -> None:
    """"X, speaking on Y's Breakfast Live, said", "X, founded by Y, said", "X, led by Y, said": X speaks."""
    assert quotation(ASIDES, opening).speaker == speaker


@pytest.mark.parametrize("run", ["Nobody's Business", "Women's Aid", "Men's Health", "People's Party"])
def test_a_possessive_that_owns_nothing_is_part_of_a_bodys_name(run: str) -> None:
    parsed = parse_name(run)
    assert (parsed.name, parsed.kind) == (run, "organisation")


def test_a_possessive_owner_before_a_persons_name_still_only_modifies_it() -> None:
    assert parse_name("Russia's Ivan Sokolov").name == "Ivan Sokolov"


MARATHON = ("Veteran wins marathon\n\n"
            "Berhanu Aleme won the Aldermoor Marathon on Sunday to become the oldest winner in the race's history.\n\n"
            "Aleme, 34, broke clear at 35km, leaving Kenya's Daniel Sang, 26, and Briton Owen Latham, 29, behind. "
            "Pacemaker Tomas Reyes had dropped out at 30km as planned.\n\n"
            "\"People told me I was finished two years ago,\" the 34-year-old said. \"Today my legs answered them.\"\n")

DERBY = ("Derby drawn\n\n"
         "Harrowgate striker Jamal Ostrow scored twice in the derby.\n\n"
         "The referee, Alan Brightwater, said he had a clear view of the incident.\n\n"
         "Ostrow himself was more careful. \"It's one game and we have been top before,\" the 24-year-old told "
         "Radio Kelby.\n")


@pytest.mark.parametrize("opening", ["People told me", "Today my legs"])
def test_an_age_names_the_one_person_the_text_gives_that_age(opening: str) -> None:
    assert quotation(MARATHON, opening).speaker == "Berhanu Aleme"


def test_an_age_no_one_is_given_leaves_the_person_the_text_is_about_and_never_the_outlet_told() -> None:
    assert quotation(DERBY, "It's one game").speaker == "Jamal Ostrow"


def test_an_age_the_text_gives_someone_else_is_not_the_last_person_named() -> None:
    text = ("Cup tie\n\nMidfielder Sam Reid, 31, and goalkeeper Luke Dunn were both booked.\n\n"
            "Dunn conceded twice. \"We were second best all night,\" the 31-year-old said.\n")
    assert quotation(text, "We were second best").speaker == "Sam Reid"


VERDICT = ("Derby report\n\n"
           "\"They'll say the last scrum went against them, but we were the better side,\" said Tarnside coach "
           "Callum Rourke.\n\n"
           "\"A derby is a derby. You can throw the form book in the river.\" That was Ana Whitcombe's verdict when "
           "she was asked about the title race.\n")


def test_that_was_xs_verdict_after_a_quotation_names_its_speaker() -> None:
    assert quotation(VERDICT, "A derby is a derby").speaker == "Ana Whitcombe"


PASSWORDS = ("Password warning\n\n"
             "\"If your master password is weak, assume it will be cracked,\" said Ben Achterberg, an analyst with "
             "Ironwell Security. \"Change it now, and change any password you reuse.\" A survey published by "
             "Ironwell last year found that \"nearly half of users choose a master password of fewer than ten "
             "characters\".\n\n"
             "Zipp Mobility's regional director, Oskar Lind, said: \"We'll be introducing fixed parking bays.\"\n\n"
             "The council's review warned that \"scooters left lying across footpaths pose a danger to blind "
             "people\".\n")


@pytest.mark.parametrize("opening", ["nearly half of users", "scooters left lying"])
def test_what_a_survey_or_review_found_is_never_the_last_speakers_run(opening: str) -> None:
    assert quotation(PASSWORDS, opening).speaker not in ("Ben Achterberg", "Oskar Lind")


NICKNAMES = ("Snooker semi-final\n\n"
             "Declan Rourke, known on the snooker circuit as the Night Owl, came from 4-1 down to beat Felix Ambrose "
             "6-5 on Saturday night.\n\n"
             "\"I was dead and buried at the interval,\" the Night Owl said.\n\n"
             "The rapper Static Bloom, real name Marcus Adeyemi-Clarke, has pulled out of the festival.\n\n"
             "\"I don't walk on a stage that's going to make my fans' ears bleed,\" Static Bloom said in a video.\n\n"
             "Thomas McIlwraith, the comedian known to a generation of viewers simply as Big Tam, returned to the "
             "stage on Saturday. \"The doctors told me to cut out salt,\" Big Tam told the audience.\n")


@pytest.mark.parametrize(("opening", "speaker"), [("I was dead and buried", "Declan Rourke"),
                                                  ("I don't walk on a stage", "Marcus Adeyemi-Clarke"),
                                                  ("The doctors told me", "Thomas McIlwraith")])
def test_a_nickname_or_stage_name_the_text_gives_is_the_person_it_names(opening: str, speaker: str) -> None:
    assert quotation(NICKNAMES, opening).speaker == speaker


# Cases a review of this wave's changes wrote to break them (each gave a wrong name on the first version)

def test_that_was_the_view_of_someone_after_a_framed_quotation_leaves_its_speaker() -> None:
    text = ("Kelby fume at referee\n\n"
            "Kelby captain Ana Reyes said after the match: \"The referee cost us the game.\" That was the view of "
            "manager Tom Hale, too, who said he would complain to the league.\n\n"
            "Dunmore Rovers boss Paul Okafor said: \"It was a clear penalty.\" That is the opinion of most neutral "
            "observers.\n")
    assert quotation(text, "The referee cost us").speaker == "Ana Reyes"
    assert quotation(text, "It was a clear penalty").speaker == "Paul Okafor"


def test_an_age_two_people_are_given_names_neither_by_the_age_alone() -> None:
    text = ("Mother's plea after crash\n\n"
            "Ana Reyes, 34, was seriously hurt when her car was hit by a van on the Kelby bypass on Friday.\n\n"
            "Her husband Tom Hale, who is also 34, has appealed for witnesses to come forward.\n\n"
            "\"Somebody must have seen what happened that night,\" the 34-year-old said.\n")
    assert quotation(text, "Somebody must have seen").speaker != "Ana Reyes"


def test_the_airline_said_is_never_the_regulator_the_narration_named() -> None:
    text = ("Jet in near miss\n\n"
            "\"I saw the other plane out of the window and screamed,\" said passenger Lisa Marsh, 42.\n\n"
            "Skywatch, the air safety regulator, said it had opened an investigation into the incident. "
            "\"We will co-operate fully and our pilots acted correctly,\" the airline said.\n")
    assert quotation(text, "We will co-operate").speaker is None


def test_kings_counsel_and_childrens_laureate_stay_people() -> None:
    text = ("Trial of Kelby director\n\n"
            "The fraud trial of Kelby Stores director Mark Dunn opened on Monday before Judge Helen Ward.\n\n"
            "Prosecuting, King's Counsel Ana Reyes told the jury: \"This was a deliberate scheme.\"\n\n"
            "\"Mr Dunn knew exactly what he was doing,\" she said.\n")
    assert quotation(text, "Mr Dunn knew exactly").speaker == "Ana Reyes"
    assert parse_name("Children's Laureate Lisa Marsh").kind == "person"


@pytest.mark.parametrize(("text", "opening", "speaker"), [
    ("Spending\n\nAnalyst Ana Reyes said the results were strong.\n\n"
     "Tom Hale, the finance minister, spoke next. Reyes posted figures showing \"a clear slowdown in spending\".\n",
     "a clear slowdown", None),
    ("Results\n\nKelby Town posted record profits of £2m, while its rival Dunmore Rovers said: \"We are delighted for "
     "them.\"\n", "We are delighted", "Dunmore Rovers"),
    ("Election night\n\nTrump posted a message on Twitter reading \"Thank you Georgia voters\" after polls closed.\n",
     "Thank you Georgia", "Trump"),
])
def test_posted_reports_a_post_never_figures_a_picture_or_results(text: str, opening: str,
                                                                  speaker: str | None) -> None:
    assert quotation(text, opening).speaker == speaker
