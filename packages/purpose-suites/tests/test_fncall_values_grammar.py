"""The values lesson's grammar against `fncall`'s expected calls: what it rules out, it rules out for good.

Once the values lesson is promoted, purpose-react decodes a call under a copy of the tool's schema narrowed
to the values the request gives (``purpose_react.values.request_value_schema``). A rule there that rules out
the right value costs every request of that shape, whatever the model does, so this check needs no model:
the expected call of each request must still validate against its narrowed schema. The figure is a floor
that a change to the rules may raise, never lower (447 of 466 when the last rules were added).
"""

from __future__ import annotations

from purpose_agent.plugin import validate
from purpose_react.values import request_value_schema
from purpose_suites.fncall import load

#: Requests whose expected call the narrowed schema admits, at the last change to the rules.
ADMITTED = 447


def test_the_values_grammar_admits_the_expected_call_of_nearly_every_request() -> None:
    data = load()
    refused = []
    for request in data["requests"]:
        schema = data["by_name"][request["function"]]["parameters"]
        errors = validate(request["arguments"], request_value_schema(schema, request["input"]))
        if errors:
            refused.append(f"{request['id']}: {request['input']!r}: {errors[0]}")
    admitted = len(data["requests"]) - len(refused)
    assert len(data["requests"]) == 466
    assert admitted >= ADMITTED, f"{admitted} admitted (was {ADMITTED}); now refused:\n" + "\n".join(refused)
