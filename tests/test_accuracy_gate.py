"""The accuracy gate: scores on the bundled, team-annotated examples must not drop below their floors.

The floors sit a little under the scores measured when they were set (see
CHANGELOG); raise them when a change improves a score, never lower them to
make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.api import get_pipeline
from newsevents.evaluate.metrics import EvalReport
from newsevents.evaluate.seed import evaluate
from newsevents.model.options import Options

GOLD = Path(__file__).parent.parent / "examples" / "gold"

# score key -> floor (a rate or F1 on examples/gold)
FLOORS = {  # measured 2026-11-29 on examples/gold, floor = a little under
    "quotes.lenient.recall": 0.96,  # 0.982
    "quotes.lenient.precision": 0.80,  # 0.839
    "quotes.direct.lenient.f1": 0.97,  # 1.000
    "quotes.partial.lenient.f1": 0.96,  # 1.000
    "quotes.speaker_accuracy": 0.89,  # 0.928
    "events.correct_rate": 0.40,  # 0.437
    "events.found.f1": 0.68,  # 0.719
    "events.plover_accuracy": 0.57,  # 0.615
    "times.value.f1": 0.92,  # 0.946
    "times.extent.f1": 0.96,  # 0.982
    "places.f1": 0.83,  # 0.866
    "places.acc161": 0.92,  # 0.950
}
# score key -> ceiling (lower is better)
CEILINGS = {
    "events.not_events_violated": 3,  # 2
}


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return evaluate(GOLD, get_pipeline(Options()).extract_many)


@pytest.mark.model
@pytest.mark.parametrize(("key", "floor"), sorted(FLOORS.items()))
def test_score_stays_above_its_floor(report: EvalReport, key: str, floor: float) -> None:
    assert key in report.scores, f"score {key} missing; have {sorted(report.scores)}"
    assert report.scores[key] >= floor, f"{key} = {report.scores[key]:.3f} fell below its floor {floor}"


@pytest.mark.model
@pytest.mark.parametrize(("key", "ceiling"), sorted(CEILINGS.items()))
def test_score_stays_below_its_ceiling(report: EvalReport, key: str, ceiling: float) -> None:
    assert report.scores[key] <= ceiling, f"{key} = {report.scores[key]} rose above {ceiling}"
