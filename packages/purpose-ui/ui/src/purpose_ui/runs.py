"""One trace turned into a readable timeline (finding and listing traces is :mod:`purpose_ui.catalog`'s job).

A file that cannot be read is shown with its error rather than hiding the rest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from purpose_agent.plugin import PurposeError, Trace, read_trace


@dataclass
class RunSummary:
    trace_id: str
    path: Path
    task: str = ""
    started_at: str = ""
    agent: str = ""
    team: str = ""
    run_mode: str = ""
    status: str = ""
    score: float | None = None
    memories: int = 0
    finished: bool = False
    truncated: bool = False
    error: str | None = None


@dataclass
class Step:
    """One row of the timeline: what happened, when (seconds from the start), and its details."""

    kind: str
    title: str
    at: float
    seq: int
    lines: list[tuple[str, str]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)
    memories: list[dict[str, Any]] = field(default_factory=list)
    score: float | None = None


def summarize(path: Path) -> RunSummary:
    summary = RunSummary(trace_id=path.stem, path=path)
    try:
        trace = read_trace(path)
    except PurposeError as exc:
        summary.error = str(exc)
        return summary
    h = trace.header
    summary.trace_id = h.trace_id
    summary.task = h.task or ""
    summary.started_at = h.started_at[:19].replace("T", " ")
    summary.agent = str(h.meta.get("agent", ""))
    summary.team = str(h.meta.get("team", ""))
    summary.run_mode = h.run_mode
    summary.finished, summary.truncated = trace.finished, trace.truncated
    summary.memories = len(trace.shown_ids())
    if trace.finished:
        data = trace.events[-1].data
        summary.status = str(data.get("status", ""))
        summary.score = _number(data.get("score"))
    else:
        summary.status = "cut off" if trace.truncated else "running"
    return summary


def read(path: Path) -> Trace:
    """The trace at ``path`` (a path the catalog found, never one taken from a request)."""
    return read_trace(path)


def timeline(trace: Trace, lookup: Any = None) -> list[Step]:
    """Events as steps; ``lookup(card_id)`` returns the card (or None) so shown memories get their text."""
    start = trace.events[0].ts if trace.events else 0.0
    steps: list[Step] = []
    for event in trace.events:
        data = event.data
        step = Step(kind=event.type, title=event.type.replace("_", " "), at=event.ts - start, seq=event.seq)
        builder = _BUILDERS.get(event.type, _generic)
        builder(step, data, lookup)
        steps.append(step)
    return steps


def _prompt(step: Step, data: dict[str, Any], lookup: Any) -> None:
    shown = list(data.get("shown_ids") or [])
    step.title = f"prompt compiled: {len(shown)} memor{'y' if len(shown) == 1 else 'ies'} shown"
    step.lines.append(("tokens", f"{data.get('total_tokens', '?')} of a budget of {data.get('budget', '?')}"))
    tokens = data.get("tokens") or {}
    if tokens:
        step.lines.append(("by part", ", ".join(f"{k} {v}" for k, v in tokens.items())))
    dropped = data.get("dropped") or {}
    if dropped:
        step.lines.append(("dropped", _short(json.dumps(dropped, ensure_ascii=False), 300)))
    for card_id in shown:
        card = lookup(card_id) if lookup is not None else None
        step.memories.append(
            {
                "id": card_id,
                "kind": getattr(card, "kind", "?"),
                "status": getattr(getattr(card, "status", None), "value", "not in this store"),
                "content": getattr(card, "content", ""),
            }
        )
    step.messages = [
        {"role": str(m.get("role", "?")), "content": str(m.get("content", ""))}
        for m in data.get("messages") or []
        if isinstance(m, dict)
    ]


def _model(step: Step, data: dict[str, Any], lookup: Any) -> None:
    action = data.get("action", "?")
    step.title = f"model call {data.get('step', '')}: {action}".replace("  ", " ")
    args = data.get("arguments")
    if args is not None:
        step.lines.append(("arguments", _short(json.dumps(args, ensure_ascii=False), 600)))
    for key in ("followed_suggestion", "raw", "text", "error"):
        if key in data and data[key] not in (None, "", False):
            step.lines.append((key, _short(str(data[key]), 600)))


def _tool(step: Step, data: dict[str, Any], lookup: Any) -> None:
    step.title = f"tool call: {data.get('tool', '?')} ({data.get('status', '?')})"
    step.lines.append(("arguments", _short(json.dumps(data.get("arguments"), ensure_ascii=False), 600)))


def _observation(step: Step, data: dict[str, Any], lookup: Any) -> None:
    step.lines.append(("text", _short(str(data.get("text", "")), 1500)))


def _score(step: Step, data: dict[str, Any], lookup: Any) -> None:
    score = data.get("score") if isinstance(data.get("score"), dict) else data
    step.score = _number(score.get("value"))
    step.title = f"judge score: {step.score if step.score is not None else '?'}"
    for key in ("evaluator", "reasoning", "confidence"):
        if score.get(key) not in (None, ""):
            step.lines.append((key, _short(str(score[key]), 600)))
    for item in score.get("evidence") or []:
        step.lines.append(("evidence", _short(str(item), 300)))


def _candidate(step: Step, data: dict[str, Any], lookup: Any) -> None:
    step.title = f"candidate proposed: {data.get('kind', '?')} ({data.get('status', '?')} when proposed)"
    card_id = str(data.get("card_id", ""))
    card = lookup(card_id) if lookup is not None and card_id else None
    step.memories.append(
        {
            "id": card_id,
            "kind": data.get("kind", "?"),
            "status": getattr(getattr(card, "status", None), "value", "not in this store"),
            "content": getattr(card, "content", ""),
        }
    )
    for key in ("optimizer", "reason"):
        if data.get(key):
            step.lines.append((key, str(data[key])))


def _finished(step: Step, data: dict[str, Any], lookup: Any) -> None:
    step.score = _number(data.get("score"))
    step.title = f"episode finished: {data.get('status', '?')}"
    for key in ("answer", "score", "seconds", "tokens", "error"):
        if data.get(key) not in (None, ""):
            value = data[key]
            text = f"{value:.3f}" if isinstance(value, float) else str(value)
            step.lines.append((key, _short(text, 600)))


def _generic(step: Step, data: dict[str, Any], lookup: Any) -> None:
    for key, value in data.items():
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        step.lines.append((str(key), _short(text, 600)))


_BUILDERS = {
    "prompt_compiled": _prompt,
    "model_call": _model,
    "tool_call": _tool,
    "observation": _observation,
    "score": _score,
    "candidate_proposed": _candidate,
    "episode_finished": _finished,
}


def _number(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
