"""Validated settings from ``purpose.toml`` (or ``[tool.purpose]`` in pyproject.toml) and the environment.

Precedence, lowest first: defaults, the config file, environment variables. The file is found by
``PURPOSE_AGENT_CONFIG`` or by looking in the current directory and its parents. Errors name the file and
the bad key, because "invalid config" without a location wastes the user's time.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic import ValidationError as PydanticValidationError

from purpose_agent.errors import ConfigError

ENV_PREFIX = "PURPOSE_AGENT_"

M = TypeVar("M", bound=BaseModel)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class PluginsConfig(_Strict):
    disabled: list[str] = Field(default_factory=list)
    """Entry-point names never imported."""

    enabled: list[str] | None = None
    """When set, an allow-list: only these entry points are imported."""


class BudgetsConfig(_Strict):
    max_steps: int = Field(default=6, ge=1, le=1000)
    max_tokens: int = Field(default=4096, ge=16)
    max_seconds: float = Field(default=120.0, gt=0)
    prompt_tokens: int = Field(default=1536, ge=64)


class ExecutorConfig(_Strict):
    """Where independent episodes run: ``executor = "threads"`` or ``[executor] name = "threads"``."""

    name: str = "auto"
    """A registered executor: sequential (built in), threads, processes (purpose-executors), ray
    (purpose-executor-ray), or
    ``auto``: processes for the embedded model on 2+ cores, threads for a server, else sequential."""
    workers: int = Field(default=4, ge=1, le=1024)
    """Episodes at once (threads, ray) or worker processes (processes); sequential ignores it."""

    @model_validator(mode="before")
    @classmethod
    def _from_name(cls, value: Any) -> Any:
        return {"name": value} if isinstance(value, str) else value


class LearningConfig(_Strict):
    """The replay rule's stated error rate and how the sequential replay runs (``[learning]``)."""

    replay_alpha: float = Field(default=0.2, gt=0.0, lt=1.0)
    """One-sided error rate of the sign test: a candidate with no effect is promoted at most this often."""
    replay_futility: float = Field(default=0.05, ge=0.0, lt=1.0)
    """Stop replaying a candidate when its predictive probability of a promotion falls below this."""
    replay_batch: int = Field(default=1, ge=1, le=256)
    """Validation cases replayed together before the stopping bounds are checked again."""
    lessons: bool = True
    """Propose general lessons from each training pass (successes against failures)."""
    demonstrations: bool = False
    """Keep each training pass's solved requests as a demonstration set (worked examples, replayed as a
    general lesson; the nearest are shown for a task). Off by default: each set is one more replay
    decision per pass, and on the embedded model it has not yet shown a gain (docs/comparison.md)."""
    replay_sequential: bool = True
    """False: replay every case of the plan (the reference ``benchmarks/replay.py`` records)."""
    replay_playbook: bool = True
    """Replay the general lessons of a pass together, as one playbook, and promote the ones it
    needs (:mod:`purpose_agent.learning.playbook`); each is replayed alone when the playbook is
    rejected. False: each is decided alone."""


class Settings(_Strict):
    model: str = "smollm2"
    store: str = ".purpose/memory.db"
    traces: str = ".purpose/traces"
    immune: Literal["on", "off"] = "on"
    strategy: str = "react"
    """The registered strategy agents use unless their template names another."""
    judge: str = "purpose-function"
    """The registered judge (``register_judges``) that scores episodes without a deterministic checker."""
    run_mode: str = "learning_train"
    """learning_train, learning_validation or eval_test (read-only memory for every command)."""
    plugins: PluginsConfig = Field(default_factory=PluginsConfig)
    budgets: BudgetsConfig = Field(default_factory=BudgetsConfig)
    executor: ExecutorConfig = Field(default_factory=ExecutorConfig)
    """How test and replay episodes, arms and seeds are run (``purpose bench``/``learn --executor``)."""
    learning: LearningConfig = Field(default_factory=LearningConfig)
    teams: dict[str, dict[str, Any]] = Field(default_factory=dict)
    """User team templates (``[teams.<name>]``), merged over the built-in ones."""
    plugin: dict[str, dict[str, Any]] = Field(default_factory=dict)
    """Per-plugin settings: ``[plugin.<entry-point name>]`` tables, validated by each plugin."""

    source: str | None = Field(default=None, exclude=True)
    """Where the file settings came from (for messages), or None for defaults only."""

    @field_validator("run_mode")
    @classmethod
    def _run_mode(cls, value: str) -> str:
        from purpose_agent.runmode import RunMode

        names = [m.value for m in RunMode]
        key = str(value).strip().lower().replace("-", "_")
        if key not in names:
            raise ValueError(f"unknown run mode {value!r}; use one of: {', '.join(names)}")
        return key

    def plugin_settings(self, name: str) -> dict[str, Any]:
        return dict(self.plugin.get(name, {}))


def _split_names(value: str) -> list[str]:
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


def find_config_file(start: Path | None = None) -> Path | None:
    explicit = os.environ.get(ENV_PREFIX + "CONFIG")
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"{ENV_PREFIX}CONFIG points to {path}, which is not a file")
        return path
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "purpose.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and b"[tool.purpose" in pyproject.read_bytes():
            return pyproject
    return None


def _read_table(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("purpose", {})
    return data


def _env_overrides(environ: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("model", "store", "traces", "immune", "run_mode", "strategy", "judge", "executor"):
        value = environ.get(ENV_PREFIX + key.upper())
        if key == "store":  # a URL for a shared store, e.g. postgresql://..., wins over a local path
            value = environ.get(ENV_PREFIX + "STORE_URL") or value
        if value:
            out[key] = value
    plugins: dict[str, Any] = {}
    if ENV_PREFIX + "DISABLED_PLUGINS" in environ:
        plugins["disabled"] = _split_names(environ[ENV_PREFIX + "DISABLED_PLUGINS"])
    if environ.get(ENV_PREFIX + "ENABLED_PLUGINS"):
        plugins["enabled"] = _split_names(environ[ENV_PREFIX + "ENABLED_PLUGINS"])
    if plugins:
        out["plugins"] = plugins
    return out


def _describe(exc: PydanticValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "<top level>"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        parts.append(f"{loc}: {msg}")
    return "; ".join(parts)


def load_settings(path: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Read, merge and validate settings; raise :class:`ConfigError` naming the file and key."""
    environ = dict(os.environ if environ is None else environ)
    source = path if path is not None else find_config_file()
    data: dict[str, Any] = _read_table(source) if source is not None else {}
    where = str(source) if source is not None else "defaults"
    try:
        settings = Settings.model_validate(data)
    except PydanticValidationError as exc:
        raise ConfigError(f"{where}: {_describe(exc)}") from None
    overrides = _env_overrides(environ)
    if overrides:
        merged = settings.model_dump()
        merged_plugins = {**merged.get("plugins", {}), **overrides.pop("plugins", {})}
        merged.update(overrides)
        merged["plugins"] = merged_plugins
        try:
            settings = Settings.model_validate(merged)
        except PydanticValidationError as exc:
            raise ConfigError(f"environment ({ENV_PREFIX}*): {_describe(exc)}") from None
    settings.source = str(source) if source is not None else None
    return settings


def plugin_settings(name: str, model: type[M], registry: Any = None, raw: dict[str, Any] | None = None) -> M:
    """Validate the ``[plugin.<name>]`` table into ``model``; a bad key is a :class:`ConfigError` naming it.

    Why one function: every plugin validates its table the same way, and its errors should read the same
    (``[plugin.<name>]: key: problem``, an extra key reported as "unknown key") wherever they come from.
    Called when a hook runs, never at import, so plugins stay cheap to load. The table is ``raw`` when
    given, else it comes from the registry's settings (the manager's, already merged), else from
    ``purpose.toml`` and the environment.
    """
    if raw is None:
        settings = getattr(registry, "settings", None)
        if settings is None:
            settings = load_settings()
        raw = settings.plugin_settings(name)
    try:
        return model.model_validate(raw)
    except PydanticValidationError as exc:
        raise ConfigError(f"[plugin.{name}]: {_describe(exc)}") from None
