"""The plugin API (``purpose_agent.plugin``) and the rule that plugin code imports nothing else of core."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]


def test_every_name_resolves_and_importing_the_module_imports_none_of_them() -> None:
    probe = (
        "import json, sys; before = set(sys.modules); import purpose_agent.plugin as p; "
        "new = sorted(m for m in set(sys.modules) - before if m.startswith('purpose_agent.')); "
        "print(json.dumps({'new': new, 'all': p.__all__}))"
    )
    out = json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout)
    assert set(out["new"]) <= {"purpose_agent.plugin", "purpose_agent._lazy", "purpose_agent._version"}
    import purpose_agent.plugin as api

    for name in out["all"]:
        assert getattr(api, name) is not None, name
    assert api.cli_main.__module__ == "purpose_agent.cli.main"
    assert sorted(dir(api)) == sorted(out["all"])
    with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
        api.nothing  # noqa: B018


def ruff(path: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    return subprocess.run(
        [exe, "check", "--no-cache", "--config", str(ROOT / "ruff.toml"), "--select", "TID251", str(path)],
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(
    "line",
    [
        "from purpose_agent._lazy import lazy_exports",
        "from purpose_agent.memory.store_base import SQLStoreBase",
        "from purpose_agent.runtime.retrieval import Retriever",
        "from purpose_agent import runtime",
        "import purpose_agent.learning.memory_ci",
    ],
)
def test_banned_imports_refuse_a_plugin_importing_a_kernel_module(tmp_path: Path, line: str) -> None:
    plugin = tmp_path / "purpose_foo" / "plugin.py"
    plugin.parent.mkdir()
    plugin.write_text(f"{line}\n")
    proc = ruff(plugin)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "TID251" in proc.stdout and "purpose_agent.plugin" in proc.stdout


def test_the_plugin_api_and_the_test_kit_pass(tmp_path: Path) -> None:
    plugin = tmp_path / "purpose_foo" / "plugin.py"
    plugin.parent.mkdir()
    plugin.write_text(
        "from purpose_agent.plugin import StrategyContext, hookimpl, lazy_exports\n"
        "from purpose_agent.testing import ScriptedBackend\n"
    )
    proc = ruff(plugin)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_configured_backend_uses_the_callers_settings_and_plugins(tmp_path: Path) -> None:
    """An optimizer's own model comes from the manager that registered it, not the process-wide one."""
    from purpose_agent.config import PluginsConfig, Settings
    from purpose_agent.hookspecs import hookimpl
    from purpose_agent.learning.optimizer import ConfiguredBackend
    from purpose_agent.plugins import PluginManager

    made: list[str] = []

    class FakeBackends:
        @hookimpl
        def register_backends(self, registry: Any) -> None:
            registry.add(lambda model, **settings: made.append(model) or f"backend for {model}", name="fake")

        @hookimpl
        def resolve_backend(self, model: str, settings: dict[str, Any]) -> str:
            return "fake"

    class Critic(ConfiguredBackend):
        name = "critic"

    seen: list[Critic] = []

    class CriticPlugin:
        @hookimpl
        def register_optimizers(self, registry: Any) -> None:
            registry.add(seen.append(Critic().configured(registry)) or seen[-1])

    settings = Settings(
        model="callers-model", store=str(tmp_path / "m.db"), plugins=PluginsConfig(enabled=[])
    )
    manager = PluginManager(settings).load()
    manager.register(FakeBackends(), name="fake-backends")
    manager.register(CriticPlugin(), name="critic-plugin")
    critic = manager.optimizers().get("critic")
    assert critic.backend == "backend for callers-model" and made == ["callers-model"]
