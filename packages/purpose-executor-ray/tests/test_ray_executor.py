"""The Ray executor on a local Ray cluster started and shut down by the test (num_cpus=2).

The benchmark result must equal the sequential one in splits, decisions, promoted cards and scores. The
deterministic backend lives in purpose-core's tests; Ray workers find it through PYTHONPATH.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

CORE_TESTS = Path(__file__).resolve().parents[2] / "purpose-core" / "tests"
sys.path.insert(0, str(CORE_TESTS))

from executor_fixtures import RiddleBackend, write_suite  # noqa: E402
from purpose_agent.plugin import (  # noqa: E402
    BenchConfig,
    BudgetsConfig,
    PluginManager,
    PluginsConfig,
    Settings,
    comparable,
    parse_arms,
    promoted_cards,
    resolve_executor,
    run_benchmark,
)

PLUGINS = [
    "core-memory-kinds",
    "core-store-sqlite",
    "core-strategy-react",
    "core-judge",
    "core-optimizer-cases",
    "core-executors",
    "executor-ray",
]


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    for attempt in range(3):  # Ray gives its raylet a fixed 30 s, which a busy 2-core machine can exceed
        try:
            ray.init(
                num_cpus=2,
                include_dashboard=False,
                runtime_env={"env_vars": {"PYTHONPATH": str(CORE_TESTS)}},
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

    def bench(name: str, executor: object) -> object:
        config = BenchConfig(
            suite=str(suite),
            seeds=[0, 1],
            arms=parse_arms("baseline,full"),
            workdir=str(tmp_path / name),
            agents=["solver"],
            resamples=300,
        )
        return run_benchmark(
            config, settings=settings, manager=manager, backend=RiddleBackend(), executor=executor
        )

    sequential = bench("seq", "sequential")
    executor = resolve_executor("ray", 2, manager=manager)
    assert type(executor).__name__ == "RayExecutor"
    with executor:
        on_ray = bench("ray", executor)
    assert on_ray.executor == {"name": "ray", "workers": 2}
    assert comparable(on_ray) == comparable(sequential)
    assert promoted_cards(on_ray, manager) == promoted_cards(sequential, manager)
    full = on_ray.summary_of("full")
    assert full.promoted >= 2 and full.success.mean == 1.0 > on_ray.summary_of("baseline").success.mean
    assert ray.is_initialized()  # the executor joined the test's cluster and left it running
