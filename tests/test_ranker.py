"""The second reader of who speaks (index/extract/quotes/ranker.py): its candidates, each feature alone, the check."""

from __future__ import annotations

import json

from benchmarks import train_ranker
from index.extract.quotes import ranker
from index.extract.quotes.extract import extract_quotations
from tests.conftest import document

HEAD = "Budget talks\n\nFinance minister John Harker defended the budget on Monday."
# "he said" after a sentence whose second man is the one who speaks: the rules take the subject, the reader the speaker
WHILE = HEAD[:-1] + ' while union leader Peter Brown said workers were angry.\n\n"Nobody will lose their job," he said.'
CLEAR = HEAD + '\n\n"We will not cut wages," said Harker, who has led the department since 2019.'
AFTER = HEAD + '\n\n"We will not cut wages," Harker said.'
TWO = HEAD + '\n\nUnion leaders Peter Brown and Mark Green called the plan a disaster.\n\n"Nobody will lose their job."'


def _candidates(text: str) -> tuple[str | None, dict[str, dict[str, float]]]:
    """The last quotation's rules' speaker key and its candidates' features, by key."""
    _, seen = train_ranker.recorded(document(text))
    key, cands = seen[max(seen)]
    return key, {k: x for k, _, x in cands}


def _of(text: str, key: str) -> dict[str, float]:
    return _candidates(text)[1][key]


# --- the candidates ----------------------------------------------------------------------------------------------


def test_the_candidates_are_the_persons_of_the_paragraph_and_the_two_before() -> None:
    _, cands = _candidates(TWO)
    assert set(cands) == {"john harker", "peter brown", "mark green"}
    far = HEAD + "\n\nThe talks went on.\n\nThey ended late.\n\nNobody left.\n\n\"Nobody will lose their job.\""
    assert "john harker" not in _candidates(far)[1]


# --- each feature alone ------------------------------------------------------------------------------------------


def test_words_before_and_after() -> None:
    assert _of(AFTER, "john harker").get("words_after", 0.0) < 0.5
    assert _of(TWO, "john harker")["words_before"] > _of(TWO, "mark green")["words_before"]
    assert _of(TWO, "mark green")["words_after"] == 1.0


def test_same_sentence_and_in_paragraph() -> None:
    assert _of(AFTER, "john harker")["same_sentence"] == 1.0 and _of(AFTER, "john harker")["in_paragraph"] == 1.0
    assert "same_sentence" not in _of(TWO, "john harker") and "in_paragraph" not in _of(TWO, "john harker")


def test_a_cue_beside_the_marks() -> None:
    assert _of(AFTER, "john harker")["cue_beside"] == 1.0
    assert _of(CLEAR, "john harker")["cue_beside"] == 1.0
    assert "cue_beside" not in _of(TWO, "mark green")


def test_the_subject_and_the_object_of_a_verb_of_speech() -> None:
    assert _of(WHILE, "peter brown")["speech_subject"] == 1.0
    assert "speech_subject" not in _of(TWO, "peter brown")
    assert _of(CLEAR, "john harker")["speech_object"] == 1.0
    assert "speech_object" not in _of(TWO, "mark green")


def test_rivals_between_and_the_last_named() -> None:
    assert _of(TWO, "john harker")["rivals_between"] > 0 and "rivals_between" not in _of(TWO, "mark green")
    assert _of(TWO, "mark green")["last_named"] == 1.0 and "last_named" not in _of(TWO, "john harker")


def test_the_first_person_of_the_paragraph() -> None:
    text = HEAD + '\n\nPeter Brown met Harker on Tuesday. "Nobody will lose their job," he said.'
    assert _of(text, "peter brown")["first_in_paragraph"] == 1.0
    assert "first_in_paragraph" not in _of(text, "john harker")


def test_a_person_the_quotation_names() -> None:
    text = HEAD + '\n\nPeter Brown spoke next.\n\n"Harker has let us down," he said.'
    assert _of(text, "john harker")["named_inside"] == 1.0 and "named_inside" not in _of(text, "peter brown")


def test_how_often_the_document_and_the_neighbourhood_name_them() -> None:
    text = HEAD + " Harker spoke for an hour. Peter Brown left.\n\n\"We will not cut wages,\" Harker said."
    harker, brown = _of(text, "john harker"), _of(text, "peter brown")
    assert harker["often_named"] > brown["often_named"] and harker["mentions_in_window"] > brown["mentions_in_window"]


def test_the_only_person_named() -> None:
    assert _of(AFTER, "john harker")["only_one"] == 1.0 and "only_one" not in _of(TWO, "john harker")


# --- the check ---------------------------------------------------------------------------------------------------


def test_an_inferred_name_the_second_reader_ranks_well_below_another_is_withheld() -> None:
    """'X defended the budget while Y said workers were angry. "…," he said': "he" is as likely the one who just
    spoke; the rules take the sentence's subject, the second reader ranks Y first, and no name is given."""
    key, cands = _candidates(WHILE)
    assert key == "john harker"
    scores = {k: ranker.ranker().probability(x) for k, x in cands.items()}
    assert scores["peter brown"] > scores["john harker"] + ranker.MARGIN
    q = extract_quotations(document(WHILE))[-1]
    assert q.speaker is None and q.rule.endswith("+second_reader") and q.confidence == ranker.CAP


def test_a_cue_beside_the_marks_is_never_checked() -> None:
    q = extract_quotations(document(CLEAR))[-1]
    assert q.speaker == "John Harker" and "second_reader" not in q.rule


def test_the_weights_file_round_trips() -> None:
    data = json.loads(ranker.WEIGHTS.read_text(encoding="utf-8"))
    assert set(data["weights"]) <= {f.__name__ for f in ranker.FEATURES}
    model = ranker.Ranker(data["bias"], data["weights"])
    assert json.loads(model.to_json()) == data


def test_the_fitter_learns_that_a_cue_beside_the_marks_marks_the_speaker() -> None:
    speaker = {"cue_beside": 1.0, "same_sentence": 1.0}
    other = {"words_before": 0.8, "rivals_between": 0.3}
    items = [train_ranker.Item(i, True, True, False, True, "a", (("a", True, speaker), ("b", False, other)))
             for i in range(40)]
    model = train_ranker.fit([(items, 1.0)])
    assert model.probability(speaker) > 0.8 > 0.2 > model.probability(other)
