"""The numbers a request gives, and which parameter each one belongs to.

A request writes its numbers in many ways ("three nights", "2k", "1.6e-19", "3/4", "minus forty", "5
below zero") and next to the words that say what they count ("23 kilograms" for ``weight_kg``, "Room
214" for no amount at all). This module reads them in place as the values they mean and binds each to
the parameter whose words point at it, for the values lesson (:mod:`purpose_react.values`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Any

from purpose_react.dates import (
    date_spans,
    request_decades,
    request_month_numbers,
    request_times,
)
from purpose_react.units import (
    unit_of,
)
from purpose_react.words import (
    _CONTEXT_WORDS,
    _FUNCTION_WORDS,
    _LABELS,
    _SIGN_STEMS,
    _STOPS,
    _as_json_number,
    _names,
    _stem,
    _stems,
    _words_of,
    name_words,
)

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


#: A year before the common era ("500 BCE", "44 BC"): the negative year a year parameter takes.
_BEFORE_ERA = re.compile(r"(?<![\w.,-])(\d{1,5})(\s?)(BCE|BC|B\.C\.(?:E\.)?)(?!\w)")


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
    text = _BEFORE_ERA.sub(r"-\1\2\3", text)  # "from 500 BCE to 30 BCE": -500 and -30
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
    """ "1/250 s" as "0.004 s": read as 1 and 250, the unit after it named 250 (a shutter time of 250
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
    return bool({w.casefold() for w in name_words(name)} & {"day", "days", "month", "year", "date", "season"})


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


#: Unit symbols, case as written, and a word they stand for: read so only right after a number ("4.3 h",
#: "389W"), where a letter is a unit; elsewhere "h", "s" or "W" are an initial or a possessive's "s".
_UNIT_SYMBOLS = {
    "h": "hours", "W": "watts", "kW": "kilowatts", "V": "volts", "A": "amps", "J": "joules", "N": "newtons",
    "Hz": "hertz", "Pa": "pascals", "s": "seconds", "g": "grams", "L": "litres", "l": "litres",
    "yd": "yards", "yds": "yards", "oz": "ounces", "mph": "miles",
}  # fmt: skip


_PREPOSITIONS = frozenset(
    "to from of at for by with in into on per until till since than over under after before between".split()
)


def _initials(name: str) -> str:
    """A name's initials, as a request abbreviates it ("wpm" for ``words_per_minute``, "apr" for
    ``annual_percentage_rate``); empty for a name of one word."""
    words = name_words(name)
    return "".join(w[0] for w in words).casefold() if len(words) >= 2 else ""


def _abbreviates(word: str, name_word: str) -> bool:
    """Whether a request's word abbreviates a word of a parameter's name: "0 TD" touchdowns, "2 INT"
    interceptions. Written in capitals, as such abbreviations are (a unit in small letters, "mL", is the
    unit's word, not "molarity"), two to four letters, the word's own letters in order from its first."""
    short = word.casefold()
    if not 2 <= len(short) <= 4 or len(name_word) < 5 or short == name_word or short[0] != name_word[0]:
        return False
    if not word.isupper():
        return False
    rest = iter(name_word[1:])
    return all(letter in rest for letter in short[1:])


#: A description that says when its number is negative: "negative to go down", "(negative to subtract)",
#: "negative when overdrawn".
_NEGATIVE_WHEN = re.compile(r"\bnegative\s+(?:to|for|is|when|if|means)\s+((?:[A-Za-z-]+\s*){1,3})", re.I)


def negative_said(prop: dict[str, Any], request: str) -> bool:
    """Whether a request asks for the negative value of a number whose description says when it is
    negative, by a word of that saying ("Semitones to shift; negative to go down" and "down three
    semitones": -3; "negative when overdrawn" and "overdrawn by 40"). Only the description's own words
    count: what else means "down" is not guessed."""
    told = _NEGATIVE_WHEN.search(str(prop.get("description") or ""))
    if told is None:
        return False
    words = [w for w in re.findall(r"[A-Za-z]+", told.group(1)) if w.casefold() not in _FUNCTION_WORDS]
    said = _stems(re.findall(r"[A-Za-z]+", request))
    return any(stem in said for stem in _stems(words) if len(stem) >= 3)


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


def _compounds_joined(text: str, properties: dict[str, Any]) -> str:
    """``text`` with a name word written as two ("off-peak $0.13" for ``offpeak_price``, "e-mail" for
    ``email_count``) joined, so it names that parameter and not the one named by its second half
    (``peak_price``)."""
    for word in {w.casefold() for n in properties for w in name_words(n) if len(w) >= 5 and w.isalpha()}:
        for cut in range(2, len(word) - 1):
            text = re.sub(rf"(?<![\w-]){word[:cut]}[-\s]{word[cut:]}(?![\w-])", word, text, flags=re.I)
    return text


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
    text = _compounds_joined(text, properties)
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
                # "0 TD, 2 INT": an abbreviation of one of its name's words and of no other name's
                short = [w for w in words if _abbreviates(word, w)]
                if short and not any(_abbreviates(word, w) for w in theirs):
                    for stem in _stems(short) & mine:
                        said[stem] = max(said.get(stem, 0.0), weight)
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
