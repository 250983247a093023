"""The plugin manager facade: discovery, blocking, validation and typed access to the hooks.

Built-in plugins are entry points of purpose-core itself, so they go through the same path as third-party
ones and can be disabled the same way. Blocking is decided from settings read at call time and applied
before any plugin module is imported. A plugin that fails to import or validate is recorded with its
error and the rest still load: one broken plugin must not take the agent down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Any

import pluggy

from purpose_agent import hookspecs
from purpose_agent.errors import ConfigError, PluginError, PluginNotFoundError
from purpose_agent.registry import Registry

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.config import Settings

log = logging.getLogger("purpose_agent")

ENTRY_POINT_GROUP = hookspecs.PROJECT_NAME

ENABLED, DISABLED, FAILED = "enabled", "disabled", "failed"


@dataclass
class PluginInfo:
    """What ``purpose plugins`` shows and what traces record about one entry point."""

    name: str
    distribution: str
    version: str
    module: str
    state: str = ENABLED
    kinds: list[str] = field(default_factory=list)
    error: str | None = None

    def as_record(self) -> dict[str, str]:
        return {"name": self.name, "distribution": self.distribution, "version": self.version}


def _entry_points() -> list[metadata.EntryPoint]:
    return sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)


def _dist_of(ep: metadata.EntryPoint) -> tuple[str, str]:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return "<unknown>", "<unknown>"
    return dist.metadata["Name"] or "<unknown>", dist.version or "<unknown>"


def _describe_exc(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


class PluginManager:
    """Typed facade over ``pluggy.PluginManager`` for the ``purpose_agent`` project."""

    def __init__(self, settings: Settings | None = None) -> None:
        self._settings = settings
        self.pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
        self.infos: dict[str, PluginInfo] = {}
        self.problems: list[str] = []
        self._registries: dict[str, Registry[Any]] = {}
        self._loaded = False

    # -- loading ------------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from purpose_agent.config import load_settings  # lazy: settings are read at use, not import

            self._settings = load_settings()
        return self._settings

    def load(self, *, strict_names: bool = True) -> PluginManager:
        """Discover entry points, block what settings disable, import and validate the rest."""
        if self._loaded:
            return self
        self._loaded = True
        eps = _entry_points()
        self._check_names({ep.name for ep in eps}, strict=strict_names)
        for ep in eps:
            dist, version = _dist_of(ep)
            info = PluginInfo(ep.name, dist, version, ep.value)
            self.infos[ep.name] = info
            if not self.is_enabled_by_settings(ep.name):
                info.state = DISABLED
                self.pm.set_blocked(ep.name)
                continue
            try:
                module = ep.load()
            except Exception as exc:  # a broken plugin is reported, the rest still load
                self._fail(info, f"import failed: {_describe_exc(exc)}")
                continue
            self.register(module, name=ep.name, info=info)
        self._check_pending()
        return self

    def register(self, plugin: object, name: str, info: PluginInfo | None = None) -> bool:
        """Register a plugin object (a module or instance); validation errors are recorded, not raised."""
        if info is None:
            info = PluginInfo(name, "<direct>", "<direct>", repr(plugin))
            self.infos[name] = info
        try:
            self.pm.register(plugin, name=name)
        except pluggy.PluginValidationError as exc:
            self._fail(info, f"invalid hook implementation: {exc}")
            return False
        except ValueError as exc:
            self._fail(info, f"could not register: {exc}")
            return False
        info.kinds = self._kinds_of(name)
        self._registries.clear()
        return True

    def _fail(self, info: PluginInfo, message: str) -> None:
        info.state = FAILED
        info.error = message
        self.problems.append(f"plugin {info.name!r} ({info.distribution}): {message}")
        log.warning("plugin %r (%s): %s", info.name, info.distribution, message)

    def _check_pending(self) -> None:
        # check_pending raises on the first unknown hook; drop the culprit and look again.
        for _ in range(len(self.infos) + 1):
            try:
                self.pm.check_pending()
                return
            except pluggy.PluginValidationError as exc:
                name = self.pm.get_name(exc.plugin) or "<unknown>"
                self.pm.unregister(exc.plugin)
                info = self.infos.get(name) or PluginInfo(name, "<unknown>", "<unknown>", "")
                self._fail(info, f"implements a hook that does not exist: {exc}")

    def _check_names(self, installed: set[str], *, strict: bool) -> None:
        cfg = self.settings.plugins
        named = set(cfg.disabled) | set(cfg.enabled or ())
        unknown = sorted(named - installed)
        if not unknown:
            return
        origin = self.settings.source or "PURPOSE_AGENT_*_PLUGINS"
        message = (
            f"{origin}: unknown plugin name(s) {', '.join(map(repr, unknown))} in [plugins]; "
            f"installed plugins are: {', '.join(sorted(installed)) or 'none'}"
        )
        if strict:
            raise ConfigError(message)
        self.problems.append(message)

    def is_enabled_by_settings(self, name: str) -> bool:
        cfg = self.settings.plugins
        if name in cfg.disabled:
            return False
        return cfg.enabled is None or name in cfg.enabled

    def _kinds_of(self, name: str) -> list[str]:
        plugin = self.pm.get_plugin(name)
        callers = self.pm.get_hookcallers(plugin) or []
        kinds = {hookspecs.COLLECTION_HOOKS.get(c.name, "observer") for c in callers}
        if any(c.name.startswith("resolve_") for c in callers):
            kinds.discard("observer")
        return sorted(kinds)

    # -- reporting ----------------------------------------------------------------------------------

    def plugin_infos(self) -> list[PluginInfo]:
        return sorted(self.infos.values(), key=lambda i: i.name)

    def loaded_set(self) -> list[dict[str, str]]:
        """The enabled plugins as data: written into every trace and benchmark result."""
        return [i.as_record() for i in self.plugin_infos() if i.state == ENABLED]

    # -- collection hooks ---------------------------------------------------------------------------

    def _collect(self, hook_name: str, family: str) -> Registry[Any]:
        if hook_name in self._registries:
            return self._registries[hook_name]
        self.load()
        registry: Registry[Any] = Registry(family, settings=self.settings, manager=self)
        hook = getattr(self.pm.hook, hook_name)
        for impl in hook.get_hookimpls():  # registration order: built-ins and earlier plugins win
            registry.current_plugin = impl.plugin_name
            try:
                impl.function(registry=registry)
            except Exception as exc:  # the plugin is marked failed; what others added stays usable
                info = self.infos.get(impl.plugin_name)
                message = (
                    str(exc) if isinstance(exc, PluginError) else f"{hook_name} raised {_describe_exc(exc)}"
                )
                if info is not None:
                    self._fail(info, message)
                else:
                    self.problems.append(f"plugin {impl.plugin_name!r}: {message}")
        registry.current_plugin = "<direct>"
        self._registries[hook_name] = registry
        return registry

    def backends(self) -> Registry[Any]:
        return self._collect("register_backends", "backend")

    def scanners(self) -> Registry[Any]:
        return self._collect("register_scanners", "scanner")

    def evaluators(self) -> Registry[Any]:
        return self._collect("register_evaluators", "evaluator")

    def memory_kinds(self) -> Registry[Any]:
        return self._collect("register_memory_kinds", "memory kind")

    def tools(self) -> Registry[Any]:
        return self._collect("register_tools", "tool")

    def optimizers(self) -> Registry[Any]:
        return self._collect("register_optimizers", "optimizer")

    def strategies(self) -> Registry[Any]:
        return self._collect("register_strategies", "strategy")

    def retrievers(self) -> Registry[Any]:
        return self._collect("register_retrievers", "retriever")

    def stores(self) -> Registry[Any]:
        return self._collect("register_stores", "store")

    def commands(self) -> Registry[Any]:
        return self._collect("register_commands", "command")

    def judges(self) -> Registry[Any]:
        return self._collect("register_judges", "judge")

    def checkers(self) -> Registry[Any]:
        return self._collect("register_checkers", "checker")

    # -- resolve-one hooks --------------------------------------------------------------------------

    def resolve_backend_name(self, model: str) -> str:
        self.load()
        settings = self.settings.plugin_settings("backends")
        name = self.pm.hook.resolve_backend(model=model, settings=settings)
        if name is None:
            installed = ", ".join(self.backends().names()) or "none"
            raise PluginNotFoundError(
                f"no installed backend claims model {model!r}; installed backends: {installed}. "
                f"Install purpose-slm (pip install purpose-slm) or pass a path to a .gguf file"
            )
        return str(name)

    def resolve_store_name(self, url: str) -> str:
        self.load()
        name = self.pm.hook.resolve_store(url=url)
        if name is None:
            installed = ", ".join(self.stores().names()) or "none"
            raise PluginNotFoundError(f"no installed store opens {url!r}; installed stores: {installed}")
        return str(name)

    # -- lifecycle hooks ----------------------------------------------------------------------------

    def _notify(self, hook: Callable[..., Any], **kwargs: Any) -> None:
        try:
            hook(**kwargs)
        except Exception as exc:  # an observer must never break the run
            name = getattr(hook, "name", hook)
            self.problems.append(f"lifecycle hook {name!r} raised {_describe_exc(exc)}")
            log.warning("lifecycle hook %s raised %s", name, exc)

    def episode_started(self, episode: Any) -> None:
        self._notify(self.pm.hook.on_episode_start, episode=episode)

    def episode_finished(self, episode: Any, result: Any) -> None:
        self._notify(self.pm.hook.on_episode_end, episode=episode, result=result)

    def traces_written(self, command: str, traces: str, trace_ids: list[str]) -> None:
        self._notify(self.pm.hook.on_traces_written, command=command, traces=traces, trace_ids=trace_ids)

    def memory_status_changed(self, card: Any, old_status: str, new_status: str, reason: str) -> None:
        self._notify(
            self.pm.hook.on_memory_status_change,
            card=card,
            old_status=old_status,
            new_status=new_status,
            reason=reason,
        )


_default: PluginManager | None = None


def get_plugin_manager() -> PluginManager:
    """The process-wide manager, loaded on first use (settings are read then, not at import)."""
    global _default
    if _default is None:
        _default = PluginManager().load()
    return _default


def set_plugin_manager(manager: PluginManager | None) -> None:
    """Swap the process-wide manager (tests, embedding applications)."""
    global _default
    _default = manager
