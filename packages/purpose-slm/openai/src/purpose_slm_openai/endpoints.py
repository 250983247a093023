"""Which server a model string means, and which key to send it.

``gpt-4o`` goes to OpenAI with ``OPENAI_API_KEY``; a Hugging Face repository id (``Qwen/Qwen3-32B``) goes
to Hugging Face's OpenAI-compatible router with ``HF_TOKEN``; an explicit ``base_url`` (vLLM, LM Studio,
llama.cpp's server) wins over both. A server on this machine often needs no key, so none is demanded
there. A missing key for a remote server is reported now, not as a 401 on the first request.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlparse

from purpose_agent.plugin import AuthenticationError

OPENAI_URL = "https://api.openai.com/v1"
HF_ROUTER_URL = "https://router.huggingface.co/v1"

OPENAI_KEY_VARS = ("OPENAI_API_KEY",)
HF_KEY_VARS = ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HUGGINGFACEHUB_API_TOKEN")
GENERIC_KEY_VARS = ("PURPOSE_AGENT_API_KEY", "OPENAI_API_KEY")

#: Sent to local servers that ignore the key (the client refuses to start without one).
NO_KEY = "not-needed"

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}


@dataclass(frozen=True)
class Endpoint:
    base_url: str
    api_key: str
    model: str
    key_source: str

    def __str__(self) -> str:
        return self.base_url


def is_hf_repo_id(model: str) -> bool:
    """``Org/Name`` (optionally ``:provider``), as Hugging Face names models."""
    head = model.split(":", 1)[0]
    parts = head.split("/")
    return len(parts) == 2 and all(parts) and not model.lower().endswith(".gguf") and "://" not in model


def is_local(url: str) -> bool:
    host = (urlparse(url).hostname or "").lower()
    return host in LOCAL_HOSTS or host.startswith("127.")


def _first_env(names: tuple[str, ...]) -> tuple[str, str] | None:
    for name in names:
        value = os.environ.get(name)
        if value:
            return value, name
    return None


def resolve_endpoint(model: str, *, base_url: str | None = None, api_key: str | None = None) -> Endpoint:
    """Pick the base URL and key for ``model`` from arguments, then the environment."""
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    if base_url is None:
        base_url, key_vars = (
            (HF_ROUTER_URL, HF_KEY_VARS) if is_hf_repo_id(model) else (OPENAI_URL, OPENAI_KEY_VARS)
        )
    else:
        key_vars = HF_KEY_VARS if "huggingface.co" in base_url else GENERIC_KEY_VARS
    if api_key:
        return Endpoint(base_url, api_key, model, "argument")
    found = _first_env(key_vars)
    if found is not None:
        return Endpoint(base_url, found[0], model, found[1])
    if is_local(base_url):
        return Endpoint(base_url, NO_KEY, model, "none (local server)")
    raise AuthenticationError(
        f"no API key for {base_url} (model {model!r}); set {' or '.join(key_vars)} or pass api_key=..., "
        f"or point base_url at a local OpenAI-compatible server"
    )
