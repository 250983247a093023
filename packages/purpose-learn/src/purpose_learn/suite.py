"""Task suites: where cases come from, and the checks that refuse a bad suite before any model time.

Suites are plugins: anything added through the ``register_evaluators`` hook that has ``cases(size, seed)``
and a ``default_size`` is a suite (judges registered through the same hook are not). A ``.jsonl`` path is a
suite too, read by an installed suite that knows its format (an optional ``read_file(path)``) or as plain
cases. A suite may also name, in ``tools``, plugin tools its agents need whatever team the purpose
picks (``python`` for code tasks); the harness adds them to every arm's agents. Pre-flight checks run
every checker on the expected answer and on an empty answer, so a checker that raises or rejects its own
reference answer stops the run with the case named, not an hour later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from purpose_agent.plugin import CHECKERS, PluginNotFoundError, ValidationError, read_jsonl
from purpose_agent.plugin import check_answer as check
from pydantic import ValidationError as PydanticValidationError

from purpose_learn.case import EvalCase


@runtime_checkable
class Suite(Protocol):
    name: str
    description: str
    default_size: int
    """Small enough to run in minutes on 2 cores with the embedded model."""
    full_size: int

    def cases(self, size: int, seed: int) -> list[EvalCase]: ...


def suite_tools(suite: Any) -> list[str]:
    """The plugin tools a suite asks for (its optional ``tools`` attribute); empty when it names none."""
    names = getattr(suite, "tools", None) or ()
    if isinstance(names, str) or not all(isinstance(n, str) for n in names):
        raise ValidationError(f"suite {getattr(suite, 'name', suite)!r}: tools must be a list of tool names")
    return list(names)


class GeneratedSuite:
    """A suite made by a seeded generator: ``generate(size, seed) -> list[EvalCase]``."""

    def __init__(
        self,
        name: str,
        generate: Callable[[int, int], list[EvalCase]],
        *,
        description: str,
        default_size: int,
        full_size: int,
        tools: Sequence[str] = (),
    ) -> None:
        self.name = name
        self.description = description
        self.default_size = default_size
        self.full_size = full_size
        self.tools = list(tools)
        """Plugin tools (by name) every agent gets for this suite, e.g. ``["python"]``."""
        self._generate = generate

    def cases(self, size: int, seed: int) -> list[EvalCase]:
        if size < 1:
            raise ValidationError(f"suite {self.name!r}: size must be at least 1 (got {size})")
        return self._generate(size, seed)


class JsonlSuite:
    """Cases from a JSONL file, one object a line: ``input``, ``expected``, ``checker``, ``split``, ..."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = self.path.stem
        self.description = f"cases from {self.path}"
        self.default_size = 0  # 0: every case in the file
        self.full_size = 0

    def cases(self, size: int, seed: int) -> list[EvalCase]:
        if not self.path.is_file():
            raise ValidationError(f"suite file {self.path} does not exist")
        out: list[EvalCase] = []
        for _, where, data in read_jsonl(self.path):
            try:
                out.append(EvalCase.model_validate(data))
            except PydanticValidationError as exc:
                err = exc.errors()[0]
                field = ".".join(str(p) for p in err["loc"]) or "line"
                raise ValidationError(f"{where}: {field}: {err['msg']}") from None
        for i, case in enumerate(out):
            if case.id is None:
                case.id = f"{self.name}-{i}"
        return out[:size] if size > 0 else out


def is_suite(item: Any) -> bool:
    return callable(getattr(item, "cases", None)) and isinstance(getattr(item, "default_size", None), int)


def available_suites(manager: Any) -> dict[str, Suite]:
    """Suites registered through the evaluator hook, by name."""
    return {entry.name: entry.item for entry in manager.evaluators().entries() if is_suite(entry.item)}


def resolve_suite(name_or_path: str, manager: Any) -> Suite:
    """A registered suite by name, or a JSONL file by path."""
    if name_or_path.endswith(".jsonl") or Path(name_or_path).is_file():
        return file_suite(Path(name_or_path), manager)
    suites = available_suites(manager)
    if name_or_path not in suites:
        known = ", ".join(sorted(suites)) or "none installed"
        raise PluginNotFoundError(
            f"no suite named {name_or_path!r}; installed suites: {known}; or pass a .jsonl file of cases"
        )
    return suites[name_or_path]


def file_suite(path: Path, manager: Any) -> Suite:
    """The suite a file holds: the first installed suite that reads the file's format (its optional
    ``read_file(path)`` returns a suite, or None for a format it does not read: a function-calling file
    needs its functions offered as tools and its calls checked, which plain cases cannot say), else the
    file's lines as plain cases (:class:`JsonlSuite`)."""
    if path.is_file():
        for suite in available_suites(manager).values():
            read = getattr(suite, "read_file", None)
            found = read(path) if callable(read) else None
            if found is not None:
                return found  # type: ignore[no-any-return]
    return JsonlSuite(path)


def _verdict(case: EvalCase, answer: str) -> bool:
    """Run the case's checker on ``answer`` exactly as an episode's judge would."""

    fn = case.custom_checker
    if fn is not None:
        value = fn(answer, case)
        if not isinstance(value, (bool, int, float)):
            raise ValidationError(f"returned {value!r}; a checker returns True/False or a score in [0, 1]")
        return float(value) >= 0.5
    name = case.checker if isinstance(case.checker, str) else None
    if name is not None and name not in CHECKERS:
        raise ValidationError(f"unknown checker {name!r}; use one of: {', '.join(CHECKERS)} or a function")
    return bool(check(answer, case.expected or "", name).value >= 1.0)


def validate_cases(suite_name: str, cases: Sequence[EvalCase]) -> None:
    """Refuse a suite that cannot give an honest score, before any model time is spent."""
    if not cases:
        raise ValidationError(
            f"suite {suite_name!r} is empty: it produced no cases; check the file or the size you asked for"
        )
    seen: dict[str, str] = {}
    for i, case in enumerate(cases):
        where = f"suite {suite_name!r}, case {case.id or i}"
        if not case.input.strip():
            raise ValidationError(f"{where}: the input is empty")
        if case.expected is None and case.checker is None:
            raise ValidationError(
                f"{where}: has neither 'expected' nor 'checker', so nothing can score it deterministically; "
                f"add the known answer or a checker function"
            )
        key = case.input_hash
        if key in seen:
            raise ValidationError(
                f"{where}: the same input as case {seen[key]} ({case.input[:60]!r}); duplicates would leak "
                f"between train and test, remove one"
            )
        seen[key] = str(case.id or i)
        for probe in ([case.expected] if case.expected is not None else []) + [""]:
            try:
                verdict = _verdict(case, probe)
            except Exception as exc:
                raise ValidationError(
                    f"{where}: its checker raised {type(exc).__name__}: {exc} on the answer {probe!r}; "
                    f"fix the checker (it must return True/False, never raise)"
                ) from None
            if probe == case.expected and probe != "" and not verdict:
                raise ValidationError(
                    f"{where}: its checker rejects the expected answer {probe!r}; the case cannot be passed"
                )
