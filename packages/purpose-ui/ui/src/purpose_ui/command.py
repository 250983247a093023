"""``purpose ui``: serve the review page on loopback and open it in a browser.

Binding anywhere but loopback exposes memory decisions to the network, so it takes an explicit
``--allow-remote`` and a token; without a token one is generated and printed once.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path

HELP = "serve the local review page: quarantine queue, memory history, runs, benchmark results"
DEFAULT_PORT = 8765
TOKEN_ENV = "PURPOSE_UI_TOKEN"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, loopback)")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 = any)"
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="permit a non-loopback --host; every request must then carry the token",
    )
    parser.add_argument(
        "--token", help=f"access token for a non-loopback host (default: ${TOKEN_ENV}, else generated)"
    )
    parser.add_argument("--store", help="memory store path or URL (default: the configured store)")
    parser.add_argument("--traces", help="trace directory (default: the configured traces directory)")
    parser.add_argument(
        "--results",
        action="append",
        help="benchmark result JSON file or directory (repeatable; default .purpose/results)",
    )
    parser.add_argument(
        "--index",
        help="the workspace's run index (default: $PURPOSE_AGENT_RUN_INDEX or .purpose/runs.jsonl)",
    )
    parser.add_argument("--actor", help="name written to the audit log for decisions (default ui:<user>)")
    parser.add_argument("--read-only", action="store_true", help="open the store read-only (no decisions)")
    parser.add_argument("--no-open", action="store_true", help="do not open a browser")


def run(args: argparse.Namespace) -> int:
    from purpose_agent.plugin import ConfigError, RunMode, get_plugin_manager

    from purpose_ui.security import AccessPolicy, is_loopback
    from purpose_ui.server import bind, serve
    from purpose_ui.workspace import Workspace

    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port {args.port}: a port is 0-65535 (0 picks a free one)")
    loopback = is_loopback(args.host)
    if not loopback and not args.allow_remote:
        raise ConfigError(
            f"--host {args.host} is not a loopback address: the page would let anyone who can reach it "
            f"approve or roll back memories. Add --allow-remote (requests then need a token), or keep "
            f"the default 127.0.0.1"
        )
    token = args.token or os.environ.get(TOKEN_ENV) or secrets.token_urlsafe(24)
    policy = AccessPolicy(token=token, require_token=not loopback, bound_host=args.host)
    manager = get_plugin_manager()
    settings = manager.settings
    results = [Path(p) for p in (args.results or [Path(".purpose") / "results"])]
    workspace = Workspace.open(
        args.store or settings.store,
        traces=Path(args.traces or settings.traces),
        results=results,
        manager=manager,
        mode=RunMode.EVAL_TEST  # eval_test in the settings makes the page read-only, like every command
        if args.read_only or RunMode.parse(settings.run_mode) is RunMode.EVAL_TEST
        else RunMode.LEARNING_TRAIN,
        actor=args.actor or f"ui:{_user()}",
        index=Path(args.index) if args.index else None,
    )
    sock = bind(args.host, args.port)
    port = sock.getsockname()[1]
    shown_host = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
    if ":" in shown_host:
        shown_host = f"[{shown_host}]"
    url = f"http://{shown_host}:{port}/"
    if not loopback:
        url += f"?token={token}"
    print(f"purpose ui: serving {workspace.store.location} at {url}", flush=True)
    if not loopback:
        print("purpose ui: every request needs that token (query once, then a cookie)", flush=True)
    if not args.no_open and sys.stdout.isatty():
        import webbrowser

        webbrowser.open(url)
    from purpose_ui.app import create_app

    try:
        serve(create_app(workspace, policy), sock)
    finally:
        workspace.close()
    return 0


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "user"
