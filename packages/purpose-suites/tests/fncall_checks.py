"""Checks the function-calling suites' data share (imported by their tests)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import ToolBox


def assert_distinct_and_varied(texts: Sequence[str]) -> None:
    """Every request is distinct, and no single two-word opening covers more than a few percent of them."""
    inputs = [t.casefold() for t in texts]
    assert len(set(inputs)) == len(inputs)
    openings: dict[str, int] = {}
    for text in inputs:
        key = " ".join(text.split()[:2])
        openings[key] = openings.get(key, 0) + 1
    assert max(openings.values()) < 0.06 * len(inputs)


def changed(value: Any, prop: dict[str, Any]) -> Any:
    """One argument's value made wrong but still valid under its schema (inside its bounds)."""
    kind = prop["type"]
    if kind == "array":
        item = prop["items"]["type"]
        return [changed(value[0], {"type": item}), *value[1:]]
    if "enum" in prop:
        return next(m for m in prop["enum"] if m != value)
    if kind == "boolean":
        return not value
    if kind in ("number", "integer"):  # beyond the checker's relative 1e-4 (a large integer +1 is within)
        up = int(value * 1.01) + 1 if kind == "integer" else round(value * 1.01 + 1, 2)
        if up <= prop.get("maximum", up):
            return up
        return value - 1 if kind == "integer" else round((value + prop["minimum"]) / 2, 3)
    return value + " extra"


def assert_checker_takes_each_expected_call_and_refuses_each_changed_one(
    data: dict[str, Any], cases: Sequence[Any]
) -> None:
    """Each expected call passes the real toolbox and the suite's checker; each call with one argument
    changed (still valid under the schema) passes the toolbox and is refused by the checker."""
    for case in cases:
        props = data["by_name"][case.group]["parameters"]["properties"]
        right = json.loads(case.expected.split("(", 1)[1][:-1])
        (tool,) = case.tools()
        assert ToolBox([tool]).call(tool.name, right).status == "ok" and case.checker("done", case), case.id
        for name in right:
            (tool,) = case.tools()
            wrong = {**right, name: changed(right[name], props[name])}
            assert ToolBox([tool]).call(tool.name, wrong).status == "ok", (case.id, name)
            assert not case.checker("done", case), (case.id, name)
