"""The rich panel of one episode's result: what `purpose run` prints (and purpose-cli-extras' wizard)."""

from __future__ import annotations

from typing import Any


def episode_panel(result: Any) -> Any:
    from rich.panel import Panel  # lazy: rich only when this command prints
    from rich.table import Table  # lazy: rich only when this command prints

    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    score = result.score
    table.add_row("answer", result.answer or "(none)")
    table.add_row("status", result.status.value + (f" ({result.error})" if result.error else ""))
    if score is not None:
        table.add_row("score", f"{score.value:.2f} by {score.evaluator or 'judge'}: {score.reasoning}")
    for step in result.steps:
        args = ", ".join(f"{k}={v!r}" for k, v in step.arguments.items())
        mark = " (suggested by a skill)" if step.suggested else ""
        table.add_row(f"step {step.index + 1}", f"{step.action}({args}) -> {step.observation[:120]}{mark}")
    table.add_row("memories", ", ".join(result.memory_ids) or "none")
    if result.candidates:
        table.add_row("learned", "; ".join(f"{c.kind} {c.card_id}: {c.status}" for c in result.candidates))
    table.add_row(
        "cost", f"{result.tokens} tokens, {result.seconds:.1f} s ({result.model_seconds:.1f} s in the model)"
    )
    table.add_row("trace", result.trace_path or "-")
    if result.immune == "off":
        table.add_row("immune", "[bold red]OFF[/]: memories are not scanned")
    return Panel(table, title="purpose run", expand=False)
