"""The harness's team: every episode also gets its case's own tools, made fresh for that episode.

Every phase runs a task through ``run_chain`` (training, replay with and without a candidate, the
EVAL_TEST team that ``eval_test_team`` builds as ``type(team)``), so overriding it covers them all. The
case's tools go to a shallow copy of the team, so concurrent episodes (an executor's threads) never see
each other's tools. A module of its own, imported only when a benchmark runs (it imports the runtime),
and at module level so worker processes can unpickle the class by name.
"""

from __future__ import annotations

import copy
from typing import Any

from purpose_agent.api.team import Team, TeamResult
from purpose_agent.evaluation.cases import ToolFactory, text_hash


class CaseToolsTeam(Team):
    case_tools: dict[str, ToolFactory] = {}
    explicit_backend: Any = None
    """The backend the caller gave (sent to worker processes); None when it is resolved by model name."""
    checkers: dict[str, Any] = {}
    """The suite's own checkers by name (registered again in worker processes)."""

    def run_chain(self, task: Any, **options: Any) -> TeamResult:
        factory = self.case_tools.get(text_hash(task.input))
        if factory is None:
            return super().run_chain(task, **options)
        made = list(factory())
        episode = copy.copy(self)  # shares store, backend and manager; owns its tool list
        episode.extra_tools = [*self.extra_tools, *made]
        try:
            return Team.run_chain(episode, task, **options)
        finally:
            for tool in made:
                close = getattr(tool, "close", None)
                if callable(close):
                    close()
