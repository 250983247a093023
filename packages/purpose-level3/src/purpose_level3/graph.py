"""``pa.Graph``: agents and functions as nodes over a typed shared state, with conditional edges and cycles.

A node reads the state and returns the fields it changes (a dict, a model, or None); the update is
validated against the state model, so a node cannot put a string where the state says int. Edges are
fixed (``add_edge``) or chosen by a router function from a declared set of targets
(``add_conditional_edges``), which is what lets :meth:`Graph.compile` refuse, before anything runs, a
graph with an unknown endpoint, an unreachable node or a node from which the end cannot be reached.
Cycles are allowed and bounded by ``max_steps``. With ``checkpoint=`` the state is saved after every
node, so a run killed mid-way resumes at the next node with the same state.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from purpose_agent.plugin import BudgetExceededError, ValidationError
from purpose_team import EventCallback, emitter
from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

from purpose_level3.checkpoint import Checkpoint, Checkpointer, open_checkpointer

START = "__start__"
END = "__end__"

S = TypeVar("S", bound=BaseModel)


class GraphError(ValidationError):
    """The graph is malformed (refused at build time) or a router chose a target it did not declare."""


class GraphResult(BaseModel, Generic[S]):
    state: Any
    """The final state (an instance of the graph's state model)."""
    visited: list[str] = Field(default_factory=list)
    steps: int = 0
    run_id: str = ""
    resumed_from: int | None = None
    """The step a checkpoint resumed at, or None for a run from the start."""


@dataclass
class _Node:
    name: str
    run: Callable[[Any, EventCallback | None, bool], Any]
    """(state, event callback, stream tokens) -> update"""
    kind: str


@dataclass
class _Route:
    router: Callable[[Any], str]
    targets: dict[str, str]
    """router result -> node name"""


class FreeState(BaseModel):
    """The state of a graph built without a state class: whatever fields the input and nodes give."""

    model_config = ConfigDict(extra="allow")


@dataclass
class Graph(Generic[S]):
    """Build with ``add_node``/``add_edge``/``add_conditional_edges``, then ``compile()`` and ``run``.

    ``state`` is a pydantic model class describing the shared state (fields checked on every update);
    without one (``Graph()``) the state is free-form: any field a node or the input sets is kept.
    """

    state: type[S] = FreeState  # type: ignore[assignment]
    max_steps: int = 25
    _nodes: dict[str, _Node] = field(default_factory=dict)
    _edges: dict[str, str] = field(default_factory=dict)
    _routes: dict[str, _Route] = field(default_factory=dict)
    _entry: str | None = None

    def __post_init__(self) -> None:
        if not (isinstance(self.state, type) and issubclass(self.state, BaseModel)):
            raise GraphError("Graph(state=...) needs a pydantic model class describing the shared state")

    # -- building -----------------------------------------------------------------------------------

    def add_node(
        self,
        name: str,
        node: Any,
        *,
        input: str | Callable[[Any], str] | None = None,
        output: str | None = None,
    ) -> Graph[S]:
        """Add a function ``f(state) -> dict | model | None`` or an agent.

        For an agent, ``input`` is the state field (or a function of the state) that becomes its task and
        ``output`` the field its answer is written to (default: a field named after the node).
        """
        if name in (START, END) or not name or name in self._nodes:
            raise GraphError(f"node name {name!r} is reserved or already used; choose another")
        if hasattr(node, "run") and hasattr(node, "name") and not inspect.isfunction(node):
            self._nodes[name] = _Node(name, self._agent_runner(name, node, input, output), "agent")
        elif callable(node):
            self._nodes[name] = _Node(name, _function_runner(node), "function")
        else:
            raise GraphError(f"node {name!r} must be a function of the state or an Agent, got {node!r}")
        if self._entry is None:
            self._entry = name
        return self

    @property
    def _open(self) -> bool:
        """The state takes fields it does not declare (``Graph()`` without a state class)."""
        return self.state.model_config.get("extra") == "allow"

    def _agent_runner(
        self, name: str, agent: Any, input: str | Callable[[Any], str] | None, output: str | None
    ) -> Callable[[Any, EventCallback | None, bool], Any]:
        fields = self.state.model_fields
        target = output or name
        if target not in fields and not self._open:
            raise GraphError(
                f"agent node {name!r} writes its answer to state field {target!r}, which "
                f"{self.state.__name__} does not have; add the field or pass output='<field>'"
            )
        if isinstance(input, str) and input not in fields and not self._open:
            raise GraphError(f"agent node {name!r} reads state field {input!r}, which does not exist")

        def run(state: Any, on_event: EventCallback | None, stream_tokens: bool) -> dict[str, Any]:
            if callable(input):
                task = input(state)
            elif isinstance(input, str):
                task = str(getattr(state, input))
            else:
                task = state.model_dump_json()
            if on_event is None:
                result = agent.run(task)
            else:
                result = agent.run(task, on_event=on_event, stream_tokens=stream_tokens)
            return {target: result.answer}

        return run

    def set_entry(self, name: str) -> Graph[S]:
        self._entry = name
        return self

    def add_edge(self, source: str, target: str) -> Graph[S]:
        if source == START:
            return self.set_entry(target)
        if source in self._edges or source in self._routes:
            raise GraphError(
                f"node {source!r} already has an outgoing edge; use add_conditional_edges to branch"
            )
        self._edges[source] = target
        return self

    def add_conditional_edges(
        self, source: str, router: Callable[[Any], str], targets: Sequence[str] | Mapping[str, str]
    ) -> Graph[S]:
        """After ``source``, go where ``router(state)`` says; ``targets`` lists every place it may say."""
        if source in self._edges or source in self._routes:
            raise GraphError(f"node {source!r} already has an outgoing edge")
        mapping = dict(targets) if isinstance(targets, Mapping) else {t: t for t in targets}
        if not mapping:
            raise GraphError(f"conditional edges from {source!r} need at least one target")
        self._routes[source] = _Route(router, mapping)
        return self

    # -- checking -----------------------------------------------------------------------------------

    def _successors(self, name: str) -> set[str]:
        if name in self._edges:
            return {self._edges[name]}
        if name in self._routes:
            return set(self._routes[name].targets.values())
        return set()

    def compile(self) -> Graph[S]:
        """Refuse a graph that cannot run correctly, with every problem named; returns the graph."""
        problems: list[str] = []
        if not self._nodes:
            raise GraphError("the graph has no nodes; add_node(...) first")
        if self._entry not in self._nodes:
            problems.append(f"the entry {self._entry!r} is not a node")
        for source in [*self._edges, *self._routes]:
            if source not in self._nodes:
                problems.append(f"an edge starts at {source!r}, which is not a node")
            for target in self._successors(source):
                if target != END and target not in self._nodes:
                    problems.append(f"an edge from {source!r} goes to {target!r}, which is not a node")
        for name in self._nodes:
            if not self._successors(name):
                problems.append(f"node {name!r} has no outgoing edge; add_edge({name!r}, END) if it finishes")
        if problems:
            raise GraphError("graph refused: " + "; ".join(problems))
        reachable = self._reach({self._entry or ""}, self._successors)
        unreachable = sorted(set(self._nodes) - reachable)
        if unreachable:
            raise GraphError(
                f"graph refused: node(s) {', '.join(map(repr, unreachable))} cannot be reached from "
                f"the entry {self._entry!r}; connect them or remove them"
            )
        predecessors: dict[str, set[str]] = {}
        for name in self._nodes:
            for target in self._successors(name):
                predecessors.setdefault(target, set()).add(name)
        can_finish = self._reach({END}, lambda n: predecessors.get(n, set()))
        stuck = sorted(set(self._nodes) - can_finish)
        if END not in self._reach({self._entry or ""}, self._successors):
            raise GraphError("graph refused: it has no exit; no path from the entry reaches END")
        if stuck:
            raise GraphError(
                f"graph refused: from node(s) {', '.join(map(repr, stuck))} no path reaches END, "
                "so a run that gets there can never finish; add an exit edge"
            )
        return self

    @staticmethod
    def _reach(start: set[str], successors: Callable[[str], set[str]]) -> set[str]:
        seen, todo = set(start), list(start)
        while todo:
            for nxt in successors(todo.pop()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    def fingerprint(self) -> str:
        shape = {
            "nodes": sorted((n.name, n.kind) for n in self._nodes.values()),
            "edges": sorted(self._edges.items()),
            "routes": sorted((s, sorted(r.targets.items())) for s, r in self._routes.items()),
            "entry": self._entry,
            "state": sorted(self.state.model_fields),
        }
        return hashlib.sha256(json.dumps(shape).encode()).hexdigest()[:16]

    # -- picturing ----------------------------------------------------------------------------------

    def mermaid(self) -> str:
        """The graph as Mermaid flowchart text (paste into any Markdown viewer that renders Mermaid)."""
        lines = ["flowchart TD", f"    {START}([start]) --> {self._entry}"]
        for name, node in self._nodes.items():
            shape = f"{name}[[{name}]]" if node.kind == "agent" else f"{name}[{name}]"
            lines.append(f"    {shape}")
        for source, target in self._edges.items():
            lines.append(f"    {source} --> {_mermaid_id(target)}")
        for source, route in self._routes.items():
            for label, target in route.targets.items():
                lines.append(f"    {source} -.->|{label}| {_mermaid_id(target)}")
        lines.append(f"    {END}([end])")
        return "\n".join(lines)

    # -- running ------------------------------------------------------------------------------------

    def run(
        self,
        state: S | Mapping[str, Any] | None = None,
        *,
        checkpoint: str | Path | Checkpointer | None = None,
        run_id: str | None = None,
        on_event: EventCallback | None = None,
        stream_tokens: bool = False,
    ) -> GraphResult[S]:
        """Run from the entry (or resume ``run_id`` from its unfinished checkpoint) to END."""
        self.compile()
        saver = open_checkpointer(checkpoint) if checkpoint is not None else None
        run_id = run_id or (uuid.uuid4().hex[:12] if saver is None else "default")
        fingerprint = self.fingerprint()
        emit = emitter(on_event, "graph")
        previous = saver.load(run_id) if saver is not None else None
        if previous is not None and not previous.finished:
            if previous.graph != fingerprint:
                raise GraphError(
                    f"checkpoint for run {run_id!r} was written by a different graph; use a new run_id "
                    "or delete the checkpoint"
                )
            current = self._validated(previous.state)
            node, step, visited = previous.next_node, previous.step, list(previous.visited)
            resumed: int | None = step
            emit("resumed", run_id=run_id, step=step, node=node)
        else:
            current = self._validated(state if state is not None else {})
            node, step, visited, resumed = self._entry, 0, [], None
            if saver is not None and previous is not None:
                clear = getattr(saver, "clear", None)
                if clear is not None:  # a finished run's later steps must not outlive a shorter new run
                    clear(run_id)
        while node is not None and node != END:
            if step >= self.max_steps:
                raise BudgetExceededError(
                    f"graph run {run_id!r} reached its step limit of {self.max_steps} at node {node!r}; "
                    "raise max_steps or make the cycle's exit condition reachable"
                )
            current = self._step(node, current, on_event, stream_tokens)
            visited.append(node)
            step += 1
            node = self._next(node, current)
            if saver is not None:
                saver.save(
                    Checkpoint(
                        run_id=run_id,
                        graph=fingerprint,
                        step=step,
                        next_node=None if node == END else node,
                        state=current.model_dump(mode="json"),
                        visited=visited,
                        finished=node == END,
                    )
                )
                emit("checkpoint", run_id=run_id, step=step, next=node)
        emit("done", run_id=run_id, steps=step)
        return GraphResult(state=current, visited=visited, steps=step, run_id=run_id, resumed_from=resumed)

    def _validated(self, value: Any) -> S:
        if isinstance(value, self.state):
            return value
        try:
            return self.state.model_validate(dict(value))
        except PydanticValidationError as exc:
            raise ValidationError(f"graph state is not a valid {self.state.__name__}: {exc}") from None

    def _step(self, name: str, state: S, on_event: EventCallback | None, stream_tokens: bool = False) -> S:
        node = self._nodes[name]
        emit = emitter(on_event, f"graph:{name}")
        emit("node_started", node=name)
        update = node.run(state, on_event, stream_tokens)
        if update is None:
            new = state
        else:
            if isinstance(update, BaseModel):
                update = update.model_dump()
            if not isinstance(update, Mapping):
                raise GraphError(f"node {name!r} returned {type(update).__name__}; return a dict of updates")
            unknown = set(update) - set(self.state.model_fields)
            if unknown and not self._open:
                raise GraphError(f"node {name!r} set unknown state field(s) {sorted(unknown)}")
            try:
                new = self.state.model_validate({**state.model_dump(), **update})
            except PydanticValidationError as exc:
                raise GraphError(f"node {name!r} produced an invalid state: {exc}") from None
        emit("node_finished", node=name, state=new.model_dump(mode="json"))
        return new

    def _next(self, name: str, state: S) -> str:
        if name in self._edges:
            return self._edges[name]
        route = self._routes[name]
        choice = route.router(state)
        if choice not in route.targets:
            raise GraphError(
                f"the router after {name!r} chose {choice!r}, which is not one of its declared targets "
                f"{sorted(route.targets)}"
            )
        return route.targets[choice]

    def stream(self, state: S | Mapping[str, Any] | None = None, **options: Any) -> Any:
        """Events as the graph runs (sync or async iteration); ``.result`` is the :class:`GraphResult`."""
        from purpose_level3.streaming import RunStream

        return RunStream(lambda emit: self.run(state, on_event=emit, stream_tokens=True, **options))


def _function_runner(fn: Callable[..., Any]) -> Callable[[Any, EventCallback | None, bool], Any]:
    def run(state: Any, on_event: EventCallback | None, stream_tokens: bool) -> Any:
        return fn(state)

    return run


def _mermaid_id(name: str) -> str:
    return f"{END}([end])" if name == END else name
