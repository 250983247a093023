"""JSON Lines, read one way by every reader of the project.

A JSON Lines record ends at a newline and nowhere else. ``str.splitlines()`` also cuts at U+2028, U+2029,
U+0085 and a few control characters, which a JSON string may hold raw (the project's own exports write
text with ``ensure_ascii=False``), so a reader built on it refuses a valid file, its own export included.
Each reader used to carry that rule, the line numbering and the "not JSON" error itself; here is the one
place. Errors name the file and line (``cards.jsonl:12: ...``) so a user can open the file at the fault.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

from purpose_agent.errors import ValidationError


class JsonLine(NamedTuple):
    """One record of a JSON Lines file."""

    number: int  #: the line's number in the file, from 1 (blank lines count)
    where: str  #: ``"source:number"``, the prefix every error about this record starts with
    data: dict[str, Any]


def jsonl_lines(text: str) -> list[str]:
    """The text's lines, cut at newlines only; a CRLF file's carriage returns are dropped."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def parse_jsonl(text: str, source: str) -> list[JsonLine]:
    """Every non-blank line of ``text`` as a JSON object, numbered as in the file.

    Raises :class:`ValidationError` at the first line that is not JSON or not an object, so a caller
    never goes on with half a file."""
    out: list[JsonLine] = []
    for number, line in enumerate(jsonl_lines(text), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValidationError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        except RecursionError:
            raise ValidationError(f"{where}: JSON nested too deeply to read") from None
        if not isinstance(data, dict):
            raise ValidationError(f"{where}: each line must be a JSON object, not {type(data).__name__}")
        out.append(JsonLine(number, where, data))
    return out


def read_jsonl(path: str | Path) -> list[JsonLine]:
    """:func:`parse_jsonl` of a UTF-8 file; a file that is missing, unreadable or not UTF-8 is a
    :class:`ValidationError` too (one error type for everything wrong with the input)."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(f"{source}: no such file") from None
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{source}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ValidationError(f"{source}: cannot read it ({exc.strerror or exc})") from None
    return parse_jsonl(text, str(source))
