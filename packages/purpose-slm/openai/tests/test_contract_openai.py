"""The backend contract from purpose_agent.testing, against a real llama_cpp.server on loopback."""

from __future__ import annotations

from purpose_agent.testing import BackendContract


class TestOpenAIContract(BackendContract):
    """``backend`` comes from conftest.py: the OpenAI client talking to the loopback server."""

    # llama_cpp.server reuses its KV cache across requests, so greedy text may differ between two
    # identical requests (the embedded backend resets its cache; a client cannot make the server do so).
    repeatable_greedy = False
