"""The scripted model for this technique's tests: core's calibration rule
judge plus an actor that writes x' and answers from the observations.

``policy`` routes each prompt to the right part, so one :class:`~purpose_agent.testing.ScriptedBackend`
plays every role. The judge (:func:`purpose_agent.testing.rule_judge`) follows the calibration rules it is
shown and is lenient otherwise; none of the parts knows the gold labels.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from purpose_agent.plugin import Message
from purpose_agent.testing import rule_judge

_LINE = re.compile(r"^- [^:]*:\s*(.+?)\s+-\s+\S+(?: by)?\s+(.+)$", re.M)


def actor(messages: Sequence[Message]) -> str:
    """Writes x' by swapping the question's subject for another subject of the observations, and
    answers a question with the value of the observation about its subject."""
    system, user = messages[0].content, messages[-1].content
    question = re.search(r"^Question: (.*)$", user, re.M)
    text = question.group(1) if question else ""
    facts = _LINE.findall(user)
    about = next(((s, v) for s, v in facts if s.lower() in text.lower()), None)
    if system.startswith("Write one question"):
        other = next((s for s, _ in facts if about is not None and s != about[0]), None)
        altered = text.replace(about[0], other) if about is not None and other else text
        return json.dumps({"text": altered})
    return json.dumps({"text": f"The answer is {about[1]}." if about else "I do not know."})


def policy(messages: Sequence[Message]) -> str:
    if messages[0].content.startswith("You grade"):
        return rule_judge(messages)
    return actor(messages)
