"""Ray executor for Purpose Agent (``--executor ray``); importing this package does not import Ray."""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

__all__, __getattr__, __dir__ = lazy_exports(__name__, {"RayExecutor": "purpose_executor_ray.executor"})
