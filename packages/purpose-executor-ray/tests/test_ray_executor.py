"""The Ray executor on a local Ray cluster started and shut down by the test (num_cpus=2).

The benchmark result must equal the sequential one in splits, decisions, promoted cards and scores. The
deterministic backend is the test kit's riddle (``purpose_testing.riddle``), which Ray workers import.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from purpose_agent.plugin import BudgetsConfig, PluginManager, PluginsConfig, Settings  # noqa: E402
from purpose_agent.testing import comparable, promoted_cards  # noqa: E402
from purpose_executors.base import resolve_executor  # noqa: E402
from purpose_learn import Arm, LearnConfig, run_learning  # noqa: E402
from purpose_team import Team  # noqa: E402
from purpose_testing.riddle import RiddleBackend, write_suite  # noqa: E402

PLUGINS = [
    "core-memory-kinds",
    "core-store-sqlite",
    "core-strategy-react",
    "core-judge",
    "core-optimizer-cases",
    "optimizer-lessons",
    "executors",
    "executor-ray",
]


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    for attempt in range(3):  # Ray gives its raylet a fixed 30 s, which a busy 2-core machine can exceed
        try:
            ray.init(
                num_cpus=2,
                include_dashboard=False,
                log_to_driver=False,
            )
            break
        except Exception:
            ray.shutdown()
            if attempt == 2:
                raise
    yield ray
    ray.shutdown()
    assert not ray.is_initialized()


def test_ray_is_registered_and_gives_the_sequential_result(tmp_path, cluster) -> None:
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=3, max_seconds=30),
        plugins=PluginsConfig(enabled=PLUGINS),
        immune="off",
    )
    manager = PluginManager(settings).load()
    suite = write_suite(tmp_path / "secret.jsonl")

    events: dict[str, list[tuple[str, int, int]]] = {"seq": [], "ray": []}

    def bench(name: str, executor: object) -> object:
        config = LearnConfig(
            suite=str(suite),
            seeds=[0, 1],
            arms=[Arm(name="baseline", learn=False, memory=False), Arm(name="full")],
            workdir=str(tmp_path / name),
            agents=["solver"],
        )
        return run_learning(
            config,
            make_team=Team.build,
            settings=settings,
            manager=manager,
            backend=RiddleBackend(),
            executor=executor,
            progress=lambda s, d, t: events[name].append((s, d, t)),
        )

    sequential = bench("seq", "sequential")
    executor = resolve_executor("ray", 2, manager=manager)
    assert type(executor).__name__ == "RayExecutor"
    with executor:
        on_ray = bench("ray", executor)
    assert on_ray.executor == {"name": "ray", "workers": 2}
    assert comparable(on_ray) == comparable(sequential)
    assert promoted_cards(on_ray, manager) == promoted_cards(sequential, manager)

    def rate(arm: str) -> float:  # the result is not vacuous: the full arm learned, the baseline did not
        tests = [b.success for r in on_ray.runs if r.arm == arm for b in r.test]
        return sum(tests) / len(tests)

    assert sum(r.promoted for r in on_ray.runs if r.arm == "full") >= 2
    assert rate("full") == 1.0 > rate("baseline")
    # each (arm, seed) ran as a Ray task; the coordinator wrote its store and traces where they belong
    for run in on_ray.runs:
        assert Path(run.store).is_file() and str(tmp_path / "ray") in run.store
    assert any((tmp_path / "ray" / "full" / "seed-1" / "traces").rglob("*.jsonl"))
    # progress came back from the arm tasks: the overall count reached the planned total
    overall = [(d, t) for s, d, t in events["ray"] if s == "overall"]
    assert overall[-1][0] == overall[-1][1] == [(d, t) for s, d, t in events["seq"] if s == "overall"][-1][1]
    assert ray.is_initialized()  # the executor joined the test's cluster and left it running
