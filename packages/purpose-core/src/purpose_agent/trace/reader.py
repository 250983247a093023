"""Read a trace back: header, events, and whether the episode finished or the file was cut off."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError

from purpose_agent.errors import ValidationError
from purpose_agent.trace.events import SCHEMA_VERSION, EventType, TraceEvent, TraceHeader


@dataclass
class Trace:
    path: Path
    header: TraceHeader
    events: list[TraceEvent] = field(default_factory=list)
    truncated: bool = False
    """The last line was cut off (the writer crashed mid-line); every complete line was still read."""

    @property
    def finished(self) -> bool:
        return bool(self.events) and self.events[-1].type == EventType.EPISODE_FINISHED

    def of_type(self, type: EventType | str) -> list[TraceEvent]:
        return [e for e in self.events if e.type == str(type)]

    def shown_ids(self) -> list[str]:
        """Every memory id any prompt of this episode showed, in first-shown order (for credit)."""
        seen: dict[str, None] = {}
        for event in self.of_type(EventType.PROMPT_COMPILED):
            for card_id in event.data.get("shown_ids", []):
                seen.setdefault(card_id, None)
        return list(seen)


def read_trace(path: str | Path) -> Trace:
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(f"{source}: no such trace file") from None
    truncated = bool(text) and not text.endswith("\n")  # a complete file ends with a newline
    complete = [line for line in text.split("\n") if line]
    if truncated:
        complete = complete[:-1]
    if not complete:
        raise ValidationError(f"{source}: empty trace (no complete header line)")
    try:
        head = json.loads(complete[0])
        header = TraceHeader.model_validate(head)
    except (json.JSONDecodeError, PydanticValidationError) as exc:
        raise ValidationError(f"{source}:1: not a trace header ({exc})") from None
    if header.schema_version > SCHEMA_VERSION:
        raise ValidationError(
            f"{source}: trace schema version {header.schema_version} is newer than this build reads "
            f"({SCHEMA_VERSION}); upgrade purpose-core"
        )
    trace = Trace(path=source, header=header, truncated=truncated)
    for number, line in enumerate(complete[1:], start=2):
        try:
            trace.events.append(TraceEvent.model_validate_json(line))
        except PydanticValidationError as exc:
            raise ValidationError(
                f"{source}:{number}: not a trace event ({exc.errors()[0]['msg']})"
            ) from None
    return trace


def iter_traces(directory: str | Path) -> Iterator[Trace]:
    for path in sorted(Path(directory).glob("*.jsonl")):
        yield read_trace(path)
