"""General lessons from many episodes at once: what the failures do that the successes do not.

One episode can teach a procedure for its own template; only a comparison across episodes can teach what
transfers to requests never seen (ExpeL's insight extraction, ACE's playbook bullets). This learner looks
at a whole training pass, successes against failures, for the mistakes a small model makes on every kind
of task:

- **no tool**: it answered from its own knowledge while the successes called a tool first;
- **no stop**: it called a tool again (or until the budget ran out) instead of answering with the result;
- **answer format**: the right value was in hand (a tool returned it, or the answer contains it) but the
  final answer was something else (the expression, a sentence);
- **wrong values**: a tool argument holds a number the request never gave;
- **uncomputed**: the final answer is the computation itself ("10 * 52", "6 - 7 = 1") or repeats the
  request's own numbers ("69, 15" for their GCD): the work was left undone
  (``purpose_react.compute``, purpose-react, says how the strategy acts on it).

A lesson is proposed only when at least ``MIN_SUPPORT`` failures show the pattern and the successes
mostly do not (the contrast), as a ``failure_pattern`` bullet (trigger, symptom, fix) whose evidence
(counts, example traces) is on the card. It claims to be general, so memory CI replays it on the whole
validation split; in use, its helpful/harmful record is the card's utility (shown, helped) and its
misfires (``purpose_agent.learning.misfire``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from purpose_agent.plugin import (
    CHECKERS,
    EpisodeResult,
    EpisodeStatus,
    MemoryCard,
    MemoryScope,
    Provenance,
    Task,
    check_answer,
    initial_trust,
)
from purpose_react import uncomputed

from purpose_optimizers.live import live_cards

FINAL = "final_answer"
#: Failures that must show a pattern before it becomes a lesson.
MIN_SUPPORT = 2
#: A pattern seen in more than this share of the successes does not tell failures apart.
MAX_CONTRAST = 0.34


def _tool_steps(result: EpisodeResult) -> list[Any]:
    return [s for s in result.steps if s.action != FINAL]


def _no_tool(task: Task, result: EpisodeResult) -> bool:
    return not _tool_steps(result) and bool(result.answer.strip())


def _no_stop(task: Task, result: EpisodeResult) -> bool:
    steps = _tool_steps(result)
    ok = [s for s in steps if s.tool_status == "ok"]
    repeated = any(s.tool_status == "repeated" for s in steps)
    same_tool_again = len({s.action for s in ok}) < len(ok)
    ran_out = result.status is EpisodeStatus.BUDGET_EXHAUSTED and bool(ok)
    return bool(ok) and (repeated or same_tool_again or ran_out)


def _answer_format(task: Task, result: EpisodeResult) -> bool:
    if task.expected is None or result.status is not EpisodeStatus.COMPLETED:
        return False
    expected = str(task.expected).strip()
    answer = result.answer.strip()
    observed = [s.observation for s in _tool_steps(result) if s.tool_status == "ok"]
    # a suite's own checker (a per-run name such as "case:<hash>") is not in the global table and judges
    # answers, not tool output: observations are read by the expected value's shape instead
    name = task.checker if task.checker in CHECKERS else None
    had_value = any(check_answer(o, task.expected, name).value >= 1.0 for o in observed)
    return bool(expected) and answer != expected and (had_value or expected in answer)


def _wrong_values(task: Task, result: EpisodeResult) -> bool:
    """A number the request never gave, or a text of several words (or with digits) that is not in the
    request, in the arguments of a call with several of them (a one-string tool such as a calculator
    takes an expression the model writes, not a copied value).

    "The request gave it" is read as the values lesson reads a request (:func:`_given`): "two years" gives
    2, "$3.5k" 3500, "March 3rd, 2025" the date 2025-03-03, and "ASM-100" the id written "asm-100". Read
    by its digits alone, a success that wrote a request's date in ISO form or a number given in words
    showed the pattern as often as the failures did, and the lesson was never proposed."""
    steps = _tool_steps(result)
    if not steps:
        return False
    numbers, dates, words = _given(task.input)
    for step in steps:
        for value in _leaves(step.arguments):
            if isinstance(value, bool):
                continue
            if isinstance(value, int | float):
                if not any(math.isclose(value, n, rel_tol=1e-9, abs_tol=1e-9) for n in numbers):
                    return True
                continue
            if not isinstance(value, str):
                continue
            text = _ISO_DATE.sub(lambda m: "" if m.group() in dates else m.group(), value)
            tokens = re.findall(r"\w+", text.casefold())
            digits = [float(t) for t in tokens if _DIGITS.fullmatch(t)]
            if any(not any(math.isclose(d, n) for n in numbers) for d in digits):
                return True
            copied = _in_order(tokens, words)
            if len(step.arguments) > 1 and (len(tokens) > 1 or digits) and not copied:
                return True
    return False


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list | tuple):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def _given(request: str) -> tuple[list[float], set[str], list[str]]:
    """The request's numbers however written (with their values as percentages and fractions), the
    dates and date-times it says written in ISO form, and its words, case-folded, in order."""
    from purpose_react.dates import request_dates, request_times
    from purpose_react.numbers import percent_fractions, request_numbers

    numbers = [*request_numbers(request), *percent_fractions(request).values()]
    numbers += [float(n) for n in _DIGITS.findall(request.replace(",", ""))]
    numbers += [abs(n) for n in numbers]
    days = [d.isoformat() for d in request_dates(request)]
    times = [f"{h:02d}:{m:02d}" for h, m in request_times(request)] or ["00:00"]
    dates = {*days, *(f"{d}{sep}{t}{s}" for d in days for t in times for sep in "T " for s in ("", ":00"))}
    dates |= {f"{d}Z" for d in dates if "T" in d}
    return numbers, dates, re.findall(r"\w+", request.casefold())


def _in_order(tokens: Sequence[str], words: Sequence[str]) -> bool:
    """Whether ``tokens`` are a run of the request's words ("./asm-100" is "ASM-100" copied)."""
    n = len(tokens)
    return n == 0 or any(list(words[i : i + n]) == list(tokens) for i in range(len(words) - n + 1))


def _uncomputed(task: Task, result: EpisodeResult) -> bool:
    """The episode ended with an answer that is an uncomputed expression of the request's numbers or an
    echo of them (never decided by the expected answer: only the answer's shape and the request)."""
    return result.status is EpisodeStatus.COMPLETED and uncomputed(result.answer, task.input)


@dataclass(frozen=True)
class Pattern:
    name: str
    detect: Callable[[Task, EpisodeResult], bool]
    symptom: str
    lesson: str
    when: str


PATTERNS: tuple[Pattern, ...] = (
    Pattern(
        "no_tool",
        _no_tool,
        "answered from its own knowledge without calling a tool",
        "First call the tool whose name and description match the request, with the values the request "
        "gives; then answer with what the tool returned, not from memory.",
        "a tool matches the request",
    ),
    Pattern(
        "no_stop",
        _no_stop,
        "called a tool again (or until the budget ran out) instead of answering with its result",
        "When a tool has returned a result, the next action is final_answer with that result; do not "
        "call the tool again.",
        "after a tool result",
    ),
    Pattern(
        "answer_format",
        _answer_format,
        "had the right value but answered with something else",
        "The final answer is the result value only (for example 408), not the expression, the tool call "
        "or a sentence.",
        "giving the final answer",
    ),
    Pattern(
        "wrong_values",
        _wrong_values,
        "put a value the request never gave into a tool argument",
        "Fill each argument with a value copied from the request itself; every number and name in the "
        "arguments must appear in the request.",
        "filling tool arguments",
    ),
    Pattern(
        "uncomputed",
        _uncomputed,
        "answered with the computation itself or the request's own numbers instead of the result",
        "Compute before answering: give the expression, built from the values the request gives, to the "
        "tool that calculates, then answer with the number the tool returned, never with the expression "
        "or the request's numbers.",
        "before the final answer",
    ),
)


def propose_lessons(
    tasks: Sequence[Task],
    results: Sequence[EpisodeResult],
    *,
    team: str | None = None,
    optimizer: str = "lessons",
) -> list[MemoryCard]:
    """Lessons the failures of this training pass support against its successes (see the module doc)."""
    pairs = [(t, r) for t, r in zip(tasks, results, strict=True) if r.score is not None]
    failures = [(t, r) for t, r in pairs if not r.success]
    successes = [(t, r) for t, r in pairs if r.success]
    cards = []
    for pattern in PATTERNS:
        hits = [(t, r) for t, r in failures if pattern.detect(t, r)]
        contrast = sum(1 for t, r in successes if pattern.detect(t, r))
        if len(hits) < MIN_SUPPORT or (successes and contrast / len(successes) > MAX_CONTRAST):
            continue
        evidence = {
            "origin": "episode",
            "pattern": pattern.name,
            "failures_with_pattern": len(hits),
            "failures": len(failures),
            "successes_with_pattern": contrast,
            "successes": len(successes),
            "examples": [t.id for t, _ in hits[:5]],
        }
        cards.append(
            MemoryCard(
                kind="failure_pattern",
                content=pattern.lesson,
                fields={"trigger": pattern.when, "symptom": pattern.symptom, "fix": pattern.lesson},
                provenance=Provenance(
                    source_traces=tuple(r.trace_id for _, r in hits[:5] if r.trace_id),
                    optimizer=optimizer,
                    evidence=evidence,
                ),
                scope=MemoryScope(team=team) if team else MemoryScope(),
                trust=initial_trust("episode"),
            )
        )
    return cards


class LessonOptimizer:
    """General lessons as a registered optimizer: nothing per episode, lessons after each training pass.

    The learn loop calls ``propose_pass`` once a training pass has run (``[learning] lessons``, on by
    default, switches it); a lesson already stored in a live status is not proposed again.
    """

    name = "lessons"

    def propose(self, *, episode: Any) -> list[MemoryCard]:
        return []  # one episode shows no contrast

    def propose_pass(
        self,
        *,
        tasks: Sequence[Task],
        results: Sequence[EpisodeResult],
        team: str | None,
        store: Any,
        settings: Any,
    ) -> list[tuple[MemoryCard, str]]:
        if not settings.learning.lessons:
            return []
        known = {c.content for c in live_cards(store, "failure_pattern")}
        out = []
        for card in propose_lessons(tasks, results, team=team, optimizer=self.name):
            if card.content in known:
                continue
            ev = card.provenance.evidence
            reason = (
                f"lesson {ev['pattern']}: {ev['failures_with_pattern']} of {ev['failures']} failures show "
                f"it, {ev['successes_with_pattern']} of {ev['successes']} successes"
            )
            out.append((card, reason))
        return out
