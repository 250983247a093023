"""The textworld suite: one textworld-express game per case, played through one tool per game action.

Each case is a distinct game (``coin`` by default: find the coin in a few rooms and take it), seeded by
the harness seed; games whose start and shortest solution equal an earlier case's are skipped, so no test
game is a copy of a training game. Every episode gets fresh tools (``EvalCase.tools``): one
:class:`~purpose_suites.textworld_env.ActionTool` per action (``move_north``, ``take_coin``, ...) bound to
that episode's game, so a replay or another arm starts the game anew.

The checker is the game's own verdict: the case is passed when the game reports the task done
(``tasksuccess``). If the episode never touched the game, its final answer is read as a list of actions
(one per line, or separated by ';') and played in a fresh game: a plan written out in full is a way to
play too. ``expected`` is a shortest solution found by searching the real game (textworld-express's own
gold path changes from call to call, so it cannot be a reproducible expected answer); the pre-flight
check replays it, which proves the checker accepts a real solution.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import ValidationError
from purpose_learn import EvalCase

from purpose_suites.textworld_env import GameSession, GameSpec, game_tools, replay, shortest_path, tool_name

#: Small games: five rooms, no doors, no distractors; a shortest solution is 1 to 4 actions.
DEFAULT_GAME = "coin"
DEFAULT_PARAMS = "numLocations=5,numDistractorItems=0,includeDoors=0"
STEP_LIMIT = 12
MAX_GOLD = 8
"""Games with no win within this many moves are skipped."""
SEED_POOL = 1000
"""textworld-express's training fold has seeds 0-999."""


class GamePlays:
    """The plays of one case's game: a new session per episode; the checker reads the latest."""

    def __init__(self, spec: GameSpec) -> None:
        self.spec = spec
        self.latest: GameSession | None = None

    def tools(self) -> list[Any]:
        self.latest = GameSession(self.spec).start()
        return game_tools(self.latest)

    def check(self, answer: str, case: EvalCase) -> bool:
        session = self.latest
        if session is not None and session.actions:
            return session.won
        return replay(self.spec, parse_actions(answer)).won


def parse_actions(answer: str) -> list[str]:
    return [a.strip() for a in re.split(r"[\n;]+", answer or "") if a.strip()]


def task_text(spec: GameSpec, session: GameSession) -> str:
    return (
        f"You are playing a text game. {session.task.strip()} Each action is a tool: call one per step and "
        f"it tells you what you see and which actions are valid. When the game says you won, give the "
        f"final answer done.\nYou start here: {session.observation}\n"
        f"Valid actions: {', '.join(tool_name(a) for a in session.valid)}\n(game {spec.game} #{spec.seed})"
    )


def textworld_cases(
    size: int,
    seed: int,
    *,
    game: str = DEFAULT_GAME,
    params: str = DEFAULT_PARAMS,
    step_limit: int = STEP_LIMIT,
) -> list[EvalCase]:
    """``size`` distinct games drawn in a seeded order from the training fold's seeds.

    Games repeating an earlier case's start and shortest solution, or without a win in ``MAX_GOLD``
    moves, are skipped. The action tools are ``stateful``, so a solution that repeats a move ("move
    north" twice) is played move by move, not answered from the runtime's repeated-call cache."""
    order = list(range(SEED_POOL))
    random.Random(f"textworld:{game}:{params}:{seed}").shuffle(order)
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out: list[EvalCase] = []
    for game_seed in order:
        if len(out) == size:
            break
        spec = GameSpec(game=game, params=params, seed=game_seed, step_limit=step_limit)
        start = GameSession(spec).start()
        path = shortest_path(spec, min(MAX_GOLD, step_limit))
        if path is None:
            continue
        gold = tuple(path)
        key = (start.observation, gold)
        if key in seen:
            continue
        seen.add(key)
        plays = GamePlays(spec)
        out.append(
            EvalCase(
                input=task_text(spec, start),
                expected="; ".join(gold),
                checker=plays.check,
                tools=plays.tools,
                task_type=f"textworld-{game}",
                id=f"textworld-{game}-{game_seed}",
                tags=["textworld-express", game],
            )
        )
    if len(out) < size:
        raise ValidationError(
            f"textworld {game} ({params}) has only {len(out)} distinct games; asked for {size}"
        )
    return out


def distinct_games(cases: Sequence[EvalCase]) -> int:
    return len({c.input for c in cases})
