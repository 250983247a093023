"""Task sets for ``purpose learn``: a generated arithmetic suite, or your own JSONL file.

The arithmetic suite is the project's own generated data (seeded, with exact answers), sized so that the
main job runs in minutes on a laptop with the embedded 135M model and shows what memory can and cannot do
for it: the model is weak at arithmetic, but can learn to hand the calculator the right expression.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError

from purpose_agent.errors import ValidationError
from purpose_agent.runtime.task import Task

_OPS = (
    ("*", lambda a, b: a * b, (11, 99)),
    ("+", lambda a, b: a + b, (100, 999)),
    ("-", lambda a, b: a - b, (100, 999)),
)


def arithmetic(n: int = 12, *, seed: int = 0, ops: str = "*") -> list[Task]:
    """``n`` questions "What is A op B?" with exact answers; ``ops`` picks from ``*+-``."""
    if n < 1:
        raise ValidationError("the suite needs at least one task (n >= 1)")
    chosen = [op for op in _OPS if op[0] in ops]
    if not chosen:
        raise ValidationError(f"ops={ops!r} names no operator; use some of '*+-'")
    rng = random.Random(seed)
    tasks = []
    for i in range(n):
        symbol, fn, (lo, hi) = chosen[i % len(chosen)]
        a, b = rng.randint(lo, hi), rng.randint(lo, hi)
        tasks.append(
            Task(
                input=f"What is {a} {symbol} {b}?",
                expected=str(fn(a, b)),
                checker="numeric",
                task_type="arithmetic",
                id=f"arith-{seed}-{i}",
            )
        )
    return tasks


def load_jsonl(path: str | Path) -> list[Task]:
    """Tasks from a JSONL file: ``input``, and optionally ``expected``, ``checker``, ``split``, ``id``."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"task file {path} does not exist")
    tasks = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            tasks.append(Task.model_validate(json.loads(line)))
        except json.JSONDecodeError as exc:
            raise ValidationError(f"{path}:{number}: not JSON ({exc.msg})") from None
        except PydanticValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "line"
            raise ValidationError(f"{path}:{number}: {field}: {err['msg']}") from None
    if not tasks:
        raise ValidationError(f"task file {path} holds no tasks")
    return tasks


SUITES = {"arithmetic": arithmetic}
