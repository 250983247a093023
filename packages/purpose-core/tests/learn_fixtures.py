"""Shared by the learning-pipeline tests: a scripted riddle model whose behaviour is known in advance.

Without memory it answers only items whose number is divisible by four; a solved-case memory holding the
secret word makes it answer every item. So the gain, the replay decision and where a planted test item
sits are all known.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from purpose_agent import hookimpl
from purpose_agent.config import BudgetsConfig, PluginsConfig, Settings
from purpose_agent.llm.protocol import Message
from purpose_agent.plugins import PluginManager
from purpose_agent.testing import ScriptedBackend

CORE = [
    "core-memory-kinds",
    "core-store-sqlite",
    "core-strategy-react",
    "core-judge",
    "core-optimizer-cases",
    "core-suites",
]
WORD = "zebra"


def riddle_settings(tmp_path: Path, enabled: Sequence[str] = CORE) -> Settings:
    """A store and traces in ``tmp_path``, short budgets, only ``enabled`` plugins."""
    return Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=3, max_seconds=30),
        plugins=PluginsConfig(enabled=list(enabled)),
    )


def riddle_manager(settings: Settings) -> PluginManager:
    """The settings' plugins plus the keyword scanner, so memory CI has a detector to run."""
    from plugin_fixtures import keyword_scanner

    manager = PluginManager(settings).load()
    manager.register(keyword_scanner, name="keyword-scanner")
    return manager


def policy(messages: Sequence[Message]) -> str:
    prompt = "\n".join(m.content for m in messages)
    task = messages[-1].content
    number = int(re.findall(r"item (\d+)", task)[-1]) if re.findall(r"item (\d+)", task) else 1
    knows = f"-> {WORD}" in prompt
    answer = WORD if knows or number % 4 == 0 else "horse"
    return json.dumps({"action": "final_answer", "input": answer})


def write_suite(path: Path, n: int = 16, **extra: object) -> Path:
    lines = [
        json.dumps(
            {
                "input": f"What is the secret word for item {i}?",
                "expected": WORD,
                "checker": "exact",
                "task_type": "riddle",
                **extra,
            }
        )
        for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class ScriptedPlugin:
    def __init__(self) -> None:
        self.backend = ScriptedBackend(policy)

    @hookimpl
    def register_backends(self, registry):  # type: ignore[no-untyped-def]
        registry.add(lambda model, **settings: self.backend, name="scripted")

    @hookimpl
    def resolve_backend(self, model, settings):  # type: ignore[no-untyped-def]
        return "scripted" if model == "scripted" else None
