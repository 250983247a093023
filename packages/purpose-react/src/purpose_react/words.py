"""The words of a name as a request would say them, one split for every module that reads names.

A parameter or an enum member is named in snake_case, kebab-case, camelCase, with dots or with spaces
(``check_in_date``, ``checkInDate``, ``price.asc``); the values lesson matches those words against a
request's. Each reader once split names its own way, so ``wet_weight/kg`` could be three words to one
module and two to another; one split keeps a name meaning the same words everywhere.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"[_\W]+|(?<=[a-z])(?=[A-Z])")


def name_words(name: str) -> list[str]:
    """``name``'s words, case kept (``checkInDate``: check, In, Date; ``min_duration_ms``: min,
    duration, ms)."""
    return [w for w in _BOUNDARY.split(name) if w]
