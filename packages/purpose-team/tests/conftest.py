from __future__ import annotations

from purpose_testing.isolation import isolated_settings  # noqa: F401  (autouse: applies to this folder)
