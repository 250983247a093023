"""The riddle: a scripted model whose learning is known in advance, for tests of the learning pipeline and
of every executor (sequential, threads, processes, Ray) that must reproduce its result.

Without memory the model answers only items whose number is divisible by four; a solved-case memory holding
the secret word makes it answer every item. So the gain, the replay decision and where a planted test item
sits are all known. :class:`RiddleBackend` pickles (worker processes and Ray tasks get a copy, and import
it from this installed module); an optional delay plays a server's latency.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from purpose_agent.plugin import (
    BaseBackend,
    BudgetsConfig,
    Capabilities,
    Completion,
    Message,
    PluginManager,
    PluginsConfig,
    Settings,
    Usage,
)
from purpose_team import Team

#: the kernel's plugins a riddle episode needs
KERNEL = [
    "core-memory-kinds",
    "core-store-sqlite",
    "core-strategy-react",
    "core-judge",
    "core-optimizer-cases",
    "optimizer-lessons",
]
#: and a learning run (purpose-learn: the pipeline, ``purpose learn``, the arithmetic suites); tests add
#: theirs, e.g. ``"executors"``
CORE = [*KERNEL, "learn"]
WORD = "zebra"


def policy(messages: Sequence[Message]) -> str:
    """The model's reply: the secret word when the prompt shows it or the item's number is divisible by
    four, else a wrong guess."""
    prompt = "\n".join(m.content for m in messages)
    found = re.findall(r"item (\d+)", messages[-1].content)
    number = int(found[-1]) if found else 1
    answer = WORD if f"-> {WORD}" in prompt or number % 4 == 0 else "horse"
    return json.dumps({"action": "final_answer", "input": answer})


def write_suite(path: Path, n: int = 16, **extra: object) -> Path:
    """A JSONL suite of ``n`` riddle items (``extra`` is added to every item)."""
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


class RiddleBackend(BaseBackend):
    """The riddle's :func:`policy` as a picklable backend."""

    name = "riddle"
    model = "riddle"
    context_size = 4096
    capabilities = Capabilities(json_schema=True, tools=True, streaming=True, seed=True)

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s

    def complete(self, messages: Sequence[Message], **options: Any) -> Completion:
        if self.delay_s:
            time.sleep(self.delay_s)
        text = self.reply(messages)
        prompt = "\n".join(m.content for m in messages)
        tokens = Usage(prompt_tokens=len(prompt.split()), completion_tokens=len(text.split()))
        return Completion(text=text, usage=tokens, model=self.model)

    def reply(self, messages: Sequence[Message]) -> str:
        return policy(messages)

    def count_tokens(self, text: str) -> int:
        return len(text.split())


class PidBackend(RiddleBackend):
    """Answers with the id of the process that ran the episode (which worker, or the coordinator)."""

    name = "pid"

    def reply(self, messages: Sequence[Message]) -> str:
        return json.dumps({"action": "final_answer", "input": str(os.getpid())})


class WorkerExitBackend(RiddleBackend):
    """Ends the process it answers in, unless that is the coordinator (``home``): a worker that dies
    mid-episode, as one did when llama.cpp refused a grammar."""

    name = "worker-exit"

    def __init__(self, home: int) -> None:
        super().__init__()
        self.home = home

    def reply(self, messages: Sequence[Message]) -> str:
        if os.getpid() != self.home:
            os._exit(3)
        return json.dumps({"action": "final_answer", "input": "here"})


def riddle_settings(tmp_path: Path, enabled: Sequence[str] = CORE) -> Settings:
    """A store and traces in ``tmp_path``, short budgets, only ``enabled`` plugins."""
    return Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=3, max_seconds=30),
        plugins=PluginsConfig(enabled=list(enabled)),
    )


def riddle_manager(settings: Settings) -> PluginManager:
    """The settings' plugins plus a keyword scanner, so memory CI has a detector to run."""
    from purpose_testing import keyword_scanner  # lazy: a plugin module, registered only here

    manager = PluginManager(settings).load()
    manager.register(keyword_scanner, name="keyword-scanner")
    return manager


def run_riddle(
    tmp_path: Path, name: str, settings: Settings, manager: PluginManager, executor: Any, **extra: Any
) -> tuple[Any, list[tuple[str, int, int]]]:
    """A two-seed benchmark of the no-memory baseline against the learning arm on a 16-item riddle suite
    in ``tmp_path / name``, run on ``executor``; returns the result and the progress events (needs
    purpose-learn)."""
    from purpose_learn import BASELINE, Arm, LearnConfig, run_learning  # lazy: only learning tests need it

    config = LearnConfig(
        suite=str(write_suite(tmp_path / "secret.jsonl")),
        seeds=[0, 1],
        arms=[BASELINE, Arm(name="full")],
        workdir=str(tmp_path / name),
        agents=["solver"],
        **extra,
    )
    events: list[tuple[str, int, int]] = []
    progress: Callable[[str, int, int], None] = lambda s, d, t: events.append((s, d, t))  # noqa: E731
    result = run_learning(
        config,
        make_team=Team.build,
        settings=settings,
        manager=manager,
        backend=RiddleBackend(),
        executor=executor,
        progress=progress,
    )
    return result, events
