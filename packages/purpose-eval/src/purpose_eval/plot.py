"""A PNG of a benchmark: learning curves (test success as training grows) and ablation bars with CIs.

matplotlib is an optional extra (``pip install 'purpose-eval[plot]'``); without it the harness still runs
and :func:`plot_result` raises a :class:`~purpose_agent.errors.PluginNotFoundError` that says so.
"""

from __future__ import annotations

from pathlib import Path

from purpose_agent.plugin import PluginNotFoundError

from purpose_eval.harness import BenchResult

INSTALL_HINT = "the plot needs matplotlib: pip install 'purpose-eval[plot]' (or pip install matplotlib)"


def have_matplotlib() -> bool:
    import importlib.util

    return importlib.util.find_spec("matplotlib") is not None


def plot_result(result: BenchResult, path: str | Path) -> Path:
    if not have_matplotlib():
        raise PluginNotFoundError(INSTALL_HINT)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (curve_ax, bar_ax) = plt.subplots(1, 2, figsize=(11, 4.2))
    reference = next((s for s in result.summary if not s.spec.learn and not s.spec.memory), None)
    for s in result.summary:
        curve = getattr(s, "test_curve", [])
        if not curve:
            continue
        xs = [p.trained for p in curve]
        ys = [p.success for p in curve]
        if reference is not None:  # before any training the arm is the no-memory baseline
            xs, ys = [0, *xs], [reference.success.mean, *ys]
        curve_ax.plot(xs, ys, marker="o", label=s.arm)
    if reference is not None:
        curve_ax.axhline(
            reference.success.mean, color="grey", linestyle="--", label=f"{reference.arm} (no memory)"
        )
    curve_ax.set_title("learning curve: test success (EVAL_TEST) after training")
    curve_ax.set_xlabel("training cases seen (per seed)")
    curve_ax.set_ylabel("test success (mean over seeds)")
    curve_ax.set_ylim(-0.02, 1.05)
    if curve_ax.get_legend_handles_labels()[0]:
        curve_ax.legend(loc="lower right")
    else:
        curve_ax.text(0.5, 0.5, "no arm learns", ha="center", va="center", transform=curve_ax.transAxes)
    names = [s.arm for s in result.summary]
    means = [s.success.mean for s in result.summary]
    errors = [
        [s.success.mean - s.success.low for s in result.summary],
        [s.success.high - s.success.mean for s in result.summary],
    ]
    bar_ax.bar(names, means, yerr=errors, capsize=6, color="#4C72B0")
    for i, s in enumerate(result.summary):
        bar_ax.text(i, s.success.high + 0.03, f"{s.success.mean:.0%} (n={s.success.n})", ha="center")
    bar_ax.set_ylim(0, 1.2)
    bar_ax.set_title("test success by arm (95% bootstrap CI, EVAL_TEST)")
    bar_ax.set_ylabel("success rate")
    fig.suptitle(
        f"{result.suite['name']}: seeds {result.seeds}, {result.summary[0].model if result.summary else ''}"
    )
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
