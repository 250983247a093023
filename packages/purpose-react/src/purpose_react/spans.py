"""The text a string argument may copy from a request: runs of its words, quotes, lists, identifiers.

A free string parameter takes a piece of the request ("Luigi's Trattoria", "acme/payments", "T-5513").
The pieces offered here are the ones a value may be: runs of words within a sentence that do not open
with a question or a greeting, quoted text, list items, identifiers written with digits, shaped values
(an address, a path, a channel), and the spans a parameter's own name labels or points at ("Subject:
...", "from New York"). The values lesson (:mod:`purpose_react.values`) narrows each string parameter
to the ones that fit it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from purpose_react.dates import (
    MONTH_NAMES,
    date_spans,
    is_day_of_month,
)
from purpose_react.words import (
    _EDGE,
    _FUNCTION_WORDS,
    _LABELS,
    _PROSE_EDGE,
    _STOPS,
    _as_json_number,
    _number,
    _phrase,
    _stems,
    _words_of,
    name_words,
)

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


def _opened(item: str, first: bool) -> str:
    """An item without the function words and prepositions in front of it ("over customer_id", "a jump
    rope"); the first item also without the sentence before its last such word ("I own is dumbbells");
    the item as it is where nothing else would be left."""
    words = item.split()
    leads = [i for i, w in enumerate(words[:-1]) if w.casefold() in _LEADS]
    if first and leads:
        return " ".join(words[leads[-1] + 1 :])
    k = 0
    while k < len(words) - 1 and k in leads:
        k += 1
    return " ".join(words[k:])


#: Words that lead into a list: the function words and a few prepositions besides.
_LEADS = _FUNCTION_WORDS | frozenset("over across under between among including like via using then".split())


def _item_variants(items: list[str]) -> list[list[str]]:
    """A list as written, then its items without an article or "then" in front ("the garden lamps":
    "garden lamps"), then without the words that lead into it (:func:`_opened`: "is dumbbells and a jump
    rope": "dumbbells", "jump rope"), then without a handle's or a channel's sign when every item has one
    ("@brightpath": "brightpath"; which of them a tool takes is the model's to choose)."""
    out = [items]
    bare = [_ITEM_OPENER.sub("", item) for item in items]
    if bare != items and all(bare):
        out.append(bare)
    # "an index over customer_id and created_at", "all I have is dumbbells and a jump rope": the words
    # that lead into a list are no part of its first item
    opened = [_opened(item, first=i == 0) for i, item in enumerate(bare)]
    if opened != bare and all(opened):
        out.append(opened)
    if all(len(item) > 1 and item[0] in "@#" for item in items):
        out.append([item[1:] for item in items])
    return out


#: Words of a text parameter's name or description that may take a date written in words.
_WHEN_WORDS = frozenset(
    "date dates day days when time times period deadline schedule scheduled start end from until since "
    "birthday dob due expiry expires expiration year month week season event events query search".split()
)


@lru_cache(maxsize=1024)
def _only_a_date(span: str) -> bool:
    """Is ``span`` a date and nothing more? Asked of the same spans for every text parameter of a call,
    so remembered."""
    if is_day_of_month(span.strip(_EDGE)):
        return True  # "29 Jan", "May 21st": a day of a month, written without its year
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
    # a file is named with its extension, a letter before it: "enclosure_lid.step", "phone_stand.3mf" (not
    # "0.29mm")
    (
        frozenset({"file", "filename", "attachment"}),
        re.compile(r"[\w~/\\.-]*[A-Za-z][\w-]*\.(?=\w*[A-Za-z])\w{1,5}"),
    ),
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
            if span and _may_be_value(span):  # "to Rotterdam please": not "Rotterdam please"
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
