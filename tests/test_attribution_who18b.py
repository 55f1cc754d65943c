"""Wave 18 (helper who18b): names where Dossier gave none, each mechanism alone on a made-up text.

Each text is a sentence shape of news prose written for these tests (invented people and places); none is copied
from a gold case or a seed. The end-to-end test runs the whole extractor on a story, as
a user's index would; the small functions of :mod:`index.extract.quotes.neighbour` are tested alone on invented text.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from index.extract.quotes import neighbour
from index.models import Quotation
from tests.test_quotes import quotes


def _quote(text: str, words: str, speaker: str | None, rule: str) -> Quotation:
    start = text.index(words)
    return Quotation(source_id="s", paragraph=0, start=start, end=start + len(words), text=words, sentence_start=0,
                     sentence_end=len(text), speaker=speaker, rule=rule, confidence=0.9 if speaker else 0.5)


@dataclass
class _Read:
    who: str | None
    how: str


RUN2 = 'Orla Brent spoke on Friday.\n\n"We watched the water rise. "Yet the town stood firm," she added.'


def test_a_withheld_name_the_touching_quotation_gives_too_is_shown() -> None:
    """Two readings agree: the narration read "Orla Brent" for the first quotation (withheld as too weak) and the
    quotation touching it is named "Orla Brent" by its own reading."""
    qs = [_quote(RUN2, "We watched the water rise.", None, "narration"),
          _quote(RUN2, "Yet the town stood firm,", "Orla Brent", "chain")]
    out = neighbour.agreed_by_neighbour(qs, [_Read("Orla Brent", "narration"), _Read("Orla Brent", "chain")], RUN2)
    assert out[0].speaker == "Orla Brent"
    assert out[0].rule == "narration+neighbour_agrees"


@pytest.mark.parametrize("second", ["Tobin Vell", None])
def test_a_withheld_name_stays_withheld_unless_the_neighbour_agrees(second: str | None) -> None:
    """The touching quotation names someone else, or nobody: no second reading agrees, nothing is shown."""
    qs = [_quote(RUN2, "We watched the water rise.", None, "narration"),
          _quote(RUN2, "Yet the town stood firm,", second, "chain")]
    out = neighbour.agreed_by_neighbour(qs, [_Read("Orla Brent", "narration"), _Read(second, "chain")], RUN2)
    assert out[0].speaker is None


def test_a_pronoun_neighbour_confirms_nothing() -> None:
    """'"A." "B," she added.' where "she" was itself a guess among the people named before: no confirmation."""
    qs = [_quote(RUN2, "We watched the water rise.", None, "narration"),
          _quote(RUN2, "Yet the town stood firm,", "Orla Brent", "tail_name_first/pronoun")]
    out = neighbour.agreed_by_neighbour(qs, [_Read("Orla Brent", "narration"), _Read("Orla Brent", "tail")], RUN2)
    assert out[0].speaker is None


def test_quotations_with_narration_between_do_not_touch() -> None:
    text = '"We watched." The mayor left the hall. "Yet it stood," she said.'
    a, b = text.index("We watched."), text.index("Yet it stood")
    assert not neighbour.touches(text, a + len("We watched."), b)
    text2 = '"We watched." "Yet it stood," she said.'
    assert neighbour.touches(text2, len('"We watched.'), text2.index("Yet"))
    text3 = '"We watched.\n\n"Yet it stood," she said.'
    assert neighbour.touches(text3, len('"We watched.'), text3.index("Yet"))


def test_opens_sentence() -> None:
    text = 'The mayor called it "a storm". "It will pass," she said.'
    assert not neighbour.opens_sentence(text, text.index("a storm"))
    assert neighbour.opens_sentence(text, text.index("It will pass"))


def test_a_name_evidence_doubted_is_not_revived_by_its_neighbour() -> None:
    """The narration's name was withheld because the quotation names that person itself ("+names_itself"): a
    neighbour's agreement does not outweigh evidence against the name."""
    qs = [_quote(RUN2, "We watched the water rise.", None, "narration+names_itself"),
          _quote(RUN2, "Yet the town stood firm,", "Orla Brent", "chain")]
    out = neighbour.agreed_by_neighbour(qs, [_Read("Orla Brent", "narration"), _Read("Orla Brent", "chain")], RUN2)
    assert out[0].speaker is None


STORY = ('Brent looks ahead\n\n"The valley is heading the wrong way", the party leader said in her spring message. '
         'Mr Vell\'s council was a "bossy, meddling council that takes decisions that should be made by families," she '
         'added. But the council\'s spokesman Tobin Vell replied: "The valley is working, do not let them wreck it". '
         'Ms Brent also praised the town for its response to the floods. The floods had overshadowed the start of the '
         'year, Ms Brent said.\n\n"We watched the water rise with disbelief. The speed of it is hard to grasp. "Yet the '
         'town has shown its character. The last week has shown the heart of the valley beats as strong as ever." She '
         'went on to talk about the values most people hold.\n\nOrla Brent has led the party since 2019.')


def test_a_run_the_narration_and_its_next_quotation_both_give_one_speaker_is_named() -> None:
    """The paragraph before ends "…, Ms Brent said." and a bare run opens the next one; the narration's reading of
    the run's first quotation is weak on its own (another person spoke just before), but the quotation touching it
    is hers by its own reading: both quotations are shown as hers (the first used to be left unnamed)."""
    by_words = {q.text[:20]: q.speaker for q in quotes(STORY)}
    assert by_words["We watched the water"] == "Orla Brent"
    assert by_words["Yet the town has sho"] == "Orla Brent"
    assert by_words["The valley is workin"] == "Tobin Vell"
