"""PythonExecTool against real processes: every hostile program ends clearly and leaves nothing behind."""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from purpose_agent.plugin import ToolResult
from purpose_tools import procscan
from purpose_tools.python_exec import PythonExecTool

WALL_S = 2.0
TOOL = PythonExecTool(
    wall_s=WALL_S, cpu_s=1, memory_mb=128, file_mb=1, max_processes=8, max_output_bytes=20_000
)
AS_ROOT = os.geteuid() == 0
#: Interpreter start, kill and cleanup on top of the wall limit, on a slow 2-core CI machine.
SLACK_S = 3.0


def _sandbox_dirs() -> set[str]:
    return set(glob.glob(os.path.join(tempfile.gettempdir(), "purpose-exec-*")))


@pytest.fixture
def clean() -> Iterator[None]:
    before = _sandbox_dirs()
    yield
    assert _sandbox_dirs() == before, "a sandbox temporary directory was left behind"


def run(code: str, tool: PythonExecTool = TOOL) -> ToolResult:
    started = time.monotonic()
    result = tool.run(code=code)
    assert time.monotonic() - started < tool.limits.wall_s + SLACK_S, result
    data = result.data
    assert data["leftover_pids"] == []
    assert procscan.live_processes(pgid=data["pid"]) == []
    assert procscan.live_processes(session=data["pid"]) == []
    if data["uid"] is not None:
        assert procscan.live_processes(uid=data["uid"]) == [], "a sandbox process survived"
    return result


def test_prints_and_exits(clean: None) -> None:
    result = run("import sys\nprint('hello', 6 * 7)\nprint('warn', file=sys.stderr)")
    assert result.status == "ok"
    assert result.output.startswith("hello 42\n")
    assert "[stderr]\nwarn" in result.output


def test_exception_is_an_error_with_the_traceback_line(clean: None) -> None:
    result = run("1 / 0")
    assert result.status == "error"
    assert "ZeroDivisionError" in (result.error or "")


def test_runs_in_fresh_empty_directory(clean: None) -> None:
    result = run("import os\nprint(sorted(os.listdir('.')), os.getcwd())")
    listing, cwd = result.output.split("] ")
    assert listing == "['main.py'"
    assert os.path.basename(cwd.strip()).startswith("purpose-exec-")
    assert not os.path.exists(cwd.strip())


#: The CPU-limit test's tool: the same 1 s of CPU, but a wall limit far above it, so on a loaded machine
#: (where the loop gets a small share of a core) the CPU limit, not the wall clock, is still what stops it.
CPU_BOUND_TOOL = PythonExecTool(
    wall_s=30.0, cpu_s=1, memory_mb=128, file_mb=1, max_processes=8, max_output_bytes=20_000
)


def test_infinite_loop_hits_cpu_limit(clean: None) -> None:
    result = run("while True:\n    pass", CPU_BOUND_TOOL)
    assert result.status == "limit"
    assert "CPU" in (result.error or "")


def test_sleeping_program_hits_wall_clock(clean: None) -> None:
    result = run("import time\nwhile True:\n    time.sleep(0.1)")
    assert result.status == "timeout"


def test_fork_bomb_is_stopped(clean: None) -> None:
    result = run("import os\nwhile True:\n    os.fork()")
    assert result.status in ("limit", "timeout"), result
    assert result.status == "limit" or not AS_ROOT


@pytest.mark.skipif(not AS_ROOT, reason="escaping the process group is only contained under a dedicated uid")
def test_fork_bomb_that_leaves_the_process_group_is_stopped(clean: None) -> None:
    code = (
        "import os\n"
        "while True:\n"
        "    try:\n"
        "        if os.fork() == 0:\n"
        "            os.setsid()\n"
        "    except OSError:\n"
        "        pass\n"
    )
    result = run(code)
    assert result.status == "timeout"


def test_memory_bomb_hits_memory_limit(clean: None) -> None:
    result = run("blocks = []\nwhile True:\n    blocks.append(bytearray(10**7))")
    assert result.status == "limit"
    assert "memory" in (result.error or "")


def test_huge_print_is_cut_and_stopped(clean: None) -> None:
    result = run("while True:\n    print('x' * 10000)")
    assert result.status == "limit"
    assert result.data["truncated"] is True
    assert len(result.output.encode()) <= TOOL.limits.max_output_bytes + 200


def test_big_file_hits_file_size_limit(clean: None) -> None:
    result = run("open('big', 'wb').write(b'x' * (2 * 1024 * 1024))")
    assert result.status == "limit"
    assert "file" in (result.error or "")


def test_background_child_does_not_outlive_the_call(clean: None) -> None:
    result = run("import subprocess\nsubprocess.Popen(['sleep', '60'])\nprint('started')")
    assert result.status == "ok"


@pytest.mark.skipif(not AS_ROOT, reason="a dedicated uid and a network namespace need root")
def test_runs_as_unprivileged_user_without_network(clean: None) -> None:
    code = (
        "import os, socket\n"
        "print(os.getuid(), os.geteuid())\n"
        "s = socket.socket()\n"
        "s.settimeout(1)\n"
        "try:\n"
        "    s.connect(('127.0.0.1', 9))\n"
        "except OSError as exc:\n"
        "    print('no network', exc.errno)\n"
        "for path in ('/root', '/etc/shadow'):\n"
        "    try:\n"
        "        os.listdir(path) if path == '/root' else open(path).read()\n"
        "        print('READ', path)\n"
        "    except OSError:\n"
        "        print('denied', path)\n"
        "open('/tmp/purpose-debris-test', 'w').write('x')\n"
    )
    result = run(code)
    uid = result.data["uid"]
    assert result.output.splitlines()[0] == f"{uid} {uid}" and uid != 0
    assert "no network" in result.output
    assert "READ" not in result.output
    assert not os.path.exists("/tmp/purpose-debris-test"), "files the sandbox left in /tmp must be removed"


def test_environment_is_scrubbed(clean: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-purpose-fake-secret-in-process")
    result = run("import os\nprint(sorted(os.environ))\nprint(os.environ.get('OPENAI_API_KEY'))")
    assert "sk-purpose-fake-secret" not in result.output
    assert result.output.splitlines()[0] == "['HOME', 'LANG', 'LC_ALL', 'PATH', 'TMPDIR']"


_HELPER = """
import json, sys
from purpose_tools.python_exec import PythonExecTool
code = sys.stdin.read()
result = PythonExecTool(wall_s=5, cpu_s=3, memory_mb=128).run(code=code)
print(json.dumps({"status": result.status, "output": result.output, "error": result.error}))
"""

_SNOOP = r"""
import os
found = []
targets = ['/proc/%d/environ' % os.getppid(), '/proc/self/environ', '/proc/1/environ']
pids = [p for p in os.listdir('/proc') if p.isdigit()] if os.path.isdir('/proc') else []
targets += ['/proc/%s/environ' % p for p in pids]
targets += ['/proc/%s/cmdline' % p for p in pids]
for path in targets:
    try:
        with open(path, 'rb') as handle:
            data = handle.read()
    except OSError:
        continue
    if b'SECRET' in data.upper():
        found.append(path)
found += ['env:' + k for k, v in os.environ.items() if 'SECRET' in (k + v).upper()]
print('FOUND' if found else 'NOTHING', found)
"""


@pytest.mark.skipif(not AS_ROOT, reason="same-uid processes can read each other's /proc environ")
def test_parent_environment_cannot_be_read(clean: None) -> None:
    """The secret sits in the initial environment of the process that runs the tool, as a real key would."""
    secret = "purpose-fake-secret-" + os.urandom(6).hex()
    env = {**os.environ, "PURPOSE_FAKE_SECRET_KEY": secret}
    done = subprocess.run(
        [sys.executable, "-c", _HELPER],
        input=_SNOOP,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    assert answer["status"] == "ok", answer
    assert answer["output"].startswith("NOTHING"), answer["output"]
    assert secret not in answer["output"]


def test_wrong_arguments_do_not_start_a_process() -> None:
    assert TOOL.run(code="").status == "invalid_arguments"
    assert TOOL.run(code=12).status == "invalid_arguments"
    assert TOOL.run(code="print(1)\x00").status == "refused"


# -- confinement: the program sees its own folder and the system, nothing of the user's ------------


def test_the_program_cannot_open_the_users_store_config_or_home(clean: None, tmp_path: Path) -> None:
    from purpose_agent.plugin import MemoryCard, PluginManager, RunMode, Settings, open_store

    key = "sk-proj-" + os.urandom(12).hex()
    manager = PluginManager(Settings(store=str(tmp_path / "memory.db"))).load()
    with open_store(str(tmp_path / "memory.db"), RunMode.LEARNING_TRAIN, manager=manager) as store:
        store.add(MemoryCard(kind="user_preference", content="Prefer short answers."))
    (tmp_path / "purpose.toml").write_text(f'# {key}\nmodel = "x"\n')
    os.chmod(tmp_path / "purpose.toml", 0o644)  # readable by anyone: only the confinement can stop it
    os.chmod(tmp_path, 0o755)
    home = Path.home() / ".config"
    targets = [tmp_path / "memory.db", tmp_path / "purpose.toml", tmp_path, home]
    code = (
        "import os\n"
        + (
            "try:\n"
            f"    print('OPEN home', os.listdir({str(Path.home())!r}))\n"
            "except OSError as e:\n"
            "    print('denied home', e.errno)\n"
        )
        + "".join(
            f"try:\n    print('OPEN' if os.path.exists({str(t)!r}) else 'absent', {str(t)!r})\n"
            f"except OSError as e:\n    print('denied', e.errno)\n"
            for t in targets
        )
    )
    result = run(code)
    assert result.status == "ok", result
    assert "OPEN" not in result.output, result.output
    assert key not in result.output


def test_run_lock_is_clean_on_every_call(clean: None) -> None:
    first = run("open('/run/lock/purpose-x', 'w').write('x'); open('/var/lock/purpose-y', 'w').write('y')")
    assert first.status == "ok", first
    second = run("import os; print(sorted(os.listdir('/run/lock')), sorted(os.listdir('/var/lock')))")
    assert second.output.strip() == "[] []", second.output
    assert not os.path.exists("/run/lock/purpose-x")


def test_filesystem_unix_sockets_are_out_of_reach(clean: None, tmp_path: Path) -> None:
    import socket

    path = f"/tmp/purpose-sock-{os.getpid()}"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(path)
        os.chmod(path, 0o777)
        server.listen(1)
        code = (
            "import socket\n"
            "s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
            "try:\n"
            f"    s.connect({path!r}); print('CONNECTED')\n"
            "except OSError as e:\n"
            "    print('refused', e.errno)\n"
        )
        result = run(code)
        assert result.status == "ok" and result.output.startswith("refused"), result
    finally:
        server.close()
        os.unlink(path)
