"""The ReAct strategy for small models (``react``, the default strategy) and the compute lesson it acts on.

Names are imported lazily: importing this package (as plugin discovery does) loads neither the strategy
nor the JSON repair it decodes with.
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_REACT = ("ReActStrategy", "FINAL", "MAX_INPUT_CHARS", "clean_input", "complete_json", "primary_parameter")
_EXPORTS = {name: "purpose_react.react" for name in _REACT}
_EXPORTS["uncomputed"] = "purpose_react.compute"

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
