"""Wave 18 (helper who18b): names where Dossier gave none, each mechanism alone on a made-up text.

Each text is a sentence shape of news prose written for these tests (invented people and places); none is copied
from a gold case or a seed. The end-to-end tests read what ``dossier quotes --json`` shows for a file, as a user
would; the small functions of :mod:`index.extract.quotes.forward` are tested alone on invented text too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from index.extract.entities import DocEntities
from index.extract.quotes import forward
from index.models import Quotation
from tests.conftest import speakers_by_opening

INTRO = "Bridge to open in spring\n\nThe new crossing over the Tarn has cost more than planned.\n\n"
RUN = '"We will keep building it whatever the weather.\n\n"It will open next spring," Mara Quell, the site manager, said.'


def test_a_run_opened_bare_takes_the_speaker_its_closing_tail_cue_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'"A.\\n\\n"B," X said.': the paragraph that opens the run has no cue; the cue after the run names its
    speaker, and nothing else speaks in between (it used to be left unnamed)."""
    by_words = speakers_by_opening(tmp_path, capsys, INTRO + RUN)
    assert by_words["We will keep"] == "Mara Quell"
    assert by_words["It will open"] == "Mara Quell"


def test_a_run_whose_lead_in_names_someone_else_stays_unnamed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The sentence leading into the run names another person (the council leader who visited): either could
    open the run, so it is contested and stays unnamed."""
    text = ("Bridge to open in spring\n\nThe council leader Tobin Vell visited the crossing over the Tarn on "
            "Monday.\n\n" + RUN)
    by_words = speakers_by_opening(tmp_path, capsys, text)
    assert by_words["We will keep"] is None
    assert by_words["It will open"] == "Mara Quell"


def test_a_fragment_inside_narration_is_not_a_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'The firm called the delay "a passing storm". "It will open," X said.': the fragment sits inside a sentence
    the narration speaks, so it does not open a run and the next quotation's cue does not reach it."""
    text = (INTRO + 'Critics called the overspend "the worst-run project the valley has seen in years". "It will open next spring," Mara Quell, '
            'the site manager, said.')
    by_words = speakers_by_opening(tmp_path, capsys, text)
    assert by_words["the worst-ru"] is None
    assert by_words["It will open"] == "Mara Quell"


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
    out = forward.agreed_by_neighbour(qs, [_Read("Orla Brent", "narration"), _Read("Orla Brent", "chain")], RUN2)
    assert out[0].speaker == "Orla Brent"
    assert out[0].rule == "narration+neighbour_agrees"


@pytest.mark.parametrize("second", ["Tobin Vell", None])
def test_a_withheld_name_stays_withheld_unless_the_neighbour_agrees(second: str | None) -> None:
    """The touching quotation names someone else, or nobody: no second reading agrees, nothing is shown."""
    qs = [_quote(RUN2, "We watched the water rise.", None, "narration"),
          _quote(RUN2, "Yet the town stood firm,", second, "chain")]
    out = forward.agreed_by_neighbour(qs, [_Read("Orla Brent", "narration"), _Read(second, "chain")], RUN2)
    assert out[0].speaker is None


def test_a_pronoun_neighbour_confirms_nothing() -> None:
    """'"A." "B," she added.' where "she" was itself a guess among the people named before: no confirmation."""
    qs = [_quote(RUN2, "We watched the water rise.", None, "narration"),
          _quote(RUN2, "Yet the town stood firm,", "Orla Brent", "tail_name_first/pronoun")]
    out = forward.agreed_by_neighbour(qs, [_Read("Orla Brent", "narration"), _Read("Orla Brent", "tail")], RUN2)
    assert out[0].speaker is None


def test_quotations_with_narration_between_do_not_touch() -> None:
    text = '"We watched." The mayor left the hall. "Yet it stood," she said.'
    a, b = text.index("We watched."), text.index("Yet it stood")
    assert not forward.touches(text, a + len("We watched."), b)
    text2 = '"We watched." "Yet it stood," she said.'
    assert forward.touches(text2, len('"We watched.'), text2.index("Yet"))
    text3 = '"We watched.\n\n"Yet it stood," she said.'
    assert forward.touches(text3, len('"We watched.'), text3.index("Yet"))


def test_opens_sentence() -> None:
    text = 'The mayor called it "a storm". "It will pass," she said.'
    assert not forward.opens_sentence(text, text.index("a storm"))
    assert forward.opens_sentence(text, text.index("It will pass"))


def test_tail_rule_takes_only_uncontested_undoubted_tail_cues() -> None:
    assert forward.tail_rule("tail_name_first/name")
    assert forward.tail_rule("tail_verb_first/pronoun")
    assert not forward.tail_rule("lead_verb/name")
    assert not forward.tail_rule("tail_name_first/pronoun-contested")
    assert not forward.tail_rule("tail_name_first/name+names_itself")
    assert not forward.tail_rule(None)


def test_rival_in_sees_another_person_of_the_document() -> None:
    ents = DocEntities()
    ents.add_person("Mara Quell")
    ents.add_person("Tobin Vell")
    assert forward.rival_in("The council leader Tobin Vell visited.", "Mara Quell", ents)
    assert not forward.rival_in("Quell visited the Tarn.", "Mara Quell", ents)


def test_a_name_evidence_doubted_is_not_revived_by_its_neighbour() -> None:
    """The narration's name was withheld because the quotation names that person itself ("+names_itself"): a
    neighbour's agreement does not outweigh evidence against the name."""
    qs = [_quote(RUN2, "We watched the water rise.", None, "narration+names_itself"),
          _quote(RUN2, "Yet the town stood firm,", "Orla Brent", "chain")]
    out = forward.agreed_by_neighbour(qs, [_Read("Orla Brent", "narration"), _Read("Orla Brent", "chain")], RUN2)
    assert out[0].speaker is None
