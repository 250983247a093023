"""Recall of a knowledge folder on questions with known answers: does search find the right file?

A person asks in their own words, so the number that matters is whether the file that answers a
paraphrased question is among the first hits. :func:`evaluate` asks every question of a
:class:`~purpose_knowledge.store.KnowledgeStore` and reports recall@1, recall@k and the misses; the
benchmark and the regression test use it on the same folder, so the figure and the floor agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from purpose_agent.plugin import ValidationError, read_jsonl
from pydantic import BaseModel, Field


class Question(BaseModel):
    question: str
    file: str
    """The path (relative to the indexed folder) of the file that answers it."""


class Miss(BaseModel):
    question: str
    expected: str
    got: list[str]
    """The files of the top hits, best first (repeats removed)."""


class RecallReport(BaseModel):
    questions: int
    k: int
    hits_at_1: int
    hits_at_k: int
    misses: list[Miss] = Field(default_factory=list)
    """Questions whose file was not among the top ``k`` hits."""

    @property
    def recall_at_1(self) -> float:
        return self.hits_at_1 / self.questions if self.questions else 0.0

    @property
    def recall_at_k(self) -> float:
        return self.hits_at_k / self.questions if self.questions else 0.0


def load_questions(path: str | Path) -> list[Question]:
    """Questions from a JSONL file, one ``{"question": ..., "file": ...}`` object per line."""
    questions = []
    for _, where, data in read_jsonl(path):
        try:
            questions.append(Question.model_validate(data))
        except ValueError as exc:
            raise ValidationError(f"{where}: not a question object ({exc.__class__.__name__})") from None
    if not questions:
        raise ValidationError(f"{path}: no questions")
    return questions


def evaluate(store: Any, questions: Sequence[Question], k: int = 5) -> RecallReport:
    """Ask every question; a hit at k means the expected file is among the first ``k`` distinct files."""
    if not questions:
        raise ValidationError("recall needs at least one question")
    known = set(store.files())
    unknown = sorted({q.file for q in questions} - known)
    if unknown:
        raise ValidationError(f"questions name files that are not indexed: {', '.join(unknown)}")
    at_1 = at_k = 0
    misses: list[Miss] = []
    for q in questions:
        # Several chunks of one file may rank high; ask for enough passages to see k distinct files.
        files = list(dict.fromkeys(p.path for p in store.search(q.question, k=4 * k)))[:k]
        at_1 += bool(files) and files[0] == q.file
        if q.file in files:
            at_k += 1
        else:
            misses.append(Miss(question=q.question, expected=q.file, got=files))
    return RecallReport(questions=len(questions), k=k, hits_at_1=at_1, hits_at_k=at_k, misses=misses)
