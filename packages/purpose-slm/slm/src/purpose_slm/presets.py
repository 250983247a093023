"""Eight model presets: what each model needs to work well, so a user only names the model.

A preset records the context size to run with, the chat-template quirks that change how messages must
be sent, whether the model calls tools natively or needs a grammar, and the sampling its authors
recommend. ``get_backend("qwen3:1.7b")`` builds the backend with these settings; anything passed
explicitly wins over the preset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ToolCalling = Literal["native", "grammar"]


@dataclass(frozen=True)
class Preset:
    name: str
    backend: str
    """Backend that serves it: ``llamacpp``, ``ollama`` or ``openai``."""
    model: str
    """The model string that backend expects."""
    context_size: int
    """Context to run with (may be below what the model was trained for, to save memory)."""
    trained_context: int
    chat_template: str
    tool_calling: ToolCalling
    """``native``: the server returns tool calls; ``grammar``: calls are decoded under a JSON schema."""
    sampling: dict[str, float | int] = field(default_factory=dict)
    """Recommended sampling (temperature first); the greedy default of 0 still applies unless asked."""
    quirks: tuple[str, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)
    """Backend settings that implement the quirks (``system_role=False``, ``think=False``...)."""
    description: str = ""

    @property
    def recommended_temperature(self) -> float:
        return float(self.sampling.get("temperature", 0.0))

    def backend_settings(self) -> dict[str, Any]:
        """Keyword arguments for the backend factory (temperature is per call, so it is left out)."""
        sampling = {k: v for k, v in self.sampling.items() if k != "temperature"}
        out: dict[str, Any] = {"context_size": self.context_size, **self.settings}
        if sampling:
            out["sampling"] = sampling
        return out


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            name="smollm2",
            backend="llamacpp",
            model="smollm2",
            context_size=2048,
            trained_context=8192,
            chat_template="chatml",
            tool_calling="grammar",
            sampling={"temperature": 0.2, "top_p": 0.9},
            quirks=(
                "template inserts its own 'You are SmolLM' system prompt when none is sent: send one",
                "copies the schema instead of values without constrained decoding",
            ),
            settings={"default_system": "You are a helpful assistant. Answer briefly."},
            description="SmolLM2-135M-Instruct Q4_1, embedded (no download, no server)",
        ),
        Preset(
            name="qwen3:1.7b",
            backend="ollama",
            model="qwen3:1.7b",
            context_size=8192,
            trained_context=32768,
            chat_template="chatml (qwen3)",
            tool_calling="native",
            sampling={"temperature": 0.7, "top_p": 0.8, "top_k": 20},
            quirks=("thinks (<think>...</think>) by default: turned off with think=False",),
            settings={"think": False},
            description="Qwen3 1.7B through Ollama",
        ),
        Preset(
            name="qwen3:0.6b",
            backend="ollama",
            model="qwen3:0.6b",
            context_size=8192,
            trained_context=32768,
            chat_template="chatml (qwen3)",
            tool_calling="native",
            sampling={"temperature": 0.7, "top_p": 0.8, "top_k": 20},
            quirks=("thinks by default: turned off with think=False",),
            settings={"think": False},
            description="Qwen3 0.6B through Ollama",
        ),
        Preset(
            name="llama3.2:1b",
            backend="ollama",
            model="llama3.2:1b",
            context_size=8192,
            trained_context=131072,
            chat_template="llama3",
            tool_calling="native",
            sampling={"temperature": 0.6, "top_p": 0.9},
            quirks=("tool calls are reliable only with a system prompt that lists the tools",),
            description="Llama 3.2 1B Instruct through Ollama",
        ),
        Preset(
            name="gemma3:1b",
            backend="ollama",
            model="gemma3:1b",
            context_size=8192,
            trained_context=32768,
            chat_template="gemma (no system role)",
            tool_calling="grammar",
            sampling={"temperature": 1.0, "top_p": 0.95, "top_k": 64},
            quirks=("no system role: the system text is folded into the first user turn",),
            settings={"system_role": False, "tools_mode": "grammar"},
            description="Gemma 3 1B through Ollama; tools through format= schemas",
        ),
        Preset(
            name="phi4-mini",
            backend="ollama",
            model="phi4-mini:3.8b",
            context_size=8192,
            trained_context=131072,
            chat_template="phi4 (<|system|>...<|end|>)",
            tool_calling="native",
            sampling={"temperature": 0.0},
            quirks=("tools must be described in the system message; Ollama's template does that",),
            description="Phi-4-mini 3.8B through Ollama",
        ),
        Preset(
            name="gpt-4o",
            backend="openai",
            model="gpt-4o",
            context_size=128000,
            trained_context=128000,
            chat_template="server-side",
            tool_calling="native",
            sampling={"temperature": 0.0},
            quirks=("structured output through response_format json_schema",),
            settings={"json_mode": "json_schema"},
            description="OpenAI GPT-4o (needs OPENAI_API_KEY)",
        ),
        Preset(
            name="Qwen/Qwen3-32B",
            backend="openai",
            model="Qwen/Qwen3-32B",
            context_size=32768,
            trained_context=32768,
            chat_template="server-side (qwen3)",
            tool_calling="native",
            sampling={"temperature": 0.7, "top_p": 0.8},
            quirks=("thinks by default: '/no_think' in the system prompt turns it off",),
            settings={"system_suffix": "/no_think"},
            description="Qwen3 32B through Hugging Face's router (needs HF_TOKEN)",
        ),
    )
}

_ALIASES = {
    "smollm2-135m": "smollm2",
    "embedded": "smollm2",
    "default": "smollm2",
    "phi4-mini:3.8b": "phi4-mini",
}


def find_preset(model: str) -> Preset | None:
    """The preset for ``model`` (exact name, case-insensitive, or a known alias), or None."""
    key = model.strip()
    key = _ALIASES.get(key.lower(), key)
    if key in PRESETS:
        return PRESETS[key]
    lowered = {name.lower(): p for name, p in PRESETS.items()}
    return lowered.get(key.lower())
