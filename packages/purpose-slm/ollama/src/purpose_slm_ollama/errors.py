"""The ``ollama`` client's failures, turned into Purpose Agent errors that say what to do."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import (
    BackendError,
    BackendTimeoutError,
    BackendUnavailableError,
    ContextOverflowError,
    ModelNotFoundError,
)


def is_transient(exc: BaseException) -> bool:
    """Worth another try: no server yet (starting up), a timeout, or a 5xx while a model loads."""
    import httpx
    import ollama

    if isinstance(exc, (ConnectionError, httpx.TransportError)):
        return True
    return isinstance(exc, ollama.ResponseError) and exc.status_code in (500, 502, 503)


def translate(exc: BaseException, backend: Any, tries: int) -> BackendError:
    import httpx
    import ollama

    where = f"Ollama at {backend.host}"
    if isinstance(exc, BackendError):
        return exc
    if isinstance(exc, httpx.TimeoutException):
        return BackendTimeoutError(
            f"{where} did not answer within {backend.timeout:.0f} s ({tries} tries); the model may still be "
            f"loading: raise timeout=... or try again"
        )
    if isinstance(exc, (ConnectionError, httpx.TransportError)):
        return BackendUnavailableError(
            f"no Ollama server answers at {backend.host} ({tries} tries); start it with `ollama serve`, or "
            f"set OLLAMA_HOST / host=... to where it runs"
        )
    if isinstance(exc, ollama.ResponseError):
        # one line: a proxy or a crashed runner can answer with a page of text or a stack
        message = " ".join(str(exc.error).split())[:300]
        lowered = message.lower()
        if exc.status_code == 404 or "not found" in lowered:
            return ModelNotFoundError(
                f"{where} does not have model {backend.model!r} ({message}); pull it first with "
                f"`ollama pull {backend.model}`"
            )
        if "context" in lowered and ("exceed" in lowered or "too long" in lowered):
            return ContextOverflowError(f"{where}: {message}; shorten the prompt or raise context_size")
        if exc.status_code >= 500:
            return BackendUnavailableError(
                f"{where} failed with {exc.status_code} after {tries} tries: {message}"
            )
        return BackendError(f"{where} rejected the request ({exc.status_code}): {message}")
    detail = " ".join(str(exc).split())[:300]
    return BackendError(f"calling {where} failed: {type(exc).__name__}: {detail}")
