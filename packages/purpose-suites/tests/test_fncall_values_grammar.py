"""The values lesson's grammar against the suites' expected calls: what it rules out, it rules out for good.

Once the values lesson is promoted, purpose-react decodes a call under a copy of the tool's schema narrowed
to the values the request gives (``purpose_react.values.request_value_schema``). A rule there that rules out
the right value costs every request of that shape, whatever the model does, so this check needs no model:
the expected arguments of each request must still be allowed by its narrowed schema, compared as the
suite's checker compares them. The count is ``benchmarks/fncall_values.py``'s (one counter for the script
and this test), and each floor is what the rules refused at their last change: a change may lower it,
never raise it. On the blind ``fncall-sealed`` only the number is read, never which requests
(``fncall-fresh``'s were read on 6 December: it is development data since).
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))

import fncall_values

#: Requests whose expected call the narrowed schema refuses, at the last change to the rules.
REFUSED = {"fncall": 8, "fncall-unseen": 6, "fncall-fresh": 11, "fncall-sealed": 23}


@pytest.mark.parametrize("suite", sorted(REFUSED))
def test_the_values_grammar_refuses_no_more_expected_calls_than_at_the_last_change(suite: str) -> None:
    show = suite not in ("fncall-fresh", "fncall-sealed")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        report = fncall_values.counts(suite, show)
    refusals = [line for line in printed.getvalue().splitlines() if line.startswith("refused ")]
    sizes = {"fncall": 466, "fncall-unseen": 202, "fncall-fresh": 200, "fncall-sealed": 160}
    assert report["requests"] == sizes[suite]
    assert sum(report["fixed_right"].values()) > report["requests"]  # it fixes values: not a vacuous count
    assert report["refused_requests"] <= REFUSED[suite], "\n".join(refusals)
