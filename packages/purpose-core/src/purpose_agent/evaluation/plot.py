"""A PNG of a benchmark: learning curves (training success over episodes) and ablation bars with CIs.

matplotlib is an optional extra (``pip install purpose-core[plot]``); without it the harness still runs
and :func:`plot_result` raises a :class:`~purpose_agent.errors.PluginNotFoundError` that says so.
"""

from __future__ import annotations

from pathlib import Path

from purpose_agent.errors import PluginNotFoundError
from purpose_agent.evaluation.harness import BenchResult

INSTALL_HINT = "the plot needs matplotlib: pip install 'purpose-core[plot]' (or pip install matplotlib)"


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
    for s in result.summary:
        if s.train_success_curve:
            xs = list(range(1, len(s.train_success_curve) + 1))
            curve_ax.plot(xs, s.train_success_curve, marker="o", markersize=3, label=s.arm)
    curve_ax.set_title("learning curve: cumulative training success")
    curve_ax.set_xlabel("training episode")
    curve_ax.set_ylabel("success rate so far (mean over seeds)")
    curve_ax.set_ylim(-0.02, 1.02)
    if curve_ax.get_legend_handles_labels()[0]:
        curve_ax.legend()
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
        bar_ax.text(i, min(s.success.high + 0.03, 1.0), f"{s.success.mean:.0%}\nn={s.success.n}", ha="center")
    bar_ax.set_ylim(0, 1.15)
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
