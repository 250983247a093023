"""The words of a name as a request would say them, one split for every module that reads names.

A parameter or an enum member is named in snake_case, kebab-case, camelCase, with dots or with spaces
(``check_in_date``, ``checkInDate``, ``price.asc``); the values lesson matches those words against a
request's. Each reader once split names its own way, so ``wet_weight/kg`` could be three words to one
module and two to another; one split keeps a name meaning the same words everywhere.

It also holds what the values lesson's readers (:mod:`purpose_react.numbers`, :mod:`purpose_react.spans`,
:mod:`purpose_react.members`) share about words: a word's stem and the short forms names use for it
("weight_kg" is said by "23 kilograms"), a parameter's words from its name and description, the function
words and punctuation a value does not end in, and a value written as a request would write it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_BOUNDARY = re.compile(r"[_\W]+|(?<=[a-z])(?=[A-Z])")


def name_words(name: str) -> list[str]:
    """``name``'s words, case kept (``checkInDate``: check, In, Date; ``min_duration_ms``: min,
    duration, ms)."""
    return [w for w in _BOUNDARY.split(name) if w]


#: Nouns a number names a thing by ("Room 214", "ticket #4417", "Note 7 of 10"), rather than counts.
_LABELS = (
    "room ticket order case note store shop desk ext extension flight gate seat platform invoice account "
    "apt apartment suite aisle dock bay locker"
).split()


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


_SIGN_STEMS = {"%": "perc", "$": "doll", "€": "euro", "£": "poun", "°": "degr", "m/s": "m/s"}


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


_EDGE = " .,;:!?\"'`()[]\u201c\u201d\u2018\u2019"


#: Edge punctuation of prose only, brackets kept.
_PROSE_EDGE = " .,;:!?\"'`\u201c\u201d\u2018\u2019"


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


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _as_json_number(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def _phrase(value: Any) -> str:
    """Lower case, with "_", "-" and runs of spaces read as one space: how a value is compared as words."""
    return re.sub(r"[_\-\s]+", " ", str(value).casefold()).strip()


#: How many words on each side of a value are read for the words that name it.
_CONTEXT_WORDS = 3
