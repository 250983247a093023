"""Team templates are data: the built-in ``teams.toml`` plus the user's ``[teams.*]`` tables."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from typing import Any

from purpose_agent.plugin import ConfigError
from pydantic import BaseModel, Field
from pydantic import ValidationError as PydanticValidationError


class AgentTemplate(BaseModel):
    name: str
    role: str
    tools: list[str] = Field(default_factory=list)
    model: str | None = None
    strategy: str | None = None
    """A registered strategy name (``react``, ``lats``, ...); default: the ``strategy`` setting."""


class TeamTemplate(BaseModel):
    keywords: list[str] = Field(default_factory=list)
    agents: list[AgentTemplate] = Field(min_length=1)


def builtin_templates() -> dict[str, TeamTemplate]:
    text = resources.files("purpose_team").joinpath("teams.toml").read_text(encoding="utf-8")
    return {name: TeamTemplate.model_validate(t) for name, t in tomllib.loads(text).items()}


def load_templates(user: dict[str, Any] | None = None) -> dict[str, TeamTemplate]:
    templates = builtin_templates()
    for name, raw in (user or {}).items():
        try:
            templates[name] = TeamTemplate.model_validate(raw)
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"])
            raise ConfigError(f"[teams.{name}] {loc}: {first['msg']}") from None
    return templates


def choose_template(purpose: str, templates: dict[str, TeamTemplate]) -> str:
    """The template whose keywords occur most often in the purpose; ``general`` when none does."""
    words = set(re.findall(r"[a-z]+", purpose.casefold()))
    best, hits = "general", 0
    for name, template in templates.items():
        n = len(words & {k.casefold() for k in template.keywords})
        if n > hits:
            best, hits = name, n
    return best if best in templates else next(iter(templates))
