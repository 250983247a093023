from __future__ import annotations

import sys
from pathlib import Path

from purpose_testing.isolation import isolated_settings  # noqa: F401  (autouse: applies to this folder)

sys.path.insert(0, str(Path(__file__).parent))  # the tests share echo_fixtures
