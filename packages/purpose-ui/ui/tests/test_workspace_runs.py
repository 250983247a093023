"""The page over a workspace that learn-like, run-like and bench-like commands wrote, found via the run index.

The harness runs for real (real SQLite stores, real traces, real memory CI with replay) on a scripted
model whose behaviour is known: it answers only every fourth item unless a learned case showing the
secret word is in its prompt. Nothing is copied into the page's folders: every path comes from the index.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import Message
from purpose_agent.testing import ScriptedBackend
from purpose_eval import BenchConfig, parse_arms, run_benchmark
from purpose_runs import command as run_command
from purpose_runs import register as register_run
from purpose_team import Team
from scenario import manager_for

WORD = "zebra"


def policy(messages: Sequence[Message]) -> str:
    prompt = "\n".join(m.content for m in messages)
    found = re.findall(r"item (\d+)", messages[-1].content)
    number = int(found[-1]) if found else 1
    answer = WORD if f"-> {WORD}" in prompt or number % 4 == 0 else "horse"
    return json.dumps({"action": "final_answer", "input": answer})


@dataclass
class Learned:
    root: Path
    result: Any
    """The harness's BenchResult."""
    result_path: Path
    promoted: str
    run_trace: str
    archived: str
    broken: Path
    manager: Any


@pytest.fixture
def learned(tmp_path: Path) -> Learned:
    root = tmp_path / ".purpose"  # the autouse fixture made tmp_path the working directory
    manager = manager_for(root)
    suite = tmp_path / "secret.jsonl"
    suite.write_text(
        "".join(
            json.dumps(
                {"input": f"What is the secret word for item {i}?", "expected": WORD, "checker": "exact"}
            )
            + "\n"
            for i in range(16)
        ),
        encoding="utf-8",
    )
    config = BenchConfig(
        suite=str(suite),
        seeds=[0],
        arms=parse_arms("baseline,learned"),
        workdir=".purpose/learn",
        store=manager.settings.store,
        agents=["solver"],
        resamples=200,
        curve_points=2,
    )
    with run_command("learn"):  # what `purpose learn` does around the harness
        result = run_benchmark(
            config, settings=manager.settings, manager=manager, backend=ScriptedBackend(policy)
        )
    out = Path(config.workdir) / "result.json"  # what `purpose learn` writes
    out.write_text(result.model_dump_json(indent=2), encoding="utf-8")
    register_run("learn", result=out, workdir=config.workdir, seed=0)
    (run,) = [r for r in result.runs if r.arm == "learned"]
    promoted = [d["card_id"] for d in run.decisions if d["status"] == "promoted"]
    assert promoted, "the scripted model must learn something for this test to mean anything"
    # a `purpose run` into the configured folder, registered with its trace id
    team = Team.build(
        purpose="Answer",
        agents=["solver"],
        settings=manager.settings,
        manager=manager,
        backend=ScriptedBackend(policy),
    )
    with team:
        episode = team.run("What is the secret word for item 99?")
        team.teach("Always answer in one word")
        archived = team.teach("An old habit nobody needs").card_id
        team.store.transition(archived, "archived", reason="stopped paying its way", actor="tester")
    register_run("run", traces=manager.settings.traces, trace_ids=[episode.trace_id])
    broken = root / "bench" / "broken.json"
    broken.parent.mkdir(parents=True)
    broken.write_text('{"summary": [', encoding="utf-8")
    register_run("bench", result=broken, workdir=root / "bench")
    return Learned(tmp_path, result, out, promoted[0], episode.trace_id, archived, broken, manager)


@pytest.fixture
def site(learned: Learned) -> Iterator[Any]:
    import httpx
    from purpose_ui.app import create_app
    from purpose_ui.security import AccessPolicy
    from purpose_ui.server import BackgroundServer
    from purpose_ui.workspace import Workspace

    settings = learned.manager.settings
    ws = Workspace.open(
        settings.store,
        traces=Path(settings.traces),
        results=[Path(".purpose/results")],
        manager=learned.manager,
    )
    try:
        with BackgroundServer(create_app(ws, AccessPolicy(token="t"))) as url:
            with httpx.Client(base_url=url, timeout=20) as client:
                yield client
    finally:
        ws.close()


def _ids(html: str, attr: str) -> list[str]:
    return re.findall(rf'data-{attr}="([^"]+)"', html)


def test_runs_lists_every_registered_folder_by_command_arm_and_seed(site, learned) -> None:
    page = site.get("/runs", params={"per_page": 25}).text
    (learned_run,) = [r for r in learned.result.runs if r.arm == "learned"]
    arm_folder = Path(learned_run.store).parent  # learn learns into the configured store
    assert "learn" in page and learned.run_trace in page
    commands = set(_ids(page, "command"))
    assert {"learn", "run"} <= commands
    baseline = site.get("/runs", params={"command": "learn", "arm": "baseline"}).text
    traces = _ids(baseline, "trace")
    on_disk = {p.stem for p in Path(".purpose/learn/baseline/seed-0/traces").glob("*.jsonl")}
    assert traces and set(traces) <= on_disk
    assert arm_folder == Path(learned.manager.settings.store).parent
    tests = site.get("/runs", params={"command": "learn", "arm": "learned", "mode": "eval_test"}).text
    count = int(re.search(r"(\d+) trace\(s\)", tests).group(1))
    assert count == len(learned_run.test) * 2  # the curve's midpoint and the final test, both EVAL_TEST
    only_run = site.get("/runs", params={"command": "run"}).text
    assert _ids(only_run, "trace") == [learned.run_trace]
    assert "No traces yet" not in page


def test_promoted_card_links_to_its_source_episode_and_back_and_to_its_uses(site, learned) -> None:
    card = site.get(f"/memory/{learned.promoted}")
    assert card.status_code == 200
    source = re.search(r'<ul id="source-traces">\s*<li><a href="/runs/([^"]+)"', card.text).group(1)
    episode = site.get(f"/runs/{source}")
    assert episode.status_code == 200 and "Not done" not in episode.text
    assert f'href="/memory/{learned.promoted}"' in episode.text.split('id="proposed"')[1][:400]
    assert "learn · arm learned · seed 0" in episode.text
    # test episodes that showed it, reachable from the card, and the result file that records them
    assert f"/runs?card={learned.promoted}&amp;mode=eval_test" in card.text
    shown = site.get("/runs", params={"card": learned.promoted, "mode": "eval_test"}).text
    (run,) = [r for r in learned.result.runs if r.arm == "learned"]
    showing = sum(1 for b in run.test if learned.promoted in b.memory_ids)
    assert showing > 0 and len(_ids(shown, "trace")) >= showing
    usage = card.text.split('id="result-usage"')[1].split("</table>")[0]
    assert "learned" in usage and f"{showing} of {len(run.test)}" in usage
    assert "read-only by design" in card.text


def test_benchmarks_page_shows_the_learn_result_without_copying_and_survives_a_broken_file(
    site, learned
) -> None:
    listing = site.get("/results")
    assert listing.status_code == 200
    keys = _ids(listing.text, "result")
    assert len(keys) == 2 and "cannot read it as JSON" in listing.text
    (key,) = [k for k in keys if k.startswith("result-")]
    page = site.get(f"/results/{key}").text
    assert page.count("<svg") >= 2 and 'class="bar"' in page and 'class="curve"' in page
    assert 'id="comparisons"' in page and "learned \u2212 baseline" in page
    assert f'href="/memory/{learned.promoted}"' in page.split('id="promoted"')[1][:300]
    assert learned.result.splits["0"]["test"].hash in page
    assert 'id="decisions"' in page and "promoted" in page
    assert "/runs?folder=" in page  # each arm and seed links to its own episodes
    (broken_key,) = [k for k in keys if k.startswith("broken-")]
    bad = site.get(f"/results/{broken_key}")
    assert bad.status_code == 200 and "cannot read it as JSON" in bad.text


def test_archived_cards_are_listed_apart_from_live_ones(site, learned) -> None:
    page = site.get("/memories").text
    live, _, shelved = page.partition('id="archived"')
    assert learned.archived not in live and learned.archived in shelved
    assert learned.promoted in live
    only = site.get("/memories", params={"status": "archived"}).text
    assert learned.archived in only and 'id="archived"' not in only
