"""From a model string to a ready backend: ``get_backend("qwen3:1.7b")``.

The model string is resolved through the ``resolve_backend`` hook (the first plugin that claims it
answers), then the claimed backend's factory from ``register_backends`` builds it. Loading a model is
expensive (a GGUF file, a client with a connection pool), so one instance per (backend, model, settings)
is kept for the life of the process and shared; backends are thread-safe by contract.
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any

from purpose_agent.errors import BackendError, PurposeError

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.llm.protocol import Backend
    from purpose_agent.plugins import PluginManager

_cache: dict[tuple[int, str, str, str], Any] = {}
_lock = threading.Lock()


def _settings_key(settings: dict[str, Any]) -> str:
    try:
        return json.dumps(settings, sort_keys=True, default=repr)
    except (TypeError, ValueError):
        return repr(sorted(settings.items(), key=lambda kv: kv[0]))


def get_backend(
    model: str | None = None, *, manager: PluginManager | None = None, **settings: Any
) -> Backend:
    """Resolve ``model`` (default: the configured model) to a backend instance, built once and cached.

    ``settings`` are passed to the backend factory over the ``[plugin.<entry point>]`` table of the
    plugin that registered the backend (e.g. ``[plugin.slm-llamacpp]``), so explicit arguments win.
    """
    if manager is None:
        from purpose_agent.plugins import get_plugin_manager

        manager = get_plugin_manager()
    model = model or manager.settings.model
    name = manager.resolve_backend_name(model)
    factory = manager.backends().get(name)
    plugin = manager.backends().plugin_of(name)
    merged = {**manager.settings.plugin_settings(plugin), **settings}
    key = (id(manager), name, model, _settings_key(merged))
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            hit: Backend = cached
            return hit
        try:
            backend = factory(model=model, **merged)
        except PurposeError:
            raise
        except TypeError as exc:
            raise BackendError(
                f"backend {name!r} (plugin {plugin!r}) rejected the settings {sorted(merged)}: {exc}; "
                f"check [plugin.{plugin}] in purpose.toml"
            ) from exc
        _cache[key] = backend
        made: Backend = backend
        return made


def clear_backend_cache() -> None:
    """Forget cached backends (tests; a long-running process that switches models)."""
    with _lock:
        _cache.clear()
