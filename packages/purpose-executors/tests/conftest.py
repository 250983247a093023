from __future__ import annotations

import sys
from pathlib import Path

from purpose_testing.isolation import isolated_settings  # noqa: F401  (autouse: applies to this folder)

# The deterministic, picklable backends and suites the executor tests share live in purpose-core's tests
# (purpose-executor-ray uses them too); worker processes find them through PYTHONPATH.
CORE_TESTS = Path(__file__).resolve().parents[2] / "purpose-core" / "tests"
sys.path.insert(0, str(CORE_TESTS))
