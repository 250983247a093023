"""How often the purpose function Φ agrees with a deterministic checker, on the embedded model by default.

Run with no arguments: ``python benchmarks/judge_agreement.py`` (about 200 judge calls). The judging set is
built from the development suites (``arithmetic`` and ``arithmetic-mixed``, see
``purpose_eval.judging``): each case gives a right answer, a wrong one and the bare expression
with the calculator's result as the observation, and a right and a wrong answer with no observation at
all. The label is the numeric checker's verdict. Φ judges each item *without* the expected answer (as it
judges tasks that have no checker); a score of 0.5 or more counts as "good".

Options: ``--model`` (any model string a backend claims, e.g. ``qwen3:1.7b``; default ``smollm2``),
``--cases`` per suite (5 items each; default 20, i.e. 200 items), ``--seed``.
The report gives agreement per variant and the confusion table; the last line is one JSON object with
``agreement``, ``n``, ``model``, ``opinion_rate``, ``by_variant``, ``trusted`` and ``seconds``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="smollm2")
    parser.add_argument("--cases", type=int, default=20, help="cases per suite (5 judging items each)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from purpose_agent.llm.resolve import get_backend
    from purpose_agent.runtime.judge import TRUST_AT, PurposeFunction
    from purpose_eval.calibration import judge_item
    from purpose_eval.judging import judging_set, measure

    items = judging_set(args.cases, args.seed)
    backend = get_backend(args.model)
    started = time.perf_counter()
    judge = PurposeFunction(backend)
    result = measure(judge, [])
    for done, item in enumerate(items, 1):
        result.add(item, judge_item(judge, item))
        if done % 25 == 0:
            print(
                f"  {done}/{len(items)} judged, {time.perf_counter() - started:.0f} s",
                file=sys.stderr,
                flush=True,
            )
    seconds = time.perf_counter() - started
    good = sum(i.good for i in items)
    print(
        f"judge agreement with the numeric checker: model {args.model}, {len(items)} items "
        f"({good} right by the checker, {len(items) - good} wrong), {seconds:.0f} s"
    )
    print(f"{'variant':<22} {'agree':>7} {'n':>5}")
    for variant, (agreed, n) in result.by_variant.items():
        print(f"{variant:<22} {agreed / n:>7.0%} {n:>5}")
    print(f"{'all':<22} {result.rate:>7.0%} {result.n:>5}")
    for key, count in sorted(result.confusion.items()):
        print(f"  {key}: {count}")
    print(f"scores marked as opinion (no external evidence verified): {result.opinions} of {result.n}")
    trusted = result.rate >= TRUST_AT
    print(
        f"memory CI {'may replay on' if trusted else 'relies on checkers, not on'} this judge "
        f"(agreement {result.rate:.0%}, threshold {TRUST_AT:.0%})"
    )
    print(
        json.dumps(
            {
                "agreement": round(result.rate, 4),
                "n": result.n,
                "model": args.model,
                "opinion_rate": round(result.opinions / result.n, 4) if result.n else 0.0,
                "by_variant": {k: round(a / n, 4) for k, (a, n) in result.by_variant.items()},
                "trusted": trusted,
                "seconds": round(seconds, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
