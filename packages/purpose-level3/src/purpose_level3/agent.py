"""``pa.Agent``: one named agent with a role, tools and a model; the unit every level-3 piece composes.

An agent is a one-member :class:`~purpose_team.Team` underneath, so it gets the kernel's whole
episode for free: memory retrieval, the prompt compiler, a judged and traced episode, learning through
memory CI, and the run mode's rules (nothing written in EVAL_TEST).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from purpose_agent.plugin import EpisodeResult, Task, ValidationError
from purpose_team import Event, EventCallback

if TYPE_CHECKING:  # pragma: no cover
    from purpose_level3.streaming import RunStream


class Agent:
    """``Agent("researcher", "Find sources", tools=["calculator", my_tool], model="smollm2")``.

    ``tools`` mixes names of plugin tools and tool objects. ``purpose`` defaults to the role: it is what
    the judge scores the agent's answers against.
    """

    def __init__(
        self,
        name: str,
        role: str = "",
        *,
        tools: Sequence[Any] = (),
        model: str | None = None,
        purpose: str | None = None,
        backend: Any = None,
        strategy: str | None = None,
        settings: Any = None,
        manager: Any = None,
        store: str | Path | None = None,
        run_mode: Any = None,
        knowledge: Any = None,
        team: str | None = None,
        approval: Any = None,
    ) -> None:
        from purpose_team import AgentTemplate, Team

        if not name or not name.strip():
            raise ValidationError("an Agent needs a name, e.g. Agent('researcher', 'Find sources')")
        self.name = name.strip()
        self.role = role.strip() or f"You are the {self.name}. Do the task well, then answer."
        if manager is None and settings is not None:
            # settings given without a manager: the plugins must follow those settings, not the globals
            from purpose_agent.plugin import PluginManager

            manager = PluginManager(settings).load()
        names = [t for t in tools if isinstance(t, str)]
        objects = [t for t in tools if not isinstance(t, str)]
        template = AgentTemplate(name=self.name, role=self.role, tools=names, model=model, strategy=strategy)
        self.team = Team(
            purpose or self.role,
            [template],
            model=model,
            backend=backend,
            settings=settings,
            manager=manager,
            store=store,
            run_mode=run_mode,
            knowledge=knowledge,
            name=team or self.name,
            tools=objects,
            approval=approval,
        )

    def __repr__(self) -> str:
        return f"Agent({self.name!r})"

    @property
    def backend(self) -> Any:
        return self.team.backend

    def run(
        self,
        task: str | Task,
        *,
        expected: str | None = None,
        history: Sequence[str] = (),
        on_event: EventCallback | None = None,
        stream_tokens: bool = False,
    ) -> EpisodeResult:
        """One judged episode on ``task``; ``history`` is earlier context (other agents' turns)."""
        if isinstance(task, str):
            task = Task(input=task, expected=expected)
        result = self.team.run_chain(
            task, history=list(history), on_event=on_event, stream_tokens=stream_tokens
        )
        return EpisodeResult(**result.model_dump(exclude={"agents"}))

    async def arun(self, task: str | Task, **options: Any) -> EpisodeResult:
        """:meth:`run` in a worker thread, so many agents can run at once under asyncio."""
        return await asyncio.to_thread(self.run, task, **options)

    def stream(self, task: str | Task, **options: Any) -> RunStream:
        """Events (and model tokens) as they happen: iterate it, sync or async; ``.result`` at the end."""
        from purpose_level3.streaming import RunStream

        return RunStream(lambda emit: self.run(task, on_event=emit, stream_tokens=True, **options))

    def close(self) -> None:
        self.team.close()

    def __enter__(self) -> Agent:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Agent", "Event"]
