"""The per-case speaker model: the evidence of each attribution (quotes/evidence.py), the fitted weights
(quotes/model.py, index/extract/data/speaker_model.json) and the fitter (benchmarks/calibrate.py)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import calibrate
from index.extract.quotes import confidence as trust
from index.extract.quotes import evidence, rules
from index.extract.quotes.extract import extract_with_evidence
from index.extract.quotes.model import WEIGHTS, SpeakerModel, speaker_model
from tests.conftest import document, engine_over

HEAD = 'Budget talks\n\nFinance minister John Harker defended the budget on Monday. "We will not cut wages," Harker said.'
# the quotation after a paragraph that names two other people: whose words are they?
TWO_OTHERS = HEAD + ("\n\nUnion leaders Peter Brown and Mark Green met him on Tuesday and called the plan a disaster "
                     "for workers.\n\n\"Nobody will lose their job.\"")
# the same quotation after a paragraph about Harker alone
ABOUT_HIM = HEAD + '\n\nHe met union leaders on Tuesday.\n\n"Nobody will lose their job."'
CLEAR = ('Budget talks\n\nFinance minister John Harker defended the budget on Monday.\n\n'
         '"We will not cut wages," said Harker, who has led the department since 2019.')


def _last(text: str):  # noqa: ANN202 - (Quotation, evidence)
    return extract_with_evidence(document(text))[-1]


def test_a_quotation_after_a_paragraph_naming_two_others_gets_no_name() -> None:
    q, _ = _last(TWO_OTHERS)
    assert q.text.startswith("Nobody will lose")
    assert q.speaker is None and q.confidence is not None and q.confidence < trust.THRESHOLD


def test_a_clear_said_keeps_its_name() -> None:
    q, _ = _last(CLEAR)
    assert q.speaker == "John Harker" and q.confidence is not None and q.confidence >= 0.9


def test_the_same_rule_is_surer_when_nobody_else_is_named_in_between() -> None:
    """A rule-level number ignores the case: the narration carrying Harker's name on is sure after a paragraph
    about him and unsure after one about two other men."""
    (alone, _), (rivals, _) = _last(ABOUT_HIM), _last(TWO_OTHERS)
    assert alone.rule.split("-")[0] == rivals.rule.split("-")[0] == "narration"
    assert alone.speaker == "John Harker" and alone.confidence > rivals.confidence + 0.3


def test_the_confidence_is_the_fitted_models_probability_for_the_case() -> None:
    q, x = _last(CLEAR)
    assert x is not None and q.confidence == round(speaker_model().probability(x), 3)


def test_a_doubted_name_gives_no_evidence_to_learn_from() -> None:
    """'"Lleyton's proving how versatile he is," he said': a doubt decides, not the model, so the fitter never
    counts such a case as the model's."""
    text = ('Tennis\n\nLleyton Hewitt beat Tim Henman on Sunday.\n\n'
            '"Lleyton\'s proving how versatile he is," he said.')
    q, x = _last(text)
    assert "+" in q.rule and q.speaker is None and x is None


# --- each feature alone, on real extraction ------------------------------------------------------------------


def test_rivals_between_counts_the_others_named_since_the_speakers_name() -> None:
    assert _last(TWO_OTHERS)[1]["rivals_between"] > 0
    assert "rivals_between" not in _last(ABOUT_HIM)[1]


def test_a_paragraph_about_someone_else_is_seen() -> None:
    assert _last(TWO_OTHERS)[1]["paragraph_about_other"] == 1.0
    assert "paragraph_about_other" not in _last(ABOUT_HIM)[1]


def test_the_last_person_named_before_the_quotation_is_read() -> None:
    assert _last(TWO_OTHERS)[1]["other_named_last"] == 1.0
    assert "other_named_last" not in _last(CLEAR)[1]


def test_paragraphs_to_the_name_and_a_run_depth() -> None:
    x = _last(ABOUT_HIM)[1]
    assert x["paragraphs_to_name"] > 0 and "paragraphs_to_name" not in _last(CLEAR)[1]
    chained = _last('Budget\n\n"We will not cut wages," said John Harker. "Nobody will lose their job."')[1]
    assert chained["run_depth"] > 0 and "run_depth" not in _last(CLEAR)[1]


def test_a_fragment_and_a_speaker_who_speaks_elsewhere() -> None:
    text = CLEAR + '\n\nHarker called the plan "fair to everyone".'
    q, x = _last(text)
    assert x is not None and x["fragment"] == 1.0 and x["speaks_elsewhere"] > 0


def test_every_rule_has_a_weight_of_its_own() -> None:
    """A new or renamed rule would otherwise be weighed as "other": the model's rule list follows the table."""
    names = {r.__name__ for r in rules.RULES}
    continuations = {"chain", "chain-back", "chain-guess", "continuation", "continuation-next", "narration"}
    assert trust.EXPLICIT <= names
    assert set(evidence.RULES) == names | continuations
    fitted = json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]
    assert {k.removeprefix("rule=") for k in fitted if k.startswith("rule=")} <= set(evidence.RULES)


# --- the fitter and the weights file ------------------------------------------------------------------------


def _case(x: dict[str, float], right: bool) -> calibrate.Case:
    return calibrate.Case(x, 1.0, right, not right, True)


def test_the_fitter_learns_that_a_far_name_is_less_sure() -> None:
    cases = [_case({"near": 1.0}, True)] * 40 + [_case({"near": 1.0}, False)] * 2 \
        + [_case({"far": 1.0}, True)] * 10 + [_case({"far": 1.0}, False)] * 10
    bias, w = calibrate.fit([calibrate.SetRun("quote_gold", tuple(cases), len(cases))])
    model = SpeakerModel(bias, w)
    assert w["far"] < w["near"]
    assert model.probability({"near": 1.0}) > 0.85 > 0.6 > model.probability({"far": 1.0})


def test_the_threshold_is_the_lowest_that_keeps_every_left_out_set_under_the_wrong_name_bar() -> None:
    """0.5 leaves one set at 3.5% wrong names: 0.75 is the first at which every set meets the 3% bar, and names more
    right speakers than 0.9. PolNeAR (silver names) is reported, not bound."""
    rows = [(0.5, [(95.0, 2.0, 1.0), (90.0, 3.5, 2.0), (80.0, 9.0, 5.0)]),
            (0.75, [(93.0, 1.0, 3.0), (88.0, 2.5, 4.0), (79.0, 8.0, 6.0)]),
            (0.9, [(80.0, 0.5, 9.0), (70.0, 1.0, 9.0), (75.0, 7.0, 9.0)])]
    assert calibrate.choose(rows, ["quote_gold", "quote_gold_holdout", calibrate.POLNEAR]) == 0.75
    # no threshold meets the bar: the one whose worst set is lowest
    assert calibrate.choose([(0.5, [(95.0, 6.0, 1.0)]), (0.9, [(80.0, 4.0, 9.0)])], ["quote_gold"]) == 0.9


def test_the_forward_choice_trades_at_most_two_right_names_per_wrong_name() -> None:
    """Summed over the forward sets: 0.9 withholds 3 wrong names for 5 right ones (worth it), 0.95 one more wrong
    name for 4 more right ones (not worth it)."""
    rows = [((0.5, 0.5), [(200, 8, 1), (150, 4, 2)]),
            ((0.9, 0.9), [(198, 6, 3), (149, 3, 3)]),
            ((0.95, 0.95), [(195, 5, 6), (148, 3, 4)])]
    assert calibrate.choose_forward(rows) == (0.9, 0.9)
    assert calibrate.choose_forward(rows, trade=0.5) == (0.5, 0.5)


def test_a_forward_set_is_scored_by_a_model_that_never_saw_it_or_anything_newer() -> None:
    """The first forward set's model is fitted on the older sets alone: a newer set whose cases say the opposite
    does not move it."""
    near, far = {"near": 1.0}, {"far": 1.0}
    old = calibrate.SetRun("quote_gold", tuple([_case(near, True)] * 30 + [_case(far, False)] * 30), 60)
    first, last = calibrate.FORWARD_SETS[0], calibrate.FORWARD_SETS[-1]
    flipped = calibrate.SetRun(last, tuple([_case(near, False)] * 30 + [_case(far, True)] * 30), 60)
    runs = {"quote_gold": old, first: old, last: flipped}
    confs = calibrate.forward_confs(runs)
    assert confs[first](_case(near, True)) > 0.9 > 0.1 > confs[first](_case(far, True))
    assert set(confs) == {n for n in calibrate.FORWARD_SETS if n in runs}


def test_the_weights_file_round_trips(tmp_path: Path) -> None:
    model = speaker_model()
    copy = tmp_path / "m.json"
    copy.write_text(model.to_json(), encoding="utf-8")
    data = json.loads(copy.read_text(encoding="utf-8"))
    again = SpeakerModel(data["bias"], data["weights"])
    x = _last(CLEAR)[1]
    assert x is not None and abs(again.probability(x) - model.probability(x)) < 1e-3


# --- in a real index -----------------------------------------------------------------------------------------


def test_an_index_never_offers_the_uncertain_quotation_under_the_name(tmp_path: Path) -> None:
    for eng in engine_over(tmp_path, {"budget.txt": TWO_OTHERS}):
        shown = " ".join(a.quote for a in eng.quote("John Harker").answers)
        assert "We will not cut wages" in shown and "Nobody will lose their job" not in shown


def test_an_inferred_speaker_needs_more_evidence_than_one_a_cue_names() -> None:
    """A run, a pronoun and the narration infer the speaker; a cue beside the marks that names them reads it."""
    assert trust.INFERRED_THRESHOLD > trust.THRESHOLD
    for rule in ("chain", "continuation-next/name", "narration-contested", "tail_name_first/pronoun",
                 "lead_verb/pronoun-contested", "chain+inherited"):
        assert trust.inferred(rule) and trust.threshold(rule) == trust.INFERRED_THRESHOLD, rule
    for rule in ("tail_name_first/name", "lead_verb/description", "according_before/name-contested"):
        assert not trust.inferred(rule) and trust.threshold(rule) == trust.THRESHOLD, rule
    # the same confidence names the speaker a cue gives and withholds the one a pronoun found
    between = (trust.THRESHOLD + trust.INFERRED_THRESHOLD) / 2
    cue, pronoun = calibrate.Case({"as=tail_name_first/name": 1.0}, 1.0, True, False, True), \
        calibrate.Case({"as=tail_name_first/pronoun": 1.0}, 1.0, True, False, True)
    pair = (trust.THRESHOLD, trust.INFERRED_THRESHOLD)
    assert cue.named(between, pair) and not pronoun.named(between, pair)


# --- first contact: the sets as the extractor met them before anybody read them --------------------------------


def test_first_contact_runs_only_tuning_sets_each_at_a_commit_of_its_own() -> None:
    """The held-out sets of this round are never extracted; every listed set is a tuning set with a commit, and the
    newest of them is the newest set the forward chain scores."""
    from benchmarks import first_contact
    from benchmarks import quote_eval as qe

    assert not {f"{n}.jsonl" for n in first_contact.FIRST_CONTACT} & qe.HELD_OUT
    assert set(first_contact.FIRST_CONTACT) <= set(calibrate.BBC_SETS)
    assert list(first_contact.FIRST_CONTACT)[-1] == calibrate.FORWARD_SETS[-1] == calibrate.BBC_SETS[-1]
    assert all(len(c) >= 7 for c in first_contact.FIRST_CONTACT.values())


def test_a_first_contact_cache_is_read_back_as_the_cases_it_holds(tmp_path: Path) -> None:
    """What the old code extracted is kept as plain cases: read back, it scores as it did (no git needed)."""
    from benchmarks import first_contact

    cache = tmp_path / "first.json"
    cache.write_text(json.dumps({"quote_gold_holdout12": {"gold_speech": 3, "cases": [
        [{"as=chain": 1.0}, 1.0, True, False, True], [{"as=chain": 1.0}, 1.0, False, True, True],
        [None, None, False, False, True]]}}), encoding="utf-8")
    runs = first_contact.first_contact_runs(cache)
    run = runs["quote_gold_holdout12"]
    assert calibrate.counts(run, lambda c: 0.95, (0.75, 0.83)) == (1, 1, 1)
    assert calibrate.counts(run, lambda c: 0.8, (0.75, 0.83)) == (0, 0, 3)


def test_first_contact_fit_scores_rank_quality_and_right_names_at_a_fixed_wrong_count() -> None:
    """benchmarks.first_contact_fit compares weightings by how they rank right above wrong names: a perfect ranking
    has AUC 1 and keeps every right name before the first wrong one."""
    from benchmarks.first_contact_fit import auc, right_at

    perfect = [(0.9, True), (0.8, True), (0.3, False)]
    mixed = [(0.9, False), (0.8, True), (0.3, True)]
    assert auc(perfect) == 1.0 and auc(mixed) == 0.0
    assert right_at(perfect, 0) == 2 and right_at(mixed, 0) == 0 and right_at(mixed, 1) == 2
