"""Level 1 and 2: ``purpose("...")`` builds a team, ``team.run(task)`` runs it, ``team.teach()`` teaches it.

A team is a pipeline of agents that share one memory store: each agent sees the earlier agents' outputs,
the last agent's answer is the team's answer, and every agent's episode is judged and traced. The team is
cheap to build; the model is loaded on the first run.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from purpose_agent.plugin import (
    AgentSetup,
    CandidateOutcome,
    ConfigError,
    EpisodeResult,
    Learner,
    MemoryCard,
    MemoryCI,
    MemoryScope,
    PluginNotFoundError,
    Provenance,
    RunMode,
    Settings,
    Task,
    ValidationError,
    checkers_for,
    get_backend,
    get_plugin_manager,
    load_settings,
    open_store,
    run_episode,
)
from pydantic import Field

from purpose_team.events import emitter
from purpose_team.templates import AgentTemplate, choose_template, load_templates
from purpose_team.tools.function import as_tool
from purpose_team.tools.toolbox import ToolBox

log = logging.getLogger("purpose_agent")


def _require_knowledge() -> None:
    """``knowledge=`` needs purpose-knowledge (document search is not part of the kernel)."""
    try:
        importlib.import_module("purpose_knowledge")  # cheap: its names load on first use
    except ModuleNotFoundError as exc:
        if exc.name != "purpose_knowledge":
            raise
        raise ConfigError(
            "knowledge= needs the purpose-knowledge distribution: pip install purpose-knowledge"
        ) from None


class TeamResult(EpisodeResult):
    """The last agent's result, with every agent's own result in ``agents``."""

    agents: list[EpisodeResult] = Field(default_factory=list)
    candidates: list[CandidateOutcome] = Field(default_factory=list)


def _agent_template(spec: str | dict[str, Any] | AgentTemplate, templates: dict[str, Any]) -> AgentTemplate:
    if isinstance(spec, AgentTemplate):
        return spec
    if isinstance(spec, dict):
        return AgentTemplate.model_validate(spec)
    for template in templates.values():
        for agent in template.agents:
            if agent.name == spec:
                found: AgentTemplate = agent
                return found
    return AgentTemplate(
        name=spec,
        role=f"You are the {spec}. Do your part of the task well, then answer.",
        tools=["calculator"],
    )


DEFAULT_STRATEGY_DISTRIBUTION = "purpose-react"
"""Where the default strategy, ``react``, lives: the kernel runs whichever strategy is registered."""


def strategy_named(manager: Any, name: str) -> Any:
    """The registered strategy ``name``; the default one, missing, names the distribution to install."""
    strategies = manager.strategies()
    if name == "react" and name not in strategies:
        installed = ", ".join(strategies.names()) or "none"
        raise PluginNotFoundError(
            f"no strategy named 'react' (the default); installed: {installed}; "
            f"pip install {DEFAULT_STRATEGY_DISTRIBUTION}, or set strategy in purpose.toml"
        )
    return strategies.get(name)


class Team:
    def __init__(
        self,
        purpose: str,
        agents: Sequence[AgentTemplate],
        *,
        model: str | None = None,
        store: str | Path | None = None,
        run_mode: RunMode | str | None = None,
        settings: Settings | None = None,
        manager: Any = None,
        knowledge: Any = None,
        name: str | None = None,
        backend: Any = None,
        tools: Sequence[Any] = (),
        approval: Any = None,
    ) -> None:
        if not purpose or not purpose.strip():
            raise ValidationError(
                "purpose is empty: say what the team is for, e.g. purpose('Answer maths questions')"
            )
        if not agents:
            raise ValidationError("a team needs at least one agent")
        self.purpose = purpose.strip()
        self.agents = list(agents)
        self.settings = settings or load_settings()
        self._manager = manager
        self.model = model or self.settings.model
        self.store_path = str(store or self.settings.store)
        self.run_mode = RunMode.parse(run_mode or self.settings.run_mode)
        self._knowledge_store: Any = None
        self._owns_knowledge = not hasattr(knowledge, "search")
        if knowledge is not None and hasattr(knowledge, "search"):  # a KnowledgeStore given directly
            self._knowledge_store, knowledge = knowledge, knowledge.root
        self.knowledge = Path(knowledge) if knowledge is not None else None
        if self.knowledge is not None and self._knowledge_store is None:
            _require_knowledge()
        if self.knowledge is not None and not self.knowledge.is_dir():
            raise ValidationError(
                f"knowledge={str(knowledge)!r} is not a folder; pass a directory of documents"
            )
        self.name = name or "team"
        self._store: Any = None
        self._backend: Any = backend
        self.extra_tools = [as_tool(t) for t in tools]
        """Tool objects given directly (in addition to the agents' named tools from plugins)."""
        self.checkers: dict[str, Callable[[str, str], tuple[bool, str]]] = {}
        """Answer checkers for this team's runs by name (a benchmark suite's own), added to the built-in
        and registered ones; nothing global is patched."""
        self.task_tools: Callable[[Task], Iterable[Any]] | None = None
        """Tools made fresh for each task (e.g. a benchmark case's own sandbox): called with the task
        before its run, each tool closed after it."""
        self.approval = approval
        """An approval gate for chosen tools and promotions (level 3's ``ApprovalGate``, or any
        object with ``wrap_tools(tools)`` and ``wrap_store(store)``)."""

    # -- construction -------------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        *,
        purpose: str,
        agents: Iterable[str | dict[str, Any] | AgentTemplate] | None = None,
        model: str | None = None,
        **options: Any,
    ) -> Team:
        settings = options.pop("settings", None) or load_settings()
        templates = load_templates(settings.teams)
        if agents is None:
            chosen = choose_template(purpose, templates)
            members = list(templates[chosen].agents)
            options.setdefault("name", chosen)
        else:
            members = [_agent_template(a, templates) for a in agents]
        return cls(purpose, members, model=model, settings=settings, **options)

    # -- resources ----------------------------------------------------------------------------------

    @property
    def manager(self) -> Any:
        if self._manager is None:
            self._manager = get_plugin_manager()
        return self._manager

    @property
    def store(self) -> Any:
        if self._store is None:
            local = "://" not in self.store_path or self.store_path.startswith("sqlite:")
            if self.run_mode.can_write and local:
                path = self.store_path.split("://", 1)[-1] if "://" in self.store_path else self.store_path
                Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            self._store = open_store(self.store_path, self.run_mode, manager=self.manager)
            if self.approval is not None:  # an ApprovalGate (level 3), duck-typed: api never imports it
                self._store = self.approval.wrap_store(self._store)
        return self._store

    @property
    def backend(self) -> Any:
        if self._backend is None:
            self._backend = get_backend(self.model, manager=self.manager)
        return self._backend

    def close(self) -> None:
        if self._knowledge_store is not None and self._owns_knowledge:
            self._knowledge_store.close()
            self._knowledge_store = None
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Team:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tools_for(self, agent: AgentTemplate, run_tools: Sequence[Any] = ()) -> Any:
        registry = self.manager.tools()
        tools = []
        for name in agent.tools:
            if name in registry:
                tools.append(registry.get(name))
            else:
                log.warning("agent %r asks for tool %r, which no installed plugin provides", agent.name, name)
        if self.knowledge is not None and "search_knowledge" not in agent.tools:
            tools.extend(self._knowledge_tools())
        for extra in [*self.extra_tools, *run_tools]:
            if extra.name not in {x.name for x in tools}:
                tools.append(extra)
        if self.approval is not None:
            tools = self.approval.wrap_tools(tools)
        return ToolBox(tools)

    @property
    def knowledge_store(self) -> Any:
        """The search index over ``knowledge=`` (built on first use, re-indexed incrementally)."""
        if self._knowledge_store is None and self.knowledge is not None:
            from purpose_knowledge.store import KnowledgeStore, default_index  # lazy: its own distribution

            index = default_index(self.knowledge)  # one index per folder, named by its resolved path
            if "://" not in self.store_path:  # beside a local memory store rather than in the cwd
                index = Path(self.store_path).expanduser().parent / "knowledge" / index.name
            # unreadable files are logged by the store and listed in knowledge_store.last_report
            self._knowledge_store = KnowledgeStore.from_directory(self.knowledge, index=index)
        return self._knowledge_store

    def _knowledge_tools(self) -> list[Any]:
        from purpose_knowledge import KnowledgeSearchTool  # lazy: its own distribution

        return [KnowledgeSearchTool(self.knowledge_store)]

    def setup_for(
        self,
        agent: AgentTemplate,
        *,
        run_mode: RunMode | None = None,
        history: Sequence[str] = (),
        on_event: Callable[..., None] | None = None,
        on_token: Callable[[str], None] | None = None,
        tools: Sequence[Any] = (),
    ) -> AgentSetup:
        """What one agent's episode runs with; ``tools``: this run's own tools (a task's fresh tools),
        beside the team's."""
        backend = self.backend if agent.model in (None, self.model) else self._agent_backend(agent.model)
        role = agent.role
        if self.knowledge is not None:
            role += (
                "\nSearch the knowledge documents with search_knowledge and cite the [file:line] you used."
            )
        return AgentSetup(
            name=agent.name,
            role=role,
            purpose=self.purpose,
            backend=backend,
            tools=self._tools_for(agent, tools),
            store=self.store,
            manager=self.manager,
            strategy=strategy_named(self.manager, agent.strategy or self.settings.strategy),
            budgets=self.settings.budgets,
            trace_dir=self.settings.traces,
            team=self.name,
            run_mode=run_mode or self.run_mode,
            history=list(history),
            on_event=on_event,
            on_token=on_token,
            learner=Learner(self.store, manager=self.manager),
            checkers=checkers_for(self.manager, self.checkers),
        )

    def _agent_backend(self, model: str | None) -> Any:
        return get_backend(model, manager=self.manager)

    # -- the API ------------------------------------------------------------------------------------

    def run(
        self,
        task: str | Task,
        *,
        expected: str | None = None,
        on_event: Callable[[Any], None] | None = None,
        stream_tokens: bool = False,
    ) -> TeamResult:
        """Run every agent in turn on ``task``; the last agent's answer is the team's.

        ``on_event`` receives a :class:`purpose_team.events.Event` for every step as it happens
        (and, with ``stream_tokens``, each piece of model output).
        """
        if isinstance(task, str):
            task = Task(input=task, expected=expected)
        return self.run_chain(task, on_event=on_event, stream_tokens=stream_tokens)

    def stream(self, task: str | Task, *, expected: str | None = None) -> Any:
        """Events and model tokens as they happen (sync or async iteration); ``.result`` when done.

        The stream is purpose-level3's ``RunStream`` (streaming is level 3); without that distribution
        this raises one line saying to install it, and ``run(on_event=...)`` gives the same events.
        """
        try:
            from purpose_level3.streaming import RunStream  # lazy: its own distribution
        except ModuleNotFoundError as exc:
            if exc.name not in ("purpose_level3", "purpose_level3.streaming"):
                raise
            raise ConfigError(
                "team.stream() needs the purpose-level3 distribution: pip install purpose-level3 "
                "(or pass on_event= to team.run)"
            ) from None
        if isinstance(task, str):
            task = Task(input=task, expected=expected)
        return RunStream(lambda emit: self.run_chain(task, on_event=emit, stream_tokens=True))

    def run_chain(
        self,
        task: Task,
        *,
        run_mode: RunMode | None = None,
        extra_cards: Sequence[Any] = (),
        use_memory: bool = True,
        learn: bool | None = None,
        history: Sequence[str] = (),
        on_event: Callable[[Any], None] | None = None,
        stream_tokens: bool = False,
    ) -> TeamResult:
        """:meth:`run` with the knobs replay tests and evaluations need (mode, a candidate, memory off),
        and those level 3 needs (earlier context, an event callback, token streaming)."""
        # this run's own tools go down as an argument, never onto the team: episodes of the same team
        # run side by side (a candidate's replay beside its "without" run), and a shared list let one
        # episode call the other's tool, so a case was scored on the other episode's call
        made = list(self.task_tools(task)) if self.task_tools is not None else []
        try:
            return self._run_agents(
                task,
                run_mode=run_mode,
                extra_cards=extra_cards,
                use_memory=use_memory,
                learn=learn,
                history=history,
                on_event=on_event,
                stream_tokens=stream_tokens,
                run_tools=made,
            )
        finally:
            for tool in made:
                close = getattr(tool, "close", None)
                if callable(close):
                    close()

    def _run_agents(
        self,
        task: Task,
        *,
        run_mode: RunMode | None,
        extra_cards: Sequence[Any],
        use_memory: bool,
        learn: bool | None,
        history: Sequence[str],
        on_event: Callable[[Any], None] | None,
        stream_tokens: bool,
        run_tools: Sequence[Any] = (),
    ) -> TeamResult:
        results: list[EpisodeResult] = []
        history = list(history)
        for i, agent in enumerate(self.agents):
            last = i == len(self.agents) - 1
            step_task = task if last else task.model_copy(update={"expected": None})
            emit = emitter(on_event, agent.name) if on_event is not None else None
            tokens = (lambda text, emit=emit: emit("token", text=text)) if emit and stream_tokens else None
            setup = self.setup_for(
                agent, run_mode=run_mode, history=history, on_event=emit, on_token=tokens, tools=run_tools
            )
            if not use_memory:
                setup.memory_k = 0
            result = run_episode(setup, step_task, extra_cards=extra_cards, learn=learn)
            results.append(result)
            history.append(f"{agent.name}: {result.answer}")
            if result.status.value in ("invalid_task", "backend_error"):
                break
        final = results[-1]
        return TeamResult(**final.model_dump(), agents=results)

    def teach(self, text: str, *, strength: str = "must") -> CandidateOutcome:
        """Teach a user preference: scanned like any memory, then promoted on the user's authority."""
        if not text or not text.strip():
            raise ValidationError("teach() needs the preference as text, e.g. 'Always cite your sources'")
        card = MemoryCard(
            kind="user_preference",
            content=text.strip(),
            fields={"strength": strength},
            scope=MemoryScope(team=self.name),
            trust=0.9,
            provenance=Provenance(optimizer="teach", evidence={"taught_by": "user"}),
        )
        ci = MemoryCI(self.store, manager=self.manager)
        outcome = ci.admit(card, reason="taught by the user")
        if outcome.status != "quarantined":
            return outcome
        return ci.promote_without_replay(
            outcome.card_id, "taught by the user; promoted without replay", actor="user"
        )


def purpose(
    text: str, *, knowledge: str | Path | None = None, model: str | None = None, **options: Any
) -> Team:
    """Level 1: a team chosen from ``text`` by the team templates (code, research, writing, maths, ...)."""
    return Team.build(purpose=text, model=model, knowledge=knowledge, **options)
