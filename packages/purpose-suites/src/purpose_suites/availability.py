"""Suites whose library is not installed: listed with the command that installs it, refused when named.

A suite the user cannot run should still be discoverable (``purpose bench --list``), and naming it should
fail with one line that says what to install, before any model time, rather than with an ImportError
from deep inside the harness.
"""

from __future__ import annotations

import importlib.util
import shutil

from purpose_agent.plugin import ConfigError, PluginNotFoundError
from purpose_learn import EvalCase

DIST = "purpose-suites"


def missing_modules(*modules: str) -> list[str]:
    """Which of ``modules`` cannot be imported (looked up without importing them)."""
    return [m for m in modules if importlib.util.find_spec(m) is None]


def install_hint(extra: str) -> str:
    return f"pip install '{DIST}[{extra}]'"


class UnavailableSuite:
    """Stands in for a suite whose extra is not installed; ``cases`` raises with the install command."""

    def __init__(self, name: str, what: str, extra: str, missing: list[str]) -> None:
        self.name = name
        self.extra = extra
        self.missing = list(missing)
        # the extra is also named outside the brackets: a rich console reads "[gym]" as markup
        self.description = f"UNAVAILABLE ({what}): needs the extra {extra!r}: {install_hint(extra)}"
        self.default_size = 0
        self.full_size = 0
        self.available = False

    def cases(self, size: int, seed: int) -> list[EvalCase]:
        raise PluginNotFoundError(
            f"suite {self.name!r} needs {', '.join(self.missing)}, which is not installed; "
            f"install the extra {self.extra!r}: {install_hint(self.extra)}"
        )


def require_java() -> str:
    """The ``java`` executable textworld-express runs on, or a :class:`ConfigError` saying what to do."""
    java = shutil.which("java")
    if java is None:
        raise ConfigError(
            "the textworld suite needs Java 17 or newer on PATH (textworld-express runs its games in a "
            "JVM); install a JDK (for example: apt-get install openjdk-17-jre-headless) and retry"
        )
    return java
