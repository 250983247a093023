"""Which of a request's values goes to which parameter, where the words around a value say its role: a
rate's unit, a fraction with a unit, "and a half", a label after a direction word, an address with its
prefix length, an order asked in words (purpose_react.values, purpose_react.aliases)."""

from __future__ import annotations

from typing import Any

from purpose_react.numbers import number_ties
from purpose_react.values import request_value_schema


def _offered(properties: dict[str, Any], request: str, required: list[str] | None = None) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties, "required": required or list(properties)}
    narrowed = request_value_schema(schema, request)
    return {name: prop.get("enum") for name, prop in narrowed["properties"].items()}


def test_a_rates_unit_names_the_rate_not_the_count() -> None:
    """ "$18/hour" counts money per hour, "3 hours" the hours: the hour of a rate's unit names only a
    parameter that is a rate (by its name, or a description that says "per")."""
    pay = {"hourly_rate": {"type": "number"}, "overtime_hours": {"type": "number"}}
    assert number_ties(pay, "Overtime for 3 extra hours at $18/hour, please.")[0] == {
        "hourly_rate": 18,
        "overtime_hours": 3,
    }
    leave = {
        "hours_worked": {"type": "number"},
        "accrual": {"type": "number", "description": "Leave hours earned per hour worked."},
    }
    bound = number_ties(leave, "Leave after 2,080 hours worked at 0.05 hours per hour?")[0]
    assert bound.get("hours_worked") == 2080 and bound.get("accrual") != 2080
    assert _offered(leave, "Leave after 2,080 hours worked at 0.05 hours per hour?")["accrual"] == [0.05]
    fuel = {"trip_hours": {"type": "number"}, "burn_gph": {"type": "number"}}
    bound = number_ties(fuel, "A 4 hour trip burning 11 gallons an hour.")[0]
    assert bound == {"trip_hours": 4, "burn_gph": 11}
    # a parameter that counts the unit keeps it where no rate is written
    assert number_ties({"hours": {"type": "number"}}, "Book 6 hours of studio time.")[0] == {"hours": 6}


def test_and_a_half_is_one_number() -> None:
    """ "three and a half hours" is 3.5 hours; its 3 is no count the words before it name."""
    props = {"lamp_count": {"type": "integer"}, "hours_on": {"type": "number"}}
    offered = _offered(props, "Nine lamps left on for three and a half hours: what do they use?")
    assert offered == {"lamp_count": [9], "hours_on": [3.5]}


def test_a_year_before_the_common_era_is_negative() -> None:
    """ "from 753 BC to 476 AD" is -753 and 476 for year parameters; "BCE" and "B.C." too."""
    years = {"start_year": {"type": "integer"}, "end_year": {"type": "integer"}}
    assert _offered(years, "Rome from 753 BC to 476 AD, as a timeline") == {
        "start_year": [-753], "end_year": [476],
    }  # fmt: skip
    assert _offered({"year": {"type": "integer"}}, "the eclipse of 585 B.C.") == {"year": [-585]}


def test_a_number_is_negative_where_its_description_says_when_and_the_request_says_so() -> None:
    """ "negative when overdrawn" and "overdrawn by 40 euros": -40; the description's own words only."""
    balance = {"balance": {"type": "number", "description": "current balance (negative when overdrawn)"}}
    assert _offered(balance, "My account is overdrawn by 40 euros, can I pay rent?") == {"balance": [-40]}
    assert _offered(balance, "My account holds 40 euros, can I pay rent?") == {"balance": [40]}
    steps = {"steps": {"type": "integer", "description": "Steps to move; negative to go back."}}
    assert _offered(steps, "Go back 3 steps") == {"steps": [-3]}


def test_a_parameter_with_a_unit_takes_the_numbers_written_in_that_kind_of_unit() -> None:
    """ "Hive 3 of 4 should give 12.5 kg of honey, I took 9.75 kg off": the masses, not the hives; a
    room "4.2 by 3.6 m" is two lengths."""
    honey = {"planned_kg": {"type": "number"}, "harvested_kg": {"type": "number"}}
    offered = _offered(honey, "Hive 3 of 4 should give 12.5 kg of honey, I took 9.75 kg off. Yield?")
    assert sorted(offered["planned_kg"]) == [9.75, 12.5] and sorted(offered["harvested_kg"]) == [9.75, 12.5]
    room = {"length_m": {"type": "number"}, "width_m": {"type": "number"}, "price": {"type": "number"}}
    offered = _offered(room, "Carpet for a 4.2 by 3.6 m room at 31.5 a square metre?")
    assert 31.5 not in offered["length_m"] and 4.2 in offered["length_m"]


def test_a_name_word_written_as_two_names_its_parameter_not_its_second_halfs() -> None:
    """ "day rate 180, half-day 95" for ``day_rate`` and ``halfday_rate``: "half-day" is the second."""
    rates = {"day_rate": {"type": "number"}, "halfday_rate": {"type": "number"}}
    assert number_ties(rates, "Tutor: full day 180, half-day 95. Invoice?")[0] == {
        "day_rate": 180, "halfday_rate": 95,
    }  # fmt: skip


def test_a_fraction_with_a_unit_is_one_amount() -> None:
    """ "1/125 s" is 0.008 seconds, not 125 seconds; "3/4 of the class" stays two numbers."""
    props = {"f_number": {"type": "number"}, "shutter_s": {"type": "number"}}
    assert number_ties(props, "Exposure at f/4 and 1/125 s?")[0].get("shutter_s") == 0.008
    assert _offered(props, "Exposure at f/4 and 1/125 s?")["shutter_s"] == [0.008]
    counts = {"passed": {"type": "integer"}, "students": {"type": "integer"}}
    assert 3 in _offered(counts, "3/4 of the class passed out of 28 students")["passed"]


def test_a_label_after_a_direction_word_is_not_the_value() -> None:
    """ "from postcode 75001" gives the origin's postal code 75001, not "postcode 75001"."""
    props = {
        "origin_postal_code": {"type": "string"},
        "destination_postal_code": {"type": "string"},
        "weight_kg": {"type": "number"},
    }
    offered = _offered(props, "Ship 12 kg from postcode 75001 to 69002.")
    assert offered["origin_postal_code"] == ["75001"] and offered["destination_postal_code"] == ["69002"]
    cities = {"from_city": {"type": "string"}, "to_city": {"type": "string"}}
    assert "New York" in _offered(cities, "Trains from New York to Boston")["from_city"]


def test_an_address_asked_for_is_offered_without_its_prefix_length() -> None:
    props = {"ip_address": {"type": "string", "description": "IPv4 address."}, "prefix": {"type": "integer"}}
    assert _offered(props, "Describe 10.20.30.40/22 for me.")["ip_address"] == ["10.20.30.40"]
    subnet = {"cidr": {"type": "string", "description": "Subnet in CIDR notation."}}
    assert _offered(subnet, "Describe 10.20.30.40/22 for me.")["cidr"] == ["10.20.30.40/22"]


def test_an_order_asked_in_words_names_the_sort_member() -> None:
    """ "cheapest first" is ``price_asc`` (or ``price`` and ``asc`` where two parameters say the field and
    the direction); a parameter that sorts nothing is not read so, nor a request asking two orders."""
    from purpose_react.aliases import orders_said

    members = ["relevance", "price_asc", "price_desc", "rating", "newest"]
    search = {"query": {"type": "string"}, "sort_by": {"type": "string", "enum": members}}
    offered = _offered(search, "Find a desk lamp, cheapest first", ["query"])
    assert offered["sort_by"] == ["price_asc"]  # optional, and said: kept, and only that member
    assert _offered(search, "Find a desk lamp", ["query"]).get("sort_by") is None  # not said: left out
    assert orders_said("sort_by", "", members, "highest rated lamps") == ["rating"]
    assert orders_said("order", "Sort direction", ["asc", "desc"], "the most expensive ones") == ["desc"]
    by_price = ["name_az", "price_high_to_low"]
    assert orders_said("sort", "", by_price, "priciest first") == ["price_high_to_low"]
    assert orders_said("category", "", ["price", "rating"], "the most expensive ones") == []
    assert orders_said("sort_by", "", members, "the newest and cheapest ones") == []


def test_a_value_written_right_after_a_word_of_the_name_is_that_parameters() -> None:
    """ "promo code SPRING25" gives ``coupon_code`` the spans starting at SPRING25; a lower-case next word
    ("the recipe serves 7"), a capitalised word before the label ("the Hilton hotel Friday") or a day
    name says nothing so, and the offers stay as they were."""
    from purpose_react.spans import named_spans, request_spans

    request = "Apply promo code SPRING25 to my cart of $1,200."
    spans = request_spans(request)
    assert named_spans("coupon_code", request, spans)[:2] == ["SPRING25", "SPRING25 to my cart"]
    quoted = "Email ana@example.org with subject 'Lunch on Friday' saying: are you free?"
    assert "Lunch on Friday" in named_spans("subject", quoted, request_spans(quoted))
    for text in ("The risotto recipe serves 7; I need 12.", "Book the Hilton hotel Friday night."):
        assert named_spans("recipe", text, request_spans(text)) == []
        assert named_spans("hotel_name", text, request_spans(text)) == []
    # a word two parameters' names share labels neither
    trip = "Fly from airport code JFK to airport code LHR"
    assert named_spans("origin_code", trip, request_spans(trip), ["origin_code", "destination_code"]) == []


def test_a_question_word_opening_a_sentence_starts_no_span() -> None:
    from purpose_react.spans import request_spans

    spans = request_spans("Where is Lynx lynx found? What's ETH at")
    assert "Lynx lynx" in spans and "ETH" in spans
    assert not [s for s in spans if s.split()[0].casefold() in ("where", "what's")]
    assert "Where is the station?" in request_spans("Translate 'Where is the station?' into Japanese.")
    assert "How to Train Your Dragon" in request_spans("Is How to Train Your Dragon on Netflix?")


def test_an_id_written_outside_the_quotes_is_not_one_of_them() -> None:
    props = {
        "thread_id": {"type": "string", "description": "Thread identifier"},
        "phrases": {"type": "array", "items": {"type": "string"}},
    }
    offered = _offered(props, 'In thread 4471 hide replies saying "buy now" or "click here".')
    assert offered["thread_id"] == ["4471"]


def test_a_description_counting_numbers_names_no_identifier() -> None:
    props = {
        "folder": {"type": "string", "description": "Folder path"},
        "prefix": {"type": "string", "description": "Text put before each number"},
    }
    offered = _offered(props, "In /pics/2023/oporto rename the files with prefix porto_ please")
    assert "porto_" in offered["prefix"]


def test_a_title_keeps_its_short_words_inside() -> None:
    from purpose_react.spans import _capitalised

    assert _capitalised("The Left Hand of Darkness") and _capitalised("Rio de Janeiro")
    assert not _capitalised("Rio de") and not _capitalised("the Alps")
    props = {"query": {"type": "string", "description": "Title, author or keywords"}}
    assert "Pride and Prejudice" in _offered(props, "is Pride and Prejudice on the shelf?")["query"]


def test_a_handle_or_a_channel_is_offered_with_and_without_its_sign() -> None:
    from purpose_react.spans import request_list_values, request_spans

    spans = request_spans("DM @bo_li and post in #ops")
    assert {"@bo_li", "bo_li", "#ops", "ops"} <= set(spans)
    handles = {"type": "array", "items": {"type": "string"}}
    lists = request_list_values(handles, "compare @acme_co, @zeta and @kilo_io")
    assert ["acme_co", "zeta", "kilo_io"] in lists and ["@acme_co", "@zeta", "@kilo_io"] in lists
    lamps = request_list_values(handles, "switch on the hall light and the desk lamp")
    assert ["hall light", "desk lamp"] in lamps
    # the words that lead into a list are not its first item's: "is", "over"
    kit = request_list_values(handles, "what I own is kettlebells and a rowing machine")
    assert ["kettlebells", "rowing machine"] in kit
    keys = request_list_values(handles, "partition the events table across region and then day")
    assert ["region", "day"] in keys


def test_a_unit_and_a_half_and_a_unit_the_parameter_counts_in() -> None:
    meeting = {
        "attendees": {"type": "array", "items": {"type": "string"}},
        "duration_minutes": {"type": "integer"},
    }
    assert _offered(meeting, "Book jo@x.io and al@x.io for an hour and a half.")["duration_minutes"] == [90]
    storage = {"size_gb": {"type": "number"}, "months": {"type": "integer"}}
    assert _offered(storage, "Keep 20 GB for a year and a half.")["months"] == [18]
    slow = {
        "min_latency_ms": {"type": "integer", "description": "Slower than this, in milliseconds"},
        "limit": {"type": "integer"},
    }
    assert 1500 in _offered(slow, "Requests slower than 1.5 seconds, the top five.")["min_latency_ms"]


def test_a_format_or_a_country_said_in_words_is_its_code() -> None:
    convert = {
        "path": {"type": "string"},
        "to_format": {"type": "string", "enum": ["pdf", "docx", "md", "txt"]},
    }
    assert _offered(convert, "turn /docs/plan.docx into markdown")["to_format"] == ["md"]
    stream = {"country": {"type": "string", "description": "ISO 3166-1 alpha-2 country code"}}
    assert _offered(stream, "Is it streaming in New Zealand?")["country"] == ["NZ"]
    assert _offered(stream, "Is it streaming in the US?")["country"] == ["US"]


def test_an_array_of_members_holds_each_member_said_at_most_once() -> None:
    """ "vegan dishes" is a list of one member at most: a 135M model otherwise repeats it until its
    tokens run out."""
    props = {
        "dietary": {"type": "array", "items": {"type": "string", "enum": ["vegan", "halal", "kosher"]}},
        "max_price": {"type": "number"},
    }
    schema = {"type": "object", "properties": props, "required": list(props)}
    dietary = request_value_schema(schema, "vegan dishes under 15 dollars")["properties"]["dietary"]
    assert dietary["items"]["enum"] == ["vegan"] and dietary["maxItems"] == 1


def test_a_list_of_addresses_is_not_offered_with_words_around_them() -> None:
    from purpose_react.spans import request_list_values

    strings = {"type": "array", "items": {"type": "string"}}
    lists = request_list_values(strings, "Email ann@x.org and bo@y.org with the subject 'Q3'")
    assert lists == [["ann@x.org", "bo@y.org"]]
    assert request_list_values(strings, "Post it in #ops and ping ann and bo") == [["ann", "bo"]]


def test_a_flags_default_stated_in_its_description_is_read() -> None:
    """ "Include timestamps, default true": a request that mentions the flag sets it to false, as it does
    for a schema's own ``default``; a number's described default is not offered as a value."""
    from purpose_react.values import described_default

    props = {
        "meeting_id": {"type": "string"},
        "include_timestamps": {"type": "boolean", "description": "Include timestamps, default true"},
        "max_lines": {"type": "integer", "description": "Lines to return, default 200"},
    }
    offered = _offered(props, "Transcript of MTG-4410 please, without timestamps.", ["meeting_id"])
    assert offered["include_timestamps"] == [False]
    assert offered.get("max_lines") is None  # not asked for: left out, not offered 200
    assert described_default({"type": "boolean", "description": "Defaults to false."}) is False
    assert described_default({"type": "number", "description": "Cap, default no limit"}) is None
    assert described_default({"type": "string", "enum": ["a", "b"], "description": "default B"}) == "b"


def test_the_calls_own_names_are_no_value() -> None:
    """A request names what it asks for with the tool's and the parameters' words: "emails" for
    ``email_search_inbox`` and "database" for ``database`` are no values, nor is a span opening with the
    call's verb ("scale checkout-api"); a quoted text stays, whatever it holds."""
    strings = {"query": {"type": "string"}, "folder": {"type": "string"}}
    schema = {"type": "object", "properties": strings, "required": ["query"]}
    query = request_value_schema(schema, "find emails that mention invoice", "email_search_inbox")
    assert "invoice" in query["properties"]["query"]["enum"]
    assert "emails" not in query["properties"]["query"]["enum"]
    props = {"database": {"type": "string"}, "service": {"type": "string"}}
    schema = {"type": "object", "properties": props, "required": list(props)}
    offered = request_value_schema(
        schema, "please scale checkout-api and back up the database inventory_prod", "cloud_scale_service"
    )["properties"]
    assert "checkout-api" in offered["service"]["enum"]
    both = offered["service"]["enum"] + offered["database"]["enum"]
    assert not {"database", "scale checkout-api"} & set(both)
    quoted = request_value_schema(schema, 'Scale the service named "database"', "cloud_scale_service")
    assert "database" in quoted["properties"]["service"]["enum"]
    # without the tool's name the spans are as before
    plain = request_value_schema(schema, "find emails that mention invoice")["properties"]
    assert "emails" in plain["database"]["enum"]


def test_a_value_asked_without_its_sign_is_offered_without_it() -> None:
    """ "Account handle without the @": the request's "@northwind_coffee" is offered as "northwind_coffee"."""
    props = {"handle": {"type": "string", "description": "Account handle without the @"}}
    offered = _offered(props, "How did @northwind_coffee do last month?")["handle"]
    assert "northwind_coffee" in offered and not any("@" in v for v in offered)
    plain = _offered({"handle": {"type": "string"}}, "How did @northwind_coffee do?")["handle"]
    assert "@northwind_coffee" in plain


def test_list_items_that_run_on_into_the_request_are_not_offered() -> None:
    """ "transfer tickets T-5512 and T-5513 to maya@x.com": ["T-5512", "T-5513"], not ["tickets T-5512",
    "T-5513 to"], whose last item ends in a word that carries no value."""
    from purpose_react.spans import request_list_values

    strings = {"type": "array", "items": {"type": "string"}}
    lists = request_list_values(strings, "transfer tickets T-5512 and T-5513 to maya@x.com")
    assert lists == [["T-5512", "T-5513"]]


def test_a_value_written_right_before_a_word_of_the_name_is_that_parameters() -> None:
    """ "the inventory_prod database" names the ``database``, "my Sci-fi nights list" the ``list_name``,
    "the Field Museum" the ``museum`` (its capitalised label part of the name); a plain word ("the big
    database"), a request's first word and a clause a comma ends name none."""
    from purpose_react.spans import modified_spans, request_spans

    def modified(name: str, request: str) -> list[str]:
        return modified_spans(name, request, request_spans(request))

    assert modified("database", "Back up the inventory_prod database for 90 days.") == ["inventory_prod"]
    assert modified("list_name", "add Dune to my Sci-fi nights list") == ["Sci-fi nights"]
    assert modified("museum", "2 adult tickets for the Field Museum") == ["Field Museum"]
    assert modified("database", "Back up the big database") == []
    assert modified("database", "Inventory_prod database: back it up") == []
    assert modified("hs_code", "goods declared at 19,685.04 JPY, code 4202.92") == []


def test_the_worst_reviews_first_and_a_decade_in_words() -> None:
    """ "the worst reviews first" is the member ``lowest`` of a review order (a member naming only its
    direction); "from the nineties" is 1990 for a ``decade``, and no number for anything else."""
    from purpose_react.aliases import orders_said
    from purpose_react.dates import request_decades

    members = ["newest", "highest", "lowest"]
    assert orders_said("sort", "Order of reviews", members, "Show me the worst reviews first.") == ["lowest"]
    assert orders_said("sort", "Order of reviews", members, "the best reviews of Blue Fin") == ["highest"]
    assert request_decades("the '80s and the 1990s, or 2010s") == [1980, 1990, 2010]
    assert request_decades("about 90 songs") == []
    props = {"genre": {"type": "string"}, "decade": {"type": "integer"}}
    assert _offered(props, "Find horror films from the nineties")["decade"] == [1990]


def test_a_flag_turned_off_in_words_is_false() -> None:
    """ "dont wait for them to come up" turns ``wait_for_ready`` off, "keep the emails I already got"
    ``delete_existing``; a flag mentioned without such words is left to the model, as before."""
    props = {"service": {"type": "string"}, "wait_for_ready": {"type": "boolean"}}
    offered = _offered(props, "scale checkout-api to 12 replicas, dont wait for them", ["service"])
    assert offered["wait_for_ready"] == [False]
    # the name's function word ("for") is no word of the flag: "no need for a ticket" turns nothing off
    offered = _offered(props, "scale checkout-api, no need for a ticket, wait until ready", ["service"])
    assert offered.get("wait_for_ready") is None
    flag = {"type": "boolean", "description": "Also delete messages already received from this sender"}
    props = {"sender": {"type": "string"}, "delete_existing": flag}
    kept = "unsubscribe me from deals@shop.com but keep the messages i already received"
    assert _offered(props, kept, ["sender"])["delete_existing"] == [False]
    deleted = "unsubscribe me from deals@shop.com and delete the existing messages"
    assert _offered(props, deleted, ["sender"])["delete_existing"] is None  # left to the model


def test_a_greeting_opens_no_value_and_a_date_is_no_reason() -> None:
    """ "Hey team bot, swarm at 3 Orchard Close": no span opens with the greeting; "held since May 21,
    2026" offers no date for a ``reason`` or a ``member``, and still does for a ``deadline``."""
    from purpose_react.spans import request_spans

    spans = request_spans("Hey team bot, swarm at 3 Orchard Close")
    assert "3 Orchard Close" in spans and not any(s.startswith("Hey") for s in spans)
    props = {"shipment": {"type": "string"}, "reason": {"type": "string"}}
    offered = _offered(props, "Release shipment SH-4411, held since May 21, 2026 as licence required")
    assert "May 21, 2026" not in offered["reason"] and "licence required" in offered["reason"]
    dated = _offered({"deadline": {"type": "string"}}, "Finish the report by May 21, 2026")
    assert "May 21, 2026" in dated["deadline"]
    # a day of a month without its year is a date too ("29 Jan"), and "Mayfair" no month
    member = _offered({"member": {"type": "string"}}, "Book the kiln on 29 Jan for Wren, from Mayfair 21")
    assert "29 Jan" not in member["member"] and "Mayfair 21" in member["member"]


def test_an_abbreviation_in_capitals_names_the_word_it_shortens() -> None:
    """ "0 TD, 2 INT" are touchdowns and interceptions; a unit in small letters ("44.57 mL") is the unit's
    word, not a name that happens to hold its letters (``titrant_molarity``)."""
    passing = {
        "completions": {"type": "integer"},
        "attempts": {"type": "integer"},
        "yards": {"type": "integer"},
        "touchdowns": {"type": "integer"},
        "interceptions": {"type": "integer"},
    }
    bound = number_ties(passing, "21/50, 496 yds, 0 TD, 2 INT -- rating?")[0]
    assert bound["touchdowns"] == 0 and bound["interceptions"] == 2
    titration = {
        "titrant_molarity": {"type": "number"},
        "titrant_ml": {"type": "number"},
        "sample_ml": {"type": "number"},
    }
    bound = number_ties(titration, "44.57 mL of 0.471 M NaOH neutralised 48.6 mL of acid.")[0]
    assert bound.get("titrant_molarity") != 44.57 and bound.get("titrant_molarity") != 48.6


def test_a_name_or_a_code_does_not_run_on_past_a_comma_an_address_may() -> None:
    """ "ship 40 teapots, gross weight 12 kg": the item is "teapots", not "teapots, gross weight"; an
    address keeps its comma ("Flat 2, 88 High Street")."""
    item = {"item": {"type": "string", "description": "goods description"}}
    assert not any(", " in v for v in _offered(item, "Invoice line: 40 teapots, gross weight 12 kg")["item"])
    address = {"address": {"type": "string"}}
    assert (
        "Flat 2, 88 High Street" in _offered(address, "Collect from Flat 2, 88 High Street today")["address"]
    )


def test_a_name_does_not_open_with_a_function_word_a_quoted_value_may() -> None:
    """ "Print it in PETG at 0.2 mm": the filament is offered "PETG", never "in PETG"; a quoted word is
    the value whatever it is ("replace 'the' with 'a'")."""
    filament = {"filament": {"type": "string"}}
    assert not any(v.startswith("in ") for v in _offered(filament, "Print it in PETG at 0.2 mm")["filament"])
    swap = {"find": {"type": "string"}, "replace_with": {"type": "string"}}
    offered = _offered(swap, "In 'slow and steady', replace 'and' with 'or'")
    assert "and" in offered["find"] and "or" in offered["replace_with"]
