"""``purpose run "task"``: one judged episode on the configured model (the embedded one by default)."""

from __future__ import annotations

import argparse
import json

from purpose_agent.plugin import ValidationError

HELP = "run one task with a team built from a purpose, judged and traced"
DEFAULT_PURPOSE = "Solve the user's task accurately, using tools when they help"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("task", help="what to do, e.g. 'What is 17 * 23?'")
    parser.add_argument(
        "--purpose", default=DEFAULT_PURPOSE, help="what the team is for (chooses the agents)"
    )
    parser.add_argument("--agents", help="comma-separated agent names instead of a template")
    parser.add_argument("--model", help="model string (default: settings, i.e. the embedded smollm2)")
    parser.add_argument(
        "--expected", help="the known answer: a deterministic checker judges instead of the LLM"
    )
    parser.add_argument("--store", help="memory store path (default: settings)")
    parser.add_argument(
        "--mode", default=None, help="run mode: learning_train, learning_validation, eval_test"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    from purpose_agent.plugin import Task  # lazy: only when this command runs
    from rich.console import Console  # lazy: rich only when this command prints

    from purpose_team.team import Team  # lazy: only when this command runs

    check_text(args.task, "task")
    console = Console(highlight=False, stderr=args.json)
    agents = [a.strip() for a in args.agents.split(",")] if args.agents else None
    team = Team.build(
        purpose=args.purpose, agents=agents, model=args.model, store=args.store, run_mode=args.mode
    )
    with team, console.status(f"[bold]running[/] on {team.model} ({', '.join(a.name for a in team.agents)})"):
        result = team.run(Task(input=args.task, expected=args.expected))
    ids = [a.trace_id for a in getattr(result, "agents", [])] or [result.trace_id]
    # where the traces went, for the workspace's run index (purpose-runs) or any other observer
    team.manager.traces_written("run", str(team.settings.traces), ids)
    if args.json:
        print(json.dumps(result.model_dump(mode="json"), indent=2))
        return 0 if result.status.value == "completed" else 1
    if result.status.value == "backend_error" and result.error:
        # The model could not be reached: one line, as for any other error, not a panel in which the
        # judge (which calls the same model) repeats the same failure on the score line.
        from rich.markup import escape  # lazy: rich only when this command prints

        where = f" (trace {result.trace_path})" if result.trace_path else ""
        Console(stderr=True, highlight=False, soft_wrap=True).print(
            f"[bold red]error:[/] {escape(' '.join(result.error.split()))}{escape(where)}"
        )
        return 1
    from purpose_team.render import episode_panel  # lazy: only when this command runs

    console.print(episode_panel(result))
    return 0 if result.status.value == "completed" else 1


def check_text(text: str, what: str) -> None:
    """Refuse text with lone surrogates (what invalid UTF-8 in argv or a file becomes) in one line."""
    for i, ch in enumerate(text):
        if "\ud800" <= ch <= "\udfff":
            raise ValidationError(
                f"{what}: not valid UTF-8 text (a stray byte or lone surrogate at character {i}); "
                f"pass it as UTF-8"
            )
