from __future__ import annotations

import sys
from pathlib import Path

from purpose_testing.isolation import isolated_settings  # noqa: F401  (autouse: applies to this folder)

# the learning pipeline's shared test fixtures (a scripted riddle model, a keyword scanner) live with
# purpose-core's tests; the benchmark runs the same pipeline, so it tests against the same fixtures
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "purpose-core" / "tests"))
