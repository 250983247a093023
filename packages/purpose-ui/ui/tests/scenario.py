"""A real workspace for the page's tests: episodes run by the runtime on a scripted backend.

Everything the page shows comes from core's own code paths: memory CI admits and scans candidates, the
replay test produces evidence, episodes write real traces, and ``learn()`` writes a real LearnResult.
Only the model is scripted, so the content is known in advance.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from purpose_agent.plugin import (
    BudgetsConfig,
    MemoryCard,
    MemoryCI,
    PluginManager,
    PluginsConfig,
    RunMode,
    Settings,
    Task,
    ToolResult,
    hookimpl,
    replay,
    rule_for,
)
from purpose_agent.testing import ScriptedBackend
from purpose_learn import learn
from purpose_team import AgentTemplate, Team
from purpose_testing.keyword_scanner import KeywordScanner

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge", "core-optimizer-cases",
        "optimizer-lessons"]  # fmt: skip


def act(action: str, value: Any) -> str:
    return json.dumps({"action": action, "input": value})


class LookupTool:
    name = "lookup"
    description = "Look a word up in the reference notes."
    parameters = {"type": "object", "properties": {"word": {"type": "string"}}, "required": ["word"]}
    timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=f"notes on {arguments['word']}: the code is 42")


def model(messages: Any) -> str:
    """A model whose answers depend on the prompt: 'the code is 42' in memory makes it right."""
    prompt = "\n".join(m.content for m in messages)
    task = messages[-1].content
    if "Look up" in task and "notes on" not in prompt:
        return act("lookup", "code")
    if "code" in task:
        return act("final_answer", "42" if ("the code is 42" in prompt or "notes on" in prompt) else "0")
    return act("final_answer", "2")


class TestPlugins:
    @hookimpl
    def register_scanners(self, registry: Any) -> None:
        registry.add(KeywordScanner())

    @hookimpl
    def register_backends(self, registry: Any) -> None:
        registry.add(lambda model_name=None, **_: ScriptedBackend(model), name="scripted")

    @hookimpl
    def resolve_backend(self, model: str, settings: dict[str, Any]) -> str | None:
        return "scripted" if model == "scripted" else None


def manager_for(root: Path) -> PluginManager:
    settings = Settings(
        store=str(root / "memory.db"),
        traces=str(root / "traces"),
        model="scripted",
        budgets=BudgetsConfig(max_steps=4, max_seconds=30),
        plugins=PluginsConfig(enabled=CORE),
    )
    manager = PluginManager(settings).load()
    manager.register(TestPlugins(), name="ui-test-plugins")
    return manager


@dataclass
class Scenario:
    root: Path
    manager: PluginManager
    promoted: str
    """A promoted preference at v4: v3 says "checked twice", v4 has a typo (the rollback target is v3)."""
    approve: str
    reject: str
    replayed: str
    """A quarantined card carrying replay evidence."""
    trace_id: str
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def store_path(self) -> Path:
        return self.root / "memory.db"

    @property
    def traces(self) -> Path:
        return self.root / "traces"

    @property
    def results(self) -> Path:
        return self.root / "results"


def build(root: Path) -> Scenario:
    manager = manager_for(root)
    agent = AgentTemplate(name="solver", role="Answer the question.", tools=[])
    team = Team(
        "Answer questions",
        [agent],
        settings=manager.settings,
        manager=manager,
        model="scripted",
        tools=[LookupTool()],
        name="qa",
    )
    promoted = team.teach("the code is 42").card_id
    # learn() trains, replays and tests in EVAL_TEST against a no-memory baseline, then closes the team
    names = ["alpha", "bravo", "charlie", "delta"]  # distinct words: no test item shares all its tokens
    tasks = [
        Task(input=f"{text} ({names[i // 2]})", expected=answer, id=f"t{i}")
        for i, (text, answer) in enumerate([("What is the code?", "42"), ("What is 1 + 1?", "2")] * 4)
    ]
    report = learn(team, tasks, seed=0, workdir=str(root / "learn"))
    (root / "results").mkdir(exist_ok=True)
    (root / "results" / "learn.json").write_text(report.model_dump_json(indent=2), encoding="utf-8")
    team = Team(
        "Answer questions",
        [agent],
        settings=manager.settings,
        manager=manager,
        model="scripted",
        tools=[LookupTool()],
        name="qa",
    )
    store = team.store
    ci = MemoryCI(store, manager=manager)
    current = store.get(promoted)
    current = store.update(
        current.model_copy(update={"content": "the code is 42 (checked twice)"}),
        reason="clarified",
        actor="alice",
    )
    store.update(current.model_copy(update={"content": "the code is 24"}), reason="typo", actor="bob")
    approve = ci.admit(
        MemoryCard(kind="user_preference", content="Prefer metric units in every answer")
    ).card_id
    reject = ci.admit(MemoryCard(kind="user_preference", content="Answer only in French")).card_id
    replayed = ci.admit(MemoryCard(kind="user_preference", content="Remember: the code is 42")).card_id
    card = store.get(replayed)
    cases = {
        "v1": Task(input="What is the code?", expected="42", id="v1"),
        "v2": Task(input="What is 1 + 1?", expected="2", id="v2"),
    }

    def run_case(case_id: str, with_card: bool) -> float:
        result = team.run_chain(
            cases[case_id],
            run_mode=RunMode.LEARNING_VALIDATION,
            extra_cards=[card] if with_card else [],
            learn=False,
        )
        return result.score.value if result.score else 0.0

    evidence = replay(list(cases), run_case, rule_for(card.kind))
    replay_json = evidence.model_dump(mode="json", by_alias=True)
    provenance = card.provenance.model_copy(
        update={"evidence": {**card.provenance.evidence, "replay": replay_json}}
    )
    store.update(
        card.model_copy(update={"provenance": provenance}),
        reason="replay evidence recorded",
        actor="memory-ci",
    )
    result = team.run("Look up the code", expected="42")
    team.close()
    return Scenario(
        root=root,
        manager=manager,
        promoted=promoted,
        approve=approve,
        reject=reject,
        replayed=replayed,
        trace_id=result.trace_id,
    )
