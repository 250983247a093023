"""Memory bisect on a real SQLite store with episodes on a scripted backend whose memory effect is known.

64 cards are promoted one by one; one of them ("the code is 7") makes every answer wrong. Bisect must name
that card within 1 + log2(64) = 7 replays of the suite, wherever it was planted; each replay runs real
EVAL_TEST episodes against a past state rebuilt from the store's version and audit tables.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from learn_fixtures import CORE
from purpose_agent.plugin import (
    BudgetsConfig,
    Message,
    PluginManager,
    PluginsConfig,
    Settings,
    Task,
    ValidationError,
    open_store,
)
from purpose_agent.testing import ScriptedBackend
from purpose_cli_extras.bisect import bisect_store, promoted_as_of, promotions, resolve_point, search
from purpose_cli_extras.memory_bisect import suite_replay
from purpose_team import AgentTemplate

HARMFUL = "Remember: the code is 7"
TASKS = [
    Task(input="What is the code?", expected="42", id="code"),
    Task(input="What is 1 + 1?", expected="2", id="sum"),
]


def known_effect(messages: Sequence[Message]) -> str:
    """The harmful card turns every answer into 7; without it the model answers correctly."""
    prompt = "\n".join(m.content for m in messages)
    if "the code is 7" in prompt:
        answer = "7"
    else:
        answer = "42" if "code" in messages[-1].content else "2"
    return json.dumps({"action": "final_answer", "input": answer})


def make_manager(tmp_path: Path) -> PluginManager:
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=3, max_seconds=30),
        plugins=PluginsConfig(enabled=CORE),
    )
    return PluginManager(settings).load()


def plant(store, harmful_at: int, n: int = 64) -> dict[int, str]:
    """Promote ``n`` cards in order; the one at ``harmful_at`` is harmful. Returns index -> card id."""
    ids = {}
    for i in range(n):
        content = HARMFUL if i == harmful_at else f"Remember: shelf {i} holds folder {i} of the archive"
        card = store.add({"kind": "user_preference", "content": content, "trust": 0.8})
        store.transition(card.id, "quarantined", reason="scan passed", actor="test")
        store.transition(card.id, "promoted", reason=f"replay passed ({i})", actor="test")
        ids[i] = card.id
    return ids


def counting_replay(manager: PluginManager) -> tuple[list[str], object]:
    calls: list[str] = []
    replay = suite_replay(
        TASKS,
        purpose="Answer questions",
        manager=manager,
        settings=manager.settings,
        backend=ScriptedBackend(known_effect),
        agents=[AgentTemplate(name="solver", role="Answer the question.", tools=[])],
        name="qa",
    )

    def counted(location: str) -> float:
        calls.append(location)
        return replay(location)

    return calls, counted


@pytest.mark.parametrize("harmful_at", [0, 9, 31, 32, 50, 62])
def test_bisect_finds_the_planted_harmful_promotion_in_at_most_7_replays(tmp_path, harmful_at) -> None:
    manager = make_manager(tmp_path)
    store = open_store(tmp_path / "memory.db", manager=manager)
    ids = plant(store, harmful_at)
    last = store.audit()[-1].seq
    calls, replay = counting_replay(manager)
    result = bisect_store(store, 0, last, replay, manager=manager)
    assert result.candidates == 64
    assert result.culprit is not None and result.culprit.card_id == ids[harmful_at]
    assert result.replays == len(calls) <= 7
    assert result.good_score == 1.0 and result.score_before == 1.0 and result.score_after == 0.0
    store.close()


def test_last_promotion_is_confirmed_with_one_more_replay(tmp_path) -> None:
    manager = make_manager(tmp_path)
    store = open_store(tmp_path / "memory.db", manager=manager)
    ids = plant(store, 63)
    calls, replay = counting_replay(manager)
    result = bisect_store(store, 0, store.audit()[-1].seq, replay, manager=manager)
    assert result.culprit is not None and result.culprit.card_id == ids[63]
    searched = [s for s in result.steps if s.purpose != "confirm"]
    assert len(searched) <= 7 and result.steps[-1].purpose == "confirm" and len(calls) == 8
    store.close()


def test_no_drop_names_no_culprit(tmp_path) -> None:
    manager = make_manager(tmp_path)
    store = open_store(tmp_path / "memory.db", manager=manager)
    plant(store, harmful_at=-1, n=8)
    _, replay = counting_replay(manager)
    result = bisect_store(store, 0, store.audit()[-1].seq, replay, manager=manager)
    assert result.culprit is None and "no promotion made it drop" in result.message
    store.close()


def test_promoted_as_of_rebuilds_past_content_and_status(tmp_path) -> None:
    manager = make_manager(tmp_path)
    store = open_store(tmp_path / "memory.db", manager=manager)
    ids = plant(store, harmful_at=1, n=3)
    mid = store.audit()[-1].seq
    card = store.get(ids[0])
    store.update(card.model_copy(update={"content": "Remember: shelf 0 moved"}), reason="edit")
    store.transition(ids[1], "archived", reason="harmful")
    then = {c.id: c.content for c in promoted_as_of(store, mid)}
    now = {c.id: c.content for c in promoted_as_of(store, store.audit()[-1].seq)}
    assert set(then) == set(ids.values()) and then[ids[0]].startswith("Remember: shelf 0 holds")
    assert set(now) == {ids[0], ids[2]} and now[ids[0]] == "Remember: shelf 0 moved"
    assert promoted_as_of(store, 0) == []
    first_promotion = promotions(store)[0].seq
    assert [c.id for c in promoted_as_of(store, first_promotion)] == [ids[0]]
    store.close()


def test_marks_by_time_and_bad_input(tmp_path) -> None:
    manager = make_manager(tmp_path)
    store = open_store(tmp_path / "memory.db", manager=manager)
    plant(store, harmful_at=-1, n=2)
    audit = store.audit()
    assert resolve_point(audit[2].at.isoformat(), audit, flag="--good") == audit[2].seq
    assert resolve_point("2000-01-01T00:00:00+00:00", audit, flag="--good") == 0
    with pytest.raises(ValidationError, match="--bad 999"):
        resolve_point("999", audit, flag="--bad")
    with pytest.raises(ValidationError, match="ISO"):
        resolve_point("last tuesday", audit, flag="--good")
    with pytest.raises(ValidationError, match="must come after"):
        bisect_store(store, audit[-1].seq, 1, lambda loc: 1.0, manager=manager)
    store.close()


def test_search_alone_is_a_binary_search() -> None:
    from datetime import UTC, datetime

    from purpose_cli_extras.bisect import Promotion

    events = [
        Promotion(seq=10 + i, card_id=f"c{i}", version=1, at=datetime.now(UTC), reason="r", actor="a")
        for i in range(1000)
    ]
    harmful = 777
    result = search(events, 0, 1009, lambda seq, _: 0.2 if seq >= 10 + harmful else 0.9)
    assert result.culprit is not None and result.culprit.card_id == f"c{harmful}"
    assert result.replays <= result.search_bound == 11


def test_cli_lists_promotions_and_archives_the_culprit_on_request(tmp_path, monkeypatch, capsys) -> None:
    from purpose_agent.plugin import cli_main as main
    from purpose_cli_extras import memory_bisect

    manager = make_manager(tmp_path)
    store = open_store(tmp_path / "memory.db", manager=manager)
    ids = plant(store, harmful_at=5, n=16)
    last = store.audit()[-1].seq
    store.close()
    db = str(tmp_path / "memory.db")
    assert main(["memory", "--store", db, "--json", "bisect", "--list"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 16 and listed[5]["card_id"] == ids[5]
    # the CLI's replay uses the configured model; give it the scripted one through suite_replay's seam
    _, replay = counting_replay(manager)
    monkeypatch.setattr(memory_bisect, "suite_replay", lambda *a, **k: replay)
    code = main(["memory", "--store", db, "bisect", "--good", "0", "--bad", str(last), "--yes"])
    assert code == 0
    check = open_store(db, "eval_test", manager=manager)
    assert check.get(ids[5]).status.value == "archived"
    assert check.audit(ids[5])[-1].reason.startswith("memory bisect: after this promotion")
    check.close()
