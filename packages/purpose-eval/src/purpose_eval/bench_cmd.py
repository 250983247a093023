"""``purpose bench <suite>``: arms on seeded splits, contamination refused, paired CIs, JSON and PNG."""

from __future__ import annotations

import argparse
import json
from typing import Any

from purpose_learn import add_executor_options, executor_from, run_with_progress
from purpose_learn.learn_cmd import cost_line

HELP = "benchmark a suite: arms (baseline, full, without:<plugin>, ...) on seeded splits with paired CIs"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("suite", nargs="?", help="a suite name (see --list) or a .jsonl file of cases")
    parser.add_argument(
        "--arms", default="baseline,full", help="comma-separated arms (default baseline,full)"
    )
    parser.add_argument("--arms-file", help="a TOML file defining [arms.<name>] tables")
    parser.add_argument("--reference", help="the arm others are compared with (default baseline)")
    parser.add_argument("-n", "--size", type=int, help="cases per seed (default: the suite's small size)")
    parser.add_argument("--full", action="store_true", help="use the suite's full size")
    parser.add_argument("--seeds", default="0", help="comma-separated seeds, e.g. 0,1,2 (default 0)")
    parser.add_argument("--test", type=float, default=0.25, help="test fraction (default 0.25)")
    parser.add_argument("--validation", type=float, default=0.375, help="validation fraction (default 0.375)")
    parser.add_argument(
        "--curve-points",
        type=int,
        default=2,
        help="learning-curve points: learn the train split in this many parts, test after each (default 2)",
    )
    parser.add_argument("--purpose", help="the team's purpose (default: solve tasks, using tools)")
    parser.add_argument("--agents", help="comma-separated agent names instead of the purpose's template")
    parser.add_argument("--model", help="model for every arm without its own (default: settings)")
    parser.add_argument("--from-store", help="start learning arms from a copy of this store")
    parser.add_argument("--workdir", default=".purpose/bench", help="where stores, traces and results go")
    parser.add_argument("--out", help="result JSON path (default <workdir>/result.json)")
    parser.add_argument("--no-plot", action="store_true", help="do not write the PNG")
    parser.add_argument("--reproduce", help="rerun the configuration of an earlier result JSON")
    parser.add_argument("--json", action="store_true", help="print the result JSON on stdout")
    parser.add_argument("--list", action="store_true", help="list installed suites and exit")
    add_executor_options(parser)


def cost_lines(result: Any) -> list[str]:
    """What learning cost, per promoted memory and per replay decision, for every learning arm (the same
    line `purpose learn` prints)."""
    return [line for summary in result.summary if (line := cost_line(summary))]


def _seeds(text: str) -> list[int]:
    from purpose_agent.plugin import ValidationError

    try:
        seeds = [int(s) for s in text.split(",") if s.strip()]
    except ValueError:
        raise ValidationError(f"--seeds {text!r}: give integers separated by commas, e.g. 0,1,2") from None
    if not seeds or len(set(seeds)) != len(seeds):
        raise ValidationError(f"--seeds {text!r}: give one or more distinct integers")
    return seeds


def build_config(args: argparse.Namespace, settings: Any) -> Any:
    from purpose_agent.plugin import ValidationError
    from purpose_learn import DEFAULT_PURPOSE

    from purpose_eval.arms import defined_arms, parse_arms
    from purpose_eval.harness import BenchConfig

    if args.reproduce:
        from purpose_eval.report import load_json

        return load_json(args.reproduce).config
    if not args.suite:
        raise ValidationError("name a suite (purpose bench arithmetic) or a .jsonl file; --list shows suites")
    arms = parse_arms(args.arms, defined_arms(settings, args.arms_file))
    if args.model:
        arms = [a if a.model else a.model_copy(update={"model": args.model}) for a in arms]
    return BenchConfig(
        suite=args.suite,
        size=args.size,
        seeds=_seeds(args.seeds),
        arms=arms,
        reference=args.reference,
        purpose=args.purpose or DEFAULT_PURPOSE,
        agents=[a.strip() for a in args.agents.split(",")] if args.agents else None,
        validation=args.validation,
        test=args.test,
        workdir=args.workdir,
        initial_store=args.from_store,
        curve_points=args.curve_points,
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from purpose_agent.plugin import get_plugin_manager
    from rich.console import Console

    from purpose_eval.harness import run_benchmark
    from purpose_eval.report import comparisons_table, results_table, write_json

    console = Console(highlight=False, stderr=args.json, soft_wrap=True)
    manager = get_plugin_manager()
    settings = manager.settings
    if args.list:
        from purpose_learn import available_suites
        from rich.markup import escape

        for name, suite in sorted(available_suites(manager).items()):
            sizes = f"(default {suite.default_size}, full {suite.full_size})"
            console.print(f"[bold]{name}[/]: {escape(suite.description)} {sizes}")
        return 0
    config = build_config(args, settings)
    if args.full and not args.reproduce:
        from purpose_learn import resolve_suite

        config.size = resolve_suite(config.suite, manager).full_size or None
    if args.reproduce:
        _check_same_splits(args.reproduce, config, settings, manager)
    from purpose_runs import command as run_command
    from purpose_runs import register as register_run

    label = "bench --reproduce" if args.reproduce else "bench"
    with run_command(label):
        result = run_with_progress(
            run_benchmark,
            config,
            console,
            settings=settings,
            manager=manager,
            executor=executor_from(args, manager),
        )
    out = Path(args.out or Path(config.workdir) / "result.json")
    write_json(result, out)
    register_run(label, result=out, workdir=config.workdir, info={"suite": config.suite})
    console.print(results_table(result))
    if result.comparisons:
        console.print(comparisons_table(result))
    for cost in cost_lines(result):
        console.print(f"cost {cost}")
    console.print(f"result: {out}  (rerun with: purpose bench --reproduce {out})")
    if result.immune == "off":
        console.print("[bold red]immune system OFF[/]: candidates were not scanned")
    if not args.no_plot:
        from purpose_eval.plot import INSTALL_HINT, have_matplotlib, plot_result

        if have_matplotlib():
            console.print(f"plot: {plot_result(result, out.with_suffix('.png'))}")
        else:
            console.print(f"plot: not written; {INSTALL_HINT}")
    if args.json:
        print(result.model_dump_json(indent=2))
    else:
        line = {s.arm: round(s.success.mean, 4) for s in result.summary}
        console.print(
            json.dumps({"suite": result.suite["name"], "success": line, "seconds": round(result.seconds, 1)})
        )
    return 0


def _check_same_splits(path: str, config: Any, settings: Any, manager: Any) -> None:
    from purpose_agent.plugin import ValidationError

    from purpose_eval.harness import prepare
    from purpose_eval.report import load_json

    old = load_json(path)
    prepared = prepare(config, settings, manager)
    for seed, split in prepared.splits.items():
        now = {k: v.hash for k, v in split.record().items()}
        then = {k: v.hash for k, v in old.splits[str(seed)].items()}
        if now != then:
            raise ValidationError(
                f"seed {seed}: the splits differ from {path} ({then} then, {now} now); "
                f"the suite's data changed, so this would not be a rerun"
            )
