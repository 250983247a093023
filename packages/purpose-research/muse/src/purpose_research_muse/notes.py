"""The hand-off of tool notes from the retriever (which finds them) to the strategy (which shows them at
the tool call). Keyed by the task text, taken once; bounded so an unused entry cannot pile up."""

from __future__ import annotations

import threading
from collections import OrderedDict

_lock = threading.Lock()
_board: OrderedDict[str, dict[str, list[str]]] = OrderedDict()
LIMIT = 256


def put(task: str, notes: dict[str, list[str]]) -> None:
    with _lock:
        _board[task] = notes
        _board.move_to_end(task)
        while len(_board) > LIMIT:
            _board.popitem(last=False)


def take(task: str) -> dict[str, list[str]]:
    with _lock:
        return _board.pop(task, {})
