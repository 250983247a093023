"""The ``openai`` client's exceptions, turned into Purpose Agent errors that say what to do.

The client has already retried connection errors, timeouts, 429 and 5xx with backoff (``max_retries``)
by the time one of these arrives, so the message states how many tries were made.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import (
    AuthenticationError,
    BackendError,
    BackendTimeoutError,
    BackendUnavailableError,
    ContextOverflowError,
    ModelNotFoundError,
)

_CONTEXT_WORDS = ("context length", "context window", "maximum context", "too many tokens", "exceed context")


def translate(exc: BaseException, backend: Any) -> BackendError:
    """Map an ``openai`` exception (or anything else) to a :class:`BackendError` child."""
    import openai

    where = f"{backend.endpoint.base_url} (model {backend.model!r})"
    tries = backend.max_retries + 1
    if isinstance(exc, BackendError):
        return exc
    if isinstance(exc, openai.APITimeoutError):
        return BackendTimeoutError(
            f"{where} did not answer within {backend.timeout:.0f} s ({tries} tries); raise timeout=... or "
            f"check that the server is not overloaded"
        )
    if isinstance(exc, openai.APIConnectionError):
        return BackendUnavailableError(
            f"cannot reach {where} after {tries} tries: {exc}; check that the server is running and that "
            f"base_url is right"
        )
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return AuthenticationError(
            f"{where} refused the API key (from {backend.endpoint.key_source}): {_detail(exc)}; set the "
            f"right key in the environment or pass api_key=..."
        )
    if isinstance(exc, openai.NotFoundError):
        return ModelNotFoundError(
            f"{where} does not know this model or path: {_detail(exc)}; check the model name (the server's "
            f"/v1/models lists what it serves) and base_url"
        )
    if isinstance(exc, openai.RateLimitError):
        return BackendUnavailableError(
            f"{where} is rate limiting after {tries} tries: {_detail(exc)}; wait, or lower the request rate"
        )
    if isinstance(exc, openai.APIStatusError):
        detail = _detail(exc)
        if any(word in detail.lower() for word in _CONTEXT_WORDS):
            return ContextOverflowError(
                f"the prompt does not fit the context of {where}: {detail}; shorten the history "
                f"(purpose_slm.compress_messages) or lower the prompt budget"
            )
        if exc.status_code >= 500:
            return BackendUnavailableError(
                f"{where} failed with {exc.status_code} after {tries} tries: {detail}"
            )
        return BackendError(f"{where} rejected the request ({exc.status_code}): {detail}")
    return BackendError(f"calling {where} failed: {type(exc).__name__}: {exc}")


def _detail(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])[:300]
        if body.get("detail"):
            return str(body["detail"])[:300]
    return str(exc)[:300]
