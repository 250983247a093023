"""One loaded model per process, shared by every backend instance that names the same file.

A llama.cpp context is not thread-safe, so generation holds the model's lock; a backend used from
several threads serialises there instead of corrupting the KV cache. Tokenizing only reads the
vocabulary and runs without the lock, so the prompt compiler can count tokens during a generation.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from purpose_agent.plugin import BackendError

log = logging.getLogger("purpose_agent")

_models: dict[tuple[str, int, int | None, int], SharedModel] = {}
_models_lock = threading.Lock()


@dataclass
class SharedModel:
    """A loaded ``llama_cpp.Llama`` with its lock and the chat formatter used to measure prompts."""

    path: Path
    llama: Any
    lock: threading.RLock = field(default_factory=threading.RLock)
    formatter: Any = None
    add_bos: bool = False

    @property
    def n_ctx(self) -> int:
        return int(self.llama.n_ctx())

    def tokenize(self, text: str, *, special: bool = False) -> list[int]:
        return list(self.llama.tokenize(text.encode("utf-8"), add_bos=False, special=special))

    def prompt_tokens(self, messages: list[dict[str, str]]) -> int:
        """Tokens the chat-formatted prompt takes, measured with the model's template and tokenizer."""
        if self.formatter is None:  # no template in the file: content plus a few tokens per turn
            return sum(len(self.tokenize(m["content"])) + 4 for m in messages) + 2
        prompt = self.formatter(messages=messages).prompt
        return len(self.tokenize(prompt, special=True)) + (1 if self.add_bos else 0)


def _formatter_for(llama: Any) -> Any:
    template = llama.metadata.get("tokenizer.chat_template")
    if not template:
        return None
    from llama_cpp import llama_chat_format

    def token_text(key: str) -> str:
        token_id = int(llama.metadata.get(key, -1))
        return llama._model.token_get_text(token_id) if token_id >= 0 else ""

    return llama_chat_format.Jinja2ChatFormatter(
        template=template,
        eos_token=token_text("tokenizer.ggml.eos_token_id"),
        bos_token=token_text("tokenizer.ggml.bos_token_id"),
    )


def load_shared(
    path: Path, *, n_ctx: int, n_threads: int | None = None, n_gpu_layers: int = 0
) -> SharedModel:
    """Load ``path`` once per (file, context size, threads, GPU layers) and return the shared model."""
    key = (str(path), n_ctx, n_threads, n_gpu_layers)
    with _models_lock:
        shared = _models.get(key)
        if shared is not None:
            return shared
        from purpose_slm_llamacpp.greedy_grammar import llama_class

        # Prompt evaluation uses as many threads as generation: llama.cpp's default (every core) spins
        # on a busy 2-core laptop and made each call 20x slower than with one thread.
        threads = n_threads or max((os.cpu_count() or 2) // 2, 1)
        log.info("loading %s (n_ctx=%d, %d thread(s))", path, n_ctx, threads)
        stderr = io.StringIO()
        try:
            with contextlib.redirect_stderr(stderr):
                llama = llama_class()(
                    model_path=str(path),
                    n_ctx=n_ctx,
                    n_threads=threads,
                    n_threads_batch=threads,
                    n_gpu_layers=n_gpu_layers,
                    verbose=False,
                )
        except (ValueError, RuntimeError, OSError) as exc:
            raise BackendError(
                f"llama.cpp could not load {str(path)!r}: {exc}. The file may be truncated or corrupt, or "
                f"its architecture is newer than llama-cpp-python; re-download it or upgrade "
                f"llama-cpp-python"
            ) from exc
        add_bos = str(llama.metadata.get("tokenizer.ggml.add_bos_token", "false")).lower() == "true"
        shared = SharedModel(path=path, llama=llama, formatter=_formatter_for(llama), add_bos=add_bos)
        _models[key] = shared
        return shared


def close_all() -> None:
    """Free every shared model now, while llama.cpp's module globals still exist.

    Left to garbage collection at interpreter exit, ``Llama.__del__`` runs after llama_cpp's bindings
    are torn down and prints an ignored ``TypeError``; closing at ``atexit`` time avoids that.
    """
    with _models_lock:
        models = list(_models.values())
        _models.clear()
    for shared in models:
        with shared.lock:
            close = getattr(shared.llama, "close", None)
            if close is not None:
                close()


atexit.register(close_all)


def loaded_models() -> list[SharedModel]:
    """The models loaded in this process (for diagnostics and tests of sharing)."""
    with _models_lock:
        return list(_models.values())
