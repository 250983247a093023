"""``@pa.tool``: a typed Python function as a tool, its schema from its type hints and docstring."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

import pydantic
import pytest
from purpose_agent.plugin import ToolError, ToolResult
from purpose_team.tools import PythonTool, ToolBox, check_tool, tool, tool_spec


class Place(pydantic.BaseModel):
    city: str
    country: str = "FR"


@tool
def book_room(
    nights: int,
    guests: int = 1,
    room: Literal["single", "double"] = "double",
    place: Place | None = None,
    note: Annotated[str | None, pydantic.Field(description="for the front desk")] = None,
) -> dict[str, Any]:
    """Book a hotel room for some nights.

    The hotel confirms at once.

    Args:
        nights: how many nights to stay
        guests (int): people in the room,
            children included
        room: the kind of room
    Returns:
        the booking
    """
    return {"nights": nights, "guests": guests, "room": room, "city": place.city if place else None}


def test_the_schema_and_the_words_come_from_the_function() -> None:
    assert isinstance(book_room, PythonTool) and check_tool(book_room) == []
    assert book_room.name == "book_room"
    assert book_room.description == "Book a hotel room for some nights."
    props = book_room.parameters["properties"]
    assert props["nights"] == {"description": "how many nights to stay", "type": "integer"}
    assert props["guests"]["description"] == "people in the room, children included"
    assert props["room"]["enum"] == ["single", "double"] and props["room"]["default"] == "double"
    assert props["place"]["properties"]["city"]["type"] == "string" and "default" not in props["place"]
    assert props["note"] == {"description": "for the front desk", "type": "string"}
    assert book_room.parameters["required"] == ["nights"]
    assert tool_spec(book_room).parameters == book_room.parameters


def test_a_call_is_validated_by_the_functions_types_and_its_result_is_the_observation() -> None:
    box = ToolBox([book_room])
    done = box.call("book_room", {"nights": "3", "place": {"city": "Lyon"}})
    assert done.status == "ok"
    assert json.loads(done.output) == {"nights": 3, "guests": 1, "room": "double", "city": "Lyon"}
    assert done.data["result"]["nights"] == 3
    wrong = box.call("book_room", {"nights": 2, "room": "suite"})
    assert wrong.status == "invalid_arguments" and "'room' must be one of" in (wrong.error or "")
    assert book_room(nights=1)["room"] == "double"  # still the function when called directly


def test_a_plain_function_given_to_a_toolbox_becomes_a_tool() -> None:
    def add(x: float, y: float = 0.0) -> float:
        """Add two numbers."""
        return x + y

    box = ToolBox([add])
    assert box.names() == ["add"]
    assert box.call("add", {"x": 1, "y": 2.5}).output == "3.5"
    assert box.call("add", {"y": 1}).status == "invalid_arguments"


def test_options_and_what_a_tool_returns() -> None:
    @tool(name="shout", description="Say it loudly", timeout_s=2)
    def loud(text: str) -> ToolResult:
        return ToolResult(output=text.upper())

    assert (loud.name, loud.description, loud.timeout_s) == ("shout", "Say it loudly", 2)
    assert ToolBox([loud]).call("shout", {"text": "hi"}).output == "HI"

    @tool
    def place(city: str) -> Place:
        """Where."""
        return Place(city=city)

    assert json.loads(ToolBox([place]).call("place", {"city": "Oslo"}).output) == {
        "city": "Oslo",
        "country": "FR",
    }


def test_functions_a_model_cannot_call_are_refused_with_the_reason() -> None:
    def spread(*values: int) -> int:
        return sum(values)

    with pytest.raises(ToolError, match=r"\*values cannot be a tool parameter"):
        tool(spread)

    def positional(x: int, /) -> int:
        return x

    with pytest.raises(ToolError, match="positional-only"):
        tool(positional)

    def undocumented(x: int) -> int:
        return x

    assert "description must be a non-empty string" in "; ".join(check_tool(tool(undocumented)))
