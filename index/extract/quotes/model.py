"""How sure one attribution is: a logistic model over the evidence of the case (:mod:`.evidence`).

The weights are data (``index/extract/data/speaker_model.json``), fitted on all the tuning data by
``python -m benchmarks.calibrate --write``; the threshold below which a name is withheld is
:data:`index.extract.quotes.confidence.THRESHOLD`, chosen by leaving one tuning set out at a time. Applying
the model is one dot product per quotation.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "speaker_model.json"


@dataclass(frozen=True)
class Logistic:
    """A logistic model over named features. The speaker model and the second reader (:mod:`.ranker`) are both one:
    their weights are data, fitted by the same ``benchmarks.calibrate.logistic``, and applying one is a dot product."""

    bias: float
    weights: dict[str, float]

    def probability(self, x: dict[str, float]) -> float:
        """The model's probability for the features ``x`` (a name -> value map)."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in x.items())
        return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))

    def to_json(self) -> str:
        return json.dumps({"bias": round(self.bias, 4),
                           "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())}}, indent=1) + "\n"

    @classmethod
    def read(cls, path: Path) -> Logistic:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()})


# the probability that one attribution's name is right
SpeakerModel = Logistic


@cache
def speaker_model() -> SpeakerModel:
    """The fitted model, read once."""
    return Logistic.read(WEIGHTS)
