"""``purpose ui`` as a user starts it: a real subprocess through the plugin's register_commands hook."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from purpose_agent.plugin import PluginManager
from scenario import CORE


def _env(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PURPOSE_AGENT_", "PURPOSE_UI_"))}
    env.update(PURPOSE_AGENT_STORE=str(db), PURPOSE_AGENT_ENABLED_PLUGINS=",".join([*CORE, "ui"]))
    return env


@contextmanager
def _serve(db: Path, *args: str) -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "purpose_agent", "ui", "--port", "0", "--no-open", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=_env(db),
        cwd=db.parent,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert "serving" in line, (
            line,
            proc.stderr.read() if proc.poll() is not None and proc.stderr else "",
        )
        yield line.rsplit(" at ", 1)[1].strip()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _get(url: str, **headers: str) -> tuple[int, str]:
    request = urllib.request.Request(url, headers=headers)
    deadline = time.monotonic() + 10
    while True:
        try:
            with urllib.request.urlopen(request, timeout=5) as reply:
                return reply.status, reply.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()
        except urllib.error.URLError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_the_command_is_contributed_by_the_plugin(tmp_path: Path) -> None:
    from purpose_agent.plugin import PluginsConfig, Settings

    manager = PluginManager(Settings(plugins=PluginsConfig(enabled=[*CORE, "ui"]))).load()
    command = manager.commands().get("ui")
    assert manager.commands().plugin_of("ui") == "ui" and "review page" in command.help


def test_purpose_ui_serves_the_queue_on_loopback(scenario) -> None:
    with _serve(scenario.store_path, "--traces", str(scenario.traces)) as url:
        assert url.startswith("http://127.0.0.1:")
        status, body = _get(url + "queue")
        assert status == 200 and "Prefer metric units" in body
        status, body = _get(url + "runs")
        assert scenario.trace_id in body


def test_remote_binding_needs_the_flag_and_then_the_token(scenario) -> None:
    refused = subprocess.run(
        [sys.executable, "-m", "purpose_agent", "ui", "--host", "0.0.0.0", "--port", "0", "--no-open"],
        capture_output=True,
        text=True,
        env=_env(scenario.store_path),
        cwd=scenario.root,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert refused.returncode == 2 and "--allow-remote" in refused.stderr
    with _serve(scenario.store_path, "--host", "0.0.0.0", "--allow-remote", "--token", "tok-1") as url:
        assert url.endswith("?token=tok-1")
        base = url.split("?", 1)[0]
        assert _get(base + "queue")[0] == 401
        assert _get(base + "queue", Authorization="Bearer tok-1")[0] == 200
