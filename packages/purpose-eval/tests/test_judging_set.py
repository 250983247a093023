"""The labelled judging set from the development suites, and agreement counted against the checker."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from purpose_agent.plugin import Message, PurposeFunction
from purpose_agent.plugin import check_answer as check
from purpose_agent.testing import ScriptedBackend
from purpose_eval.judging import VARIANTS, judging_set, measure


def test_the_set_has_200_items_labelled_by_the_checker() -> None:
    items = judging_set(20)
    assert len(items) == 200 and len({i.id for i in items}) == 200
    assert {i.note for i in items} == {v[0] for v in VARIANTS}
    for item in items:
        expected = str(eval(re.sub(r"^What is (.*)\?$", r"\1", item.task)))  # the suites' own arithmetic
        assert item.good == (check(item.answer, expected).value == 1.0)
        assert bool(item.observations) == ("no evidence" not in item.note)
    assert 0.3 < sum(i.good for i in items) / len(items) < 0.5  # both labels, wrong answers a majority
    assert {"*", "+", "-"} <= {op for i in items for op in "*+-" if f" {op} " in i.task}


def always_ten(messages: Sequence[Message]) -> str:
    """A lenient judge: 10/10 every time, quoting the observation when there is one, else the answer."""
    user = messages[-1].content
    obs = re.findall(r"^- (.*)$", user, re.M)
    quote = obs[0] if obs and obs[0] != "(none)" else user.split("Answer: ", 1)[1]
    return json.dumps({"evidence": [quote], "score": 10, "confidence": 10})


def test_agreement_counts_each_variant_and_caps_opinions() -> None:
    items = judging_set(4)
    result = measure(PurposeFunction(ScriptedBackend(always_ten)), items)
    assert result.n == len(items) == 40
    rates = {k: a / n for k, (a, n) in result.by_variant.items()}
    # lenient with evidence: right answers agree, wrong ones do not; without evidence every score is an
    # opinion capped below "good": wrong answers agree, right ones do not
    assert rates == {
        "right+tool": 1.0,
        "wrong+tool": 0.0,
        "expression+tool": 0.0,
        "right, no evidence": 0.0,
        "wrong, no evidence": 1.0,
    }
    assert result.rate == 0.4 and result.opinions == 16
    assert result.confusion["judge good / checker bad"] == 16
