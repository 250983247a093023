"""Where the immune one-pass automaton's time goes, pattern by pattern, and whether it misses a match.

``python benchmarks/immune_automaton.py profile`` compiles each pattern of the lower-case automaton (every
rule of every installed detector, rewritten by ``purpose_immune_engine.superset``) alone and times it over
the main lower-case view of the benchmark's 100 KB text (``benchmarks/immune.py``'s ``hundred_kb_text``),
then prints the costliest ``--top`` patterns with their detector and family, and the whole automaton's
speed without each of them (``--without``, a compile of the whole set each: slow). Hyperscan's cost here is
about the sum of the patterns' own costs (the patterns alone add up to about the whole), and most of it is
in patterns that start with a common word and then wait for the rest of the rule through a line or a
sentence (``\\b(?:act|pretend|...)\\w*[^\\n]*...``): each occurrence of the word keeps a state alive to the
end of its line or sentence.

``python benchmarks/immune_automaton.py check`` scans every view of the development sources (up to
``--max-bytes`` bytes) with the lower-case automaton and with Python's ``re`` running the same rewritten
patterns, and lists each pattern ``re`` finds in a view where the automaton reports nothing: a miss there
would let the automaton rule out a rule that matches (findings lost, not just time). Hyperscan
(python-hyperscan 0.9.1) was seen to miss in this way on rewritten patterns the project does not ship: for
example ``(?:no|y) (?:usual :content )?(?:filte|this|ains|ship|ints|tors|ines|ries)`` finds nothing in
``" bish also has no filtes of ethics."``, where ``re`` finds ``no filte``; the shipped patterns had no such
miss on the development sources when this script was written.

Times are CPU time on one core; the load average is printed, since figures on a busy machine are
indicative only. Each command's last line is one JSON object (``profile``: ``mb_per_s_whole``,
``mb_per_s_sum`` and the costliest patterns; ``check``: ``views``, ``patterns``, ``misses``;
``generated``: ``missed`` per automaton).

``python benchmarks/immune_automaton.py generated --salts 10`` runs the compile-time check of
``purpose_immune_engine.selfcheck`` on each automaton the detectors use (lower-case, case-kept, and the
lower-case patterns that may cross a sentence cut) with ten different draws of texts per pattern, and lists
the patterns the automaton misses on some drawn text where ``re`` finds them: how many the shipped check,
with its one draw, leaves to ``re``, and how many more a deeper search finds. With ``--engine re2`` the
same draws go to the RE2 sets the one-pass automata run on by default (``onepass.Re2Sets``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import immune
import immune_sources

FLAGS_NOTE = "one report per pattern, empty matches allowed (as the one-pass automaton compiles them)"


def _setup() -> tuple[Any, list[str], dict[str, list[tuple[str, str]]], list[dict]]:
    """Hyperscan, the lower-case patterns in registration order, the rules behind each, and the rows."""
    import hyperscan
    from purpose_immune_engine import onepass
    from purpose_immune_engine.rules import RuleScanner

    rules, _classifier, _loaded = immune.load_scanners()
    behind: dict[str, list[tuple[str, str]]] = {}
    for scanner in rules:
        if isinstance(scanner, RuleScanner):
            scanner._register()
            for rule, pattern in scanner._compiled:
                source = onepass._translate(pattern.pattern, pattern.flags & ~re.UNICODE, False)
                if source is not None and not rule.cased:
                    behind.setdefault(source, []).append((scanner.name, rule.family))
    sources = {k: v for k, v in immune_sources.load_all().items() if v}
    rows = [r for v in sources.values() for r in v]
    return hyperscan, list(onepass.ONE_PASS._kinds[0].sources), behind, rows


def _compile(hs: Any, patterns: list[str]) -> Any:
    from purpose_immune_engine import onepass

    return onepass.compile_patterns(patterns)  # the flags the one-pass automaton compiles with


def _matches(hs: Any, db: Any, data: bytes, scratch: Any = None) -> set[int]:
    from purpose_immune_engine import onepass

    return onepass.matching_ids(db, data, scratch or hs.Scratch(db))


def _mb_per_s(hs: Any, db: Any, data: bytes, seconds: float) -> float:
    scratch = hs.Scratch(db)
    runs = 0
    start = time.process_time()
    while True:
        _matches(hs, db, data, scratch)
        runs += 1
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return len(data) * runs / elapsed / 1e6


def _readable(pattern: str, width: int) -> str:
    """The rewritten pattern with its escaped letters, digits and spaces written out."""

    def char(m: re.Match[str]) -> str:
        c = chr(int(m.group(1), 16))
        return c if c.isalnum() or c == " " else m.group(0)

    text = re.sub(r"\\x([0-9a-f]{2})", char, pattern)
    return text if len(text) <= width else text[: width - 3] + "..."


def profile(top: int, without: bool, seconds: float) -> None:
    from purpose_immune_engine.item import ScanItem

    hs, patterns, behind, rows = _setup()
    view = ScanItem.from_text(immune.hundred_kb_text(rows)).views[0].encode("utf-8", "surrogatepass")
    started = time.perf_counter()
    whole = _compile(hs, patterns)
    print(f"lower-case automaton: {len(patterns)} patterns ({FLAGS_NOTE}), compiled in "
          f"{time.perf_counter() - started:.1f} s; 100 KB text's main view {len(view):,} bytes")  # fmt: skip
    whole_rate = statistics.median(_mb_per_s(hs, whole, view, seconds) for _ in range(3))
    solo = sorted((_mb_per_s(hs, _compile(hs, [p]), view, seconds / 10), i) for i, p in enumerate(patterns))
    total = sum(1 / rate for rate, _ in solo)
    share = sum(1 / r for r, _ in solo[:top]) * 1000
    print(f"whole automaton {whole_rate:.2f} MB/s; the patterns alone add up to {1 / total:.2f} MB/s "
          f"({total * 1000:.0f} ms a MB, the top {top} {share:.0f})")  # fmt: skip
    header = f"{'id':>4s} {'solo MB/s':>9s} {'whole without':>13s}  rule (detector family): rewritten pattern"
    print(header)
    for rate, i in solo[:top]:
        rest = ""
        if without:
            db = _compile(hs, patterns[:i] + patterns[i + 1 :])
            rest = f"{statistics.median(_mb_per_s(hs, db, view, seconds) for _ in range(3)):.2f}"
        owners = ", ".join(
            f"{name.removeprefix('immune-')} {family}" for name, family in behind.get(patterns[i], [])
        )
        print(f"{i:4d} {rate:9.1f} {rest:>13s}  ({owners or '?'}): {_readable(patterns[i], 150)}")
    load = [round(x, 2) for x in os.getloadavg()]
    print(f"load average {load}")
    costly = [{"id": i, "mb_per_s_alone": round(rate, 1)} for rate, i in solo[:top]]
    report = {"patterns": len(patterns), "mb_per_s_whole": round(whole_rate, 2)}
    report |= {"mb_per_s_sum": round(1 / total, 2), "costliest": costly, "load": load}
    print(json.dumps(report))


def check(max_bytes: int) -> int:
    from purpose_immune_engine.item import ScanItem

    hs, patterns, behind, rows = _setup()
    db = _compile(hs, patterns)
    scratch = hs.Scratch(db)
    compiled = [re.compile(p.encode("ascii")) for p in patterns]
    views = {v.encode("utf-8", "surrogatepass") for r in rows for v in ScanItem.from_text(r["text"]).views}
    views = {v for v in views if len(v) <= max_bytes}
    misses = 0
    started = time.perf_counter()
    for data in sorted(views):
        found = _matches(hs, db, data, scratch)
        for i, pattern in enumerate(compiled):
            if i not in found and pattern.search(data):
                misses += 1
                print(f"MISS pattern {i} ({behind.get(patterns[i])}) in {data[:120]!r}")
    seconds = round(time.perf_counter() - started, 1)
    print(f"{len(views)} views up to {max_bytes} bytes, {len(patterns)} patterns: {misses} misses")
    print(json.dumps({"views": len(views), "patterns": len(patterns), "misses": misses, "seconds": seconds}))
    return 1 if misses else 0


def generated(salts: int, engine: str = "hyperscan") -> int:
    """Each automaton the detectors use, checked on texts drawn from its own patterns (the compile-time
    check of ``purpose_immune_engine.selfcheck``, with ``salts`` different draws instead of one): the
    patterns it misses, which the shipped check would leave to ``re`` only if its one draw finds them.
    ``engine="re2"``: the same draws against the RE2 sets the one-pass automata run on by default."""
    from purpose_immune_engine import onepass
    from purpose_immune_engine.selfcheck import unreliable

    hs, _patterns, behind, _rows = _setup()
    started = time.perf_counter()
    found: dict[str, list[int]] = {}
    first: dict[str, list[int]] = {}
    for kind in onepass.ONE_PASS._kinds:
        patterns = sorted(set(kind.sources))
        if not patterns:
            continue
        sets = onepass.Re2Sets(patterns) if engine == "re2" else None
        db = _compile(hs, patterns) if sets is None else None
        missed: set[int] = set()
        for salt in range(salts):
            if sets is not None:
                bad = sorted(unreliable(patterns, sets.match, salt=salt))
            else:
                bad = sorted(onepass.checked(db, patterns, salt=salt))  # what the compile runs, other draws
            if salt == 0:
                first[kind.name] = bad
            missed.update(bad)
        found[kind.name] = sorted(missed)
        print(f"{kind.name}: {len(patterns)} patterns, missed on drawn texts: {len(missed)} "
              f"(the shipped check's own draw: {len(first[kind.name])})")  # fmt: skip
        for i in sorted(missed):
            print(f"  {behind.get(patterns[i])} {_readable(patterns[i], 110)}")
    seconds = round(time.perf_counter() - started, 1)
    missed = {k: len(v) for k, v in found.items()}
    drawn_once = {k: len(v) for k, v in first.items()}
    print(json.dumps({"engine": engine, "salts": salts, "missed": missed, "missed_first_draw": drawn_once,
                      "seconds": seconds}))  # fmt: skip
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("profile", help="each pattern's own cost on the 100 KB text")
    p.add_argument("--top", type=int, default=15)
    p.add_argument("--without", action="store_true", help="also the whole automaton without each top pattern")
    p.add_argument("--seconds", type=float, default=0.5, help="timing per measurement")
    c = sub.add_parser("check", help="patterns Python's re finds where the automaton reports nothing")
    c.add_argument("--max-bytes", type=int, default=3000)
    g = sub.add_parser("generated", help="patterns each automaton misses on texts drawn from them")
    g.add_argument("--salts", type=int, default=10, help="different draws per pattern")
    g.add_argument("--engine", choices=("hyperscan", "re2"), default="hyperscan", help="the automata checked")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    if args.command == "profile":
        profile(args.top, args.without, args.seconds)
        return 0
    if args.command == "generated":
        return generated(args.salts, args.engine)
    return check(args.max_bytes)


if __name__ == "__main__":
    raise SystemExit(main())
