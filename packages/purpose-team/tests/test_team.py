"""The team facade: templates chosen from a purpose, the default strategy named when missing, the features
of other distributions named in one line, and ``pa.LLMCompiler``'s front door."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from purpose_agent.plugin import (
    ConfigError,
    PluginManager,
    PluginNotFoundError,
    PluginsConfig,
    Settings,
)
from purpose_agent.testing import ScriptedBackend
from purpose_team import AgentTemplate, LLMCompiler, Team, builtin_templates, choose_template, load_templates


def test_the_purpose_chooses_the_template_with_most_keyword_hits() -> None:
    templates = builtin_templates()
    assert choose_template("Calculate the sum of these numbers", templates) == "math"
    assert choose_template("Fix the bug in this Python function", templates) == "code"
    assert choose_template("Say hello", templates) == "general"


def test_a_user_template_overrides_a_builtin_one_and_a_bad_one_is_one_line() -> None:
    mine = {"math": {"keywords": ["sum"], "agents": [{"name": "adder", "role": "Add."}]}}
    assert [a.name for a in load_templates(mine)["math"].agents] == ["adder"]
    with pytest.raises(ConfigError) as err:
        load_templates({"broken": {"agents": []}})
    assert str(err.value).startswith("[teams.broken] agents: ")


def test_build_without_agents_names_the_team_after_its_template(tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "m.db"), traces=str(tmp_path / "t"))
    team = Team.build(purpose="Calculate the total", settings=settings)
    assert team.name == "math" and [a.name for a in team.agents] == ["solver"]


def test_llm_compiler_says_in_one_line_what_is_missing() -> None:
    """Without purpose-research-llm-compiler the strategy is not registered; the front door names what to
    install."""
    manager = PluginManager(Settings()).load()
    assert "llm-compiler" not in manager.strategies()
    with pytest.raises(PluginNotFoundError) as err:
        LLMCompiler(object(), [], manager=manager)
    assert str(err.value) == (
        "pa.LLMCompiler needs the 'llm-compiler' strategy: pip install purpose-research-llm-compiler"
    )


def test_without_the_react_strategy_a_run_names_purpose_react_in_one_line(tmp_path: Path) -> None:
    """The default strategy is purpose-react's plugin (``core-strategy-react``): blocked or not installed,
    a run refuses in one line naming the distribution, before any model call."""
    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "t"),
        plugins=PluginsConfig(enabled=["core-memory-kinds", "core-store-sqlite", "core-judge"]),
    )
    backend = ScriptedBackend(['{"action": "final_answer", "input": "4"}'], repeat=True)
    manager = PluginManager(settings).load()
    agents = [AgentTemplate(name="solver", role="Answer.", tools=[])]
    team = Team(purpose="Answer", agents=agents, settings=settings, manager=manager, backend=backend)
    with pytest.raises(PluginNotFoundError) as err:
        team.run("What is 2 + 2?", expected="4")
    assert str(err.value) == (
        "no strategy named 'react' (the default); installed: none; "
        "pip install purpose-react, or set strategy in purpose.toml"
    )
    assert backend.calls == []
    team.close()


MISSING = r"""
import sys
for name in ("purpose_level3", "purpose_knowledge"):
    sys.modules[name] = None  # as if the distribution were not installed
import purpose_agent as pa
try:
    pa.Team("Answer", [{"name": "a", "role": "r"}], knowledge=".")
except pa.ConfigError as exc:
    print(exc)
try:
    pa.Team("Answer", [{"name": "a", "role": "r"}]).stream("What is 2+3?")  # streaming is level 3
except pa.ConfigError as exc:
    print(exc)
"""


def test_features_of_other_distributions_say_in_one_line_what_to_install() -> None:
    proc = subprocess.run([sys.executable, "-c", MISSING], capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines() == [
        "knowledge= needs the purpose-knowledge distribution: pip install purpose-knowledge",
        "team.stream() needs the purpose-level3 distribution: pip install purpose-level3 "
        "(or pass on_event= to team.run)",
    ]
