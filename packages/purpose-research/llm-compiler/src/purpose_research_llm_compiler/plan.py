"""The plan: a DAG of tool calls whose arguments may refer to earlier results (``$1``, ``${2}``).

The planner model emits the plan as JSON under a schema (tool names as an enum), so a small model cannot
name a tool that does not exist. Dependencies are the union of what the model declared and what its
arguments refer to, because models often use a result without declaring it; a declared dependency on an
id no call has is dropped (small models copy the task's numbers there) and recorded in ``repairs``. A
plan with a cycle, a ``$N`` naming no call, or a repeated id is refused with a sentence the planner can
correct from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import ValidationError
from pydantic import BaseModel, Field

REFERENCE = re.compile(r"\$\{?(\d+)\}?")
MAX_CALLS = 12


class PlanError(ValidationError):
    """The planner's output is not a usable DAG (cycle, unknown dependency, repeated id)."""


class PlannedCall(BaseModel):
    id: int
    tool: str
    args: dict[str, Any] = Field(default_factory=dict)
    deps: list[int] = Field(default_factory=list)


class Plan(BaseModel):
    calls: list[PlannedCall]
    repairs: list[str] = Field(default_factory=list)
    """What validation changed (declared dependencies on ids no call has are dropped)."""

    def call(self, call_id: int) -> PlannedCall:
        return next(c for c in self.calls if c.id == call_id)

    def levels(self) -> list[list[int]]:
        """Ids grouped by depth: every call of a level can run at the same time."""
        depth: dict[int, int] = {}
        ids = {c.id for c in self.calls}
        for call in self.calls:  # validated plans are topologically sortable; see validate_plan
            depth[call.id] = 0
        changed = True
        while changed:
            changed = False
            for call in self.calls:
                want = max((depth[d] + 1 for d in call.deps if d in ids), default=0)
                if want != depth[call.id]:
                    depth[call.id], changed = want, True
        out: dict[int, list[int]] = {}
        for call_id, d in depth.items():
            out.setdefault(d, []).append(call_id)
        return [out[d] for d in sorted(out)]


def references(value: Any) -> set[int]:
    """Ids of results an argument value refers to."""
    if isinstance(value, str):
        return {int(m) for m in REFERENCE.findall(value)}
    if isinstance(value, dict):
        return set().union(*(references(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(references(v) for v in value)) if value else set()
    return set()


def substitute(value: Any, results: dict[int, str]) -> Any:
    """Replace ``$N`` references with result N's text; a whole-value reference keeps its exact text."""
    if isinstance(value, str):
        return REFERENCE.sub(lambda m: results.get(int(m.group(1)), m.group(0)), value)
    if isinstance(value, dict):
        return {k: substitute(v, results) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, results) for v in value]
    return value


def plan_schema(
    tool_names: Sequence[str],
    max_calls: int = MAX_CALLS,
    parameters: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """The planner's output schema. ``parameters`` (the tools' argument schemas) constrain ``args``:
    left free, a 135M model nests objects until the token limit. ``deps`` comes before ``args`` so it is
    written while the model still has tokens."""
    args: dict[str, Any] = {"type": "object"}
    if len(parameters) == 1:
        args = dict(parameters[0])
    elif parameters:
        args = {"anyOf": [dict(p) for p in parameters]}
    return {
        "type": "object",
        "properties": {
            "calls": {
                "type": "array",
                "minItems": 1,
                "maxItems": max_calls,
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer", "enum": list(range(1, max_calls + 1))},
                        "tool": {"type": "string", "enum": list(tool_names)},
                        "deps": {
                            "type": "array",
                            "items": {"type": "integer", "enum": list(range(1, max_calls + 1))},
                            "maxItems": max_calls,
                        },
                        "args": args,
                    },
                    "required": ["id", "tool", "deps", "args"],
                },
            }
        },
        "required": ["calls"],
    }


def validate_plan(data: Any, tool_names: Sequence[str], done: Sequence[int] = ()) -> Plan:
    """A checked :class:`Plan` from the planner's JSON, or :class:`PlanError` saying what to fix.

    ``done`` holds the ids of calls an earlier plan already ran: a replan may refer to their results.
    """
    if not isinstance(data, dict) or not isinstance(data.get("calls"), list) or not data["calls"]:
        raise PlanError('the plan must be {"calls": [...]} with at least one call')
    try:
        plan = Plan.model_validate(data)
    except Exception as exc:
        raise PlanError(f"the plan does not match its schema: {exc}") from None
    ids = [c.id for c in plan.calls]
    if len(set(ids)) != len(ids):
        raise PlanError(f"call ids repeat ({ids}); give each call its own id")
    reused = sorted(set(ids) & set(done))
    if reused:
        raise PlanError(f"ids {reused} were used by earlier calls; number new calls from {max(done) + 1}")
    known = set(tool_names)
    for call in plan.calls:
        if call.tool not in known:
            raise PlanError(f"call {call.id} uses unknown tool {call.tool!r}; tools: {', '.join(known)}")
        known_ids = set(ids) | set(done)
        # Small models put the task's numbers into "deps"; a declared dependency on an id no call has
        # carries no information, so it is dropped. A "$N" in the arguments must name a real call.
        stray = sorted(d for d in set(call.deps) if d not in known_ids or d == call.id)
        if stray:
            plan.repairs.append(f"call {call.id}: dropped deps {stray} that name no other call")
        used = references(call.args)
        missing = sorted(used - known_ids)
        if missing:
            raise PlanError(f"call {call.id} uses the result of {missing}, which no call has as id")
        call.deps = sorted((set(call.deps) - set(stray)) | used)
        if call.id in call.deps:
            raise PlanError(f"call {call.id} depends on itself")
    _check_acyclic(plan, set(done))
    return plan


def _check_acyclic(plan: Plan, done: set[int]) -> None:
    remaining = {c.id: set(c.deps) - done for c in plan.calls}
    while remaining:
        ready = [i for i, deps in remaining.items() if not deps]
        if not ready:
            raise PlanError(f"the calls {sorted(remaining)} depend on each other in a cycle; break it")
        for i in ready:
            del remaining[i]
        for deps in remaining.values():
            deps.difference_update(ready)
