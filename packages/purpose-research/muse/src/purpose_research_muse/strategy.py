"""The ``muse`` strategy: ReAct, with each tool's notes shown at the moment the agent calls that tool.

When the agent picks a tool that has notes, the input it wrote is decided again with the notes in front of
it (one more small constrained call). This is MUSE's "tool memory at the tool call" inside the plugin: the
core strategy offers ``revise_input`` as the point where the input for an action is decided.
"""

from __future__ import annotations

import threading

from purpose_agent.plugin import Message, StrategyContext, StrategyOutcome
from purpose_react import MAX_INPUT_CHARS, ReActStrategy, clean_input, complete_json

from purpose_research_muse import notes

NOTE_EVENT = "muse.tool_notes"


class MuseStrategy(ReActStrategy):
    name = "muse"

    def __init__(self, *, action_tokens: int = 96) -> None:
        super().__init__(action_tokens=action_tokens)
        self._local = threading.local()  # one strategy object serves concurrent episodes

    def run(self, ctx: StrategyContext) -> StrategyOutcome:
        self._local.notes = notes.take(ctx.task.input)
        self._local.shown = set()
        return super().run(ctx)

    def revise_input(
        self,
        ctx: StrategyContext,
        action: str,
        text: str,
        messages: list[Message],
        usage: dict[str, float],
    ) -> str:
        tool_notes = getattr(self._local, "notes", {}).get(action)
        shown_before: set[str] = getattr(self._local, "shown", set())
        if tool_notes and action not in shown_before:
            shown_before.add(action)
            shown = "\n".join(f"- {n}" for n in tool_notes[:3])
            ask = Message(
                role="user",
                content=f"You are calling {action} with input: {text}\nNotes on {action}:\n{shown}\n"
                f"Give the input for {action}.",
            )
            schema = {
                "type": "object",
                "properties": {"input": {"type": "string", "maxLength": MAX_INPUT_CHARS}},
                "required": ["input"],
            }
            data = complete_json(ctx.backend, [*messages, ask], schema, self.action_tokens, usage)
            revised = clean_input(str(data.get("input", "")), final=False) or text
            ctx.trace(NOTE_EVENT, tool=action, notes=tool_notes[:3], before=text, after=revised)
            text = revised
        return text
