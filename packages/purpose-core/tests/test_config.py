"""Settings: file discovery, validation messages that name file and key, environment overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.config import Settings, find_config_file, load_settings, plugin_settings
from purpose_agent.errors import ConfigError
from purpose_agent.registry import Registry
from pydantic import BaseModel, ConfigDict, Field


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings(environ={})
    assert settings.model == "smollm2" and settings.source is None


def test_purpose_toml_is_found_in_parent(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "purpose.toml").write_text('model = "qwen3:1.7b"\n[plugins]\ndisabled = ["x"]\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    settings = load_settings(environ={})
    assert settings.model == "qwen3:1.7b" and settings.plugins.disabled == ["x"]
    assert settings.source == str(tmp_path / "purpose.toml")


def test_pyproject_tool_section(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname="x"\n[tool.purpose.budgets]\nmax_steps = 3\n')
    assert find_config_file(tmp_path) == tmp_path / "pyproject.toml"
    assert load_settings(tmp_path / "pyproject.toml", environ={}).budgets.max_steps == 3


def test_malformed_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "purpose.toml"
    path.write_text("model = \n")
    with pytest.raises(ConfigError, match=r"purpose\.toml: not valid TOML"):
        load_settings(path, environ={})


def test_unknown_key_is_named(tmp_path: Path) -> None:
    path = tmp_path / "purpose.toml"
    path.write_text("[budgets]\nmax_stepz = 3\n")
    with pytest.raises(ConfigError, match=r"purpose\.toml: budgets\.max_stepz: unknown key"):
        load_settings(path, environ={})


def test_wrong_type_is_named(tmp_path: Path) -> None:
    path = tmp_path / "purpose.toml"
    path.write_text('immune = "maybe"\n')
    with pytest.raises(ConfigError, match=r"immune: Input should be 'on' or 'off'"):
        load_settings(path, environ={})


def test_environment_overrides_file(tmp_path: Path) -> None:
    path = tmp_path / "purpose.toml"
    path.write_text('model = "a.gguf"\n[plugins]\ndisabled = ["x"]\n')
    env = {"PURPOSE_AGENT_MODEL": "gpt-4o", "PURPOSE_AGENT_DISABLED_PLUGINS": "y, z"}
    settings = load_settings(path, environ=env)
    assert settings.model == "gpt-4o" and settings.plugins.disabled == ["y", "z"]


def test_bad_environment_value_is_named() -> None:
    with pytest.raises(ConfigError, match=r"environment \(PURPOSE_AGENT_\*\): immune"):
        load_settings(environ={"PURPOSE_AGENT_IMMUNE": "sometimes"})


def test_config_env_var_pointing_nowhere(monkeypatch) -> None:
    monkeypatch.setenv("PURPOSE_AGENT_CONFIG", "/nonexistent/purpose.toml")
    with pytest.raises(ConfigError, match="not a file"):
        load_settings()


def test_store_url_environment_variable_wins() -> None:
    env = {"PURPOSE_AGENT_STORE": "local.db", "PURPOSE_AGENT_STORE_URL": "postgresql://127.0.0.1/purpose"}
    assert load_settings(environ=env).store == "postgresql://127.0.0.1/purpose"
    assert load_settings(environ={"PURPOSE_AGENT_STORE": "local.db"}).store == "local.db"


class _Demo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    depth: int = Field(default=3, ge=1)
    label: str = "x"


def test_plugin_settings_defaults_from_an_empty_table() -> None:
    assert plugin_settings("demo", _Demo, raw={}) == _Demo(depth=3, label="x")


def test_plugin_settings_bad_value_names_table_and_key() -> None:
    with pytest.raises(ConfigError, match=r"^\[plugin\.demo\]: depth: Input should be greater than"):
        plugin_settings("demo", _Demo, raw={"depth": 0})


def test_plugin_settings_unknown_key() -> None:
    with pytest.raises(ConfigError, match=r"^\[plugin\.demo\]: dpeth: unknown key$"):
        plugin_settings("demo", _Demo, raw={"dpeth": 5})


def test_plugin_settings_read_from_the_registry_settings() -> None:
    registry: Registry[object] = Registry("strategy", settings=Settings(plugin={"demo": {"depth": 7}}))
    assert plugin_settings("demo", _Demo, registry).depth == 7
    assert plugin_settings("other", _Demo, registry).depth == 3  # no table: the model's defaults
    with pytest.raises(ConfigError, match="label"):
        plugin_settings("demo", _Demo, Registry("strategy", settings=Settings(plugin={"demo": {"label": 1}})))


def test_plugin_settings_without_registry_reads_the_config_file(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "purpose.toml").write_text('[plugin.demo]\nlabel = "from-file"\n')
    monkeypatch.setenv("PURPOSE_AGENT_CONFIG", str(tmp_path / "purpose.toml"))
    assert plugin_settings("demo", _Demo, Registry("strategy")).label == "from-file"
    assert plugin_settings("demo", _Demo).label == "from-file"


def test_executor_section_and_its_environment_override(tmp_path: Path) -> None:
    """``[executor]`` is kernel settings even though the executors are purpose-executors': a bad worker
    count is refused when the file is read, before any plugin is asked for an executor."""
    path = tmp_path / "purpose.toml"
    path.write_text('[executor]\nname = "processes"\nworkers = 3\n', encoding="utf-8")
    loaded = load_settings(path)
    assert (loaded.executor.name, loaded.executor.workers) == ("processes", 3)
    assert load_settings(path, environ={"PURPOSE_AGENT_EXECUTOR": "threads"}).executor.name == "threads"
    path.write_text("[executor]\nworkers = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="workers"):
        load_settings(path)
