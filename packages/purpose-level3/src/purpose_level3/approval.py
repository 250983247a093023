"""Human in the loop: approval gates before chosen tools and before a memory is promoted.

A gate asks an approver (a function in code, the terminal, or a queue folder answered with
``purpose approvals approve <id>`` from another shell) and waits at most ``timeout_s``; what an
unanswered request means is the gate's stated policy (deny by default: silence is not consent). Denials
are not exceptions: a gated tool returns a ``refused`` observation the agent can read, and a denied
promotion rejects the card with the approver's reason in its audit log.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal, Protocol

from purpose_agent.plugin import ToolResult, ValidationError
from pydantic import BaseModel, Field

log = logging.getLogger("purpose_agent")

Kind = Literal["tool", "promotion"]


class ApprovalRequest(BaseModel):
    id: str = Field(default_factory=lambda: f"ap_{uuid.uuid4().hex[:12]}")
    kind: Kind
    subject: str
    """The tool name, or the card id for a promotion."""
    details: dict[str, Any] = Field(default_factory=dict)
    created: float = Field(default_factory=time.time)


class Decision(BaseModel):
    approved: bool
    by: str = "approver"
    reason: str = ""
    timed_out: bool = False


class Approver(Protocol):
    def __call__(self, request: ApprovalRequest, timeout_s: float) -> Decision | None:
        """The decision, or None when no answer came within ``timeout_s``."""
        ...


class ApprovalGate:
    """Which actions need approval, who approves, and what silence means.

    ``tools``: names of tools that need approval (None: every tool the gate wraps). ``promotions``:
    whether promoting a memory needs approval (a preference the user teaches is theirs already).
    """

    def __init__(
        self,
        approver: Approver | Callable[[ApprovalRequest], bool | Decision],
        *,
        tools: Iterable[str] | None = None,
        promotions: bool = False,
        timeout_s: float = 300.0,
        on_timeout: Literal["deny", "approve"] = "deny",
    ) -> None:
        if timeout_s <= 0:
            raise ValidationError("an approval timeout must be a positive number of seconds")
        if on_timeout not in ("deny", "approve"):
            raise ValidationError("on_timeout must be 'deny' or 'approve'")
        self.approver = approver if _takes_timeout(approver) else CallbackApprover(approver)  # type: ignore[arg-type]
        self.tools = set(tools) if tools is not None else None
        self.promotions = promotions
        self.timeout_s = timeout_s
        self.on_timeout = on_timeout
        self.history: list[tuple[ApprovalRequest, Decision]] = []
        self._lock = threading.Lock()

    def gates_tool(self, name: str) -> bool:
        return self.tools is None or name in self.tools

    def request(self, kind: Kind, subject: str, details: dict[str, Any] | None = None) -> Decision:
        request = ApprovalRequest(kind=kind, subject=subject, details=details or {})
        try:
            decision = self.approver(request, self.timeout_s)  # type: ignore[call-arg]
        except Exception as exc:  # a broken approver is a denial, never an approval
            decision = Decision(
                approved=False, by="gate", reason=f"approver failed: {type(exc).__name__}: {exc}"
            )
        if decision is None:
            decision = Decision(
                approved=self.on_timeout == "approve",
                by="timeout policy",
                reason=f"no answer within {self.timeout_s:g} s; policy is {self.on_timeout}",
                timed_out=True,
            )
        log.info("approval %s %s %s: %s (%s)", request.id, kind, subject, decision.approved, decision.reason)
        with self._lock:
            self.history.append((request, decision))
        return decision

    def wrap_tools(self, tools: Iterable[Any]) -> list[Any]:
        """The tools, each one this gate covers wrapped so that it runs only once approved."""
        return [GatedTool(t, self) if self.gates_tool(t.name) else t for t in tools]

    def wrap_store(self, store: Any) -> Any:
        """The store, with promotions waiting for this gate when it covers them."""
        return GatedStore(store, self) if self.promotions else store


def _takes_timeout(approver: Any) -> bool:
    return isinstance(approver, CallbackApprover | ConsoleApprover | QueueApprover)


class GatedTool:
    """A tool that asks its gate before each call; a denial is a ``refused`` observation."""

    def __init__(self, tool: Any, gate: ApprovalGate) -> None:
        self.tool = tool
        self.gate = gate
        self.name = tool.name
        self.description = tool.description
        self.parameters = tool.parameters
        self.examples = getattr(tool, "examples", [])
        # the toolbox's time limit must leave room for the human to answer
        self.timeout_s = float(tool.timeout_s) + gate.timeout_s

    def run(self, **arguments: Any) -> ToolResult:
        decision = self.gate.request("tool", self.name, {"arguments": arguments})
        if not decision.approved:
            return ToolResult(
                status="refused",
                error=f"{self.name} was not approved by {decision.by}: {decision.reason or 'denied'}",
            )
        return self.tool.run(**arguments)


class GatedStore:
    """A memory store whose promotions wait for the gate; everything else passes straight through."""

    def __init__(self, store: Any, gate: ApprovalGate) -> None:
        self._store = store
        self.gate = gate

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def transition(self, card_id: str, new_status: Any, *, reason: str, actor: str = "user") -> Any:
        from purpose_agent.plugin import MemoryStatus

        status = MemoryStatus(new_status)
        if status is MemoryStatus.PROMOTED and self.gate.promotions and actor != "user":
            card = self._store.get(card_id)
            decision = self.gate.request(
                "promotion", card_id, {"kind": card.kind, "content": card.content[:2000], "reason": reason}
            )
            if not decision.approved:
                why = (
                    f"promotion not approved by {decision.by}: {decision.reason or 'denied'} (was: {reason})"
                )
                return self._store.transition(card_id, MemoryStatus.REJECTED, reason=why, actor=decision.by)
            reason = f"{reason}; approved by {decision.by}"
        return self._store.transition(card_id, status, reason=reason, actor=actor)

    def transition_many(
        self, card_ids: Iterable[str], new_status: Any, *, reason: str, actor: str = "user"
    ) -> Any:
        from purpose_agent.plugin import MemoryStatus

        if MemoryStatus(new_status) is MemoryStatus.PROMOTED and self.gate.promotions and actor != "user":
            return [self.transition(c, new_status, reason=reason, actor=actor) for c in card_ids]
        return self._store.transition_many(list(card_ids), new_status, reason=reason, actor=actor)


# -- approvers --------------------------------------------------------------------------------------


class CallbackApprover:
    """Decide in code: ``fn(request) -> bool | Decision``, bounded by the gate's timeout."""

    def __init__(self, fn: Callable[[ApprovalRequest], bool | Decision]) -> None:
        self.fn = fn

    def __call__(self, request: ApprovalRequest, timeout_s: float) -> Decision | None:
        box: dict[str, Any] = {}

        def ask() -> None:
            try:
                box["answer"] = self.fn(request)
            except BaseException as exc:
                box["error"] = exc

        worker = threading.Thread(target=ask, daemon=True, name=f"approval-{request.id}")
        worker.start()
        worker.join(timeout_s)
        if worker.is_alive():
            return None
        if "error" in box:
            raise box["error"]
        answer = box.get("answer")
        return answer if isinstance(answer, Decision) else Decision(approved=bool(answer), by="code")


class ConsoleApprover:
    """Ask on the terminal (``y``/``n``, optionally followed by a reason)."""

    def __init__(self, stdin: Any = None, stdout: Any = None) -> None:
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stderr

    def __call__(self, request: ApprovalRequest, timeout_s: float) -> Decision | None:
        details = json.dumps(request.details, ensure_ascii=False)[:500]
        self.stdout.write(
            f"\nApproval needed ({request.kind}: {request.subject}) {details}\n"
            f"Approve? [y/N, {timeout_s:g} s] "
        )
        self.stdout.flush()
        box: dict[str, str] = {}
        reader = threading.Thread(target=lambda: box.setdefault("line", self.stdin.readline()), daemon=True)
        reader.start()
        reader.join(timeout_s)
        if "line" not in box:
            return None
        answer, _, reason = box["line"].strip().partition(" ")
        return Decision(approved=answer.lower() in ("y", "yes"), by="console", reason=reason.strip())


class QueueApprover:
    """Requests as files in ``folder/pending``; answers written by ``purpose approvals`` from any shell."""

    def __init__(self, folder: str | Path = ".purpose/approvals", *, poll_s: float = 0.2) -> None:
        self.folder = Path(folder)
        self.poll_s = poll_s

    def __call__(self, request: ApprovalRequest, timeout_s: float) -> Decision | None:
        pending = self.folder / "pending" / f"{request.id}.json"
        answer = self.folder / "answers" / f"{request.id}.json"
        pending.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(pending, request.model_dump_json())
        deadline = time.monotonic() + timeout_s
        try:
            while time.monotonic() < deadline:
                if answer.exists():
                    return Decision.model_validate_json(answer.read_text(encoding="utf-8"))
                time.sleep(self.poll_s)
            return None
        finally:
            pending.unlink(missing_ok=True)

    def pending(self) -> list[ApprovalRequest]:
        folder = self.folder / "pending"
        out = []
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                out.append(ApprovalRequest.model_validate_json(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                continue  # answered and removed while listing, or half-written
        return out

    def answer(self, request_id: str, *, approved: bool, by: str, reason: str = "") -> None:
        if not (self.folder / "pending" / f"{request_id}.json").exists():
            known = ", ".join(r.id for r in self.pending()) or "none"
            raise ValidationError(f"no pending approval {request_id!r}; pending: {known}")
        target = self.folder / "answers" / f"{request_id}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(target, Decision(approved=approved, by=by, reason=reason).model_dump_json())


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
