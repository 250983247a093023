"""SLM-native layer: model presets, preset-aware model resolution and prompt compression.

Nothing heavy is imported here.
"""

from __future__ import annotations

from purpose_slm.compress import CompactTools, Compressed, compact_tool_specs, compress_messages
from purpose_slm.presets import PRESETS, Preset, find_preset

__all__ = [
    "PRESETS",
    "CompactTools",
    "Compressed",
    "Preset",
    "compact_tool_specs",
    "compress_messages",
    "find_preset",
]
