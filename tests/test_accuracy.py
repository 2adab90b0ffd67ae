"""Accuracy on real articles never falls below the checked-in floor.

The shared scorer (``../shared/dev/score.py``) runs :func:`vn_party_docs.extract` over
real news articles with hand-made gold and reports strict F1 per kind; the floor in
``tests/accuracy_floor.json`` is raised whenever accuracy rises (``make eval`` prints
the figures).
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "dev" / "score.py"
FLOOR: dict[str, Any] = json.loads((ROOT / "tests" / "accuracy_floor.json").read_text("utf-8"))
#: How far a figure may fall below its floor before the test fails (rounding noise).
TOLERANCE = 0.005
KINDS = ("periods", "citations", "officials", "meetings")


@cache
def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vn_party_docs_scorer", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _strict_f1(split: str) -> dict[str, float]:
    result = _scorer().score(None, 0, split)
    return {kind: float(figures["strict"][2]) for kind, figures in result.items()}


def test_floor_file_names_every_kind_of_both_splits() -> None:
    for split in ("dev", "samples"):
        assert set(FLOOR[split]) == set(KINDS)
        assert all(0.0 <= FLOOR[split][kind] <= 1.0 for kind in KINDS)


@pytest.mark.parametrize("split", ["dev", "samples"])
@pytest.mark.parametrize("kind", KINDS)
def test_strict_f1_holds_the_floor(split: str, kind: str) -> None:
    if not SCORER.is_file():
        pytest.skip(
            f"the shared scorer {SCORER} is not present (the dev corpus sits beside the repo)"
        )
    figure = _strict_f1(split)[kind]
    floor = FLOOR[split][kind]
    assert figure >= floor - TOLERANCE, (
        f"{split} strict F1 for {kind} fell to {figure:.3f} (floor {floor:.3f}); "
        f"run `make eval` and `python {SCORER} --kind {kind} --show 50` for the misses"
    )
