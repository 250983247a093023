"""CER's replay buffer: distilled items merged by signature, so the same lesson is proposed once.

The signature of an item abstracts its numbers and quoted values, so "calculator 17 * 23 -> 391" and
"calculator 40 * 12 -> 480" are one piece of environment dynamics seen twice. The buffer counts support
and remembers which traces it came from; what it holds is only bookkeeping: memory lives in the store, and
reaches it through memory CI.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field

_VALUE = re.compile(r'"[^"\n]{1,80}"|\'[^\'\n]{1,80}\'|-?\d+(?:\.\d+)?')


def signature(*parts: str) -> str:
    return " | ".join(_VALUE.sub("#", p.casefold()).strip() for p in parts)


@dataclass
class BufferItem:
    signature: str
    support: int = 0
    traces: list[str] = field(default_factory=list)
    proposed: bool = False


class ReplayBuffer:
    def __init__(self, capacity: int = 512) -> None:
        self.capacity = capacity
        self.items: OrderedDict[str, BufferItem] = OrderedDict()

    def observe(self, sig: str, trace_id: str) -> BufferItem:
        """Merge one sighting into the buffer and return the item with its support so far."""
        item = self.items.pop(sig, None) or BufferItem(sig)
        item.support += 1
        if trace_id and trace_id not in item.traces:
            item.traces = [*item.traces, trace_id][-10:]
        self.items[sig] = item
        while len(self.items) > self.capacity:
            self.items.popitem(last=False)
        return item
