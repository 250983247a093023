"""``purpose_agent._lazy.lazy_exports``: names resolve on first use, are cached, listed, and nothing else.

The packages that use it are checked in a fresh interpreter, so an earlier test that already imported a
submodule cannot hide an eager import.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
from collections.abc import Iterator

import pytest
from purpose_agent._lazy import lazy_exports


@pytest.fixture
def package() -> Iterator[types.ModuleType]:
    """A throw-away package whose lazy names live in the standard library's ``json`` and ``textwrap``."""
    module = types.ModuleType("lazy_probe_pkg")
    sys.modules[module.__name__] = module
    module.__version__ = "1.0"  # type: ignore[attr-defined]
    exports = {"dumps": "json", "dedent": "textwrap"}
    module.__all__, module.__getattr__, module.__dir__ = lazy_exports(  # type: ignore[attr-defined]
        module.__name__, exports, eager=["__version__"]
    )
    yield module
    del sys.modules[module.__name__]


def test_all_lists_eager_names_first_then_lazy_ones_sorted(package: types.ModuleType) -> None:
    assert package.__all__ == ["__version__", "dedent", "dumps"]
    assert sorted(dir(package)) == ["__version__", "dedent", "dumps"]


def test_a_name_resolves_to_the_defining_module_and_is_cached(package: types.ModuleType) -> None:
    assert "dumps" not in vars(package)
    assert package.dumps is json.dumps
    assert vars(package)["dumps"] is json.dumps, "the second lookup must not go through __getattr__"


def test_an_unknown_name_is_an_attribute_error(package: types.ModuleType) -> None:
    with pytest.raises(AttributeError, match="module 'lazy_probe_pkg' has no attribute 'nothing'"):
        package.nothing  # noqa: B018
    assert not hasattr(package, "nothing")
    assert getattr(package, "nothing", 7) == 7


PROBE = r"""
import importlib, json, sys
out = {}
names = ("memory",)
for name in ("purpose_agent", *(f"purpose_agent.{n}" for n in names)):
    before = set(sys.modules)
    pkg = importlib.import_module(name)
    out[name] = {
        "all": list(pkg.__all__),
        "dir": sorted(dir(pkg)),
        "new": sorted(m for m in set(sys.modules) - before if m.startswith("purpose_agent.")),
    }
print(json.dumps(out))
"""


def test_core_packages_list_their_names_and_import_none_of_their_modules() -> None:
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    seen = json.loads(proc.stdout)
    root = seen["purpose_agent"]
    assert root["all"][0] == "__version__"
    assert {"Team", "purpose", "PurposeError", "parallel"} <= set(root["all"])
    assert seen["purpose_agent.memory"]["all"] == sorted(seen["purpose_agent.memory"]["all"])
    assert {"SQLiteStore", "open_store"} <= set(seen["purpose_agent.memory"]["all"])
    assert "KnowledgeStore" in root["all"] and "Graph" in root["all"]
    for name, info in seen.items():
        assert info["dir"] == sorted(info["all"]), name
        assert set(info["new"]) <= {name, "purpose_agent._lazy", "purpose_agent._version"}, info["new"]


MISSING = r"""
import sys
for name in (
    "purpose_level3", "purpose_knowledge", "purpose_testing", "purpose_eval", "purpose_learn",
    "purpose_executors", "purpose_team",
):
    sys.modules[name] = None  # as if the distribution were not installed
import purpose_agent as pa
import purpose_agent.executors as executors
for name in ("Graph", "RunStream", "KnowledgeStore", "run_benchmark", "learn", "Team", "LLMCompiler"):
    try:
        getattr(pa, name)
    except ImportError as exc:
        print(exc)
import purpose_agent.plugin as api
for name in ("ToolBox", "validate_tool_arguments"):  # the plugin API names the toolbox's home the same way
    try:
        getattr(api, name)
    except ImportError as exc:
        print(exc)
print(api.validate.__module__)  # the kernel's JSON-schema validator needs no purpose-team
try:
    executors.SequentialExecutor
except ImportError as exc:
    print(exc)
print(executors.EpisodeJob.__module__)  # the job the learn loop hands an executor stays in the kernel
try:
    from purpose_agent.testing import ScriptedBackend
except ImportError as exc:
    print(exc)
"""


def test_names_from_other_distributions_say_in_one_line_what_to_install() -> None:
    proc = subprocess.run([sys.executable, "-c", MISSING], capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines() == [
        "purpose_agent.Graph is in the purpose-level3 distribution: pip install purpose-level3",
        "purpose_agent.RunStream is in the purpose-level3 distribution: pip install purpose-level3",
        "purpose_agent.KnowledgeStore is in the purpose-knowledge distribution: "
        "pip install purpose-knowledge",
        "purpose_agent.run_benchmark is in the purpose-eval distribution: pip install purpose-eval",
        "purpose_agent.learn is in the purpose-learn distribution: pip install purpose-learn",
        "purpose_agent.Team is in the purpose-team distribution: pip install purpose-team",
        "purpose_agent.LLMCompiler is in the purpose-team distribution: pip install purpose-team",
        "purpose_agent.plugin.ToolBox is in the purpose-team distribution: pip install purpose-team",
        "purpose_agent.plugin.validate_tool_arguments is in the purpose-team distribution: "
        "pip install purpose-team",
        "purpose_agent.llm.json_schema",
        "purpose_agent.executors.SequentialExecutor is in the purpose-executors distribution: "
        "pip install purpose-executors",
        "purpose_agent.runtime.task",
        "purpose_agent.testing: the conformance kit is the purpose-testing distribution: "
        "pip install purpose-testing",
    ]
