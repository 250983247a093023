"""How well the values lesson's grammar fits a function-calling suite, with no learning run.

Two checks, both on every request of ``fncall``, ``fncall-unseen``, ``fncall-fresh`` or ``fncall-sealed``:

``counts`` (no model): each request's schema narrowed by ``purpose_react.values.request_value_schema``,
and per JSON type how many of the expected arguments it fixes to the right value, leaves open (with how
many values offered), or refuses (the expected value is not allowed: a sure failure whenever the lesson
is shown), and how many optional numbers the request does not give are still offered a value besides
their default (the model may send one, and a wrong argument fails the call). A binding rule is judged
here first, in seconds, on the development suites.
``packages/purpose-suites/tests/test_fncall_values_grammar.py`` holds each suite's refused requests to
the count at the last change to the rules, with this function.

``decode N`` (the embedded model): the first N requests' arguments decoded under the narrowed schema with
the request in front of the model, as the ReAct strategy does once the lessons are promoted (the prompt
is rebuilt here, memories left out), and per type how many open arguments the model fills right. It
says which kind of value the model still picks wrong, without the 20 to 40 minutes of a bench run.

``episodes WORKDIR`` (no model): where a ``purpose bench`` run on the suite lost its test items, read from
the traces it kept in ``WORKDIR`` (the learned arm's, ``--arm`` for another): per test episode whether
the agent called the request's function, how often, whether any call and the last call (the one the
checker reads) had the right arguments, and how the episode ended. It separates what the agent loop
loses (no call, another tool, a right call followed by a wrong one, a budget run out) from what the
values lose (every call made with a wrong argument), which ``decode`` then breaks down by type.

Both print counts only unless ``--show`` is given: keep it off on ``fncall-sealed``, the blind suite
(``fncall-fresh`` was blind until its refusals were read on 6 December; it is development data now).
A function-calling file that ``purpose bench`` reads (docs/suites.md, "Your own function-calling suite,
from a file") is checked the same way when its path is given instead of a suite's name. With no
arguments, ``counts`` on all four suites. The last line is one JSON object.

    python benchmarks/fncall_values.py
    python benchmarks/fncall_values.py counts fncall-unseen
    python benchmarks/fncall_values.py counts packages/purpose-suites/tests/data/catalog80b.jsonl
    python benchmarks/fncall_values.py decode fncall 40 --show
    python benchmarks/fncall_values.py episodes catalog80c.jsonl /tmp/bench-work
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from purpose_react.values import request_value_schema
from purpose_suites.fncall import load, match_call, values_equal
from purpose_suites.fncall_file import read_requests


def _load(suite: str) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """A suite's functions (by the name its requests give) and its requests: a shipped suite by name, a
    function-calling file by path."""
    if suite in SUITES:
        data = load(suite)
        return {f["name"]: f for f in data["functions"]}, data["requests"]
    return read_requests(Path(suite))


def _kind(prop: dict[str, Any]) -> str:
    return str(prop.get("type", "string")) + ("/enum" if "enum" in prop else "")


def counts(suite: str, show: bool) -> dict[str, Any]:
    functions, requests = _load(suite)
    fixed: Counter[str] = Counter()
    open_: Counter[str] = Counter()
    offered: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    refused_requests = 0
    strays = 0
    for request in requests:
        function = functions[request["function"]]
        schema = request_value_schema(function["parameters"], request["input"], function["name"])
        narrowed, required = schema.get("properties", {}), set(schema.get("required", ()))
        bad = False
        for name, prop in function["parameters"]["properties"].items():
            kind, got = _kind(prop), narrowed.get(name)
            allowed = None if got is None else got.get("enum")
            if name not in request["arguments"]:
                # not asked for: wrong only when the call must send it and no allowed value is its default
                if got is not None and name not in required and prop.get("type") in ("number", "integer"):
                    # an optional number the request does not give, still offered a value besides its
                    # default: the model may send it, and a wrong argument fails the call
                    default = prop.get("default")
                    stray = allowed is None or any(v != default for v in allowed)
                    strays += stray
                    if show and stray:
                        print(f"stray {request['id']} {name}: {allowed!r} | {request['input'][:150]}")
                if allowed is None or name not in required:
                    continue
                expected = prop.get("default")
                ok = "default" in prop and any(values_equal(expected, v, prop, True) for v in allowed)
            elif got is None:
                expected, ok = request["arguments"][name], False  # left out, though the request gives it
            elif allowed is None:
                continue  # left to the model as the tool's schema has it
            else:
                expected = request["arguments"][name]
                ok = any(values_equal(expected, v, prop, True) for v in allowed)
            if not ok:
                refused[kind] += 1
                bad = True
                if show:
                    where = f"{request['id']} {name}={expected!r}"
                    print(f"refused {where}: {allowed!r} | {request['input'][:150]}")
            elif name in request["arguments"] and len(allowed or ()) == 1:
                fixed[kind] += 1
            elif name in request["arguments"]:
                open_[kind] += 1
                offered[kind] += len(allowed or ())
        refused_requests += bad
    report = {
        "suite": suite,
        "requests": len(requests),
        "refused_requests": refused_requests,
        "fixed_right": dict(fixed),
        "open": dict(open_),
        "mean_offered": {k: round(offered[k] / open_[k], 1) for k in open_},
        "refused": dict(refused),
        "stray_optional_numbers": strays,
    }
    print(
        f"{suite}: {refused_requests} of {len(requests)} requests refused by the narrowed schema; "
        f"fixed right {dict(fixed)}; open {dict(open_)} (mean offered {report['mean_offered']}); "
        f"refused {dict(refused)}; optional numbers not asked for but offered a value: {strays}"
    )
    return report


def decode(suite: str, limit: int, show: bool) -> dict[str, Any]:
    from purpose_agent.compiler.prompt import render_tools
    from purpose_agent.errors import InvalidOutputError
    from purpose_agent.llm.protocol import Message, ToolSpec
    from purpose_agent.llm.resolve import get_backend
    from purpose_react.react import arguments_request, complete_json, scratchpad

    functions, requests = _load(suite)
    backend = get_backend()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    calls_right = 0
    requests = requests[:limit]
    start = time.perf_counter()
    for done, request in enumerate(requests, 1):
        function = functions[request["function"]]
        name = function["name"]
        spec = ToolSpec(name=name, description=function["description"], parameters=function["parameters"])
        schema = request_value_schema(function["parameters"], request["input"], function["name"])
        messages = [
            Message(role="system", content="Purpose: solve tasks, using tools.\n\n" + render_tools([spec])),
            Message(role="user", content=scratchpad(request["input"], [], (name, {}), "first_tool")),
            Message(role="user", content=arguments_request(name, request["input"])),
        ]
        usage = {"prompt": 0.0, "completion": 0.0, "seconds": 0.0}
        try:
            arguments = complete_json(backend, messages, schema, 192, usage)
        except InvalidOutputError as exc:  # no valid call in the token budget: every argument wrong
            arguments = {}
            if show:
                print(f"invalid {request['id']}: {str(exc)[:160]}")
        calls_right += match_call(function, request["arguments"], arguments) is None
        for param, prop in function["parameters"]["properties"].items():
            allowed = schema.get("properties", {}).get(param, {}).get("enum")
            if param not in request["arguments"] or (allowed is not None and len(allowed) == 1):
                continue  # not asked for, or fixed by the grammar (counted by ``counts``)
            kind = _kind(prop)
            total[kind] += 1
            expected = request["arguments"][param]
            ordered = param in function.get("ordered", ())  # a list compared as the checker does
            ok = param in arguments and values_equal(expected, arguments[param], prop, ordered)
            right[kind] += ok
            if show and not ok:
                print(f"wrong {request['id']} {param}: {arguments.get(param)!r}, expected "
                      f"{request['arguments'][param]!r} ({len(allowed or ())} offered)")  # fmt: skip
        if done % 10 == 0 or done == len(requests):
            left = (time.perf_counter() - start) / done * (len(requests) - done)
            print(f"decoded {done}/{len(requests)}, about {left:.0f} s left", file=sys.stderr)
    report = {
        "suite": suite,
        "requests": len(requests),
        "calls_right": calls_right,
        "open_right": {k: right[k] for k in total},
        "open": dict(total),
        "seconds": round(time.perf_counter() - start, 1),
    }
    print(f"{suite}: {calls_right} of {len(requests)} calls right; open arguments right "
          f"{ {k: f'{right[k]}/{total[k]}' for k in total} }")  # fmt: skip
    return report


def episodes(suite: str, workdir: Path, arm: str, show: bool) -> dict[str, Any]:
    from purpose_agent.immune.redact import redact_text
    from purpose_agent.trace.reader import iter_traces

    functions, requests = _load(suite)
    # a trace keeps the task as its writer redacted it ("card ending 4242" loses its digits)
    by_input = {text: r for r in requests for text in (redact_text(r["input"]), r["input"])}
    outcomes: Counter[str] = Counter()
    folders = sorted((workdir / arm).glob("seed-*/traces"))
    if not folders:
        raise SystemExit(f"{workdir / arm}: no seed-*/traces folder (a `purpose bench --workdir` run?)")
    unknown = 0
    for folder in folders:
        for trace in iter_traces(folder):
            if trace.header.run_mode != "eval_test":
                continue
            request = by_input.get(trace.header.task or "")
            if request is None:
                unknown += 1  # a trace of another suite's run in the same folder
                continue
            function = functions[request["function"]]
            calls = [e.data for e in trace.of_type("tool_call")]
            mine = [c.get("arguments") or {} for c in calls if c.get("tool") == function["name"]]
            finished = trace.of_type("episode_finished")
            status = str(finished[-1].data.get("status")) if finished else "unfinished"
            if not mine:
                outcome = "another tool only" if calls else "no call"
            else:
                right = [match_call(function, request["arguments"], args) is None for args in mine]
                if right[-1]:
                    outcome = "last call right"
                else:
                    outcome = "a right call, then a wrong one" if any(right) else "every call wrong"
                outcome += ", one call" if len(mine) == 1 else ", several calls"
            outcomes[f"{outcome}; {status}"] += 1
            if show and (not mine or not right[-1]):
                print(f"{trace.header.episode_id} {request['id']}: {outcome}; {status}")
    total = sum(outcomes.values())
    print(f"{suite}, {arm} arm: {total} test episodes")
    for key, n in outcomes.most_common():
        print(f"  {n:4d}  {key}")
    return {
        "suite": suite,
        "arm": arm,
        "episodes": total,
        "outcomes": dict(outcomes),
        "other_traces": unknown,
    }


SUITES = ("fncall", "fncall-unseen", "fncall-fresh", "fncall-sealed")


def _suite(value: str) -> str:
    if value in SUITES or Path(value).is_file():
        return value
    raise argparse.ArgumentTypeError(f"{value!r} is neither a suite ({', '.join(SUITES)}) nor a file")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    sub = parser.add_subparsers(dest="check")
    c = sub.add_parser("counts", help="no model: what the narrowed schemas fix, leave open and refuse")
    c.add_argument("suite", type=_suite, help=f"{', '.join(SUITES)}, or a function-calling file")
    d = sub.add_parser("decode", help="the embedded model fills the first N requests' arguments")
    d.add_argument("suite", type=_suite, help=f"{', '.join(SUITES)}, or a function-calling file")
    d.add_argument("n", type=int)
    e = sub.add_parser("episodes", help="no model: where a bench run's test episodes lost, from its traces")
    e.add_argument("suite", type=_suite, help=f"{', '.join(SUITES)}, or a function-calling file")
    e.add_argument("workdir", type=Path, help="the --workdir of a `purpose bench` run on the suite")
    e.add_argument("--arm", default="full", help="the arm whose test episodes are read (default: full)")
    for p in (c, d, e):
        p.add_argument("--show", action="store_true", help="print each refused or wrong argument")
    args = parser.parse_args(argv)
    if args.check is None:
        reports = [counts(suite, show=False) for suite in SUITES]
        print(json.dumps({r["suite"]: r for r in reports}))
        return 0
    if args.check == "decode" and args.n < 1:
        parser.error("n must be at least 1")
    if args.check == "counts":
        report = counts(args.suite, args.show)
    elif args.check == "episodes":
        report = episodes(args.suite, args.workdir, args.arm, args.show)
    else:
        report = decode(args.suite, args.n, args.show)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
