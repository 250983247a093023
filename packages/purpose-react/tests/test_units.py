"""A value the request gives in another unit than the parameter takes (purpose_react.units), and the values
lesson's narrowed schema offering it converted."""

from __future__ import annotations

from typing import Any

import pytest
from purpose_react.units import amounts, in_parameter_units, parameter_unit, unit_of
from purpose_react.values import request_value_schema


def _offered(properties: dict[str, Any], request: str, required: list[str] | None = None) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties, "required": required or list(properties)}
    narrowed = request_value_schema(schema, request)
    return {name: prop.get("enum") for name, prop in narrowed["properties"].items()}


@pytest.mark.parametrize(
    ("name", "description", "unit"),
    [
        ("length_m", "", "m"),
        ("cargo_weight_kg", "", "kg"),
        ("loan_term_months", "", "months"),
        ("days", "", "days"),
        ("distance", "Distance in kilometres.", "km"),
        ("load", "Load (kg).", "kg"),
        ("resistance_ohms", "", "ohm"),
        ("capacitance", "Capacitance in farads", "farad"),
    ],
)
def test_a_parameter_says_its_unit_by_name_or_description(name: str, description: str, unit: str) -> None:
    assert parameter_unit(name, {"description": description}) == unit_of(unit) is not None


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("hours_per_day", ""),  # a rate
        ("start_day", ""),  # a position on the calendar, no length of time
        ("month", ""),
        ("speed", "Speed in km/h."),
        ("temperature_c", ""),  # an offset scale: never converted
        ("count", "How many."),
    ],
)
def test_rates_calendar_positions_and_unitless_parameters_take_no_unit(name: str, description: str) -> None:
    assert parameter_unit(name, {"description": description}) is None


def test_only_exact_ratios_of_one_kind_convert() -> None:
    metres = unit_of("m")
    assert metres is not None
    given = amounts("a beam 250 cm long and 3 kg heavy")
    assert in_parameter_units(metres, given, [250, 3]) == {250.0: 2.5}
    months, days = unit_of("months"), unit_of("days")
    assert months is not None and days is not None
    assert in_parameter_units(months, amounts("over 2 years"), [2]) == {2.0: 24.0}
    assert in_parameter_units(days, amounts("over 2 months"), [2]) == {}  # a month is no fixed count of days
    assert in_parameter_units(metres, amounts("4 cm here, 4 km there"), [4]) == {}  # which 4 is not known
    assert unit_of("kΩ") == (unit_of("ohm")[0], 1000.0)  # type: ignore[index]
    assert unit_of("µF") == (unit_of("farad")[0], 1e-6)  # type: ignore[index]
    assert unit_of("F") is None and unit_of("A") is None  # bare letters, not units


def test_the_narrowed_schema_offers_the_value_in_the_parameters_unit() -> None:
    assert _offered({"spring_k": {"type": "number"}, "compression_m": {"type": "number"}},
                    "A spring with k = 200 is compressed by 6 cm.")["compression_m"] == [0.06]  # fmt: skip
    assert _offered({"mass_kg": {"type": "number"}}, "Ship 2.5 tonnes of steel.") == {"mass_kg": [2500]}
    term = _offered({"amount": {"type": "number"}, "term_months": {"type": "integer"}},
                    "Borrow 9,000 over three years.")["term_months"]  # fmt: skip
    assert 36 in term and 3 not in term
    rc = _offered({"r_ohms": {"type": "number"}, "c_farads": {"type": "number"}},
                  "Time constant of 2.2 kilohm and 100 µF?")  # fmt: skip
    assert rc == {"r_ohms": [2200], "c_farads": [0.0001]}
    # written in the parameter's own unit, or in no unit: as written
    assert _offered({"mass_kg": {"type": "number"}}, "Ship 80 kg of steel.") == {"mass_kg": [80]}
    assert _offered({"mass_kg": {"type": "number"}}, "Ship 80 of them.") == {"mass_kg": [80]}


def test_a_span_of_time_said_with_an_article_is_a_value() -> None:
    properties = {
        "watts": {"type": "number"},
        "hours_per_day": {"type": "number"},
        "days": {"type": "integer", "description": "Days to cover (default 30).", "default": 30},
    }
    request = "A 900 W heater runs 5 hours a day. What does it use in a week?"
    offered = _offered(properties, request, ["watts"])
    assert offered["days"][0] == 7 and offered["hours_per_day"] == [5]
    offered = _offered(properties, "A 900 W heater runs 5 hours a day. What does it use?", ["watts"])
    assert offered.get("days") in (None, [30])  # "a day" is a rate here, not a span


def test_a_position_with_hemispheres_is_read_signed() -> None:
    """South and west are negative latitudes and longitudes; only a pair is read so ("5 W" is watts)."""
    from purpose_react.numbers import _numeric

    assert _numeric("We left 36.85 N, 75.98 W at dawn.") == "We left 36.85 N, -75.98 W at dawn."
    assert _numeric("Cape Town is at 33.9°S 18.4°E.") == "Cape Town is at -33.9 S 18.4 E."
    assert _numeric("a 5 W bulb") == "a 5 W bulb"
    props = {"lat": {"type": "number"}, "lon": {"type": "number"}}
    offered = _offered(props, "Weather at 41.9 S, 12.5 W?")
    assert -41.9 in offered["lat"] and -12.5 in offered["lon"] and 12.5 not in offered["lon"]


def test_a_value_converted_once_is_not_read_again_in_another_unit() -> None:
    """In "2 km, or was it 2000 cm?" 2 km is 2000 m, and that 2000 is no longer the request's "2000 cm"
    (converted a second time it became 20, and the 2 km was lost)."""
    distance = {"distance_m": {"type": "number", "description": "Distance in metres"}}
    assert sorted(_offered(distance, "Log a walk: 2 km, or was it 2000 cm?")["distance_m"]) == [20, 2000]
