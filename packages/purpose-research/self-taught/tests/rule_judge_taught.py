"""A scripted judge that follows the calibration rules it is shown, and is lenient otherwise.

It stands in for a small LLM judge whose behaviour depends on its prompt: with no rule it gives most
answers 8/10 (the leniency the calibration techniques exist to fix); shown a rule that mentions
contradicting the observations it checks the answer's numbers against them; shown a rule about answering
the exact task it checks that the answer comes from an observation about the task's subject. It knows
nothing of the gold labels.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from purpose_agent.llm.protocol import Message

_NUM = re.compile(r"\d+")
_STOP = {"what", "when", "does", "have", "many", "much", "from", "with", "wrote", "tall", "long", "year"}


def _parts(user: str) -> tuple[str, list[str], str]:
    task = re.search(r"^Task: (.*)$", user, re.M)
    answer = re.search(r"^Answer: (.*)$", user, re.S | re.M)
    obs = re.findall(r"^- (.*)$", user, re.M)
    return (
        (task.group(1) if task else ""),
        [o for o in obs if o != "(none)"],
        (answer.group(1) if answer else ""),
    )


def _reply(score: int, quote: str) -> str:
    return json.dumps({"evidence": [quote[:100]], "score": score, "confidence": 8})


def rule_judge(messages: Sequence[Message]) -> str:
    system, user = messages[0].content, messages[-1].content
    rules = system.split("Calibration rules:", 1)[1].lower() if "Calibration rules:" in system else ""
    task, observations, answer = _parts(user)
    if "contradict" in rules and observations:
        seen = set(_NUM.findall(" ".join([task, *observations])))
        if any(n not in seen for n in _NUM.findall(answer)):
            return _reply(1, observations[0])
    if "exact task" in rules and len(observations) > 1:
        lines = [set(re.findall(r"[a-z]+", o.split(":", 1)[-1].lower())) for o in observations]
        common = set.intersection(*lines)
        said = {w for w in re.findall(r"[a-z]+", answer.lower()) if len(w) >= 4} - common
        subject = {w for w in re.findall(r"[a-z]+", task.lower()) if len(w) >= 4 and w not in _STOP} - common
        best = max(range(len(lines)), key=lambda i: len(said & lines[i]))
        if said & lines[best] and not subject & lines[best]:
            return _reply(1, observations[best])
    return _reply(8, answer)


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
