"""``purpose learn``: train on a task set, replay-test candidates, test in EVAL_TEST against a baseline.

It runs the learning pipeline (:mod:`purpose_learn.pipeline`) with two arms (the
no-memory baseline and the learning team) and one seed; the learning arm learns into your configured
store, so what it learned stays. ``purpose bench`` (purpose-eval) runs the same pipeline with any arms and
seeds and adds confidence intervals; here the report is each arm's test score and the paired count of
test cases each arm won.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from purpose_agent.plugin import ValidationError

from purpose_learn.progress import add_executor_options, executor_from, run_with_progress

HELP = "train on tasks, prove each learned memory by replay, then test baseline vs learned"
DEFAULT_PURPOSE = "Solve the user's task accurately, using tools when they help"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--suite", default="arithmetic", help="built-in suite (default: arithmetic)")
    parser.add_argument("--tasks", help="a JSONL file of tasks instead of a suite")
    parser.add_argument("-n", "--size", type=int, default=16, help="number of suite tasks (default 16)")
    parser.add_argument("--ops", default="*", help="arithmetic operators to use, from '*+-' (default '*')")
    parser.add_argument("--seed", type=int, default=0, help="seed for the suite and the split")
    parser.add_argument("--purpose", default=DEFAULT_PURPOSE)
    parser.add_argument("--agents", help="comma-separated agent names instead of the purpose's template")
    parser.add_argument("--model", help="model string (default: settings, i.e. the embedded smollm2)")
    parser.add_argument("--store", help="memory store path (default: settings)")
    parser.add_argument("--workdir", default=".purpose/learn", help="where the baseline store and traces go")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    add_executor_options(parser)


def _suite(args: argparse.Namespace, manager: object) -> tuple[str, object | None]:
    """The suite name for the record, and a suite object when the options describe a custom one."""
    if args.tasks:
        return args.tasks, None
    if args.suite == "arithmetic" and args.ops != "*":
        from purpose_learn.suite import GeneratedSuite  # lazy: only when this command runs
        from purpose_learn.suites import arithmetic_cases  # lazy: only when this command runs

        if not set(args.ops) <= set("*+-") or not args.ops:
            raise ValidationError(f"--ops {args.ops!r} names no operator; use some of '*+-'")
        ops = args.ops
        name = f"arithmetic[{ops}]"
        return name, GeneratedSuite(
            name,
            lambda size, seed: arithmetic_cases(size, seed, ops),
            description=f"arithmetic with operators {ops}",
            default_size=16,
            full_size=200,
        )
    return args.suite, None


def run(args: argparse.Namespace) -> int:
    from purpose_agent.plugin import get_plugin_manager  # lazy: only when this command runs
    from purpose_team import Team  # lazy: only when this command runs
    from rich.console import Console  # lazy: rich only when this command prints

    from purpose_learn.pipeline import BASELINE, LEARNED, LearnConfig, run_learning  # lazy: as above

    console = Console(highlight=False, stderr=args.json, soft_wrap=True)
    manager = get_plugin_manager()
    settings = manager.settings
    name, suite = _suite(args, manager)
    model = {"model": args.model} if args.model else {}
    config = LearnConfig(
        suite=name,
        size=args.size if not args.tasks else None,
        seeds=[args.seed],
        arms=[BASELINE.model_copy(update=model), LEARNED.model_copy(update=model)],
        purpose=args.purpose,
        agents=[a.strip() for a in args.agents.split(",")] if args.agents else None,
        workdir=args.workdir,
        store=args.store or settings.store,
        curve_points=1,
    )
    from purpose_runs import command as run_command  # lazy: the command imports what it runs
    from purpose_runs import register as register_run  # lazy: the command imports what it runs

    with run_command("learn"):
        result = run_with_progress(
            run_learning,
            config,
            console,
            make_team=Team.build,
            settings=settings,
            manager=manager,
            suite=suite,
            executor=executor_from(args, manager),
        )
    out = Path(args.workdir) / "result.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(result.model_dump_json(indent=2), encoding="utf-8")
    register_run("learn", result=out, workdir=args.workdir, seed=args.seed, info={"suite": name})
    if args.json:
        print(result.model_dump_json(indent=2))
        return 0
    base, run = result.run_of("baseline"), result.run_of("learned")
    console.print(report_table(result))
    wins, losses, ties = paired_counts(run.test, base.test)
    paired = f"won {wins}, lost {losses}, tied {ties}"
    console.print(f"learned vs baseline, paired on {len(run.test)} test cases: {paired}")
    sizes = ", ".join(f"{k} {v.n}" for k, v in result.splits[str(args.seed)].items())
    console.print(
        f"splits: {sizes}; candidates: {run.candidates}; promoted: {run.promoted}; store: {run.store}"
    )
    for decision in run.decisions:
        style = {"promoted": "green", "rejected": "red"}.get(decision["status"], "yellow")
        card = f"{decision['kind']} {decision['card_id']}"
        console.print(f"  {card}: [{style}]{decision['status']}[/] - {decision['reason']}")
    line = cost_line(run)
    if line:
        console.print(f"cost {line}")
    if result.immune == "off":
        console.print("[bold red]immune system OFF[/]: candidates were not scanned")
    console.print(f"result: {out}")
    console.print(
        json.dumps(
            {
                "baseline_success": success_rate(base.test),
                "learned_success": success_rate(run.test),
                "promoted": run.promoted,
            }
        )
    )
    return 0


def success_rate(scores: Sequence[Any]) -> float:
    return sum(b.success for b in scores) / len(scores) if scores else 0.0


def paired_counts(ours: Sequence[Any], theirs: Sequence[Any]) -> tuple[int, int, int]:
    """Test cases ``ours`` passed and ``theirs`` failed, the reverse, and the ties (matched by case)."""
    other = {b.case_hash: b.success for b in theirs}
    wins = sum(1 for b in ours if b.success and not other.get(b.case_hash, False))
    losses = sum(1 for b in ours if not b.success and other.get(b.case_hash, False))
    return wins, losses, len(ours) - wins - losses


def report_table(result: Any) -> Any:
    from rich.table import Table  # lazy: rich's table only when a report is printed

    suite = result.suite
    table = Table(title=f"purpose learn {suite['name']}: {suite['size']} cases, seed {result.seeds[0]}")
    for column in ("arm", "model", "test n", "success", "Φ score", "promoted", "tokens/case"):
        table.add_column(column, justify="left" if column in ("arm", "model") else "right")
    for run in result.runs:
        n = len(run.test)
        table.add_row(
            run.arm,
            run.model,
            str(n),
            f"{success_rate(run.test):.0%}",
            f"{sum(b.phi for b in run.test) / n if n else 0.0:.2f}",
            str(run.promoted) if run.arm == "learned" else "-",
            f"{sum(b.tokens for b in run.test) / n if n else 0.0:.0f}",
        )
    return table


def cost_line(run: Any) -> str:
    """What learning cost in ``run``, per promoted memory and per replay decision ("" if it did not learn)."""
    cost = run.cost
    if not cost.train.episodes:
        return ""
    parts = [f"{run.arm}: learning {cost.train.calls + cost.replay.calls} model calls"]
    for label, per in (
        ("per promoted memory", cost.per_promoted),
        ("per replay decision", cost.per_replay_decision),
    ):
        if per is not None:
            parts.append(f"{label} {per.calls} calls, {per.tokens} tokens, {per.seconds:.1f} s")
        else:
            parts.append(f"{label}: none")
    return "; ".join(parts)
