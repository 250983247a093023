"""Other names of common enum members: codes and the words they stand for ("EUR" and "euros", "km" and
"kilometres", "fr" and "French", "desc" and "from highest to lowest").

A tool's enum is often written in codes while a request says the word, or the other way round; the values
lesson (:mod:`purpose_react.values`) finds a member the request names by its own words, so "pay 50 euros"
named none of ``USD``/``EUR``/``GBP`` and the 135M model chose among them blind. These are general
conventions (ISO currency and language codes, unit symbols, weekday and month abbreviations, sort orders,
periods, the words for the sexes), not words taken from any suite's requests. A name of one or two
letters is never matched in a request ("in" is no inch, "it" no Italian), unless it holds a symbol ("°F",
"£").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from purpose_react.words import name_words

_CURRENCIES = """
usd | us dollar | us dollars | dollar | dollars | $ | bucks
eur | euro | euros | €
gbp | pound | pounds | pound sterling | pounds sterling | british pound | british pounds | sterling | £
jpy | yen | japanese yen | ¥
cny | rmb | yuan | renminbi | chinese yuan
inr | rupee | rupees | indian rupee | indian rupees | ₹
chf | swiss franc | swiss francs
cad | canadian dollar | canadian dollars | c$
aud | australian dollar | australian dollars | a$
nzd | new zealand dollar | new zealand dollars
hkd | hong kong dollar | hong kong dollars
sgd | singapore dollar | singapore dollars
mxn | mexican peso | mexican pesos | peso | pesos
brl | brazilian real | reais
krw | korean won | ₩
rub | ruble | rubles | rouble | roubles
sek | swedish krona | swedish kronor
nok | norwegian krone | norwegian kroner
dkk | danish krone | danish kroner
zar | rand | south african rand
"""

_UNITS = """
km | kilometer | kilometers | kilometre | kilometres
mi | mile | miles
m | meter | meters | metre | metres
cm | centimeter | centimeters | centimetre | centimetres
mm | millimeter | millimeters | millimetre | millimetres
ft | foot | feet
in | inch | inches
yd | yard | yards
kg | kilogram | kilograms | kilo | kilos | kgs
g | gram | grams
lb | lbs | pound | pounds
oz | ounce | ounces
l | liter | liters | litre | litres
ml | milliliter | milliliters | millilitre | millilitres
gal | gallon | gallons
c | celsius | centigrade | °c | degrees c | deg c
f | fahrenheit | °f | degrees f | deg f
k | kelvin
mph | miles per hour | miles an hour
kph | kmh | km/h | kilometers per hour | kilometres per hour
"""

_LANGUAGES = """
en | eng | english
fr | fra | fre | french
de | deu | ger | german
es | spa | spanish
it | ita | italian
pt | por | portuguese
nl | nld | dut | dutch
ru | rus | russian
zh | zho | chinese | mandarin
ja | jpn | japanese
ko | kor | korean
ar | ara | arabic
hi | hin | hindi
sv | swe | swedish
pl | pol | polish
tr | tur | turkish
"""

_FORMATS = """
md | markdown
txt | plain text | text file
docx | word document | word file | ms word
xlsx | excel | excel file | excel spreadsheet
pptx | powerpoint
jpg | jpeg
yml | yaml
js | javascript
ts | typescript
py | python
"""

_CALENDAR_AND_ORDER = """
mon | monday
tue | tues | tuesday
wed | wednesday
thu | thur | thurs | thursday
fri | friday
sat | saturday
sun | sunday
jan | january
feb | february
mar | march
apr | april
jun | june
jul | july
aug | august
sep | sept | september
oct | october
nov | november
dec | december
asc | ascending | increasing | lowest to highest | low to high | smallest to largest | oldest first
desc | descending | decreasing | highest to lowest | high to low | largest to smallest | newest first
daily | every day | each day | per day
weekly | every week | each week | per week
monthly | every month | each month | per month
quarterly | every quarter | each quarter | per quarter
annual | annually | yearly | every year | each year | per year | per annum
female | woman | women | lady | girl | wife | mother | daughter | sister | she
male | man | men | gentleman | boy | husband | father | son | brother | his
"""


def _lines(*groups: str) -> list[str]:
    return [line for group in groups for line in group.strip().splitlines()]


def _heads(groups: str) -> tuple[str, ...]:
    """The first name of each group: the code the standard writes."""
    return tuple(line.split("|")[0].strip() for line in _lines(groups))


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    """Each name to every name of its group (itself included)."""
    table: dict[str, frozenset[str]] = {}
    for line in _lines(_CURRENCIES, _UNITS, _LANGUAGES, _FORMATS, _CALENDAR_AND_ORDER):
        group = frozenset(name.strip() for name in line.split("|"))
        for name in group:
            table[name] = table.get(name, frozenset()) | group
    return table


def _matchable(name: str) -> bool:
    return len(name) > 2 or any(not c.isalpha() for c in name)


@lru_cache(maxsize=512)
def _pattern(name: str) -> re.Pattern[str]:
    edge_before = r"(?<![\w$€£¥₹₩])" if name[0].isalnum() else ""
    edge_after = r"(?!\w)" if name[-1].isalnum() else ""
    return re.compile(edge_before + re.escape(name).replace(r"\ ", r"[\s-]+") + edge_after, re.IGNORECASE)


def _found(members: Sequence[Any], request: str) -> list[tuple[int, int, int]]:
    """Where the request names a member by another of its names, as (start, end, member index), in the
    request's order. Where one name found lies inside a longer one found ("dollars" in "Canadian
    dollars"), only the longer counts."""
    table = _table()
    found: list[tuple[int, int, int]] = []
    for index, member in enumerate(members):
        if not isinstance(member, str):
            continue
        own = member.casefold().strip()
        for name in table.get(own, frozenset()) - {own}:
            if _matchable(name):
                found += [(m.start(), m.end(), index) for m in _pattern(name).finditer(request)]
    return sorted(
        (start, end, index)
        for start, end, index in found
        if not any(s <= start and end <= e and (e - s) > (end - start) for s, e, _ in found)
    )


def aliases_said(members: Sequence[Any], request: str) -> list[Any]:
    """The members the request names by another of their names, in the enum's order."""
    return [members[i] for i in sorted({index for _, _, index in _found(members, request)})]


def with_members(members: Sequence[Any], request: str) -> str:
    """The request with each other name of a member written as the member itself ("25 degrees Celsius in
    Fahrenheit" as "25 degrees C in F" for ``C``/``F``), so that what is read from a member's place (the
    unit a conversion starts from, the one after "in") reads the same either way."""
    out: list[str] = []
    last = 0
    for start, end, index in _found(members, request):
        if start >= last:
            out += [request[last:start], str(members[index])]
            last = end
    return "".join(out) + request[last:]


#: What a sort order is by, and words a member naming it may use ("price_asc", "sortByRating").
_ORDER_FIELDS = {
    "price": "price prices cost costs fare fares cheap cheapest expensive",
    "date": "date dates time created updated published recent newest latest new oldest",
    "rating": "rating ratings rated stars score review reviews",
    "popularity": "popularity popular sales bestselling trending views",
    "distance": "distance near nearest close closest",
    "duration": "duration length long short shortest longest",
    "size": "size largest biggest smallest",
    "name": "name title alphabetical alpha",
    "relevance": "relevance relevant match",
}
#: A request's way of asking for an order: the field and the direction it names ("cheapest first").
_ORDERS_SAID = tuple(
    (re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), field, direction)
    for pattern, field, direction in (
        (r"cheapest|least expensive|lowest[\s-]priced?|lowest price|price:? low to high", "price", "asc"),
        (r"most expensive|priciest|highest[\s-]priced?|highest price|price:? high to low", "price", "desc"),
        (r"newest|latest|most recent|recent first", "date", "desc"),
        (r"oldest|earliest", "date", "asc"),
        (r"(?:highest|best|top)[\s-]rated|best review(?:ed|s)|(?:highest|best) rating", "rating", "desc"),
        (r"lowest[\s-]rated|worst[\s-]rated|lowest rating|worst reviews|worst rating", "rating", "asc"),
        (r"most popular|best[\s-]?selling|bestsellers?|most viewed", "popularity", "desc"),
        (r"nearest|closest", "distance", "asc"),
        (r"farthest|furthest", "distance", "desc"),
        (r"shortest", "duration", "asc"),
        (r"longest", "duration", "desc"),
        (r"largest|biggest", "size", "desc"),
        (r"smallest", "size", "asc"),
        (r"alphabetical(?:ly)?|a to z|a-z", "name", "asc"),
        (r"z to a|z-a|reverse alphabetical(?:ly)?", "name", "desc"),
        (r"most relevant|best match(?:es)?|by relevance", "relevance", ""),
    )
)
# a member that is only "lowest" or "highest" (of reviews, scores) names the direction alone
_ASCENDING = re.compile(r"\basc|ascending|\blow(?:est)?(?: to | first|$)|increasing|\ba to z\b", re.I)
_DESCENDING = re.compile(r"\bdesc|descending|\bhigh(?:est)?(?: to | first|$)|decreasing|\bz to a\b", re.I)
_SORT_WORDS = frozenset("sort sorting sorted order ordering orderby sortby rank ranking arrange".split())


def _order_of(member: str) -> tuple[str, str]:
    """(field, direction) a sort-order member names, each "" where it names none: ``price_asc`` is
    ("price", "asc"), ``newest`` ("date", "desc"), ``rating`` ("rating", ""), ``DESC`` ("", "desc")."""
    phrase = " ".join(name_words(member)).casefold()
    for said, field, direction in _ORDERS_SAID:
        if said.search(phrase):
            return field, direction
    words = set(phrase.split())
    fields = [field for field, names in _ORDER_FIELDS.items() if words & set(names.split())]
    direction = "asc" if _ASCENDING.search(phrase) else "desc" if _DESCENDING.search(phrase) else ""
    return (fields[0] if len(fields) == 1 else ""), direction


def orders_said(name: str, description: str, members: Sequence[Any], request: str) -> list[Any]:
    """For a sort parameter (its name or description says sort, order or rank), the members that the
    order a request asks for in words names ("cheapest first": ``price_asc``, or ``price`` and ``asc``
    where the field and the direction are two parameters; "highest rated": ``rating_desc``). A member
    naming both the field and the direction asked for is preferred to one naming only one of them."""
    said_words = {w.casefold() for w in name_words(f"{name} {description}")}
    if not said_words & _SORT_WORDS:
        return []
    asked = [(field, direction) for said, field, direction in _ORDERS_SAID if said.search(request)]
    if len(asked) != 1:  # none, or two orders asked ("newest and cheapest"): the model's to choose
        return []
    field, direction = asked[0]
    best: list[Any] = []
    best_score = 0
    for member in members:
        if not isinstance(member, str):
            continue
        own_field, own_direction = _order_of(member)
        if (own_field and own_field != field) or (own_direction and direction and own_direction != direction):
            continue
        score = (own_field == field) + (bool(direction) and own_direction == direction)
        if score > best_score:
            best, best_score = [member], score
        elif score == best_score and score:
            best.append(member)
    return best


#: The ISO 4217 currency and ISO 639-1 language codes: the heads of the groups above, written as the
#: standards write them (a free-text parameter that asks for such a code is offered the ones a request
#: names).
CURRENCY_CODES = tuple(code.upper() for code in _heads(_CURRENCIES))
LANGUAGE_CODES = _heads(_LANGUAGES)

#: ISO 3166-1 alpha-2 codes and the names a request calls the countries by (kept out of the alias table:
#: "de" and "es" name languages there).
_COUNTRIES = """
us | united states | united states of america | usa | america
gb | united kingdom | uk | britain | great britain | england | scotland | wales
ca | canada
mx | mexico
br | brazil
ar | argentina
cl | chile
co | colombia
pe | peru
fr | france
de | germany
es | spain
it | italy
pt | portugal
nl | netherlands | holland
be | belgium
ch | switzerland
at | austria
ie | ireland
se | sweden
no | norway
dk | denmark
fi | finland
pl | poland
cz | czechia | czech republic
gr | greece
tr | turkey | türkiye
ru | russia
ua | ukraine
in | india
cn | china
jp | japan
kr | south korea | korea
sg | singapore
au | australia
nz | new zealand
za | south africa
eg | egypt
ng | nigeria
ke | kenya
il | israel
ae | united arab emirates | uae
sa | saudi arabia
th | thailand
vn | vietnam
id | indonesia
ph | philippines
my | malaysia
hk | hong kong
tw | taiwan
pk | pakistan
hu | hungary
ro | romania
is | iceland
ma | morocco
"""
_ASKS_COUNTRY = re.compile(r"\biso[\s-]*3166|\bcountry code|\btwo-letter country|\bcountry \(?alpha-2", re.I)


def _countries_said(request: str) -> list[str]:
    """The ISO 3166-1 alpha-2 codes of the countries a request names ("in Canada": ``CA``), in the
    request's order; a code written as itself in capitals counts too ("ship to the US")."""
    found: list[tuple[int, str]] = []
    for line in _lines(_COUNTRIES):
        code, *names = [n.strip() for n in line.split("|")]
        found += [(m.start(), code.upper()) for name in names for m in _pattern(name).finditer(request)]
        found += [(m.start(), code.upper()) for m in re.finditer(rf"(?<![\w$]){code.upper()}(?!\w)", request)]
    return list(dict.fromkeys(code for _, code in sorted(found)))


_ASKS_CURRENCY = re.compile(r"\biso[\s-]*4217\b|\bcurrency code", re.IGNORECASE)
_ASKS_LANGUAGE = re.compile(
    r"\biso[\s-]*639(?:-1)?\b|\blanguage code|\btwo-letter (?:language )?code", re.IGNORECASE
)


def codes_said(name: str, description: str, request: str) -> list[str]:
    """For a free-text parameter whose name or description asks for an ISO currency, language or
    country code ("Currency to quote in, ISO 4217", ``language_code``, "ISO 3166-1 alpha-2 country
    code"), the codes of the currencies, languages or countries the request names in words ("in euros":
    ``EUR``; "into Japanese": ``ja``; "in Canada": ``CA``)."""
    said = " ".join([name.replace("_", " "), description])
    if _ASKS_CURRENCY.search(said):
        # a code written as itself counts too ("from EUR into dollars": both), upper case as written
        written = [c for c in CURRENCY_CODES if re.search(rf"(?<![\w$]){c}(?!\w)", request)]
        return list(dict.fromkeys([*written, *aliases_said(CURRENCY_CODES, request)]))
    if _ASKS_LANGUAGE.search(said):
        return aliases_said(LANGUAGE_CODES, request)  # "de" or "it" written is a word, not a code
    if _ASKS_COUNTRY.search(said) and not re.search(r"alpha-3|three-letter", said, re.IGNORECASE):
        return _countries_said(request)
    return []


__all__ = ["CURRENCY_CODES", "LANGUAGE_CODES", "aliases_said", "codes_said", "orders_said", "with_members"]
