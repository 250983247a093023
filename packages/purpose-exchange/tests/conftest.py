from __future__ import annotations

import sys
from pathlib import Path

from purpose_testing.isolation import isolated_settings  # noqa: F401  (autouse: applies to this folder)

# purpose-core's test helpers (learn_fixtures' scripted model plugin); the riddle itself is the test kit's
# (purpose_testing.riddle).
CORE_TESTS = Path(__file__).resolve().parents[2] / "purpose-core" / "tests"
sys.path.insert(0, str(CORE_TESTS))
