"""A scripted judge that follows the calibration rules it is shown, and is lenient otherwise.

Why: the critic-calibration techniques (self-play critic, meta-rewarding, self-taught evaluator) must be
shown to raise Φ's agreement with gold labels *through memory CI*, and a unit test needs a judge whose
verdicts change with the calibration cards in its prompt, the way a small LLM judge's do. Use it as the
policy of a :class:`~purpose_testing.ScriptedBackend`::

    backend = ScriptedBackend(rule_judge)

With no rule it gives most answers 8/10 (the leniency the calibration techniques exist to fix); shown a
rule that mentions contradicting the observations it checks the answer's numbers against them; shown a
rule about answering the exact task it checks that the answer comes from an observation about the task's
subject. It reads the prompt :class:`~purpose_agent.runtime.judge.PurposeFunction` writes (``Task:``,
``- `` observations, ``Answer:``, ``Calibration rules:``) and knows nothing of the gold labels.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from purpose_agent.plugin import Message

__all__ = ["rule_judge"]

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
    """A JSON verdict (evidence, score out of 10, confidence) for the judge prompt in ``messages``."""
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
    # lenient, but it quotes an observation: the purpose function never counts a quote of the answer
    return _reply(8, observations[-1] if observations else answer)
