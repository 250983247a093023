"""The search tree: nodes hold one action and what it returned; values are running means of Φ's scores."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)
class Node:
    action: str = ""
    arguments: dict[str, Any] = field(default_factory=dict)
    observation: str = ""
    tool_status: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    visits: int = 0
    value_sum: float = 0.0
    terminal: bool = False
    reward: float | None = None
    """Φ's score of this node's state (for a final answer: of the answer)."""
    expanded: bool = False
    id: int = 0

    @property
    def depth(self) -> int:
        return 0 if self.parent is None else self.parent.depth + 1

    @property
    def value(self) -> float:
        return self.value_sum / self.visits if self.visits else 0.0

    def path(self) -> list[Node]:
        """Nodes from the root's first child down to this one."""
        out: list[Node] = []
        node: Node | None = self
        while node is not None and node.parent is not None:
            out.append(node)
            node = node.parent
        return list(reversed(out))

    def uct(self, exploration: float) -> float:
        """Mean value plus the exploration bonus; an unvisited child is tried first."""
        if self.visits == 0:
            return math.inf
        parent_visits = self.parent.visits if self.parent is not None else self.visits
        return self.value + exploration * math.sqrt(math.log(max(parent_visits, 1)) / self.visits)

    @property
    def dead(self) -> bool:
        """Nothing left to search below: a final answer, or every child is dead."""
        return self.terminal or (self.expanded and all(c.dead for c in self.children))

    def backpropagate(self, value: float) -> None:
        node: Node | None = self
        while node is not None:
            node.visits += 1
            node.value_sum += value
            node = node.parent


def select(root: Node, exploration: float) -> Node | None:
    """Descend by UCT through live children to a node not expanded yet; None when the tree is exhausted."""
    if root.dead:
        return None
    node = root
    while node.expanded:
        live = [c for c in node.children if not c.dead]
        node = max(live, key=lambda c: (c.uct(exploration), c.reward or 0.0))
    return node
