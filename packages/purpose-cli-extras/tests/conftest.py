from __future__ import annotations

import sys
from pathlib import Path

from purpose_testing.isolation import isolated_settings  # noqa: F401  (autouse: applies to this folder)

# purpose-core's shared test fixtures (a scripted riddle model, a keyword scanner)
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "purpose-core" / "tests"))
