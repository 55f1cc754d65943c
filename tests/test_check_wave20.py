"""Wave 20 of the quote checker (issue 11): a "he said" that points back to another named person accuses.

News names a speaker once and goes on with a pronoun ('Piet Varga … said the move …. ¶ "…," he said.'). When the
extractor leaves such words unnamed, the checker reads the pronoun's antecedent (``antecedent``: the subject of the
sentence before, read conservatively). A named antecedent who clearly is not the claimed speaker makes the claim
someone else's; a description read back, a pronoun of the other gender, or the claimed person as antecedent never does.
Every name here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.models import Verdict
from tests.conftest import index_over
from tests.test_check_wave18 import unnamed_verdict  # the same reading: the stored speaker taken away

DOCK = """Kelby dock plan welcomed

Tomas Brandt, the dock company's manager, said the plan was a real chance for the town. Mr Brandt said it would bring jobs to the harbour.

Piet Varga, who chairs the harbour users' group, said the move would change how the port works.

"I think other ports will copy us," he said.
"""

ROLE = """Arden dock plan welcomed

Tomas Brandt, the dock company's manager, said the plan was a real chance for the town. Mr Brandt said it would bring jobs to the harbour.

A harbour user who asked not to be named said the move would change how the port works.

"I think other harbours will copy us," he said.
"""

SHE = """Lorn dock plan welcomed

Tomas Brandt, the dock company's manager, said the plan was a real chance for the town. Mr Brandt said it would bring jobs to the harbour.

Mr Varga, who chairs the harbour users' group, said the move would change how the port works.

"I think other towns will copy us," she said.
"""

RIVAL = """Corran dock plan criticised

Tomas Brandt, the dock company's manager, said the plan was a real chance for the town. Mr Brandt said it would bring jobs to the harbour.

But Brandt's rival at the ferry firm, Piet Varga, was in no mood to celebrate. He said: "I think other firms will lose out."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_over(tmp_path_factory.mktemp("wave20"), {"dock.txt": DOCK, "role.txt": ROLE, "she.txt": SHE, "rival.txt": RIVAL})


@pytest.mark.parametrize("source, claimed, verdict", [
    ("dock", "Tomas Brandt", Verdict.someone_else),  # "he" is Piet Varga, the subject of the sentence before
    ("dock", "Piet Varga", Verdict.verbatim),  # the antecedent is the claimed man himself
    ("role", "Tomas Brandt", Verdict.speaker_unconfirmed),  # a description read back names nobody: no accusation
    ("she", "Tomas Brandt", Verdict.speaker_unconfirmed),  # "Mr Varga" cannot be a "she": no antecedent
])
def test_a_pronoun_pointing_back_to_another_named_person_accuses_only_then(
        index: Path, source: str, claimed: str, verdict: Verdict) -> None:
    assert unnamed_verdict(index, source, "I think other", claimed) is verdict


@pytest.mark.parametrize("claimed, verdict", [
    ("Tomas Brandt", Verdict.speaker_unconfirmed),  # a possessor ("Brandt's rival") is not who "He" points back to
    ("Piet Varga", Verdict.speaker_unconfirmed),  # nor is Varga accused on Brandt's account
])
def test_a_possessor_is_never_read_as_the_antecedent_of_he_said(
        index: Path, claimed: str, verdict: Verdict) -> None:
    assert unnamed_verdict(index, "rival", "I think other", claimed) is verdict


TOLD = """Orrin ferry deal agreed

Piet Varga told Tomas Brandt that the contract was ready to sign.

"I was glad to hear it after so many months," he said.
"""


def test_no_accusation_when_the_claimed_person_is_named_just_before(tmp_path: Path) -> None:
    """Wave 20's review: the subject of the sentence before is only the likelier reading of "he"; the man told the
    news, named in the same sentence, may be the one glad to hear it. Accusing him would be the worst verdict."""
    index = index_over(tmp_path, {"told.txt": TOLD})
    assert unnamed_verdict(index, "told", "I was glad", "Tomas Brandt") is Verdict.speaker_unconfirmed
