"""Write a shipped function-calling suite as a function-calling file (docs/suites.md, "from a file").

A held-out function-calling set is run from a file and often has its own shape: one request per function,
functions named by module (``finance.loan_payment``). Writing a shipped suite in that shape measures what
the shape alone does to learning, on data whose figures are known, before anyone runs the held-out set:

    python packages/purpose-suites/scripts/fncall_to_file.py fncall-sealed --per-function 1 > one_each.jsonl
    purpose bench one_each.jsonl -n 80 --arms baseline,full --seeds 0 --validation 0.25 --curve-points 1

``--per-function N`` keeps each function's first N requests (0: all); ``--dotted`` names each function
``domain.name``, as module-style catalogues do (offered to the model as ``domain_name``). Each function is
declared in full on its first request and named alone after it.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from purpose_suites.fncall import DATA, DERIVED, load


def lines(suite: str, per_function: int = 0, dotted: bool = False) -> list[dict[str, Any]]:
    """The file's lines for ``suite``: each kept request with its function's declaration or name."""
    data = load(suite)
    functions = {fn["name"]: fn for fn in data["functions"]}
    seen: dict[str, int] = {}
    out = []
    for request in data["requests"]:
        function = functions[request["function"]]
        count = seen.get(function["name"], 0)
        if per_function and count >= per_function:
            continue
        seen[function["name"]] = count + 1
        name = f"{function['domain']}.{function['name']}" if dotted else function["name"]
        line: dict[str, Any] = {
            "id": request["id"],
            "input": request["input"],
            "function": {"name": name},
            "arguments": request["arguments"],
        }
        if count == 0:  # declared in full once, named alone after
            line["function"] |= {"description": function["description"], "parameters": function["parameters"]}
            line["domain"] = function["domain"]
            if function.get("ordered"):
                line["ordered"] = list(function["ordered"])
        out.append(line)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suite", choices=sorted([*DATA, *DERIVED]))
    parser.add_argument("--per-function", type=int, default=0, metavar="N")
    parser.add_argument("--dotted", action="store_true")
    args = parser.parse_args(argv)
    if args.per_function < 0:
        parser.error("--per-function must be 0 (all) or more")
    for line in lines(args.suite, args.per_function, args.dotted):
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
