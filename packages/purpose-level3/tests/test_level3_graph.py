"""pa.Graph: typed state, conditional edges, cycles under a step limit, build-time refusal, Mermaid, agent
nodes, and checkpoints that let a run killed mid-way (a real SIGKILLed subprocess) finish identically."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from purpose_agent.plugin import BudgetExceededError
from purpose_level3.checkpoint import JsonCheckpointer, SqliteCheckpointer
from purpose_level3.graph import END, Graph, GraphError
from pydantic import BaseModel


class Draft(BaseModel):
    text: str = ""
    rounds: int = 0
    approved: bool = False


def write(state: Draft) -> dict:
    return {"text": state.text + f"v{state.rounds + 1};", "rounds": state.rounds + 1}


def review(state: Draft) -> dict:
    return {"approved": state.rounds >= 3}


def loop_graph(max_steps: int = 25) -> Graph[Draft]:
    g = Graph(Draft, max_steps=max_steps)
    g.add_node("write", write).add_node("review", review)
    g.add_edge("write", "review")
    g.add_conditional_edges(
        "review", lambda s: "done" if s.approved else "again", {"again": "write", "done": END}
    )
    return g


def test_a_cycle_runs_until_its_conditional_exit() -> None:
    result = loop_graph().run({"text": ""})
    assert result.state.text == "v1;v2;v3;" and result.state.approved
    assert result.visited == ["write", "review"] * 3 and result.steps == 6


def test_the_step_limit_stops_a_cycle() -> None:
    with pytest.raises(BudgetExceededError, match="step limit of 4"):
        loop_graph(max_steps=4).run({})


def test_build_time_refusals_name_the_problem() -> None:
    g = loop_graph()
    g.add_node("orphan", write).add_edge("orphan", END)
    with pytest.raises(GraphError, match="'orphan' cannot be reached"):
        g.compile()

    no_exit = Graph(Draft).add_node("a", write).add_node("b", review)
    no_exit.add_edge("a", "b").add_edge("b", "a")
    with pytest.raises(GraphError, match="no exit"):
        no_exit.compile()

    trap = Graph(Draft).add_node("a", write).add_node("b", review).add_node("c", write)
    trap.add_conditional_edges("a", lambda s: "b", ["b", "c"]).add_edge("b", END)
    trap.add_edge("c", "c")
    with pytest.raises(GraphError, match="from node\\(s\\) 'c' no path reaches END"):
        trap.compile()

    dangling = Graph(Draft).add_node("a", write).add_node("b", review).add_edge("a", "b")
    with pytest.raises(GraphError, match="'b' has no outgoing edge"):
        dangling.compile()

    unknown = Graph(Draft).add_node("a", write).add_edge("a", "missing")
    with pytest.raises(GraphError, match="'missing', which is not a node"):
        unknown.compile()
    with pytest.raises(GraphError, match="pydantic model"):
        Graph(dict)  # type: ignore[type-var]


def test_runtime_errors_are_clear() -> None:
    bad_router = Graph(Draft).add_node("a", write)
    bad_router.add_conditional_edges("a", lambda s: "elsewhere", {"end": END})
    with pytest.raises(GraphError, match="chose 'elsewhere'"):
        bad_router.run({})
    bad_type = Graph(Draft).add_node("a", lambda s: {"rounds": "many"}).add_edge("a", END)
    with pytest.raises(GraphError, match="invalid state"):
        bad_type.run({})
    bad_field = Graph(Draft).add_node("a", lambda s: {"colour": 1}).add_edge("a", END)
    with pytest.raises(GraphError, match="unknown state field"):
        bad_field.run({})


def test_mermaid_shows_nodes_and_labelled_conditional_edges() -> None:
    text = loop_graph().mermaid()
    assert text.startswith("flowchart TD")
    assert "__start__([start]) --> write" in text and "write --> review" in text
    assert "review -.->|again| write" in text and "review -.->|done| __end__([end])" in text


def test_a_json_checkpoint_resumes_after_a_crash_in_a_node(tmp_path: Path) -> None:
    calls: list[int] = []

    def flaky_review(state: Draft) -> dict:
        calls.append(state.rounds)
        if state.rounds == 2 and len(calls) == 2:
            raise RuntimeError("power cut")
        return review(state)

    g = loop_graph()
    g._nodes["review"].run = lambda state, *_: flaky_review(state)
    path = tmp_path / "run.json"
    with pytest.raises(RuntimeError):
        g.run({}, checkpoint=path, run_id="r1")
    saved = JsonCheckpointer(path).load("r1")
    assert saved is not None and saved.next_node == "review" and saved.state["rounds"] == 2
    result = g.run({}, checkpoint=path, run_id="r1")
    assert result.resumed_from == 3 and result.state.text == "v1;v2;v3;"
    assert result.visited == ["write", "review"] * 3
    assert not list(tmp_path.glob(".run.json.*")), "no temporary file left behind"
    other = Graph(Draft).add_node("write", write).add_edge("write", END)
    g2 = loop_graph()
    g2._nodes["review"].run = lambda state, *_: (_ for _ in ()).throw(RuntimeError("x"))
    with pytest.raises(RuntimeError):
        g2.run({}, checkpoint=path, run_id="r2")
    with pytest.raises(GraphError, match="different graph"):
        other.run({}, checkpoint=path, run_id="r2")


def test_graph_events_stream_in_order() -> None:
    stream = loop_graph().stream({})
    kinds = [(e.type, e.data.get("node")) for e in stream if e.type.startswith("node_")]
    assert kinds[:4] == [
        ("node_started", "write"),
        ("node_finished", "write"),
        ("node_started", "review"),
        ("node_finished", "review"),
    ]
    assert stream.result.state.approved


def test_an_agent_node_writes_its_answer_into_the_state(tmp_path: Path) -> None:
    from purpose_agent.plugin import BudgetsConfig, PluginsConfig, Settings
    from purpose_agent.testing import ScriptedBackend
    from purpose_level3.agent import Agent

    class Essay(BaseModel):
        topic: str
        summary: str = ""

    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=2),
        plugins=PluginsConfig(
            enabled=["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]
        ),
    )
    backend = ScriptedBackend(
        lambda messages: (
            json.dumps({"action": "final_answer", "input": "Tides follow the moon."})
            if "Task:" in messages[-1].content
            else json.dumps({"score": 0.9, "evidence": [], "reasoning": "ok"})
        ),
    )
    writer = Agent("writer", "Summarise the topic in one sentence.", backend=backend, settings=settings)
    g = Graph(Essay).add_node("summarise", writer, input="topic", output="summary").add_edge("summarise", END)
    events = []
    result = g.run({"topic": "tides"}, on_event=events.append)
    assert result.state.summary == "Tides follow the moon."
    assert "summarise[[summarise]]" in g.mermaid()
    assert any(e.type == "episode_finished" and e.source == "writer" for e in events)
    with pytest.raises(GraphError, match="does not have"):
        Graph(Essay).add_node("x", writer, output="nope")
    writer.close()


GRAPH_SCRIPT = textwrap.dedent(
    """
    import json, sys, time
    from pydantic import BaseModel
    from purpose_level3.graph import END, Graph

    class Counter(BaseModel):
        total: int = 0
        log: list[str] = []

    def add(state):
        time.sleep(0.15)
        with open(sys.argv[3], "a") as fh:
            fh.write(f"add {state.total}\\n")
        return {"total": state.total + 7, "log": [*state.log, f"add@{state.total}"]}

    def check(state):
        time.sleep(0.15)
        return {"log": [*state.log, f"check@{state.total}"]}

    g = Graph(Counter, max_steps=100)
    g.add_node("add", add).add_node("check", check).add_edge("add", "check")
    route = lambda s: "stop" if s.total >= 70 else "more"
    g.add_conditional_edges("check", route, {"more": "add", "stop": END})
    result = g.run({}, checkpoint=sys.argv[1], run_id=sys.argv[2])
    print(json.dumps({"state": result.state.model_dump(), "visited": result.visited,
                      "resumed_from": result.resumed_from}))
    """
)


def _run_graph(script: Path, db: Path, run_id: str, log: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(script), str(db), run_id, str(log)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_killed_run_resumes_from_its_checkpoint_to_the_same_result(tmp_path: Path) -> None:
    script = tmp_path / "graph_job.py"
    script.write_text(GRAPH_SCRIPT)
    db = tmp_path / "checkpoints.db"

    straight = _run_graph(script, db, "uninterrupted", tmp_path / "straight.log")
    out, err = straight.communicate(timeout=120)
    assert straight.returncode == 0, err
    expected = json.loads(out)

    victim = _run_graph(script, db, "killed", tmp_path / "killed.log")
    deadline = time.monotonic() + 60
    step = 0
    while time.monotonic() < deadline:
        with sqlite3.connect(db) as conn:
            row = conn.execute("SELECT max(step) FROM checkpoints WHERE run_id='killed'").fetchone()
        step = row[0] or 0
        if step >= 7:
            break
        time.sleep(0.02)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL and step >= 7
    saved = SqliteCheckpointer(db).load("killed")
    assert saved is not None and not saved.finished and saved.step < 20

    resumed = _run_graph(script, db, "killed", tmp_path / "killed.log")
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    final = json.loads(out)
    assert final["resumed_from"] is not None and final["resumed_from"] >= 7
    assert final["state"] == expected["state"] and final["visited"] == expected["visited"]
    assert final["state"]["total"] == 70
    added = (tmp_path / "killed.log").read_text().splitlines()
    assert len(added) - len(set(added)) <= 1, "at most the node running at the kill is repeated"


def test_a_team_can_be_a_graph_node_and_parallel_worker(tmp_path: Path) -> None:
    from purpose_agent.plugin import PluginManager, PluginsConfig, Settings
    from purpose_agent.testing import ScriptedBackend
    from purpose_level3.parallel import parallel
    from purpose_team import AgentTemplate, Team

    class Q(BaseModel):
        question: str
        answer: str = ""

    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "t"),
        plugins=PluginsConfig(
            enabled=["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]
        ),
    )
    team = Team(
        "Answer",
        [AgentTemplate(name="solver", role="Answer.")],
        settings=settings,
        manager=PluginManager(settings).load(),
        backend=ScriptedBackend(json.dumps({"action": "final_answer", "input": "4"}), repeat=True),
    )
    g = Graph(Q).add_node("team", team, input="question", output="answer").add_edge("team", END)
    events = list(stream := g.stream({"question": "2 + 2?"}))
    assert stream.result.state.answer == "4" and any(e.type == "token" for e in events)
    assert [o.result.answer for o in parallel(["1 + 3?", "3 + 1?"], team)] == ["4", "4"]
    team.close()


def test_a_finished_run_id_starts_afresh_without_stale_steps(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    long = loop_graph().run({}, checkpoint=db, run_id="same")
    assert long.steps == 6
    short = loop_graph().run({"rounds": 2}, checkpoint=db, run_id="same")
    assert short.steps == 2 and short.resumed_from is None
    saved = SqliteCheckpointer(db)
    assert [c.step for c in saved.history("same")] == [1, 2] and saved.load("same").finished


def test_a_graph_without_a_state_class_keeps_whatever_fields_it_is_given() -> None:
    graph = Graph()
    graph.add_node("double", lambda s: {"n": s.n * 2})
    graph.add_node("label", lambda s: {"label": f"n={s.n}"})
    graph.add_edge("double", "label")
    graph.add_edge("label", END)
    result = graph.compile().run({"n": 21})
    assert result.state.n == 42 and result.state.label == "n=42"
    assert result.visited == ["double", "label"]
