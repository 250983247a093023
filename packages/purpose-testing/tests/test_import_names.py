"""The kit answers to both import names: ``purpose_testing``, and ``purpose_agent.testing`` for third
parties."""

from __future__ import annotations

import purpose_agent.testing as legacy
import purpose_testing


def test_both_names_give_the_same_objects() -> None:
    assert legacy.__all__ == purpose_testing.__all__
    for name in purpose_testing.__all__:
        assert getattr(legacy, name) is getattr(purpose_testing, name), name
    from purpose_agent.testing import ScannerContract, ScriptedBackend

    assert ScriptedBackend is purpose_testing.ScriptedBackend
    assert ScannerContract is purpose_testing.ScannerContract
