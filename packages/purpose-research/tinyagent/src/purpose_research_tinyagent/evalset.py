"""A labelled tool-choice set: 50 installed tools and requests, each labelled with the tool it needs.

Written for this project (not taken from any benchmark). The tools span everyday assistant domains the
way an agent with many plugins would see them, several of them close neighbours (send_email vs.
draft_email, get_weather vs. get_forecast) so that choosing is not trivial. Requests are phrased as a
user would, often without the tool's own words, so lexical retrieval can and does miss some; the
measurement reports those misses instead of hiding them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from purpose_agent.plugin import ToolResult

# name, description, {parameter: type}
TOOLS: tuple[tuple[str, str, dict[str, str]], ...] = (
    ("get_weather", "Current weather conditions for a city: temperature, wind, rain.", {"city": "string"}),
    ("get_forecast", "Weather forecast for the next days in a city.", {"city": "string", "days": "integer"}),
    (
        "send_email",
        "Send an email message to a recipient now.",
        {"to": "string", "subject": "string", "body": "string"},
    ),
    ("draft_email", "Save an email as a draft without sending it.", {"to": "string", "body": "string"}),
    ("search_email", "Search the mailbox for emails matching words.", {"query": "string"}),
    (
        "create_event",
        "Create a calendar event or meeting at a date and time.",
        {"title": "string", "when": "string"},
    ),
    ("list_events", "List calendar events and meetings on a day.", {"day": "string"}),
    ("cancel_event", "Cancel a calendar event or meeting.", {"title": "string"}),
    ("set_alarm", "Set an alarm clock to ring at a time.", {"time": "string"}),
    ("set_timer", "Start a countdown timer for a number of minutes.", {"minutes": "integer"}),
    ("create_reminder", "Remind the user about something later.", {"text": "string", "when": "string"}),
    (
        "calculator",
        "Evaluate an arithmetic expression: add, multiply, divide numbers.",
        {"expression": "string"},
    ),
    (
        "convert_units",
        "Convert a quantity between units: km to miles, kg to pounds, celsius.",
        {"value": "number", "from_unit": "string", "to_unit": "string"},
    ),
    (
        "convert_currency",
        "Convert an amount of money between currencies using exchange rates.",
        {"amount": "number", "from_currency": "string", "to_currency": "string"},
    ),
    ("stock_price", "Latest share price of a company's stock ticker.", {"ticker": "string"}),
    ("translate_text", "Translate text into another language.", {"text": "string", "language": "string"}),
    ("define_word", "Dictionary definition of a word.", {"word": "string"}),
    ("find_synonyms", "Synonyms and similar words for a word (thesaurus).", {"word": "string"}),
    ("web_search", "Search the web for pages about a topic.", {"query": "string"}),
    ("wikipedia_summary", "Summary of the encyclopedia article about a subject.", {"subject": "string"}),
    ("news_headlines", "Today's news headlines on a topic.", {"topic": "string"}),
    ("read_file", "Read the contents of a text file in the workspace.", {"path": "string"}),
    ("write_file", "Write text into a file in the workspace.", {"path": "string", "text": "string"}),
    ("list_directory", "List the files in a folder of the workspace.", {"path": "string"}),
    ("delete_file", "Delete a file from the workspace.", {"path": "string"}),
    ("run_python", "Run a Python program and return what it prints.", {"code": "string"}),
    (
        "get_directions",
        "Driving or walking directions and route between two places.",
        {"origin": "string", "destination": "string"},
    ),
    (
        "find_restaurants",
        "Find restaurants to eat near a place, by cuisine.",
        {"near": "string", "cuisine": "string"},
    ),
    (
        "book_table",
        "Book a table reservation at a restaurant.",
        {"restaurant": "string", "when": "string", "people": "integer"},
    ),
    ("flight_status", "Status of a flight by flight number: delayed, on time, gate.", {"flight": "string"}),
    (
        "search_flights",
        "Search flights between two airports on a date.",
        {"origin": "string", "destination": "string", "date": "string"},
    ),
    (
        "book_hotel",
        "Book a hotel room in a city for dates.",
        {"city": "string", "check_in": "string", "nights": "integer"},
    ),
    ("play_music", "Play a song, artist or playlist on the speaker.", {"query": "string"}),
    ("set_volume", "Set the speaker volume level from 0 to 100.", {"level": "integer"}),
    ("turn_on_lights", "Turn on the lights in a room of the house.", {"room": "string"}),
    ("turn_off_lights", "Turn off the lights in a room of the house.", {"room": "string"}),
    ("set_thermostat", "Set the heating thermostat to a temperature.", {"degrees": "number"}),
    ("add_to_shopping_list", "Add an item to the shopping list.", {"item": "string"}),
    ("create_note", "Write a new note in the notebook.", {"title": "string", "text": "string"}),
    ("search_notes", "Search the notebook for notes containing words.", {"query": "string"}),
    (
        "send_text_message",
        "Send an SMS text message to a phone contact.",
        {"contact": "string", "text": "string"},
    ),
    ("call_contact", "Start a phone call to a contact.", {"contact": "string"}),
    (
        "lookup_contact",
        "Look up a contact's phone number and address in the address book.",
        {"name": "string"},
    ),
    ("track_package", "Track a parcel delivery by its tracking number.", {"tracking_number": "string"}),
    ("get_time_zone", "Current local time in a city or time zone.", {"city": "string"}),
    ("count_words", "Count the words and characters in a text.", {"text": "string"}),
    ("summarize_text", "Summarize a long text in a few sentences.", {"text": "string"}),
    ("generate_password", "Generate a random secure password of a given length.", {"length": "integer"}),
    ("qr_code", "Make a QR code image for a link or text.", {"text": "string"}),
    ("recipe_search", "Find cooking recipes that use an ingredient or dish name.", {"query": "string"}),
)

# request, the tool it needs
REQUESTS: tuple[tuple[str, str], ...] = (
    ("Is it raining in Lisbon right now?", "get_weather"),
    ("What will the weather be like in Oslo over the next 3 days?", "get_forecast"),
    ("Email Maria that the report is late, subject 'Report'.", "send_email"),
    ("Find the emails from my landlord about the deposit.", "search_email"),
    ("Put a meeting with Sam on my calendar for Friday at 10.", "create_event"),
    ("What meetings do I have on Monday?", "list_events"),
    ("Wake me up at 6:30 tomorrow with an alarm.", "set_alarm"),
    ("Start a 12 minute timer for the pasta.", "set_timer"),
    ("Remind me to water the plants this evening.", "create_reminder"),
    ("What is 4817 divided by 13?", "calculator"),
    ("How many miles is 42 km?", "convert_units"),
    ("How much is 250 euros in US dollars?", "convert_currency"),
    ("What's the share price of AAPL today?", "stock_price"),
    ("Translate 'where is the station' into German.", "translate_text"),
    ("What does the word 'ephemeral' mean?", "define_word"),
    ("Give me a synonym for 'happy'.", "find_synonyms"),
    ("Show me the latest news headlines about climate.", "news_headlines"),
    ("Open the file notes/todo.txt and show me what's in it.", "read_file"),
    ("What files are in the reports folder?", "list_directory"),
    ("Run this Python code: print(sum(range(10)))", "run_python"),
    ("How do I drive from Bristol to Bath?", "get_directions"),
    ("Find an Italian restaurant near the cathedral.", "find_restaurants"),
    ("Is flight BA117 delayed?", "flight_status"),
    ("Book a hotel room in Rome for 2 nights from May 3.", "book_hotel"),
    ("Play some jazz on the speaker.", "play_music"),
    ("Turn off the lights in the kitchen.", "turn_off_lights"),
    ("Set the thermostat to 21 degrees.", "set_thermostat"),
    ("Add oat milk to my shopping list.", "add_to_shopping_list"),
    ("Text Ben that I'm running late.", "send_text_message"),
    ("What's Anna's phone number in my contacts?", "lookup_contact"),
    ("Where is my parcel with tracking number 1Z999?", "track_package"),
    ("What time is it in Tokyo?", "get_time_zone"),
    ("Count the words in this paragraph: the quick brown fox jumps.", "count_words"),
    ("Generate a password 16 characters long.", "generate_password"),
    ("Find me a recipe that uses leftover rice.", "recipe_search"),
    ("Summarize this text for me: the meeting covered budgets and hiring plans.", "summarize_text"),
)


@dataclass
class CatalogTool:
    """One of the 50 tools: a real tool object (validated by the toolbox) that answers with a canned line."""

    name: str
    description: str
    parameters: dict[str, Any]
    timeout_s: float = 2.0

    @property
    def examples(self) -> list[dict[str, Any]]:
        sample = {"string": "x", "integer": 1, "number": 1.5}
        return [{k: sample[v["type"]] for k, v in self.parameters["properties"].items()}]

    def run(self, **arguments: Any) -> ToolResult:
        for key, schema in self.parameters["properties"].items():
            value = arguments.get(key)
            kind = schema["type"]
            ok = (
                isinstance(value, str)
                if kind == "string"
                else isinstance(value, int | float) and not isinstance(value, bool)
            )
            if not ok:
                return ToolResult(status="invalid_arguments", error=f"{key} must be a {kind}")
        return ToolResult(output=f"{self.name} done: {arguments}")


def catalog() -> list[CatalogTool]:
    return [
        CatalogTool(
            name,
            description,
            {
                "type": "object",
                "properties": {p: {"type": t} for p, t in params.items()},
                "required": list(params),
                "additionalProperties": False,
            },
        )
        for name, description, params in TOOLS
    ]
