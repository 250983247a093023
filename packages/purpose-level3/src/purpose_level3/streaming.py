"""Streams of events and tokens from any run: a sync iterator and an async iterator over the same thing.

``team.stream()`` (purpose-core's ``Team``), ``agent.stream()``, ``graph.stream()`` and
``conversation.stream()`` return one. Streaming is level 3: a run's events themselves are core's
(``Event``, ``Team.run(on_event=...)``), and this is only how they are handed to a consumer.

The run happens in a worker thread and pushes :class:`Event` objects into a queue as it goes; the consumer
iterates (``for e in stream`` or ``async for e in stream``) and finds the return value in ``.result``
once the stream is exhausted. An exception in the run is re-raised to the consumer after the events that
came before it, so nothing is hidden. Breaking out of the loop early lets the run finish in the
background; call :meth:`RunStream.result_wait` to wait for it.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from purpose_team import Event

_DONE = object()


class RunStream:
    """Started lazily on first iteration; iterate once (sync or async)."""

    def __init__(self, run: Callable[[Callable[[Event], None]], Any]) -> None:
        self._run = run
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._result: Any = None
        self._error: BaseException | None = None
        self._finished = threading.Event()

    def _start(self) -> None:
        if self._thread is not None:
            return

        def work() -> None:
            try:
                self._result = self._run(self._queue.put)
            except BaseException as exc:  # handed to the consumer after the earlier events
                self._error = exc
            finally:
                self._finished.set()
                self._queue.put(_DONE)

        self._thread = threading.Thread(target=work, name="purpose-stream", daemon=True)
        self._thread.start()

    def __iter__(self) -> Iterator[Event]:
        self._start()
        while True:
            item = self._queue.get()
            if item is _DONE:
                break
            yield item
        if self._error is not None:
            raise self._error

    async def __aiter__(self) -> AsyncIterator[Event]:
        self._start()
        while True:
            item = await asyncio.to_thread(self._queue.get)
            if item is _DONE:
                break
            yield item
        if self._error is not None:
            raise self._error

    def tokens(self) -> Iterator[str]:
        """Only the model's text pieces, as they are generated."""
        for event in self:
            if event.type == "token":
                yield event.text

    @property
    def result(self) -> Any:
        """The run's return value; raises if the stream has not been consumed to the end yet."""
        if not self._finished.is_set():
            raise RuntimeError("the stream has not finished; iterate it to the end (or call result_wait())")
        if self._error is not None:
            raise self._error
        return self._result

    def result_wait(self, timeout: float | None = None) -> Any:
        """Run to the end (consuming any events not yet read) and return the result."""
        self._start()
        if not self._finished.wait(timeout):
            raise TimeoutError(f"the run did not finish within {timeout} s")
        return self.result
