"""Wave 15 of the quote checker (issue 11): lead-ins and tails that credit nobody must not accuse anybody.

A topic that opens a lead-in ("On gaming PCs at Tekfair:", "On the bid for the NSX:") holds the object of its
preposition, and a word inside it is never who speaks; when a full name ends such a topic with no break ("On the
merger with Norvik Selma Vick said"), only the name speaks, not the body glued before it. A lower-case word with a
question mark after a dash ('"…" - real?') asks about the words and names nobody, even when a body the sources know
shares that word. Each shape read as a speaker gave "someone_else" for words the sources credit as claimed.
Every name here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.answer.claims import find_claims
from tests.conftest import index_over, only_check

FAIR = """Gaming PCs take centre stage at Tekfair

Makers showed their newest gaming machines at the Tekfair show in Lunden this week.

"The real challenge is to show people it's easier than they think, and fun," said Dana Okafor, who runs the hardware arm of Brisk Systems.

Real Corvina, the football club, said in a statement: "We are proud to open the new stadium next month."

Selma Vick, the chief executive of Brisk Systems, said of the merger with Norvik: "This deal makes us the biggest maker in the region."

The Norvik Stock Exchange (NSX) faces a bid from a rival. "Obviously we'll have to wait and see, but I don't think it will make much difference," said Pavel Drost, a trader in Lunden.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave15"), {"fair.txt": FAIR})


@pytest.mark.parametrize("message", [
    'On gaming PCs at Tekfair: "The real challenge is to show people it\'s easier than they think, and fun."',
    '"We are proud to open the new stadium next month" - real?',
    'On the bid for the NSX: "Obviously we\'ll have to wait and see, but I don\'t think it will make much difference."',
])
def test_a_topic_or_a_question_credits_nobody_and_the_words_are_verbatim(capsys, index: Path, message: str) -> None:
    check = only_check(capsys, index, message)
    assert check["claimed_speaker"] is None
    assert check["verdict"] == "verbatim"


def test_a_full_name_glued_to_the_topic_s_object_is_the_speaker(capsys, index: Path) -> None:
    message = 'On the merger with Norvik Selma Vick said: "This deal makes us the biggest maker in the region."'
    check = only_check(capsys, index, message)
    assert check["claimed_speaker"] == "Selma Vick"
    assert check["verdict"] == "verbatim"


@pytest.mark.parametrize("message, speaker", [
    # a name after the topic's last word still speaks; a lower-case name typed after a dash, without "?", too
    ('During the debate Halvorsen said: "The alliance will hold"', "Halvorsen"),
    ('On the Acme bid Ines Moreau: "The alliance will hold"', "Ines Moreau"),
    ('"The alliance will hold" - halvorsen', "halvorsen"),
    ('"The alliance will hold" - ines moreau?', "ines moreau"),
])
def test_names_around_a_topic_or_a_question_are_still_read(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


AWARD = """Hallam boost as Ek returns

Hallam physio Rhys Davies said the flanker Sam Ek was close to a return. "It has been frustrating but he is on the mend, he has made good progress," Davies said.

Norland culture minister Renald Donne de Valle gave the award to the director Tim Parker. "You have explored the possibilities of film with an immense passion," Donne de Valle told Parker.

Parker said: "I am grateful to the people of Norland."
"""


@pytest.fixture(scope="module")
def award_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave15-award"), {"award.txt": AWARD})


def test_whom_the_words_were_said_to_is_not_who_said_them(capsys, award_index: Path) -> None:
    # a long title and a name with a particle before "to Parker:": the minister speaks, Parker is addressed
    check = only_check(capsys, award_index, 'Norland culture minister Renald Donne de Valle to Parker: "You have '
                                            'explored the possibilities of film with an immense passion"')
    assert check["claimed_speaker"] == "Renald Donne de Valle"
    assert check["verdict"] == "verbatim"


def test_lower_case_title_words_before_a_name_are_no_verb_phrase(capsys, award_index: Path) -> None:
    # "physio" is no role the tables know: the words before the name are still its title, not "Hallam" speaking
    check = only_check(capsys, award_index, 'Hallam physio Davies on Sam Ek: "It has been frustrating but he is on '
                                            'the mend, he has made good progress."')
    assert check["claimed_speaker"] == "Hallam physio Davies"
    assert check["verdict"] != "someone_else"


@pytest.mark.parametrize("message, speaker", [
    # a verb before the name keeps its subject speaking
    ('Reed slams Davies: "The alliance will hold"', "Reed"),
    ('Kevin Campbell hit back at Davies: "The alliance will hold"', "Kevin Campbell"),
    ('Reed fired back at critics: "The alliance will hold"', "Reed"),
])
def test_a_verb_phrase_before_a_colon_still_leaves_its_subject(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


def test_a_story_label_before_a_dash_is_not_part_of_the_name(capsys, award_index: Path) -> None:
    check = only_check(capsys, award_index, 'Hallam injury news - Rhys Davies: "It has been frustrating but he is on '
                                            'the mend, he has made good progress."')
    assert check["claimed_speaker"] == "Rhys Davies"
    assert check["verdict"] == "verbatim"


@pytest.mark.parametrize("message, speaker", [
    # only a full name opened by a given name is read after the dash; a body there is not taken for the speaker
    ('Jollans - Acme: "The alliance will hold"', "Jollans - Acme"),
    ('Acme Bank - Ines Moreau: "The alliance will hold"', "Ines Moreau"),
])
def test_only_a_full_name_after_a_label_dash_is_read(message: str, speaker: str) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


@pytest.mark.parametrize("message, speaker", [
    # a role before the name inside the topic describes the object the remark is about: nobody is credited
    ('On the row with Hallam MP Jane Hale: "The alliance will hold"', None),
    ('On the row with Hallam MP Jane Hale, Tom Ek said: "The alliance will hold"', "Tom Ek"),
])
def test_a_described_name_inside_a_topic_is_not_the_speaker(message: str, speaker: str | None) -> None:
    (claim,) = find_claims(message)
    assert claim.speaker == speaker


HARBOUR = """Harbour plan splits Eastfold council

Eastfold council has approved a £40m plan to rebuild the town's harbour.

"This is the biggest investment the town has seen in fifty years," said council leader Orla Venn.

Opposition councillor Piet Haldane said: "The people of Eastfold were never asked what they wanted for their harbour."
"""


@pytest.fixture(scope="module")
def harbour_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave15-harbour"), {"harbour.txt": HARBOUR})


@pytest.mark.parametrize("message, claimed", [
    # review 15 (b84d9e5): after a saying noun, "from"/"by"/"with"/"of" name who the words are credited to
    ('In a letter from Orla Venn: "The people of Eastfold were never asked what they wanted for their harbour."',
     "Orla Venn"),
    ('In a speech by Orla Venn: "The people of Eastfold were never asked what they wanted for their harbour."',
     "Orla Venn"),
    ('In an interview with Piet Haldane: "This is the biggest investment the town has seen in fifty years."',
     "Piet Haldane"),
    # a lower-case surname with a question mark after a dash is still who the message credits
    ('"The people of Eastfold were never asked what they wanted for their harbour" - venn?', "venn"),
])
def test_a_name_after_a_saying_noun_or_a_dash_question_is_still_claimed(capsys, harbour_index: Path, message: str,
                                                                         claimed: str) -> None:
    check = only_check(capsys, harbour_index, message)
    assert check["claimed_speaker"] == claimed
    assert check["verdict"] == "someone_else"


@pytest.mark.parametrize("message, speaker, asked", [
    ('In a statement from Seacrest: "The alliance will hold"', "Seacrest", False),
    ('On behalf of Seacrest: "The alliance will hold"', "Seacrest", False),
    # only a closed list of asking words after a dash asks about the words; anything else may be typed as a name
    ('"The alliance will hold" - the council leader?', "the council leader", False),
    ('"The alliance will hold" - venn?', "venn", False),
    ('"The alliance will hold" - real?', "real", True),
])
def test_saying_nouns_and_asking_words_are_read_as_written(message: str, speaker: str, asked: bool) -> None:
    (claim,) = find_claims(message)
    assert (claim.speaker, claim.asked) == (speaker, asked)
