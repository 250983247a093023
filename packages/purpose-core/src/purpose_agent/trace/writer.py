"""Write one JSONL trace file per episode, redacting secrets before anything touches the disk.

Each line is flushed as it is written, so a crashed episode still leaves a readable trace (the reader
reports a cut-off last line instead of failing). Files are created exclusively: a trace is never
overwritten.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from purpose_agent.errors import ValidationError
from purpose_agent.immune.redact import map_strings, redact_text
from purpose_agent.runmode import RunMode
from purpose_agent.trace.events import EventType, TraceEvent, TraceHeader

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.plugins import PluginManager


def new_trace_id() -> str:
    return f"tr_{datetime.now(UTC):%Y%m%dT%H%M%S}_{uuid.uuid4().hex[:10]}"


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


class TraceWriter:
    """One episode's trace. Use as a context manager; ``close()`` writes ``episode_finished``."""

    def __init__(
        self,
        target: str | Path,
        *,
        run_mode: RunMode | str,
        plugins: Sequence[Mapping[str, str]] | None = None,
        manager: PluginManager | None = None,
        trace_id: str | None = None,
        episode_id: str | None = None,
        task: str | None = None,
        meta: Mapping[str, Any] | None = None,
        redact: bool = True,
    ) -> None:
        self.trace_id = trace_id or new_trace_id()
        target = Path(target)
        self.path = target if target.suffix == ".jsonl" else target / f"{self.trace_id}.jsonl"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if plugins is None and manager is not None:
            plugins = manager.loaded_set()
        self._redact: Callable[[str], str] = redact_text if redact else (lambda s: s)
        self._seq = 0
        self.closed = False
        header = TraceHeader(
            trace_id=self.trace_id,
            episode_id=episode_id or self.trace_id,
            run_mode=RunMode.parse(run_mode).value,
            plugins=[dict(p) for p in plugins or ()],
            started_at=datetime.now(UTC).isoformat(),
            task=self._redact(task) if task is not None else None,
            meta=map_strings(_jsonable(dict(meta or {})), self._redact),
        )
        try:
            # a lone surrogate (invalid UTF-8 in a task or a tool's output) is written as "?", never a crash
            self._fh = self.path.open("x", encoding="utf-8", errors="replace")
        except FileExistsError:
            raise ValidationError(f"trace {self.path} already exists; traces are never overwritten") from None
        self._write(header.model_dump(mode="json"))

    def _write(self, record: dict[str, Any]) -> None:
        self._fh.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._fh.flush()

    # -- events -------------------------------------------------------------------------------------

    def event(self, type: EventType | str, data: Mapping[str, Any] | BaseModel | None = None) -> TraceEvent:
        """Append one event; strings anywhere in ``data`` are redacted first."""
        if self.closed:
            raise ValidationError(f"trace {self.trace_id} is closed; start a new TraceWriter")
        payload = map_strings(_jsonable(data if data is not None else {}), self._redact)
        if not isinstance(payload, dict):
            payload = {"value": payload}
        self._seq += 1
        try:
            event = TraceEvent(type=str(type), ts=time.time(), seq=self._seq, data=payload)
        except PydanticValidationError as exc:
            raise ValidationError(f"trace event: {exc.errors()[0]['msg']}") from None
        self._write(event.model_dump(mode="json"))
        return event

    def prompt_compiled(self, compiled: Any) -> TraceEvent:
        """Record what the compiler put in front of the model, above all which memory ids it showed."""
        data = {
            "shown_ids": list(getattr(compiled, "shown_ids", [])),
            "dropped": dict(getattr(compiled, "dropped", {}) or {}),
            "tokens": dict(getattr(compiled, "tokens", {}) or {}),
            "total_tokens": getattr(compiled, "total_tokens", None),
            "budget": getattr(compiled, "budget", None),
            "messages": [m.model_dump() for m in getattr(compiled, "messages", [])],
        }
        return self.event(EventType.PROMPT_COMPILED, data)

    def model_call(
        self, *, model: str, completion: Any, seconds: float | None = None, step: int | None = None
    ) -> TraceEvent:
        data: dict[str, Any] = {"model": model, "step": step}
        data["completion"] = _jsonable(completion)
        if seconds is not None:
            data["seconds"] = seconds
        return self.event(EventType.MODEL_CALL, data)

    def tool_call(self, *, name: str, arguments: Mapping[str, Any], call_id: str | None = None) -> TraceEvent:
        return self.event(
            EventType.TOOL_CALL, {"name": name, "arguments": dict(arguments), "call_id": call_id}
        )

    def observation(self, *, tool: str | None, result: Any, call_id: str | None = None) -> TraceEvent:
        return self.event(
            EventType.OBSERVATION, {"tool": tool, "result": _jsonable(result), "call_id": call_id}
        )

    def score(self, score: Any) -> TraceEvent:
        return self.event(EventType.SCORE, {"score": _jsonable(score)})

    def candidate_proposed(self, card: Any, *, optimizer: str | None = None) -> TraceEvent:
        return self.event(EventType.CANDIDATE_PROPOSED, {"card": _jsonable(card), "optimizer": optimizer})

    def close(self, *, status: str = "finished", **data: Any) -> None:
        if self.closed:
            return
        self.event(EventType.EPISODE_FINISHED, {"status": status, **data})
        self.closed = True
        self._fh.close()

    def __enter__(self) -> TraceWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is not None and not self.closed:
            self.close(status="error", error=f"{type(exc).__name__}: {exc}")
        else:
            self.close()
