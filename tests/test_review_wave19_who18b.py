"""Wave 19 review of who18b (neighbour_agrees): a withheld name revived by the touching next quotation must not be a
wrong name. Invented texts (made-up people and places), each run through the whole extractor as a user's index does.
"""

from __future__ import annotations

from index.extract.quotes import neighbour
from tests.test_quotes import speaker_of

# A rival disagrees just before a closed quotation; the next paragraph is the first speaker's retort. The narration
# reads "Orla Brent" for the rival's words (contested: Tobin Vell is named in between); the retort is hers by its own
# cue. Two readings "agree", but the first quotation is closed: it is the rival's, not hers.
RETORT = ('Orla Brent said the plan would fail. Her rival Tobin Vell disagreed.\n\n"The plan will work."\n\n'
          '"It will not," Ms Brent said.')
RETORT2 = ('Orla Brent said the plan would fail, but her rival Tobin Vell disagreed sharply.\n\n'
           '"The plan will work and the town will thrive."\n\n"It will not work," Ms Brent said on Monday.')
# A debate: the first speaker's words, then the rival's named reply; the narration's contested reading is the rival.
DEBATE = ('In the debate, Orla Brent and Tobin Vell argued about the hospital. Ms Brent spoke first.\n\n'
          '"The hospital must stay open."\n\n"We cannot afford it," Mr Vell replied.')
DEBATE2 = ('Orla Brent and Tobin Vell argued about the hospital on Radio Dunmere. Mr Vell said it was too costly. Ms Brent '
           'was scornful.\n\n"Then find the money somewhere else."\n\n"There is no money left," Mr Vell said.')
# An interviewer's question (its closing mark mistyped, so the cue falls inside it) between two answers of one
# speaker: carried on from the answer before, ranked below the interviewer by the second reader.
INTERVIEW = ('Tobin Vell spoke to Marta Osei on Radio Dunmere on Sunday.\n\n"It is a fine plan," Vell said. "Nobody has a '
             'better one."\n\nMs Osei was unconvinced. "Why did the council reject it?\u201c she asked.\n\n'
             '"Because they are scared," Vell said.')
# The same words left open: by the convention of news prose the next paragraph goes on with the same speaker.
GOES_ON = ('Orla Brent said the plan would fail. Her rival Tobin Vell disagreed.\n\n"The plan will work.\n\n'
           '"It has worked before," Ms Brent said, unconvinced.')


def test_a_rivals_closed_quotation_is_not_given_to_the_speaker_who_answers_it() -> None:
    assert speaker_of(RETORT, "The plan will work") != "Orla Brent"
    assert speaker_of(RETORT, "It will not") == "Orla Brent"
    assert speaker_of(RETORT2, "The plan will work") != "Orla Brent"
    assert speaker_of(DEBATE, "The hospital must stay open") != "Tobin Vell"
    assert speaker_of(DEBATE2, "Then find the money") != "Tobin Vell"


def test_an_interviewers_question_between_two_answers_is_not_the_answerers() -> None:
    assert speaker_of(INTERVIEW, "Why did the council") != "Tobin Vell"
    assert speaker_of(INTERVIEW, "Because they are scared") == "Tobin Vell"


def test_sandwiched() -> None:
    assert neighbour.sandwiched("continuation-next+second_reader")
    assert not neighbour.sandwiched("continuation-next/name")
    assert not neighbour.sandwiched("narration+second_reader")


def test_an_open_quotation_still_goes_on_with_the_next_ones_speaker() -> None:
    """The narrowing leaves the rule alive: an unclosed quotation is continued by the named one touching it.

    (Wave 21: not when the sentence right before it is the rival's — "Her rival Tobin Vell disagreed." — where the
    open quotation is Vell's by the narration and Brent's only by the convention: GOES_ON is now shown under no name,
    tests/test_who21_shapes.py. With nobody else in between the run still goes on.)"""
    assert speaker_of(GOES_ON, "The plan will work") is None
    own = 'Orla Brent said the plan would fail.\n\n"The plan will not work.\n\n"It has failed before," Ms Brent said.'
    assert speaker_of(own, "The plan will not work") == "Orla Brent"


def test_left_open() -> None:
    text = '"The plan will work."\n\n"It will not," she said.'
    assert not neighbour.left_open(text, text.index('"\n'), text.index("It will"))
    text2 = '"The plan will work.\n\n"It has worked," she said.'
    assert neighbour.left_open(text2, text2.index("\n"), text2.index("It has"))
    text3 = '"The plan will work. "It has worked," she said.'
    assert neighbour.left_open(text3, text3.index(' "It'), text3.index("It has"))
