"""The kernel's layers contract: each layer of ``purpose_agent`` imports only the layers below it.

    cli > builtins, testing > learning > runtime > compiler > memory, trace, llm > plugins, config
        > vocabulary

Every ``import`` in the package counts, at module level or inside a function (a function-level import
is an edge all the same, only a later one). Imports under ``if TYPE_CHECKING:`` are left out: they never
run. The layers are written in docs/architecture.md; change both together.

Usage: ``python scripts/check_layers.py [SRC]``; exit 1 with one line per upward import. ``--count``
prints the function-level imports instead (the lazy ones, each of which must carry ``# lazy: <why>``).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "packages" / "purpose-core" / "src"
PACKAGE = "purpose_agent"

#: Lowest first. A module belongs to the first layer naming its top-level submodule.
LAYERS: list[tuple[str, set[str]]] = [
    (
        "vocabulary",
        {"", "types", "hookspecs", "errors", "jsonl", "runmode", "_version", "_lazy", "__main__"},
    ),
    ("plugins/config", {"plugins", "config", "registry"}),
    ("memory/trace/llm", {"memory", "trace", "llm", "immune"}),
    ("compiler", {"compiler"}),
    ("runtime", {"runtime"}),
    ("learning", {"learning", "executors"}),
    ("builtins", {"testing", "builtins"}),
    ("cli", {"cli", "plugin"}),
]
#: Where every import inside a function must say why with a ``# lazy: <reason>`` comment (an import that
#: buys no import time belongs at the top of the module, where the layers check sees it plainly).
LAZY_CHECKED = (
    "builtins/",
    "cli/",
    "runtime/episode.py",
    "runmode.py",
    "learning/loop.py",
    "executors/",
    "plugins.py",
    "plugin.py",
    "registry.py",
    "hookspecs.py",
    "testing.py",
)
#: Distributions built on the kernel: no module of it imports them, not even inside a function (the package
#: root's lazy table names ``pa.Team`` as a string; it is never an import statement).
ABOVE_THE_KERNEL = {"purpose_team"}
#: Modules allowed to reach any layer: the package's lazy ``__init__`` names the public API (each name is
#: imported on first use), and ``__main__`` starts the CLI.
ANYWHERE = {PACKAGE, f"{PACKAGE}.__main__"}


@dataclass(frozen=True)
class Import:
    path: Path
    line: int
    target: str
    in_function: bool
    comment: str


def layer_of(module: str) -> int:
    parts = module.split(".")
    if parts[0] != PACKAGE:
        raise ValueError(module)
    top = parts[1] if len(parts) > 1 else ""
    for index, (_, members) in enumerate(LAYERS):
        if top in members:
            return index
    raise SystemExit(f"check_layers: {module} is in no layer; add {top!r} to LAYERS and docs/architecture.md")


def module_name(path: Path, src: Path) -> str:
    rel = path.relative_to(src).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(path: Path, src: Path) -> Iterator[Import]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text, filename=str(path))
    package = module_name(path, src)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]

    def walk(node: ast.AST, in_function: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                yield from (i for n in child.orelse for i in walk_one(n, in_function))
                continue
            yield from walk_one(child, in_function)

    def walk_one(child: ast.AST, in_function: bool) -> Iterator[Import]:
        inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            line = lines[child.lineno - 1]
            comment = line.partition("#")[2].strip() if "#" in line else ""
            for target in _targets(child, package):
                yield Import(path, child.lineno, target, in_function, comment)
        yield from walk(child, inner)

    yield from walk(tree, False)


def _targets(node: ast.Import | ast.ImportFrom, package: str) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == PACKAGE]
    if node.level:
        base = package.split(".")[: len(package.split(".")) - node.level + 1]
        module = ".".join([*base, node.module] if node.module else base)
    else:
        module = node.module or ""
    if module.split(".")[0] != PACKAGE:
        return []
    if module == PACKAGE:  # ``from purpose_agent import x``: x may be a submodule or a lazy name
        return [f"{PACKAGE}.{a.name}" if a.name in _SUBMODULES else PACKAGE for a in node.names]
    return [module]


_SUBMODULES: set[str] = set()


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def violations(src: Path) -> list[str]:
    """Upward imports, and pairs of subpackages in one layer that import each other (a cycle)."""
    root = src / PACKAGE
    _SUBMODULES.update(p.stem for p in root.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists())
    out = []
    edges: dict[tuple[str, str], Import] = {}
    for path in sorted(root.rglob("*.py")):
        source = f"{PACKAGE}.{module_name(path, root)}".rstrip(".")
        if source in ANYWHERE:
            continue
        mine = layer_of(source)
        for imp in imports(path, src):
            theirs = layer_of(imp.target)
            if theirs > mine:
                out.append(
                    f"{imp.path.relative_to(src)}:{imp.line}: {source} ({LAYERS[mine][0]}) imports "
                    f"{imp.target} ({LAYERS[theirs][0]}), a layer above it"
                )
            elif _top(source) != _top(imp.target):
                edges.setdefault((_top(source), _top(imp.target)), imp)
    for (a, b), imp in sorted(edges.items()):
        if a < b and (b, a) in edges:
            back = edges[(b, a)]
            out.append(
                f"{imp.path.relative_to(src)}:{imp.line}: {a} and {b} import each other "
                f"(back at {back.path.relative_to(src)}:{back.line})"
            )
    return out


def built_on_it(src: Path) -> list[str]:
    """Imports of a distribution that depends on the kernel (``ABOVE_THE_KERNEL``), anywhere in it."""
    out = []
    for path in sorted((src / PACKAGE).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                if name.split(".")[0] in ABOVE_THE_KERNEL:
                    out.append(
                        f"{path.relative_to(src)}:{node.lineno}: imports {name}, a distribution built on "
                        f"the kernel (the caller passes what the kernel needs)"
                    )
    return out


def function_level(src: Path) -> list[Import]:
    """Every import statement inside a function (of any module, not only this package's)."""
    found = []
    for path in sorted((src / PACKAGE).rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for func in ast.walk(ast.parse("\n".join(lines), filename=str(path))):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.iter_child_nodes(func):
                for inner in [node, *ast.walk(node)]:
                    if isinstance(inner, (ast.Import, ast.ImportFrom)):
                        line = lines[inner.lineno - 1]
                        comment = line.partition("#")[2].strip()
                        target = (
                            inner.module or "" if isinstance(inner, ast.ImportFrom) else inner.names[0].name
                        )
                        found.append(
                            Import(
                                path, inner.lineno, "." * getattr(inner, "level", 0) + target, True, comment
                            )
                        )
    return sorted(set(found), key=lambda i: (str(i.path), i.line))


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    src = Path(args[0]) if args else SRC
    if "--count" in argv:
        found = function_level(src)
        for imp in found:
            print(f"{imp.path.relative_to(src)}:{imp.line}: {imp.target}  # {imp.comment}")
        print(f"{len(found)} imports inside functions in {PACKAGE}")
        return 0
    problems = violations(src) + built_on_it(src)
    for imp in function_level(src):
        rel = imp.path.relative_to(src / PACKAGE).as_posix()
        if rel.startswith(LAZY_CHECKED) and not imp.comment.startswith("lazy:"):
            problems.append(
                f"{imp.path.relative_to(src)}:{imp.line}: import inside a function without a "
                f"'# lazy: <reason>' comment (or move it to the top of the module)"
            )
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problems: the layers are in docs/architecture.md")
        return 1
    print(f"layers ok: {PACKAGE} imports run one way ({' < '.join(name for name, _ in LAYERS)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
