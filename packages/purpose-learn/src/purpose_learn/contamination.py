"""Contamination control: no test item may be anywhere in memory when the test split is scored.

Two independent checks, because each misses what the other finds. The hash check compares every text of
every card (content, each structured field) with each test input after normalization, and also looks for
the input's token sequence inside the card's text, which finds exact copies wherever they hide. The search
check asks the store itself (its own retrieval, every status) for the cards nearest each test input and
flags those that contain every word, number and operator of the input, which finds reordered and
reformatted copies. Any finding makes the harness refuse to report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from purpose_agent.plugin import MemoryStatus, PurposeError
from pydantic import BaseModel

from purpose_learn.case import EvalCase, text_hash

_TOKEN = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+|[*+/=<>^%-]")
#: Inputs shorter than this many tokens are too generic for the search check ("hello"); the hash check
#: still covers them.
MIN_SEARCH_TOKENS = 3


class Finding(BaseModel):
    case_id: str
    case_hash: str
    card_id: str
    card_status: str
    method: str
    """``hash`` (a card text equals the input), ``substring`` (a card contains it), ``search`` (the store's
    retrieval returned a card holding every token of it)."""
    detail: str


class ContaminationError(PurposeError):
    """A test item is in memory: scores on it would measure recall, not learning."""

    exit_code = 3

    def __init__(self, findings: Sequence[Finding], where: str = "") -> None:
        self.findings = list(findings)
        cases = sorted({f.case_id for f in findings})
        lines = [
            f"contaminated{f' ({where})' if where else ''}: {len(cases)} test item(s) found in memory, so "
            f"no score is reported. Remove these cards or use a fresh store:"
        ]
        for f in self.findings[:10]:
            lines.append(
                f"  test case {f.case_id} in card {f.card_id} ({f.card_status}) by {f.method}: {f.detail}"
            )
        if len(self.findings) > 10:
            lines.append(f"  ... and {len(self.findings) - 10} more")
        super().__init__("\n".join(lines))


def tokens(text: str) -> set[str]:
    return set(_TOKEN.findall((text or "").casefold()))


def token_line(text: str) -> str:
    """The text as a space-padded token sequence, so "item 1" is not found inside "item 10"."""
    return " " + " ".join(_TOKEN.findall((text or "").casefold())) + " "


def _leaves(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _leaves(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _leaves(item)


def _all_cards(store: Any, page: int = 500) -> Iterator[Any]:
    offset = 0
    while True:
        batch = store.list_cards(limit=page, offset=offset)
        yield from batch
        if len(batch) < page:
            return
        offset += page


def check_contamination(store: Any, test_cases: Sequence[EvalCase], *, search_k: int = 5) -> list[Finding]:
    """Every place a test item appears in ``store`` (any status); an empty list means clean."""

    by_hash = {c.input_hash: c for c in test_cases}
    sequences = [(token_line(c.input), c) for c in test_cases if token_line(c.input).strip()]
    findings: list[Finding] = []
    seen: set[tuple[str, str, str]] = set()

    def add(case: EvalCase, card: Any, method: str, detail: str) -> None:
        key = (case.content_hash, card.id, method)
        if key in seen:
            return
        seen.add(key)
        findings.append(
            Finding(
                case_id=str(case.id or case.content_hash[:12]),
                case_hash=case.content_hash,
                card_id=card.id,
                card_status=str(card.status.value if hasattr(card.status, "value") else card.status),
                method=method,
                detail=detail,
            )
        )

    for card in _all_cards(store):
        texts = [card.content, *_leaves(card.fields)]
        for text in texts:
            case = by_hash.get(text_hash(text))
            if case is not None:
                add(case, card, "hash", f"a card text equals the test input {case.input[:80]!r}")
        whole = token_line("\n".join(texts))
        for sequence, case in sequences:
            if sequence in whole:
                add(case, card, "substring", f"the card contains the test input {case.input[:80]!r}")
    statuses = list(MemoryStatus)
    for case in test_cases:
        want = tokens(case.input)
        if len(want) < MIN_SEARCH_TOKENS:
            continue
        for card, _score in store.retrieve(case.input, scope=None, k=search_k, statuses=statuses):
            have = tokens(card.text_for_scan())
            if want <= have:
                add(
                    case,
                    card,
                    "search",
                    f"the store's search returned a card holding every token of {case.input[:80]!r}",
                )
    return findings
