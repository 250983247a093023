from __future__ import annotations

import pytest
from purpose_agent.errors import PluginError, PluginNotFoundError
from purpose_agent.registry import Registry
from purpose_agent.runmode import RunMode


class _Named:
    name = "thing"


def test_add_get_and_membership() -> None:
    reg: Registry[object] = Registry("tool")
    item = reg.add(_Named())
    assert reg.get("thing") is item and "thing" in reg and len(reg) == 1 and list(reg) == [item]


def test_missing_name_is_explained() -> None:
    reg: Registry[object] = Registry("tool")
    reg.current_plugin = "p"
    with pytest.raises(PluginError, match="plugin 'p' added a tool without a name"):
        reg.add(object())


def test_unknown_lookup_lists_installed() -> None:
    reg: Registry[object] = Registry("scanner")
    reg.add(_Named())
    with pytest.raises(PluginNotFoundError, match="no scanner named 'x'; installed: thing"):
        reg.get("x")


def test_run_mode_parse_and_permissions() -> None:
    assert RunMode.parse("eval-test") is RunMode.EVAL_TEST
    assert not RunMode.EVAL_TEST.can_write and RunMode.LEARNING_VALIDATION.can_write
    assert RunMode.LEARNING_TRAIN.can_promote and not RunMode.LEARNING_VALIDATION.can_promote
    with pytest.raises(Exception, match="unknown run mode"):
        RunMode.parse("sometimes")


def test_collection_registries_carry_the_managers_settings(fake_entry_points) -> None:
    from purpose_agent.config import Settings
    from purpose_agent.plugins import PluginManager

    fake_entry_points({})
    settings = Settings(model="custom.gguf")
    assert PluginManager(settings).load().tools().settings is settings
