"""The memory card: one typed, scoped, versioned piece of learned knowledge and where it came from.

Cards are immutable values (``frozen``); a change is a new card with a higher version, written through the
store so history stays complete. Validation happens at construction: the kind must be registered, the
structured fields must match the kind's schema, content and scope must be sane. Pass a catalog through
validation context (``MemoryCard.model_validate(data, context={"kinds": catalog})``) to validate against
something other than the process-wide plugin set.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic import ValidationError as PydanticValidationError

from purpose_agent.errors import ValidationError
from purpose_agent.memory.kinds import MAX_CONTENT_CHARS, MAX_FIELDS_CHARS, KindCatalog, default_catalog
from purpose_agent.memory.status import MemoryStatus
from purpose_agent.memory.text import flatten_fields

#: Names used in scopes (teams, agents, task types, tools).
SCOPE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:/\-]{0,63}$")
CARD_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,79}$")


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_card_id() -> str:
    return f"mem_{uuid.uuid4().hex[:20]}"


class MemoryScope(BaseModel):
    """Where a card applies. Every dimension that is set must match the asking context.

    A scope with nothing set is global. ``global`` may be given explicitly, but a card cannot be global
    and scoped at once: that contradiction is refused rather than guessed at.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True)

    global_: bool = Field(default=False, alias="global")
    team: str | None = None
    agent: str | None = None
    task_type: str | None = None
    tool_names: tuple[str, ...] = ()

    @field_validator("team", "agent", "task_type")
    @classmethod
    def _name(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not SCOPE_NAME.match(value):
            raise ValueError(
                f"{value!r} is not a valid scope name: use 1-64 letters, digits or '_.:/-', "
                f"starting with a letter or digit"
            )
        return value

    @field_validator("tool_names", mode="before")
    @classmethod
    def _tools(cls, value: Any) -> tuple[str, ...]:
        if isinstance(value, str):
            raise ValueError("give tool_names as a list of tool names, not one string")
        names = tuple(value or ())
        for name in names:
            if not isinstance(name, str) or not SCOPE_NAME.match(name):
                raise ValueError(f"{name!r} is not a valid tool name")
        return tuple(sorted(set(names)))

    @model_validator(mode="after")
    def _global_or_scoped(self) -> MemoryScope:
        scoped = bool(self.team or self.agent or self.task_type or self.tool_names)
        if self.global_ and scoped:
            raise ValueError(
                "global: a global scope cannot also name a team, agent, task_type or tool_names; "
                "drop 'global' or the narrower names"
            )
        if not scoped and not self.global_:
            object.__setattr__(self, "global_", True)
        return self

    @property
    def is_global(self) -> bool:
        return self.global_

    def specificity(self) -> int:
        """How many dimensions are narrowed: more specific cards rank a little higher in their context."""
        return sum(bool(x) for x in (self.team, self.agent, self.task_type, self.tool_names))

    def applies_to(self, context: MemoryScope | None) -> bool:
        """Whether a card with this scope may be shown in ``context`` (None: no scope filter)."""
        if context is None or self.is_global:
            return True
        if self.team and self.team != context.team:
            return False
        if self.agent and self.agent != context.agent:
            return False
        if self.task_type and self.task_type != context.task_type:
            return False
        return not self.tool_names or bool(set(self.tool_names) & set(context.tool_names))


class Provenance(BaseModel):
    """Where a card came from, so every memory can be explained and traced back to evidence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source_traces: tuple[str, ...] = ()
    optimizer: str | None = None
    evidence: dict[str, Any] = Field(default_factory=dict)


class Utility(BaseModel):
    """How a card has paid its way: times shown, times it helped, and a learned value estimate."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    shown: int = Field(default=0, ge=0)
    helped: int = Field(default=0, ge=0)
    q_value: float = Field(default=0.5, ge=0.0, le=1.0)


class MemoryCard(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", serialize_by_alias=True)

    id: str = Field(default_factory=new_card_id)
    kind: str = "user_preference"
    """Defaults to a user preference: free text a person wrote, the kind ``team.teach`` gives too."""
    content: str
    fields: dict[str, Any] = Field(default_factory=dict)
    scope: MemoryScope = Field(default_factory=MemoryScope)
    status: MemoryStatus = MemoryStatus.CANDIDATE
    version: int = Field(default=1, ge=1)
    provenance: Provenance = Field(default_factory=Provenance)
    trust: float = Field(default=0.5, ge=0.0, le=1.0)
    utility: Utility = Field(default_factory=Utility)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not CARD_ID.match(value):
            raise ValueError(f"{value!r} is not a valid card id: use 1-80 letters, digits or '_.:-'")
        return value

    @field_validator("content")
    @classmethod
    def _content(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("content is empty; a memory card must say something")
        if len(value) > MAX_CONTENT_CHARS:
            raise ValueError(
                f"content has {len(value)} characters, over the limit of {MAX_CONTENT_CHARS}; "
                f"split it into several cards or summarise it"
            )
        if "\x00" in value:
            raise ValueError("content contains a NUL character")
        return value

    @field_validator("kind")
    @classmethod
    def _kind(cls, value: str, info: ValidationInfo) -> str:
        catalog = _catalog(info)
        if catalog is not None:
            catalog.get(value)  # raises ValueError naming the registered kinds
        return value

    @model_validator(mode="after")
    def _fields(self, info: ValidationInfo) -> MemoryCard:
        catalog = _catalog(info)
        if catalog is not None and self.kind in catalog:
            spec = catalog.get(self.kind)
            if len(self.content) > spec.max_content_chars:
                raise ValueError(
                    f"content has {len(self.content)} characters, over the limit of "
                    f"{spec.max_content_chars} for kind {self.kind!r}; split or summarise it"
                )
            object.__setattr__(self, "fields", spec.validate_fields(self.fields))
        size = len(json.dumps(self.fields, ensure_ascii=False, default=str))
        if size > MAX_FIELDS_CHARS:
            raise ValueError(
                f"fields serialize to {size} characters, over the limit of {MAX_FIELDS_CHARS}; "
                f"move long text into separate cards"
            )
        return self

    # -- views --------------------------------------------------------------------------------------

    def text_for_scan(self) -> str:
        """Content and every structured field flattened into one string: what the immune system scans.

        Structured fields are where an attack hides in a skill card (a tool argument, a step note), so
        they are scanned with their paths, not just the prose.
        """
        lines = [self.content, *flatten_fields(self.fields)]
        return "\n".join(lines)

    def search_text(self) -> str:
        """What lexical retrieval indexes: the scanned text plus the tool names the card is scoped to."""
        extra = " ".join(self.scope.tool_names)
        text = self.text_for_scan()
        return f"{text}\n{extra}" if extra else text

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    # -- constructors that raise the project's error type ------------------------------------------

    @classmethod
    def create(cls, *, kinds: KindCatalog | None = None, **data: Any) -> MemoryCard:
        """Build a card; bad input raises :class:`~purpose_agent.errors.ValidationError` naming the field."""
        return cls.parse(data, kinds=kinds)

    @classmethod
    def parse(
        cls, data: Mapping[str, Any], *, kinds: KindCatalog | None = None, where: str = "memory card"
    ) -> MemoryCard:
        context = {"kinds": kinds} if kinds is not None else None
        try:
            return cls.model_validate(dict(data), context=context)
        except PydanticValidationError as exc:
            raise ValidationError(f"{where}: {describe_errors(exc)}") from None


def _catalog(info: ValidationInfo) -> KindCatalog | None:
    context = info.context if isinstance(info.context, Mapping) else None
    if context is not None and "kinds" in context:
        return context["kinds"]  # None means: do not check kinds (reading trusted rows)
    return default_catalog()


def describe_errors(exc: PydanticValidationError) -> str:
    """``field.path: message`` for every problem, so the user can find the bad field."""
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        msg = str(err["msg"]).removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown field"
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)
