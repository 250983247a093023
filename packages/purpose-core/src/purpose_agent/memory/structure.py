"""The structure of a task, so a task-family memory applies where the task has the same shape, not words.

A procedure learned on "What is 12 * 34?" shares every word with "What is 2+3?", and word overlap alone
made it fire there (answering 6). What decides whether a procedure transfers is structure: the operators
the request asks for (symbols and their words: ``+``/"plus"/"sum"), the types of the values it gives
(integers, decimals, quoted strings) in order, and the tool it needs. Two tasks match only when all of
that agrees and their remaining words still overlap; a near miss is a task that shares the words but not
the structure, which is what memory CI replays as a negative control.

A procedure can also hold a whole span of the task as one typed slot (Agent Workflow Memory's typed
slots): when the solved episode handed the tool an arithmetic expression copied verbatim from the task
("12 * 7" from "What is 12 * 7?"), the operator belongs to the value, not to the procedure, and the card
reads tasks in the *expression view*: each run of numbers joined by operator symbols is one value of type
``expression``, and only the operators outside such values are part of the structure. "What is 2+3?" then
has the structure of "What is {s0}?" with an expression slot, while "What is 3 plus 4?" (numbers and an
operator word) does not.
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


#: An arithmetic expression in symbols: two or more numbers joined by operator symbols ("2+3", "12 * 7").
EXPRESSION = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:\s*[-+*/\u00d7\u00f7^%]\s*-?\d+(?:\.\d+)?)+(?![\w.])")


def expression_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each expression in ``text`` outside quoted strings."""
    quoted = [(a, b) for a, b in value_spans(text) if text[a] in "\"'"]
    return [
        (m.start(), m.end())
        for m in EXPRESSION.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in quoted)
    ]


def typed_spans(text: str, *, expressions: bool = False) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of each value in ``text`` from the left; with ``expressions`` each
    expression is one value of type ``expression`` instead of its numbers."""
    plain = [(a, b, _value_type(text[a:b])) for a, b in value_spans(text)]
    if not expressions:
        return plain
    merged = expression_spans(text)
    out = [(a, b, "expression") for a, b in merged]
    out += [(a, b, t) for a, b, t in plain if not any(x <= a and b <= y for x, y in merged)]
    return sorted(out)


def slot_values(text: str, *, expressions: bool = False) -> list[str]:
    return [text[a:b].strip("\"'") for a, b, _ in typed_spans(text, expressions=expressions)]


def replace_values(text: str, repl: object, *, expressions: bool = False) -> str:
    """``text`` with each value replaced by ``repl(index, raw)`` (a callable) from the left."""
    pieces, last = [], 0
    for n, (a, b, _) in enumerate(typed_spans(text, expressions=expressions)):
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
    expressions: bool = False
    """Read in the expression view: an expression is one slot, its operators are not the structure's."""

    def as_dict(self) -> dict[str, object]:
        return {"operators": sorted(self.operators), "slot_types": list(self.slot_types)}


def _value_type(raw: str) -> str:
    if raw[:1] in "\"'":
        return "str"
    return "float" if "." in raw else "int"


def structure_of(text: str, *, pattern: bool = False, expressions: bool = False) -> Structure:
    """The structure of a task, or of a procedure's pattern (``pattern=True``: ``{s0}`` marks a slot whose
    type is unknown and matches any value; its values were replaced when the pattern was made).
    ``expressions``: read each expression as one value (see the module's docstring)."""
    lowered = text.casefold()
    if pattern:
        slot_types = tuple("any" for _ in _SLOT_PLACEHOLDER.finditer(lowered))
        bare = _SLOT_PLACEHOLDER.sub(" 0 ", lowered)
    else:
        slot_types = tuple(t for _a, _b, t in typed_spans(text, expressions=expressions))
        bare = replace_values(
            lowered, lambda _n, raw: " 0 " if raw[:1] not in "\"'" else " ", expressions=expressions
        )
    symbols = {_CANONICAL.get(s, s) for s in _OP_SYMBOL.findall(bare)}
    words = set(_WORD.findall(bare))
    ops = symbols | {OPERATOR_WORDS[w] for w in words if w in OPERATOR_WORDS}
    return Structure(frozenset(ops), slot_types, frozenset(words), expressions)


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
    f = _family(family)
    t = structure_of(task, expressions=f.expressions)
    return structural_mismatch(t, f) is None and word_similarity(t, f) >= MIN_WORD_SIMILARITY


def near_miss(task: str, family: str | Structure) -> bool:
    """Shares the family's words but not its structure: where a word-matched card would misfire."""
    f = _family(family)
    t = structure_of(task, expressions=f.expressions)
    return structural_mismatch(t, f) is not None and word_similarity(t, f) >= NEAR_MISS_SIMILARITY
