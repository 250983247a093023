"""The wizard driven through a real pseudo-terminal: purpose -> run -> review -> bench -> quit.

The child is a real ``purpose`` wizard process with a real SQLite store and real traces; only the model is
scripted (a backend plugin registered in the child), so the path is fast and its outcome known: the
scripted model multiplies correctly for even first operands, and always once a solved case is in memory.
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect", reason="the pseudo-terminal test needs pexpect (a test dependency)")

CORE = (
    "core-memory-kinds,core-store-sqlite,core-strategy-react,core-judge,core-optimizer-cases,optimizer-lessons,"
    "learn"
)

CHILD = textwrap.dedent(
    """
    import json, re, sys
    sys.path.insert(0, {tests!r})
    from purpose_agent import hookimpl
    from purpose_agent.plugin import PluginManager, set_plugin_manager
    from purpose_agent.testing import ScriptedBackend
    from plugin_fixtures import keyword_scanner

    def policy(messages):
        prompt = "\\n".join(m.content for m in messages)
        a, b = map(int, re.findall(r"What is (\\d+) \\* (\\d+)", messages[-1].content)[-1])
        right = a % 2 == 0 or "Solved:" in prompt
        return json.dumps({{"action": "final_answer", "input": str(a * b if right else a * b + 1)}})

    class ScriptedPlugin:
        @hookimpl
        def register_backends(self, registry):
            registry.add(lambda model, **settings: ScriptedBackend(policy), name="scripted")

        @hookimpl
        def resolve_backend(self, model, settings):
            return "scripted" if model == "scripted" else None

    manager = PluginManager().load()
    manager.register(ScriptedPlugin(), name="scripted-model")
    manager.register(keyword_scanner, name="keyword-scanner")
    set_plugin_manager(manager)
    from purpose_cli_extras.wizard import main
    sys.exit(main())
    """
)


def test_wizard_purpose_run_review_bench_through_a_pty(tmp_path: Path) -> None:
    child_py = tmp_path / "child.py"
    core_tests = Path(__file__).resolve().parents[2] / "purpose-core" / "tests"  # plugin_fixtures
    child_py.write_text(CHILD.format(tests=str(core_tests)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    env.update(
        PURPOSE_AGENT_ENABLED_PLUGINS=CORE,
        PURPOSE_AGENT_MODEL="scripted",
        PURPOSE_AGENT_STORE=str(tmp_path / "memory.db"),
        PURPOSE_AGENT_TRACES=str(tmp_path / "traces"),
        TERM="dumb",
        NO_COLOR="1",
        COLUMNS="160",
    )
    child = pexpect.spawn(
        sys.executable,
        [str(child_py)],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=45,
        dimensions=(60, 160),
    )
    log = tmp_path / "wizard.log"
    child.logfile_read = log.open("w", encoding="utf-8")
    try:
        child.expect("Purpose \\(what should the agent do\\?\\)")
        child.sendline("")
        child.expect("A purpose is needed")  # empty input is asked again, not fatal
        child.sendline("Answer arithmetic questions")
        child.expect("Model")
        child.sendline("no-such-model")
        child.expect("no installed backend claims model 'no-such-model'")
        child.expect("Model")
        child.sendline("")  # default: the configured model
        child.expect("Knowledge folder")
        child.sendline(str(tmp_path / "missing"))
        child.expect("is not a folder")
        child.sendline("")
        child.expect("Team math \\(solver\\) on scripted")
        child.expect("What next\\?")
        child.sendline("run")
        child.expect("Task")
        child.sendline("What is 14 * 23?")
        child.expect("Known answer")
        child.sendline("322")
        child.expect("checker:numeric")
        child.expect("What next\\?")
        child.sendline("review")
        child.expect("episodic_case .*Solved: What is 14 \\* 23\\?")
        child.expect("promote, reject or skip\\?")
        child.sendline("promote")
        child.expect("promoted")
        child.expect("What next\\?")
        child.sendline("bench")
        child.expect("arithmetic")
        child.expect("Suite")
        child.sendline("arithmetic")
        child.expect("Cases")
        child.sendline("12")
        child.expect("Arms")
        child.sendline("baseline,full")
        child.expect("paired differences", timeout=120)
        child.expect("result: (\\S+result\\.json)")
        result_path = Path(child.match.group(1))
        child.expect("What next\\?")
        child.sendline("quit")
        child.expect("Bye")
        child.expect(pexpect.EOF)
    finally:
        child.close()
        child.logfile_read.close()
    assert child.exitstatus == 0, log.read_text()
    from purpose_eval.report import load_json

    result = load_json(result_path)
    assert [s.arm for s in result.summary] == ["baseline", "full"]
    assert result.summary_of("full").success.mean >= result.summary_of("baseline").success.mean
    assert result.summary_of("baseline").success.n == 3
    transcript = log.read_text()
    assert "Traceback" not in transcript
    # the wizard's run and bench registered where they wrote, for `purpose ui`
    from purpose_runs import read as read_run_index

    entries, problems = read_run_index(tmp_path / ".purpose" / "runs.jsonl")
    assert problems == []
    assert [e.command for e in entries if e.trace_ids] == ["wizard run"]
    arms = {(e.command, e.arm, e.seed) for e in entries if e.arm}
    assert arms == {("wizard bench", "baseline", 0), ("wizard bench", "full", 0)}
    (result_entry,) = [e for e in entries if e.kind == "result"]
    assert result_entry.command == "wizard bench" and result_entry.result.resolve() == result_path.resolve()


def test_wizard_with_input_closed_ends_cleanly(tmp_path: Path) -> None:
    import subprocess

    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    env.update(PURPOSE_AGENT_ENABLED_PLUGINS=CORE, PURPOSE_AGENT_STORE=str(tmp_path / "m.db"))
    proc = subprocess.run(
        [sys.executable, "-m", "purpose_cli_extras.wizard"],
        input="Answer arithmetic questions\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 130 and "input ended" in proc.stdout
    assert "Traceback" not in proc.stderr
