"""Ablation arms: which plugins are on, which model answers, and whether the arm learns and uses memory.

An arm is data, so it can come from the command line (``baseline``, ``full``, ``without:<plugin>``,
``only:<plugin>``, ``model:<model>``) or from TOML (``[arms.<name>]`` in a file, or
``[plugin.bench.arms.<name>]`` in purpose.toml). Every plugin an arm names is checked against what is
installed before anything runs, so a typo costs a second, not a benchmark.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from purpose_agent.plugin import ConfigError, PluginManager, PluginsConfig, Settings, ValidationError
from purpose_learn import Arm
from pydantic import ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

#: Plugin kinds that make a plugin a "technique" for ``only:``: what an ablation switches on and off.
TECHNIQUE_KINDS = frozenset({"optimizer", "retriever", "strategy"})
#: The techniques a default install learns with (the kernel, its default strategy, purpose-react, and its
#: optimizers, purpose-optimizers): an ``only:`` arm keeps them on and switches every other technique off.
CORE_DISTRIBUTIONS = frozenset({"purpose-core", "purpose-react", "purpose-optimizers"})


class ArmSpec(Arm):
    """An arm of the learning pipeline (learn, memory, model) with its own plugins and strategy."""

    model_config = ConfigDict(extra="forbid")

    disable: list[str] = Field(default_factory=list)
    enable: list[str] | None = None
    """An allow-list of plugins (replaces the configured one)."""
    only: list[str] = Field(default_factory=list)
    """Keep these technique plugins and switch every other non-core technique plugin off."""
    strategy: str | None = None
    """The strategy the arm's agents run (a registered name such as ``lats``): switching a strategy
    plugin on only registers it, so an ablation of a strategy has to select it too."""


BUILTIN = {
    "baseline": ArmSpec(name="baseline", learn=False, memory=False),
    "full": ArmSpec(name="full"),
    "learned": ArmSpec(name="learned"),
}


def parse_arm(text: str, defined: dict[str, ArmSpec] | None = None) -> ArmSpec:
    text = text.strip()
    defined = defined or {}
    if text in defined:
        return defined[text]
    if text in BUILTIN:
        return BUILTIN[text]
    kind, sep, value = text.partition(":")
    if sep and value:
        names = [v for v in value.split("+") if v]
        if kind == "without":
            return ArmSpec(name=text, disable=names)
        if kind == "only":
            return ArmSpec(name=text, only=names)
        if kind == "model":
            return ArmSpec(name=text, model=value)
    known = ", ".join([*BUILTIN, *defined])
    raise ValidationError(
        f"unknown arm {text!r}; use {known}, without:<plugin>[+<plugin>], only:<plugin>, model:<model>, "
        f"or define [arms.{text}] in an arms file"
    )


def load_arm_table(table: dict[str, Any], where: str) -> dict[str, ArmSpec]:
    out = {}
    for name, body in table.items():
        if not isinstance(body, dict):
            raise ConfigError(f"{where}: arms.{name} must be a table")
        try:
            out[name] = ArmSpec.model_validate({"name": name, **body})
        except PydanticValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"])
            raise ConfigError(f"{where}: arms.{name}.{field}: {err['msg']}") from None
    return out


def defined_arms(settings: Settings, arms_file: str | Path | None = None) -> dict[str, ArmSpec]:
    """Arms defined in settings (``[plugin.bench.arms.*]``) and in an arms file (``[arms.*]``)."""
    out = load_arm_table(settings.plugin_settings("bench").get("arms", {}), settings.source or "settings")
    if arms_file is not None:
        import tomllib

        path = Path(arms_file)
        if not path.is_file():
            raise ConfigError(f"arms file {path} does not exist")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        out.update(load_arm_table(data.get("arms", {}), str(path)))
    return out


def parse_arms(text: str, defined: dict[str, ArmSpec] | None = None) -> list[ArmSpec]:
    arms = [parse_arm(part, defined) for part in text.split(",") if part.strip()]
    if not arms:
        raise ValidationError("no arms given; use e.g. --arms baseline,full")
    names = [a.name for a in arms]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ValidationError(f"arm(s) named twice: {', '.join(dupes)}")
    return arms


def arm_settings(arm: ArmSpec, base: Settings, manager: Any) -> Settings:
    """The settings an arm runs with; every plugin it names must be installed (checked, not guessed)."""
    infos = {i.name: i for i in manager.plugin_infos()}
    installed = sorted(infos)
    named = [*arm.disable, *(arm.enable or []), *arm.only]
    missing = [n for n in named if n not in infos]
    if missing:
        raise ValidationError(
            f"arm {arm.name!r} names plugin(s) {', '.join(map(repr, missing))}, which are not installed; "
            f"installed plugins: {', '.join(installed) or 'none'}. Install the distribution or fix the name"
        )
    disabled = list(dict.fromkeys([*base.plugins.disabled, *arm.disable]))
    enabled = arm.enable if arm.enable is not None else base.plugins.enabled
    if arm.only:
        for name, info in infos.items():
            technique = TECHNIQUE_KINDS & set(info.kinds)
            if technique and info.distribution not in CORE_DISTRIBUTIONS and name not in arm.only:
                disabled.append(name)
        for name in arm.only:
            if name in disabled:
                disabled.remove(name)
    update: dict[str, Any] = {"plugins": PluginsConfig(disabled=disabled, enabled=enabled)}
    if arm.model:
        update["model"] = arm.model
    if arm.strategy:
        # the arm's own plugin set decides: it may switch on the plugin that registers the strategy
        plugins = update["plugins"]
        own = manager if plugins == base.plugins else PluginManager(base.model_copy(update=update)).load()
        known = sorted(own.strategies().names())
        if arm.strategy not in known:
            raise ValidationError(
                f"arm {arm.name!r} asks for strategy {arm.strategy!r}, which no enabled plugin registers; "
                f"registered strategies: {', '.join(known) or 'none'}"
            )
        update["strategy"] = arm.strategy
    settings = base.model_copy(update=update)
    settings.source = base.source
    return settings


def check_arms(arms: Sequence[ArmSpec], base: Settings, manager: Any) -> dict[str, Settings]:
    return {arm.name: arm_settings(arm, base, manager) for arm in arms}
