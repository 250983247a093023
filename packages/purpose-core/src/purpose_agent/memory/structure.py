"""The structure of a task, so a task-family memory applies where the task has the same shape, not words.

A procedure learned on "What is 12 * 34?" shares every word with "What is 2+3?", and word overlap alone
made it fire there (answering 6). What decides whether a procedure transfers is structure: the operators
the request asks for (symbols and their words: ``+``/"plus"/"sum"), the types of the values it gives
(integers, decimals, quoted strings) in order, and the tool it needs. Two tasks match only when all of
that agrees and their remaining words still overlap; a near miss is a task that shares the words but not
the structure, which is what memory CI replays as a negative control.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Values a task gives: quoted strings, integers, decimals (the slots of a procedure).
SLOT_VALUE = re.compile(r'"[^"\n]{1,80}"|\'[^\'\n]{1,80}\'|-?\d+(?:\.\d+)?')


def value_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each value in ``text``. A minus sign after a number ("10-4", "10 - 4") is the
    operator, not the sign of the next value."""
    out = []
    for m in SLOT_VALUE.finditer(text):
        start = m.start()
        if text[start] == "-" and text[:start].rstrip()[-1:] in tuple("0123456789)"):
            start += 1
        out.append((start, m.end()))
    return out


def slot_values(text: str) -> list[str]:
    return [text[a:b].strip("\"'") for a, b in value_spans(text)]


def replace_values(text: str, repl: object) -> str:
    """``text`` with each value replaced by ``repl(index, raw)`` (a callable) from the left."""
    pieces, last = [], 0
    for n, (a, b) in enumerate(value_spans(text)):
        pieces += [text[last:a], repl(n, text[a:b])]  # type: ignore[operator]
        last = b
    return "".join([*pieces, text[last:]])


_SLOT_PLACEHOLDER = re.compile(r"\{s(\d+)\}")
#: An operator symbol between operands (not a hyphen inside a word).
_OP_SYMBOL = re.compile(r"(?<=[\d\s)}])([-+*/\u00d7\u00f7^%])(?=[\s\d({.])")
_WORD = re.compile(r"[a-z]+")

#: Operator words and the symbol they mean; a request in words and one in symbols share a structure.
OPERATOR_WORDS: dict[str, str] = {
    "plus": "+", "add": "+", "added": "+", "adding": "+", "sum": "+", "total": "+",
    "minus": "-", "subtract": "-", "subtracted": "-", "difference": "-", "less": "-",
    "times": "*", "multiply": "*", "multiplied": "*", "product": "*",
    "divide": "/", "divided": "/", "quotient": "/", "over": "/", "ratio": "/",
    "power": "^", "squared": "^", "cubed": "^",
    "modulo": "%", "remainder": "%", "mod": "%",
}  # fmt: skip
_CANONICAL = {"\u00d7": "*", "\u00f7": "/"}  # multiplication and division signs


@dataclass(frozen=True)
class Structure:
    operators: frozenset[str]
    slot_types: tuple[str, ...]
    words: frozenset[str]

    def as_dict(self) -> dict[str, object]:
        return {"operators": sorted(self.operators), "slot_types": list(self.slot_types)}


def _value_type(raw: str) -> str:
    if raw[:1] in "\"'":
        return "str"
    return "float" if "." in raw else "int"


def structure_of(text: str, *, pattern: bool = False) -> Structure:
    """The structure of a task, or of a procedure's pattern (``pattern=True``: ``{s0}`` marks a slot whose
    type is unknown and matches any value; its values were replaced when the pattern was made)."""
    lowered = text.casefold()
    if pattern:
        slot_types = tuple("any" for _ in _SLOT_PLACEHOLDER.finditer(lowered))
        bare = _SLOT_PLACEHOLDER.sub(" 0 ", lowered)
    else:
        slot_types = tuple(_value_type(text[a:b]) for a, b in value_spans(text))
        bare = replace_values(lowered, lambda _n, raw: " 0 " if raw[:1] not in "\"'" else " ")
    symbols = {_CANONICAL.get(s, s) for s in _OP_SYMBOL.findall(bare)}
    words = set(_WORD.findall(bare))
    ops = symbols | {OPERATOR_WORDS[w] for w in words if w in OPERATOR_WORDS}
    return Structure(frozenset(ops), slot_types, frozenset(words))


def word_similarity(a: Structure, b: Structure) -> float:
    if not a.words and not b.words:
        return 1.0
    return len(a.words & b.words) / len(a.words | b.words)


def structural_mismatch(task: Structure, family: Structure) -> str | None:
    """Why ``task`` is not in ``family``'s structure (operators or value types), or None when it is."""
    if task.operators != family.operators:
        have = "".join(sorted(task.operators)) or "none"
        want = "".join(sorted(family.operators)) or "none"
        return f"operators differ ({have} vs {want})"
    if len(task.slot_types) != len(family.slot_types):
        return f"{len(task.slot_types)} values given, the family has {len(family.slot_types)}"
    for got, want in zip(task.slot_types, family.slot_types, strict=True):
        if "any" not in (got, want) and got != want and {got, want} != {"int", "float"}:
            return f"value types differ ({got} vs {want})"
    return None


#: Least word overlap (Jaccard) a structurally matching task needs with a family's pattern.
MIN_WORD_SIMILARITY = 0.6
#: Least word overlap for a task to count as a near miss of a family (same words, other structure).
NEAR_MISS_SIMILARITY = 0.4


def _family(family: str | Structure) -> Structure:
    return family if isinstance(family, Structure) else structure_of(family, pattern=True)


def matches(task: str, family: str | Structure) -> bool:
    """Whether ``task`` belongs to ``family`` (a pattern with ``{s0}`` slots, or its structure): same
    structure, similar words."""
    t, f = structure_of(task), _family(family)
    return structural_mismatch(t, f) is None and word_similarity(t, f) >= MIN_WORD_SIMILARITY


def near_miss(task: str, family: str | Structure) -> bool:
    """Shares the family's words but not its structure: where a word-matched card would misfire."""
    t, f = structure_of(task), _family(family)
    return structural_mismatch(t, f) is not None and word_similarity(t, f) >= NEAR_MISS_SIMILARITY
