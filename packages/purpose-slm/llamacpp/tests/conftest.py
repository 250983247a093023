"""One embedded-model backend for the whole test session: the model loads once, as in production."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def backend():  # type: ignore[no-untyped-def]
    from purpose_slm_llamacpp import LlamaCppBackend

    return LlamaCppBackend("smollm2")
