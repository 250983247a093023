"""``purpose learn``: train on a task set, replay-test candidates, test in EVAL_TEST against a baseline."""

from __future__ import annotations

import argparse
import json

HELP = "train on tasks, prove each learned memory by replay, then test baseline vs learned"
DEFAULT_PURPOSE = "Solve the user's task accurately, using tools when they help"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--suite", default="arithmetic", help="built-in suite (default: arithmetic)")
    parser.add_argument("--tasks", help="a JSONL file of tasks instead of a suite")
    parser.add_argument("-n", "--size", type=int, default=12, help="number of suite tasks (default 12)")
    parser.add_argument("--ops", default="*", help="arithmetic operators to use, from '*+-' (default '*')")
    parser.add_argument("--seed", type=int, default=0, help="seed for the suite and the split")
    parser.add_argument("--purpose", default=DEFAULT_PURPOSE)
    parser.add_argument("--model", help="model string (default: settings, i.e. the embedded smollm2)")
    parser.add_argument("--store", help="memory store path (default: settings)")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from purpose_agent.api.team import Team
    from purpose_agent.learning.loop import learn
    from purpose_agent.learning.suites import SUITES, load_jsonl

    console = Console(highlight=False, stderr=args.json)
    if args.tasks:
        tasks = load_jsonl(args.tasks)
    else:
        if args.suite not in SUITES:
            from purpose_agent.errors import ValidationError

            raise ValidationError(f"unknown suite {args.suite!r}; built-in suites: {', '.join(SUITES)}")
        tasks = SUITES[args.suite](args.size, seed=args.seed, ops=args.ops)
    team = Team.build(purpose=args.purpose, model=args.model, store=args.store)
    bars: dict[str, int] = {}
    columns = (TextColumn("{task.description:>8}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=False) as progress:

        def tick(stage: str, done: int, total: int) -> None:
            if stage not in bars:
                bars[stage] = progress.add_task(stage, total=max(total, 1))
            progress.update(bars[stage], completed=done, total=max(total, 1))

        report = learn(team, tasks, seed=args.seed, progress=tick)
    if args.json:
        print(report.model_dump_json(indent=2))
        return 0
    from rich.table import Table

    base, learned = report.summarize(report.baseline), report.summarize(report.learned)
    table = Table(
        title=f"purpose learn: {team.model}, team {team.name} ({', '.join(a.name for a in team.agents)})"
    )
    for column in ("arm", "test tasks", "success", "mean score"):
        table.add_column(column)
    table.add_row("baseline (no memory)", str(base.n), f"{base.success_rate:.0%}", f"{base.mean_score:.2f}")
    table.add_row(
        "learned (EVAL_TEST)", str(learned.n), f"{learned.success_rate:.0%}", f"{learned.mean_score:.2f}"
    )
    console.print(table)
    sizes = ", ".join(f"{k} {v}" for k, v in report.split_sizes.items())
    console.print(f"splits: {sizes}; candidates: {len(report.candidates)}; promoted: {len(report.promoted)}")
    for decision in report.decisions:
        console.print(f"  {decision.kind} {decision.card_id}: [bold]{decision.status}[/] - {decision.reason}")
    for cand in report.candidates:
        if cand.status == "rejected":
            console.print(f"  {cand.kind} {cand.card_id}: [bold red]rejected at scan[/] - {cand.reason}")
    if report.immune == "off":
        console.print("[bold red]immune system OFF[/]: candidates were not scanned")
    console.print(
        json.dumps(
            {
                "baseline_success": base.success_rate,
                "learned_success": learned.success_rate,
                "promoted": len(report.promoted),
            }
        )
    )
    return 0
