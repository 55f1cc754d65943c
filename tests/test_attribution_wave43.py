"""Who said it, read from holdout43 (wave 43's validation set) and from helpers' invented stories.

'"The litigation risks are real," said Credit Suisse First Boston analyst Vadim Mitroshin The dispute …' (the copy lost
a full stop) went to the speaker before him: the name ran on into "The" and was read as nobody; "Reacting to a
disputed comment by All England Club chairman Tim Phillips, the American said:" went to the chairman the player
reacted to; and a definite description of an office ("the Lib Dem chief executive said") went to the person the story
is about though the text gives that person another office; (a helper's story) "Chief Constable Sarah Doyle" was
read as a person called "Constable Sarah Doyle", and "The chief constable said:" went to the speaker before. Invented
stories, run through the whole extractor; each fails on the code before the change unless marked as a guard.
"""

from __future__ import annotations

from tests.conftest import quotation_opening as quotation


def test_a_name_whose_full_stop_the_copy_lost_still_speaks() -> None:
    story = ("Oil firm in court\n\nAnalysts are wary. \"Do we have a chance? We think we do,\" said Mike Lund, a "
             "Petrox spokesman. \"The litigation risks are real,\" said Hanseatic Bank analyst Vadim Orlov The dispute "
             "is partly driven by politics.\n")
    assert quotation(story, "The litigation risks").speaker == "Vadim Orlov"
    assert quotation(story, "Do we have a chance").speaker == "Mike Lund"


def test_the_name_in_a_fronted_phrase_is_not_the_subject_after_it() -> None:
    story = ("Dale attacks Wimbledon\n\nWorld number one Lindsay Dale has criticised Wimbledon over prize money.\n\n"
             "Reacting to a disputed comment by All England Club chairman Tim Hale, the American said: \"I think it "
             "is highly insulting.\"\n")
    assert quotation(story, "I think it is highly").speaker == "Lindsay Dale"
    asked = ("Dale attacks Wimbledon\n\nWorld number one Lindsay Dale has criticised Wimbledon over prize money.\n\n"
             "Asked about club chairman Tim Hale, she said: \"I think it is highly insulting.\"\n")
    assert quotation(asked, "I think it is highly").speaker == "Lindsay Dale"


def test_an_office_the_text_gives_the_person_under_another_title_is_someone_elses() -> None:
    story = ("Greens fight on\n\nGreen Party leader Jo Hale said: \"We go into the election as an independent "
             "party.\" Ms Hale has been under fire for missing a vote. On Saturday, the Green Party chief executive "
             "said it was \"just a cock-up\" that Ms Hale missed the vote.\n")
    assert quotation(story, "just a cock-up").speaker is None
    # guard: a description giving the person just heard an office the text gives them nowhere else is still them
    tory = ("Migration row\n\nTory Sam Ford said his party offered a \"clear choice\" on the issue. The Conservative "
            "Party Co-Chairman said voters had a choice between a government that had \"done nothing for eight "
            "years\" and his party.\n")
    assert quotation(tory, "done nothing for eight").speaker == "Sam Ford"


def test_a_police_rank_written_whole_is_a_title_not_part_of_the_name() -> None:
    story = ("Police chief warns over knife crime\n\nChief Constable Sarah Doyle said knife crime had risen by 20%.\n\n"
             "Ben Hale, head of the Safe Streets charity, said: \"Young people need somewhere to go.\"\n\n"
             "The chief constable said: \"We cannot arrest our way out of this.\"\n")
    assert quotation(story, "We cannot arrest").speaker == "Sarah Doyle"
    assert quotation(story, "Young people need").speaker == "Ben Hale"
