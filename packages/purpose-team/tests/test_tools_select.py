"""Tool retrieval: the few relevant tools for a task when many are installed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from purpose_agent.plugin import ToolResult
from purpose_team.tools import ToolBox, rank_tools, select_tools
from purpose_team.tools.select import terms


@dataclass
class Named:
    name: str
    description: str
    keywords: tuple[str, ...] = ()
    timeout_s: float = 1.0
    parameters: dict[str, Any] = field(default_factory=lambda: {"type": "object", "properties": {}})

    def run(self, **_: Any) -> ToolResult:
        return ToolResult(output=self.name)


TOOLS = [
    Named("calculator", "Evaluate an arithmetic expression", ("math", "multiply", "add", "times")),
    Named("read_file", "Read a text file from the workspace"),
    Named("write_file", "Write text to a file in the workspace", ("save",)),
    Named("python", "Run a short Python program", ("code", "script")),
    Named("web_search", "Search the web for pages about a query", ("internet", "find", "lookup")),
    Named("send_email", "Send an email message to a recipient", ("mail",)),
    Named("weather", "Current weather forecast for a city", ("temperature", "rain")),
    Named("translate", "Translate text between languages", ("language",)),
    Named("calendar", "Create and list calendar events", ("meeting", "schedule")),
    Named("unit_convert", "Convert between units of measure", ("meters", "miles", "kilograms")),
    *[Named(f"noise_{i}", f"Internal maintenance job number {i}") for i in range(30)],
]


def test_terms_split_names_and_stem() -> None:
    assert terms("ReadFile read_file files reading") == ["read", "file", "read", "file", "file", "read"]


def test_relevant_tools_come_first() -> None:
    cases = {
        "What is 12 times 7?": "calculator",
        "Save these notes to a file": "write_file",
        "Read the file notes.txt and summarise it": "read_file",
        "Will it rain in Paris tomorrow?": "weather",
        "Schedule a meeting with Ana on Friday": "calendar",
        "How many kilograms is 10 pounds?": "unit_convert",
        "Write a python script that sorts a list": "python",
        "Find pages on the internet about llamas": "web_search",
    }
    for task, expected in cases.items():
        chosen = [t.name for t in select_tools(task, TOOLS, k=3)]
        assert chosen and chosen[0] == expected, (task, chosen)
        assert len(chosen) <= 3


def test_unrelated_task_offers_nothing_but_always() -> None:
    assert select_tools("zzz qqq", TOOLS) == []
    assert [t.name for t in select_tools("zzz", TOOLS, always=["calculator"])] == ["calculator"]


def test_common_words_count_less_than_rare_ones() -> None:
    ranked = rank_tools("write the file", TOOLS)
    assert ranked[0][1].name == "write_file"
    assert ranked[0][0] > ranked[1][0]


def test_toolbox_narrows_specs_for_a_task() -> None:
    box = ToolBox(TOOLS)
    specs = box.specs(task="multiply 12 by 7", k=2)
    assert specs[0].name == "calculator" and len(specs) <= 2
    narrowed = box.for_task("send a mail to Bob")
    assert narrowed.names()[0] == "send_email" and len(narrowed) <= 3
    assert len(box.specs()) == len(TOOLS)
