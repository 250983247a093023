"""Fail when any first-party distribution's version, or any pin on a sibling, disagrees with core's version.

One version number for all first-party distributions keeps a reproduced run honest: the loaded plugin set in
a trace names versions, and those must mean the same code everywhere.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = ROOT / "packages/purpose-core/src/purpose_agent/_version.py"


def core_version() -> str:
    match = re.search(r'__version__ = "([^"]+)"', VERSION_FILE.read_text())
    if not match:
        raise SystemExit(f"{VERSION_FILE}: no __version__ found")
    return match.group(1)


def problems(root: Path = ROOT) -> list[str]:
    version = core_version()
    found: list[str] = []
    projects = sorted(root.glob("packages/**/pyproject.toml"))
    names = set()
    data = {}
    for path in projects:
        project = tomllib.loads(path.read_text())["project"]
        names.add(project["name"])
        data[path] = project
    for path, project in data.items():
        rel = path.relative_to(root)
        if project.get("version") != version:
            found.append(f"{rel}: version {project.get('version')!r} != {version!r}")
        extras = [r for group in project.get("optional-dependencies", {}).values() for r in group]
        for req in [*project.get("dependencies", []), *extras]:
            name = re.split(r"[\s\[<>=!~;]", req, maxsplit=1)[0]
            if name in names and not req.replace(" ", "").endswith(f"=={version}"):
                found.append(f"{rel}: sibling {req!r} must be pinned as {name}=={version}")
    if not projects:
        found.append("no distributions found under packages/")
    return found


def main() -> int:
    found = problems()
    for line in found:
        print(line)
    print(f"{'FAIL' if found else 'ok'}: {len(list(ROOT.glob('packages/**/pyproject.toml')))} distributions "
          f"checked against version {core_version()}")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
