"""Enum members and flags a request names: by their words, by another of their names, or by negation.

An enum's member is offered when the request says it ("the metric system", "50 euros" for ``EUR``); an
optional flag is set only when the request mentions it, and turned off where the request says so in
words ("don't wait for them", "keep the messages"). Where a request names several members of one enum,
the words before each say which parameter takes it ("from Tokyo to Berlin": :func:`member_bindings`).
Used by the values lesson (:mod:`purpose_react.values`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from purpose_react.aliases import with_members
from purpose_react.words import (
    _CONTEXT_WORDS,
    _EDGE,
    _FUNCTION_WORDS,
    _STOPS,
    _names,
    _number,
    _phrase,
    _stem,
    _stems,
    name_words,
)

_FEET = re.compile(r"(?<=\d)['\u2032\u2019](?![\w'])")


_INCHES = re.compile(r"(?<=\d)[\"\u2033](?!\w)")


def _said(value: Any, request: str) -> bool:
    """Whether the request names an enum value: as a word or phrase, "_" and "-" read as spaces and case
    ignored ("dairy_free" is said by "dairy-free", "NO2" by "no2")."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    words = _phrase(value)
    text = _phrase(_INCHES.sub("in", _FEET.sub("ft", request)))  # "a 40' container" says ``40ft``
    if " " in words:  # "plus/minus grading" says ``plus_minus``, "on/off" ``on_off``
        text = re.sub(r"(?<=[^\W\d_])/(?=[^\W\d_])", " ", text)
    # a letter and a digit may be written apart: "SEV-1" says ``sev1``, "B 12" says ``b12``
    pattern = re.sub(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])", " ?", re.escape(words))
    if _has_plural(words):  # "the next trams" says ``tram``, "two buses" ``bus``
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
                if _written_at(words, at, phrase.split()):
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


def _written_at(words: Sequence[str], at: int, phrase: Sequence[str]) -> bool:
    """Whether a member's words start at ``words[at]``, its last word also in the plural as
    :func:`_said` reads it ("two cups" for ``cup``, "1.3 parsecs" for ``parsec``)."""
    said = list(words[at : at + len(phrase)])
    if len(said) != len(phrase) or said[:-1] != list(phrase[:-1]):
        return False
    last, word = phrase[-1], said[-1]
    return word == last or (_has_plural(last) and word in (last + "s", last + "es"))


def _has_plural(words: str) -> bool:
    """Whether a member's (last) word is read in the plural too: it ends in three letters ("tram", not
    "sev1" or "m3")."""
    return re.search(r"[a-z]{3}$", words) is not None
