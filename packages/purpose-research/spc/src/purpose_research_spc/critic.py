"""The critic's side of self-play: Φ's catch rate of planted errors, and its misses as calibrations.

A planted answer is caught when Φ scores it below the success line (0.5). Each miss becomes a
critic_calibration candidate that names the kind of error and shows the example with the score it should
have had; memory CI then replays every candidate on held-out plants (catch or not, with and without it)
before it may reach the judge. The catch rate is reported on test plants before and after.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import Backend, MemoryCard, PurposeFunction
from purpose_eval.calibration import agreement, calibration_card, gate, verdict
from pydantic import BaseModel, Field

from purpose_research_spc.sneaky import Planted, plant_all

OPTIMIZER = "spc"

RULES = {
    "number": "An answer that contradicts the observations (a number that differs from the tool results) "
    "is wrong however fluent it sounds",
    "subject": "An answer must respond to the exact task asked: the right kind of answer about a "
    "different subject of the observations is wrong",
    "model": "An answer that contradicts the observations is wrong however fluent it sounds",
}


def catch_rate(judge: PurposeFunction, planted: Sequence[Planted], calibrations: Sequence[str] = ()) -> float:
    """Fraction of planted errors Φ scores below 0.5."""
    if not planted:
        return 0.0
    return sum(verdict(judge, p.item, calibrations) < 0.5 for p in planted) / len(planted)


def miss_card(planted: Planted, *, source_traces: Sequence[str] = (), team: str | None = None) -> MemoryCard:
    item = planted.item
    observations = "; ".join(item.observations)[:300]
    example = f"task '{item.task}'; observations '{observations}'; answer '{item.answer}'"
    return calibration_card(
        content=f"{RULES[planted.kind]}. Example: {example} deserves 1/10 (the correct answer was "
        f"'{planted.original}').",
        criterion=RULES[planted.kind],
        example=example,
        expected_score=0.1,
        bias="too_lenient",
        optimizer=OPTIMIZER,
        origin="self_play",
        source_traces=source_traces,
        evidence={"planted": planted.kind, "item": planted.item.id},
        team=team,
    )


class SPCReport(BaseModel):
    plants: dict[str, int]
    catch_before: float
    catch_after: float
    false_alarms_before: float
    """Fraction of the good test answers Φ wrongly scores below 0.5, before and after."""
    false_alarms_after: float
    misses: int
    outcomes: list[dict[str, Any]] = Field(default_factory=list)
    promoted: list[str] = Field(default_factory=list)


def self_play(
    backend: Backend,
    *,
    train: Sequence[Any],
    validation: Sequence[Any],
    test: Sequence[Any],
    store: Any,
    manager: Any,
    model_plants: bool = False,
) -> SPCReport:
    """Plant errors in good answers, gate the misses through memory CI, and measure before and after."""
    judge = PurposeFunction(backend)
    generator = backend if model_plants else None
    train_plants = plant_all(train, generator)
    val_plants = plant_all(validation, generator)
    test_plants = plant_all(test, generator)
    good_test = [i for i in test if i.good]
    misses = [p for p in train_plants if verdict(judge, p.item) >= 0.5]
    # one candidate per kind of miss: the CI judges a rule, not a pile of near-copies
    cards = {p.kind: miss_card(p) for p in misses}
    validation_cases = [p.item for p in val_plants] + [i for i in validation if i.good]
    report = gate(
        list(cards.values()), store=store, manager=manager, backend=backend, validation=validation_cases
    )
    return SPCReport(
        plants={"train": len(train_plants), "validation": len(val_plants), "test": len(test_plants)},
        catch_before=catch_rate(judge, test_plants),
        catch_after=catch_rate(judge, test_plants, report.promoted),
        false_alarms_before=1.0 - agreement(judge, good_test),
        false_alarms_after=1.0 - agreement(judge, good_test, report.promoted),
        misses=len(misses),
        outcomes=[o.model_dump() for o in report.outcomes],
        promoted=report.promoted,
    )
