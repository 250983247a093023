"""``pa.Conversation``: several agents talk in turns until a termination condition holds.

Each turn is one agent's full judged episode with the recent transcript as context, so the kernel's
memory, traces and run-mode rules apply to every utterance. The next speaker comes from round robin, a
function of the transcript, or a manager agent choosing among the participants' names under a JSON enum
(a small model can only answer with a real name). The conversation ends at ``max_turns``, when a turn
contains the ``stop_phrase``, or when the judge says the goal is met. The transcript is itself a trace
(one ``conversation.turn`` event per turn, each pointing at that turn's episode trace).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, Literal

from purpose_agent.plugin import ValidationError
from purpose_team import EventCallback, emitter
from pydantic import BaseModel, Field

StopReason = Literal["max_turns", "stop_phrase", "judge", "error"]


class Turn(BaseModel):
    index: int
    speaker: str
    text: str
    status: str = "completed"
    trace_id: str = ""


class ConversationResult(BaseModel):
    topic: str
    turns: list[Turn] = Field(default_factory=list)
    stopped_by: StopReason = "max_turns"
    trace_id: str = ""
    trace_path: str | None = None

    @property
    def transcript(self) -> str:
        return "\n".join(f"{t.speaker}: {t.text}" for t in self.turns)


Speaker = Literal["round_robin"] | Callable[[Sequence[Turn], Sequence[Any]], Any] | Any
Judge = Callable[[Sequence[Turn]], bool] | Any


class Conversation:
    """``Conversation([critic, writer], speaker="round_robin", max_turns=6, stop_phrase="APPROVED")``."""

    def __init__(
        self,
        agents: Sequence[Any],
        *,
        speaker: Speaker = "round_robin",
        max_turns: int = 6,
        stop_phrase: str | None = None,
        judge: Judge | None = None,
        context_turns: int = 6,
    ) -> None:
        if len(agents) < 2:
            raise ValidationError("a Conversation needs at least two agents")
        names = [a.name for a in agents]
        if len(set(names)) != len(names):
            raise ValidationError(f"agents in a Conversation need distinct names, got {names}")
        if max_turns < 1:
            raise ValidationError("max_turns must be at least 1")
        self.agents = list(agents)
        self.speaker = speaker
        self.max_turns = max_turns
        self.stop_phrase = stop_phrase
        self.judge = judge
        self.context_turns = context_turns

    # -- choosing -----------------------------------------------------------------------------------

    def _next_speaker(self, turns: Sequence[Turn], topic: str) -> Any:
        if self.speaker == "round_robin":
            return self.agents[len(turns) % len(self.agents)]
        if hasattr(self.speaker, "backend"):
            return self._manager_choice(turns, topic)
        if callable(self.speaker):
            chosen = self.speaker(turns, self.agents)
            chosen = self._by_name(chosen) if isinstance(chosen, str) else chosen
            if chosen not in self.agents:
                raise ValidationError(
                    f"the speaker function chose {chosen!r}, who is not in the conversation"
                )
            return chosen
        raise ValidationError(
            "speaker must be 'round_robin', a function of the transcript, or a manager agent"
        )

    def _by_name(self, name: str) -> Any:
        for agent in self.agents:
            if agent.name == name:
                return agent
        raise ValidationError(f"no agent named {name!r} in the conversation")

    def _manager_choice(self, turns: Sequence[Turn], topic: str) -> Any:
        from purpose_agent.plugin import Message

        names = [a.name for a in self.agents]
        last = turns[-1].speaker if turns else None
        roles = "\n".join(f"- {a.name}: {getattr(a, 'role', '')}" for a in self.agents)
        prompt = (
            f"You manage a conversation about: {topic}\nParticipants:\n{roles}\n"
            f"Transcript so far:\n{_recent(turns, self.context_turns) or '(nothing yet)'}\n"
            "Who should speak next? Choose someone other than the last speaker when it helps."
        )
        schema = {
            "type": "object",
            "properties": {"next": {"type": "string", "enum": names}},
            "required": ["next"],
        }
        completion = self.speaker.backend.complete(
            [Message(role="user", content=prompt)], max_tokens=24, temperature=0.0, seed=0, json_schema=schema
        )
        try:
            choice = json.loads(completion.text).get("next")
        except (json.JSONDecodeError, AttributeError):
            choice = None
        if choice not in names:  # unusable answer: fall back to the next in turn, never to a stall
            choice = names[(names.index(last) + 1) % len(names)] if last in names else names[0]
        return self._by_name(choice)

    def _judged_done(self, turns: Sequence[Turn], topic: str) -> bool:
        if self.judge is None:
            return False
        if hasattr(self.judge, "backend"):
            from purpose_agent.plugin import Message

            schema = {"type": "object", "properties": {"done": {"type": "boolean"}}, "required": ["done"]}
            prompt = (
                f"Goal of the conversation: {topic}\nTranscript:\n{_recent(turns, self.context_turns)}\n"
                "Has the goal been reached, so the conversation can stop?"
            )
            completion = self.judge.backend.complete(
                [Message(role="user", content=prompt)],
                max_tokens=16,
                temperature=0.0,
                seed=0,
                json_schema=schema,
            )
            try:
                return bool(json.loads(completion.text).get("done"))
            except (json.JSONDecodeError, AttributeError):
                return False
        return bool(self.judge(turns))

    # -- running ------------------------------------------------------------------------------------

    def run(
        self, topic: str, *, on_event: EventCallback | None = None, stream_tokens: bool = False
    ) -> ConversationResult:
        """Talk about ``topic`` until a termination condition holds; the transcript is traced."""
        from purpose_agent.plugin import TraceWriter

        if not topic or not topic.strip():
            raise ValidationError("a conversation needs a topic: say what the agents should discuss")
        first = self.agents[0]
        team = getattr(first, "team", None)
        trace_dir = team.settings.traces if team is not None else ".purpose/traces"
        run_mode = team.run_mode if team is not None else "learning_train"
        emit = emitter(on_event, "conversation")
        result = ConversationResult(topic=topic)
        with TraceWriter(
            trace_dir,
            run_mode=run_mode,
            task=topic[:2000],
            meta={"conversation": [a.name for a in self.agents], "max_turns": self.max_turns},
        ) as trace:
            result.trace_id, result.trace_path = trace.trace_id, str(trace.path)
            for index in range(self.max_turns):
                agent = self._next_speaker(result.turns, topic)
                task = f"Conversation topic: {topic}\nGive your next contribution as {agent.name}."
                history = [f"{t.speaker} said: {t.text}" for t in result.turns[-self.context_turns :]]
                episode = agent.run(task, history=history, on_event=on_event, stream_tokens=stream_tokens)
                turn = Turn(
                    index=index,
                    speaker=agent.name,
                    text=episode.answer,
                    status=str(episode.status.value),
                    trace_id=episode.trace_id,
                )
                result.turns.append(turn)
                trace.event("conversation.turn", turn.model_dump())
                emit("turn", **turn.model_dump())
                if episode.status.value in ("backend_error", "error"):
                    result.stopped_by = "error"
                    break
                if self.stop_phrase and self.stop_phrase.casefold() in episode.answer.casefold():
                    result.stopped_by = "stop_phrase"
                    break
                if self._judged_done(result.turns, topic):
                    result.stopped_by = "judge"
                    break
            trace.close(
                status="completed" if result.stopped_by != "error" else "error",
                answer=result.turns[-1].text if result.turns else "",
                stopped_by=result.stopped_by,
                turns=len(result.turns),
            )
        emit("done", stopped_by=result.stopped_by, turns=len(result.turns))
        return result

    def stream(self, topic: str) -> Any:
        """Turns, agent events and tokens as they happen; ``.result`` is the :class:`ConversationResult`."""
        from purpose_level3.streaming import RunStream

        return RunStream(lambda emit: self.run(topic, on_event=emit, stream_tokens=True))


def _recent(turns: Sequence[Turn], n: int) -> str:
    return "\n".join(f"{t.speaker}: {t.text}" for t in turns[-n:])
