"""LISTEN/NOTIFY: hear about status changes that any process commits to a store.

The store sends one notification per status change inside the changing transaction, so PostgreSQL
delivers it only if, and when, the change commits. A subscription listens on its own autocommit
connection in a daemon thread, reconnects with backoff when the server goes away, and hands each change
to a callback as a :class:`StatusChange`.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from purpose_agent.plugin import RunMode
from pydantic import BaseModel

from purpose_store_postgres.url import StoreURL

log = logging.getLogger("purpose_agent")


class StatusChange(BaseModel):
    card_id: str
    version: int
    old: str | None
    new: str
    seq: int
    actor: str = ""
    reason: str = ""


def channel_for(schema: str) -> str:
    return f"purpose_memory.{schema}"


class Subscription:
    def __init__(
        self, url: StoreURL, mode: RunMode, channel: str, callback: Callable[[StatusChange], None]
    ) -> None:
        self.url = url
        self.mode = mode
        self.channel = channel
        self.callback = callback
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._conn: Any = None
        self._thread = threading.Thread(target=self._loop, name=f"listen {channel}", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            log.warning("memory subscription on %s is not listening yet (server unreachable?)", channel)

    def _listen(self) -> Any:
        import psycopg
        from psycopg import sql

        from purpose_store_postgres.connect import connect_kwargs

        conn = psycopg.connect(self.url.conninfo, **connect_kwargs(self.url, self.mode))
        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self.channel)))
        return conn

    def _loop(self) -> None:
        import psycopg

        delay = 0.2
        while not self._stop.is_set():
            try:
                if self._conn is None:
                    self._conn = self._listen()
                    self._ready.set()
                    delay = 0.2
                for note in self._conn.notifies(timeout=0.25):
                    self._deliver(note.payload)
            except psycopg.Error as exc:
                if self._stop.is_set():
                    break
                log.warning("memory subscription lost its connection (%s); reconnecting", exc)
                self._drop()
                self._stop.wait(delay)
                delay = min(delay * 2, 5.0)
        self._drop()

    def _deliver(self, payload: str) -> None:
        try:
            change = StatusChange.model_validate(json.loads(payload))
        except Exception as exc:  # someone else NOTIFYing on our channel must not kill the listener
            log.warning("ignoring a malformed memory notification: %s", exc)
            return
        try:
            self.callback(change)
        except Exception as exc:
            log.warning("memory subscription callback raised %s: %s", type(exc).__name__, exc)

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # closing a broken connection may itself fail; nothing to do about it
                pass

    @property
    def listening(self) -> bool:
        return self._conn is not None and self._thread.is_alive()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5)


def wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    """Poll ``predicate`` until it holds or ``timeout`` seconds pass (for callers awaiting a change)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()
