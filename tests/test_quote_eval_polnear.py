"""The evaluator's wrong-name column and its PolNeAR reading (issue 10), on tiny files written here."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import quote_eval as qe


def _gold(speaker: str | None, silver: bool = False, known: bool = True) -> qe.GoldItem:
    return qe.GoldItem(path="p", quote="q", kind="speech", speaker=speaker, silver=silver, speaker_known=known)


def test_wrong_name_counts_any_name_that_is_not_the_right_one() -> None:
    assert qe.wrong_name(_gold("Tony Blair"), "Gordon Brown")
    assert not qe.wrong_name(_gold("Tony Blair"), "Tony Blair")
    assert not qe.wrong_name(_gold("Tony Blair"), None)  # withheld: null, not wrong
    assert qe.wrong_name(_gold(None), "Tony Blair")  # the gold says nobody named can be given
    assert not qe.wrong_name(_gold(None, known=False), "Tony Blair")  # the gold cannot say: not scored


def test_silver_names_accept_a_fuller_or_shorter_form_only() -> None:
    assert qe.speaker_ok(_gold("Suu Kyi", silver=True), "Aung San Suu Kyi")
    assert not qe.speaker_ok(_gold("Sandy Paradis", silver=True), "Sandra Paradis")
    assert not qe.speaker_ok(_gold("Suu Kyi"), "Aung San Suu Kyi")  # gold by reading stays strict


def test_polnear_reading(tmp_path: Path) -> None:
    text = ('Senator Ann Lee spoke on Monday. "We will win this fight," Lee said. '
            'They called it "fake". "It is over and we are all going home now," the campaign said.')
    quotes = []
    for q, span, canon, kind in [("We will win this fight,", "Lee", "Ann Lee", "full"),
                                 ("fake", "They", None, "partial"),
                                 ("It is over and we are all going home now,", "the campaign", None, "full")]:
        start = text.index(q)
        quotes.append({"quote": q, "start": start, "end": start + len(q), "speaker": span,
                       "speaker_canonical": canon, "kind": kind})
    path = tmp_path / "quotes.jsonl"
    path.write_text(json.dumps({"doc_id": "polnear_x_1", "text": text, "meta": {"author": "Bob Roe"},
                                "quotes": quotes}) + "\n", encoding="utf-8")
    [(doc, items)] = qe.load_polnear(path)
    assert doc.text == text and doc.meta.author == "Bob Roe"
    assert [(g.speaker, g.speaker_known, g.boilerplate) for g in items] == [
        ("Ann Lee", True, False), (None, False, True), (None, False, False)]
    report = qe.evaluate(polnear=path)
    s = report.summary()
    assert s["gold_speech"] == 2 and s["found"] == 2
    assert s["speaker_right"] == 1 and s["wrong_named"] == 0
