"""A deterministic backend that pickles (worker processes get a copy) for the executor tests.

The policy is the harness tests' riddle: without memory it answers only items whose number is divisible
by four; a solved-case memory holding the secret word makes it answer every item. An optional delay
plays a server's latency.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from typing import Any

from purpose_agent.llm.protocol import BaseBackend, Capabilities, Completion, Message, Usage

WORD = "zebra"


class RiddleBackend(BaseBackend):
    name = "riddle"
    model = "riddle"
    context_size = 4096
    capabilities = Capabilities(json_schema=True, tools=True, streaming=True, seed=True)

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s

    def complete(self, messages: Sequence[Message], **options: Any) -> Completion:
        if self.delay_s:
            time.sleep(self.delay_s)
        prompt = "\n".join(m.content for m in messages)
        found = re.findall(r"item (\d+)", messages[-1].content)
        number = int(found[-1]) if found else 1
        knows = f"-> {WORD}" in prompt
        answer = WORD if knows or number % 4 == 0 else "horse"
        text = json.dumps({"action": "final_answer", "input": answer})
        tokens = Usage(prompt_tokens=len(prompt.split()), completion_tokens=len(text.split()))
        return Completion(text=text, usage=tokens, model=self.model)

    def count_tokens(self, text: str) -> int:
        return len(text.split())


class PidBackend(RiddleBackend):
    """Answers with the id of the process that ran the episode (which worker, or the coordinator)."""

    name = "pid"

    def complete(self, messages: Sequence[Message], **options: Any) -> Completion:
        import os

        if self.delay_s:
            time.sleep(self.delay_s)
        text = json.dumps({"action": "final_answer", "input": str(os.getpid())})
        return Completion(text=text, usage=Usage(prompt_tokens=1, completion_tokens=1), model=self.model)


def write_suite(path: Any, n: int = 16) -> Any:
    lines = [
        json.dumps(
            {
                "input": f"What is the secret word for item {i}?",
                "expected": WORD,
                "checker": "exact",
                "task_type": "riddle",
            }
        )
        for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
