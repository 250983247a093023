"""The values lesson in the grammar: which values a request gives, and a tool schema narrowed to them.

A 135M model fills a call's arguments from anywhere: a number from the wrong part of the request, a date's
digits as a count, a made-up season, the first enum member. Once the lesson "fill each argument with a
value the request gives" has passed replay, the strategy decodes the call under a copy of the tool's
schema whose values may only be ones the request gives, placed where the request's words point.

The values themselves are read by :mod:`purpose_react.numbers` (numbers, and the parameter each belongs
to), :mod:`purpose_react.spans` (the text a string may copy: spans, quotes, lists, identifiers),
:mod:`purpose_react.members` (enum members and flags) and :mod:`purpose_react.dates` and
:mod:`purpose_react.units`; this module narrows each parameter of a schema to them.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from purpose_react.aliases import aliases_said, codes_said, orders_said
from purpose_react.dates import (
    date_pattern,
    in_pattern,
    range_ends,
)
from purpose_react.members import (
    _flag_negated,
    _flag_said,
    _longest_said,
    _members_hinted,
    _name_said,
    _system_said,
    member_bindings,
)
from purpose_react.numbers import (
    _calendar_fits,
    _fits,
    _names_a_date_part,
    _names_a_year,
    _numeric,
    _takes_percent,
    _times_written,
    _year_like,
    calendar_numbers,
    date_numbers,
    label_numbers,
    negative_said,
    number_ties,
    percent_fractions,
    percent_only,
    period_counts,
    ratio_numbers,
    request_numbers,
)
from purpose_react.spans import (
    _WHEN_WORDS,
    _WITHOUT_SIGN,
    _beyond_names,
    _capitalised,
    _identifier,
    _identifiers,
    _only_a_date,
    _plain_words,
    _proper,
    directed_spans,
    labeled_spans,
    modified_spans,
    named_spans,
    request_list_values,
    request_quotes,
    request_spans,
    shaped_spans,
)
from purpose_react.units import (
    amounts,
    foreign_values,
    in_parameter_units,
    parameter_unit,
    spans_of_time,
)
from purpose_react.words import _FUNCTION_WORDS, _as_json_number, _number, _words_of, name_words
from purpose_react.zones import zones_said


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
    as a value (:func:`~purpose_react.spans._beyond_names`)."""
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
    :func:`~purpose_react.numbers.request_numbers`, free strings from
    :func:`~purpose_react.spans.request_spans` (an identifier's only from spans written with digits, when
    there are some), enum members the request names, an array one of the lists the request gives
    (:func:`~purpose_react.spans.request_lists`, typed and sized to fit), in the request's order.
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
        elif kind == "string" and (zoned := zones_said(name, prop, request)):
            said = zoned  # "3:30 pm in New York" for a time zone: "America/New_York"
        elif (
            kind == "string"
            and not {"format", "pattern"} & set(prop)
            and (coded := codes_said(name, str(prop.get("description") or ""), request))
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
            if not _words_of(name, prop) & _CLAUSE_WORDS:
                # "in nylon", "at 3 Orchard Close": a name does not open with a lower-case function word
                # (a quoted one may be the value: "replace 'to' with 'was'")
                said = [v for v in said if v in quotes or v.split()[0] not in _FUNCTION_WORDS] or said
                # "children's puzzles, net weight", "7:10 pm on X90, fleet no. 4417": a name, a code or a
                # title does not run on past a comma; an address, a message or a note may
                said = [v for v in said if ", " not in v] or said
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
            if unit := parameter_unit(name, prop):
                # converted above already: converted again, "2 km, or 2000 cm" read 2 km's 2000 m as cm
                said = _in_kind(unit, amounts_given, said)
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
        if kind in ("number", "integer") and negative_said(prop, request):
            # "negative to go down" and "down three semitones": -3
            said = [-abs(v) if isinstance(v, int | float) and not isinstance(v, bool) else v for v in said]
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
    and without the numbers it writes only in units of other kinds (:func:`_in_kind`). ``given``: the
    request's :func:`~purpose_react.units.amounts`."""
    unit = parameter_unit(name, prop)
    if unit is None or not said:
        return said
    converted = in_parameter_units(unit, given, [float(v) for v in said])
    out = []
    for v in said:
        new = converted.get(float(v))
        out.append(_as_json_number(new) if new is not None and _fits(prop, new) else v)
    return _in_kind(unit, given, out)


#: Words of a text parameter's name or description that let its value hold a comma: an address, a place,
#: a message and its parts, a note, a review (not "description": "goods description" is a short name).
_CLAUSE_WORDS = frozenset(
    "address location place destination origin venue text message body note notes comment "
    "comments content summary instructions details reason prompt question answer sentence paragraph "
    "caption bio review feedback".split()
)


def _in_kind(
    unit: tuple[int, float], given: Sequence[tuple[float, tuple[int, float]]], said: list[Any]
) -> list[Any]:
    """``said`` without the numbers the request writes only in units of other kinds than ``unit``'s ("100
    µF" is no resistance), when some are left."""
    foreign = foreign_values(unit, given)
    said = list(dict.fromkeys([v for v in said if float(v) not in foreign] or said))
    # a mass parameter takes the numbers written as masses ("should have given 87.98 grams but I only
    # recovered 0.4 grams", not the 2 of "step 2 of 3"), where the request writes some
    own = {value for value, (kind, _) in given if kind == unit[0]}
    own |= {float(v) for v in in_parameter_units(unit, given, sorted(own)).values()}
    return [v for v in said if float(v) in own] or said


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
    :func:`~purpose_react.numbers.request_numbers`) and another parameter is fixed to ("47 minutes
    apiece" is the length, not the candidate; "Museum of Art" the destination, not the route's name),
    when some offers are left: a value fills one parameter."""
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
