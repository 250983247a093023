"""The shipped weights are what ``scripts/train.py`` makes from the development sources: retraining in a
temporary folder gives the same sources, counts, threshold and weights (float16, so equal to rounding).

Needs the development sources that the immune tox env installs (its ``commands_pre``); where they are not
installed the comparison cannot be made and the test says so by skipping (it trains for about 20-60 s)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
from purpose_immune_classifier.model import LinearModel, shipped_model

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train.py"


def _load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("purpose_immune_classifier_train_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_train_script_reproduces_the_shipped_weights(tmp_path: Path) -> None:
    script = _load_script()
    shipped = shipped_model()
    sources = {k: v for k, v in script.immune_sources.load_all().items() if v}
    missing = sorted(set(shipped.card["sources"]) - set(sources))
    if missing:
        pytest.skip(f"development sources not installed: {', '.join(missing)} (tox -e immune installs them)")
    out = tmp_path / "weights.npz"
    assert script.main(["--out", str(out)]) == 0
    again = LinearModel.from_bytes(out.read_bytes())
    assert again.card == shipped.card
    assert again.threshold == pytest.approx(shipped.threshold, abs=1e-3)
    assert again.threshold_long == pytest.approx(shipped.threshold_long, abs=1e-3)
    assert again.bias == pytest.approx(shipped.bias, abs=1e-3)
    assert again.weights.shape == shipped.weights.shape
    # float16 storage: equal to its rounding (about 1e-3 relative), whatever the platform's summation order
    assert np.abs(again.weights - shipped.weights).max() < 1e-2
