"""Text games from textworld-express, played one episode at a time through a tool.

textworld-express runs its games in one JVM per Python process; starting it takes about half a second and
a game resets in milliseconds, so one server is shared and each episode gets its own :class:`GameSession`.
A session remembers its game (name, parameters, seed) and the actions taken, so when another session has
used the JVM in between, it restores its own state by resetting the game and replaying its actions. What
the checker reads (won, score, steps) is kept on the session, not read back from the live JVM.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from purpose_agent.plugin import ToolError, ToolResult

FOLD = "train"
_ARTICLES = re.compile(r"\b(the|a|an)\s+")
_LOCK = threading.RLock()
_SERVER: dict[str, Any] = {}


def server() -> Any:
    """The process's textworld-express environment (one JVM), started on first use."""
    with _LOCK:
        env = _SERVER.get("env")
        if env is None:
            from purpose_suites.availability import require_java

            require_java()
            from textworld_express import TextWorldExpressEnv

            try:
                env = TextWorldExpressEnv(envStepLimit=10_000)
            except Exception as exc:  # py4j raises plain exceptions when the JVM cannot start
                raise ToolError(
                    f"textworld-express could not start its Java server: {type(exc).__name__}: {exc}; "
                    f"check that 'java -version' shows Java 17 or newer"
                ) from None
            _SERVER["env"] = env
            _SERVER["owner"] = None
        return env


@dataclass(frozen=True)
class GameSpec:
    game: str
    params: str
    seed: int
    step_limit: int = 20


@dataclass
class GameSession:
    """One play of one game: the actions taken so far and what the game said after the last."""

    spec: GameSpec
    actions: list[str] = field(default_factory=list)
    observation: str = ""
    valid: list[str] = field(default_factory=list)
    task: str = ""
    score: float = 0.0
    won: bool = False
    lost: bool = False

    @property
    def done(self) -> bool:
        return self.won or self.lost or len(self.actions) >= self.spec.step_limit

    def start(self) -> GameSession:
        with _LOCK:
            self._restore()
        return self

    def _restore(self) -> None:
        env = server()
        if _SERVER.get("owner") is self:
            return
        obs, infos = env.reset(
            seed=self.spec.seed, gameFold=FOLD, gameName=self.spec.game, gameParams=self.spec.params
        )
        self._absorb(obs, infos)
        self.task = str(infos.get("taskDescription", ""))
        for action in self.actions:
            obs, _, _, infos = env.step(action)
            self._absorb(obs, infos)
        _SERVER["owner"] = self

    def _absorb(self, observation: str, infos: dict[str, Any]) -> None:
        self.observation = str(observation).strip()
        self.valid = sorted(str(a) for a in infos.get("validActions", []))
        self.score = float(infos.get("score", 0.0))
        self.won = bool(infos.get("tasksuccess", False))
        self.lost = bool(infos.get("taskfailure", False))

    def resolve(self, action: str) -> str:
        """The valid action meant by ``action``: case, spacing, '_', articles and 'go' for 'move' forgiven."""
        text = " ".join(action.casefold().replace("_", " ").strip().strip(".!?\"'").split())
        for candidate in (text, _ARTICLES.sub("", text), re.sub(r"^go\b", "move", _ARTICLES.sub("", text))):
            if candidate in self.valid:
                return candidate
        return text

    def step(self, action: str) -> str:
        with _LOCK:
            self._restore()
            if self.done:
                return self.report("The game is over.")
            chosen = self.resolve(action)
            if not chosen:
                return self.report("No action given.")
            obs, _, _, infos = server().step(chosen)
            self.actions.append(chosen)
            self._absorb(obs, infos)
            return self.report(self.observation)

    def report(self, text: str) -> str:
        if self.won:
            return f"{text}\nYou won the game. Give the final answer now: done."
        if self.lost:
            return f"{text}\nYou lost the game. Give the final answer now: lost."
        if len(self.actions) >= self.spec.step_limit:
            return f"{text}\nNo moves left ({self.spec.step_limit} used). Give the final answer now."
        return f"{text}\nValid actions: {', '.join(tool_name(a) for a in self.valid)}"


def tool_name(action: str) -> str:
    """The name of the tool that takes ``action`` ("move north" -> "move_north")."""
    return "_".join(action.split())


#: Commands that only read the world; a search for a solution never needs them.
READ_ONLY = frozenset({"inventory", "look around", "task", "help"})


def shortest_path(spec: GameSpec, max_moves: int) -> list[str] | None:
    """A shortest winning action sequence, by breadth-first search in the real game (ties by name).

    textworld-express's own gold path is not reproducible: its path finder is unseeded and, for the same
    game, returns a different (sometimes wandering) sequence on each call. A suite's expected answer
    must be the same on every run, so it is searched for here; states are told apart by what the game
    shows, which in these small games identifies the room and what has been taken.
    """
    start = GameSession(spec).start()
    seen = {(start.observation, tuple(start.valid))}
    frontier: list[list[str]] = [[]]
    for _ in range(max_moves):
        following: list[list[str]] = []
        for path in frontier:
            here = replay(spec, path)
            for action in here.valid:
                if action in READ_ONLY:
                    continue
                child = replay(spec, [*path, action])
                if child.won:
                    return [*path, action]
                key = (child.observation, tuple(child.valid))
                if child.lost or key in seen:
                    continue
                seen.add(key)
                following.append([*path, action])
        frontier = following
    return None


def replay(spec: GameSpec, actions: list[str]) -> GameSession:
    """A fresh session of ``spec`` after ``actions`` (stops when the game ends)."""
    session = GameSession(spec).start()
    for action in actions:
        if session.done:
            break
        session.step(action)
    return session


#: Every action the suite's games can offer, for games whose action set is small and fixed: each becomes
#: a tool of its own (:class:`ActionTool`). ``coin`` without doors or distractors offers only these and
#: ``inventory``, which never changes anything and is left out.
ACTIONS: dict[str, tuple[str, ...]] = {
    "coin": ("look around", "move north", "move south", "move east", "move west", "take coin"),
}


class ActionTool:
    """One game action as a tool of its own, taking no arguments.

    The ReAct strategy chooses a tool name under a grammar (an enum of tool names) but takes a tool's one
    string argument as free text. Given a single ``game`` tool with an ``action`` string, SmolLM2-135M
    sent "12" and "12-1-2022-12-18-1-1-..." (measured, every step of an episode); with one tool per action
    the choice of action is itself constrained, and it cannot be misspelled.
    """

    timeout_s = 30.0
    stateful = True  # the same move from another room leads elsewhere

    def __init__(self, session: GameSession, action: str) -> None:
        self.session = session
        self.action = action
        self.name = tool_name(action)
        self.description = f"Do '{action}' in the text game; returns what you see and the valid actions."
        self.keywords = ("game", *action.split())
        self.parameters: dict[str, Any] = {"type": "object", "properties": {}, "additionalProperties": False}

    def run(self, **arguments: Any) -> ToolResult:
        started = time.perf_counter()
        output = self.session.step(self.action)
        return ToolResult(
            output=output,
            data={"score": self.session.score, "won": self.session.won, "steps": len(self.session.actions)},
            seconds=time.perf_counter() - started,
        )


def game_tools(session: GameSession) -> list[Any]:
    """The tools one episode plays ``session`` with: one per action where the game's set is fixed."""
    actions = ACTIONS.get(session.spec.game)
    if actions is None:
        return [GameTool(session)]
    return [ActionTool(session, action) for action in actions]


class GameTool:
    """The ``game`` tool: one action in, what the game says (and the valid actions) out.

    For games whose action set is not fixed in :data:`ACTIONS`; a small model fills its free-text
    argument poorly (see :class:`ActionTool`)."""

    name = "game"
    description = (
        "Take one action in the text game, e.g. 'look around', 'move north', 'take coin'. Returns what "
        "you see after it and the list of valid actions."
    )
    keywords = ("game", "action", "move", "take", "look", "room")
    timeout_s = 30.0
    stateful = True  # the same move from another room leads elsewhere

    def __init__(self, session: GameSession) -> None:
        self.session = session
        self.parameters: dict[str, Any] = {
            "type": "object",
            "properties": {
                "action": {
                    "type": "string",
                    "description": "One valid action, exactly as listed",
                    "minLength": 1,
                    "maxLength": 120,
                }
            },
            "required": ["action"],
            "additionalProperties": False,
        }

    def run(self, **arguments: Any) -> ToolResult:
        started = time.perf_counter()
        action = str(arguments.get("action", "")).strip()
        if not action:
            return ToolResult(status="error", error="give one action, e.g. look around")
        output = self.session.step(action)
        return ToolResult(
            output=output,
            data={"score": self.session.score, "won": self.session.won, "steps": len(self.session.actions)},
            seconds=time.perf_counter() - started,
        )
