"""Which reflections later helped, per retrospective prompt variant: the signal that improves the prompt.

Retroformer trains its retrospective model with policy gradients on the return difference its reflections
cause. Weights are not trained here; the same signal chooses among prompt variants (a Beta-Bernoulli
estimate of each variant's rate of reflections that memory CI promoted) and supplies the reflections that
helped as examples in the prompt. Outcomes arrive through the ``on_memory_status_change`` hook.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

#: Retrospective prompt variants: the instruction the reflection model is given.
VARIANTS: dict[str, str] = {
    "mistake": "Name the mistake in this attempt and the fix, in one sentence.",
    "lesson": "Write one lesson that a future attempt at a similar task should follow.",
    "tool": "Say how the tool should have been used in this attempt, in one sentence.",
}


@dataclass
class ReflectionRecord:
    helped: dict[str, int] = field(default_factory=dict)
    failed: dict[str, int] = field(default_factory=dict)
    exemplars: list[str] = field(default_factory=list)
    path: str | None = None
    proposed: dict[str, int] = field(default_factory=dict)
    """Reflections written per variant in this process, decided or not (spreads the first tries)."""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def rate(self, variant: str) -> float:
        """Posterior mean of 'a reflection from this variant helps' under a Beta(1, 1) prior."""
        h, f = self.helped.get(variant, 0), self.failed.get(variant, 0)
        return (h + 1) / (h + f + 2)

    def choose(self) -> str:
        """The variant with the best estimate; ties go to the one tried least, then to the first listed."""
        tried = {
            v: max(self.proposed.get(v, 0), self.helped.get(v, 0) + self.failed.get(v, 0)) for v in VARIANTS
        }
        choice = max(VARIANTS, key=lambda v: (self.rate(v), -tried[v], -list(VARIANTS).index(v)))
        with self._lock:
            self.proposed[choice] = self.proposed.get(choice, 0) + 1
        return choice

    def outcome(self, variant: str, reflection: str, *, helped: bool) -> None:
        with self._lock:
            table = self.helped if helped else self.failed
            table[variant] = table.get(variant, 0) + 1
            if helped and reflection and reflection not in self.exemplars:
                self.exemplars = [reflection, *self.exemplars][:10]
            self._save()

    def _save(self) -> None:
        if not self.path:
            return
        data = {"helped": self.helped, "failed": self.failed, "exemplars": self.exemplars}
        Path(self.path).write_text(json.dumps(data, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: str | None) -> ReflectionRecord:
        if path and Path(path).is_file():
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(data.get("helped", {}), data.get("failed", {}), data.get("exemplars", []), path=path)
        return cls(path=path)
