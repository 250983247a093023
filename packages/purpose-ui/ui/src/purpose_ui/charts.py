"""Charts as inline SVG generated here: no chart library, no CDN, readable without JavaScript.

Every label passes through ``html.escape`` before it enters the markup, because arm and curve names come
from result files and must not be able to inject markup into the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from purpose_ui.results import Arm

PALETTE = ("#2563eb", "#16a34a", "#dc2626", "#9333ea", "#ea580c", "#0891b2", "#4b5563")


def _fmt(value: float) -> str:
    return f"{value:.2f}" if abs(value) < 100 else f"{value:.0f}"


def _scale_max(values: Sequence[float]) -> float:
    top = max(values, default=1.0)
    return 1.0 if top <= 1.0 else float(top) * 1.1


def bar_chart(arms: Sequence[Arm], *, title: str = "mean score by arm (95% CI)") -> str:
    """Vertical bars with confidence-interval whiskers; the y axis is 0..1 for scores and rates."""
    if not arms:
        return ""
    width = max(360, 120 * len(arms) + 80, 7 * len(title) + 24)  # the title must fit
    height, left, bottom, top = 270, 48, 56, 42
    plot_h = height - top - bottom
    ymax = _scale_max([a.ci_high if a.ci_high is not None else a.mean for a in arms])
    step = (width - left - 16) / len(arms)
    bar_w = min(64.0, step * 0.6)

    def y(v: float) -> float:
        return top + plot_h * (1 - max(0.0, v) / ymax)

    parts = [_open(width, height, title), _axis_y(left, top, plot_h, width, ymax)]
    for i, arm in enumerate(arms):
        color = PALETTE[i % len(PALETTE)]
        cx = left + step * i + step / 2
        parts.append(
            f'<rect class="bar" x="{cx - bar_w / 2:.1f}" y="{y(arm.mean):.1f}" width="{bar_w:.1f}" '
            f'height="{top + plot_h - y(arm.mean):.1f}" fill="{color}"><title>{escape(arm.name)}: '
            f"{_fmt(arm.mean)}</title></rect>"
        )
        if arm.ci_low is not None and arm.ci_high is not None:
            lo, hi = y(arm.ci_low), y(arm.ci_high)
            parts.append(
                f'<g class="ci" stroke="#111827" stroke-width="1.5"><line x1="{cx:.1f}" y1="{lo:.1f}" '
                f'x2="{cx:.1f}" y2="{hi:.1f}"/><line x1="{cx - 8:.1f}" y1="{lo:.1f}" x2="{cx + 8:.1f}" '
                f'y2="{lo:.1f}"/><line x1="{cx - 8:.1f}" y1="{hi:.1f}" x2="{cx + 8:.1f}" y2="{hi:.1f}"/></g>'
            )
        label_y = (y(arm.ci_high) if arm.ci_high is not None else y(arm.mean)) - 6
        parts.append(
            f'<text x="{cx:.1f}" y="{max(top - 2, label_y):.1f}" text-anchor="middle" '
            f'font-size="12">{_fmt(arm.mean)}</text>'
        )
        parts.append(
            f'<text x="{cx:.1f}" y="{height - bottom + 18:.1f}" text-anchor="middle" font-size="12">'
            f"{escape(_clip(arm.name, 22))}</text>"
        )
        parts.append(
            f'<text x="{cx:.1f}" y="{height - bottom + 34:.1f}" text-anchor="middle" font-size="11" '
            f'fill="#6b7280">n={arm.n}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _fmt_x(value: float) -> str:
    """Training cases and steps are counts: no decimals when the value is whole."""
    return str(int(value)) if float(value).is_integer() else _fmt(value)


def line_chart(series: dict[str, list[tuple[float, float]]], *, title: str = "learning curve") -> str:
    points = [p for values in series.values() for p in values]
    if not points:
        return ""
    width, height, left, bottom, top, right = 560, 270, 48, 40, 42, 16
    plot_w, plot_h = width - left - right, height - top - bottom
    xs = [x for x, _ in points]
    xmin, xmax = min(xs), max(xs)
    ymax = _scale_max([v for _, v in points])
    span = (xmax - xmin) or 1.0

    def px(x: float) -> float:
        return left + plot_w * (x - xmin) / span

    def py(v: float) -> float:
        return top + plot_h * (1 - max(0.0, v) / ymax)

    parts = [_open(width, height, title), _axis_y(left, top, plot_h, width - right + 16, ymax)]
    parts.append(
        f'<text x="{left:.0f}" y="{height - 8}" font-size="11" fill="#6b7280">{_fmt_x(xmin)}</text>'
        f'<text x="{width - right:.0f}" y="{height - 8}" font-size="11" fill="#6b7280" '
        f'text-anchor="end">{_fmt_x(xmax)}</text>'
    )
    for i, (name, values) in enumerate(series.items()):
        color = PALETTE[i % len(PALETTE)]
        coords = " ".join(f"{px(x):.1f},{py(v):.1f}" for x, v in values)
        parts.append(
            f'<polyline class="curve" fill="none" stroke="{color}" stroke-width="2" points="{coords}"/>'
        )
        for x, v in values[:200]:
            parts.append(
                f'<circle cx="{px(x):.1f}" cy="{py(v):.1f}" r="2.5" fill="{color}">'
                f"<title>{escape(name)} at {_fmt(x)}: {_fmt(v)}</title></circle>"
            )
        parts.append(
            f'<text x="{left + 8}" y="{top + 14 + 14 * i}" font-size="12" fill="{color}">'
            f"{escape(_clip(name, 40))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _open(width: int, height: int, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-family="system-ui, sans-serif">'
        f"<title>{escape(title)}</title>"
        f'<text x="8" y="16" font-size="13" font-weight="600">{escape(title)}</text>'
    )


def _axis_y(left: float, top: float, plot_h: float, right: float, ymax: float) -> str:
    parts = []
    for i in range(5):
        value = ymax * i / 4
        yy = top + plot_h * (1 - i / 4)
        parts.append(
            f'<line x1="{left}" y1="{yy:.1f}" x2="{right - 16:.1f}" y2="{yy:.1f}" stroke="#e5e7eb"/>'
            f'<text x="{left - 6}" y="{yy + 4:.1f}" font-size="11" text-anchor="end" fill="#6b7280">'
            f"{_fmt(value)}</text>"
        )
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h:.1f}" stroke="#9ca3af"/>')
    return "".join(parts)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
