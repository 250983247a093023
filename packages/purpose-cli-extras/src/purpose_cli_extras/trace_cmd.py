"""``purpose trace``: list recent traces and show one as a readable timeline.

A trace file is the evidence behind every score and memory; this renders it for a person: when each
step happened (seconds from the start), what the model chose, what the tools returned, how the episode
was judged, and which memories the prompt showed. Ids may be abbreviated to any unique prefix.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import Any

HELP = "list traces, or show one as a timeline (purpose trace show <id>)"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="trace_action", metavar="ACTION")
    show = sub.add_parser("show", help="render one trace as a timeline")
    show.add_argument("trace", help="trace id (or a unique prefix of it), or a path to a .jsonl trace")
    show.add_argument("--dir", help="traces folder (default: the traces setting)")
    show.add_argument("--json", action="store_true", help="print the events as JSON instead")
    show.add_argument("--width", type=int, default=100, help="characters of each event summary to show")
    listing = sub.add_parser("list", help="the most recent traces")
    listing.add_argument("--dir", help="traces folder (default: the traces setting)")
    listing.add_argument("-n", type=int, default=20, help="how many (default 20)")


def _folder(args: argparse.Namespace) -> Path:
    if args.dir:
        return Path(args.dir)
    from purpose_agent.plugin import load_settings

    return Path(load_settings().traces)


def find_trace(ref: str, folder: Path) -> Path:
    """A path as given, or the one trace in ``folder`` whose id starts with ``ref``."""
    from purpose_agent.plugin import ValidationError

    as_path = Path(ref)
    if as_path.suffix == ".jsonl" and as_path.is_file():
        return as_path
    if not folder.is_dir():
        raise ValidationError(f"no traces folder at {folder}; run an agent first or pass --dir")
    matches = sorted(folder.glob(f"{ref}*.jsonl"))
    if not matches:
        raise ValidationError(f"no trace {ref!r} in {folder}; see `purpose trace list`")
    if len(matches) > 1:
        names = ", ".join(m.stem for m in matches[:5])
        raise ValidationError(f"{ref!r} matches {len(matches)} traces ({names}, ...); give more of the id")
    return matches[0]


def summarize(event_type: str, data: dict[str, Any]) -> str:
    """One line saying what an event means."""
    if event_type == "prompt_compiled":
        shown = ", ".join(data.get("shown_ids") or []) or "none"
        messages = len(data.get("messages") or [])
        tokens = f"{data.get('total_tokens')}/{data.get('budget')}"
        return f"{messages} messages, {tokens} tokens, memories shown: {shown}"
    if event_type == "model_call":
        args = json.dumps(data.get("arguments", {}), ensure_ascii=False)
        followed = " (followed a skill card)" if data.get("followed_suggestion") else ""
        return f"step {data.get('step')}: {data.get('action')} {args}{followed}"
    if event_type == "tool_call":
        args = json.dumps(data.get("arguments", {}), ensure_ascii=False)
        return f"{data.get('tool')}({args}) -> {data.get('status')}"
    if event_type == "observation":
        return " ".join(str(data.get("text", "")).split())
    if event_type == "score":
        # The writer nests the Score under "score"; older traces and plugins may write it flat.
        score = data["score"] if isinstance(data.get("score"), dict) else data
        by = score.get("evaluator") or ("checker" if score.get("deterministic") else "judge")
        return f"{score.get('value')} by {by}: {score.get('reasoning', '')}".rstrip(": ")
    if event_type == "candidate_proposed":
        return f"{data.get('kind')} {data.get('card_id')} -> {data.get('status')}: {data.get('reason')}"
    if event_type == "error":
        return f"[{data.get('stage')}] {data.get('error')}"
    if event_type == "episode_finished":
        score = data.get("score")
        return (
            f"{data.get('status')}; answer {str(data.get('answer', ''))!r}; score {score}; "
            f"{data.get('seconds', 0) or 0:.2f} s, {data.get('tokens', 0)} tokens"
        )
    if event_type == "conversation.turn":
        return f"{data.get('speaker')}: {data.get('text')}"
    return json.dumps(data, ensure_ascii=False)


def _started(header: Any) -> float | None:
    try:
        return datetime.fromisoformat(header.started_at).timestamp()
    except (TypeError, ValueError):
        return None


def show(args: argparse.Namespace) -> int:
    from purpose_agent.plugin import read_trace
    from rich.console import Console
    from rich.table import Table

    trace = read_trace(find_trace(args.trace, _folder(args)))
    console = Console(highlight=False, soft_wrap=False)
    if args.json:
        print(json.dumps([e.model_dump(mode="json") for e in trace.events], ensure_ascii=False, indent=1))
        return 0
    h = trace.header
    meta = h.meta
    who = ", ".join(f"{k}={meta[k]}" for k in ("agent", "team", "model", "conversation") if meta.get(k))
    console.print(f"[bold]{h.trace_id}[/]  {h.started_at}  run mode {h.run_mode}  {who}")
    if h.task:
        console.print(f"task: {h.task}")
    start = _started(h) or (trace.events[0].ts if trace.events else 0.0)
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("+s", justify="right")
    table.add_column("#", justify="right")
    table.add_column("event")
    table.add_column("what happened", overflow="fold")
    for event in trace.events:
        text = summarize(event.type, event.data)
        if len(text) > args.width:
            text = text[: args.width - 1] + "…"
        style = "red" if event.type == "error" else ("green" if event.type == "score" else "")
        table.add_row(f"{event.ts - start:.2f}", str(event.seq), event.type, text, style=style)
    console.print(table)
    if trace.truncated:
        console.print("[yellow]the last line was cut off: the run stopped while writing it[/]")
    elif not trace.finished:
        console.print(
            "[yellow]no episode_finished event: the run did not finish (killed or still running)[/]"
        )
    return 0


def list_traces(args: argparse.Namespace) -> int:
    from purpose_agent.plugin import ValidationError, read_trace
    from rich.console import Console
    from rich.table import Table

    folder = _folder(args)
    paths = sorted(folder.glob("*.jsonl"), key=lambda p: p.stat().st_mtime, reverse=True)[: args.n]
    table = Table("trace", "started", "agent", "status", "task", box=None, header_style="bold")
    for path in paths:
        try:
            trace = read_trace(path)
        except ValidationError as exc:
            table.add_row(path.stem, "", "", "unreadable", str(exc)[:60])
            continue
        status = trace.events[-1].data.get("status", "") if trace.finished else "unfinished"
        agent = trace.header.meta.get("agent") or (
            "conversation" if trace.header.meta.get("conversation") else ""
        )
        table.add_row(
            path.stem, trace.header.started_at[:19], str(agent), str(status), (trace.header.task or "")[:50]
        )
    Console(highlight=False).print(table if paths else f"no traces in {folder}")
    return 0


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "trace_action", None)
    if action == "show":
        return show(args)
    return list_traces(args)
