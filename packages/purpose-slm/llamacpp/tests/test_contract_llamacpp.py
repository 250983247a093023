"""The backend contract from purpose_agent.testing, run against the real embedded SmolLM2 model."""

from __future__ import annotations

from purpose_agent.testing import BackendContract


class TestLlamaCppContract(BackendContract):
    """``backend`` comes from conftest.py: the embedded model, loaded once per session."""
