"""Generate a function-calling suite's data: ``src/purpose_suites/data/<suite>.json`` from its catalogue.

Four suites share this generator: ``fncall`` (``fncall_catalog.py``), ``fncall-unseen``
(``fncall_unseen_catalog.py``, written after the argument rules were frozen, as a transfer check, and
read since to find rules), ``fncall-fresh`` (``fncall_fresh_catalog.py``, written blind to the rules:
the transfer check now) and ``fncall-sealed`` (``fncall_sealed_catalog.py``, written blind to the rules
and to the other three suites: a second transfer check). One generator keeps their schemas, value drawing
and JSON layout identical, so they differ only in their functions and phrasing (and the schema bounds
only ``fncall-fresh`` and ``fncall-sealed`` state).
Deterministic: the same catalogue gives byte-identical output (values are drawn
from a generator seeded by the suite, the function's name and the request's number, never from global
state), and a test regenerates each file and compares. Run it after editing a catalogue:

    python packages/purpose-suites/scripts/make_fncall.py                         # rewrite fncall.json
    python packages/purpose-suites/scripts/make_fncall.py --suite fncall-unseen   # rewrite fncall_unseen.json
    python packages/purpose-suites/scripts/make_fncall.py --suite fncall-fresh    # rewrite fncall_fresh.json
    python packages/purpose-suites/scripts/make_fncall.py --suite fncall-sealed   # rewrite fncall_sealed.json
    python packages/purpose-suites/scripts/make_fncall.py --check                 # exit 1 if stale

Every template of a function becomes one request. Values are drawn per parameter (two parameters sharing
an enum, like ``from_unit`` and ``to_unit``, get different values), written into the template the way
people write them (thousands separators on some large numbers, a boolean as its phrase, a list as
"a, b and c"), and some requests get an unrelated lead-in sentence with numbers of its own (a ticket
number, a count) or a closing word, so the values to copy are not the only numbers in the text. A
catalogue may say more about how a value is written (``Param.say``, ``joiner``, ``fmt``, ``scale``: a
synonym for an enum member, a date in words, "x; y; z", "$1,200.50", a fraction as a percentage) and
bring its own lead-ins and closings (``LEAD_INS``, ``CLOSINGS``).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import random
import string
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fncall_catalog import Function, Param

DATA_DIR = Path(__file__).resolve().parents[1] / "src" / "purpose_suites" / "data"
CATALOGUES = {
    "fncall": "fncall_catalog",
    "fncall-unseen": "fncall_unseen_catalog",
    "fncall-fresh": "fncall_fresh_catalog",
    "fncall-sealed": "fncall_sealed_catalog",
}
"""Each suite this generator writes, and the module (next to this script) holding its catalogue."""
VERSION = 1
MAX_ITEMS = 8
"""The bound of every list parameter whose length varies (no request asks for more than six items)."""

LEAD_INS = (
    "Quick question, my 3rd one today.",
    "Ticket 4417:",
    "Hi! I've been stuck on this for 20 minutes.",
    "For my 2 kids' school project:",
    "Context: we are a team of 12.",
    "Hello, this is for the 2025 plan.",
    "Before my 9 o'clock call:",
    "Order #5521 follow-up.",
    "Good morning.",
    "Hey there,",
)
CLOSINGS = ("Thanks!", "Cheers.", "Appreciate it.", "Thank you so much.", "As quick as you can, please.")


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256(":".join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _number(rng: random.Random, lo: float, hi: float, decimals: int) -> float | int:
    value = round(rng.uniform(lo, hi), decimals)
    return int(value) if decimals == 0 else value


def _render_number(value: float | int, rng: random.Random) -> str:
    if isinstance(value, int) or float(value).is_integer():
        number = int(value)
        return f"{number:,}" if abs(number) >= 10000 and rng.random() < 0.5 else str(number)
    return f"{value}".rstrip("0").rstrip(".") if "." in f"{value}" else f"{value}"


def _draw(param: Param, rng: random.Random, avoid: set[Any]) -> Any:
    for _ in range(50):
        value = _draw_once(param, rng)
        if not (param.enum and value in avoid) and not (param.optional and value == param.default):
            return value
    raise ValueError(f"{param.name}: could not draw a value outside {avoid}")


def _draw_once(param: Param, rng: random.Random) -> Any:
    if param.type == "number":
        lo, hi = param.draw
        return _number(rng, lo, hi, param.decimals)
    if param.type == "integer":
        lo, hi = param.draw
        return rng.randint(lo, hi)
    if param.type == "string":
        return rng.choice(param.draw)
    if param.type == "boolean":
        return rng.random() < 0.5
    if param.type == "array":
        item, pool = param.draw
        k = rng.randint(*param.k)
        if item == "string":
            return rng.sample(list(pool), min(k, len(pool)))
        lo, hi = pool
        return [rng.randint(int(lo), int(hi)) for _ in range(k)]
    raise ValueError(f"{param.name}: unknown type {param.type}")


def _join(items: list[str], joiner: str) -> str:
    if joiner == "semicolons":
        return "; ".join(items)
    if joiner == "oxford":  # "x and y", "x, y, and z"
        if len(items) < 3:
            return " and ".join(items)
        return ", ".join(items[:-1]) + ", and " + items[-1]
    if joiner == "lines":
        return "".join(f"\n- {item}" for item in items) + "\n"
    raise ValueError(f"unknown joiner {joiner!r}")


def _render(param: Param, value: Any, rng: random.Random) -> str:
    if param.say is not None and not isinstance(value, list) and value in param.say:
        return rng.choice(param.say[value])
    if param.type == "boolean":
        yes, no = param.draw
        return yes if value else no
    if param.type in ("number", "integer"):
        shown = round(value * param.scale, 6) if param.scale != 1 else value
        return format(shown, param.fmt) if param.fmt else _render_number(shown, rng)
    if param.type == "array":
        items = [str(v) for v in value]
        if param.joiner:
            return _join(items, param.joiner)
        if param.ordered and param.k == (2, 2) and param.draw[0] != "string":
            return f"({items[0]}, {items[1]})"
        if param.ordered or len(items) < 2:
            return ", ".join(items)
        return ", ".join(items[:-1]) + " and " + items[-1]
    text = str(value)
    return text.replace("_", " ") if param.enum else text


def _schema(fn: Function) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for p in fn.params:
        prop: dict[str, Any] = {"type": p.type, "description": p.description}
        if p.enum:
            prop["enum"] = list(p.enum)
        if p.bounds is not None:
            prop["minimum"], prop["maximum"] = p.bounds
        if p.type == "array":
            prop["items"] = {"type": p.draw[0]}
            if p.k[0] == p.k[1]:
                prop["minItems"] = prop["maxItems"] = p.k[0]
            else:
                # bounded like a real API's list: unbounded, a small model under a grammar can keep
                # adding items until its token limit cuts the JSON (measured: "grades": ["B", "C", ...])
                prop["minItems"], prop["maxItems"] = 1, MAX_ITEMS
        if p.optional and p.default is not None:
            prop["default"] = p.default
        props[p.name] = prop
    return {
        "type": "object",
        "properties": props,
        "required": [p.name for p in fn.params if not p.optional],
        "additionalProperties": False,
    }


def _slots(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def catalogue(suite: str) -> ModuleType:
    """The catalogue module of ``suite`` (its ``FUNCTIONS``, and optionally ``LEAD_INS``/``CLOSINGS``)."""
    return importlib.import_module(CATALOGUES[suite])


def out_path(suite: str) -> Path:
    return DATA_DIR / f"{suite.replace('-', '_')}.json"


def request(fn: Function, number: int, suite: str = "fncall") -> dict[str, Any]:
    """The ``number``-th request for ``fn``: its text and the arguments a correct call sends."""
    template = fn.templates[number]
    module = catalogue(suite)
    lead_ins = getattr(module, "LEAD_INS", LEAD_INS)
    closings = getattr(module, "CLOSINGS", CLOSINGS)
    rng = _rng(suite, fn.name, number)
    mentioned = _slots(template)
    arguments: dict[str, Any] = {}
    rendered: dict[str, str] = {}
    used: dict[tuple[str, ...], set[Any]] = {}
    for p in fn.params:
        if p.name not in mentioned:
            continue
        key = tuple(p.enum) if p.enum else (p.name,)
        avoid = used.setdefault(key, set()) if p.enum else set()
        value = _draw(p, rng, avoid)
        if p.enum:
            avoid.add(value)
        arguments[p.name] = value
        rendered[p.name] = _render(p, value, rng)
    text = template.format(**rendered)
    roll = rng.random()
    if roll < 0.35:
        text = f"{rng.choice(lead_ins)} {text}"
    elif roll < 0.5:
        text = f"{text} {rng.choice(closings)}"
    return {"id": f"{fn.name}-{number}", "function": fn.name, "input": text, "arguments": arguments}


def build(suite: str = "fncall") -> dict[str, Any]:
    functions = []
    requests = []
    for fn in catalogue(suite).FUNCTIONS:
        functions.append(
            {
                "name": fn.name,
                "domain": fn.domain,
                "description": fn.description,
                "parameters": _schema(fn),
                "ordered": [p.name for p in fn.params if p.type == "array" and p.ordered],
            }
        )
        requests += [request(fn, i, suite) for i in range(len(fn.templates))]
    return {"version": VERSION, "functions": functions, "requests": requests}


def render_json(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", choices=sorted(CATALOGUES), default="fncall")
    parser.add_argument("--check", action="store_true", help="fail if the shipped file differs")
    parser.add_argument("--out", type=Path, help="where to write (default: the suite's shipped JSON)")
    args = parser.parse_args(argv)
    out: Path = args.out or out_path(args.suite)
    text = render_json(build(args.suite))
    if args.check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        hint = f"run {Path(__file__).name} --suite {args.suite}"
        print("up to date" if same else f"{out} is stale: {hint}")
        return 0 if same else 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(f"wrote {out}: {len(data['functions'])} functions, {len(data['requests'])} requests")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
