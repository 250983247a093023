"""A value the request gives in another unit than the parameter takes, converted.

A parameter often says its unit in its name (``displacement_m``, ``wet_weight_kg``, ``term_months``) and a
request gives the value in another one ("compressed by 4 cm", "20 tonnes of corn", "over four years"). The
number as written is then the wrong value (4, 20, 4), and the right one (0.04, 20000, 48) is written
nowhere, so the values lesson offered only the wrong one. Here such a value is converted, but only
between units with an exact ratio: lengths, masses, volumes, power and energy, and times in two families
that do not mix (a month is no fixed number of days): milliseconds to weeks, months to decades.
Temperatures (an offset, not a ratio) and units a word leaves ambiguous ("ton", "gallon", "MB") are not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from purpose_react.words import name_words

_LENGTH = {
    "mm": 0.001, "millimetre": 0.001, "millimeter": 0.001, "cm": 0.01, "centimetre": 0.01,
    "centimeter": 0.01, "m": 1.0, "metre": 1.0, "meter": 1.0, "km": 1000.0, "kilometre": 1000.0,
    "kilometer": 1000.0, "inch": 0.0254, "inches": 0.0254, "ft": 0.3048, "foot": 0.3048, "feet": 0.3048,
    "yd": 0.9144, "yard": 0.9144, "mi": 1609.344, "mile": 1609.344,
}  # fmt: skip
_MASS = {
    "mg": 1e-6, "milligram": 1e-6, "g": 0.001, "gram": 0.001, "kg": 1.0, "kilogram": 1.0, "kilo": 1.0,
    "t": 1000.0, "tonne": 1000.0, "lb": 0.45359237, "lbs": 0.45359237, "pound": 0.45359237,
    "oz": 0.028349523125, "ounce": 0.028349523125,
}  # fmt: skip
_VOLUME = {
    "ml": 0.001, "millilitre": 0.001, "milliliter": 0.001, "cl": 0.01, "l": 1.0, "litre": 1.0, "liter": 1.0,
}  # fmt: skip
_POWER = {"w": 1.0, "watt": 1.0, "kw": 1000.0, "kilowatt": 1000.0}
_ENERGY = {"wh": 1.0, "kwh": 1000.0, "mwh": 1e6}
_CLOCK = {
    "ms": 0.001, "millisecond": 0.001, "s": 1.0, "sec": 1.0, "secs": 1.0, "second": 1.0, "min": 60.0,
    "mins": 60.0, "minute": 60.0, "h": 3600.0, "hr": 3600.0, "hrs": 3600.0, "hour": 3600.0,
    "day": 86400.0, "week": 604800.0, "fortnight": 1209600.0,
}  # fmt: skip
_CALENDAR = {"month": 1.0, "quarter": 3.0, "year": 12.0, "yr": 12.0, "decade": 120.0}
_KINDS = (_LENGTH, _MASS, _VOLUME, _POWER, _ENERGY, _CLOCK, _CALENDAR)

#: Units of electricity and physics that take SI prefixes, by the word and by the symbol: one kind each
#: (after the kinds above), the factor the prefix's ("4.7 kΩ" is 4700 ohms, "47 µF" 4.7e-05 farads).
_SI_WORDS = {
    "ohm": "ohm", "farad": "farad", "volt": "volt", "amp": "ampere", "ampere": "ampere", "hertz": "hertz",
    "joule": "joule", "pascal": "pascal", "newton": "newton", "henry": "henry", "coulomb": "coulomb",
}  # fmt: skip
#: Symbols, case kept: a bare "F", "A", "N", "H" or "C" is a letter more often than a unit, so those count
#: only with a prefix ("47 µF", "2 mA"); "12 V", "50 Hz", "4.7 Ω", "200 kPa" count alone too.
_SI_SYMBOLS = {"Ω": "ohm", "V": "volt", "Hz": "hertz", "J": "joule", "Pa": "pascal"}
_SI_PREFIXED_ONLY = {"F": "farad", "A": "ampere", "N": "newton", "H": "henry", "C": "coulomb"}
_PREFIX_WORDS = {
    "pico": 1e-12, "nano": 1e-9, "micro": 1e-6, "milli": 1e-3, "centi": 1e-2, "kilo": 1e3, "mega": 1e6,
    "giga": 1e9,
}  # fmt: skip
_PREFIX_SYMBOLS = {
    "p": 1e-12,
    "n": 1e-9,
    "µ": 1e-6,
    "μ": 1e-6,
    "u": 1e-6,
    "m": 1e-3,
    "k": 1e3,
    "M": 1e6,
    "G": 1e9,
}
_SI_KIND = {base: len(_KINDS) + i for i, base in enumerate(dict.fromkeys(_SI_WORDS.values()))}


def _si_unit(word: str) -> tuple[int, float] | None:
    """An SI unit with or without its prefix, as a word ("kilohm", "microfarads") or a symbol ("kΩ")."""
    w = word.casefold().removesuffix("s").replace("kilohm", "kiloohm").replace("megohm", "megaohm")
    for prefix, factor in (("", 1.0), *_PREFIX_WORDS.items()):
        if w.startswith(prefix):
            rest = w[len(prefix) :]
            base = _SI_WORDS.get(rest)
            if base is not None and rest:
                return _SI_KIND[base], factor
    base = _SI_SYMBOLS.get(word)
    if base is not None:
        return _SI_KIND[base], 1.0
    if len(word) >= 2 and word[0] in _PREFIX_SYMBOLS:
        base = _SI_SYMBOLS.get(word[1:]) or _SI_PREFIXED_ONLY.get(word[1:])
        if base is not None:
            return _SI_KIND[base], _PREFIX_SYMBOLS[word[0]]
    return None


#: A number and the word after it, on the text the number readers see (numbers said in words are digits
#: there): "4 cm", "20 tonnes", "400-watt", "3.5kg"; not the first unit of a ratio ("9.6 g/L", "5 kg per
#: day", "6 hours a day"), which is no amount of that unit.
_AMOUNT = re.compile(
    r"(?<![\w.])(-?\d[\d,]*(?:\.\d+)?)\s?-?\s?([A-Za-zΩµμ]+)(?![A-Za-z])"
    r"(?!\s?/|\s+per\b|\s+(?:a|an|each|every)\s+(?:second|minute|hour|day|week|month|year)\b)"
)
#: A number joined to the next one by "by" or "x" at the end of a text: its unit is the next one's ("3.2 by
#: 6.5 m").
_DIMENSION = re.compile(r"(?<![\w.])(-?\d[\d,]*(?:\.\d+)?)\s*(?:by|x|\u00d7|\*)\s*$")
#: One of a period said with an article, as a span of time: "in a week", "for one year", "over a decade"
#: (not "6 hours a day", a rate, which no preposition leads).
_ONE_PERIOD = re.compile(
    r"\b(?:in|for|over|within|during|across|after|lasting)\s+(?:a|an|one|1)\s+"
    r"(day|week|fortnight|month|quarter|year|decade|hour|minute)\b",
    re.IGNORECASE,
)


def unit_of(word: str) -> tuple[int, float] | None:
    """``(kind, factor)`` of a unit word (the factor to the kind's base unit), plural or singular; None
    for a word that is no unit here."""
    si = _si_unit(word)
    if si is not None:
        return si
    w = word.casefold()
    for candidate in (w, w[:-1] if w.endswith("s") and len(w) > 3 else w, w[:-2] if w.endswith("es") else w):
        for kind, table in enumerate(_KINDS):
            if candidate in table:
                return kind, table[candidate]
    return None


#: A time word in the singular names a position on the calendar or the clock (``start_day``, ``month``),
#: which no period converts to; a length of time is plural (``days``, ``term_months``) or abbreviated.
_CALENDAR_POSITIONS = frozenset(
    {"day", "week", "month", "quarter", "year", "decade", "hour", "minute", "second"}
)


#: One-letter units a name may end in (``length_m``, ``mass_g``); other single letters are no unit there.
_LETTER_UNITS = frozenset("mgltsh")


def parameter_unit(name: str, prop: dict[str, Any]) -> tuple[int, float] | None:
    """The unit a number parameter takes, by the last unit word of its name (``wet_weight_kg``,
    ``term_months``, ``days``), else by its description ("Displacement in metres", "(kg)"). A rate
    (``hours_per_day``, "per", "/") is left alone: its unit is a ratio this module does not convert."""
    words = name_words(name)
    if any(w.casefold() in ("per", "rate") for w in words):
        return None
    unit_words = [w for w in words if len(w) > 1 or w.casefold() in _LETTER_UNITS]
    if len(words) > 1 and words[0].casefold() == "min":
        unit_words = unit_words[1:]  # ``min_duration_ms``: a minimum, not minutes
    if sum(unit_of(w) is not None for w in unit_words) > 1:
        return None  # ``ta_g_l``, ``fuel_l_100km``: a ratio of two units
    for word in reversed(unit_words):
        if word.casefold() in _CALENDAR_POSITIONS:
            return None  # ``day``, ``month``, ``year``: a date's part, not a length of time
        found = unit_of(word)
        if found is not None:
            return found if len(words) > 1 or len(word) > 2 else None
    described = str(prop.get("description") or "")
    if re.search(r"\bper\b|/", described):
        return None
    m = re.search(r"\b(?:in|as)\s+([A-Za-z]+)\b|\(([A-Za-z]+)\)", described)
    if m is not None:
        return unit_of(m.group(1) or m.group(2))
    return None


def amounts(numeric: str) -> list[tuple[float, tuple[int, float]]]:
    """Each number of ``numeric`` (the request as the number readers see it) written with a unit, and that
    unit; and one of a period said with an article ("in a week": 1 week)."""
    out = []
    for m in _AMOUNT.finditer(numeric):
        unit = unit_of(m.group(2))
        if unit is not None:
            out.append((float(m.group(1).replace(",", "")), unit))
            # "a 3.2 by 6.5 m room", "0.9 x 10.1 metres": the unit is both numbers'
            if first := _DIMENSION.search(numeric, 0, m.start()):
                out.append((float(first.group(1).replace(",", "")), unit))
    for m in _ONE_PERIOD.finditer(numeric):
        unit = unit_of(m.group(1))
        if unit is not None:
            out.append((1.0, unit))
    return out


def in_parameter_units(
    unit: tuple[int, float], given: Sequence[tuple[float, tuple[int, float]]], values: Sequence[float]
) -> dict[float, float]:
    """For each of ``values`` the request writes in another unit of the same kind as ``unit``, the value in
    ``unit``: {4: 0.04} for metres and "4 cm". A value written in more than one unit of the kind is left
    as it is (which one the parameter takes is not known)."""
    kind, factor = unit
    seen: dict[float, set[float]] = {}
    for value, (k, f) in given:
        if k == kind:
            seen.setdefault(value, set()).add(f)
    out: dict[float, float] = {}
    for value in values:
        factors = seen.get(float(value))
        if factors is None or len(factors) != 1:
            continue
        (f,) = factors
        if f != factor:
            out[float(value)] = float(f"{float(value) * f / factor:.12g}")
    return out


def foreign_values(unit: tuple[int, float], given: Sequence[tuple[float, tuple[int, float]]]) -> set[float]:
    """The numbers the request writes only with units of other kinds than ``unit``'s: not a value of a
    parameter in ``unit`` ("100 µF" for a resistance, "30 minutes" for a distance)."""
    kinds: dict[float, set[int]] = {}
    for value, (k, _) in given:
        kinds.setdefault(value, set()).add(k)
    return {value for value, ks in kinds.items() if unit[0] not in ks}


def spans_of_time(unit: tuple[int, float], given: Sequence[tuple[float, tuple[int, float]]]) -> list[float]:
    """The periods said with an article ("in a week") in ``unit``, when it is a time unit they convert to:
    7 for days and "in a week"."""
    kind, factor = unit
    return [
        float(f"{f / factor:.12g}")
        for value, (k, f) in given
        if value == 1.0 and k == kind and f != factor and k in (_KINDS.index(_CLOCK), _KINDS.index(_CALENDAR))
    ]
