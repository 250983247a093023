"""``purpose bench <suite>``: arms on seeded splits, contamination refused, paired CIs, JSON and PNG."""

from __future__ import annotations

import argparse
import json
from typing import Any

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


def _seeds(text: str) -> list[int]:
    from purpose_agent.errors import ValidationError

    try:
        seeds = [int(s) for s in text.split(",") if s.strip()]
    except ValueError:
        raise ValidationError(f"--seeds {text!r}: give integers separated by commas, e.g. 0,1,2") from None
    if not seeds or len(set(seeds)) != len(seeds):
        raise ValidationError(f"--seeds {text!r}: give one or more distinct integers")
    return seeds


def build_config(args: argparse.Namespace, settings: Any) -> Any:
    from purpose_agent.errors import ValidationError
    from purpose_agent.evaluation.arms import defined_arms, parse_arms
    from purpose_agent.evaluation.harness import DEFAULT_PURPOSE, BenchConfig

    if args.reproduce:
        from purpose_agent.evaluation.report import load_json

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


def progress_columns() -> tuple[Any, ...]:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return (
        TextColumn("{task.description:>22}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )


class LineProgress:
    """Progress as plain lines for logs and CI, where a live bar never renders: a line per stage change and
    at most one every ``every`` seconds, with the time remaining estimated from the episodes done so far."""

    def __init__(self, console: Any, every: float = 30.0, clock: Any = None) -> None:
        import time

        self.console = console
        self.every = every
        self.clock = clock or time.monotonic
        self.start = self.clock()
        self.last = float("-inf")
        self.stage = ""
        self.done = 0
        self.total = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage.endswith("replay"):
            self._replay(stage, done, total)
            return
        if stage == "overall":
            self.done, self.total = done, total
            if done < total and self.clock() - self.last < self.every:
                return
        elif stage == self.stage:
            return
        else:
            self.stage = stage
        self.last = self.clock()
        elapsed = self.last - self.start
        eta = elapsed / self.done * (self.total - self.done) if self.done and self.total else None
        remaining = f", about {_clock(eta)} left" if eta is not None else ""
        counted = f"episodes {self.done}/{self.total or '?'}{remaining}"
        self.console.print(f"[{_clock(elapsed)}] {counted}; {self.stage or 'starting'}", highlight=False)

    def _replay(self, stage: str, done: int, total: int) -> None:
        """Replay episodes have their own count (the plan shrinks as candidates stop early)."""
        now = self.clock()
        if stage != self.stage:
            self.stage, self.replay_start = stage, now
        elif 0 < done < total and now - self.last < self.every:
            return
        self.last = now
        spent = now - getattr(self, "replay_start", now)
        left = f", about {_clock(spent / done * (total - done))} left" if done else ""
        self.console.print(
            f"[{_clock(now - self.start)}] {stage}: episodes {done}/{total}{left}", highlight=False
        )


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}" if minutes >= 60 else f"{minutes}:{secs:02d}"


def run_with_progress(config: Any, console: Any, **kwargs: Any) -> Any:  # kwargs: run_benchmark options
    """Run the harness with an overall bar (train + test episodes) and one bar for the current stage."""
    from rich.progress import Progress

    from purpose_agent.evaluation.harness import run_benchmark

    if not console.is_terminal:
        return run_benchmark(config, progress=LineProgress(console), **kwargs)
    with Progress(*progress_columns(), console=console, transient=False) as bars:
        overall = bars.add_task("episodes (all arms)", total=None)
        stage_bar = bars.add_task("starting", total=None)

        def tick(stage: str, done: int, total: int) -> None:
            if stage == "overall":
                bars.update(overall, completed=done, total=max(total, 1))
            else:
                bars.update(stage_bar, description=stage, completed=done, total=max(total, 1))

        return run_benchmark(config, progress=tick, **kwargs)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from rich.console import Console

    from purpose_agent.evaluation.report import comparisons_table, results_table, write_json
    from purpose_agent.plugins import get_plugin_manager

    console = Console(highlight=False, stderr=args.json, soft_wrap=True)
    manager = get_plugin_manager()
    settings = manager.settings
    if args.list:
        from rich.markup import escape

        from purpose_agent.evaluation.suites import available_suites

        for name, suite in sorted(available_suites(manager).items()):
            sizes = f"(default {suite.default_size}, full {suite.full_size})"
            console.print(f"[bold]{name}[/]: {escape(suite.description)} {sizes}")
        return 0
    config = build_config(args, settings)
    if args.full and not args.reproduce:
        from purpose_agent.evaluation.suites import resolve_suite

        config.size = resolve_suite(config.suite, manager).full_size or None
    if args.reproduce:
        _check_same_splits(args.reproduce, config, settings, manager)
    from purpose_agent.trace import run_index  # lazy: the command imports what it runs

    label = "bench --reproduce" if args.reproduce else "bench"
    with run_index.command(label):
        result = run_with_progress(config, console, settings=settings, manager=manager)
    out = Path(args.out or Path(config.workdir) / "result.json")
    write_json(result, out)
    run_index.register(label, result=out, workdir=config.workdir, info={"suite": config.suite})
    console.print(results_table(result))
    if result.comparisons:
        console.print(comparisons_table(result))
    console.print(f"result: {out}  (rerun with: purpose bench --reproduce {out})")
    if result.immune == "off":
        console.print("[bold red]immune system OFF[/]: candidates were not scanned")
    if not args.no_plot:
        from purpose_agent.evaluation.plot import INSTALL_HINT, have_matplotlib, plot_result

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
    from purpose_agent.errors import ValidationError
    from purpose_agent.evaluation.harness import prepare
    from purpose_agent.evaluation.report import load_json

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
