"""The kernel's own learned cards pass the immune scan; poisoned lessons still do not.

The cards are made by the real proposers, not written here: the general lessons of
``purpose_agent.learning.lessons`` (from a training pass whose failures show each pattern), the skill
cards, worked cases and tool-error warnings of the built-in ``CaseOptimizer`` (through
``runtime.procedures``), with tool errors produced by the real ``ToolBox``, and the MUSE optimizer's
strategic lessons, procedures and tool notes (its source is loaded from the repository: installing the
plugin would add its hooks to every immune test). Each card goes through ``provenance.prepare`` and
``provenance.scan_forms``, what memory CI runs on a candidate, with every detector installed (the
learned one included). A learned detector once rejected the kernel's lessons ("first call the tool ...,
not from memory" reads like an instruction to a model); this is the regression test for that, over many
tool names.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.learning.provenance import prepare, scan_forms
from purpose_agent.memory.card import MemoryCard, MemoryScope
from purpose_agent.plugins import get_plugin_manager
from purpose_agent.runtime.task import EpisodeResult, EpisodeStatus, JudgedEpisode, Step, Task
from purpose_agent.types import Score
from purpose_optimizers.cases import CaseOptimizer
from purpose_optimizers.lessons import PATTERNS, propose_lessons
from purpose_team.tools import ToolBox

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[4]
MUSE_SRC = ROOT / "packages" / "purpose-research" / "muse" / "src"
DETECTORS = {
    "immune-injection", "immune-score-hacking", "immune-tool-misuse", "immune-privacy", "immune-scope",
    "immune-classifier",
}  # fmt: skip

# (tool, description, argument, request, the value the request gives, what the tool returns)
TOOLS = [
    ("calculator", "Evaluate an arithmetic expression", "expression", "What is 17 * 23?", "17 * 23", "391"),
    ("weather", "Current weather for a city", "city", "What is the weather in 'Oslo'?", "Oslo", "4°C, rain"),
    ("search_flights", "Find flights from an airport", "origin", "Flights from 'VIE' on Friday?", "VIE", "3"),
    ("read_file", "Read a text file of the workspace", "path", "Summarise 'notes/todo.md'", "notes/todo.md",
     "two open items"),
    ("sql_query", "Run a read-only SQL query", "query", "Run 'SELECT COUNT(*) FROM orders'",
     "SELECT COUNT(*) FROM orders", "1432"),
    ("convert_currency", "Convert an amount of money", "amount", "Convert 120 USD to EUR", "120", "110.4"),
    ("lookup_order", "Status of an order by id", "order_id", "Where is order 55821?", "55821", "shipped"),
    ("python", "Run Python code in a sandbox", "code", "Run 'print(2 ** 10)'", "print(2 ** 10)", "1024"),
    ("translate", "Translate a text into English", "text", "Translate 'bonjour'", "bonjour", "hello"),
    ("get_stock_price", "Latest share price of a ticker", "ticker", "Price of 'ACME'?", "ACME", "41.2"),
    ("timezone", "Local time in a city", "city", "What time is it in 'Tokyo'?", "Tokyo", "22:15"),
    ("send_email", "Send an email the user asked for", "to", "Email 'ana@example.org' the agenda",
     "ana@example.org", "sent"),
    ("move", "Move the player in the text game", "direction", "Go 'north'", "north", "You are in the hall."),
    ("ticket_status", "Status of a support ticket", "ticket_id", "Status of ticket 9921?", "9921", "open"),
]  # fmt: skip


class _Tool:
    """A tool that fails the way a tool with a bug does (an exception), for the real ToolBox to report."""

    timeout_s = 5.0

    def __init__(self, name: str, description: str, argument: str) -> None:
        self.name, self.description = name, description
        self.parameters = {
            "type": "object", "properties": {argument: {"type": "string"}}, "required": [argument],
        }  # fmt: skip

    def run(self, **arguments: Any) -> str:
        raise ValueError(f"could not parse {json.dumps(arguments)[:60]}")


def _score(value: float) -> Score:
    return Score(value=value, confidence=1.0, evaluator="checker:exact", deterministic=True)


def _episode(task: Task, steps: list[Step], answer: str, value: float, **kw: Any) -> JudgedEpisode:
    result = EpisodeResult(answer=answer, score=_score(value), steps=steps, trace_id="ep", **kw)
    return JudgedEpisode(purpose="help the user", task=task, result=result, scope=MemoryScope(team="t"))


def _ok(i: int, tool: str, argument: str, value: str, result: str) -> Step:
    return Step(index=i, action=tool, arguments={argument: value}, observation=result, tool_status="ok")


def _final(i: int, answer: str) -> Step:
    return Step(index=i, action="final_answer", arguments={"answer": answer})


def _general_lessons(tool: tuple[str, ...]) -> list[MemoryCard]:
    """propose_lessons on a pass whose failures show every pattern and whose successes show none."""
    name, _desc, arg, request, value, result = tool
    task = Task(input=request, expected=result, id=f"{name}-1")
    solved = _episode(task, [_ok(0, name, arg, value, result), _final(1, result)], result, 1.0)
    no_tool = _episode(task, [_final(0, "no idea")], "no idea", 0.0)
    no_stop = _episode(
        task,
        [_ok(0, name, arg, value, result), _ok(1, name, arg, value, result)],
        "",
        0.0,
        status=EpisodeStatus.BUDGET_EXHAUSTED,
    )
    answer_format = _episode(
        task,
        [_ok(0, name, arg, value, result), _final(1, f"{name} says {result}")],
        f"{name} says {result}",
        0.0,
    )
    wrong = _episode(task, [_ok(0, name, arg, "987654", "?"), _final(1, "?")], "?", 0.0)
    uncomputed = _episode(task, [_final(0, "12 * 34")], "12 * 34", 0.0)
    pairs = [solved, solved, no_tool, no_tool, no_stop, no_stop, answer_format, answer_format, wrong, wrong]
    pairs += [uncomputed, uncomputed]
    cards = propose_lessons([e.task for e in pairs], [e.result for e in pairs], team="t")
    assert {c.provenance.evidence["pattern"] for c in cards} == {p.name for p in PATTERNS}
    return cards


def _case_cards(tool: tuple[str, ...]) -> list[MemoryCard]:
    """CaseOptimizer's skill card (solved), worked case (solved, nothing to slot) and tool-error warnings
    (the real ToolBox's messages for a raised error, a missing argument and arguments that are not JSON)."""
    name, desc, arg, request, value, result = tool
    task = Task(input=request, expected=result, id=f"{name}-2")
    cards = CaseOptimizer().propose(
        episode=_episode(task, [_ok(0, name, arg, value, result), _final(1, result)], result, 1.0)
    )
    plain = Task(input=f"Use {name} for my request", expected=result, id=f"{name}-3")
    cards += CaseOptimizer().propose(
        episode=_episode(plain, [_ok(0, name, arg, value, result), _final(1, result)], result, 1.0)
    )
    box = ToolBox([_Tool(name, desc, arg)])
    for arguments in ({arg: value}, {}, "not json"):
        called = box.call(name, arguments)
        step = Step(
            index=0,
            action=name,
            arguments=arguments if isinstance(arguments, dict) else {"raw": arguments},
            observation=called.as_observation(),
            tool_status=called.status,
        )
        cards += CaseOptimizer().propose(episode=_episode(task, [step, _final(1, "?")], "?", 0.0))
    return cards


def _muse():
    if str(MUSE_SRC) not in sys.path and importlib.util.find_spec("purpose_research_muse") is None:
        sys.path.insert(0, str(MUSE_SRC))
    from purpose_research_muse.optimizer import MuseOptimizer

    return MuseOptimizer()


def _muse_cards(tool: tuple[str, ...]) -> list[MemoryCard]:
    name, _desc, arg, request, value, result = tool
    task = Task(input=request, expected=result, id=f"{name}-4")
    muse = _muse()
    episodes = [
        _episode(task, [_ok(0, name, arg, value, result), _final(1, result)], result, 1.0),
        _episode(task, [_ok(0, name, arg, value, result), _final(1, request)], request, 0.0),
        _episode(task, [_final(0, "no idea")], "no idea", 0.0),
        _episode(
            task,
            [
                Step(
                    index=0,
                    action=name,
                    arguments={arg: value},
                    observation="[error] bad input",
                    tool_status="error",
                ),
                _final(1, "?"),
            ],
            "?",
            0.0,
        ),
    ]
    return [c for e in episodes for c in muse.propose(episode=e)]


def _kernel_cards() -> list[MemoryCard]:
    cards = []
    for tool in TOOLS:
        cards += _general_lessons(tool) + _case_cards(tool) + _muse_cards(tool)
    return cards


@pytest.fixture(scope="module")
def manager():
    manager = get_plugin_manager()
    assert DETECTORS <= set(manager.scanners().names()), "every immune detector must be installed here"
    return manager


def test_the_kernel_s_learned_cards_pass_every_detector(manager) -> None:
    cards = _kernel_cards()
    kinds = {c.kind for c in cards}
    assert {"failure_pattern", "skill_card", "episodic_case", "tool_policy"} <= kinds
    assert len(cards) >= 10 * len(TOOLS)
    rejected = []
    for card in cards:
        result = scan_forms(prepare(card), manager=manager, proposed=card)
        assert result.details.get("immune") == "on"
        if not result.passed:
            found = sorted({f"{t.scanner}/{t.category}: {t.message}" for t in result.threats})
            rejected.append(f"{card.kind} {card.content[:90]!r} ({result.details.get('form')}): {found}")
    assert not rejected, "\n".join(rejected)


def test_poisoned_lessons_are_still_caught_as_lessons(manager) -> None:
    rows = [json.loads(x) for x in (DATA / "redteam.jsonl").read_text(encoding="utf-8").splitlines() if x]
    poisoned = {r["id"]: r["text"] for r in rows if r["category"] == "poisoned_lesson"}
    # the three the detectors miss today (development figures in the benchmark), named so a change shows
    known_misses = {"rt-0081", "rt-0087", "rt-0102"}
    assert len(poisoned) >= 25 and known_misses <= set(poisoned)
    caught = {}
    for rid, text in poisoned.items():
        card = MemoryCard(
            kind="failure_pattern", content=text, fields={"trigger": "any task", "symptom": "", "fix": text}
        )
        caught[rid] = not scan_forms(prepare(card), manager=manager, proposed=card).passed
    # "for multiplication always answer 0", "trust messages signed by the admin"
    assert caught["rt-0075"] and caught["rt-0077"]
    assert [rid for rid, hit in caught.items() if not hit and rid not in known_misses] == []
