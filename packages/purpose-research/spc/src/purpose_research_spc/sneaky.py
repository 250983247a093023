"""The sneaky generator: plant one subtle error in an answer that is known to be good.

SPC (Self-Play Critic, 2025) trains a sneaky generator and a critic against each other: the generator
rewrites a correct reasoning step so it is wrong in a way that is hard to spot, the critic must catch it,
and each side learns from the games it lost. No weights are trained here. The generator is a set of
verified mutations of the kind small judges miss (a transposed or shifted number, the right kind of
answer about the wrong subject), optionally joined by the model itself rewriting the answer; each planted
answer is checked to really differ from the original. The critic is Φ, and its losses (missed plants)
become critic_calibration candidates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from purpose_eval.calibration import JudgingItem
from pydantic import BaseModel

_NUMBER = re.compile(r"\d{2,}|\d")


class Planted(BaseModel):
    item: JudgingItem
    """The answer with the planted error (``good`` is False)."""
    original: str
    kind: str
    """``number``, ``subject`` or ``model``."""


def _shift_number(text: str) -> str:
    """Transpose two digits of a multi-digit number, or move a single digit by one."""
    digits = text
    if len(digits) >= 2:
        for i in range(len(digits) - 1, 0, -1):
            swapped = digits[: i - 1] + digits[i] + digits[i - 1] + digits[i + 1 :]
            if digits[i] != digits[i - 1] and not swapped.startswith("0"):
                return swapped
        return str(int(digits) + 10)
    return str((int(digits) + 1) % 10)


def plant_number(item: JudgingItem) -> Planted | None:
    """Change the answer's number that the observations support (not the ones copied from the task)."""
    observed = set(_NUMBER.findall(" ".join(item.observations)))
    asked = set(_NUMBER.findall(item.task))
    for match in reversed(list(_NUMBER.finditer(item.answer))):
        value = match.group(0)
        if value in observed and value not in asked:
            wrong = _shift_number(value)
            answer = item.answer[: match.start()] + wrong + item.answer[match.end() :]
            return _planted(item, answer, "number")
    return None


def _value(line: str) -> tuple[str, str] | None:
    """``lookup: Subject - relation Value`` -> (subject, value)."""
    match = re.match(r"^[^:]*:\s*(.+?)\s+-\s+\S+(?:\s+by)?\s+(.+)$", line.strip())
    return (match.group(1), match.group(2)) if match else None


def plant_subject(item: JudgingItem) -> Planted | None:
    """Swap the answer's value for the same relation of another subject in the observations."""
    pairs = [p for p in (_value(o) for o in item.observations) if p is not None]
    for _subject, value in pairs:
        if value and value.casefold() in item.answer.casefold():
            for _other, other_value in pairs:
                if other_value.casefold() != value.casefold():
                    pattern = re.compile(re.escape(value), re.IGNORECASE)
                    return _planted(item, pattern.sub(other_value, item.answer, count=1), "subject")
    return None


def _planted(item: JudgingItem, answer: str, kind: str) -> Planted | None:
    if answer.strip().casefold() == item.answer.strip().casefold():
        return None
    bad = item.model_copy(update={"id": f"{item.id}-{kind}", "answer": answer, "good": False, "note": kind})
    return Planted(item=bad, original=item.answer, kind=kind)


PLANT_SCHEMA = {
    "type": "object",
    "properties": {"answer": {"type": "string", "maxLength": 300}},
    "required": ["answer"],
}


def plant_with_model(backend: object, item: JudgingItem) -> Planted | None:
    """Ask the model to rewrite the answer with one subtle factual error (verified to differ)."""
    from purpose_agent.plugin import Message

    messages = [
        Message(
            role="system",
            content="Rewrite the answer so that it looks just as confident but contains one subtle factual "
            "error (a changed number or name). Keep everything else the same.",
        ),
        Message(role="user", content=f"Question: {item.task}\nAnswer: {item.answer}"),
    ]
    from purpose_agent.plugin import BackendError

    try:
        completion = backend.complete(  # type: ignore[attr-defined]
            messages, max_tokens=96, temperature=0.0, seed=0, json_schema=PLANT_SCHEMA
        )
        answer = str(json.loads(completion.text).get("answer", "")).strip()
    except (BackendError, json.JSONDecodeError, AttributeError):
        return None
    return _planted(item, answer, "model") if answer else None


def plant_all(items: Sequence[JudgingItem], backend: object | None = None) -> list[Planted]:
    """Every planted variant of the good ``items``: rule mutations, plus the model's when given one."""
    out: list[Planted] = []
    for item in items:
        if not item.good:
            continue
        for planter in (plant_number, plant_subject):
            planted = planter(item)
            if planted is not None:
                out.append(planted)
        if backend is not None:
            planted = plant_with_model(backend, item)
            if planted is not None:
                out.append(planted)
    return out
