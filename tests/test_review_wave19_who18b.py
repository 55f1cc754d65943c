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
# The same words left open: by the convention of news prose the next paragraph goes on with the same speaker.
GOES_ON = ('Orla Brent said the plan would fail. Her rival Tobin Vell disagreed.\n\n"The plan will work.\n\n'
           '"It has worked before," Ms Brent said, unconvinced.')


def test_a_rivals_closed_quotation_is_not_given_to_the_speaker_who_answers_it() -> None:
    assert speaker_of(RETORT, "The plan will work") != "Orla Brent"
    assert speaker_of(RETORT, "It will not") == "Orla Brent"
    assert speaker_of(RETORT2, "The plan will work") != "Orla Brent"


def test_an_open_quotation_still_goes_on_with_the_next_ones_speaker() -> None:
    """The narrowing leaves the rule alive: an unclosed quotation is continued by the named one touching it."""
    assert speaker_of(GOES_ON, "The plan will work") == "Orla Brent"


def test_left_open() -> None:
    text = '"The plan will work."\n\n"It will not," she said.'
    assert not neighbour.left_open(text, text.index('"\n'), text.index("It will"))
    text2 = '"The plan will work.\n\n"It has worked," she said.'
    assert neighbour.left_open(text2, text2.index("\n"), text2.index("It has"))
    text3 = '"The plan will work. "It has worked," she said.'
    assert neighbour.left_open(text3, text3.index(' "It'), text3.index("It has"))
