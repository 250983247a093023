"""Eight presets, complete and consistent, and ``purpose models`` listing them."""

from __future__ import annotations

import json

import pytest
from purpose_agent.plugin import PluginManager
from purpose_agent.plugin import cli_main as main
from purpose_slm import PRESETS, find_preset


def test_eight_presets_with_every_field() -> None:
    assert len(PRESETS) == 8
    for preset in PRESETS.values():
        assert preset.backend in ("llamacpp", "ollama", "openai")
        assert 0 < preset.context_size <= preset.trained_context
        assert preset.chat_template and preset.tool_calling in ("native", "grammar")
        assert "temperature" in preset.sampling
        assert preset.backend_settings()["context_size"] == preset.context_size


def test_find_preset_aliases_and_case() -> None:
    assert find_preset("SmolLM2").name == "smollm2"  # type: ignore[union-attr]
    assert find_preset("embedded").name == "smollm2"  # type: ignore[union-attr]
    assert find_preset("qwen/qwen3-32b").name == "Qwen/Qwen3-32B"  # type: ignore[union-attr]
    assert find_preset("phi4-mini:3.8b").name == "phi4-mini"  # type: ignore[union-attr]
    assert find_preset("unknown") is None


def test_purpose_models_table(
    manager: PluginManager, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "240")
    assert main(["models"]) == 0
    out = capsys.readouterr().out
    for name in PRESETS:
        assert name in out
    assert "not installed" not in out


def test_purpose_models_json(manager: PluginManager, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == list(PRESETS)
    assert all(r["backend_installed"] for r in rows)
    qwen = next(r for r in rows if r["name"] == "qwen3:1.7b")
    assert qwen["settings"] == {"think": False} and qwen["tool_calling"] == "native"


def test_models_command_is_contributed_through_the_hook(manager: PluginManager) -> None:
    assert manager.commands().plugin_of("models") == "slm"
