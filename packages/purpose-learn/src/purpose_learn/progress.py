"""Progress for long commands (``purpose learn``, and ``purpose bench`` from purpose-eval), and the
executor options they share: a live bar on a terminal, plain lines in logs and CI."""

from __future__ import annotations

import argparse
import time
from typing import Any

from purpose_executors.base import resolve_executor


def add_executor_options(parser: argparse.ArgumentParser) -> None:
    """``--executor``/``--workers``, shared by ``purpose bench`` and ``purpose learn``."""
    parser.add_argument(
        "--executor",
        help="where test and replay episodes, arms and seeds run: sequential, threads (server backends), "
        "processes (embedded model) from purpose-executors, ray (purpose-executor-ray); default: settings "
        "[executor]",
    )
    parser.add_argument("--workers", type=int, help="episodes at once / worker processes (default: settings)")


def executor_from(args: argparse.Namespace, manager: Any) -> Any:
    """The executor the options (or the settings) name, or None for the pipeline's default."""
    if args.executor is None and args.workers is None:
        return None
    return resolve_executor(args.executor, args.workers, manager=manager)


def progress_columns() -> tuple[Any, ...]:
    from rich.progress import (  # lazy: rich only when this command prints
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

        self.console = console
        self.every = every
        self.clock = clock or time.monotonic
        self.start = self.clock()
        self.last = float("-inf")
        self.stage = ""
        self.done = 0
        self.total = 0
        self.replay_starts: dict[str, float] = {}

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
        """Replay episodes have their own count (the plan shrinks as candidates stop early). Each stage
        keeps its own start: with seeds replaying side by side, their lines interleave, and a clock reset
        at every switch would report no time left."""
        now = self.clock()
        start = self.replay_starts.setdefault(stage, now)
        if stage != self.stage:
            self.stage = stage
        elif 0 < done < total and now - self.last < self.every:
            return
        self.last = now
        spent = now - start
        left = f", about {_clock(spent / done * (total - done))} left" if done else ""
        self.console.print(
            f"[{_clock(now - self.start)}] {stage}: episodes {done}/{total}{left}", highlight=False
        )


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}" if minutes >= 60 else f"{minutes}:{secs:02d}"


def run_with_progress(run: Any, config: Any, console: Any, **kwargs: Any) -> Any:
    """``run(config, progress=..., **kwargs)`` (the learning pipeline or the benchmark) with an overall
    bar (train + test episodes) and one bar for the current stage."""
    from rich.progress import Progress  # lazy: rich's progress machinery only when a command runs

    if not console.is_terminal:
        return run(config, progress=LineProgress(console), **kwargs)
    with Progress(*progress_columns(), console=console, transient=False) as bars:
        overall = bars.add_task("episodes (all arms)", total=None)
        stage_bar = bars.add_task("starting", total=None)

        def tick(stage: str, done: int, total: int) -> None:
            if stage == "overall":
                bars.update(overall, completed=done, total=max(total, 1))
            else:
                bars.update(stage_bar, description=stage, completed=done, total=max(total, 1))

        return run(config, progress=tick, **kwargs)
