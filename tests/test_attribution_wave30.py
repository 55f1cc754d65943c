"""Who said it, read from holdout30's wrong names (wave 30's validation set) and the stories written to test them.

A title qualified as another office ("Deputy Prime Minister Jack Morrow", "Shadow foreign secretary Tom Kent",
"Former chancellor Ann Berg") was taken as the holder of the bare office ("the prime minister said:"), in the
extractor and in the collection's registry alike; a capitalised office left for the collection ("the Foreign
Secretary told the BBC:") was shown as the name "Foreign Secretary"; and an apposition with no closing comma
('"…," Ana Vogel, an Austrian Green member of the European Parliament said') gave the words to the body. Invented
stories, run through the whole extractor and a real index; each fails on the code before the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.names import title_qualifies_office
from tests.conftest import index_over, only_check
from tests.conftest import quotation_opening as quotation

DINNER = ("Minister quits claim\n\n"
          "The book claims Tom Hale felt he had lost the trust of voters. And at a dinner hosted by Deputy Prime "
          "Minister Jack Morrow he told Mr Kent of his plan. According to Mr Dale the prime minister said: \"Help me "
          "get through the year and I will then stand down.\" He later changed his mind.\n")

STRAW = ("Straw attacks Howard\n\n"
         "The election campaign turned personal as Jack Straw attacked Michael Howard.\n\n"
         "Shadow foreign secretary Michael Ancram said: \"We have fought a positive campaign. He should look at what "
         "Jack Straw said about Michael Howard.\"\n\n"
         "In a speech Mr Straw said of the Tory leader: \"He is clever but not wise.\" The Foreign Secretary told the "
         "BBC: \"I was making the observation that his temper gets the better of him.\" Lib Dem chairman Matt Lee "
         "said: \"People are turned off.\"\n")

ECONOMY = ("Economy focus for poll battle\n\n"
           "The economy will be at the heart of Labour's campaign, Chancellor Ruth Dale has said.\n\n"
           "She said voters would recognise that Labour had brought growth. Ms Dale also attacked the Tory plans.\n\n"
           "Shadow foreign secretary Tom Kent said: \"We have fought a positive campaign. He should look at what Jack "
           "Straw said.\"\n\n"
           "In a speech Mr Straw said of the Tory leader: \"He is clever but not wise.\" The Foreign Secretary told "
           "the BBC: \"I was making the observation that his temper gets the better of him.\"\n")


def test_the_prime_minister_is_not_the_deputy_prime_minister() -> None:
    assert quotation(DINNER, "Help me get through").speaker != "Jack Morrow"


def test_the_foreign_secretary_is_not_the_shadow_foreign_secretary() -> None:
    # the story names Jack Straw as the one speaking just before: the office is his, never Ancram's
    assert quotation(STRAW, "I was making the observation").speaker == "Jack Straw"


def test_a_capitalised_office_nobody_holds_in_the_story_names_nobody() -> None:
    words = quotation(ECONOMY, "I was making the observation")
    assert words.speaker is None  # neither Tom Kent (the shadow office) nor "Foreign Secretary" as if a name


@pytest.mark.parametrize("aside", ["an Austrian Green member", "a Austrian Green member", "a member"])
def test_an_unclosed_apposition_naming_a_role_of_a_body_leaves_the_words_to_the_person(aside: str) -> None:
    story = ("Patent row\n\n"
             "Critics claim the law is bad. \"Patent rights protect inventors but here it is the big companies that "
             f"are protected,\" Ana Vogel, {aside} of the European Parliament said in a statement.\n")
    assert quotation(story, "Patent rights protect").speaker == "Ana Vogel"


@pytest.mark.parametrize(("title", "mention", "other"), [
    ("Deputy Prime Minister", "the prime minister", True),
    ("Former chancellor", "the chancellor", True),
    ("Shadow foreign secretary", "the Foreign Secretary", True),
    ("Prime Minister", "the prime minister", False),
    ("Labour leader", "the leader", False),
    ("Deputy Prime Minister", "the deputy prime minister", False),
])
def test_a_title_of_another_office_is_told_apart(title: str, mention: str, other: bool) -> None:
    assert title_qualifies_office(title, mention) is other


FEES = ("Fees row at Hallam University\n\n"
        "Former chancellor Ann Berg has criticised the rise in fees. Her successor, Jonas Stahl, has defended it.\n\n"
        "The chancellor said: \"Fees will rise by five per cent next year and we make no apology.\"\n")


def test_the_collection_never_confirms_a_former_holder_for_the_bare_office(capsys, tmp_path: Path) -> None:
    index = index_over(tmp_path, {"fees.txt": FEES})
    claim = '"Fees will rise by five per cent next year and we make no apology."'
    assert only_check(capsys, index, f"Ann Berg: {claim}")["verdict"] == "speaker_unconfirmed"
    assert only_check(capsys, index, f"Jonas Stahl: {claim}")["verdict"] != "someone_else"


# wave 30's invented probe stories: a body's long name cut to its last words, a police rank kept in the name
@pytest.mark.parametrize(("subject", "body"), [
    ("The Transport and General Workers' Union said:", "Transport and General Workers' Union"),
    ("The Engineering and Allied Workers' Union said in a statement:", "Engineering and Allied Workers' Union"),
    ("The Royal College of Nursing said:", "Royal College of Nursing"),
    ("The College of General Surgeons said in a statement:", "College of General Surgeons"),
    ("The Performers' Guild said in a statement:", "Performers' Guild"),
    ("The Writers' Guild of Britain said:", "Writers' Guild of Britain"),
])
def test_a_body_is_named_whole_never_by_its_last_words(subject: str, body: str) -> None:
    story = f"Plant to close\n\nThe plant will close in May. {subject} \"We will fight this decision all the way.\"\n"
    assert quotation(story, "We will fight").speaker == body


@pytest.mark.parametrize("rank", ["Det Con", "Det Supt", "Det Ch Insp", "PC"])
def test_a_police_rank_written_short_is_not_part_of_the_name(rank: str) -> None:
    story = (f"Builder jailed\n\nThe man was jailed for six years. After the hearing, {rank} Simon Adeyemi, of Harrowby "
             "Police, said: \"He is exactly the kind of man who gives honest tradesmen a bad name.\"\n")
    assert quotation(story, "He is exactly").speaker == "Simon Adeyemi"


# one person reporting what another told them: the words are the teller's (nobody's when the teller is unnamed)
@pytest.mark.parametrize(("lead", "teller"), [
    ("Mr Hartwell said the show's composer, Felix Dorne, had taken the news badly and had told him:", "Felix Dorne"),
    ("Nina Berg said one of her captors had told her on the first day:", None),
    ("Ms Dragova said a polling station official in the town of Orlin had told her:", None),
])
def test_words_one_person_tells_another_are_the_tellers(lead: str, teller: str | None) -> None:
    story = f"Report\n\nThe story was told on Monday. {lead} \"We will see what happens after the summer.\"\n"
    assert quotation(story, "We will see").speaker == teller


def test_she_who_assured_him_is_never_the_one_reporting_it() -> None:
    story = ("Report\n\nThe story was told on Monday. Edwin Calloway later told MPs he had spoken to Harriet Vole. "
             "He said she had assured him: \"We will see what happens after the summer.\"\n")
    assert quotation(story, "We will see").speaker in (None, "Harriet Vole")


@pytest.mark.parametrize(("story", "opening", "body"), [
    ("The Grocers' Federation said in a statement: \"Prices are clearly regulated by law.\"", "Prices are",
     "Grocers' Federation"),
    ("The Referees' Association said: \"Officials make decisions in a split second.\"", "Officials make",
     "Referees' Association"),
    ("The Shopworkers' Guild, which represents 40,000 staff, said it would seek assurances. \"Our members should not "
     "pay the price,\" the union said.", "Our members", "Shopworkers' Guild"),
])
def test_a_body_named_with_a_plural_possessive_is_named_whole(story: str, opening: str, body: str) -> None:
    assert quotation(f"Row\n\nShoppers complain.\n\n{story}\n", opening).speaker == body


def test_it_after_a_doctor_called_a_gp_is_never_the_gp() -> None:
    story = ("Jab row\n\nDr Michael Aryee, a GP in Sallowfield, said his practice had received only half of its order. "
             "\"I have had people in tears,\" he said.\n\nThe maker, Corvell Biologics, blamed a problem at its plant. "
             "It said in a statement: \"We deeply regret the disruption.\"\n")
    assert quotation(story, "We deeply regret").speaker in (None, "Corvell Biologics")


def test_what_a_raider_shouted_is_not_the_words_of_the_one_reporting_it() -> None:
    story = ("Raid\n\nThe shop was raided. Bernard Harrowgate said one of the raiders had shouted at his assistant: "
             "\"Open it or you are finished.\"\n")
    assert quotation(story, "Open it").speaker is None


# the review's stories: the telling is the speaker's own when it has no "had" of its own; a rank is written before a
# given name, never the first word of a firm's or a person's name
@pytest.mark.parametrize("lead", [
    "Tom Hale said Gordon Brown was wrong and told them:",
    "Ann Berg said the Treasury had let farmers down and told us:",
    "The NFU's Tom Hale said Tesco was squeezing suppliers and warned them:",
])
def test_a_telling_coordinated_with_said_is_the_speakers_own(lead: str) -> None:
    story = f"Row\n\nChancellor Gordon Brown defended his plans on Monday. {lead} \"We will fight this all the way.\"\n"
    assert quotation(story, "We will fight").speaker in ("Tom Hale", "Ann Berg")


@pytest.mark.parametrize(("line", "name"), [
    ('"The hull had no faults," Det Norske Veritas said in a statement.', "Det Norske Veritas"),
    ('"Our workers are treated fairly," Hon Hai Precision Industry said.', "Hon Hai Precision Industry"),
    ('Con Mac Giolla, a local councillor, said: "The town is shocked."', "Con Mac Giolla"),
])
def test_a_rank_word_opening_a_name_is_kept_when_no_given_name_follows_it(line: str, name: str) -> None:
    story = f"Row\n\nThe news broke on Monday. {line}\n"
    assert quotation(story, line.split('"')[1][:10]).speaker == name
