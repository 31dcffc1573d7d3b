"""Regression guard on the PolNeAR benchmark (slow: the whole dev half, run with -m slow).

Thresholds sit a little under the measured scores (see docs/bench-quotes.md) so a rule change that
loses quality fails here; they are not the project's goals.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from corpustool.quotes import extract_quotes

pytestmark = pytest.mark.slow


def _score_module(bench_dir):
    path = bench_dir / "quotes" / "score.py"
    spec = importlib.util.spec_from_file_location("polnear_score", path)
    module = importlib.util.module_from_spec(spec)
    import sys

    sys.path.insert(0, str(path.parent))
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def polnear(bench_dir):
    with open(bench_dir / "quotes" / "polnear_dev.jsonl", encoding="utf-8") as fh:
        gold = {d["id"]: d for d in map(json.loads, fh)}
    return gold, _score_module(bench_dir)


def _predict(gold, types):
    return {
        i: [
            {
                "start": q["start"],
                "end": q["end"],
                "speaker": q["speaker_name"] or q["speaker"],
                "speaker_start": q["speaker_start"],
                "speaker_end": q["speaker_end"],
                "cue": q["cue"],
            }
            for q in extract_quotes(art["text"], types=types)
        ]
        for i, art in gold.items()
    }


@pytest.mark.parametrize(
    ("scorer_types", "our_types", "lenient", "named"),
    [
        ("direct", "direct,partial", 97.0, 89.5),
        ("direct,mixedq", "direct,partial", 93.5, 82.0),
        ("direct,mixed,indirect", "direct,partial,indirect", 65.5, 53.0),
    ],
)
def test_polnear_scores_do_not_regress(polnear, scorer_types, our_types, lenient, named):
    gold, score = polnear
    res = score.score(gold, _predict(gold, our_types), sorted(gold), set(scorer_types.split(",")))
    assert res["lenient_F1"] >= lenient, res
    assert res["e2e_named_F1"] >= named, res
