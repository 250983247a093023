"""Dates and clock times a request gives, in the form a tool's parameter asks for.

People write "March 3rd, 2024", "3 Mar 2024", "03/03/2024" or "3pm"; a tool's parameter says
``YYYY-MM-DD`` or ``HH:MM``. The values lesson (:mod:`purpose_react.values`) narrows a string to spans of
the request, which cannot hold "2024-03-03" when the request wrote "March 3, 2024": for a parameter that
names a date or time format, the dates and times the request gives are offered written in that format.
Only what the request says is read: no year is guessed for "March 3", no "tomorrow" is resolved.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from purpose_react.words import name_words

_SPELLINGS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)  # fmt: skip
MONTH_NAMES = tuple(names[0] for names in _SPELLINGS)
"""The months' full names, lower-case, January first."""
_MONTHS = {name: i for i, names in enumerate(_SPELLINGS, 1) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_SPELLED = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),  # March 3rd, 2024
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 3rd of March 2024
]
#: Holidays held on one date every year, and that date ("Christmas Day 2025", "the Fourth of July, 2021");
#: read with the year written after them only, as a month is: no year is guessed.
_HOLIDAYS = {
    r"new\s+year'?s?\s+day": (1, 1), r"new\s+year'?s?\s+eve": (12, 31), r"valentine'?s?\s+day": (2, 14),
    r"st\.?\s+patrick'?s?\s+day|saint\s+patrick'?s?\s+day": (3, 17), r"bastille\s+day": (7, 14),
    r"(?:the\s+)?fourth\s+of\s+july|july\s+(?:the\s+)?fourth|independence\s+day\s+\(us\)": (7, 4),
    r"halloween": (10, 31), r"christmas\s+eve": (12, 24), r"christmas(?:\s+day)?": (12, 25),
    r"boxing\s+day": (12, 26), r"all\s+saints'?\s+day": (11, 1), r"guy\s+fawkes\s+night": (11, 5),
}  # fmt: skip
_HOLIDAY = re.compile(
    r"\b(?P<holiday>" + "|".join(f"(?:{h})" for h in _HOLIDAYS) + r")(?:\s+of|\s+in)?,?\s+" + _YEAR + r"\b",
    re.IGNORECASE,
)


def _holiday(name: str) -> tuple[int, int]:
    return next(day for pattern, day in _HOLIDAYS.items() if re.fullmatch(pattern, name, re.IGNORECASE))


_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)  # March 2024
_ISO = re.compile(r"\b(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})\b")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<year>\d{4}|\d{2})\b")
_CLOCK = re.compile(
    r"(?<![\w.:])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[ap])\.?\s?m\b\.?|\b(?P<h24>\d{1,2}):(?P<m24>\d{2})\b"
    r"|\b(?P<hmil>[01]\d|2[0-3])(?P<mmil>[0-5]\d)\s?(?:hours|hrs|h)\b",  # "2110 hours", "0930h"
    re.IGNORECASE,
)
_NAMED_TIMES = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}
#: What a parameter's description may spell its format with.
_PATTERN = re.compile(
    r"\b((?:YYYY-MM-DD|YYYY/MM/DD|MM/DD/YYYY|DD/MM/YYYY|DD-MM-YYYY|DD\.MM\.YYYY)(?:[ T]HH:MM(?::SS)?)?"
    r"|YYYY-MM|HH:MM(?::SS)?)\b"
)


#: An example date, or date and time, a description writes in ISO 8601 ("e.g. '2025-01-31T09:00'"): the
#: separator before the time, the time, its seconds.
_EXAMPLE = re.compile(r"(?<![\d-])\d{4}-[01]\d-[0-3]\d(?:([T ])([0-2]\d:[0-5]\d)(:[0-5]\d)?)?(?![\d:])")


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def request_dates(text: str) -> list[date]:
    """The calendar dates the request gives, in order: spelled ("March 3rd, 2024", "3 Mar 2024", a
    fixed holiday and its year: "Christmas Day 2025"),
    ISO-like ("2024-03-03") and numeric ("03/04/2024": both readings when day and month could swap,
    month first; a two-digit year is 20xx)."""
    found: list[tuple[int, date]] = []
    for pattern in _SPELLED:
        for m in pattern.finditer(text):
            when = _valid(int(m["year"]), _MONTHS[m["month"].casefold()], int(m["day"]))
            if when is not None:
                found.append((m.start(), when))
    for m in _HOLIDAY.finditer(text):
        month, day = _holiday(m["holiday"])
        found.append((m.start(), date(int(m["year"]), month, day)))
    for m in _ISO.finditer(text):
        when = _valid(int(m["year"]), int(m["month"]), int(m["day"]))
        if when is not None:
            found.append((m.start(), when))
    for m in _NUMERIC.finditer(text):
        year = int(m["year"]) + (2000 if len(m["year"]) == 2 else 0)
        a, b = int(m["a"]), int(m["b"])
        for month, day in ((a, b), (b, a)):
            when = _valid(year, month, day)
            if when is not None:
                found.append((m.start(), when))
    return list(dict.fromkeys(when for _, when in sorted(found, key=lambda f: f[0])))


#: A day of a month written without its year ("29 Jan", "May 21st", "3rd of March").
_NAMED_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_NAMED_MONTH}|{_NAMED_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?",
    re.IGNORECASE,
)


def is_day_of_month(text: str) -> bool:
    """Whether ``text`` is only a day of a month, written without its year ("29 Jan", "May 21st")."""
    return _DAY_MONTH.fullmatch(text) is not None


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where the request writes a calendar date or a month of a year (start, end), in any of the forms
    :func:`request_dates` and :func:`request_months` read."""
    patterns = [*_SPELLED, _HOLIDAY, _MONTH_YEAR, _ISO, _NUMERIC]
    return sorted({m.span() for pattern in patterns for m in pattern.finditer(text)})


def request_months(text: str) -> list[tuple[int, int]]:
    """``(year, month)`` of every month the request names with its year ("March 2024"), and of its dates."""
    named = _MONTH_YEAR.finditer(text)
    months = sorted((m.start(), int(m["year"]), _MONTHS[m["month"].casefold()]) for m in named)
    out = [(year, month) for _, year, month in months] + [(d.year, d.month) for d in request_dates(text)]
    return list(dict.fromkeys(out))


def request_month_numbers(text: str) -> list[int]:
    """The number of every month the request names, alone or in a date ("starts in December": 12); an
    abbreviation only capitalised ("Dec"), and "May" only inside a sentence (at its start, and in lower
    case, it is as often the verb)."""
    found: list[int] = []
    for m in re.finditer(r"\b[A-Za-z]{3,9}\b", text):
        word = m.group()
        if word.casefold() not in _MONTHS:
            continue
        if word.casefold() == "may":
            starts = text[: m.start()].rstrip()[-1:] in ("", ".", "!", "?")
            if word != "May" or starts:
                continue
        elif len(word) <= 4 and not word[0].isupper():
            continue
        found.append(_MONTHS[word.casefold()])
    return list(dict.fromkeys(found))


def request_times(text: str) -> list[tuple[int, int]]:
    """``(hour, minute)`` of every clock time the request gives: "3pm", "3:30 p.m.", "15:00", "2110 hours",
    "noon"."""
    found: list[tuple[int, tuple[int, int]]] = []
    for m in _CLOCK.finditer(text):
        if m["h24"] is not None:
            hour, minute = int(m["h24"]), int(m["m24"])
        elif m["hmil"] is not None:
            hour, minute = int(m["hmil"]), int(m["mmil"])
        else:
            hour = int(m["hour"]) % 12 + (12 if m["half"].casefold() == "p" else 0)
            minute = int(m["minute"] or 0)
        if hour < 24 and minute < 60:
            found.append((m.start(), (hour, minute)))
    for word, hm in _NAMED_TIMES.items():
        found += [(m.start(), hm) for m in re.finditer(rf"\b{word}\b", text, re.IGNORECASE)]
    return list(dict.fromkeys(hm for _, hm in sorted(found, key=lambda f: f[0])))


def _name_words(name: str) -> list[str]:
    """A parameter name's words, case-folded (``checkInDate``: check, in, date)."""
    return [w.casefold() for w in name_words(name)]


def date_pattern(name: str, prop: dict[str, Any]) -> tuple[str, bool] | None:
    """The date or time format a string parameter asks for, and whether its schema states it: a pattern
    its description spells ("YYYY-MM-DD", "HH:MM") or ``format: date``/``time`` (stated), or a name that
    says date (ISO, the likeliest; not stated, so the request's own words stay possible too)."""
    spelled = _PATTERN.search(str(prop.get("description", "")))
    if spelled:
        return spelled.group(1), True
    shown = _EXAMPLE.search(str(prop.get("description", "")))
    if shown:  # "ISO 8601, e.g. '2025-01-31T09:00'": the format its example is written in
        sep, clock, secs = shown.group(1), shown.group(2), shown.group(3)
        return "YYYY-MM-DD" + (f"{sep}HH:MM" + (":SS" if secs else "") if clock else ""), True
    fmt = prop.get("format")
    if fmt == "date":
        return "YYYY-MM-DD", True
    if fmt == "time":
        return "HH:MM:SS", True
    words = _name_words(name)
    if words and words[-1] in ("date", "dob", "birthday", "deadline"):
        return "YYYY-MM-DD", False
    return None


def _written(day: date, pattern: str) -> str:
    fields = {"YYYY": f"{day.year:04d}", "MM": f"{day.month:02d}", "DD": f"{day.day:02d}"}
    return re.sub(r"YYYY|MM|DD", lambda m: fields[m.group()], pattern)


def in_pattern(pattern: str, text: str) -> list[str]:
    """Every date or time ``text`` gives, written in ``pattern`` (see :func:`date_pattern`)."""
    if pattern.startswith("HH"):
        seconds = pattern.endswith(":SS")
        return [f"{h:02d}:{m:02d}" + (":00" if seconds else "") for h, m in request_times(text)]
    if pattern == "YYYY-MM":
        return [f"{y:04d}-{m:02d}" for y, m in request_months(text)]
    day_part, sep, time_part = pattern, "", ""
    if "HH" in pattern:
        at = pattern.index("HH")
        day_part, sep, time_part = pattern[: at - 1], pattern[at - 1], pattern[at:]
    days = [_written(d, day_part) for d in request_dates(text)]
    if not time_part:
        return days
    # a date and a time ("YYYY-MM-DD HH:MM"): every date the request gives at every time it gives
    return [f"{day}{sep}{clock}" for day in days for clock in in_pattern(time_part, text)]


#: Name words that make a date parameter the start or the end of a range (``start_date``/``end_date``,
#: ``first_day``/``last_day``, ``check_in``/``check_out``, ``date_from``/``date_to``).
_STARTS = frozenset({"start", "begin", "from", "first", "since", "earliest", "arrival", "checkin", "open"})
_ENDS = frozenset({"end", "until", "till", "to", "last", "through", "latest", "return", "checkout", "close"})


def _end_of_range(name: str, other: str) -> bool | None:
    """Whether ``name`` is a range's end (True), its start (False) or neither (None); ``departure`` is
    the start beside a ``return`` and the end beside an ``arrival``."""
    words = set(_name_words(name))
    if {"check", "in"} <= words or {"check", "out"} <= words:
        words.add("checkin" if "in" in words else "checkout")
    if "departure" in words:
        others = _name_words(other)
        words.add("from" if "return" in others else "to" if "arrival" in others else "")
    start, end = bool(words & _STARTS), bool(words & _ENDS)
    return None if start == end else end


def range_ends(properties: dict[str, Any], request: str) -> dict[str, str]:
    """The date a range's start and end parameters each take when the request gives two: the first
    written for the start, the second for the end, written as each parameter asks ("parental leave from
    18 June 2026 to the 7th of September 2026": ``first_day`` 2026-06-18, ``last_day`` 2026-09-07; "days
    between 2025-09-01 and 2025-01-31" counts from the first, as the request orders them). Nothing when
    the request gives another number of dates, or the schema has not exactly one start and one end of
    day-only format."""
    dated = {}
    for name, prop in properties.items():
        asked = date_pattern(name, prop) if isinstance(prop, dict) and prop.get("type") == "string" else None
        if asked is not None and "YYYY" in asked[0] and "DD" in asked[0] and "HH" not in asked[0]:
            dated[name] = asked[0]
    days = request_dates(request)  # in the order written, each once
    if len(dated) != 2 or len(days) != 2:
        return {}
    a, b = dated
    ends = {a: _end_of_range(a, b), b: _end_of_range(b, a)}
    if set(ends.values()) != {True, False}:
        return {}
    return {name: _written(days[-1] if end else days[0], dated[name]) for name, end in ends.items()}


_DECADE_WORDS = {
    word: 1900 + 10 * i
    for i, word in enumerate(
        "twenties thirties forties fifties sixties seventies eighties nineties".split(), 2
    )
}
_DECADE = re.compile(
    r"\b(?:the\s+)?(?:(?P<full>(?:1[5-9]|20)\d0)'?s|'?(?P<short>[2-9]0)'?s|(?P<word>"
    + "|".join(_DECADE_WORDS)
    + r"))\b",
    re.IGNORECASE,
)


def request_decades(text: str) -> list[int]:
    """The first years of the decades a request names: "the nineties" and "the '90s" 1990, "the 2010s"
    2010 (a two-digit or worded decade is of the 1900s, as people say them: "the twenties" of an age is
    a parameter no decade names)."""
    out = []
    for m in _DECADE.finditer(text):
        if m["full"]:
            out.append(int(m["full"]))
        elif m["short"]:
            out.append(1900 + int(m["short"]))
        else:
            out.append(_DECADE_WORDS[m["word"].casefold()])
    return list(dict.fromkeys(out))
