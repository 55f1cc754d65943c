"""Who said it, read from holdout31's wrong names (wave 31's validation set) and the stories written to test them.

A body's own team ("Google's security team", "the Google team") was given the last body the text named (the
security firm the message was sent to), because a firm written only in the possessive, or read as a person's name
once, is in no list of the text's bodies; "It blamed …" after "an all-party committee said" went to a capitalised
word passed on the way ("Whitehall departments"); a quotation opened by a participle the table lacked ("…,
complaining:") had no speaker; and a fragment in a sentence whose subject is a named body ("The Labour party has
committed itself to "…"") went on the run of the last person quoted. Invented stories, run through the whole
extractor; each fails on the code before the change.
"""

from __future__ import annotations

import pytest

from tests.conftest import quotation_opening as quotation

MESSAGE = ("Worm stopped by search blocks\n\n"
           "Thousands of forums were defaced by a worm. Once Zentrix started blocking these search queries the rate of "
           "infection tailed off sharply. A message sent to Danish security firm Kyburg by Zentrix's security team "
           "said: \"While a seven hour response is not outrageous, we think we can do better.\" \"We will be reviewing "
           "our procedures,\" the Zentrix team said.\n")

LETTER = ("Fee row\n\n"
          "Dutch bank Orvelt was hit by the ruling. Tamsin's legal team said: \"We will not pay the fee.\"\n\n"
          "\"We will be reviewing our position,\" the Tamsin team said.\n")


@pytest.mark.parametrize("opening", ["While a seven hour response", "We will be reviewing our procedures"])
def test_a_firms_own_team_is_never_the_firm_its_message_was_sent_to(opening: str) -> None:
    assert quotation(MESSAGE, opening).speaker != "Kyburg"


@pytest.mark.parametrize("opening", ["We will not pay", "We will be reviewing our position"])
def test_a_team_written_with_its_firm_speaks_for_that_firm(opening: str) -> None:
    assert quotation(LETTER, opening).speaker in ("Tamsin", None)
    assert quotation(LETTER, opening).speaker != "Orvelt"


def test_it_after_a_committee_named_by_its_kind_is_not_a_word_passed_on_the_way() -> None:
    story = ("Bodies not ready for law\n\n"
             "From next month anyone can demand information from a range of public bodies - from Whitehall "
             "departments to doctors' surgeries. But an all-party committee said it was \"not confident\" many would "
             "be ready. It blamed the ministry for a \"lack of consistent leadership\".\n")
    assert quotation(story, "lack of consistent").speaker is None


@pytest.mark.parametrize("verb", ["complaining", "protesting", "commenting", "insisting"])  # (insisting: a guard)
def test_a_quotation_opened_by_a_participle_is_its_subjects(verb: str) -> None:
    story = ("Chelsea boss fumes\n\n"
             "Chelsea won again on Saturday. Jose Pereira was not impressed by the defending.\n\n"
             f"Pereira had his say on that game, {verb}: \"Five-four is a hockey score, not a football score.\"\n")
    assert quotation(story, "Five-four is a hockey").speaker == "Jose Pereira"


def test_a_fragment_in_a_sentence_about_a_named_body_is_not_the_last_persons() -> None:
    story = ("Childcare pledge\n\n"
             "Labour's minister for women Jane Tully said: \"These plans would cost too much.\" The Labour party has "
             "committed itself to \"universal, affordable and flexible\" childcare.\n")
    assert quotation(story, "These plans").speaker == "Jane Tully"
    assert quotation(story, "universal, affordable").speaker != "Jane Tully"


def test_a_fragment_after_a_body_named_by_its_kind_alone_stays_the_ministers() -> None:
    story = ("Retirement ages\n\n"
             "Work minister Alan Kemp said: \"Stereotypes of older people are wrong.\"\n\n"
             "The government wanted to move to a culture where retirement ages were \"increasingly consigned to the "
             "past\". \"We're sweeping them away entirely,\" he said.\n")
    assert quotation(story, "increasingly consigned").speaker == "Alan Kemp"


# From the wave's invented probe stories: a letter "seen by the BBC" was the BBC's words, and a role followed by the
# body it serves ("The minister for local government") was that body; initials lost their first letter ("J.P.
# Whitlock" was "P. Whitlock"); a word for what someone does glued to a name whose surname is also a given name
# ("Contestant Ellie Brand") was read as part of the name; and a transcript's three-letter surname ("ORR:") was
# shown in capitals instead of the full name the story gives.

def test_a_letter_seen_by_a_broadcaster_is_its_senders_words() -> None:
    story = ("Manager sacked\n\n"
             "Harlow Vale sacked their manager on Sunday.\n\n"
             "A letter sent to season-ticket holders by chairman Graham Ostley, seen by the BBC, said: \"I share your "
             "frustration.\"\n")
    assert quotation(story, "I share your").speaker == "Graham Ostley"


def test_an_email_seen_by_a_broadcaster_is_never_the_broadcasters() -> None:
    story = ("Shops to close\n\n"
             "Staff at fashion chain Verity Lane learned of the closures in an email from chief executive Simon "
             "Karlsson.\n\n"
             "The email, seen by the BBC, said the company had \"no choice but to act decisively\".\n")
    assert quotation(story, "no choice but").speaker != "BBC"


def test_a_role_before_the_body_it_serves_is_not_a_body_named_before() -> None:
    story = ("Minister apologises\n\n"
             "The messages, sent to colleagues by the minister in March and seen by the BBC, included the line: \"They "
             "can raise council tax.\"\n\n"
             "The minister for local government said in a statement: \"The language I used was wrong.\"\n")
    assert quotation(story, "The language I used").speaker != "BBC"


@pytest.mark.parametrize(("written", "name"), [("J.P. Whitlock", "J.P. Whitlock"), ("R.J. Amadi", "R.J. Amadi")])
def test_a_name_with_two_initials_keeps_both(written: str, name: str) -> None:
    story = f"Club shuts\n\nThe club is closing after 90 years.\n\nChairman {written} said: \"This is a sad day.\"\n"
    assert quotation(story, "This is a sad day").speaker == name


def test_a_word_for_what_someone_does_is_not_part_of_their_name() -> None:
    story = ("Vote error\n\n"
             "The show admitted some votes were not counted.\n\n"
             "Contestant Ellie Brand, who was voted out on Saturday, said: \"You accept being voted out.\"\n")
    assert quotation(story, "You accept being").speaker == "Ellie Brand"


def test_a_transcripts_short_surname_in_capitals_is_the_full_name() -> None:
    story = ("Singer cancels tour\n\n"
             "Maya Fenwick spoke to presenter Jamie Orr last month.\n\n"
             "ORR: \"Do you ever get a night off?\"\n\n"
             "FENWICK: \"Honestly? Not really.\"\n")
    assert quotation(story, "Do you ever").speaker == "Jamie Orr"


@pytest.mark.parametrize(("opening", "firm"), [("for as long as", "Hollins & Crewe"), ("We are pleased", "Procter & Gamble")])
def test_a_firm_named_with_an_ampersand_is_named_whole(opening: str, firm: str) -> None:
    story = ("Packaging levy\n\n"
             "Supermarket chain Hollins & Crewe, which has 310 stores, said it would absorb the cost \"for as long as "
             "we reasonably can\" but warned prices could rise.\n\n"
             "\"We are pleased,\" said Procter & Gamble.\n")
    assert quotation(story, opening).speaker == firm


# From PolNeAR's regressions while the wave's rules were tried: a man known by his given name alone ("Bob agreed to
# talk …") lost "he said" to a woman named paragraphs before, and "said the base chief known as Bob" to the author
# the article was about.
BASE_CHIEF = ("Ex-spy disputes film\n\n"
              "Author Mitchell Stone wrote the book the film is based on. The officer in charge of the base that night "
              "says the scene is untrue.\n\n"
              "\"There never was a stand-down order,\" said the base chief known as Bob, speaking for the first time.\n\n"
              "Stone said he had asked to speak with Bob many times.\n\n"
              "Bob agreed to talk on the condition that his last name not be used. \"I thought I would regret it if I "
              "didn't,\" he said.\n")


def test_a_man_known_by_his_given_name_alone_is_never_the_author_named_before() -> None:
    assert quotation(BASE_CHIEF, "There never was").speaker != "Mitchell Stone"
    # (a guard: here the story gives Bob as a person, so "he said" is his on the code before the change too)
    assert quotation(BASE_CHIEF, "I thought I would regret").speaker in ("Bob", None)


def test_a_boxers_team_is_not_the_boxer() -> None:
    story = ("Boxer pulls out\n\n"
             "Heavyweight Jay Okafor has withdrawn from his title fight with Lenny Marsh.\n\n"
             "Marsh's promoter accused the Okafor camp of looking for an excuse.\n\n"
             "The Okafor team said the claims were \"insulting and untrue\".\n")
    assert quotation(story, "insulting and untrue").speaker is None


@pytest.mark.parametrize(("opening", "body"), [
    ("all available levers", "Culture, Media and Sport Committee"),
    ("engaging closely", "Department for Culture, Media and Sport"),
])
def test_a_body_named_for_a_list_of_matters_is_named_whole(opening: str, body: str) -> None:
    story = ("Studio closure\n\n"
             "The Culture, Media and Sport Committee published its report on Wednesday. It urged ministers to use "
             "\"all available levers\" to save the studio.\n\n"
             "The Department for Culture, Media and Sport said it was \"engaging closely with all parties\".\n")
    assert quotation(story, opening).speaker == body


@pytest.mark.parametrize(("tail", "name"), [
    ("said the child's mother, Leanne Firth, in a statement read to the court.", "Leanne Firth"),
    ("said the council's cabinet member for housing, Cllr Ayesha Bibi.", "Ayesha Bibi"),
])
def test_a_relation_or_member_then_a_name_after_the_quotation_is_that_person(tail: str, name: str) -> None:
    story = ("Landlord fined\n\n"
             "A landlord was fined at Rainford Magistrates' Court. Rainford Metropolitan Borough Council brought the "
             "case.\n\n"
             f"\"It was on the walls,\" {tail}\n")
    assert quotation(story, "It was on the walls").speaker == name


def test_it_after_a_letter_seen_by_a_broadcaster_is_not_the_broadcaster() -> None:
    story = ("Prisons warning\n\n"
             "The letter, sent to the Chancellor by Justice Minister Eleanor Pryce and seen by the BBC, said prisons "
             "were nearly full. It warned of \"a real risk of disorder\" if nothing was done.\n")
    assert quotation(story, "a real risk").speaker != "BBC"


def test_a_committee_of_a_named_house_is_not_the_house() -> None:
    story = ("Water warning\n\n"
             "A House of Lords committee has warned that England is \"sleepwalking into a water crisis\".\n")
    assert quotation(story, "sleepwalking").speaker is None


# Guards from the review of the change (each held before it, and an intermediate version of the rules broke it)
@pytest.mark.parametrize(("story", "opening", "speaker"), [
    ("Tariffs\n\nTrade chief Pascal Lamy said the rules had moved to the U.S. Lamy said: \"The tariffs are illegal.\"\n",
     "The tariffs", "Pascal Lamy"),
    ("Rail delays\n\nPassenger Focus director Anthony Orr said travellers had suffered. The rail regulator, the ORR, "
     "said: \"Network Rail let passengers down badly.\"\n", "Network Rail let", "ORR"),
    ("Bins\n\nKelby Borough Council has cut bin collections to once a fortnight.\n\nBut the Kelby council said: "
     "\"Recycling rates have doubled.\"\n", "Recycling rates", "Kelby Borough Council"),
    ("Car maker loss\n\nAcme Motors reported a loss of £20m. The company said it was \"deeply disappointed\". It "
     "blamed \"an unusually poor summer and weak demand in Asia\".\n", "an unusually poor", "Acme Motors"),
])
def test_review_guards(story: str, opening: str, speaker: str) -> None:
    assert quotation(story, opening).speaker == speaker


def test_a_role_of_a_named_body_is_never_the_last_person_named() -> None:
    # (a guard, as the next: found by the review, they held before the change and broke under a draft of it)
    story = ("Bank cuts jobs\n\n"
             "Halcrow Bank is to cut 900 jobs, union leader Mark Dyson said on Monday.\n\n"
             "The chief executive of Halcrow Bank said: \"These are difficult decisions for everyone.\"\n")
    assert quotation(story, "These are difficult").speaker != "Mark Dyson"


def test_figures_published_by_a_body_are_its_words() -> None:
    story = ("Trains late\n\n"
             "The figures, published by Network Rail, said punctuality had fallen to \"an unacceptable level\".\n")
    assert quotation(story, "an unacceptable level").speaker == "Network Rail"


def test_a_high_court_judges_style_is_no_part_of_the_name() -> None:
    story = ("Mining firm fined\n\n"
             "Kelby Mining was fined £2m on Monday. The judge, Mr Justice A.B. Collins, said: \"The company put profit "
             "before safety.\"\n")
    assert quotation(story, "The company put").speaker == "A.B. Collins"


def test_a_role_someone_has_is_not_whoever_the_text_is_about() -> None:
    story = ("Landlord fined\n\n"
             "Kevin Ashdown, 49, was fined. The council's cabinet member for housing, Cllr Ayesha Bibi, welcomed the "
             "ruling.\n\n"
             "Ashdown's solicitor said his client had \"taken steps to remedy every defect\" since.\n")
    assert quotation(story, "taken steps").speaker is None


def test_a_relation_with_no_name_is_not_the_person_last_quoted() -> None:
    story = ("Brewery sold\n\n"
             "The managing director, Edward Hale, said the sale was hard. \"We had offers before,\" he said.\n\n"
             "His sister, Clare Hale, who runs the pubs, said the family had been split. \"I will not pretend everyone "
             "agreed,\" she said.\n\n"
             "\"We argued, and then we agreed,\" her brother said. \"That is how this family has always worked.\"\n")
    for opening in ("We argued", "That is how"):
        words = quotation(story, opening)
        assert words.speaker != "Clare Hale"
    assert quotation(story, "We argued").speaker_description == "her brother"


def test_where_a_speaker_is_from_is_not_who_speaks() -> None:
    story = ("Band splits\n\nThe band played its last gig.\n\n"
             "One fan, Sarah Keane, 19, from Leeds, said: \"I have seen them eleven times.\"\n")
    assert quotation(story, "I have seen them").speaker == "Sarah Keane"


def test_they_after_an_email_seen_by_a_broadcaster_is_not_the_broadcaster() -> None:
    story = ("File-sharer fined\n\n"
             "An email sent to Mr Penrith by the BPI's lawyers last year, and seen by the BBC, warned him of "
             "\"substantial damages\".\n\n"
             "Mr Penrith's legal team said he had been \"made an example of\". In a statement, they said: \"Our client "
             "is a father of two on a modest income.\"\n")
    assert quotation(story, "Our client is").speaker != "BBC"


# Guards from the second review (a draft of the wave's rules broke each; the start code held them or named nobody)
@pytest.mark.parametrize(("tail", "wrong"), [
    ("said the mother of the dead boy, Daniel Hart, in a statement read outside court.", "Daniel Hart"),
    ("said the solicitor representing the victim, Daniel Hart, in a statement issued on Sunday.", "Daniel Hart"),
    ("said a member of the public who met the MP, Joan Whitcombe, at a rally on Saturday.", "Joan Whitcombe"),
])
def test_a_name_after_an_of_phrase_is_not_the_speakers(tail: str, wrong: str) -> None:
    story = f"Boy killed\n\nA boy was killed on Friday.\n\n\"He was the kindest boy,\" {tail}\n"
    assert quotation(story, "He was the kindest").speaker != wrong


@pytest.mark.parametrize(("written", "name"), [("J.P. O'Brien", "J.P. O'Brien"), ("A.B. de Villiers", "de Villiers")])
def test_initials_before_an_apostrophe_or_a_particle_stay_with_the_name(written: str, name: str) -> None:
    story = f"Course backed\n\nA new course is planned.\n\n\"It is a fine site,\" said {written}.\n"
    assert quotation(story, "It is a fine site").speaker in (name, written)


def test_a_team_whose_name_shares_only_a_prefix_with_the_last_body_is_not_that_body() -> None:
    story = ("Shopping centre\n\nWestminster City Council has approved plans for a shopping centre.\n\n"
             "The developer behind the scheme, Westfield, says it will open in 2008.\n\n"
             "\"This is a great day for London shoppers,\" the Westfield team said.\n")
    assert quotation(story, "This is a great day").speaker != "Westminster City Council"


def test_an_email_quoted_by_a_paper_is_not_the_papers() -> None:
    story = ("Memo leaked\n\nHealth Secretary Jo Hale wrote to hospital chiefs on Monday.\n\n"
             "The email, quoted by the Financial Times, said: \"We cannot protect every service.\"\n")
    assert quotation(story, "We cannot protect").speaker != "Financial Times"
