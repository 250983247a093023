"""Teams: ``purpose("...")`` and ``Team`` (levels 1 and 2), the team templates, the events a run emits,
``pa.LLMCompiler``'s front door and the ``purpose run`` command.

A team is the kernel's caller: it builds each agent's setup (backend, tools, store, strategy, judge) and
runs one kernel episode per agent. The kernel never imports this distribution; ``pa.Team``,
``pa.purpose``, ``pa.TeamResult``, ``pa.Event`` and ``pa.LLMCompiler`` name it lazily. Names are imported
on first use, so loading the plugin (the ``run`` command) stays cheap. docs/architecture.md, "Layers".
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_EXPORTS = {
    **{
        name: "purpose_team.team"
        for name in ("Team", "TeamResult", "purpose", "strategy_named", "DEFAULT_STRATEGY_DISTRIBUTION")
    },
    **{
        name: "purpose_team.templates"
        for name in (
            "AgentTemplate",
            "TeamTemplate",
            "builtin_templates",
            "load_templates",
            "choose_template",
        )
    },
    **{name: "purpose_team.events" for name in ("Event", "EventCallback", "emitter")},
    "LLMCompiler": "purpose_team.compiler",
    "episode_panel": "purpose_team.render",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
