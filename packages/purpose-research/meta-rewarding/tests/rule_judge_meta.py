"""The scripted model for this technique's tests: core's calibration rule
judge plus a meta-judge that prefers grounded judgments.

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


def meta_judge(messages: Sequence[Message]) -> str:
    """Prefers the judgment whose score fits its evidence (quoted from an observation); else says "A".

    Evidence "supports" the answer when it is an observation that names the task's subject and holds every
    number or word the answer adds to the task; a high score fits supporting evidence, a low score fits
    evidence that does not support the answer. (The purpose function counts only quotes of observations,
    so a lenient judgment and a strict one may quote the same line: what differs is whether the score
    follows from it.) Saying "A" when it cannot tell is a position bias on purpose: asked in both orders,
    such a preference is inconsistent and must be dropped.
    """
    user = messages[-1].content
    observations = re.findall(r"^- (.*)$", user, re.M)
    task = re.search(r"^Task: (.*)$", user, re.M)
    answer = re.search(r"^Answer: (.*)$", user, re.M)
    task_words = _words(task.group(1) if task else "")
    added = _words(answer.group(1) if answer else "") - task_words
    subject = {w for w in task_words if not w.isdigit() and len(w) >= 4} - _STOP

    def fits(line: str) -> bool:
        found = re.search(r"score (\d+)/10; evidence: (.*)$", line)
        if not found or not any(found.group(2)[:40] in o for o in observations):
            return False
        evidence = _words(found.group(2))
        supports = added <= evidence and subject <= evidence
        return supports == (int(found.group(1)) >= 5)

    a = re.search(r"^Judgment A: (.*)$", user, re.M)
    b = re.search(r"^Judgment B: (.*)$", user, re.M)
    if b and fits(b.group(1)) and not (a and fits(a.group(1))):
        return json.dumps({"better": "B"})
    return json.dumps({"better": "A"})


_STOP = {
    "what",
    "when",
    "does",
    "have",
    "many",
    "much",
    "from",
    "with",
    "wrote",
    "tall",
    "long",
    "year",
    "answer",
}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+|\d+", text.lower()) if w.isdigit() or len(w) >= 4}


def policy(messages: Sequence[Message]) -> str:
    if messages[0].content.startswith("You compare two judgments"):
        return meta_judge(messages)
    return rule_judge(messages)
