"""Memory kinds: what a card is, the shape of its structured fields, how it reads in a prompt.

Kinds are strings, not a closed enum, so a plugin can add an eighth kind through the
``register_memory_kinds`` hook and have it validated, stored, retrieved and formatted like the seven
built-ins. :class:`MemoryKind` names the built-ins for code that wants a constant.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from purpose_agent.errors import ValidationError

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.memory.card import MemoryCard
    from purpose_agent.plugins import PluginManager

#: A kind name: lower-case identifier, so it is safe in URLs, SQL values and file names.
KIND_NAME = re.compile(r"^[a-z][a-z0-9_]{1,47}$")

#: Hard ceiling on a card's content; a kind may set a lower one.
MAX_CONTENT_CHARS = 8000
#: Ceiling on the serialized structured fields of one card.
MAX_FIELDS_CHARS = 16000


class MemoryKind(enum.StrEnum):
    PURPOSE_CONTRACT = "purpose_contract"
    USER_PREFERENCE = "user_preference"
    SKILL_CARD = "skill_card"
    EPISODIC_CASE = "episodic_case"
    FAILURE_PATTERN = "failure_pattern"
    CRITIC_CALIBRATION = "critic_calibration"
    TOOL_POLICY = "tool_policy"


Formatter = Callable[["MemoryCard"], str]


@dataclass(frozen=True)
class MemoryKindSpec:
    """Everything core needs to know about one kind; registered through ``register_memory_kinds``.

    ``retrieval_weight`` multiplies a card's lexical relevance, so a kind a small model learns well from
    (solved cases, procedures) outranks abstract advice of equal relevance. ``section`` and
    ``prompt_order`` decide under which heading, and how early, the compiler shows it.
    """

    name: str
    schema: type[BaseModel]
    formatter: Formatter
    retrieval_weight: float = 1.0
    description: str = ""
    section: str = "Notes"
    prompt_order: int = 50
    max_content_chars: int = MAX_CONTENT_CHARS

    def __post_init__(self) -> None:
        if not KIND_NAME.match(self.name):
            raise ValidationError(
                f"memory kind name {self.name!r} is invalid: use 2-48 lower-case letters, digits or '_', "
                f"starting with a letter"
            )
        if not 0.0 < self.retrieval_weight <= 10.0:
            raise ValidationError(f"memory kind {self.name!r}: retrieval_weight must be in (0, 10]")
        if not 1 <= self.max_content_chars <= MAX_CONTENT_CHARS:
            raise ValidationError(
                f"memory kind {self.name!r}: max_content_chars must be between 1 and {MAX_CONTENT_CHARS}"
            )

    def validate_fields(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """Validate structured fields against the schema; return them normalized as plain JSON data."""
        try:
            model = self.schema.model_validate(dict(fields))
        except PydanticValidationError as exc:
            problems = "; ".join(
                f"fields.{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
            )
            raise ValueError(f"{problems} (kind {self.name!r})") from None
        return model.model_dump(mode="json")

    def format(self, card: MemoryCard) -> str:
        return self.formatter(card)


class KindCatalog:
    """The kinds one store or compiler works with, looked up by name."""

    def __init__(self, specs: Iterable[MemoryKindSpec]) -> None:
        self._specs: dict[str, MemoryKindSpec] = {}
        for spec in specs:
            if spec.name in self._specs:
                raise ValidationError(f"memory kind {spec.name!r} is defined twice")
            self._specs[spec.name] = spec

    def get(self, name: str) -> MemoryKindSpec:
        spec = self._specs.get(name)
        if spec is None:
            known = ", ".join(sorted(self._specs)) or "none (is the core-memory-kinds plugin disabled?)"
            raise ValueError(f"unknown memory kind {name!r}; registered kinds: {known}")
        return spec

    def names(self) -> list[str]:
        return list(self._specs)

    def specs(self) -> list[MemoryKindSpec]:
        return list(self._specs.values())

    def weight(self, name: str) -> float:
        spec = self._specs.get(name)
        return spec.retrieval_weight if spec is not None else 1.0

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __len__(self) -> int:
        return len(self._specs)

    @classmethod
    def from_manager(cls, manager: PluginManager) -> KindCatalog:
        """The kinds every enabled plugin registered (the built-ins come from ``core-memory-kinds``)."""
        registry = manager.memory_kinds()
        cached = _CATALOG_CACHE.get(id(registry))
        if cached is not None and cached[0] is registry:
            return cached[1]
        catalog = cls(registry.items())
        _CATALOG_CACHE.clear()
        _CATALOG_CACHE[id(registry)] = (registry, catalog)
        return catalog


_CATALOG_CACHE: dict[int, tuple[Any, KindCatalog]] = {}


def builtin_catalog() -> KindCatalog:
    """The seven built-in kinds without consulting any plugin manager (tools, tests, offline use)."""
    from purpose_agent.memory.builtin_kinds import BUILTIN_KINDS

    return KindCatalog(BUILTIN_KINDS)


def default_catalog() -> KindCatalog:
    """The process-wide catalog: what the process-wide plugin manager's plugins registered."""
    from purpose_agent.plugins import get_plugin_manager

    return KindCatalog.from_manager(get_plugin_manager())
