"""Jinja templates with autoescaping, and the context every page shares (navigation counts, live marks)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from purpose_ui.security import AccessPolicy


def readable_evidence(ev: Any, part: str) -> bool:
    """Whether ``ev[part]`` has the shape the card page renders; one malformed card must not be a 500."""
    value = ev.get(part) if isinstance(ev, dict) else None
    if not isinstance(value, dict):
        return False
    if part == "scan":
        threats = value.get("threats") or []
        return isinstance(threats, list) and all(isinstance(t, dict) for t in threats)
    numbers = ("mean_without", "mean_with", "mean_gain")
    runs = value.get("runs") or []
    return (
        all(isinstance(value.get(k), int | float) and not isinstance(value.get(k), bool) for k in numbers)
        and isinstance(runs, list)
        and all(isinstance(r, dict) for r in runs)
    )


def _pretty(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str)


def _short(text: Any, n: int = 120) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)[:19].replace("T", " ")


def _when_ts(value: Any) -> str:
    """A file time (seconds since the epoch) in local time."""
    if not isinstance(value, int | float) or value <= 0:
        return "—"
    return datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M:%S")


def _abspath(value: Any) -> str:
    from pathlib import Path

    return str(Path(str(value)).absolute()) if value else ""


def _scope(scope: Any) -> str:
    if scope.is_global:
        return "global"
    parts = [
        f"{k}={v}" for k, v in (("team", scope.team), ("agent", scope.agent), ("task", scope.task_type)) if v
    ]
    if scope.tool_names:
        parts.append("tools=" + ",".join(scope.tool_names))
    return " ".join(parts)


class Renderer:
    def __init__(self, workspace: Any, policy: AccessPolicy) -> None:
        from jinja2 import Environment, PackageLoader, select_autoescape

        self.ws = workspace
        self.policy = policy
        self.env = Environment(
            loader=PackageLoader("purpose_ui", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters.update(
            pretty=_pretty, short=_short, when=_when, scope=_scope, when_ts=_when_ts, abspath=_abspath
        )
        self.env.filters["readable"] = readable_evidence
        self.env.globals.update(query=self._query)

    @staticmethod
    def _query(base: dict[str, Any], **changes: Any) -> str:
        """The current query string with some keys replaced (paging links keep the filters)."""
        merged: dict[str, Any] = {**base, **changes}
        pairs = []
        for key, value in merged.items():
            if value in (None, "", []):
                continue
            for item in value if isinstance(value, list) else [value]:
                pairs.append((key, item))
        return "?" + urlencode(pairs)

    def page(self, request: Any, template: str, context: dict[str, Any]) -> str:
        marks = self.ws.change_marks()
        params: dict[str, Any] = {}
        for key in request.query_params:
            values = request.query_params.getlist(key)
            params[key] = values if len(values) > 1 else values[0]
        return self.env.get_template(template).render(
            request_path=request.url.path,
            params=params,
            csrf=self.policy.token,
            marks=marks,
            marks_json=json.dumps(marks),
            writable=self.ws.writable,
            actor=self.ws.actor,
            location=self.ws.store.location,
            **context,
        )
