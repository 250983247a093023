from __future__ import annotations

# each test in its own empty folder with no PURPOSE_AGENT_* variable (tox points the run index elsewhere)
from purpose_testing.isolation import isolated_settings  # noqa: F401  (autouse: applies to this folder)
