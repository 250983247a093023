"""Reports of a benchmark result: a rich table for people, a JSON file for machines and reruns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from purpose_eval.harness import BenchResult


def _pct(value: float) -> str:
    return f"{value:.0%}"


def results_table(result: BenchResult) -> Any:
    from rich.table import Table

    n_seeds = len(result.seeds)
    table = Table(
        title=(
            f"purpose bench {result.suite['name']}: {result.suite['size']} cases x {n_seeds} seed(s) "
            f"{result.seeds}, test items per arm {result.summary[0].success.n if result.summary else 0}"
        )
    )
    for column in (
        "arm",
        "model",
        "test n",
        "success [95% CI]",
        "Φ score [95% CI]",
        "promoted",
        "tokens/case",
    ):
        table.add_column(column, justify="right" if column not in ("arm", "model") else "left")
    for s in result.summary:
        table.add_row(
            s.arm,
            s.model,
            str(s.success.n),
            f"{_pct(s.success.mean)} [{_pct(s.success.low)}, {_pct(s.success.high)}]",
            f"{s.phi.mean:.2f} [{s.phi.low:.2f}, {s.phi.high:.2f}]",
            str(s.promoted) if s.spec.learn else "-",
            f"{s.mean_tokens:.0f}",
        )
    return table


def comparisons_table(result: BenchResult) -> Any:
    from rich.table import Table

    table = Table(title="paired differences (same test items, same seeds); 95% bootstrap CI")
    for column in ("arm - reference", "metric", "difference [95% CI]", "wins/losses/ties", "verdict"):
        table.add_column(column)
    for c in result.comparisons:
        if c.significant:
            verdict = "[green]better[/]" if c.diff.mean > 0 else "[red]worse[/]"
        else:
            verdict = "no detectable difference"
        table.add_row(
            f"{c.arm} - {c.reference}",
            c.metric,
            c.diff.fmt(pct=c.metric == "success"),
            f"{c.wins}/{c.losses}/{c.ties}",
            verdict,
        )
    return table


def write_json(result: BenchResult, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(result.model_dump_json(indent=2), encoding="utf-8")
    return path


def load_json(path: str | Path) -> BenchResult:
    from purpose_agent.plugin import ValidationError

    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"result file {path} does not exist")
    try:
        return BenchResult.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValidationError(f"{path} is not a purpose bench result: {str(exc)[:300]}") from None
