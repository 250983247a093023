"""The ``fncall`` suite: a request in plain words, one function offered as a real tool, checked by its call.

The data (``data/fncall.json``, made by ``scripts/make_fncall.py`` from a hand-written catalogue) holds
231 functions from 33 domains, each with a JSON schema (numbers, integers, enums, strings, booleans,
lists, optional parameters with defaults), and 466 requests phrased by hand in different styles, some
with unrelated numbers around the values to copy. Each case offers its function to the agent as a tool
made fresh for every episode; the tool checks nothing the toolbox has not already validated against the
schema, records the call and returns a deterministic receipt.

The checker is argument matching on the call the agent made: the episode's last call of the function
must name every argument the request gives, with equal values after normalisation (numbers within a
relative 1e-4, so ``2500`` equals ``2500.0``, integers exactly; enums and strings compared case-folded
with spaces, underscores and edge punctuation evened out; lists element by element, in order only where order
matters), and may send an optional argument the request does not give only with its default value. An
episode that never called the function passes only if its final answer writes the call out in full
(``name({...})``), which is also how the pre-flight check proves the checker accepts the right call.

Every case carries its function's name as its ``group``, so the harness splits by function: no function
of the test split is seen in training or validation.

The same code serves three more suites, by the same generator; only their data differs.
``fncall-unseen`` (``data/fncall_unseen.json``, from ``fncall_unseen_catalog.py``): 101 other functions
from 20 domains and sub-domains fncall has little of, phrased in other styles, written after the rules
that fill arguments from a request were frozen. It was meant as the transfer check, but since 4 December
(sessions 12-13) its traces and expected calls were read to find argument rules, so it is no longer blind.
``fncall-fresh`` (``data/fncall_fresh.json``, from ``fncall_fresh_catalog.py``): 100 more functions from
20 other domains, written on 5 December by someone who never saw the rules nor the other suites' requests;
it was the blind transfer check until its refused requests were read on 6 December (development data
since).
``fncall-sealed`` (``data/fncall_sealed.json``, from ``fncall_sealed_catalog.py``): 80 more functions from
16 other domains, written blind on 6 December (the rules and every other suite's functions and requests
unread, no model run on it); a second, sealed transfer check: report only its aggregate scores.
``fncall-shapes`` (derived, :mod:`purpose_suites.shapes`): ``fncall-fresh``'s requests with each function
declared as tool schemas are commonly written (Python's type names, pydantic's ``Optional``, ``$defs``
and ``$ref``, parameters inside an object): whether learning survives other shapes of schema.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import threading
import time
from functools import cache
from importlib import resources
from typing import Any

from purpose_agent.plugin import ToolResult, ValidationError
from purpose_learn import EvalCase

DATA = {
    "fncall": "data/fncall.json",
    "fncall-unseen": "data/fncall_unseen.json",
    "fncall-fresh": "data/fncall_fresh.json",
    "fncall-sealed": "data/fncall_sealed.json",
}
"""Each function-calling suite and its shipped data (all made by ``scripts/make_fncall.py``)."""
DERIVED = {"fncall-shapes": "fncall-fresh"}
"""Suites whose data is another's, its functions declared in other shapes (:mod:`purpose_suites.shapes`)."""
TASK_TYPE = "function-call"
_SPACE = re.compile(r"[\s_\-]+")
_EDGE = " .,;:!?\"'`()[]"


@cache
def load(suite: str = "fncall") -> dict[str, Any]:
    """The shipped functions and requests of ``suite`` (read once per process)."""
    if suite in DERIVED:
        from purpose_suites.shapes import reshaped

        data = reshaped(load(DERIVED[suite]))
    else:
        text = resources.files("purpose_suites").joinpath(DATA[suite]).read_text(encoding="utf-8")
        data = json.loads(text)
    data["by_name"] = {fn["name"]: fn for fn in data["functions"]}
    return data


# -- matching -----------------------------------------------------------------------------------------


def _norm_text(value: Any) -> str:
    return _SPACE.sub(" ", str(value).casefold()).strip(_EDGE).strip()


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", "").strip())
        except ValueError:
            return None
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _scalar_equal(expected: Any, got: Any, kind: str) -> bool:
    if kind in ("number", "integer"):
        number = _as_number(got)
        if number is None:
            return False
        if kind == "integer":  # a count or an id is right or wrong: 96372 is not 96371, however large
            return number == float(expected)
        return math.isclose(float(expected), number, rel_tol=1e-4, abs_tol=1e-6)
    if kind == "boolean":
        return _as_bool(got) is expected
    return isinstance(got, (str, int, float)) and _norm_text(expected) == _norm_text(got)


def _kind(prop: dict[str, Any]) -> str:
    kind = prop.get("type", "string")
    if isinstance(kind, list):  # ``[integer, null]``: the value's type
        kind = next((k for k in kind if k != "null"), "string")
    return str(kind)


def values_equal(expected: Any, got: Any, prop: dict[str, Any], ordered: bool) -> bool:
    """One argument's value against the expected one, under the normalisation the module doc states; an
    object's members each so (``prop`` in the subset ``normalize_schema`` gives)."""
    kind = _kind(prop)
    if kind == "object" and isinstance(prop.get("properties"), dict):
        return isinstance(got, dict) and _mismatch(prop, expected, got, ()) is None
    if kind != "array":
        return _scalar_equal(expected, got, kind)
    if not isinstance(got, list) or len(got) != len(expected):
        return False
    item = _kind(prop.get("items") or {})
    if ordered:
        return all(_scalar_equal(e, g, item) for e, g in zip(expected, got, strict=True))
    left = list(got)
    for e in expected:
        hit = next((i for i, g in enumerate(left) if _scalar_equal(e, g, item)), None)
        if hit is None:
            return False
        left.pop(hit)
    return True


def match_call(function: dict[str, Any], expected: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    """None when ``arguments`` is the right call for ``expected``; otherwise the first reason it is not.

    The function's schema is read as the toolbox reads it (``purpose_team.tools.normalize_schema``), so
    a function declared with pydantic's or Python's names is checked by what it means."""
    from purpose_team.tools import normalize_schema

    schema = normalize_schema(function["parameters"])
    return _mismatch(schema, expected, arguments, function.get("ordered", ()))


def _mismatch(schema: dict[str, Any], expected: dict[str, Any], arguments: Any, ordered: Any) -> str | None:
    props: dict[str, Any] = schema.get("properties") or {}
    if not isinstance(arguments, dict):
        return f"{arguments!r} is not an object"
    extra = sorted(set(arguments) - set(props))
    if extra:
        return f"unknown argument(s) {', '.join(extra)}"
    for name, prop in props.items():
        if name in expected:
            if name not in arguments:
                return f"missing {name}"
            if not values_equal(expected[name], arguments[name], prop, name in ordered):
                return f"{name}={arguments[name]!r}, expected {expected[name]!r}"
        elif name in arguments:
            if _kind(prop) == "object" and isinstance(prop.get("properties"), dict):
                # an object the request gives nothing for may hold only its members' defaults: sending
                # ``options: {"waste": 0.05}`` with 0.05 the default is leaving ``options`` out
                if _mismatch(prop, {}, arguments[name], ()) is None:
                    continue
            if "default" not in prop or not values_equal(prop["default"], arguments[name], prop, True):
                return f"{name}={arguments[name]!r} was not asked for"
    return None


def written_call(answer: str, name: str) -> dict[str, Any] | None:
    """The arguments of a call written out in ``answer`` as ``name({...})`` (or None)."""
    text = answer or ""
    start = text.find(f"{name}(")
    if start < 0:
        return None
    brace = text.find("{", start)
    if brace < 0:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(text[brace:])
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


# -- the tool and the checker ---------------------------------------------------------------------------


class FunctionTool:
    """One catalogue function as a real tool: records each call it gets and returns a receipt.

    The toolbox has already validated the arguments against ``parameters`` (an invalid call comes back
    to the agent as ``invalid_arguments`` and never reaches :meth:`run`). The receipt is deterministic
    (a digest of the function and its arguments), so a replay sees the same observation.
    """

    timeout_s = 5.0

    def __init__(self, function: dict[str, Any], calls: list[dict[str, Any]]) -> None:
        self.name = function["name"]
        self.description = function["description"]
        self.parameters: dict[str, Any] = function["parameters"]
        self.keywords = (function["domain"].replace("_", " "),)
        self._calls = calls

    def run(self, **arguments: Any) -> ToolResult:
        started = time.perf_counter()
        self._calls.append(dict(arguments))
        canonical = json.dumps(arguments, sort_keys=True, ensure_ascii=False)
        receipt = hashlib.sha256(f"{self.name}:{canonical}".encode()).hexdigest()[:10]
        output = json.dumps(
            {"function": self.name, "status": "done", "result_id": receipt, "arguments": arguments}
        )
        return ToolResult(output=output, data={"result_id": receipt}, seconds=time.perf_counter() - started)


class CallLog:
    """The calls of one case's latest episode in each thread: a fresh tool per episode; the checker reads
    the calls of the episode that ran in its own thread.

    An episode makes its tools, calls them and is judged in one thread, but the harness may run episodes
    of the same case side by side on several threads of one process (candidates replayed side by side,
    arms at once); one shared "latest" list then let one episode be scored on another's calls. So the
    calls are kept per thread (a plain dict, so the case still pickles for worker processes).
    """

    def __init__(self, function: dict[str, Any], expected: dict[str, Any]) -> None:
        self.function = function
        self.expected = expected
        self._calls: dict[int, list[dict[str, Any]]] = {}

    @property
    def latest(self) -> list[dict[str, Any]] | None:
        """The calls of this thread's latest episode of the case (None before its first)."""
        return self._calls.get(threading.get_ident())

    def tools(self) -> list[Any]:
        calls: list[dict[str, Any]] = []
        self._calls[threading.get_ident()] = calls
        return [FunctionTool(self.function, calls)]

    def verdict(self, answer: str) -> str | None:
        """None when the episode made the right call; otherwise why not."""
        latest = self.latest
        if latest:
            return match_call(self.function, self.expected, latest[-1])
        written = written_call(answer, self.function["name"])
        if written is None:
            return f"{self.function['name']} was never called"
        return match_call(self.function, self.expected, written)

    def check(self, answer: str, case: EvalCase) -> bool:
        return self.verdict(answer) is None


def expected_text(name: str, arguments: dict[str, Any]) -> str:
    return f"{name}({json.dumps(arguments, ensure_ascii=False)})"


def case_for(request: dict[str, Any], suite: str = "fncall") -> EvalCase:
    return case_of(load(suite)["by_name"][request["function"]], request, suite)


def case_of(function: dict[str, Any], request: dict[str, Any], suite: str) -> EvalCase:
    """One request as a case: its function offered as a fresh tool each episode, its call checked by
    :func:`match_call`, the function's name its group (the harness splits by function)."""
    log = CallLog(function, request["arguments"])
    return EvalCase(
        input=request["input"],
        expected=expected_text(function["name"], request["arguments"]),
        checker=log.check,
        tools=log.tools,
        task_type=TASK_TYPE,
        id=f"{suite}-{request['id']}",
        tags=[suite, function["domain"], function["name"]],
        group=function["name"],
    )


def fncall_cases(size: int, seed: int, suite: str = "fncall") -> list[EvalCase]:
    """``size`` requests of ``suite``, whole functions at a time in a seeded order (a larger size extends a
    smaller).

    The last function taken may contribute only some of its requests when ``size`` cuts it."""
    data = load(suite)
    total = len(data["requests"])
    if size > total:
        raise ValidationError(f"suite {suite!r} has {total} requests; asked for {size}")
    names = [fn["name"] for fn in data["functions"]]
    # a derived suite takes its source's requests in the same order: the same seed, the same split
    taken = by_whole_functions(names, data["requests"], size, f"{DERIVED.get(suite, suite)}:{seed}")
    return [case_for(req, suite) for req in taken]


def by_whole_functions(
    names: list[str], requests: list[dict[str, Any]], size: int, seed_key: str
) -> list[dict[str, Any]]:
    """The first ``size`` requests with the functions shuffled by ``seed_key``, each function's requests
    together and in their own order (so a larger size extends a smaller one)."""
    order = list(names)
    random.Random(seed_key).shuffle(order)
    by_function: dict[str, list[dict[str, Any]]] = {}
    for req in requests:
        by_function.setdefault(req["function"], []).append(req)
    return [req for name in order for req in by_function.get(name, ())][:size]


def fncall_unseen_cases(size: int, seed: int) -> list[EvalCase]:
    """``size`` requests of ``fncall-unseen``, taken exactly as :func:`fncall_cases` takes ``fncall``'s."""
    return fncall_cases(size, seed, "fncall-unseen")


def fncall_fresh_cases(size: int, seed: int) -> list[EvalCase]:
    """``size`` requests of ``fncall-fresh``, taken exactly as :func:`fncall_cases` takes ``fncall``'s."""
    return fncall_cases(size, seed, "fncall-fresh")


def fncall_shapes_cases(size: int, seed: int) -> list[EvalCase]:
    """``size`` requests of ``fncall-shapes``: ``fncall-fresh``'s, in the same order, each function
    declared in another shape (:mod:`purpose_suites.shapes`)."""
    return fncall_cases(size, seed, "fncall-shapes")


def fncall_sealed_cases(size: int, seed: int) -> list[EvalCase]:
    """``size`` requests of ``fncall-sealed``, taken exactly as :func:`fncall_cases` takes ``fncall``'s."""
    return fncall_cases(size, seed, "fncall-sealed")
