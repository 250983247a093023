"""Would a literal first tier speed up the one-pass automaton of the lower-case rules? A paired A/B.

``python benchmarks/immune_tiers.py``. The lower-case automaton of
:mod:`purpose_immune_engine.onepass` (about 300 rule supersets in one Hyperscan database) is the largest
single cost of a scan that is not Python code (see the engine's README). The redesign this script
measures: from each pattern derive *required literals* (groups of strings, one of each of which every
match contains, :func:`required`), scan a view for all of them at once (tier 1: the groups as quiet
literal alternations and one logical combination per pattern, so the scan reports the patterns whose
groups all occur), then run only those patterns, each by its own one-pattern database, plus a small
database of the patterns with no group (tier 2). Tier 2 is exact, so the ids are those of the full
automaton; the script checks that on every view before timing.

Timing: the full automaton and the tiered scan alternate in rounds in this process (the same views,
the same Python callback), medians of the rounds, on the main lower-case view of every text of
``benchmarks/immune.py``'s length-stratified mix and on the four views of its 100 KB text; the load
average is printed. Also printed: the tier-1 scan alone and a plain literal database (``literal=True``)
of every group's strings, the cheapest first tier possible. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

MIN_LITERAL = 3
"""A group with a string shorter than this is dropped (two letters occur in nearly every text)."""
MAX_STRINGS = 64
"""The most strings a run of characters may expand to (a class or an alternation multiplies them)."""
MAX_CLASS = 4
"""A class of at most this many bytes extends a run (one string per byte); a wider one ends it."""

Group = frozenset[bytes]


class _Run:
    """The exact strings a contiguous stretch of the pattern can be (None: not known exactly)."""

    __slots__ = ("strings",)

    def __init__(self) -> None:
        self.strings: set[bytes] | None = {b""}

    def extend(self, options: set[bytes], groups: list[Group]) -> None:
        if self.strings is None:
            self.strings = set(options)
            return
        if len(self.strings) * len(options) > MAX_STRINGS:
            self.close(groups)
            self.strings = set(options)
            return
        self.strings = {a + b for a in self.strings for b in options}

    def close(self, groups: list[Group]) -> None:
        if self.strings is not None:
            _add(groups, self.strings)
        self.strings = None


def _add(groups: list[Group], strings: set[bytes]) -> None:
    if strings and min(map(len, strings)) >= MIN_LITERAL:
        groups.append(frozenset(strings))


def _exact(seq: Any) -> set[bytes] | None:
    """Every string ``seq`` can match, when it is a short finite set of fixed strings (else None)."""
    out: set[bytes] = {b""}
    for op, av in seq:
        options = _exact_item(op, av)
        if options is None or len(out) * len(options) > MAX_STRINGS:
            return None
        out = {a + b for a in out for b in options}
    return out


def _exact_item(op: Any, av: Any) -> set[bytes] | None:
    if op is C.LITERAL:
        return {bytes([av])} if av < 256 else None
    if op is C.IN:
        return _class_bytes(av)
    if op is C.SUBPATTERN:
        return _exact(av[-1])
    if op is C.BRANCH:
        out: set[bytes] = set()
        for branch in av[1]:
            one = _exact(branch)
            if one is None:
                return None
            out |= one
            if len(out) > MAX_STRINGS:
                return None
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, sub = av
        if low == high == 1:
            return _exact(sub)
        if low == 0 and high == 1:
            one = _exact(sub)
            return None if one is None else one | {b""}
    return None


def _class_bytes(items: Any) -> set[bytes] | None:
    if items and items[0][0] is C.NEGATE:
        return None
    codes: set[int] = set()
    for op, av in items:
        if op is C.LITERAL:
            codes.add(av)
        elif op is C.RANGE:
            if av[1] - av[0] >= MAX_CLASS:
                return None
            codes.update(range(av[0], av[1] + 1))
        else:
            return None
        if len(codes) > MAX_CLASS:
            return None
    return {bytes([c]) for c in codes} if codes and max(codes) < 256 else None


def _groups(seq: Any) -> list[Group]:
    """The groups every match of ``seq`` satisfies."""
    groups: list[Group] = []
    run = _Run()
    for op, av in seq:
        if op is C.AT:
            continue  # zero-width: the characters around it stay contiguous
        options = _exact_item(op, av)
        if options is not None and b"" not in options:
            run.extend(options, groups)
            continue
        if options is not None:  # may be empty: what follows is contiguous with one of several strings
            run.extend(options, groups)
            continue
        run.close(groups)
        if op is C.SUBPATTERN:
            groups.extend(_groups(av[-1]))
        elif op is C.BRANCH:
            union = _branch_group(av[1])
            if union is not None:
                groups.append(union)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, _high, sub = av
            if low >= 1:
                inner = _exact(sub)
                if inner is not None and b"" not in inner:
                    # the last copy is followed by what comes next: a run starts with it
                    run.strings = set(inner)
                    continue
                groups.extend(_groups(sub))
        run.strings = {b""}
    run.close(groups)
    return groups


def _branch_group(branches: Any) -> Group | None:
    """One group for an alternation: in each branch its strongest group (the longest shortest string), all
    joined; None when a branch has no group."""
    out: set[bytes] = set()
    for branch in branches:
        exact = _exact(branch)
        if exact is not None:
            if b"" in exact or min(map(len, exact)) < MIN_LITERAL:
                return None
            out |= exact
            continue
        groups = _groups(branch)
        if not groups:
            return None
        out |= max(groups, key=lambda g: (min(map(len, g)), -len(g)))
    return frozenset(out) if out else None


@functools.lru_cache(maxsize=4096)
def required(source: str) -> tuple[Group, ...]:
    """The groups of strings (bytes of a UTF-8 text) every match of the automaton pattern ``source``
    contains one of each; empty when none can be proved (the pattern is then run on every view)."""
    try:
        parsed = P.parse(source)
    except Exception:  # a construct Python's parser does not take: no condition, always run
        return ()
    if parsed.state.flags & 2:  # re.IGNORECASE: the strings would need every case
        return ()
    try:
        groups = _groups(parsed.data)
    except RecursionError:
        return ()
    # the same group twice costs a check and proves nothing more; strings kept sorted for a stable order
    seen: dict[Group, None] = {}
    for g in groups:
        seen.setdefault(g, None)
    return tuple(seen)


def _escaped(data: bytes) -> str:
    return "".join(f"\\x{c:02x}" for c in data)


def _alternation(group: Group) -> bytes:
    return ("(?:" + "|".join(_escaped(s) for s in sorted(group)) + ")").encode("ascii")


class Tiered:
    """The tiered scan of ``sources`` (the automaton's patterns, reported by their index)."""

    def __init__(self, hs: Any, sources: list[str]) -> None:
        self.hs = hs
        self.sources = sources
        one = hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_ALLOWEMPTY
        self.required = [required(s) for s in sources]
        groups = sorted({g for r in self.required for g in r}, key=sorted)
        gid = {g: 10_000 + i for i, g in enumerate(groups)}  # sub-expression ids above any pattern index
        exprs, ids, flags = [], [], []
        for g in groups:
            exprs.append(_alternation(g))
            ids.append(gid[g])
            flags.append(hs.HS_FLAG_QUIET | hs.HS_FLAG_SINGLEMATCH)
        self.always = []
        for j, r in enumerate(self.required):
            if not r:
                self.always.append(j)
            elif len(r) == 1:  # a combination needs an operator: a one-group pattern reports its group
                exprs.append(_alternation(r[0]))
                ids.append(j)
                flags.append(hs.HS_FLAG_SINGLEMATCH)
            else:
                exprs.append(" & ".join(str(gid[g]) for g in r).encode("ascii"))
                ids.append(j)
                flags.append(hs.HS_FLAG_COMBINATION | hs.HS_FLAG_SINGLEMATCH)
        self.groups = groups
        self.first = hs.Database()
        self.first.compile(expressions=exprs, ids=ids, elements=len(exprs), flags=flags)
        self.first_scratch = hs.Scratch(self.first)
        self.rest = None
        if self.always:
            self.rest = hs.Database()
            self.rest.compile(expressions=[sources[j].encode("ascii") for j in self.always], ids=self.always,
                              elements=len(self.always), flags=[one] * len(self.always))  # fmt: skip
            self.rest_scratch = hs.Scratch(self.rest)
        self.singles: list[Any] = []
        for s in sources:
            db = hs.Database()
            db.compile(expressions=[s.encode("ascii")], ids=[0], elements=1, flags=[one])
            self.singles.append((db, hs.Scratch(db)))
        strings: dict[bytes, int] = {}
        for g in groups:
            for s in g:
                strings.setdefault(s, gid[g])
        ordered = sorted(strings)
        self.literal = hs.Database()
        self.literal.compile(expressions=ordered, ids=[strings[s] for s in ordered], elements=len(ordered),
                             flags=[hs.HS_FLAG_SINGLEMATCH] * len(ordered), literal=True)  # fmt: skip
        self.literal_scratch = hs.Scratch(self.literal)
        self.n_strings = len(ordered)

    def first_tier(self, data: bytes) -> set[int]:
        out: set[int] = set()
        self.first.scan(data, match_event_handler=_add_id, context=out, scratch=self.first_scratch)
        return out

    def literal_only(self, data: bytes) -> set[int]:
        out: set[int] = set()
        self.literal.scan(data, match_event_handler=_add_id, context=out, scratch=self.literal_scratch)
        return out

    def scan(self, data: bytes) -> set[int]:
        out: set[int] = set()
        if self.rest is not None:
            self.rest.scan(data, match_event_handler=_add_id, context=out, scratch=self.rest_scratch)
        for j in self.first_tier(data):
            db, scratch = self.singles[j]
            hit: set[int] = set()
            db.scan(data, match_event_handler=_add_id, context=hit, scratch=scratch)
            if hit:
                out.add(j)
        return out


def _add_id(pattern_id: int, _start: int, _end: int, _flags: int, ids: set[int]) -> None:
    ids.add(pattern_id)


def _full(automaton: Any) -> Any:
    def scan(data: bytes) -> set[int]:
        out: set[int] = set()
        automaton.db.scan(data, match_event_handler=_add_id, context=out, scratch=automaton.scratch())
        return out

    return scan


def _paired(ways: dict[str, Any], views: list[bytes], rounds: int) -> dict[str, float]:
    """Milliseconds per pass over ``views`` for each way, alternating in rounds; medians."""
    times: dict[str, list[float]] = {k: [] for k in ways}
    for r in range(rounds):
        order = list(ways) if r % 2 == 0 else list(reversed(ways))
        for name in order:
            scan = ways[name]
            start = time.perf_counter()
            for v in views:
                scan(v)
            times[name].append((time.perf_counter() - start) * 1000)
    return {k: round(statistics.median(v), 2) for k, v in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    import immune
    import immune_sources
    from purpose_agent.immune.scan import ScanItem, run_scanners
    from purpose_immune_engine import onepass
    from purpose_immune_engine.item import prepare

    hs = onepass._hyperscan()
    if hs is None:
        print("hyperscan is not installed: nothing to compare", file=sys.stderr)
        return 1
    rules, classifier, _ = immune.load_scanners()
    active = rules + ([classifier] if classifier is not None else [])
    rows = [r for v in immune_sources.load_all().values() for r in v]
    mix_views = []
    for t in immune.stratified_mix(rows):
        item = ScanItem.from_text(t)
        run_scanners(item, active)  # registers every detector's patterns
        mix_views.append(prepare(item).views[0].encode("utf-8", "surrogatepass"))
    big = prepare(ScanItem.from_text(immune.hundred_kb_text(rows)))
    big_views = [v.encode("utf-8", "surrogatepass") for v in big.views]
    if not onepass.warm():
        print(f"accelerator not ready: {onepass.ONE_PASS.broken}", file=sys.stderr)
        return 1
    kind = onepass.ONE_PASS._kinds[0]
    automaton = kind.ready
    assert automaton is not None
    sources = sorted(set(kind.sources))  # the order the automaton numbers them in
    started = time.perf_counter()
    tiered = Tiered(hs, sources)
    compile_s = time.perf_counter() - started
    full = _full(automaton)
    first_sizes = []
    for v in mix_views + big_views:
        exact = full(v)
        assert tiered.scan(v) == exact, "tiered answer differs from the full automaton's"
        first = tiered.first_tier(v)
        assert exact <= first | set(tiered.always), "a pattern that matches failed its required literals"
        first_sizes.append(len(first))
    ways = {"full": full, "tiered": tiered.scan, "tier1_only": tiered.first_tier,
            "literal_only": tiered.literal_only}  # fmt: skip
    mix = _paired(ways, mix_views, args.rounds)
    hundred = _paired(ways, big_views, args.rounds)
    load = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    n_mix = len(mix_views)
    print(
        f"{len(sources)} patterns, {len(tiered.groups)} groups of {tiered.n_strings} strings, "
        f"{len(tiered.always)} patterns without a group; tiers compiled in {compile_s:.1f} s"
    )
    print(
        f"tier 1 passes on average {statistics.mean(first_sizes[:n_mix]):.1f} patterns per mix view, "
        f"{statistics.mean(first_sizes[n_mix:]):.1f} per view of the 100 KB text"
    )
    for name in ways:
        print(
            f"  {name:13s} mix ({n_mix} views) {mix[name]:8.2f} ms   100 KB text ({len(big_views)} views) "
            f"{hundred[name]:8.2f} ms"
        )
    print(f"load average {load}")
    print(json.dumps({"mix_ms": mix, "ms_100kb": hundred, "patterns": len(sources),
                      "groups": len(tiered.groups),
                      "strings": tiered.n_strings, "without_group": len(tiered.always),
                      "tier1_mean_mix": round(statistics.mean(first_sizes[:n_mix]), 2),
                      "tier1_mean_100kb": round(statistics.mean(first_sizes[n_mix:]), 2),
                      "rounds": args.rounds, "load_avg": load}))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
