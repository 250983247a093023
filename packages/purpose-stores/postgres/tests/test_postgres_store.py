"""What the contract does not cover: read-only by PostgreSQL itself, LISTEN/NOTIFY between two
connections, clear messages for bad URLs / a down server / an old schema, the upgrade path, migration
from SQLite with verification, and memory bisect on PostgreSQL (scratch states in sibling schemas)."""

from __future__ import annotations

import json
import socket
import threading
from pathlib import Path

import pytest
from pgtest import fresh_url, server_url
from purpose_agent.plugin import (
    ConfigError,
    MemoryStoreError,
    PluginNotFoundError,
    ReadOnlyError,
    RunMode,
    builtin_catalog,
    open_store,
)
from purpose_cli_extras.bisect import promoted_as_of  # memory bisect is in purpose-cli-extras
from purpose_store_postgres.store import PostgresStore
from purpose_store_postgres.url import parse_url


def card(content: str = "use the calculator for arithmetic", **extra):
    return {"kind": "tool_policy", "content": content, "fields": {"tool": "calculator"}, **extra}


def promote(store, card_id: str) -> None:
    store.transition(card_id, "quarantined", reason="scan passed")
    store.transition(card_id, "promoted", reason="replay passed")


def test_eval_test_writes_are_refused_by_postgresql_itself(pg_url) -> None:
    writer = open_store(pg_url)
    writer.add(card())
    writer.close()
    reader = PostgresStore(pg_url, mode=RunMode.EVAL_TEST, kinds=builtin_catalog())
    try:
        # bypass the mode policy: the connection itself is read-only
        with pytest.raises(ReadOnlyError, match="read-only transactions"):
            reader._run("sneak a write", lambda cur: cur.execute("DELETE FROM cards"), write=False)
        assert reader.stats().cards == 1
    finally:
        reader.close()


def test_eval_test_cannot_be_switched_back_to_writing_through_the_pool(pg_url) -> None:
    writer = open_store(pg_url)
    writer.add(card())
    writer.close()
    reader = PostgresStore(pg_url, mode=RunMode.EVAL_TEST, kinds=builtin_catalog(), pool_size=1)
    try:
        # a borrower switches its session to writing; the next transaction must still be read-only
        reader._run("switch", lambda cur: cur.execute("SET default_transaction_read_only = off"), write=False)
        with pytest.raises(ReadOnlyError, match="read-only transaction"):
            reader._run("sneak a write", lambda cur: cur.execute("DELETE FROM cards"), write=False)
        with pytest.raises((ReadOnlyError, MemoryStoreError)):
            reader._run(
                "ask for read-write",
                lambda cur: (cur.execute("SET TRANSACTION READ WRITE"), cur.execute("DELETE FROM cards")),
                write=False,
            )
        with reader._pool.connection() as conn:  # the pool handed back a reset, read-only connection
            assert conn.execute("SHOW default_transaction_read_only").fetchone()[0] == "on"
        assert reader.stats().cards == 1
    finally:
        reader.close()


def test_a_running_agent_hears_a_promotion_from_another_connection(pg_url) -> None:
    fleet = open_store(pg_url)  # creates the store; the agent opens it read-only, as an evaluation would
    agent = open_store(pg_url, RunMode.EVAL_TEST)
    heard, event = [], threading.Event()

    def on_change(change) -> None:
        heard.append(change)
        if change.new == "promoted":
            event.set()

    sub = agent.subscribe(on_change)
    try:
        c = fleet.add(card("multiply with the calculator tool"))
        assert agent.retrieve("multiply calculator") == []
        promote(fleet, c.id)
        assert event.wait(10), "no notification arrived"
        assert [(h.old, h.new) for h in heard] == [("candidate", "quarantined"), ("quarantined", "promoted")]
        assert heard[-1].card_id == c.id and heard[-1].seq == fleet.audit(c.id)[-1].seq
        assert [x.id for x, _ in agent.retrieve("multiply calculator")] == [c.id]
    finally:
        sub.close()
        agent.close()
        fleet.close()


def test_a_rolled_back_change_is_never_announced(pg_url) -> None:
    fleet = open_store(pg_url)
    heard: list = []
    sub = fleet.subscribe(heard.append)
    try:
        a = fleet.add(card())
        with pytest.raises(Exception, match="no memory card"):
            fleet.transition_many([a.id, "mem_missing"], "quarantined", reason="batch")
        fleet.transition(a.id, "rejected", reason="bad")
        from purpose_store_postgres.notify import wait_until

        assert wait_until(lambda: len(heard) >= 1, 10)
        assert [(h.card_id, h.new) for h in heard] == [(a.id, "rejected")]
    finally:
        sub.close()
        fleet.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_bad_urls_and_a_down_server_give_clear_messages() -> None:
    base = parse_url(server_url())
    with pytest.raises(ConfigError, match="port"):
        open_store("postgresql://u@127.0.0.1:notaport/db")
    with pytest.raises(ConfigError, match="no database"):
        open_store("postgresql://u@127.0.0.1:5432")
    with pytest.raises(ConfigError, match="schema"):
        open_store(base.with_schema("ok").replace("schema=ok", "schema=Bad-Name"))
    with pytest.raises(MemoryStoreError, match=r"not answering.*server is down"):
        open_store(f"postgresql://postgres@127.0.0.1:{_free_port()}/purpose")
    with pytest.raises(MemoryStoreError, match=r"no database .nope.*createdb"):
        open_store(base.conninfo.rsplit("/", 1)[0] + "/nope")
    with pytest.raises(PluginNotFoundError, match="no installed store opens"):
        open_store("mysql://x@127.0.0.1/db")
    with pytest.raises(MemoryStoreError, match="cannot create one"):
        open_store(fresh_url(), RunMode.EVAL_TEST)


def test_old_schema_is_refused_with_the_upgrade_command_and_upgrades_in_place(capsys) -> None:
    import psycopg
    from purpose_agent.plugin import cli_main as main
    from purpose_store_postgres import schema as ddl
    from purpose_store_postgres.connect import connect_kwargs

    url = fresh_url("old")
    parsed = parse_url(url)
    with psycopg.connect(parsed.conninfo, **connect_kwargs(parsed, RunMode.LEARNING_TRAIN)) as conn:
        conn.execute(f'CREATE SCHEMA "{parsed.schema}"')
        with conn.transaction(), conn.cursor() as cur:
            ddl.create_v1(cur)
            body = json.dumps(
                {"id": "mem_old", "kind": "tool_policy", "content": "divide with care", "status": "promoted"}
            )
            cur.execute(
                "INSERT INTO cards(id, kind, status, version, trust, prior, created_at, updated_at, body,"
                " search_text) VALUES ('mem_old', 'tool_policy', 'promoted', 1, 0.5, 1.0, now(), now(), %s,"
                " 'divide with care')",
                (body,),
            )
    with pytest.raises(MemoryStoreError, match=r"schema version 1, older than this build's 2.*--upgrade"):
        open_store(url)
    assert main(["memory", "migrate", "--upgrade", url]) == 0
    assert "upgraded the schema to version 2" in capsys.readouterr().out
    store = open_store(url)
    try:
        assert [c.id for c, _ in store.retrieve("divide")] == ["mem_old"]
    finally:
        store.close()
    assert main(["memory", "migrate", "--upgrade", url]) == 0
    assert "already current" in capsys.readouterr().out
    with psycopg.connect(parsed.conninfo, **connect_kwargs(parsed, RunMode.LEARNING_TRAIN)) as conn:
        conn.execute("INSERT INTO schema_version(version) VALUES (99)")
    with pytest.raises(MemoryStoreError, match=r"newer than this build.*upgrade purpose-store-postgres"):
        open_store(url)


def test_native_promoted_as_of_matches_the_generic_answer(pg_url) -> None:
    store = open_store(pg_url)
    try:
        ids = []
        for i in range(5):
            c = store.add(card(f"rule number {i}"))
            promote(store, c.id)
            ids.append(c.id)
        store.update(store.get(ids[0]).model_copy(update={"content": "rule zero, edited"}), reason="edit")
        store.transition(ids[1], "archived", reason="retired")

        class Generic:  # the protocol only: forces memory.bisect's store-agnostic path
            def audit(self, *a, **k):
                return store.audit(*a, **k)

            def history(self, card_id):
                return store.history(card_id)

        for seq in range(0, store.audit()[-1].seq + 1):
            native = [(c.id, c.content) for c in store.promoted_as_of(seq)]
            generic = [(c.id, c.content) for c in promoted_as_of(Generic(), seq)]  # type: ignore[arg-type]
            assert native == generic, seq
    finally:
        store.close()


def test_migrate_from_sqlite_keeps_history_and_verifies(tmp_path: Path, capsys) -> None:
    from purpose_agent.plugin import cli_main as main

    source = tmp_path / "memory.db"
    lite = open_store(source)
    a = lite.add(card(scope={"team": "math", "tool_names": ["calculator"]}))
    lite.update(a.model_copy(update={"content": "always use the calculator"}), reason="sharper")
    promote(lite, a.id)
    lite.record_shown([a.id], "tr_1")
    lite.credit([a.id], helped=True, reward=1.0)
    b = lite.add({"kind": "user_preference", "content": "short answers"})
    lite.transition(b.id, "rejected", reason="failed scan")
    lite.close()
    url = fresh_url("mig")
    assert main(["memory", "--json", "migrate", "--from", f"sqlite:///{source}", "--to", url]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["verified"] and report["added"] == 2
    assert report["source_digest"]["versions"] == 3 and report["destination_digest"]["audit_rows"] == 5
    pg = open_store(url)
    try:
        moved = pg.get(a.id)
        assert moved.content == "always use the calculator" and moved.utility.q_value > 0.5
        assert [h.version for h in pg.history(a.id)] == [1, 2]
        assert [x.id for x, _ in pg.retrieve("calculator", statuses=["promoted"])] == [a.id]
    finally:
        pg.close()
    back = tmp_path / "back.db"
    assert main(["memory", "--json", "migrate", "--from", url, "--to", str(back)]) == 0
    assert json.loads(capsys.readouterr().out)["verified"]


def test_bisect_on_postgresql_finds_the_planted_promotion_in_7_replays(tmp_path: Path, pg_url) -> None:
    from purpose_agent.plugin import BudgetsConfig, PluginManager, PluginsConfig, Settings, Task
    from purpose_agent.testing import ScriptedBackend
    from purpose_cli_extras.bisect import bisect_store
    from purpose_cli_extras.memory_bisect import suite_replay
    from purpose_team import AgentTemplate

    def known_effect(messages) -> str:
        prompt = "\n".join(m.content for m in messages)
        answer = "7" if "the code is 7" in prompt else ("42" if "code" in messages[-1].content else "2")
        return json.dumps({"action": "final_answer", "input": answer})

    enabled = [
        "core-memory-kinds",
        "core-store-sqlite",
        "store-postgres",
        "core-strategy-react",
        "core-judge",
    ]
    settings = Settings(
        store=pg_url,
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=3, max_seconds=30),
        plugins=PluginsConfig(enabled=enabled),
    )
    manager = PluginManager(settings).load()
    store = open_store(pg_url, manager=manager)
    harmful_at, ids = 45, {}
    for i in range(64):
        content = "Remember: the code is 7" if i == harmful_at else f"Remember: shelf {i} holds folder {i}"
        c = store.add({"kind": "user_preference", "content": content, "trust": 0.8})
        promote(store, c.id)
        ids[i] = c.id
    tasks = [Task(input="What is the code?", expected="42"), Task(input="What is 1 + 1?", expected="2")]
    replay = suite_replay(
        tasks,
        purpose="Answer questions",
        manager=manager,
        settings=settings,
        backend=ScriptedBackend(known_effect),
        agents=[AgentTemplate(name="solver", role="Answer the question.", tools=[])],
        name="qa",
    )
    seen: list[str] = []

    def counted(location: str) -> float:
        assert location.startswith("postgresql://")  # past states live in sibling schemas
        seen.append(location)
        return replay(location)

    try:
        result = bisect_store(store, 0, store.audit()[-1].seq, counted, manager=manager)
        assert result.culprit is not None and result.culprit.card_id == ids[harmful_at]
        assert result.replays == len(seen) <= 7
        leftover = [s for s in _schemas() if s.startswith(parse_url(pg_url).schema + "_")]
        assert leftover == []  # every scratch schema was dropped
    finally:
        store.close()


def _schemas() -> list[str]:
    import psycopg

    with psycopg.connect(parse_url(server_url()).conninfo) as conn:
        return [r[0] for r in conn.execute("SELECT nspname FROM pg_namespace")]
