"""IANA time zone names a request gives by a city ("3:30 pm in New York" for ``America/New_York``).

A tool that converts times or schedules across zones asks for ``America/New_York`` or ``Asia/Tokyo``;
people write the city. A span of the request cannot hold the zone's name, so the values lesson
(:mod:`purpose_react.values`) offered spans that could never be right. For a parameter that asks for a
time zone, the zones whose city the request names are offered instead, in the request's order. The
names come from the time zone database itself (:func:`zoneinfo.available_timezones`, with the
``tzdata`` package where the system has none), plus a few large cities that share a zone named for
another one ("San Francisco" keeps ``America/Los_Angeles``' time). A zone written as itself
("Europe/Berlin", "UTC") counts too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from purpose_react.words import name_words

#: Large cities that are not a zone's own name, and the zone whose time they keep.
_CITIES = {
    "San Francisco": "America/Los_Angeles", "Seattle": "America/Los_Angeles",
    "San Diego": "America/Los_Angeles", "Las Vegas": "America/Los_Angeles",
    "Boston": "America/New_York", "Washington": "America/New_York", "Miami": "America/New_York",
    "Atlanta": "America/New_York", "Philadelphia": "America/New_York", "Houston": "America/Chicago",
    "Dallas": "America/Chicago", "Austin": "America/Chicago", "Montreal": "America/Toronto",
    "Ottawa": "America/Toronto", "Beijing": "Asia/Shanghai", "Shenzhen": "Asia/Shanghai",
    "Mumbai": "Asia/Kolkata", "Delhi": "Asia/Kolkata", "New Delhi": "Asia/Kolkata",
    "Bangalore": "Asia/Kolkata", "Bengaluru": "Asia/Kolkata", "Osaka": "Asia/Tokyo", "Kyoto": "Asia/Tokyo",
    "Munich": "Europe/Berlin", "Frankfurt": "Europe/Berlin", "Hamburg": "Europe/Berlin",
    "Barcelona": "Europe/Madrid", "Milan": "Europe/Rome", "Geneva": "Europe/Zurich",
    "Edinburgh": "Europe/London", "Manchester": "Europe/London", "Saint Petersburg": "Europe/Moscow",
    "St Petersburg": "Europe/Moscow", "Rio de Janeiro": "America/Sao_Paulo",
    "Canberra": "Australia/Sydney", "Cape Town": "Africa/Johannesburg", "Hanoi": "Asia/Bangkok",
    "Abu Dhabi": "Asia/Dubai", "Tel Aviv": "Asia/Jerusalem", "Wellington": "Pacific/Auckland",
}  # fmt: skip


#: Areas whose last part is no city a request would name for its time: legacy regions ("US/Eastern",
#: "Australia/North"), research stations, small towns of a state's counties ("Indiana/Knox").
_NOT_CITIES = frozenset(
    "Etc SystemV US Canada Brazil Mexico Chile Antarctica America/Indiana America/Kentucky "
    "America/North_Dakota".split()
)


#: Zone cities that are also ordinary words, holidays or regions ("on Christmas", "Wake me", "South").
_WORDS = frozenset(
    "christmas easter wake resolute center reunion midway stanley dawson palmer davis north south west act "
    "nsw lhi queensland tasmania victoria yancowinna".split()
)


#: A parameter that asks for a time zone, by its name or its description.
_ASKS_ZONE = re.compile(r"\b(?:tz|timezone|time[\s_-]zone|zone|iana)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Each way a zone is written in a request (its city, its name) -> the zone's IANA name."""
    try:
        import zoneinfo

        names = zoneinfo.available_timezones()
    except Exception:  # no database: no zone is offered, and the parameter's spans stay as they were
        names = set()
    out = {name: name for name in names if "/" in name or name in ("UTC", "GMT")}
    for name in sorted(names):
        area, _, city = name.rpartition("/")
        if area and area not in _NOT_CITIES and city.casefold() not in _WORDS:
            out.setdefault(city.replace("_", " "), name)
    out.update({city: zone for city, zone in _CITIES.items() if zone in names})
    return out


def zones_said(name: str, prop: dict[str, Any], request: str) -> list[str]:
    """For a string parameter asking for a time zone (``from_tz``, "IANA time zone"), the IANA names of the
    zones whose city the request names, in the request's order; empty for any other parameter."""
    asks = " ".join([*name_words(name), str(prop.get("description") or "")])
    if not _ASKS_ZONE.search(asks) or {"enum", "format", "pattern"} & set(prop):
        return []
    found: list[tuple[int, int, str]] = []
    folded = request.casefold()
    for written, zone in _zones().items():
        if written.casefold() in folded:
            pattern = r"(?<![\w/])" + re.escape(written).replace(r"\ ", r"[\s_-]+") + r"(?![\w/])"
            found += [(m.start(), -len(written), zone) for m in re.finditer(pattern, request, re.IGNORECASE)]
    # a city inside a longer name found at the same place is that name's ("York" in "New York")
    taken: list[tuple[int, int]] = []
    out: list[str] = []
    for start, minus_length, zone in sorted(found):
        end = start - minus_length
        if any(s <= start and end <= e for s, e in taken):
            continue
        taken.append((start, end))
        out.append(zone)
    return list(dict.fromkeys(out))
