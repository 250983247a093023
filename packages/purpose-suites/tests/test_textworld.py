"""The textworld suite against the real Java-backed textworld-express environment."""

from __future__ import annotations

import pytest

pytest.importorskip("textworld_express", reason="needs the extra: pip install 'purpose-suites[textworld]'")

import shutil

from purpose_agent.plugin import ConfigError
from purpose_learn import split_cases, validate_cases
from purpose_suites.textworld import parse_actions, textworld_cases
from purpose_suites.textworld_env import ACTIONS, READ_ONLY, ActionTool, GameSession, GameTool, replay

if shutil.which("java") is None:
    pytest.skip("textworld-express needs Java 17 on PATH", allow_module_level=True)


@pytest.fixture(scope="module")
def cases():
    return textworld_cases(8, 0)


def test_cases_are_distinct_games_deterministic_per_seed(cases) -> None:
    again, other = textworld_cases(8, 0), textworld_cases(8, 1)
    assert [c.content_hash for c in cases] == [c.content_hash for c in again]
    assert [c.id for c in textworld_cases(3, 0)] == [c.id for c in cases[:3]]
    assert [c.id for c in cases] != [c.id for c in other]
    assert len({c.input_hash for c in cases}) == len({(c.input, c.expected) for c in cases}) == 8
    assert split_cases(cases, seed=0).record() == split_cases(again, seed=0).record()
    for case in cases:
        assert "Valid actions:" in case.input and "_" in case.input and case.tools is not None
        assert case.expected.endswith("take coin") and len(parse_actions(case.expected)) <= 4


def test_preflight_replays_every_gold_path_in_the_real_game(cases) -> None:
    validate_cases("textworld", cases)  # the gold path wins, "" does not, nothing raises


def tools_by_name(case) -> dict[str, ActionTool]:
    return {t.name: t for t in case.tools()}


def test_playing_the_solution_through_the_action_tools_wins_and_a_bad_play_fails(cases) -> None:
    case = cases[0]
    tools = tools_by_name(case)
    assert sorted(tools) == sorted(a.replace(" ", "_") for a in ACTIONS["coin"])
    assert all(t.parameters["properties"] == {} for t in tools.values())
    solution = [a.replace(" ", "_") for a in parse_actions(case.expected)]
    for name in solution[:-1]:
        result = tools[name].run()
        assert result.ok and "Valid actions:" in result.output
    assert not case.checker("done", case), "not won yet"
    result = tools[solution[-1]].run()
    assert "You won" in result.output and result.data["won"]
    assert case.checker("done", case)
    # a new episode starts a fresh game: the earlier win does not carry over
    fresh = tools_by_name(case)
    fresh["look_around"].run()
    assert fresh["look_around"].session.actions == ["look around"]
    assert not case.checker(case.expected, case)


def test_every_valid_action_of_the_games_has_its_tool(cases) -> None:
    vocabulary = set(ACTIONS["coin"]) | READ_ONLY
    for case in cases:
        for path_len in range(len(parse_actions(case.expected)) + 1):
            session = replay(case.tools()[0].session.spec, parse_actions(case.expected)[:path_len])
            assert set(session.valid) <= vocabulary, session.valid


def test_the_generic_game_tool_forgives_case_articles_and_go(cases) -> None:
    spec = case_spec(cases[0])
    tool = GameTool(GameSession(spec).start())
    for action in parse_actions(cases[0].expected)[:-1]:
        assert "Valid actions:" in tool.run(action=action.upper()).output
    assert "You won" in tool.run(action="take the coin").output


def case_spec(case):
    return case.tools()[0].session.spec


def test_an_unplayed_episode_is_judged_by_replaying_its_answer(cases) -> None:
    case = cases[1]
    case.tools()  # the episode's session exists but takes no action
    assert case.checker(case.expected.replace("; ", "\n"), case)
    assert not case.checker("look around", case)
    assert not case.checker("I took the coin.", case)


def test_sessions_interleaved_on_one_jvm_keep_their_own_state(cases) -> None:
    a_spec, b_spec = (case_spec(c) for c in cases[:2])
    a, b = GameSession(a_spec).start(), GameSession(b_spec).start()
    gold_a = parse_actions(cases[0].expected)
    gold_b = parse_actions(cases[1].expected)
    for step in range(max(len(gold_a), len(gold_b))):
        if step < len(gold_a):
            a.step(gold_a[step])
        if step < len(gold_b):
            b.step(gold_b[step])
    assert a.won and b.won
    assert replay(a_spec, ["look around"]).won is False


def test_unknown_actions_are_reported_with_the_valid_ones(cases) -> None:
    tool = GameTool(GameSession(case_spec(cases[2])).start())
    result = tool.run(action="dance wildly")
    assert "Valid actions:" in result.output and not result.data["won"]
    assert tool.run().status == "error"


def test_missing_java_is_a_clear_error(monkeypatch) -> None:
    from purpose_suites import availability

    monkeypatch.setattr(availability.shutil, "which", lambda name: None)
    with pytest.raises(ConfigError, match="Java 17"):
        availability.require_java()
