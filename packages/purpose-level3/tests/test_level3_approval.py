"""Approval gates: before chosen tools (code, terminal, and a queue answered by the real `purpose
approvals` CLI in another process) and before promotion, with the timeout policy."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import BudgetsConfig, PluginsConfig, Settings, ToolResult, ValidationError
from purpose_agent.testing import ScriptedBackend
from purpose_level3.agent import Agent
from purpose_level3.approval import (
    ApprovalGate,
    ConsoleApprover,
    Decision,
    GatedTool,
    QueueApprover,
)

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]


class Transfer:
    name = "transfer"
    description = "Transfer money to an account."
    parameters = {"type": "object", "properties": {"to": {"type": "string"}}, "required": ["to"]}
    timeout_s = 2.0

    def __init__(self) -> None:
        self.done: list[str] = []

    def run(self, **arguments: Any) -> ToolResult:
        self.done.append(arguments["to"])
        return ToolResult(output=f"sent to {arguments['to']}")


def test_code_approver_allows_and_denies_and_the_agent_reads_the_refusal(tmp_path: Path) -> None:
    tool = Transfer()
    gate = ApprovalGate(lambda request: request.details["arguments"]["to"] == "alice", tools=["transfer"])

    def policy(messages: Any) -> str:
        prompt = messages[-1].content
        if "Choose the next action" not in prompt:
            return json.dumps({"score": 0.5, "evidence": [], "reasoning": "-"})
        if "->" in prompt:
            return json.dumps({"action": "final_answer", "input": prompt.split("-> ")[-1].split("\n")[0]})
        return json.dumps({"action": "transfer", "input": "mallory" if "mallory" in prompt else "alice"})

    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "t"),
        budgets=BudgetsConfig(max_steps=3),
        plugins=PluginsConfig(enabled=CORE),
    )
    agent = Agent(
        "clerk",
        "Make transfers.",
        tools=[tool],
        backend=ScriptedBackend(policy),
        settings=settings,
        approval=gate,
    )
    ok = agent.run("Pay alice")
    denied = agent.run("Pay mallory")
    assert ok.answer == "sent to alice" and tool.done == ["alice"]
    assert denied.steps[0].tool_status == "refused" and "not approved by code" in denied.steps[0].observation
    assert [d.approved for _, d in gate.history] == [True, False]
    agent.close()


def test_timeout_policy_decides_an_unanswered_request() -> None:
    slow = lambda request: time.sleep(2) or True  # noqa: E731
    deny = GatedTool(Transfer(), ApprovalGate(slow, timeout_s=0.2))
    result = deny.run(to="bob")
    assert result.status == "refused" and "no answer within 0.2 s; policy is deny" in result.error
    allow_tool = Transfer()
    allow = GatedTool(allow_tool, ApprovalGate(slow, timeout_s=0.2, on_timeout="approve"))
    assert allow.run(to="bob").ok and allow_tool.done == ["bob"]
    assert deny.timeout_s == pytest.approx(2.2), "the toolbox waits for the human too"
    broken = GatedTool(Transfer(), ApprovalGate(lambda r: 1 / 0))
    assert "approver failed: ZeroDivisionError" in broken.run(to="x").error
    with pytest.raises(ValidationError):
        ApprovalGate(slow, timeout_s=0)


def test_console_approver_reads_the_answer_and_reason() -> None:
    out = io.StringIO()
    gate = ApprovalGate(ConsoleApprover(io.StringIO("y looks fine\n"), out), timeout_s=5)
    decision = gate.request("tool", "transfer", {"arguments": {"to": "bob"}})
    assert decision == Decision(approved=True, by="console", reason="looks fine")
    assert "Approval needed (tool: transfer)" in out.getvalue()
    no = ApprovalGate(ConsoleApprover(io.StringIO("n\n"), io.StringIO())).request("tool", "x")
    assert not no.approved


def test_a_queue_request_is_answered_by_the_cli_in_another_process(tmp_path: Path) -> None:
    folder = tmp_path / "approvals"
    gate = ApprovalGate(QueueApprover(folder, poll_s=0.05), timeout_s=30)
    box: dict[str, Decision] = {}
    worker = threading.Thread(
        target=lambda: box.setdefault("d", gate.request("tool", "transfer", {"to": "z"}))
    )
    worker.start()
    queue = QueueApprover(folder)
    deadline = time.monotonic() + 10
    while not queue.pending() and time.monotonic() < deadline:
        time.sleep(0.05)
    request_id = queue.pending()[0].id
    cli = [
        sys.executable,
        "-c",
        "import sys, argparse; from purpose_level3.approvals_cmd import configure, run;"
        " p = argparse.ArgumentParser(); configure(p); sys.exit(run(p.parse_args(sys.argv[1:])))",
    ]
    listed = subprocess.run(
        [*cli, "--folder", str(folder), "list"], capture_output=True, text=True, timeout=60
    )
    assert request_id in listed.stdout
    answered = subprocess.run(
        [*cli, "--folder", str(folder), "deny", request_id, "--reason", "not today"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert answered.returncode == 0, answered.stderr
    worker.join(10)
    assert not box["d"].approved and box["d"].reason == "not today" and box["d"].by.startswith("cli:")
    assert queue.pending() == []
    with pytest.raises(ValidationError, match="no pending approval"):
        queue.answer("ap_missing", approved=True, by="me")


def test_promotions_wait_for_approval_and_a_denial_rejects_with_the_reason(tmp_path: Path) -> None:
    from purpose_agent.plugin import MemoryCard, MemoryCI

    asked: list[str] = []

    def approver(request: Any) -> Decision:
        asked.append(request.details["content"])
        return Decision(approved="good" in request.details["content"], by="reviewer", reason="checked")

    gate = ApprovalGate(approver, promotions=True)
    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "t"),
        immune="off",
        plugins=PluginsConfig(enabled=CORE),
    )
    agent = Agent("a", "x", backend=ScriptedBackend("{}"), settings=settings, approval=gate)
    store = agent.team.store
    ci = MemoryCI(store, manager=agent.team.manager)
    ids = []
    for text in ("a good habit: check units", "a bad habit: skip checks"):
        outcome = ci.admit(MemoryCard(kind="user_preference", content=text, trust=0.5))
        assert outcome.status == "quarantined", outcome
        ids.append(outcome.card_id)
        ci.promote_without_replay(outcome.card_id, "reviewed", actor="memory-ci")
    assert store.get(ids[0]).status.value == "promoted" and store.get(ids[1]).status.value == "rejected"
    assert any("not approved by reviewer" in a.reason for a in store.audit(ids[1]))
    assert any("approved by reviewer" in a.reason for a in store.audit(ids[0]))
    taught = agent.team.teach("Always answer in French")
    assert taught.status == "promoted" and len(asked) == 2, "what the user teaches needs no second approval"
    agent.close()
