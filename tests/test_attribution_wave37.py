"""Who said it, read from holdout37 (wave 37's validation set).

'"…," said Sun's chief operating officer Jonathan Schwartz. "…?" he asked' gave the question to nobody (the
company's possessive was read as someone unnamed who spoke); 'eight players, including captain Jason Robinson and
fly-half Charlie Hodgson, were away. "…," he added' withheld the coach's words (the second name of a list after
"including" was read as a rival); 'Peter Misselbrook, executive partner of Tods Murray said Mr McLetchie had been
considering retirement. He added: "…"' read McLetchie as the one who said; "Standard Trust said" of a story naming
"Standard Trust Bank" first named half the bank; and '"…," reads a telephone memo for Mr Heath' gave a memo's words
to the man it was written for. Invented stories, run through the whole extractor; each fails on the code before the
change unless marked as a guard.
"""

from __future__ import annotations

import pytest

from tests.conftest import quotation_opening as quotation


def test_the_name_after_a_possessive_title_speaks_not_its_owner() -> None:
    story = ("Velo rents its grid\n\n"
             "Velo has begun renting computing power by the hour.\n\n"
             "The system could grow as power networks have, said Velo's chief operating officer Tom Marsh. "
             "\"Why build your own grid when you can rent ours?\" he asked in a webcast.\n")
    assert quotation(story, "Why build your own").speaker == "Tom Marsh"


def test_an_unnamed_title_after_a_possessive_still_names_nobody() -> None:  # a guard
    story = ("Velo rents its grid\n\n"
             "Tom Marsh founded Velo in 1999.\n\n"
             "The system could grow as power networks have, said Velo's chief executive. "
             "\"Why build your own grid when you can rent ours?\" he asked.\n")
    assert quotation(story, "Why build your own").speaker is None


def _squad(joined: str) -> str:
    return ("Hart angry at absent stars\n\n"
            "Dunmore director of rugby Paul Hart has attacked the timing of the training camp.\n\n"
            "\"It is the same for everyone but we need to manage it,\" he told BBC Sport.\n\n"
            f"Now he fears it could derail the club's cup hopes after eight players, {joined}, were away with their "
            "countries. \"We're in the quarter-finals and it's a great opportunity,\" he added.\n")


def test_names_listed_after_including_are_objects_not_rivals_of_he() -> None:
    story = _squad("including captain Jim Reed and fly-half Dan Cole")
    assert quotation(story, "We're in the quarter-finals").speaker == "Paul Hart"


def test_a_man_named_as_a_subject_before_he_still_contests_it() -> None:  # a guard
    story = ("Hart angry at absent stars\n\n"
             "Dunmore director of rugby Paul Hart has attacked the timing of the training camp.\n\n"
             "\"It is the same for everyone but we need to manage it,\" he told BBC Sport.\n\n"
             "Captain Jim Reed and fly-half Dan Cole were away with England all week. "
             "\"We're in the quarter-finals and it's a great opportunity,\" he added.\n")
    assert quotation(story, "We're in the quarter-finals").speaker != "Paul Hart"


def test_a_name_after_said_that_a_verb_follows_is_what_is_reported_not_who_reports() -> None:
    story = ("Leader quits legal post\n\n"
             "Tom Kerr has resigned from his post as a partner in a legal firm.\n\n"
             "Dan Lyle, executive partner of Acme Law said Mr Kerr had been considering retirement later in the year. "
             "He added: \"Tom has decided that this announcement should be made now.\"\n")
    assert quotation(story, "Tom has decided").speaker == "Dan Lyle"


@pytest.mark.parametrize(("short", "whole"), [("Arvel Trust", "Arvel Trust Bank"), ("Kelby", "Kelby Bank")])
def test_a_bank_named_short_is_named_by_the_full_name_the_story_gives_first(short: str, whole: str) -> None:
    story = ("Banks agree merger\n\n"
             f"Nigerian banks United Bank of Africa and {whole} have agreed plans to merge.\n\n"
             f"{short} is smaller but more profitable. \"The boards approved arrangements to merge both "
             f"institutions,\" {short} said.\n")
    assert quotation(story, "The boards approved").speaker == whole


def test_a_short_name_of_several_words_takes_no_ending_but_a_companys() -> None:  # a guard
    story = ("Banks agree merger\n\n"
             "Arvel Trust Holdings and Dunmore Bank have agreed plans to merge.\n\n"
             "\"The boards approved the merger,\" Arvel Trust said.\n")
    assert quotation(story, "The boards approved").speaker != "Arvel Trust Holdings"


def test_someone_new_who_reports_in_the_sentence_before_stops_the_narrations_speaker() -> None:
    story = ("MP attacks campaign\n\n"
             "Labour MP Tom Wade has criticised his party's campaign.\n\n"
             "Mr Wade predicted the campaign would get going once the budget was out. But the leader had been "
             "\"hurt\" by the war, he added. A Labour party spokesman played down differences with Mr Wade and said "
             "Mr Dunn already had a prominent role. \"This election is a choice between going forward and going "
             "back.\"\n")
    assert quotation(story, "This election is a choice").speaker != "Tom Wade"


def test_a_memo_that_reads_the_words_is_no_word_of_the_man_it_was_for() -> None:
    story = ("Coalition talks faltered\n\n"
             "Documents show Sir Tom Vale tried to form a coalition with the Liberals in 1974.\n\n"
             "But Sir Tom said that was impossible because the left was set against it. \"Jeremy said he was "
             "encountering an embarrassing problem with his colleagues,\" reads a telephone memo for Sir Tom.\n")
    assert quotation(story, "Jeremy said he").speaker is None


def test_a_letter_from_someone_still_leaves_them_speaking_when_they_are_named_speaking() -> None:  # a guard
    story = ("Coalition talks faltered\n\n"
             "Sir Tom Vale wrote to the Liberal leader in 1974.\n\n"
             "\"I am sorry this is obviously hell,\" Sir Tom wrote.\n")
    assert quotation(story, "I am sorry").speaker == "Tom Vale"


def test_the_statement_the_narration_gave_its_author_still_reads_that_authors_words() -> None:  # a guard
    story = ("Gamer accounts closed\n\n"
             "Games firm Velo has closed 20,000 accounts.\n\n"
             "In a statement detailing the banning of the accounts Velo said this system helped identify them. \"The "
             "method used was extremely easy for Velo to trace and confirm,\" read the statement.\n")
    assert quotation(story, "The method used").speaker == "Velo"


@pytest.mark.parametrize(("verb", "agent", "speaker"), [
    ("was called the", "by the film's director Tom Marsh", "Tom Marsh"),
    ("was described as", "by critic Ann Lee", "Ann Lee"),
])
def test_words_a_passive_verb_of_naming_quotes_are_its_agents(verb: str, agent: str, speaker: str) -> None:
    story = ("Actor honoured\n\n"
             "Dan Cole starred in the film, which opened in Dunmore.\n\n"
             f"His performance drew audiences of all ages, and he {verb} \"fifth child of the group\" {agent}.\n")
    assert quotation(story, "fifth child").speaker == speaker


def test_a_passive_verb_of_naming_with_no_agent_names_nobody() -> None:  # a guard
    story = ("Actor honoured\n\n"
             "Dan Cole starred in the film, which opened in Dunmore. Director Tom Marsh was delighted.\n\n"
             "He was called the \"fifth child of the group\" after the premiere.\n")
    assert quotation(story, "fifth child").speaker is None


@pytest.mark.parametrize("lead", ["Tory leader Tom Hale has dismissed claims that his immigration policy was",
                                  "Mr Hale denied suggestions that he had been",
                                  "Mr Hale rejected accusations that he was"])
def test_words_inside_a_claim_someone_else_made_are_not_the_dismissers(lead: str) -> None:
    story = ("Row over policy\n\n"
             "Tom Hale leads the party.\n\n"
             f"{lead} \"moving onto the turf\" of the far right.\n")
    assert quotation(story, "moving onto the turf").speaker is None


def test_words_after_the_claim_clause_ends_are_the_reporters_again() -> None:  # a guard
    story = ("Row over policy\n\n"
             "Tom Hale leads the party.\n\n"
             "Mr Hale said reports that the party was split were \"complete and utter nonsense\".\n")
    assert quotation(story, "complete and utter").speaker == "Tom Hale"


def test_a_subject_after_a_fronted_phrase_and_its_comma_is_still_a_rival() -> None:  # a guard (review)
    story = ("Bridge to be rebuilt\n\n"
             "Castlebrook mayor Tom Reedley said on Monday that the bridge would be rebuilt within a year.\n\n"
             "Next to Reedley, treasurer Bill Foxton looked doubtful.\n\n"
             "\"We do not have the money. Who will pay?\"\n")
    assert quotation(story, "We do not have").speaker is None


@pytest.mark.parametrize("sentence", [
    "Local lender Dunmore Bank has agreed a three-year deal to sponsor Dunmore, the county's leading rugby club.",
    "Dunmore Bank has agreed to lend 50m to the club.\n\nDunmore, the county's leading rugby club, needs a new stand.",
])
def test_a_body_the_story_sets_apart_from_the_bank_keeps_its_own_name(sentence: str) -> None:  # a guard (review)
    story = ("Rugby club signs sponsor\n\n"
             f"{sentence}\n\n"
             "\"We are delighted to have such a strong local partner,\" Dunmore said in a statement.\n")
    assert quotation(story, "We are delighted").speaker == "Dunmore"


def test_a_note_from_a_named_author_still_reads_the_authors_words() -> None:  # a guard (review)
    story = ("Councillor arrested\n\n"
             "Councillor Tom Fryer was arrested on Thursday over missing funds.\n\n"
             "\"It is all a misunderstanding,\" Fryer said.\n\n"
             "\"I have nothing to hide,\" reads a handwritten note from Fryer pinned to his office door.\n")
    assert quotation(story, "I have nothing").speaker == "Tom Fryer"


@pytest.mark.parametrize("lead", ["The England coach Tom Hale went on to claim that",
                                  "Mr Hale said that for the minister to claim that most people would see little change"])
def test_a_claim_the_subject_makes_himself_is_still_his(lead: str) -> None:  # a guard: "claim" the verb, no noun
    story = ("Row over refereeing\n\n"
             "Tom Hale coaches England.\n\n"
             f"{lead} \"only one side was refereed in the match\".\n")
    assert quotation(story, "only one side").speaker == "Tom Hale"


def test_words_of_a_law_its_section_opens_the_sentence_with_are_not_the_last_speakers() -> None:
    story = ("Leader quits\n\n"
             "Tom Kerr has quit his legal post.\n\n"
             "Labour MSP Ann May had said Mr Kerr was wrong. \"He was almost bound to get the answer he wanted,\" she "
             "said. Section 5 of the members interest order legally obliges MSPs to declare registrable interests "
             "before taking part in related parliamentary proceedings \"where the interest would prejudice their "
             "ability to participate\".\n")
    assert quotation(story, "where the interest").speaker is None


def test_a_speaker_who_talks_about_a_law_still_speaks() -> None:  # a guard
    story = ("Leader quits\n\n"
             "Tom Kerr has quit his legal post.\n\n"
             "Labour MSP Ann May said the new code \"will not stop the abuse of the rules at all\".\n")
    assert quotation(story, "will not stop").speaker == "Ann May"


@pytest.mark.parametrize("sentence", [
    "The referee's order to retake the kick was \"a joke from start to finish\".",
    "The Bill Tarrant Foundation, which funds his work, has \"changed thousands of lives\".",
])
def test_a_law_word_that_opens_no_numbered_section_leaves_the_speaker_speaking(sentence: str) -> None:  # a guard (review)
    story = ("Coach fumes\n\n"
             "Coach Tom Vell was furious after the match.\n\n"
             f"\"We were robbed,\" he said. {sentence}\n")
    quoted = sentence.split("\"")[1]
    assert quotation(story, quoted[:12]).speaker == "Tom Vell"
