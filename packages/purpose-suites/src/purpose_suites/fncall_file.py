"""Your own function-calling suite from a JSON Lines file, run with ``fncall``'s tool, checker and split.

A function-calling suite is more than an input and an expected answer: each request needs its function
offered as a real tool and its call checked argument by argument, and a fair split keeps every request
of a test function out of training. A plain ``.jsonl`` file of cases (``purpose_learn.JsonlSuite``)
cannot say that, so a file whose lines name a ``function`` and its ``arguments`` is read here instead::

    {"input": "How much is 250 euros in dollars?",
     "function": {"name": "convert_currency", "description": "Convert an amount between currencies",
                  "parameters": {"type": "object", "properties": {...}, "required": [...]}},
     "arguments": {"amount": 250, "from_currency": "EUR", "to_currency": "USD"}}

one request a line (written here over several for reading). ``function`` is a declaration as tool
catalogues write it (an OpenAI-style ``{"type": "function", "function": {...}}`` wrapper is accepted, and
``parameters`` as pydantic or Python's type names write them, see ``purpose_team.tools.normalize_schema``);
``arguments`` is the call the request asks for. Optional keys: ``id``; ``domain`` (a word or two the
toolbox may match requests on); ``ordered`` (the list parameters whose order matters). Requests of one
function may repeat its declaration or give only ``{"name": ...}`` after the first. A catalogue's name
that a model API cannot take as a tool's (``math.gcd``, ``get weather``, one over 64 characters) is
offered under a name it can (``math_gcd``), the same in the prompt, the expected call and the report; the
request lines keep naming it as the catalogue does. A schema keyword the toolbox cannot enforce
(``multipleOf``, ``uniqueItems``, a union of shapes) is kept in words in the description instead of
refusing the file (:func:`in_words`).

Each request becomes a case exactly as ``fncall``'s do (:func:`purpose_suites.fncall.case_of`): the
function offered as a tool made fresh for every episode, the call checked by
:func:`~purpose_suites.fncall.match_call`, the function's name as the case's group, so the harness splits
by function. A file is refused before any model time with the line and the reason (a key missing, a
function declared two ways, an expected call the toolbox or the checker would refuse: a missing required
argument, a wrong type, a value outside an enum, an argument the function does not have).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from purpose_agent.plugin import ValidationError, read_jsonl
from purpose_learn import EvalCase
from purpose_team.tools import check_tool
from purpose_team.tools.schema import SUPPORTED_KEYWORDS, TYPES, coerce, normalize_schema, validate
from purpose_team.tools.spec import NAME_PATTERN

from purpose_suites.fncall import FunctionTool, by_whole_functions, case_of, match_call


def is_function_file(path: Path) -> bool:
    """Whether ``path``'s first line is a function-calling request (an object with ``function`` and
    ``arguments``); anything else is left to the plain JSONL reader."""
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    first = json.loads(line)
                    return isinstance(first, dict) and "function" in first and "arguments" in first
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return False


def _unwrapped(raw: Any) -> Any:
    if isinstance(raw, dict) and raw.get("type") == "function" and isinstance(raw.get("function"), dict):
        return raw["function"]  # the OpenAI tools wrapper
    return raw


def _declaration(raw: Any, where: str) -> dict[str, Any]:
    raw = _unwrapped(raw)
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise ValidationError(f"{where}: function must be an object with a name")
    return raw


_NOT_IN_NAMES = re.compile(r"[^A-Za-z0-9_-]+")


def offered_name(name: str, taken: set[str]) -> str:
    """``name`` if a model API takes it as a tool's name (a file's own such names are its functions'),
    else the nearest one it takes that is not in ``taken`` (runs of other characters become ``_``, a leading
    non-letter gets ``f_``, 64 characters at most, ``_2``, ``_3``... against a clash).

    Catalogues name functions by module (``math.gcd``, ``finance.loan.payment``) or in words; the
    OpenAI-style function-name rule the toolbox keeps (letters, digits, ``_``, ``-``) would refuse the
    whole file for one dot, and the model reads the description, not the name's punctuation.
    """
    if NAME_PATTERN.match(name):
        return name
    base = _NOT_IN_NAMES.sub("_", name).strip("_-") or "function"
    if not base[0].isalpha():
        base = f"f_{base}"
    candidate, number = base[:64], 2
    while candidate in taken or not NAME_PATTERN.match(candidate):
        suffix = f"_{number}"
        candidate, number = base[: 64 - len(suffix)] + suffix, number + 1
    return candidate


def read_requests(path: Path) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """The functions (by the file's names, in the suite's data shape, each ``name`` the one it is offered
    under: :func:`offered_name`) and requests of a function-calling file."""
    if not path.is_file():
        raise ValidationError(f"suite file {path} does not exist")
    rows = [(line.where, line.data) for line in read_jsonl(path)]
    # a name the file already uses as it is stays that function's; a renamed one never takes it
    offered: set[str] = {
        raw["name"]
        for _, row in rows
        if isinstance(raw := _unwrapped(row.get("function")), dict)
        and isinstance(raw.get("name"), str)
        and NAME_PATTERN.match(raw["name"])
    }
    functions: dict[str, dict[str, Any]] = {}  # parameters read once, as the toolbox reads them
    declarations: dict[str, tuple[str, Any]] = {}  # as the file wrote them: a later one must agree
    requests: list[dict[str, Any]] = []
    for where, row in rows:
        missing = [key for key in ("input", "function", "arguments") if key not in row]
        if missing:
            raise ValidationError(f"{where}: missing {', '.join(missing)}")
        if not isinstance(row["input"], str) or not row["input"].strip():
            raise ValidationError(f"{where}: input must be the request's text")
        if not isinstance(row["arguments"], dict):
            raise ValidationError(f"{where}: arguments must be an object (the call the request asks for)")
        declared = _declaration(row["function"], where)
        name = declared["name"]
        if set(declared) == {"name"}:  # a later request of a function declared before
            if name not in functions:
                raise ValidationError(f"{where}: function {name!r} is named before it is declared")
        else:
            description = str(declared.get("description") or "")
            parameters = declared.get("parameters") or {"type": "object", "properties": {}}
            if name in declarations:
                if declarations[name] != (description, parameters):
                    raise ValidationError(
                        f"{where}: function {name!r} is declared differently on an earlier line"
                    )
            else:
                declarations[name] = (description, parameters)
                function = {
                    "name": offered_name(name, offered),
                    "description": description,
                    "parameters": in_words(normalize_schema(parameters)),
                    "domain": str(row.get("domain") or declared.get("domain") or _words(name)),
                    "ordered": list(row.get("ordered") or declared.get("ordered") or ()),
                }
                offered.add(function["name"])
                problems = check_tool(FunctionTool(function, []))
                if problems:
                    raise ValidationError(
                        f"{where}: function {name!r} cannot be offered: {'; '.join(problems)}"
                    )
                functions[name] = function
        reason = _refused(functions[name], row["arguments"])
        if reason is not None:
            raise ValidationError(f"{where}: the expected call does not fit the schema of {name!r}: {reason}")
        requests.append(
            {
                "id": str(row.get("id") or len(requests)),
                "function": name,
                "input": row["input"],
                "arguments": row["arguments"],
            }
        )
    if not requests:
        raise ValidationError(f"suite file {path} holds no requests")
    return functions, requests


def in_words(schema: Any) -> Any:
    """A normalized ``schema`` with each keyword the toolbox cannot enforce kept in words instead.

    A catalogue declares what its real function checks (``multipleOf``, ``uniqueItems``, a union of
    shapes, its own ``x-`` keys); the toolbox offers only schemas it can validate and decode under
    (:data:`~purpose_team.tools.schema.SUPPORTED_KEYWORDS`), and would refuse the whole file for one such
    keyword. The function here only records its call, so the keyword goes into the description the model
    reads (``x-`` keys, for tools and not for models, are dropped), and a union whose branches all name a
    type becomes that list of types.
    """
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    words: list[str] = []
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: in_words(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            out[key] = in_words(value)
        elif key in SUPPORTED_KEYWORDS:
            out[key] = value
        elif not key.startswith("x-"):
            kinds = _branch_types(value) if key in ("anyOf", "oneOf") else None
            if kinds and "type" not in schema:
                out["type"] = kinds[0] if len(kinds) == 1 else kinds
            words.append(f"{key} {json.dumps(value, ensure_ascii=False)}")
    if words:
        said = str(out.get("description") or "").strip()
        out["description"] = "; ".join([said, *words] if said else words)
    return out


def _branch_types(branches: Any) -> list[str]:
    """The types a union's branches name, in order (empty unless each branch names its types)."""
    kinds: list[str] = []
    for branch in branches if isinstance(branches, list) else ():
        named = branch.get("type") if isinstance(branch, dict) else None
        if isinstance(named, str):
            named = [named]
        if not isinstance(named, list) or not named or not all(k in TYPES for k in named):
            return []
        kinds.extend(k for k in named if k not in kinds)
    return kinds


def _words(name: str) -> str:
    """A function's name as the words a request may use for it (``math.gcd`` -> ``math gcd``)."""
    return " ".join(_NOT_IN_NAMES.sub(" ", name.replace("_", " ")).split())


def _refused(function: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    """Why the expected call could never pass, or None: arguments the toolbox would refuse (a missing
    required one, a wrong type, a value outside an enum: validated against the function's normalized
    parameters as :meth:`ToolBox.call <purpose_team.tools.ToolBox.call>` validates), or a call the checker
    refuses (an argument the function does not have)."""
    schema = function["parameters"]
    errors = validate(coerce(arguments, schema), schema)
    if errors:
        return "; ".join(errors)
    return match_call(function, arguments, arguments)


class FunctionCallFile:
    """A suite read from a function-calling file (see the module docstring)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = self.path.stem
        self.description = f"function-calling requests from {self.path}; checked by the call's arguments"
        self.default_size = 0  # 0: every request in the file
        self.full_size = 0

    def cases(self, size: int, seed: int) -> list[EvalCase]:
        """``size`` requests (0: all), whole functions at a time in a seeded order, as ``fncall`` takes
        its own; the last function taken may contribute only some of its requests."""
        functions, requests = read_requests(self.path)
        if size > len(requests):
            raise ValidationError(f"{self.path} holds {len(requests)} requests; asked for {size}")
        taken = by_whole_functions(list(functions), requests, size or len(requests), f"{self.name}:{seed}")
        return [case_of(functions[r["function"]], r, self.name) for r in taken]


def read_suite_file(path: Path) -> FunctionCallFile | None:
    """A function-calling file as a suite, or None for a file of another format."""
    return FunctionCallFile(path) if is_function_file(path) else None
