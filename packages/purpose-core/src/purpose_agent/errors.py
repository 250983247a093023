"""One exception hierarchy for the whole project.

Every error a user can meet derives from :class:`PurposeError` so that callers (and the CLI) can catch
one type, print one clear line and exit, instead of showing a traceback. Messages say what to do.
"""

from __future__ import annotations


class PurposeError(Exception):
    """Base class of every error Purpose Agent raises on purpose."""

    #: Exit status the CLI uses when this error reaches it.
    exit_code: int = 1


class ConfigError(PurposeError):
    """A configuration file or environment variable is malformed or names something unknown."""

    exit_code = 2


class PluginError(PurposeError):
    """A plugin could not be loaded, validated or called."""


class PluginNotFoundError(PluginError):
    """Nothing installed provides what was asked for (a backend, store, tool, ...)."""


class BackendError(PurposeError):
    """A model backend failed: missing model, unreachable server, bad key, invalid output."""


class ModelNotFoundError(BackendError):
    """The model file or model name cannot be found or resolved."""


class BackendUnavailableError(BackendError):
    """The server behind a backend cannot be reached."""


class AuthenticationError(BackendError):
    """The server refused the credentials."""


class ContextOverflowError(BackendError):
    """The prompt does not fit in the model's context window."""


class InvalidOutputError(BackendError):
    """The model's output could not be parsed or validated, even after retries."""


class BackendTimeoutError(BackendError):
    """The backend did not answer in time."""


class MemoryStoreError(PurposeError):
    """The memory store refused an operation or is unusable."""


class ReadOnlyError(MemoryStoreError):
    """A write was attempted where the run mode makes writes impossible (EVAL_TEST)."""


class InvalidTransitionError(MemoryStoreError):
    """A memory card was moved between statuses along an edge the lifecycle does not allow."""


class ValidationError(PurposeError):
    """Input data (a card, a tool argument, an import line) failed validation."""


class ToolError(PurposeError):
    """A tool could not run (not a failure inside the tool, which is an observation)."""


class ScanError(PurposeError):
    """The immune system could not scan; a scan that errs fails closed."""


class BudgetExceededError(PurposeError):
    """A step, token or time budget ran out."""
