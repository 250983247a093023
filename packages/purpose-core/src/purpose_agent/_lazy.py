"""PEP 562 lazy exports: a package names its public API without importing the modules that define it.

Why: import time is a feature (docs/budgets.md). ``import purpose_agent`` must not pull in pydantic
models, the store or any plugin; each public name is imported the first time it is used and then kept in
the package's namespace, so later lookups cost nothing. Packages of core and of plugins share this one
helper so the rules (what ``dir()`` lists, the error for an unknown name, caching) are the same everywhere.

This module imports only what the interpreter has already loaded at start-up.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable, Mapping

__all__ = ["lazy_exports"]


def _importable(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return False
        raise
    return True


def lazy_exports(
    package: str,
    exports: Mapping[str, str],
    *,
    eager: Iterable[str] = (),
    optional: Mapping[str, str] | None = None,
) -> tuple[list[str], Callable[[str], Any], Callable[[], list[str]]]:
    """``(__all__, __getattr__, __dir__)`` for ``package``, whose ``exports`` map public name -> module.

    Use it as the last statement of a package ``__init__``::

        __all__, __getattr__, __dir__ = lazy_exports(__name__, {"Store": "pkg.store"})

    ``eager`` names are defined in the package itself (``__version__``) and listed first in ``__all__``;
    the lazy names follow, sorted. ``dir()`` lists exactly ``__all__``. An unknown name raises
    ``AttributeError`` as Python's own lookup does, so ``hasattr`` and ``getattr(..., default)`` work.

    ``optional`` maps an import package that lives in another distribution to that distribution's name
    (``{"purpose_level3": "purpose-level3"}``): a name from it, when it is not installed, raises one
    ``ImportError`` line saying what to install instead of a bare ``ModuleNotFoundError``.
    """
    extra = dict(optional or {})
    table = dict(exports)
    public = [*eager, *sorted(table)]
    namespace = sys.modules[package].__dict__  # the package is in sys.modules while its __init__ runs

    def __getattr__(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        try:
            imported = importlib.import_module(module)
        except ModuleNotFoundError:
            top = module.split(".")[0]
            if top not in extra or _importable(top):
                raise  # not a missing distribution: a real bug inside an installed one
            dist = extra[top]
            raise ImportError(f"{package}.{name} is in the {dist} distribution: pip install {dist}") from None
        value = getattr(imported, name)
        namespace[name] = value  # later lookups find it without calling this function
        return value

    def __dir__() -> list[str]:
        return list(public)

    return public, __getattr__, __dir__
