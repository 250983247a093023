"""``purpose learn``: train on a task set, replay-test candidates, test in EVAL_TEST against a baseline.

It is ``purpose bench`` with two arms (the no-memory baseline and the learning team) and one seed, except
that the learning arm learns into your configured store, so what it learned stays. The same harness means
the same splits by hash, the same contamination refusal and the same paired confidence interval.
"""

from __future__ import annotations

import argparse
import json

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


def _suite(args: argparse.Namespace, manager: object) -> tuple[str, object | None]:
    """The suite name for the record, and a suite object when the options describe a custom one."""
    from purpose_agent.errors import ValidationError

    if args.tasks:
        return args.tasks, None
    if args.suite == "arithmetic" and args.ops != "*":
        from purpose_agent.evaluation.builtin_suites import arithmetic_cases
        from purpose_agent.evaluation.suites import GeneratedSuite

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
    from rich.console import Console

    from purpose_agent.cli.bench_cmd import run_with_progress
    from purpose_agent.evaluation.arms import ArmSpec
    from purpose_agent.evaluation.harness import BenchConfig
    from purpose_agent.evaluation.report import comparisons_table, results_table, write_json
    from purpose_agent.plugins import get_plugin_manager

    console = Console(highlight=False, stderr=args.json, soft_wrap=True)
    manager = get_plugin_manager()
    settings = manager.settings
    name, suite = _suite(args, manager)
    config = BenchConfig(
        suite=name,
        size=args.size if not args.tasks else None,
        seeds=[args.seed],
        arms=[
            ArmSpec(name="baseline", learn=False, memory=False, model=args.model),
            ArmSpec(name="learned", model=args.model),
        ],
        purpose=args.purpose,
        agents=[a.strip() for a in args.agents.split(",")] if args.agents else None,
        workdir=args.workdir,
        store=args.store or settings.store,
        curve_points=1,
    )
    from purpose_agent.trace import run_index  # lazy: the command imports what it runs

    with run_index.command("learn"):
        result = run_with_progress(config, console, settings=settings, manager=manager, suite=suite)
    out = write_json(result, f"{args.workdir}/result.json")
    run_index.register("learn", result=out, workdir=args.workdir, seed=args.seed, info={"suite": name})
    if args.json:
        print(result.model_dump_json(indent=2))
        return 0
    console.print(results_table(result))
    console.print(comparisons_table(result))
    (run,) = [r for r in result.runs if r.arm == "learned"]
    sizes = ", ".join(f"{k} {v.n}" for k, v in result.splits[str(args.seed)].items())
    console.print(
        f"splits: {sizes}; candidates: {run.candidates}; promoted: {run.promoted}; store: {run.store}"
    )
    for decision in run.decisions:
        style = {"promoted": "green", "rejected": "red"}.get(decision["status"], "yellow")
        card = f"{decision['kind']} {decision['card_id']}"
        console.print(f"  {card}: [{style}]{decision['status']}[/] - {decision['reason']}")
    if result.immune == "off":
        console.print("[bold red]immune system OFF[/]: candidates were not scanned")
    console.print(f"result: {out}")
    base, learned = result.summary_of("baseline"), result.summary_of("learned")
    console.print(
        json.dumps(
            {
                "baseline_success": base.success.mean,
                "learned_success": learned.success.mean,
                "promoted": run.promoted,
            }
        )
    )
    return 0
