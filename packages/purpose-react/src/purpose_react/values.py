"""The values lesson in the grammar: which values a request gives, and a tool schema narrowed to them.

A 135M model fills a call's arguments from anywhere: a number from the wrong part of the request, a date's
digits as a count, a made-up season, the first enum member. Once the lesson "fill each argument with a
value the request gives" has passed replay, the strategy decodes the call under a copy of the tool's
schema whose values may only be ones the request gives, placed where the request's words point.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Any

from purpose_react.aliases import aliases_said, codes_said, orders_said, with_members
from purpose_react.dates import (
    MONTH_NAMES,
    date_pattern,
    date_spans,
    in_pattern,
    range_ends,
    request_decades,
    request_month_numbers,
    request_times,
)
from purpose_react.units import (
    amounts,
    foreign_values,
    in_parameter_units,
    parameter_unit,
    spans_of_time,
    unit_of,
)
from purpose_react.words import name_words

_REQUEST_NUMBER = re.compile(
    r"(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\w.])-?(?:\d+(?:\.\d+)?|\.\d+)"
)
#: Words a request may count with, read in place as digits by :func:`_numeric` ("for three nights" binds
#: ``nights`` like "for 3 nights"; "twenty-one" is 21, "two hundred and fifty" 250, "2 million" 2000000).
_UNIT_WORDS = {
    w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}  # fmt: skip
_TENS_WORDS = {
    w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_SCALE_WORDS = {
    "hundred": 100, "dozen": 12, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}  # fmt: skip
#: Counting words that are not read in place ("one of them", "a double room", "twice a week"): extra
#: values only, after the request's other numbers.
_NUMBER_WORDS = {"zero": 0, "one": 1, "once": 1, "twice": 2, "thrice": 3, "double": 2, "triple": 3}
#: Ordinal words, read as extra values too ("the fifth Fibonacci number"); not "first" and "second", which
#: order a sentence ("first, ...") or count time more often than they give a value.
_ORDINAL_WORDS = {
    w: i for i, w in enumerate(
        "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 3
    )
}  # fmt: skip
#: "2 and a half", "a couple of", "a pair of": values said without a number of their own.
_HALF_MORE = re.compile(r"(?<![\w.])(\d+)\s+and\s+a\s+half\b", re.IGNORECASE)
_ONE_AND_A_HALF = re.compile(r"\ban?\s+([A-Za-z]+)\s+and\s+a\s+half\b", re.IGNORECASE)
_TWO_OF = re.compile(r"\ba\s+(?:couple|pair)\s+of\b", re.IGNORECASE)
#: A negative number said in words: "minus 5", "negative 3.5", "5 below zero" (offered signed as well).
_SAID_NEGATIVE = re.compile(
    r"\b(?:minus|negative)\s+(\d+(?:\.\d+)?)\b|(?<![\w.])(\d+(?:\.\d+)?)\s+(?:degrees\s+)?below\s+zero\b",
    re.IGNORECASE,
)


#: Digits that are part of a date, a clock time or an identifier ("2025-05-03", "15:00", "SKU-1042"): a
#: string parameter copies them whole, and read as numbers they end up as a count of passengers or minutes.
_NOT_A_NUMBER = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|\b[A-Za-z]+[-#]\d[\w-]*"
)
#: The number of a unit written with a slash ("8.9 L/100km", "170.7 seconds/100"; not "f/4.2"): it says
#: what the value is counted in, and offered as a value it fills ``seconds_per_100`` with 100.
_UNIT_NUMBER = re.compile(r"(?<=[A-Za-z]{2}/)\d+(?:\.\d+)?|(?<=[A-Za-z]/)\d+(?:\.\d+)?(?=[A-Za-z])")


_SUPERSCRIPTS = str.maketrans("\u00b2\u00b3", "23")
#: The power of a unit written with a caret, "m/s^2", "20 m^2", "cm^3": part of the unit, no amount ("m²"
#: is "m2", whose 2 is read as no number already); a letter that is no unit keeps it ("x^2").
_UNIT_POWER = re.compile(r"(?<![A-Za-z])([mskg]|cm|mm|km|ft|in|yd|mi|sec|hr)(\^[-+]?\d+)\b")


@lru_cache(maxsize=64)
def _numeric(text: str) -> str:
    """The request as the number readers see it: dates, clock times, identifiers and the numbers of units
    blanked, and numbers said in words or with a scale word written as digits, in place (so their
    neighbouring words still name them). Cached: every number reader of one request reads the same text."""
    text = text.translate(_SUPERSCRIPTS)  # "51.9 m³" is "51.9 m3", as a name writes it (``cargo_m3``)
    text = _NOT_A_NUMBER.sub(lambda m: " " * len(m.group()), text)
    text = _UNIT_NUMBER.sub(lambda m: " " * len(m.group()), text)
    text = _UNIT_POWER.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    text = _SCIENTIFIC.sub(_unscientific, text)
    text = _SUFFIXED.sub(_unsuffixed, text)
    text = _SCALED_DIGITS.sub(
        lambda m: _digits(float(m.group(1).replace(",", "")) * _SCALE_WORDS[m.group(2).casefold()]), text
    )
    for start, end, value in reversed(_word_numbers(text)):
        text = text[:start] + _digits(value) + text[end:]
    # "five and a half hours" is 5.5 hours: read as 5 with "and a half" a stray word, its 5 was a count
    # the words before it named ("Twelve 400-watt panels getting five and a half sun hours": 5 panels)
    text = _HALF_MORE.sub(lambda m: _digits(int(m.group(1)) + 0.5), text)
    text = _ONE_AND_A_HALF.sub(r"1.5 \1", text)  # "an hour and a half" is 1.5 hours
    text = _COORDINATES.sub(_signed_coordinates, text)
    return _WORD_SIGN.sub(lambda m: _word_sign(text, m), text)


#: A position written as a latitude and a longitude with their hemispheres ("36.85 N, 75.98 W", "33.9°S
#: 18.4°E"): south and west are the negative values a latitude or longitude parameter takes. Only a pair
#: is read so: "5 W" alone is five watts.
_HEMISPHERE = r"(-?\d+(?:\.\d+)?)\s?°?\s?({})\b"
_COORDINATES = re.compile(
    _HEMISPHERE.format("[NS]|[Nn]orth|[Ss]outh")
    + r"(\s*[,;/]?\s*(?:and\s+)?)"
    + _HEMISPHERE.format("[EW]|[Ee]ast|[Ww]est")
)


def _signed_coordinates(m: re.Match[str]) -> str:
    def signed(number: str, side: str) -> str:
        negative = side[0] in "SsWw" and not number.startswith("-")
        return ("-" if negative else "") + number

    lat, lat_side, gap, lon, lon_side = m.groups()
    return f"{signed(lat, lat_side)} {lat_side}{gap}{signed(lon, lon_side)} {lon_side}"


#: A sign said in words before a number ("minus forty degrees", "negative 3.5") or after it ("5 below
#: zero"), written as the minus it means, so every number reader sees the signed value in place and binds
#: it where the request's words point, as for "-40"; an unsigned 40 is not a value such a request gives.
_WORD_SIGN = re.compile(
    r"(?<![\w.])(?:(minus|negative)\s+(?=\d)|(?<!-)(?=(\d+(?:\.\d+)?)\s+(?:degrees\s+)?below\s+zero\b))",
    re.IGNORECASE,
)
_PLUS_OR = re.compile(r"\bplus\s+or\s+$", re.IGNORECASE)


def _word_sign(text: str, m: re.Match[str]) -> str:
    """``-`` for a word that signs the number after it; the word itself where it may be an operator
    ("10 minus 4", "(a) minus 2": that 4 stays unsigned, and is offered signed too, see
    :func:`request_numbers`) or a tolerance ("plus or minus 0.5 mm")."""
    word = m.group(1)
    if word is None:
        return "-"  # before "5 below zero": an empty match, the sign goes in front of the number
    operates = _minus_may_operate(text, m.start()) or _PLUS_OR.search(text, 0, m.start())
    if word.casefold() == "minus" and operates:
        return m.group(0)
    return "-"


_SCALED_DIGITS = re.compile(
    rf"(?<![\w.])(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+({'|'.join(_SCALE_WORDS)})\b",
    re.IGNORECASE,
)


#: A number in scientific notation, read as its value: "1.6e-19", "6.02 x 10^23", "3*10**8", and a bare
#: power of ten with a negative exponent ("10^-6"; "10^3" may be a power's base and exponent).
_SCIENTIFIC = re.compile(
    r"(?<![\w.])(?:(-?\d+(?:\.\d+)?)(?:[eE]([-+]?\d+)\b|\s*(?:[x\u00d7*\u00b7]|times)\s*10\s*(?:\^|\*\*)\s*"
    r"([-+\u2212]?\d+))|10\s*(?:\^|\*\*)\s*([-\u2212]\d+))"
)


def _unscientific(m: re.Match[str]) -> str:
    mantissa, exponent = (
        m.group(1) or "1",
        int((m.group(2) or m.group(3) or m.group(4)).replace("\u2212", "-")),
    )
    if abs(exponent) > 300:  # past a float's range: no value to offer (JSON has no infinity)
        return m.group()
    return format(Decimal(mantissa).scaleb(exponent).normalize(), "f")


#: A number with a scale suffix: "2k" and "1.5K" always; "$3.4M", "€2bn", "£1.2b" only after a currency
#: sign, since "5m" and "4B" are more often metres and a room.
_SUFFIXED = re.compile(r"(?<![\w.])([$€£¥]\s?)?(\d+(?:\.\d+)?)(k|K|m|M|mn|bn|BN|b|B)\b")
_SUFFIX_SCALE = {"k": 10**3, "m": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9}


def _unsuffixed(m: re.Match[str]) -> str:
    currency, number, suffix = m.group(1) or "", m.group(2), m.group(3).casefold()
    if suffix != "k" and not currency:
        return m.group()
    return currency + _digits(float(number) * _SUFFIX_SCALE[suffix])


def _digits(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _word_numbers(text: str) -> list[tuple[int, int, float]]:
    """Numbers written in words, as (start, end, value): a run of number words joined by spaces or
    hyphens ("twenty-one", "one hundred and five", "a dozen"). A unit after a unit starts a new number
    ("one two three" is three numbers, not six), and "and" joins only after a scale ("two and three" is
    two numbers). "zero" and "one" alone are not read in place ("one of them", "months to zero",
    "one-way"): they stay extra values (:data:`_NUMBER_WORDS`)."""
    words = list(re.finditer(r"[A-Za-z]+", text))
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(words):
        total = current = 0.0
        last = ""  # what the run ended with so far: "", "a", "unit", "tens" or "scale"
        end, j, counted = -1, i, ""
        while j < len(words):
            word = words[j].group().casefold()
            if j > i and not _joins(text[words[j - 1].end() : words[j].start()]):
                break
            step = _number_step(
                word, last, current, j == i and j + 1 < len(words) and _is_scale(words[j + 1])
            )
            if step is None:
                break
            last = step
            if step == "a":
                current = 1.0
            elif step == "unit":
                current += _UNIT_WORDS[word]
            elif step == "tens":
                current += _TENS_WORDS[word]
            elif step == "scale" and _SCALE_WORDS[word] >= 1000:
                total, current = total + current * _SCALE_WORDS[word], 0.0
            elif step == "scale":
                current *= _SCALE_WORDS[word]
            if step != "and":
                end, counted = words[j].end(), step
            j += 1
        alone = end == words[i].end() and words[i].group().casefold() in _NUMBER_WORDS
        if end > 0 and counted != "a" and not alone:
            out.append((words[i].start(), end, total + current))
            i = j
        else:
            i += 1
    return out


def _is_scale(word: re.Match[str]) -> bool:
    return word.group().casefold() in _SCALE_WORDS


def _joins(gap: str) -> bool:
    """Whether two number words with ``gap`` between them belong to one number."""
    return bool(re.fullmatch(r"\s+|\s*-\s*", gap))


def _number_step(word: str, last: str, current: float, before_scale: bool) -> str | None:
    """What ``word`` is in a number said in words after ``last``; None where the number ends."""
    if word == "a" and not last and before_scale:
        return "a"  # "a hundred", "a dozen"
    if word == "and" and last == "scale":
        return "and"  # "two hundred and fifty"
    if word in _UNIT_WORDS and (last in ("", "scale", "and") or (last == "tens" and _UNIT_WORDS[word] < 10)):
        return "unit"
    if word in _TENS_WORDS and last in ("", "scale", "and"):
        return "tens"
    if word in _SCALE_WORDS and (
        last in ("unit", "tens", "a") or (last == "scale" and current and _SCALE_WORDS[word] >= 1000)
    ):  # "one hundred thousand": a thousand-scale may follow a hundred
        return "scale"
    return None


def request_numbers(text: str) -> list[float]:
    """The numbers a request gives, in order: digits (``19,187`` is 19187; not those of a date, a clock
    time or an identifier), numbers in words and with scale words (:func:`_numeric`), and counting words
    ("twice").
    A minus after a number or a closing bracket may be an operator ("10 -4"), so that number also counts
    without its sign; after an opening bracket, a comma or a word it is a sign ("(0, -14)" gives -14)."""
    out: list[float] = []
    text = _numeric(text)
    for match in _REQUEST_NUMBER.finditer(text):
        value = float(match.group().replace(",", ""))
        out += [value, abs(value)] if value < 0 and _minus_may_operate(text, match.start()) else [value]
    words = re.findall(r"[a-z]+", text.casefold())
    out += [float(_NUMBER_WORDS[w]) for w in words if w in _NUMBER_WORDS]
    out += [whole + int(top) / int(bottom) for whole, top, bottom in _fractions(text)]
    out += [0.0] if _AT_REST.search(text) else []  # "dropped from rest": a starting speed of 0
    out += _ordinal_values(words)
    out += [-float(m.group(1) or m.group(2)) for m in _SAID_NEGATIVE.finditer(text)]
    out += [2.0] if _TWO_OF.search(text) else []
    return list(dict.fromkeys(out))


def _ordinal_values(words: Sequence[str]) -> list[float]:
    """The values of the ordinal words among a request's case-folded words ("fifth": 5)."""
    return [float(_ORDINAL_WORDS[w]) for w in words if w in _ORDINAL_WORDS]


#: Words that give a speed of zero, which a physics request writes instead of "0 m/s".
_AT_REST = re.compile(r"\b(?:from|at) rest\b|\bstandstill\b|\bstationary\b", re.IGNORECASE)
#: A fraction written with a slash, "3/4" or "1 1/2" (dates and units with a slash are blanked before).
_SLASHED = re.compile(r"(?<![\w./])(?:(\d+)\s+)?(\d{1,3})/(\d{1,3})(?![\w/.]|\.\d)")


#: A fraction with its unit after it ("1/250 s", "2 1/2 hours"): one amount, whose unit names it.
_MEASURED_FRACTION = re.compile(_SLASHED.pattern + r"(?=\s?([^\W\d_]+))")


def _fraction_value(m: re.Match[str]) -> str:
    """"1/250 s" as "0.004 s": read as 1 and 250, the unit after it named 250 (a shutter time of 250
    seconds). A fraction before a word that is no unit ("3/4 of the class") stays two numbers."""
    whole, top, bottom = int(m.group(1) or 0), int(m.group(2)), int(m.group(3))
    if not bottom or unit_of(m.group(4)) is None:
        return m.group()
    return _digits(whole + top / bottom)


def _fractions(text: str) -> list[tuple[int, str, str]]:
    """The fractions a request writes, as (whole part, numerator, denominator): their value is offered
    after the numbers themselves ("3/4 cup" is 0.75, and still 3 and 4, which a numerator parameter takes)."""
    return [
        (int(m.group(1) or 0), m.group(2), m.group(3)) for m in _SLASHED.finditer(text) if int(m.group(3))
    ]


#: Nouns a number names a thing by ("Room 214", "ticket #4417", "Note 7 of 10"), rather than counts.
_LABELS = (
    "room ticket order case note store shop desk ext extension flight gate seat platform invoice account "
    "apt apartment suite aisle dock bay locker"
).split()
#: A label's number is a whole number that no unit follows ("room 5.2 m x 11.5 m" measures a room).
_LABELED = re.compile(
    rf"\b(?:{'|'.join(_LABELS)})\.?\s*(?:#|no\.?|number)?\s*(\d+)\b(?![.,]\d)(?!\s*(?:m|cm|mm|km|ft|in|x|by)\b)",
    re.IGNORECASE,
)
#: Label nouns that are also verbs, and the words after which they are ("can you order 39?", "please seat
#: 6", "I need to order 40"): their number is then an amount. "Go to room 214" and "my order 40" stay labels.
_VERB_LABELS = frozenset({"order", "store", "note", "seat", "dock", "shop"})
_VERB_BEFORE = re.compile(
    r"\b(?:you|please|i|we|they|can|could|will|would|should|must|let's|'ll|(?:want|need|like|going|have) to)"
    r"\s+$",
    re.IGNORECASE,
)


def calendar_numbers(name: str, prop: dict[str, Any], request: str) -> list[int]:
    """For a number parameter named for an hour, a month or a decade, the hours of the request's clock
    times ("nothing before 11:00": 11), the numbers of the months it names ("our FY starts in December":
    12) or the first years of its decades ("from the nineties": 1990), which are read as no numbers
    otherwise (a clock time is blanked, a month or a decade is a word)."""
    words = {w.casefold() for w in name_words(name)}
    # "hr" offers clock hours (``start_hr`` "at 14:00") but does not limit numbers to 0-24 in
    # :func:`_calendar_fits` (``resting_hr`` is a heart rate): a request that writes a clock time means one
    if words & {"hour", "hr"}:
        found = [hour for hour, _ in request_times(request)]
    elif "month" in words:
        found = request_month_numbers(request)
    elif "decade" in words:
        found = request_decades(request)  # "films from the nineties": 1990
    else:
        return []
    return [n for n in dict.fromkeys(found) if _fits(prop, n)]


#: How often a period comes in a year, by the word a request says it with ("compounded monthly").
_PERIODS = {
    "daily": 365, "weekly": 52, "biweekly": 26, "fortnightly": 26, "monthly": 12, "bimonthly": 6,
    "quarterly": 4, "semiannually": 2, "semi-annually": 2, "biannually": 2, "annually": 1, "yearly": 1,
}  # fmt: skip
_PERIOD_SAID = re.compile(rf"\b({'|'.join(_PERIODS)})\b", re.IGNORECASE)


def period_counts(name: str, prop: dict[str, Any], request: str) -> list[int]:
    """For a parameter counting something per year (``compounds_per_year``, "times compounded per year",
    "payment frequency"), the counts a year of the periods the request says ("compounded monthly": 12),
    which it writes as no number."""
    words = _words_of(name, prop)
    if not (
        ({"year", "annual", "annually"} & words and words & {"per", "times", "frequency"})
        or words & {"compounding", "compounds", "frequency"}
    ):
        return []
    said = [_PERIODS[m.group(1).casefold()] for m in _PERIOD_SAID.finditer(request)]
    return [n for n in dict.fromkeys(said) if _fits(prop, n)]


#: A ratio written with a colon: "8:1 scope", "cold brew at 1:13" (not a clock time's "11:00", nor "1:5:5").
_RATIO = re.compile(r"(?<![\d:.])(\d+(?:\.\d+)?)\s?:\s?(\d+(?:\.\d+)?)(?![\d:])")


def ratio_numbers(name: str, prop: dict[str, Any], request: str) -> list[float]:
    """For a parameter that takes a ratio (by its name or description), the numbers of the ratios the
    request writes with a colon, the side that is not 1 of "8:1" or "1:13" alone: such a number is
    blanked as a clock time otherwise, or bound by its neighbour "1" to the parameter's word."""
    if "ratio" not in _words_of(name, prop):
        return []
    out: list[float] = []
    for m in _RATIO.finditer(request):
        a, b = float(m.group(1)), float(m.group(2))
        out += [b] if a == 1 else [a] if b == 1 else [a, b]
    return [n for n in dict.fromkeys(out) if _fits(prop, n)]


def _calendar_fits(name: str, value: float) -> bool:
    """Whether a number may be what a parameter named for a month or an hour takes: "Mar 2026" next to
    ``fy_start_month`` is a year, and the month is the one the request names ("starts in December")."""
    words = {w.casefold() for w in name_words(name)}
    if "month" in words:
        return float(value).is_integer() and 1 <= value <= 12
    if "hour" in words:  # not "hr": ``resting_hr`` is a heart rate
        return float(value).is_integer() and 0 <= value <= 24
    return True


def label_numbers(text: str) -> set[float]:
    """The numbers a request names a thing by ("Room 214", "ticket #4417", "aisle 9") or counts places
    with ("my 3rd try"), and gives nowhere else as an amount: no amount for an optional parameter, which
    a 135M model fills with any number it is offered, and the last choice for a required one."""
    numeric = _numeric(text)
    labeled = [
        m for m in _LABELED.finditer(numeric)
        if not (m.group(0).split()[0].casefold().rstrip(".") in _VERB_LABELS
                and _VERB_BEFORE.search(numeric, 0, m.start()))
    ]  # fmt: skip
    found = [float(m.group(1)) for m in labeled]
    found += [float(m.group(1)) for m in re.finditer(r"(?<![\w.])(\d+)(?:st|nd|rd|th)\b", text)]
    times = _times_written(text)
    # "Third try": an ordinal word counts places too, where the request writes its value nowhere else
    ordinals = _ordinal_values(re.findall(r"[a-z]+", text.casefold()))
    return {v for v in found if found.count(v) >= times.get(v, 0)} | {v for v in ordinals if not times.get(v)}


def date_numbers(text: str) -> set[float]:
    """The numbers a request writes only as a date's day or year ("charged on 21 November 2025", "since
    March 2024"): no amount, count or measure, though a 135M model fills an ``amount`` with 2025 when
    offered it. A parameter named for a day, a month or a year still takes them."""
    inside = Counter(
        float(n.replace(",", ""))
        for start, end in date_spans(text)
        for n in _REQUEST_NUMBER.findall(text[start:end])
    )
    times = _times_written(text)
    return {v for v, n in inside.items() if n >= times.get(v, 0)}


def _names_a_date_part(name: str) -> bool:
    return bool(
        {w.casefold() for w in name_words(name)} & {"day", "days", "month", "year", "date", "season"}
    )


@lru_cache(maxsize=64)
def _times_written(text: str) -> Counter[float]:
    """How many times the request writes each number ("5 wins, 5 draws": 5 twice). Cached like
    :func:`_numeric`: the label reader and the schema narrowing of one request both ask; read only."""
    return Counter(float(n.replace(",", "")) for n in _REQUEST_NUMBER.findall(_numeric(text)))


_PERCENT = re.compile(
    r"(?<![\d,.])(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)", re.IGNORECASE
)


def percent_fractions(text: str) -> dict[float, float]:
    """Each percentage the request gives, as the fraction it also is ("45%" or "45 percent": 0.45), for a
    parameter whose bounds say it takes a fraction."""
    found = [float(m.group(1).replace(",", "")) for m in _PERCENT.finditer(_numeric(text))]
    return {value: _as_json_number(round(value / 100, 10)) for value in found}


def percent_only(text: str) -> set[float]:
    """The numbers a request writes only as percentages ("2% battery"): no amount of grams or dollars."""
    percent = Counter(float(m.group(1).replace(",", "")) for m in _PERCENT.finditer(_numeric(text)))
    return {v for v, n in percent.items() if n >= _times_written(text).get(v, 0)}


def _names_a_year(name: str) -> bool:
    """A parameter for a calendar year (``tax_year``, ``season``), not a count of years (``years``) or a
    rate (``days_per_year``)."""
    words = [w.casefold() for w in name_words(name)]
    return "per" not in words and any(w in ("year", "season") for w in words)


def _year_like(value: float) -> bool:
    return float(value).is_integer() and 1000 <= value <= 2999


#: A description that says a number is a fraction ("as a fraction between 0 and 1", "0-1", "as a decimal").
_FRACTION = re.compile(
    r"\bfraction\b|\bbetween 0 and 1\b|\b0(?:\.0)?\s*(?:-|\u2013|to)\s*1(?:\.0)?\b|\bas a decimal\b",
    re.IGNORECASE,
)


def _fits(prop: dict[str, Any], value: float | None) -> bool:
    """Whether ``value`` is allowed by a number property's type and bounds; a property whose description
    says it is a fraction is bounded by 0 and 1, so "60%" is offered as 0.6 ("share used off-peak, as a
    fraction between 0 and 1")."""
    if value is None or (prop.get("type") == "integer" and not float(value).is_integer()):
        return False
    if _FRACTION.search(str(prop.get("description") or "")) and not 0 <= value <= 1:
        return False
    return float(prop.get("minimum", -math.inf)) <= value <= float(prop.get("maximum", math.inf)) and float(
        prop.get("exclusiveMinimum", -math.inf)
    ) < value < float(prop.get("exclusiveMaximum", math.inf))


def _minus_may_operate(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return bool(before) and (before[-1].isdigit() or before[-1] in ")]")


#: Short forms in parameter names and the word stem a request spells them with ("weight_kg" is said by
#: "23 kilograms"); stems are a word's first four letters.
_NAME_STEMS = {
    "kg": "kilo", "km": "kilo", "kmh": "kilo", "lb": "poun", "lbs": "poun", "mi": "mile", "ft": "feet",
    "sqm": "squa", "sqft": "squa", "pct": "perc", "deg": "degr", "temp": "temp", "qty": "quan",
    "num": "numb", "yr": "year", "yrs": "year", "hr": "hour", "hrs": "hour", "min": "minu", "mins": "minu",
    "sec": "seco", "secs": "seco", "usd": "doll", "eur": "euro", "gbp": "poun", "ms": "m/s", "kmph": "kilo",
    "m2": "squa", "ft2": "squa",
    # a unit a name abbreviates, said in full: "1235 millilitres" for ``target_volume_ml``, "108.3 gigabytes"
    # for ``file_size_gb`` (each its own stem: millilitres, milligrams and millimetres share a prefix)
    **{word: unit for unit, words in (
        ("ml", "ml millilitre millilitres milliliter milliliters"),
        ("mg", "mg milligram milligrams"),
        ("mm", "mm millimetre millimetres millimeter millimeters"),
        ("cm", "cm centimetre centimetres centimeter centimeters"),
        ("gb", "gb gigabyte gigabytes"),
        ("mb", "mb megabyte megabytes"),
        ("tb", "tb terabyte terabytes"),
        ("kb", "kb kilobyte kilobytes"),
        ("mbps", "mbps megabit megabits mbit"),
    ) for word in words.split()},
    # other currencies' codes and names: any of them names a parameter that takes money
    **dict.fromkeys(
        "chf jpy cny rmb cad aud nzd inr sek nok dkk pln czk huf brl mxn zar krw sgd hkd yen yuan rupees "
        "francs".split(), "curr",
    ),
    # where a value goes: "from Tokyo to Berlin" names the origin and the destination
    "origin": "from", "source": "from", "src": "from", "departure": "from", "start": "from", "begin": "from",
    "since": "from",
    "destination": "to", "dest": "to", "target": "to", "arrival": "to", "into": "to", "end": "to",
    "until": "to", "till": "to",
    # "66yo", "5 years old": an age
    "yo": "age", "old": "age",
}  # fmt: skip
#: Unit symbols, case as written, and a word they stand for: read so only right after a number ("4.3 h",
#: "389W"), where a letter is a unit; elsewhere "h", "s" or "W" are an initial or a possessive's "s".
_UNIT_SYMBOLS = {
    "h": "hours", "W": "watts", "kW": "kilowatts", "V": "volts", "A": "amps", "J": "joules", "N": "newtons",
    "Hz": "hertz", "Pa": "pascals", "s": "seconds", "g": "grams", "L": "litres", "l": "litres",
    "yd": "yards", "yds": "yards", "oz": "ounces", "mph": "miles",
}  # fmt: skip
_SIGN_STEMS = {"%": "perc", "$": "doll", "€": "euro", "£": "poun", "°": "degr", "m/s": "m/s"}
_CONTEXT_WORDS = 3
_PREPOSITIONS = frozenset(
    "to from of at for by with in into on per until till since than over under after before between".split()
)
#: Punctuation a number's neighbouring words are not read across.
_STOPS = frozenset(",.;:!?()")


def _stem(word: str) -> str:
    word = word.casefold()
    if word in _NAME_STEMS or word in _SIGN_STEMS:
        return _NAME_STEMS.get(word) or _SIGN_STEMS[word]
    if len(word) == 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:3]  # "legs" names ``leg_a``, "days" ``days_per_year``
    return word[:4]


def _stems(words: Sequence[str]) -> set[str]:
    return {s for s in map(_stem, words) if len(s) >= 2 or s in _SIGN_STEMS.values()}


def _names(stem: str, said: str) -> bool:
    """Whether a name's stem is said by a request word's: the same, or a three-letter name word the
    request word starts with ("tax" in "taxed", "age" in "aged")."""
    return stem == said or (len(stem) == 3 and said.startswith(stem) and stem.isalpha())


def _words_of(name: str, prop: dict[str, Any]) -> set[str]:
    """A parameter's name words and description words, case-folded: where a request's kind of value (a
    ratio, an identifier's acronym) may be stated by either."""
    described = re.findall(r"[A-Za-z]+", str(prop.get("description") or ""))
    return {w.casefold() for w in [*name_words(name), *described]}


def _initials(name: str) -> str:
    """A name's initials, as a request abbreviates it ("wpm" for ``words_per_minute``, "apr" for
    ``annual_percentage_rate``); empty for a name of one word."""
    words = name_words(name)
    return "".join(w[0] for w in words).casefold() if len(words) >= 2 else ""


def _takes_percent(name: str, prop: dict[str, Any]) -> bool:
    """Whether a parameter takes a percentage: its name says so (``tax_rate``, ``growth_pct``) or its
    description does ("income tax rate in percent"), so "at 4.65%" names it though no word of it is said."""
    words = {w.casefold() for w in name_words(name)}
    described = str(prop.get("description") or "")
    return bool(words & {"percent", "percentage", "pct", "rate"}) or bool(re.search(r"percent|%", described))


#: Words that make a parameter an amount of money, in its name or its description.
_MONEY_WORDS = frozenset(
    "dollar dollars usd eur euro euros gbp pound pounds money cash price prices cost costs fee fees salary "
    "wage wages income rent budget fare payment premium deposit loan principal revenue amount charge charged "
    "balance paid spent".split()
)


def _takes_money(name: str, prop: dict[str, Any]) -> bool:
    """Whether a parameter takes an amount of money: its name or description says so ("death benefit in
    dollars", ``monthly_rent``), so "$154,019.13" names it though no word of its name is said."""
    return bool(_words_of(name, prop) & _MONEY_WORDS)


def _told(prop: dict[str, Any]) -> set[str]:
    """The stems of a parameter's description's content words ("titrant volume used in mL")."""
    described = re.findall(r"[A-Za-z]+", str(prop.get("description") or ""))
    return _stems([w for w in described if len(w) >= 3 and w.casefold() not in _FUNCTION_WORDS])


#: One letter written onto a number, as a scoreline, a map or a lens abbreviates: "W0", "z7", "f/11".
_LETTER_ONTO_NUMBER = re.compile(r"(?<![\w./])[A-Za-z]/?\d+(?:\.\d+)?(?![\w/])")


def _units_after(tokens: Sequence[str], i: int) -> frozenset[str]:
    """The one-letter units written right after the number at ``i``, lower case: "0.882 s", "23.7°C", and
    a temperature scale said in words ("at 100 degrees" is Celsius or Fahrenheit, "300 kelvin" K)."""
    k = i + 2 if tokens[i + 1 : i + 2] == ["°"] else i + 1
    word = tokens[k] if k < len(tokens) else ""
    if len(word) == 1 and word.isalpha():
        return frozenset(word.casefold())
    return _TEMPERATURE_WORDS.get(word.casefold(), frozenset())


#: Temperature scales written as words after a number, by the one-letter unit a parameter's name ends in.
_TEMPERATURE_WORDS = {
    "degrees": frozenset("cf"), "degree": frozenset("cf"), "deg": frozenset("cf"), "celsius": frozenset("c"),
    "centigrade": frozenset("c"), "fahrenheit": frozenset("f"), "kelvin": frozenset("k"),
}  # fmt: skip


def _degree_mark(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` are a degree sign and, after it, at most one letter ("°", "° C")."""
    return bool(tokens) and tokens[0] == "°" and len(tokens) <= 2 and all(len(t) == 1 for t in tokens[1:])


_AGE_SAID = re.compile(
    r"\b(I['\u2019]m|I am|he's|she's|he is|she is)(?=\s+\d+(?:\.\d+)?(?![\d.])(?!\s*[%A-Za-z]))",
    re.IGNORECASE,
)


def _name_sides(tokens: Sequence[str], numbers: set[int], stems: set[str]) -> list[str]:
    """For each word naming a parameter (one of ``stems``) next to exactly one number, the side it stands
    on: "after" the number ("2 hours") or "before" it ("width 5")."""
    sides = []
    for j, word in enumerate(tokens):
        if j in numbers or not any(_names(stem, _stem(word)) for stem in stems):
            continue
        before, after = j - 1 in numbers, j + 1 in numbers
        if before != after:
            sides.append("after" if before else "before")
    return sides


#: Name words of a parameter counted per something: a word of a rate's unit names such a one more.
_RATE_WORDS = frozenset(
    "per rate rates ratio hourly daily weekly monthly yearly annual annually speed velocity pace frequency "
    "flow throughput wage kmh kph mph gph lph rpm bpm wpm fps mbps kbps gbps".split()
)
_TIME_WORDS = frozenset("second minute hour day week month year".split())
_RATE_DESCRIBED = re.compile(r"\bper\b|\w/\s?[A-Za-z]|\ban? (?:second|minute|hour|day|week|month|year)\b")


def _is_rate(words: Sequence[str], prop: dict[str, Any]) -> bool:
    """Whether a parameter is a rate: its name says so (``hourly_rate``, ``boxes_per_layer``,
    ``speed_kmh``) or its description does ("Fuel burn in gallons per hour", "Speed in km/h")."""
    described = str(prop.get("description") or "")
    return bool(_RATE_WORDS.intersection(words)) or bool(_RATE_DESCRIBED.search(described))


def _rate_unit_word(
    tokens: Sequence[str], text: str, found: Sequence[re.Match[str]], j: int, numbers: Collection[int]
) -> bool:
    """Whether the word at ``j`` is part of a rate's unit other than after "per" or a slash: the word
    right after a number that "per", a slash or "a"/"an" and a time word follow ("0.0385 hours per
    hour", "9.5 gallons an hour", "60 km/h"), or that time word itself ("an hour" after such a unit)."""

    def after_number(k: int) -> bool:
        return k > 0 and k - 1 in numbers

    def a_time(k: int) -> bool:  # "an hour" at k
        return (
            k + 1 < len(tokens)
            and tokens[k].casefold() in ("a", "an")
            and tokens[k + 1].casefold().removesuffix("s") in _TIME_WORDS
        )

    if after_number(j):
        nxt = tokens[j + 1].casefold() if j + 1 < len(tokens) else ""
        return nxt == "per" or text.startswith("/", found[j].end()) or a_time(j + 1)
    word = tokens[j].casefold()
    return j >= 3 and word in _TIME_WORDS and tokens[j - 1].casefold() in ("a", "an") and after_number(j - 2)


def number_bindings(
    properties: dict[str, Any], request: str, required: Collection[str] = ()
) -> dict[str, int | float]:
    """Which request number each numeric parameter names (:func:`number_ties` says how)."""
    return number_ties(properties, request, required)[0]


def number_ties(
    properties: dict[str, Any], request: str, required: Collection[str] = ()
) -> tuple[dict[str, int | float], dict[str, list[int | float]]]:
    """Which request number each numeric parameter names, read from the words next to each number (up
    to three on each side, not across a comma or a full stop, each word counted for the nearer number
    only, a preposition for the number after it, a word after "of" for the number before it).
    A parameter scores a number by the words of its name those neighbours say ("speed 77.5 m/s" binds
    ``speed_ms``, "at 42 degrees" ``angle_degrees``, "197 wpm" ``words_per_minute``), a nearer word
    counting more and a sign ("%", "$") half as much as a word; a number the parameter cannot take (a
    fraction for an integer, a number outside its bounds, not a year for a calendar-year parameter) does
    not count. The best pairs are bound first, each number to one parameter; a parameter whose best
    numbers tie, or a number two parameters name equally, is left unbound: a 135M model fills it then,
    from the request's other numbers, and binding it wrongly would make the right call impossible.
    A word right after a number that only one required parameter's description has counts half a name
    word ("250 milligrams" for ``dose``, "dose in milligrams"): units follow their number, while a
    description's verbs ("wanted", "written in") echo words a request says anywhere and bound the wrong
    number when read on both sides, and an optional parameter bound loses its default (measured on the
    development suites' expected calls with ``benchmarks/fncall_values.py``).
    A name word right between two numbers ("2 hours 30 minutes") is the number's on the side the request's
    other name words stand on, where they all stand on one (:func:`_name_sides`).
    A unit symbol right after its number says its word ("4.3 h" hours, "389W" watts: :data:`_UNIT_SYMBOLS`,
    not one a slash makes part of a rate), a unit after a slash is the number's before it ("$653.37/hr"),
    and "I'm 50," names the age of a tool with one age.
    A request that assigns a number by the parameter's name (:func:`assigned_numbers`) binds it.
    Second, for each parameter left unsure between numbers it names equally ("30% of the 194 kWh ...
    ($0.13/kWh); the rest was at $0.28" for ``peak_price``), those numbers: the sign or word that names
    them all says the others ("2 EVs") are not its value."""
    # "I'm 50," is an age: read as "I'm aged 50" where no unit or word follows the number, for a tool
    # with one age (with ``current_age`` and ``retirement_age``, "aged" would name both alike)
    ages = [n for n in properties if "age" in (w.casefold() for w in name_words(n))]
    text = _AGE_SAID.sub(r"\1 aged", _numeric(request)) if len(ages) == 1 else _numeric(request)
    text = _MEASURED_FRACTION.sub(_fraction_value, text)
    # "79282, each" ends the number at the comma: a comma inside a number only groups thousands
    number = r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?"
    # one letter written onto a number is its own word: "W0 D3 L20" (wins, draws, losses), "tile at z7";
    # not a unit after a number ("42.5 m2")
    onto = {
        m.start()
        for m in _LETTER_ONTO_NUMBER.finditer(text)
        if not re.search(r"(?<![\w.])\d+(?:\.\d+)?\s*$", text[: m.start()])
    }
    spaced = {p for p in onto if text[p + 1].isdigit()}  # "z7" read as "z 7", "M2.5" as "M 2.5"; "f/11" as is
    for at_letter in sorted(spaced, reverse=True):
        text = f"{text[: at_letter + 1]} {text[at_letter + 1 :]}"
    shifted = {p + sum(q < p for q in spaced) for p in onto}  # each letter's place in the spaced text
    found = list(re.finditer(rf"m/s|[A-Za-z]+\d*|{number}|[%$€£°]|[,.;:!?()]", text))
    tokens = [m.group() for m in found]
    glued = {i for i, m in enumerate(found) if m.start() in shifted}
    at = [i for i, tok in enumerate(tokens) if tok[0].isdigit() or tok[0] == "-"]
    # (word, distance, after "per", written after the number, a word of a rate's unit)
    context: dict[int, list[tuple[str, int, bool, bool, bool]]] = {i: [] for i in at}
    letters: dict[int, str] = {j + 1: tokens[j].casefold() for j in glued}  # number place -> its letter
    # the side a name word stands on where it is next to one number only: "2 hours and 30 minutes" writes
    # names after their numbers, "width 5, height 3" before; a name word just as near two numbers ("2
    # hours 30 minutes") is then the number's on that side, and stays both's where the request shows none
    stems = {stem for n in properties for stem in _stems(name_words(n)) if len(stem) >= 3}
    sides = _name_sides(tokens, set(at), stems)
    for j, word in enumerate(tokens):
        if j in context or j in glued or word in _STOPS or word.casefold() == "per":
            continue
        near: list[tuple[int, int]] = []  # (distance, number index) on each side, not across a stop
        # a preposition belongs to the number after it: in "from 1950 to 2000", "to" names 2000; a word
        # after "of" to the number before it: in "1298 J of work in 488.6 s", "work" names 1298
        # "per" and the word after it to the number before: "5 per layer" is boxes per layer
        rate = j > 0 and tokens[j - 1].casefold() == "per"
        # a unit after a slash is the number's before it: "$653.37/hr x 95.1 h" ("hr" is not 95.1's)
        slashed = found[j].start() > 0 and text[found[j].start() - 1] == "/"
        # a word of a rate's unit ("$22.50/hour", "0.0385 hours per hour", "9.5 gallons an hour") says
        # what the number is counted per or in, not how many of it: it names a parameter that is a rate
        # (``hourly_rate``) more than one that counts it (``overtime_hours``)
        in_rate = rate or slashed or _rate_unit_word(tokens, text, found, j, context)
        after_of = rate or slashed or (j > 0 and tokens[j - 1].casefold() == "of")
        for step in (-1,) if after_of else (1,) if word.casefold() in _PREPOSITIONS else (-1, 1):
            k = j + step
            while 0 <= k < len(tokens) and abs(k - j) <= _CONTEXT_WORDS and tokens[k] not in _STOPS:
                if k in context:
                    near.append((abs(k - j), k))
                    break
                k += step
        if len(near) == 2 and near[0][0] == near[1][0] == 1 and sides and len(set(sides)) == 1:
            near = [min(near, key=lambda n: n[1])] if sides[0] == "after" else [max(near, key=lambda n: n[1])]
        # "69.4°C rest": a degree mark and its scale between a number and the word after it are no distance
        near = [(1 if k < j and _degree_mark(tokens[k + 1 : j]) else d, k) for d, k in near]
        for distance, k in near:
            if distance == min(d for d, _ in near):
                # a word between two numbers: the nearer one's; a unit symbol right after its number says
                # its word ("4.3 h" hours, "389W" watts), unless a slash makes it part of a rate ("L/100km")
                symbol = (
                    k < j
                    and distance == 1
                    and word in _UNIT_SYMBOLS
                    and not text.startswith("/", found[j].end())
                )
                said_word = _UNIT_SYMBOLS[word] if symbol else word
                context[k].append((said_word, distance, rate, k < j, in_rate))
    percents = percent_fractions(request)
    scores: dict[tuple[str, int], float] = {}  # (parameter, the number's place among the tokens)
    # a required parameter's description words that no other one's description has ("dose in milligrams")
    told = {
        name: _told(prop) for name, prop in properties.items()
        if name in required and isinstance(prop, dict) and prop.get("type") in ("number", "integer")
    }  # fmt: skip
    common = {stem for stems in told.values() for stem in stems if sum(stem in t for t in told.values()) > 1}
    for name, prop in properties.items():
        if not isinstance(prop, dict) or prop.get("type") not in ("number", "integer") or "enum" in prop:
            continue
        words = [w.casefold() for w in name_words(name)]
        mine, initials = _stems([w for w in words if w != "per"]), _initials(name)
        # "91cm inseam" says ``inseam_cm``, not ``crank_mm`` by its initials: another name's own word
        theirs = {w.casefold() for other in properties if other != name for w in name_words(other)}
        firsts = set(words[0][:1])  # "z7" is said by the first letter of ``zoom`` or ``zoom_level``
        # a one-letter unit ending the name (``shutter_s``, ``depth_m``, ``room_c``), said only right
        # after the number: one letter anywhere else says nothing
        unit = words[-1] if len(words) > 1 and len(words[-1]) == 1 else ""
        # what a rate is counted per: "boxes_per_layer" is said by "5 per layer" more than ``layers`` is
        rates = {_stem(b) for a, b in pairwise(words) if a == "per"}
        is_rate = _is_rate(words, prop)
        if _takes_percent(name, prop):
            mine.add("perc")
        if _takes_money(name, prop):
            # a currency sign or code names it, as "%" a rate
            mine |= {"curr", *(_SIGN_STEMS[sign] for sign in "$€£")}
        for i in at:
            value = float(tokens[i].replace(",", ""))
            if (
                (_names_a_year(name) and not _year_like(value))
                or not _calendar_fits(name, value)
                or not (_fits(prop, value) or _fits(prop, percents.get(value)))
            ):
                continue
            said: dict[str, float] = {}  # each name stem counts once, by its nearest saying
            if letters.get(i) in firsts:
                # "z7" is a zoom of 7 where ``zoom`` is the name starting with z; "f/4.2" is ``f_number``
                # more than ``focal_length_mm``: a name word that is the letter itself counts more
                said[letters[i]] = 1.5 if words[0] == letters[i] else 1.0
            if unit and unit in _units_after(tokens, i):
                said[unit] = 1.0  # "0.882 s" is ``shutter_s``, "23.7°C" ``room_c``
            for word, distance, after_per, follows, in_rate in context[i]:
                weight = (0.5 if word in _SIGN_STEMS else 1.0) / distance
                if in_rate and not is_rate:
                    weight /= 2  # "52.5 per order" still says ``average_order``, where nothing else does
                if after_per and any(_names(r, _stem(word)) for r in rates):
                    said["per"] = weight
                if initials and word.casefold() == initials and word.casefold() not in theirs:
                    for stem in mine:
                        said[stem] = max(said.get(stem, 0.0), 1.0 / distance)
                    continue
                for stem in mine:
                    if _names(stem, _stem(word)):
                        said[stem] = max(said.get(stem, 0.0), weight)
                for stem in told.get(name, set()) - mine - common if follows and distance == 1 else ():
                    if _names(stem, _stem(word)):  # a word only its description has: half a name word
                        said["~" + stem] = max(said.get("~" + stem, 0.0), weight / 2)
            if said:  # a name said whole counts a little more: "5 wins" is ``wins``, not ``points_per_win``
                whole = mine | ({unit} if unit else set())  # "Room 9" does not say all of ``room_c``
                scores[(name, i)] = sum(said.values()) + (0.1 if whole <= set(said) else 0.0)

    def value_at(i: int) -> float:
        return float(tokens[i].replace(",", ""))

    bound: dict[str, int | float] = {}
    unsure: set[str] = set()
    ties: dict[str, list[int | float]] = {}
    taken: set[int] = set()  # places, not values: "5 wins, 5 draws" binds both
    while True:
        open_pairs = {
            pair: score for pair, score in scores.items()
            if pair[0] not in bound and pair[0] not in unsure and pair[1] not in taken
        }  # fmt: skip
        if not open_pairs:
            break
        top = max(open_pairs.values())
        best = [pair for pair, score in open_pairs.items() if math.isclose(score, top)]
        for name, i in best:
            if len({value_at(j) for n, j in best if n == name}) == 1 and sum(j == i for _, j in best) == 1:
                bound[name] = _as_json_number(value_at(i))
                taken.add(i)
            else:  # two numbers for one parameter, or one number two parameters name equally: unsure
                unsure.add(name)
                tied = list(dict.fromkeys(_as_json_number(value_at(j)) for n, j in best if n == name))
                if len(tied) > 1:
                    ties[name] = tied
    assigned = assigned_numbers(properties, request)
    return bound | assigned, {n: v for n, v in ties.items() if n not in assigned}


def assigned_numbers(properties: dict[str, Any], request: str) -> dict[str, int | float]:
    """Numbers the request assigns to a parameter by its exact name ("a=1, b=-3", "n: 12", "x is 4"),
    however short the name: stems cannot bind ``a`` or ``x``, and the request leaves no doubt. A
    percentage is not assigned to a parameter that takes none ("price: 41 percent off 42.72")."""
    out: dict[str, int | float] = {}
    text = _numeric(request)
    for name, prop in properties.items():
        if not isinstance(prop, dict) or prop.get("type") not in ("number", "integer") or "enum" in prop:
            continue
        percent = "" if _takes_percent(name, prop) else r"(?!\s*(?:%|percent\b|per cent\b))"
        said = {
            float(m.group(1).replace(",", ""))
            for m in re.finditer(
                rf"(?<![\w.]){re.escape(name)}\s*(?:=|:|\bis\b|\bequals?\b)\s*(-?\d[\d,]*(?:\.\d+)?)(?!\.?\d){percent}",
                text,
                re.IGNORECASE,
            )
        }
        if len(said) == 1:
            out[name] = _as_json_number(said.pop())
    return out


def member_bindings(properties: dict[str, Any], request: str) -> dict[str, Any]:
    """Which of the enum members a request names each enum parameter takes, when it names several: the
    one whose preceding words (up to three, not across punctuation or another named member) share a word
    stem with the parameter's name ("from Tokyo to Berlin" binds ``from_station`` to Tokyo and
    ``to_station`` to Berlin; ``origin`` is said by "from"). A member right after a number is the
    amount's unit, the one a conversion starts from; one right after "in" or "how many" is the unit asked
    for ("How many kg is 867 g?"). Bound only when clear, as numbers are."""
    best: dict[str, Any] = {}
    for name, prop in properties.items():
        if not isinstance(prop, dict) or not isinstance(prop.get("enum"), list):
            continue
        said = _longest_said(prop["enum"], request)
        if len(said) < 2:  # "from Celsius to F" names ``C`` and ``F`` by other names: read as "from C to F"
            text = with_members(prop["enum"], request)
            said = _longest_said(prop["enum"], text)
        else:
            text = request
        if len(said) < 2:
            continue
        words = re.findall(r"[\w/+-]+|[^\w\s]", _phrase(text))
        phrases = {_phrase(m): m for m in said}
        starts: dict[int, Any] = {}
        for at in range(len(words)):
            for phrase, member in phrases.items():
                if words[at : at + len(phrase.split())] == phrase.split():
                    starts[at] = member
        mine = _stems(name_words(name))
        table: dict[Any, int] = {}
        for at, member in starts.items():
            before: list[str] = []
            k = at - 1
            while k >= 0 and at - k <= _CONTEXT_WORDS and words[k] not in _STOPS and k not in starts:
                before.append(words[k])
                k -= 1
            if at and _number(words[at - 1]) is not None:
                before.append("from")  # "533.51 AUD", "69.38 ml": the amount's own unit is converted from
            elif at and words[at - 1].casefold() in ("in", "many"):
                before.append("to")  # "how big in acre", "how many kg": the unit asked for
            overlap = len(mine & _stems(before))
            if overlap:
                table[member] = max(table.get(member, 0), overlap)
        ranked = sorted(table.items(), key=lambda kv: -kv[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            best[name] = ranked[0][0]
    taken = list(best.values())
    return {name: member for name, member in best.items() if taken.count(member) == 1}


_EDGE = " .,;:!?\"'`()[]\u201c\u201d\u2018\u2019"
#: Edge punctuation of prose only, brackets kept.
_PROSE_EDGE = " .,;:!?\"'`\u201c\u201d\u2018\u2019"
#: Longest span of words a string argument may copy from the request (quoted text and what follows a colon
#: are offered whole as well).
SPAN_WORDS = 8


#: Words that open a question: a span a sentence starts with one of them is the question, not a value
#: (a quoted one still is: "Translate 'Where is the station?'").
_ASKING = frozenset(
    "how what what's whats where where's when when's which who who's whom whose why is are do does did can "
    "could would should".split()
)


#: Words that open a request without being part of a value: a greeting, a politeness ("Hey team bot,
#: Swarm at 3 Orchard Close" gives the address, not "Hey team bot, Swarm at 3 Orchard Close").
_OPENERS = frozenset("hi hey hello dear please ok okay so yo morning evening".split())
_OPENING_WORDS = _ASKING | _OPENERS


def request_spans(text: str) -> list[str]:
    """The strings a request gives: every span of up to :data:`SPAN_WORDS` words within one sentence
    (edge punctuation and a possessive "'s" taken off), each quoted text, and the rest of the request
    after each colon; never the whole request when it has more than one sentence or a colon (a value is
    a part of what was asked: "Is this valid JSON: {...}" gives the document, not the question)."""
    words = text.split()
    out: list[str] = []
    for i in range(len(words)):
        opening = i == 0 or _ends_sentence(words[i - 1]) or (words[i - 1].endswith(",") and i < 3)
        if words[i].strip(_EDGE).casefold() in _OPENING_WORDS and opening:
            continue  # "Where is Lynx lynx found?", "Hey team bot, ...": a question's or a greeting's words
        for j in range(i + 1, min(len(words), i + SPAN_WORDS) + 1):
            if j - 1 > i and _ends_sentence(words[j - 2]):
                break  # "20 minutes. Validate the JSON" is two sentences' pieces, not one value
            written = " ".join(words[i:j])
            span = written.strip(_EDGE)
            if j == i + 1 and span[:1] in "@#" and re.fullmatch(r"[@#]\w[\w.-]*", span):
                out.append(span[1:])  # "@karen" may be the handle "karen", "#releases" the channel
            if span.endswith(("'s", "\u2019s")):
                out.append(span[:-2])
            if span:
                out.append(span)
            coded = written.strip(_PROSE_EDGE)
            if coded[:1] in "[{" and coded != span:
                out.append(coded)  # a pattern or a document keeps its brackets: "[A-Z]{2}", "[1, 2, 3"
    quotes = request_quotes(text)
    out += quotes
    for tail in text.split(":")[1:]:
        out += [tail.strip(), tail.strip(" ")]
        # "Summarize: The council met ... debate. Thanks!": the text is the tail's first sentences
        ends = [m.end() for m in re.finditer(r"\S+", tail) if _ends_sentence(m.group())]
        out += [tail[:end].strip() for end in ends if tail[end:].strip()]
    whole = text.strip(_EDGE)
    parts = ":" in text or any(_ends_sentence(w) for w in words[:-1])
    quoted = set(quotes) | _greetings_said(words)
    return [
        s
        for s in dict.fromkeys(out)
        if s and not (parts and s == whole) and (s in quoted or _may_be_value(s))
    ]


#: Words that carry no value by themselves: a span of only these ("I've been", "on this") or one that
#: ends in one of them ("Reverse the", "Museum of"; an object pronoun aside) is part of the request
#: around a value, not a value.
_FUNCTION_WORDS = frozenset(
    "a an the this that these those my your our their his her its i i'm i've i'd me we you he she it they "
    "them us him is are was were be been being am do does did have has had will would can could should "
    "shall may might must of to in on at by for with from into onto about as than then so and or but nor "
    "if when while what which who whom whose how why where there here please hi hello hey thanks thank "
    "just also very really quick question sorry oops btw fyi thx ty pls plz cheers um uh hmm".split()
)


def _may_be_value(span: str) -> bool:
    words = [w.strip(_EDGE).casefold() for w in span.split()]
    words = [w for w in words if w]
    return (
        bool(words)
        and (words[-1] not in _FUNCTION_WORDS or words[-1] in _OBJECTS)
        and any(w not in _FUNCTION_WORDS for w in words)
    )


def _plain(word: str) -> str:
    word = word.strip(_EDGE).casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _plain_words(names: Sequence[str]) -> frozenset[str]:
    """The words of a call's names (the tool's, its parameters'), case-folded, a plural's "s" taken off."""
    return frozenset(_plain(w) for name in names for w in name_words(name))


def _beyond_names(
    spans: Sequence[str], call_words: frozenset[str], request: str, quoted: Collection[str]
) -> list[str]:
    """The spans that say more than the call's own names. A request names what it asks for with the tool's
    and the parameters' words ("find emails that mention invoice" for ``email.search_inbox``, "the
    database" for ``database``), so a span of only those words is no value; nor is one that opens with
    such a word written in lower case or opening the request, the call's verb ("scale checkout-api" for
    ``cloud.scale_service``). A span among ``quoted`` (the request's quotes) stays whatever it holds."""
    first = _plain(request.split()[0]) if request.split() else ""
    out = []
    for span in spans:
        words = [w for w in span.split() if w.strip(_EDGE)]
        content = [_plain(w) for w in words if w.strip(_EDGE).casefold() not in _FUNCTION_WORDS]
        head = words[0].strip(_EDGE) if words else ""
        opens = len(words) > 1 and _plain(head) in call_words and (head.islower() or _plain(head) == first)
        if span in quoted or not (opens or (content and set(content) <= call_words)):
            out.append(span)
    return out


#: Greetings and thanks, which open a chatty request and carry no value there.
_GREETINGS = frozenset({"hi", "hello", "hey", "thanks", "thank you", "cheers"})


def _greetings_said(words: Sequence[str]) -> set[str]:
    """Greetings a request gives as a value: written inside a sentence, not opening it ("Translate hello
    to Spanish", "How do you say thank you in German?"; not "Hi, convert 5 km" nor "... Thanks!")."""
    out: set[str] = set()
    for i in range(1, len(words)):
        if _ends_sentence(words[i - 1]) or words[i - 1].endswith(","):
            continue
        for k in (1, 2):
            span = " ".join(words[i : i + k]).strip(_EDGE)
            if span.casefold() in _GREETINGS:
                out.add(span)
    return out


#: Function words a value may end with ("restaurants near me").
_OBJECTS = frozenset("me you him her it us them this that".split())


#: Quoted text: in double, single or curly quotes (either kind) that open after a space or a bracket and
#: close before a space or punctuation (the apostrophes of "I've" and "Carmen's" quote nothing, nor does
#: the key of a JSON document: '{"a": 1}').
_QUOTED = re.compile(
    r'(?<![^\s(])(?:"([^"\n]{1,300})"|\u201c([^\u201d\n]{1,300})\u201d|\'([^\'\n]{1,300}?)\''
    r"|\u2018([^\u2019\n]{1,300}?)\u2019)(?![^\s.,;:!?)])"
)


def request_quotes(text: str) -> list[str]:
    """The texts a request quotes, in order."""
    return list(dict.fromkeys(next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)))


def _ends_sentence(word: str) -> bool:
    """A word that ends a sentence: "?" or "!", or a full stop after more than a short abbreviation
    ("minutes.", not "Dr." or "St.")."""
    return word[-1:] in "!?" or (word.endswith(".") and len(word.rstrip(".")) > 3 and "." not in word[:-1])


#: Where a list ends: sentence punctuation before a space, brackets and double quotes ("(0, -14) and
#: (-20, -3)" gives two lists, not one of four numbers).
_CLAUSE = re.compile(r'[.!?;:](?=\s|$)|[()\[\]{}"]')
_LIST_SEPARATOR = re.compile(r"(,\s+(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)", re.IGNORECASE)
#: Most words an item inside a list may have; a longer piece can only end or start one.
ITEM_WORDS = 3


def _name_run(words: Sequence[str], k: int) -> int:
    """How many of ``words`` (an end item's piece, read from the item outwards) an item of ``k`` words
    takes when it is a capitalised name: the item's words and the capitalised words that run on from them,
    up to :data:`ITEM_WORDS`; ``k`` when the item is no capitalised name."""
    if not all(w[:1].isupper() for w in words[:k]):
        return k
    n = k
    while n < min(len(words), ITEM_WORDS) and words[n][:1].isupper():
        n += 1
    return n


def _item(words: Sequence[str]) -> str:
    text = " ".join(words).strip(_EDGE)
    return text[:-2] if text.endswith("'s") else text


def _content(words: Sequence[str]) -> bool:
    return all(w.strip(_EDGE).casefold() not in _FUNCTION_WORDS for w in words)


def _kind(words: Sequence[str]) -> str:
    numbers = sum(_number(w.strip(_EDGE)) is not None for w in words)
    return "number" if numbers == len(words) else "word" if not numbers else "mixed"


def _may_end(pieces: list[list[str]], joins: list[str], j: int, k: int) -> bool:
    """Whether a list may end at piece ``j`` (its first ``k`` words): nothing after it could be its next
    item."""
    if j == len(pieces) - 1 or joins[j - 1] != "," or len(pieces[j]) > k:
        return True
    after = pieces[j + 1]
    return (joins[j] != "," and len(after) > ITEM_WORDS) or _kind(after) != _kind(pieces[j][:k])


def _may_start(pieces: list[list[str]], joins: list[str], i: int, k: int) -> bool:
    """Whether a list may start at piece ``i`` (its last ``k`` words): nothing before it could be its
    first item."""
    if i == 0 or len(pieces[i]) > k or joins[i - 1] != ",":
        return True
    return _kind(pieces[i - 1][-k:]) != _kind(pieces[i][-k:])


def request_lists(text: str) -> list[list[str]]:
    """The lists a request gives, each as its items in order: runs of pieces joined by commas, "and", "or"
    within one clause (brackets and quotes end a clause).
    Only the first and last items share their piece with other words ("with Julia, Ivan and Carmen on
    Monday"), so they are offered with as many words as the middle items have (one to three when there
    are none). A list does not stop before an item that could continue it (after "and", a long piece or
    a piece of another kind, it may), so "139, 73 and 409" is not also offered as "139, 73". Two pieces
    make a list only when joined by "and", "or" or "&", or when they are the whole clause ("(0, -14)"): a
    bare comma more often joins two parts of a sentence ("Hey there, I want...")."""
    out: list[list[str]] = _bulleted(text)
    clauses = _CLAUSE.split(text)
    if "; " in text:
        # "apples; pears; plums": a semicolon separates items as a comma does, and a comma then ends the
        # list ("a@x.io; b@x.io, nothing before 11:00")
        clauses += _CLAUSE.split(text.replace(", ", ". ").replace("; ", ", "))
    for clause in clauses:
        parts = _LIST_SEPARATOR.split(clause)
        pieces, joins = [p.split() for p in parts[::2]], [j.strip().casefold() for j in parts[1::2]]
        last = len(pieces) - 1
        for i in range(last + 1):
            for j in range(i + 1, last + 1):
                middle = pieces[i + 1 : j]
                if any(not m or len(m) > ITEM_WORDS for m in middle) or not pieces[i]:
                    break  # a long piece inside would make this and every longer run a sentence, not a list
                whole = i == 0 and j == last and len(pieces[i]) + len(pieces[j]) <= 2
                if not middle and joins[i] == "," and not whole:
                    continue
                for k in sorted({len(m) for m in middle} or set(range(1, ITEM_WORDS + 1))):
                    # with middle items to go by, an end item may be shorter than they are ("New York,
                    # Los Angeles and Chicago"); without them, each length is a guess and must fit
                    short = not middle and (len(pieces[i]) < k or len(pieces[j]) < k)
                    if short or not (_may_start(pieces, joins, i, k) and _may_end(pieces, joins, j, k)):
                        continue
                    items = [_item(pieces[i][-k:]), *(_item(m) for m in middle), _item(pieces[j][:k])]
                    if all(items):
                        out.append(items)
                    # an end item a capitalised name runs on from: "for New York, London and Tokyo" (the
                    # middle item's one word made it "York"), "London, Paris and New York City"
                    # (never onto a clause's first word: "Schedule Gustav and Bob" is a sentence's capital)
                    first = max(k, min(_name_run(pieces[i][::-1], k), len(pieces[i]) - (i == 0)))
                    end = _name_run(pieces[j], k)
                    if all(items) and (first > k or end > k):
                        out.append([_item(pieces[i][-first:]), *items[1:-1], _item(pieces[j][:end])])
                    if middle and j == last and k < len(pieces[j]) <= ITEM_WORDS and _content(pieces[j]):
                        # the clause's last piece, all content words, is its last item: "laptop, monitor,
                        # desk chair." (not "rebounds for 2018.")
                        out.append([*items[:-1], _item(pieces[j])])
    return [list(t) for t in dict.fromkeys(tuple(items) for items in out)]


_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+(.+?)\s*$")


def _bulleted(text: str) -> list[list[str]]:
    """Runs of two or more bulleted or numbered lines ("- 2 chairs", "1. Paris"), each as one list."""
    out: list[list[str]] = []
    run: list[str] = []
    for line in [*text.splitlines(), ""]:
        m = _BULLET.match(line)
        if m:
            run.append(m.group(1).strip(_EDGE))
            continue
        if len(run) > 1:
            out.append(run)
        run = []
    return out


def _typed_list(items: list[str], schema: Any) -> list[Any] | None:
    """``items`` as the values of an array whose items follow ``schema``, or None when one does not fit:
    enum members said as words, numbers for numeric items, the words themselves for free strings (all
    words or all both, not plain numbers: "Julia, Ivan, Carmen on 2025-06-02" is a sentence's pieces)."""
    if not isinstance(schema, dict):
        return None
    if "enum" in schema:
        members = {_phrase(m): m for m in schema["enum"] if isinstance(m, str | int | float)}
        typed = [members.get(_phrase(item)) for item in items]
        return None if any(v is None for v in typed) else typed
    kind = schema.get("type")
    numeric = [_number(item) for item in items]
    if kind in ("number", "integer"):
        if any(n is None or (kind == "integer" and not n.is_integer()) for n in numeric):
            return None
        values = [_as_json_number(n) for n in numeric if n is not None]
        low, high = float(schema.get("minimum", -math.inf)), float(schema.get("maximum", math.inf))
        return values if all(low <= v <= high for v in values) else None
    if kind == "string" and not {"format", "pattern"} & set(schema):
        kinds = {_kind(item.split()) for item in items}
        return items if len(kinds) == 1 and kinds != {"number"} else None  # numbers fill numeric arrays
    return None


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def request_list_values(prop: dict[str, Any], request: str) -> list[list[Any]]:
    """The lists a request gives that fit an array parameter: item type, and ``minItems``/``maxItems``."""
    low, high = int(prop.get("minItems", 2)), int(prop.get("maxItems", 1 << 30))
    lists = [variant for items in request_lists(request) for variant in _item_variants(items)]
    typed = (_typed_list(items, prop.get("items")) for items in lists)
    fitting = [v for v in typed if v is not None and low <= len(v) <= high]
    # "Email dana@x.com and tom@y.org with ...": where some list is only addresses (e-mail, web, handles),
    # a list of them with words around them is not what was asked
    shaped = [v for v in fitting if all(isinstance(i, str) and _ITEM_SHAPE.fullmatch(i) for i in v)]
    if shaped:
        bare = [[i[1:] for i in v] for v in shaped if all(i[:1] in "@#" for i in v)]
        fitting = [v for v in fitting if v in shaped or v in bare]
    # "in #releases and ping alice and bob": a list with an address among words or inside an item ("in
    # #releases") is two things run together, where a list of one kind is given too
    mixed = [v for v in fitting if _mixed(v)]
    fitting = [v for v in fitting if v not in mixed] or fitting
    # "tickets T-5512 and T-5513 to ...": items that run on into the words around them ("T-5513 to")
    fitting = [v for v in fitting if all(_may_be_value(i) for i in v if isinstance(i, str))] or fitting
    return [list(t) for t in dict.fromkeys(tuple(v) for v in fitting)]


def _mixed(items: list[Any]) -> bool:
    texts = [i for i in items if isinstance(i, str)]
    whole = {bool(_ITEM_SHAPE.fullmatch(i)) for i in texts}
    return len(whole) > 1 or any(_ITEM_SHAPE.search(i) and not _ITEM_SHAPE.fullmatch(i) for i in texts)



#: Words that open a list item without being part of it: "the porch light and the garden lamps",
#: "customer_id and then created_at".
_ITEM_OPENER = re.compile(r"^(?:the|a|an|my|our|your|their|then)\s+", re.IGNORECASE)


def _item_variants(items: list[str]) -> list[list[str]]:
    """A list as written, then its items without an article or "then" in front ("the garden lamps":
    "garden lamps"), then without a handle's or a channel's sign when every item has one ("@brightpath":
    "brightpath"; which of the two a tool takes is the model's to choose)."""
    out = [items]
    bare = [_ITEM_OPENER.sub("", item) for item in items]
    if bare != items and all(bare):
        out.append(bare)
    if all(len(item) > 1 and item[0] in "@#" for item in items):
        out.append([item[1:] for item in items])
    return out


def _as_json_number(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def _phrase(value: Any) -> str:
    """Lower case, with "_", "-" and runs of spaces read as one space: how a value is compared as words."""
    return re.sub(r"[_\-\s]+", " ", str(value).casefold()).strip()


_FEET = re.compile(r"(?<=\d)['\u2032\u2019](?![\w'])")
_INCHES = re.compile(r"(?<=\d)[\"\u2033](?!\w)")


def _said(value: Any, request: str) -> bool:
    """Whether the request names an enum value: as a word or phrase, "_" and "-" read as spaces and case
    ignored ("dairy_free" is said by "dairy-free", "NO2" by "no2")."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    words = _phrase(value)
    text = _phrase(_INCHES.sub("in", _FEET.sub("ft", request)))  # "a 40' container" says ``40ft``
    # a letter and a digit may be written apart: "SEV-1" says ``sev1``, "B 12" says ``b12``
    pattern = re.sub(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", " ?", re.escape(words))
    if re.search(r"[a-z]{3}$", words):  # "the next trams" says ``tram``, "two buses" ``bus``
        pattern += "(?:e?s)?"
    return bool(words) and re.search(rf"(?<![\w.]){pattern}(?![\w])", text) is not None


def _longest_said(members: Sequence[Any], request: str) -> list[Any]:
    """The enum members the request names, less those only said inside a longer member it names ("premium
    economy" names ``premium_economy``, not also ``economy``)."""
    said = [v for v in members if _said(v, request)]
    words = {i: _phrase(v) for i, v in enumerate(said)}
    inside = {
        i for i in words for j, w in words.items() if len(w) > len(words[i]) and f" {words[i]} " in f" {w} "
    }
    return [v for i, v in enumerate(said) if i not in inside]


def _akin(a: str, b: str) -> bool:
    """Whether two words are forms of one ("vaccine"/"vaccines", "drive"/"driving", "week"/"weekly"):
    a common start of four letters or more covering most of the shorter word."""
    a, b = a.casefold(), b.casefold()
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return common >= 4 and common >= 0.6 * min(len(a), len(b))


#: Systems of measurement an enum may name, and units written only in that system.
_SYSTEMS = {
    "imperial": "ft feet foot inch inches yd yard yards mile miles mi mph lb lbs pound pounds oz ounce "
    "ounces gallon gallons fahrenheit \u00b0f sqft acre acres",
    "metric": "m metre metres meter meters km kilometre kilometres kilometer kilometers cm mm kg kilogram "
    "kilograms g gram grams litre litres liter liters l ml celsius \u00b0c hectare hectares km/h kmh",
}
_SYSTEM_NAMES = {"imperial": ("imperial", "us", "customary"), "metric": ("metric", "si")}
#: A unit of each system written right after a number or after "in" ("5 km", "in feet").
_SYSTEM_UNITS = {
    system: re.compile(
        rf"(?:\d\s?|\bin\s)(?:{'|'.join(re.escape(u) for u in sorted(units.split(), key=len, reverse=True))})"
        r"(?![\w/])",
        re.IGNORECASE,
    )
    for system, units in _SYSTEMS.items()
}


def _system_said(members: Sequence[Any], request: str) -> list[Any]:
    """The member of a units enum (``metric``/``imperial``, ``si``/``us``) whose system the request's units
    are written in ("elevation in feet", "a 5 km loop"), when they are all of one system; otherwise none.
    A unit counts right after a number or after "in" (:data:`_SYSTEM_UNITS`)."""
    named = {str(m).casefold(): m for m in members}
    if not any(n in named for names in _SYSTEM_NAMES.values() for n in names):
        return []
    said = {system for system, unit in _SYSTEM_UNITS.items() if unit.search(request)}
    if len(said) != 1:
        return []
    system = said.pop()
    return [named[n] for n in _SYSTEM_NAMES[system] if n in named][:1]


def _members_hinted(members: Sequence[Any], request: str, description: str = "") -> list[Any]:
    """The enum members a request says in another form of one of their words ("two vaccine vials" for
    ``vaccines``, "we drive" for ``driving``), by a word the description glosses the member with in
    brackets ("annual (vacation/holiday)" is said by "log vacation"), or by the initials of a member of
    several words, capitalised ("British RP" for ``received_pronunciation``), when it says no member as
    written: only when that leaves some members out, since a word every member shares says nothing."""
    spoken = [w for w in re.findall(r"[A-Za-z]+", request) if len(w) >= 4]
    capitals = set(re.findall(r"\b[A-Z]{2,}\b", request))
    # one capital standing alone after a number is a one-word member's initial: "66yo M", "98.6 F"
    letters = set(re.findall(r"(?<=\d)\s?[a-z]{0,3}\s([B-HJ-Z])(?![\w'\u2019])|(?<=\d)([B-HJ-Z])\b", request))
    capitals |= {c for pair in letters for c in pair if c}
    firsts = Counter(_phrase(m)[:1].upper() for m in members if isinstance(m, str))

    def hinted_by(member: str) -> bool:
        words = _phrase(member).split()
        initials = "".join(w[0] for w in words).upper()
        glossed = re.search(rf"(?<![\w]){re.escape(member)}\s*\(([^)]*)\)", description, re.IGNORECASE)
        words += re.findall(r"[a-z]+", glossed.group(1).casefold()) if glossed else []
        own = [w for w in words if len(w) >= 4 and w not in _FUNCTION_WORDS]
        alone = len(words) == 1 and len(initials) == 1 and firsts[initials] == 1
        by_initials = (len(initials) >= 2 or alone) and initials in capitals
        return any(_akin(w, s) for w in own for s in spoken) or by_initials

    hinted = [m for m in members if isinstance(m, str) and hinted_by(m)]
    return hinted if 0 < len(hinted) < len(members) else []


def _name_said(name: str, request: str, others: Sequence[str] = ()) -> bool:
    """Whether the request mentions a parameter by a word of its name (``one_way`` by "one-way",
    ``breakfast`` by "with breakfast", ``tags`` by "tagged"), by word stems of three letters or more;
    with ``others``, only by a word none of those names has ("1 day after": the ``days`` of
    ``business_days`` is also ``days``'s). Not by its description: a flag's counts in :func:`_flag_said`,
    and only by two words; by one word ("step-free") it freed the flags a request leaves at their default
    more often than it fixed one it sets (measured on the suites' expected calls)."""
    spoken = _stems(re.findall(r"[A-Za-z]+", request))
    return any(_names(stem, said) for stem in _own_stems(name_words(name), others) for said in spoken)


def _own_stems(words: Sequence[str], others: Sequence[str]) -> list[str]:
    """The stems of a name's ``words`` (three letters or more) that no name among ``others`` has."""
    shared = _stems([w for other in others for w in name_words(other)])
    return [stem for stem in _stems(words) if len(stem) >= 3 and stem not in shared]


def _flag_said(name: str, prop: dict[str, Any], request: str, properties: dict[str, Any]) -> bool:
    """Whether the request mentions a flag: by a word of its name no other parameter's name has
    (:func:`_name_said`), or by two words or more that only its description has ("with an overnight fridge
    proof" for ``cold_retard``, "proof overnight in the fridge"), or by two words its description writes
    together, written together ("packed with dry ice" for "dry ice or other dangerous goods"). One word is
    not enough: "trading" echoes ``include_after_hours``' "after-hours trading" in any stock question,
    "match" a regex tool's "case-insensitive match" (on the development suites, two description words set
    the flag right in every case they occur, one word in four of eight)."""
    others = [n for n in properties if n != name]
    if _name_said(name, request, others):
        return True
    around = " ".join(f"{n} {(properties[n] or {}).get('description') or ''}" for n in others)
    shared = _stems(re.findall(r"[A-Za-z]+", around))
    described = re.findall(r"[A-Za-z]+", str(prop.get("description") or ""))
    own = _stems([w for w in described if len(w) >= 4 and w.casefold() not in _FUNCTION_WORDS]) - shared
    words = re.findall(r"[A-Za-z]+", request)
    spoken = _stems(words)
    # or by two words its description writes together, as the request writes them: "packed with dry ice"
    # for ``hazardous`` ("dry ice or other dangerous goods"), however short the words
    pairs = {
        (_stem(a), _stem(b)) for a, b in pairwise(described)
        if min(len(a), len(b)) >= 3 and not {a.casefold(), b.casefold()} & _FUNCTION_WORDS
        and not {_stem(a), _stem(b)} <= shared
    }  # fmt: skip
    return sum(any(_names(stem, said) for said in spoken) for stem in own) >= 2 or bool(
        pairs & {(_stem(a), _stem(b)) for a, b in pairwise(words)}
    )


#: Words that turn a flag off when written just before a word of its name ("don't wait", "no
#: notification", "without timestamps", "skip the preview").
_NEGATORS = frozenset("no not dont don't never without skip nor".split())
#: A flag's verb and the words a request turns it off with ("keep the emails" for ``delete_existing``).
_ANTONYMS = {
    "delete": ("keep", "retain", "preserve"), "remove": ("keep", "retain", "preserve"),
    "include": ("exclude", "omit"), "enable": ("disable",), "notify": ("silently", "quietly"),
    "overwrite": ("keep", "preserve"), "public": ("private",), "private": ("public",),
}  # fmt: skip


def _flag_negated(name: str, request: str, others: Sequence[str]) -> bool:
    """Whether the request mentions a flag only to turn it off: a negation within the three words before
    a word of its name that no other parameter's name has ("dont wait for them" for ``wait_for_ready``),
    or a word that undoes the name's verb ("keep the emails I already got" for ``deleteExisting``)."""
    own = [w.casefold() for w in name_words(name)]
    # not a function word of the name: the "for" of ``wait_for_ready`` is in "no need for a receipt"
    stems = _own_stems([w for w in own if w not in _FUNCTION_WORDS], others)
    words = [w.strip(_EDGE).casefold().replace("\u2019", "'") for w in request.split()]
    for i, word in enumerate(words):
        if any(_names(stem, _stem(word)) for stem in stems) and _NEGATORS & set(words[max(0, i - 3) : i]):
            return True
    undoing = {a for w in own[:1] for a in _ANTONYMS.get(w, ())}
    return bool(undoing & set(words))


#: Words of a text parameter's name or description that may take a date written in words.
_WHEN_WORDS = frozenset(
    "date dates day days when time times period deadline schedule scheduled start end from until since "
    "birthday dob due expiry expires expiration year month week season event events query search".split()
)


def _only_a_date(span: str) -> bool:
    return any(start == 0 and end >= len(span.rstrip(_EDGE)) for start, end in date_spans(span))


#: Last words of a string parameter's name that make it an identifier (``tracking_number``, ``orderId``).
_IDENTIFIER_WORDS = frozenset({"number", "num", "no", "id", "nr", "version", "pin"})
#: Identifiers named by their own acronym (``iban``, ``sku``), as a name or in a description.
_IDENTIFIER_NAMES = frozenset({"iban", "isbn", "sku", "vin", "imei", "upc", "ean", "bic", "swift", "pnr"})


def _identifier(name: str, prop: dict[str, Any]) -> bool:
    """Whether a string parameter is an identifier: its name or its description ends in "number" or
    "id" (``account`` described as "account id"), its
    description asks for digits ("last four digits of the card"), or it or its description names a kind
    of identifier by acronym ("beneficiary IBAN")."""
    described = [w.casefold() for w in re.findall(r"[A-Za-z]+", str(prop.get("description") or ""))]
    for words in ([w.casefold() for w in name_words(name)], described):
        # "Text put before each number" counts numbers; it names no identifier
        if words[-1:] and words[-1] in _IDENTIFIER_WORDS and words[-2:-1] != ["each"]:
            return True
    return "digits" in described or bool(_IDENTIFIER_NAMES & _words_of(name, prop))


#: One token with a digit in it: "JD014600003828", "SKU-1042", "3:26-bk-10055", "4417" (not "-14", which
#: is a number).
_IDENTIFIER = re.compile(r"[\w#/.+-]*\d[\w#/.+:-]*")
#: A card's or an account's number written in groups of digits ("0412 7789 3021"): one identifier.
_DIGIT_GROUPS = re.compile(r"\d{3,6}(?: \d{3,6}){1,5}")


def _identifiers(name: str, spans: Sequence[str], request: str) -> list[str]:
    """The spans an identifier parameter may take: tokens written with digits, and of those the ones
    written right after a word of the parameter's name when there are some ("re: PO-88123 -- ... the
    docket of case 3:26-bk-10055" gives ``case_number`` the case's)."""
    # "-398.75" is a balance and "12" a count, not an account's id; "4417" and "007" may be ids
    ids = [
        s for s in spans
        if (_IDENTIFIER.fullmatch(s) and (_number(s) is None or (len(s) >= 4 and s.isdigit())))
        or _DIGIT_GROUPS.fullmatch(s)
    ]  # fmt: skip
    # the year of "18 June 2026", an ordinal ("the 7th") and a time are written with digits and name nothing
    dated = date_spans(request)
    ids = [
        s for s in ids
        if not _ORDINAL.fullmatch(s) and not _CLOCK.fullmatch(s) and not all(
            any(a <= m.start() and m.end() <= b for a, b in dated)
            for m in re.finditer(rf"(?<![\w-]){re.escape(s)}(?![\w-])", request)
        )
    ] or ids  # fmt: skip
    words = [w for w in name_words(name) if w.casefold() not in _IDENTIFIER_WORDS]
    # "Writing from gate B12, in NDA-0931": a span a label of something else comes before is that thing's
    others = "|".join(w for w in _LABELS if w not in {v.casefold() for v in words})
    ids = [
        s for s in ids
        if not re.search(rf"\b(?:{others})\.?\s*#?\s*{re.escape(s)}(?![\w-])", request, re.IGNORECASE)
    ] or ids  # fmt: skip
    after = [
        s
        for s in ids
        for w in words
        if re.search(
            rf"(?<![\w-]){re.escape(w)}\w*[\s:#.]{{1,3}}{re.escape(s)}(?![\w-])", request, re.IGNORECASE
        )
    ]
    return list(dict.fromkeys(after)) or ids


#: Kinds of string with a written shape, by a word that names the kind, and the shape a value of that
#: kind has: an e-mail address has an "@", a folder's path a slash, a chat channel a "#".
_SHAPES: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (frozenset({"email", "e-mail"}), re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    (frozenset({"url", "link", "website", "webpage", "endpoint"}), re.compile(r"(?:https?://|www\.)\S+")),
    (frozenset({"path", "folder", "directory", "dir"}), re.compile(r"[~.]?[\w.:~-]*[/\\]\S*(?:\s\S+)*")),
    (frozenset({"channel", "hashtag"}), re.compile(r"#[\w-]+")),
    (frozenset({"ip", "cidr", "subnet"}), re.compile(r"\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?")),
    (frozenset({"domain", "hostname", "host"}), re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")),
    (frozenset({"phone", "mobile", "fax"}), re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")),
    # a CSS selector names a class, an id or an attribute: ".modal-close", "#date-picker", "input[type=email]"
    (frozenset({"selector", "css"}), re.compile(r"[\w-]*(?:[.#][A-Za-z_][\w-]*|\[[^\]\s]+\])+")),
)
#: An item written as an address: an e-mail or a web address (their shapes above), a handle or a tag.
_ITEM_SHAPE = re.compile(
    "|".join([*(shape.pattern for kinds, shape in _SHAPES if kinds & {"email", "url"}), r"[@#][\w.-]+"])
)


def _head_words(name: str, prop: dict[str, Any]) -> set[str]:
    """A parameter's name words and its description's words up to the first function word: what it is
    ("chat channel" of "chat channel to tell"), not what it is about ("subject line of the email")."""
    head: list[str] = []
    for word in re.findall(r"[A-Za-z-]+", str(prop.get("description") or "")):
        if word.casefold() in _FUNCTION_WORDS:
            break
        head.append(word)
    return {w.casefold() for w in [*name_words(name), *head]}


def shaped_spans(name: str, prop: dict[str, Any], spans: Sequence[str]) -> list[str]:
    """For a string parameter whose name or description's head names a kind of value with a written
    shape (:data:`_SHAPES`: an e-mail address, a URL, a path, a chat channel, an IP address or subnet, a
    host name, a phone number, a CSS selector): the spans of that shape. Empty when it names none or no
    span has it."""
    words = _head_words(name, prop)
    for kinds, shape in _SHAPES:
        if kinds & words:
            shaped = [s for s in spans if shape.fullmatch(s)]
            if "ip" in kinds and not words & _SUBNET_WORDS:
                # an address asked for, "192.168.10.77/26" written: the address is what comes before
                # the prefix length (a subnet or a CIDR block asked for keeps it)
                shaped = list(dict.fromkeys(s.split("/")[0] for s in shaped))
            return shaped
    return []


_SUBNET_WORDS = frozenset({"cidr", "subnet", "network", "block", "range", "prefix"})
#: A description that asks for a value without its sign: "handle without the @", "tag, no leading #".
_WITHOUT_SIGN = re.compile(r"\b(?:without|no|minus|excluding)\s+(?:the\s+|a\s+|any\s+|leading\s+)*([@#$])")


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
#: A time of day ("the deploy at 14:02"): written with digits, and no identifier.
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_DIRECTIONS = frozenset({"from", "to"})
#: Words that point in time, not to a place: "user since v1.2" gives no ``start``; a date parameter
#: reads them through :mod:`purpose_react.dates`.
_SINCE = frozenset({"since", "until", "till"})


#: Words that make a free string a proper name: a person, a place, an organisation ("candidate's full
#: name", ``city``). Not "name" alone (a recipe's, a plant's, a timer's label) nor a recipient (an address).
_PROPER_WORDS = frozenset(
    "city town country person candidate employee customer patient author artist attendee guest passenger "
    "airline airport hotel museum company surname firstname lastname fullname".split()
)
#: Lower-case words inside a person's or a place's name ("Bram de Vries", "Rio de Janeiro").
_PARTICLES = frozenset("de da del della der di du la le van von bin al y".split())


def _proper(name: str, prop: dict[str, Any]) -> bool:
    """Whether a string parameter takes a proper name, by a word of its name or description."""
    text = f"{' '.join(name_words(name))} {prop.get('description') or ''}"
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", text)]
    joined = {a + b for a, b in pairwise(words) if b == "name"}  # "full name", "last name"
    return bool((set(words) | joined) & _PROPER_WORDS)


def _capitalised(span: str) -> bool:
    """Written as a name or a title: each word capitalised, but for a name's particles ("Rio de Janeiro")
    and a title's short words inside it ("The Left Hand of Darkness", "Pride and Prejudice")."""
    words = [w.strip(_EDGE) for w in span.split()]
    words = [w for w in words if w]
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in _PARTICLES or w in _TITLE_WORDS for w in words)
    )


#: Short words a title keeps in lower case inside it.
_TITLE_WORDS = frozenset("of the and a an in on at for to with from by or".split())


#: A short capitalised abbreviation with its full stop ("St.", "Mt.", "Dr."), inside a name, not its end.
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,2}\.")


def directed_spans(name: str, request: str) -> list[str]:
    """For a string parameter named for a direction (``from_city``, ``target_language``, ``origin``):
    the spans that follow that direction's word in the request and stop before the other's ("from New
    York to Boston" gives ``from_city`` "New", "New York", not "Boston"). Empty when the name has no
    direction or the request does not say it."""
    stems = _stems(name_words(name))
    mine = stems & _DIRECTIONS
    if len(mine) != 1:
        return []
    words = request.split()
    out: list[str] = []
    for i, word in enumerate(words[:-1]):
        if _stems([word.strip(_EDGE)]) != mine or word.strip(_EDGE).casefold() in _SINCE:
            continue
        # "from postcode 10115" for ``origin_postal_code``: a word naming what the value is labels it
        labeled = bool(_stems([words[i + 1].strip(_EDGE)]) & (stems - mine))
        for j in range(i + 2, min(len(words), i + 1 + SPAN_WORDS) + 1):
            if _stems([w.strip(_EDGE) for w in words[i + 1 : j]]) & _DIRECTIONS:
                break
            span = " ".join(words[i + 1 + labeled : j]).strip(_EDGE)
            if span:
                out.append(span)
            if words[j - 1][-1:] in _STOPS and not _ABBREVIATION.fullmatch(words[j - 1]):
                break  # a span does not run on past its clause ("to St. Agnes" is one place)
    return list(dict.fromkeys(out))


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CALENDAR_WORDS = frozenset([*_WEEKDAYS, *MONTH_NAMES, "today", "tomorrow", "tonight"])


def _labels(name: str, others: Collection[str]) -> set[str]:
    """The words of a parameter's name that label its value in a request: three letters or more, and in
    no other parameter's name (a shared word labels neither)."""
    own = {w.casefold() for w in name_words(name)}
    shared = {w.casefold() for other in others if other != name for w in name_words(other)}
    return {w for w in own - shared if len(w) >= 3}


def named_spans(name: str, request: str, spans: Sequence[str], others: Collection[str] = ()) -> list[str]:
    """For a string parameter, the ``spans`` that start where a request writes a value right after a
    word of its name, with no colon: "promo code SPRING25" for ``coupon_code``, "the password
    Tr0ub4dor&3", "with subject 'Lunch on Friday'", "the author Jane Austen". Only a word written as a
    value is (a capital, a digit or a symbol in it): "the recipe serves 7" and "card ending 4417" name
    no value by their next word. A word of the name another parameter's name has too labels neither.
    Empty where no value is written so."""
    labels = _labels(name, others)
    words = request.split()
    starts: set[str] = set()
    for i, word in enumerate(words[:-1]):
        if word.casefold() not in labels:  # the label written bare: "code SPRING25", not "code, then"
            continue
        before = words[i - 1].strip(_EDGE) if i and not _ends_sentence(words[i - 1]) else ""
        if before[:1].isupper():
            continue  # "the Hilton hotel Friday night": the value is the word before the label
        first = words[i + 1].strip(_EDGE)
        if (
            first
            and first.casefold() not in _FUNCTION_WORDS | _CALENDAR_WORDS
            and not (first.isalpha() and first.islower())
        ):
            starts.add(first)
    return [s for s in spans if s.split()[0].strip(_EDGE) in starts] if starts else []


def modified_spans(name: str, request: str, spans: Sequence[str], others: Collection[str] = ()) -> list[str]:
    """For a string parameter, the value a request writes right before a word of its name, as English
    puts a name before the noun it names: "the inventory_prod database" for ``database``, "my Sci-fi
    nights list" for ``list_name``, "the Hilton hotel" (and "the Field Museum", its label capitalised as
    part of the name, for ``museum``). The words between the label and the article,
    pronoun or preposition before them, when one of them is written as a value (a capital, a digit or a
    symbol: "the big database" names none) and they are among ``spans``. A request's first word and a
    word of the name another parameter's name has too open or label none. Empty where none is written so."""
    labels = _labels(name, others)
    words = request.split()
    out: list[str] = []
    for i, word in enumerate(words):
        if i == 0 or word.strip(_EDGE).casefold() not in labels or words[i - 1][-1:] in ",;:.!?":
            continue  # "at 19,685.04 JPY, code 4202.92": a comma ends the clause before the label
        start = i
        while start > 0 and i - start < SPAN_WORDS and not _ends_sentence(words[start - 1]):
            if words[start - 1].strip(_EDGE).casefold() in _FUNCTION_WORDS:
                break
            start -= 1
        if start == 0 or start == i:
            continue  # the request opens with it ("Back up ..."), or nothing stands before the label
        run = [w.strip(_EDGE) for w in words[start:i]]
        if word[:1].isupper():
            run.append(word.strip(_EDGE))  # "the Field Museum": a capitalised label is part of the name
        if any(not (w.isalpha() and w.islower()) for w in run):
            value = " ".join(run)
            if value in spans:
                out.append(value)
    return list(dict.fromkeys(out))


def labeled_spans(name: str, request: str) -> list[str]:
    """What a request writes after the parameter's name and a colon or an equals sign ("Subject: Invoice
    2291." gives ``subject`` "Invoice 2291", "title=Q3 plan" ``title``), up to the end of its sentence."""
    words = name_words(name)
    if not words:
        return []
    label = r"[\s_-]*".join(re.escape(w) for w in words)
    # the value runs to the end of its sentence, its full stop included: "Body: Thanks for your help."
    labeled = re.compile(rf"(?<!\w){label}\s*[:=]\s*(.+?)(?:(?<=[.!?])(?=\s)|\n|$)", re.IGNORECASE)
    out: list[str] = []
    for m in labeled.finditer(request):
        value = m.group(1).strip()
        # as written, without its full stop, and up to its first comma ("buy milk, tagged work")
        out += [value, value.strip(_EDGE), value.split(",")[0].strip(_EDGE)]
    return list(dict.fromkeys(v for v in out if v))


def request_value_schema(schema: dict[str, Any], request: str, tool: str = "") -> dict[str, Any]:
    """A copy of a tool's schema whose values may only be values the request gives (see
    :func:`_flat_value_schema`, the lesson for parameters side by side).

    The same lesson reaches parameters tools declare in other shapes. An object parameter's own properties
    (a location, a date range, an options object) are narrowed as parameters of their own, beside the
    others, under their own names (joined to the object's name only where two would share one), and put
    back in their object: a nested property the request gives no value for is left out of it as a
    parameter would be, and an object the request names a value in becomes required. A type that also
    allows null (pydantic's ``Optional``) is narrowed as its other type, and keeps null where the request
    gives nothing for it. ``tool``: the tool's name, whose words a request says to ask for the call, not
    as a value (:func:`_beyond_names`)."""
    flat, nests = _flattened(schema)
    nullable = _strip_null(flat)
    narrowed = _flat_value_schema(flat, request, owned=True, tool=tool)
    for name, kinds in nullable.items():
        prop = (narrowed.get("properties") or {}).get(name)
        if isinstance(prop, dict) and "enum" not in prop:
            prop["type"] = kinds
    return _nested(schema, narrowed, nests) if nests else narrowed


def _flattened(schema: dict[str, Any]) -> tuple[dict[str, Any], dict[str, tuple[str, str]]]:
    """``schema`` with each object parameter replaced by its properties (one level: an object inside one
    stays a value of its own), and for each such property its object and its own name. A property keeps
    its name where no other parameter has it."""
    out: dict[str, Any] = json.loads(json.dumps(schema))
    props = out.get("properties")
    if not isinstance(props, dict):
        return out, {}
    objects = [n for n, p in props.items() if _object_of_properties(p)]
    if not objects:
        return out, {}
    names = Counter(leaf for n in objects for leaf in props[n]["properties"])
    names.update(n for n in props if n not in objects)
    required = set(out.get("required") or ())
    flat: dict[str, Any] = {}
    nests: dict[str, tuple[str, str]] = {}
    now_required = [n for n in (out.get("required") or ()) if n not in objects]
    for name, prop in props.items():
        if name not in objects:
            flat[name] = prop
            continue
        inner_required = set(prop.get("required") or ())
        for leaf, sub in prop["properties"].items():
            key = leaf if names[leaf] == 1 else f"{name}_{leaf}"
            while key in flat or (key in props and key != leaf):
                key = f"{name}_{key}"
            flat[key] = sub
            nests[key] = (name, leaf)
            if name in required and leaf in inner_required:
                now_required.append(key)
    out["properties"] = flat
    out["required"] = now_required
    return out, nests


def _object_of_properties(prop: Any) -> bool:
    return (
        isinstance(prop, dict)
        and prop.get("type") == "object"
        and isinstance(prop.get("properties"), dict)
        and bool(prop["properties"])
        and not {"enum", "const"} & set(prop)
    )


def _strip_null(schema: dict[str, Any]) -> dict[str, list[Any]]:
    """Narrow a ``[type, "null"]`` property as its type: the type lists taken off, by property name."""
    taken: dict[str, list[Any]] = {}
    for name, prop in (schema.get("properties") or {}).items():
        kinds = prop.get("type") if isinstance(prop, dict) else None
        if isinstance(kinds, list) and "null" in kinds and len(kinds) == 2:
            taken[name] = kinds
            prop["type"] = next(k for k in kinds if k != "null")
    return taken


def _nested(
    original: dict[str, Any], narrowed: dict[str, Any], nests: dict[str, tuple[str, str]]
) -> dict[str, Any]:
    """The narrowed properties put back in their objects, in the order the tool declared them. An object
    the request gives nothing for is left out when optional and kept as declared when required; one the
    request names a value in becomes required."""
    flat_props: dict[str, Any] = narrowed.get("properties") or {}
    flat_required = set(narrowed.get("required") or ())
    keys = {where: key for key, where in nests.items()}
    objects = {parent for parent, _ in nests.values()}
    was_required = set(original.get("required") or ())
    props: dict[str, Any] = {}
    required: list[str] = []
    for name, prop in (original.get("properties") or {}).items():
        if name not in objects:
            if name in flat_props:
                props[name] = flat_props[name]
                if name in flat_required:
                    required.append(name)
            continue
        declared = set(prop.get("required") or ())
        inner: dict[str, Any] = {}
        inner_required: list[str] = []
        named = False
        for leaf in prop["properties"]:
            key = keys[(name, leaf)]
            if key not in flat_props:
                continue
            inner[leaf] = flat_props[key]
            if key in flat_required or leaf in declared:
                inner_required.append(leaf)
            named = named or (key in flat_required and not (name in was_required and leaf in declared))
        if not inner and name not in was_required:
            continue
        obj = {k: v for k, v in prop.items() if k != "required"}
        obj["properties"] = inner  # a required object whose optional members are all left out: {}
        if inner_required or "required" in prop:
            obj["required"] = inner_required
        props[name] = obj
        if name in was_required or named:
            required.append(name)
    out = {k: (props if k == "properties" else v) for k, v in narrowed.items() if k != "required"}
    if required or "required" in original:
        out["required"] = required
    return out


#: A default a description states in words: "default true", "Default: 10", "defaults to 'inbox'".
_DESCRIBED_DEFAULT = re.compile(
    r"\bdefaults?\b(?:\s+(?:is|to|value|of))*\s*[:=]?\s*['\"`]?(-?[\w.-]*\w)", re.IGNORECASE
)
_NO_VALUE = frozenset("none null nil empty no any all current unlimited unset blank n/a".split())


def _flag_default(prop: dict[str, Any]) -> Any:
    return prop["default"] if isinstance(prop.get("default"), bool) else described_default(prop)


def described_default(prop: dict[str, Any]) -> Any:
    """The default a parameter's description states in words, as a value of its type (None where it
    states none, or one that is no value: "default none", "default no limit", "default all stages").
    Catalogues write defaults so more often than as a schema's ``default``. The values lesson reads it for
    a flag only (an optional flag the request mentions is set to the other value): offering a number's or
    a text's described default would let the model send an argument a checker that knows only the
    schema's ``default`` counts as one the request never asked for."""
    m = _DESCRIBED_DEFAULT.search(str(prop.get("description") or ""))
    if m is None:
        return None
    word = m.group(1)
    kind = prop.get("type")
    if word.casefold() in _NO_VALUE:
        return None
    if "enum" in prop:
        return next((v for v in prop["enum"] if isinstance(v, str) and v.casefold() == word.casefold()), None)
    if kind == "boolean":
        return {"true": True, "yes": True, "on": True, "false": False, "off": False}.get(word.casefold())
    if kind in ("number", "integer"):
        number = _number(word)
        if number is None or (kind == "integer" and not number.is_integer()):
            return None
        return _as_json_number(number)
    if kind == "string" and word.casefold() not in _FUNCTION_WORDS and not {"format", "pattern"} & set(prop):
        return word
    return None


def _flat_value_schema(
    schema: dict[str, Any], request: str, *, owned: bool = False, tool: str = ""
) -> dict[str, Any]:
    """A copy of a tool's schema whose values may only be values the request gives (the proven lesson
    "fill each argument with a value from the request", acting in the grammar): numbers from
    :func:`request_numbers`, free strings from :func:`request_spans` (an identifier's only from spans
    written with digits, when there are some), enum members the request names, an array one of the lists
    the request gives (:func:`request_lists`, typed and sized to fit), in the request's order.
    An optional parameter the request names a value for (a bound number, a named enum member) becomes
    required, and array parameters of one shape take the request's lists in order (:func:`_in_order`).
    An optional parameter the request gives no value for (a flag or a list: no word of its name in the
    request; a number: only numbers other parameters' words name) may only take its default, or is left
    out when it has none: a 135M model otherwise fills it with a made-up season, ``breakfast: true``, the
    first enum member or a list of one word eight times. An optional flag with a default that the request
    does mention is set to the other value, and required.
    Formats and patterns keep their own constraint; a required property the request gives no fitting
    value for is left as it was (the call needs it, and the request may say it in other words).
    ``owned``: ``schema`` is the caller's private copy (:func:`_flattened` made it), narrowed in place
    instead of copied again."""
    numbers = request_numbers(request)
    amounts_given = amounts(_numeric(request))  # numbers with their units, for every unit-taking parameter
    percents = percent_fractions(request)
    percented = percent_only(request)
    spans = request_spans(request)
    out: dict[str, Any] = schema if owned else json.loads(json.dumps(schema))
    bound, ties = number_ties(out.get("properties") or {}, request, out.get("required") or ())
    # a number bound as often as the request gives it is claimed ("5 wins, 5 draws": both fives)
    times = _times_written(request)
    claimed = {v for v in set(bound.values()) if list(bound.values()).count(v) >= times.get(float(v), 1)}
    members = member_bindings(out.get("properties") or {}, request)
    quotes = request_quotes(request)
    labels = label_numbers(request)
    date_parts = date_numbers(request)
    props = out.get("properties") or {}
    free = [
        n
        for n, p in props.items()
        if isinstance(p, dict) and p.get("type") == "string" and not {"enum", "format", "pattern"} & set(p)
    ]
    # the spans a free string may take: not the call's own words (the same for every parameter)
    unnamed = _beyond_names(spans, _plain_words([tool, *props]), request, set(quotes)) or list(spans)

    def narrow(prop: Any, required: bool, name: str = "") -> bool:
        """Narrow ``prop`` in place; False when an optional property has nothing the request gives."""
        if not isinstance(prop, dict) or "const" in prop:
            return True
        kind = prop.get("type")
        if kind == "array":
            lists = request_list_values(prop, request)
            if lists:
                prop["enum"] = lists  # the request's own lists, items in the order it gives them
                return True
            named_items = isinstance(prop.get("items"), dict) and "enum" in prop["items"]
            if not (required or named_items) and name and not _name_said(name, request):
                return False  # an optional list the request neither gives nor mentions: left out
            kept = narrow(prop.get("items"), required)
            offered = prop["items"].get("enum") if isinstance(prop.get("items"), dict) else None
            if isinstance(offered, list) and offered and "uniqueItems" not in prop:
                # "vegan and gluten-free" is two members at most: a 135M model otherwise repeats one
                # until its tokens run out ("gluten_free", "gluten_free", ...)
                prop["maxItems"] = min(int(prop.get("maxItems", len(offered))), len(offered))
            return kept
        if "enum" in prop and name in members:
            said = [members[name]]
        elif "enum" in prop:
            said = _longest_said(prop["enum"], request)
            # a member another parameter's words name is that parameter's ("into EUR" is not the origin)
            said = [m for m in said if m not in members.values()] or said
            if not said:  # "a thirty-year term" says the member "30"
                worded = _longest_said(prop["enum"], _numeric(request))
                said = [m for m in worded if _number(str(m)) is not None]
            if not said:  # "in feet" says ``imperial``
                said = _system_said(prop["enum"], request)
            if not said:  # "50 euros" says ``EUR``, "in French" ``fr``
                said = aliases_said(prop["enum"], request)
                said = [m for m in said if m not in members.values()] or said
            if not said:  # "cheapest first" says ``price_asc`` of a sort parameter
                said = orders_said(name, str(prop.get("description") or ""), prop["enum"], request)
            if not said and required:
                said = _members_hinted(prop["enum"], request, str(prop.get("description") or ""))
        elif kind == "string" and (dated := _dates_for(name, prop, request)) is not None:
            said = dated  # "March 3rd, 2024" offered as "2024-03-03" where the parameter asks for that
        elif kind == "string" and not {"format", "pattern"} & set(prop) and (
            coded := codes_said(name, str(prop.get("description") or ""), request)
        ):
            said = coded  # "in euros" for a parameter that asks for an ISO 4217 code: "EUR"
        elif kind == "string" and not {"format", "pattern"} & set(prop):
            said = list(unnamed)
            unquoted_ids: list[str] = []
            if _identifier(name, prop):
                # a tracking number or an order id is written with digits, not "dhl" or "my order"
                ids = _identifiers(name, spans, request)
                said = ids or said
                unquoted_ids = [i for i in ids if not any(i in q for q in quotes)]
            # an id written outside the quotes is not one of them ("On post 99120 delete ... "dm me"")
            if quotes and name in free and len(quotes) >= len(free) and not unquoted_ids:
                # free texts a request quotes at least as many of: 'search the logs for "timeout"', "does 'e'
                # appear in 'practice makes perfect'" (which quote is which is the model's to choose)
                said = quotes
            elif _proper(name, prop) and not _identifier(name, prop):
                # a person's or a place's name is written capitalised: "Set up Jonas Becker's loop"
                said = [v for v in said if _capitalised(v)] or said
            # a folder is a path, a chat channel "#releases", not "2025" or "v4.0.2" (quoted or not)
            said = shaped_spans(name, prop, said) or said
            if not _words_of(name, prop) & _WHEN_WORDS:
                # "reason: May 21, 2026", "member: 29 Jan 2027": a date is no reason, no person
                said = [v for v in said if not _only_a_date(v)] or said
            if unsigned := _WITHOUT_SIGN.search(str(prop.get("description") or "")):
                # "Account handle without the @": "northwind_coffee", not "@northwind_coffee"
                said = [v for v in said if unsigned[1] not in v] or said
            # "Subject: Invoice 2291" is the subject; "from New York" the origin
            said = (
                labeled_spans(name, request)
                or directed_spans(name, request)
                or named_spans(name, request, said, free)  # "promo code SPRING25": the ``coupon_code``
                or modified_spans(name, request, said, free)  # "the inventory_prod database"
                or said
            )
        elif kind in ("number", "integer") and (ratios := ratio_numbers(name, prop, request)):
            said = [_as_json_number(n) for n in ratios]
        elif kind in ("number", "integer") and name in bound:
            said = [bound[name]]
            if not _fits(prop, bound[name]) and _fits(prop, percents.get(bound[name])):
                said = [percents[bound[name]]]  # "a 45% rate" for a rate between 0 and 1
            said = _in_units(name, prop, amounts_given, said)
        elif kind in ("number", "integer"):
            # "2.5 seconds" is 2500 for an integer ``min_duration_ms``: converted before it must fit
            # (a number another parameter's words name stays as written: "a 2.5-hour flight" is no
            # 150-minute reserve)
            unclaimed = [n for n in numbers if n not in claimed]
            in_units = _converted(name, prop, amounts_given, unclaimed) + [n for n in numbers if n in claimed]
            fitting = [_as_json_number(n) for n in in_units if _fits(prop, n)]
            if _names_a_year(name):  # a tax year or a season is a year, not "Tax on 140,294"
                fitting = [n for n in fitting if _year_like(n)] or fitting
            fitting = [n for n in fitting if _calendar_fits(name, n)]  # a month is no 2026
            # a percentage for a fraction, only where no number the request gives fits as written
            fitting = fitting or [p for p in percents.values() if _fits(prop, p)]
            # a number another parameter's words name is that parameter's ("13 nights" is not 13 guests)
            said = [n for n in fitting if n not in claimed] or (fitting if required else [])
            # "Room 214 here again", "my 3rd try": a label's number or an ordinal is no amount; for an
            # optional parameter never, for a required one only when the request gives no other
            said = [n for n in said if n not in labels] or (said if required else [])
            if not _names_a_date_part(name):  # "$2,235.51 on 21 November 2025": the amount is not 2025
                said = [n for n in said if n not in date_parts] or (said if required else [])
            if not _takes_percent(name, prop):  # "(2% battery) ... SCr 3.48": a creatinine is no 2
                said = [n for n in said if n not in percented] or (said if required else [])
            said = calendar_numbers(name, prop, request) or said
            said = period_counts(name, prop, request) or said
            # "($0.13/kWh) ... at $0.28" for a price: the numbers its words name alike, not "2 EVs"
            tied = [n for n in said if n in ties.get(name, ())]
            said = tied if len(set(tied)) > 1 else said
            said = _in_units(name, prop, amounts_given, said)
            # "in a week" for ``days``: a span of time the request gives as no number
            if periods := _periods_in_units(name, prop, amounts_given):
                said = [*periods, *(n for n in said if n not in periods)]
                named.add(name)
        elif kind == "boolean" and not required and name and not _flag_said(name, prop, request, props):
            said = []  # an optional flag the request never mentions: its default, or left out
        elif kind == "boolean" and not required and isinstance(flag_default := _flag_default(prop), bool):
            # an optional flag the request mentions is one it sets other than its default: "with
            # breakfast" for ``breakfast`` (default false), "without tax" for ``include_tax`` (default
            # true), "step-free" for ``wheelchair_accessible`` ("step-free route"); a request that wants
            # the default has no reason to say it. The default may be the schema's or the description's
            # ("Include timestamps, default true")
            said = [not flag_default]
            named.add(name)
        elif kind == "boolean" and name and _flag_negated(name, request, [n for n in props if n != name]):
            said = [False]  # "dont wait for them to come up", "keep the emails": a flag turned off in words
            named.add(name)
        else:
            return True  # objects, formats, flags the request mentions: it rarely spells them as a value
        if (name in bound and kind in ("number", "integer")) or ("enum" in prop and said):
            # the request names this parameter's value: its default is not what was asked, and leaving
            # it out ("for the 2018 season" without a season) is not either
            named.add(name)
        elif "default" in prop and said and not isinstance(prop["default"], bool | dict | list):
            said.append(prop["default"])
        if said:
            prop["enum"] = list(dict.fromkeys(said))
            return True
        if required:
            return True
        if "default" in prop:
            prop["enum"] = [prop["default"]]
            return True
        return False

    named: set[str] = set()
    needed = set(out.get("required") or [])
    for name in list(props):
        if not narrow(props[name], name in needed, name):
            del props[name]
    _in_order(props)
    _ordinals_in_order(props)
    for name, day in range_ends(props, request).items():
        if day in (props[name].get("enum") or ()):
            props[name]["enum"] = [day]  # a range's start is its earlier date, its end the later
    for name in [n for n in props if n not in needed | named]:
        if not _spare_numbers(name, props, times):
            del props[name]
    _claimed_out(props, free, request, numbers)
    if named & set(props) - needed:
        out["required"] = [*(out.get("required") or []), *(n for n in props if n in named - needed)]
    return out


def _in_units(
    name: str, prop: dict[str, Any], given: Sequence[tuple[float, tuple[int, float]]], said: list[Any]
) -> list[Any]:
    """``said`` with each number the request writes in another unit of the kind the parameter takes
    converted to the parameter's unit ("4 cm" is 0.04 for ``displacement_m``; :mod:`purpose_react.units`),
    and without the numbers it writes only in units of other kinds ("100 µF" is no resistance), when
    some are left. ``given``: the request's :func:`~purpose_react.units.amounts`."""
    unit = parameter_unit(name, prop)
    if unit is None or not said:
        return said
    converted = in_parameter_units(unit, given, [float(v) for v in said])
    out = []
    for v in said:
        new = converted.get(float(v))
        out.append(_as_json_number(new) if new is not None and _fits(prop, new) else v)
    foreign = foreign_values(unit, given)
    return list(dict.fromkeys([v for v in out if float(v) not in foreign] or out))


def _converted(
    name: str, prop: dict[str, Any], given: Sequence[tuple[float, tuple[int, float]]], numbers: list[float]
) -> list[float]:
    """``numbers`` with each one the request writes in another unit of the parameter's kind converted."""
    unit = parameter_unit(name, prop)
    if unit is None:
        return numbers
    converted = in_parameter_units(unit, given, numbers)
    return list(dict.fromkeys(converted.get(float(n), n) for n in numbers))


def _periods_in_units(
    name: str, prop: dict[str, Any], given: Sequence[tuple[float, tuple[int, float]]]
) -> list[int | float]:
    """The spans of time a request says with an article ("in a week", "over a decade") in the unit of a
    parameter that counts time (7 for ``days``, 120 for ``term_months``)."""
    unit = parameter_unit(name, prop)
    if unit is None:
        return []
    return [_as_json_number(v) for v in spans_of_time(unit, given) if _fits(prop, v)]


def _claimed_out(props: dict[str, Any], free: Sequence[str], request: str, numbers: Sequence[float]) -> None:
    """Take from a free string's offers the spans that hold a value the request gives (``numbers``: its
    :func:`request_numbers`) and another parameter is fixed to ("47 minutes apiece" is the length, not the
    candidate; "Museum of Art" the destination, not the route's name), when some offers are left: a value
    fills one parameter."""
    given = set(numbers)
    fixed = [
        p["enum"][0] for p in props.values()
        if isinstance(p, dict) and len(p.get("enum") or ()) == 1 and not isinstance(p["enum"][0], bool | list)
    ]  # fmt: skip
    claimed = {float(v) for v in fixed if isinstance(v, int | float) and float(v) in given}
    texts = [v for v in fixed if isinstance(v, str) and v and v in request]

    def holds(text: str, part: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text) is not None

    # what the request writes besides the claimed values: "Zuni" written only in "Zuni Cafe" is that
    rest = request
    for t in sorted(texts, key=len, reverse=True):
        rest = re.sub(rf"(?<!\w){re.escape(t)}(?!\w)", " | ", rest)
    for name in free:
        offers = (props.get(name) or {}).get("enum")
        if not offers or len(offers) < 2:
            continue
        kept = [
            v for v in offers
            if not any(holds(v, t) or (holds(t, v) and not holds(rest, v)) for t in texts)
            and not claimed & _held_numbers(v)
        ]  # fmt: skip
        if kept:
            props[name]["enum"] = kept


#: Tokens whose digits are no amount: an IP address ("10.0.0.1" holds no 10) and a token with a letter
#: before a digit ("Tr0ub4dor&3", "v4.0.2", "B12").
_DIGITS_IN_TOKEN = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?(?![\w.])|\S*[A-Za-z]\S*\d\S*")


def _held_numbers(text: str) -> set[float]:
    """The numbers a span holds as amounts, not the digits inside an address or an identifier of it."""
    return set(request_numbers(_DIGITS_IN_TOKEN.sub(" ", text)))


def _spare_numbers(name: str, props: dict[str, Any], times: Counter[float]) -> bool:
    """Take from an optional number's offers the numbers other parameters are fixed to as often as the
    request writes them ("born in 1761 ... born 1998" fixes ``from_year`` and ``to_year``, so
    ``years_per_generation`` is no 1998: it keeps its default); False when nothing is left and it has no
    default to fall back on, so it is left out. Run once every rule has fixed what it fixes, as the
    order of a pair is read after the words next to each number."""
    prop = props[name]
    if not isinstance(prop, dict) or prop.get("type") not in ("number", "integer"):
        return True
    offered = prop.get("enum")
    if not isinstance(offered, list) or not offered:
        return True
    fixed = Counter(
        float(p["enum"][0]) for n, p in props.items()
        if n != name and isinstance(p, dict) and p.get("type") in ("number", "integer")
        and isinstance(p.get("enum"), list) and len(p["enum"]) == 1 and isinstance(p["enum"][0], int | float)
    )  # fmt: skip
    spare = [v for v in offered if v == prop.get("default") or fixed[float(v)] < times.get(float(v), 1)]
    if spare:
        prop["enum"] = spare
        return True
    if "default" in prop:
        prop["enum"] = [prop["default"]]
        return True
    return False


def _dates_for(name: str, prop: dict[str, Any], request: str) -> list[str] | None:
    """The dates or times the request gives, written as a date-like string parameter asks
    (:mod:`purpose_react.dates`); with the request's own spans too when only its name says date. None
    when the parameter is not date-like or the request gives no date: the other rules apply then."""
    if "pattern" in prop:
        return None
    asked = date_pattern(name, prop)
    written = in_pattern(asked[0], request) if asked else []
    if not written or asked is None:
        return None
    return written if asked[1] else [*written, *request_spans(request)]


#: A parameter name with an ordinal: ``side_a``, ``leg_b``, ``mass1_kg``, ``x2``; the rest of the name is
#: its kind (``side_#``, ``mass#_kg``) and the ordinal its rank.
_NUMBERED_NAME = re.compile(
    r"^(?P<head>.*?[a-z])(?P<digit>[1-4])(?P<tail>_.*)?$|^(?P<lead>.+_)(?P<letter>[a-d])(?P<rest>_.*)?$"
)


#: Name words that order a pair or a row of parameters as a request writes their values: "between 1887
#: and 2007" for ``from_year`` and ``to_year``, "from 522.8 to 958.9" for ``old_value`` and ``new_value``.
_ORDER_WORDS = {
    word: rank
    for row in (
        "from to",
        "start end",
        "old new",
        "initial final",
        "first second third",
        "min max",
        "lower upper",
    )
    for rank, word in enumerate(row.split())
}


def _ordinal(name: str) -> tuple[str, int] | None:
    words = [w.casefold() for w in name_words(name)]
    ordered = [i for i, w in enumerate(words) if w in _ORDER_WORDS]
    if len(words) > 1 and len(ordered) == 1:
        at = ordered[0]
        return " ".join([*words[:at], "#", *words[at + 1 :]]), _ORDER_WORDS[words[at]]
    m = _NUMBERED_NAME.match(name)
    if m is None:
        return None
    if m["digit"]:
        return f"{m['head']}#{m['tail'] or ''}", int(m["digit"]) - 1
    return f"{m['lead']}#{m['rest'] or ''}", "abcd".index(m["letter"])


def _ordinals_in_order(props: dict[str, Any]) -> None:
    """Numbered parameters offered the same numbers take them in the request's order, and so do parameters
    whose names differ by order words (``from_year`` and ``to_year`` for "between 1887 and 2007",
    ``old_value`` and ``new_value``, ``min_`` and ``max_``: :data:`_ORDER_WORDS`): the first of
    ``leg_a`` and ``leg_b`` is written before the second ("legs 44.2 and 7.1"), so with one number more
    than such parameters ("my 2 kids ... legs 44.2 and 7.1") ``leg_a`` may be 2 or 44.2 and ``leg_b``
    44.2 or 7.1, and with as many numbers as parameters each is fixed. Several kinds numbered alike
    (``x1``, ``y1``, ``x2``, ``y2``; ``price_a``, ``size_a``...) take one block of numbers per rank, in
    either order inside it ("1556 g for 24.79": the size is written first), only where they are offered
    exactly their own numbers. Only where every rank from the first has each kind once."""
    groups: dict[str, list[tuple[int, str, str]]] = {}  # offered list -> (rank, kind, name)
    others: dict[str, int] = {}  # offered list -> how many parameters without a rank are offered it
    for name, prop in props.items():
        offered = prop.get("enum") if isinstance(prop, dict) else None
        if not isinstance(offered, list) or len(offered) < 2 or prop.get("type") not in ("number", "integer"):
            continue
        key, ordinal = json.dumps(offered), _ordinal(name)
        if ordinal is None:
            others[key] = others.get(key, 0) + 1
        else:
            groups.setdefault(key, []).append((ordinal[1], ordinal[0], name))
    for key, members in groups.items():
        offered = json.loads(key)
        kinds = {kind for _, kind, _ in members}
        ranks = max(rank for rank, _, _ in members) + 1
        grid = {(rank, kind) for rank, kind, _ in members}
        if ranks < 2 or len(grid) != len(members) or grid != {(r, k) for r in range(ranks) for k in kinds}:
            continue
        width, spare = len(kinds), len(offered) - len(members)
        if spare < 0 or (width > 1 and (spare > 0 or others.get(key))):
            continue  # one kind: others' numbers may lie anywhere between; several: only blocks exactly
        for rank, _, name in members:
            props[name]["enum"] = offered[rank * width : (rank + 1) * width + spare]


def _in_order(props: dict[str, Any]) -> None:
    """Array parameters of one shape offered the same lists, as many as there are parameters ("points
    (0, -14) and (-20, -3)" for ``point_a`` and ``point_b``): each takes the list at its own place, as a
    request gives them in the order the function names them."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for prop in props.values():
        if isinstance(prop, dict) and prop.get("type") == "array" and isinstance(prop.get("enum"), list):
            shape = {k: v for k, v in prop.items() if k not in ("description", "title")}
            items = shape.get("items")
            if isinstance(items, dict) and items.get("type") == "integer":  # the same lists fit both
                shape["items"] = {**items, "type": "number"}
            groups.setdefault(json.dumps(shape, sort_keys=True), []).append(prop)
    for same in groups.values():
        lists = same[0]["enum"]
        if len(same) > 1 and len(lists) == len(same):
            for prop, value in zip(same, lists, strict=True):
                prop["enum"] = [value]
