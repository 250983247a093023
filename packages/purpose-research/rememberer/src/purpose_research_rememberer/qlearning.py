"""The n-step Q-learning target REMEMBERER uses to value an experience.

``Q(o_t, a_t) <- r_t + g r_{t+1} + ... + g^{n-1} r_{t+n-1} + g^n max_a Q(o_{t+n}, a)``. The episodes here
pay one reward at the end, so for a trajectory of T steps the first action's target is ``g^(T-1) r`` when
T <= n (shorter solutions are worth more) and otherwise bootstraps from the best Q among the experiences
that were shown for the situation reached after n steps.
"""

from __future__ import annotations

from collections.abc import Sequence


def nstep_target(rewards: Sequence[float], *, gamma: float, n: int, bootstrap: float = 0.0) -> float:
    """The n-step return from the first step of ``rewards``; ``bootstrap`` is ``max Q`` after n steps."""
    if not rewards:
        return 0.0
    horizon = min(n, len(rewards))
    value = sum(gamma**k * r for k, r in enumerate(rewards[:horizon]))
    if len(rewards) > n:
        value += gamma**n * bootstrap
    return max(0.0, min(1.0, value))


def terminal_rewards(steps: int, reward: float) -> list[float]:
    """One reward at the last of ``steps`` steps, zero before it."""
    return [0.0] * (max(steps, 1) - 1) + [reward]
