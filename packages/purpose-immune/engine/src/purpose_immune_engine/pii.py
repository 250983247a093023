"""Personal data patterns with validation where a checksum or a rule exists.

Shared by the privacy detector and by redaction (``redact_text(text, pii=True)``). Each finder returns
:class:`~purpose_immune_engine.secrets.SecretMatch` values so both kinds of finding redact the same way.
Validation keeps false positives down: card numbers pass Luhn and a known issuer prefix, IBANs pass
mod-97 with the country's length, SSNs follow the SSA's area/group/serial rules, e-mail addresses on
reserved example domains and loopback/private IP addresses are not personal data.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Container, Iterable
from typing import Any

from purpose_immune_engine.anchors import LiteralGate
from purpose_immune_engine.secrets import SecretMatch, spans_module

_CARD = re.compile(r"(?<![\d.\-])(?:\d[ \-]?){12,18}\d(?![\d\-])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_SSN = re.compile(r"(?<![\d\-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d\-])")
_SSN_CONTEXT = re.compile(
    r"(?i)\b(?:ssn|social security(?: number| no\.?)?|sozialversicherungsnummer)\b\W{0,5}"
    r"(?!000|666|9\d\d)(\d{3}-?\d{2}-?\d{4})\b"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
    r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b"
)
_PHONE = re.compile(
    r"(?<![\w+\-/.])(?:"
    r"\+\d{1,3}[ .\-]?(?:\(\d{1,4}\)[ .\-]?)?\d{1,4}(?:[ .\-]\d{2,5}){1,4}"  # +44 20 7946 0958
    r"|(?:00\d{1,3}|001)[ .\-]\d{2,4}(?:[ .\-]\d{2,5}){1,4}"  # 0044 ..., 001-...
    r"|\(\d{3}\)[ .\-]?\d{3}[ .\-]\d{4}"  # (555) 123-4567
    r"|(?:1[ .\-])?\d{3}[.\-]\d{3}[.\-]\d{4}"  # 555-123-4567, 1-555-123-4567
    r"|\d{3} \d{3} \d{4}"
    r")(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![\w\-/])"
)
_IPV4 = re.compile(
    r"(?i)\b(?:ip|ip address|ipv4|client|host|from|source|src|remote)\b[^\n\d]{0,20}"
    r"((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})\b"
)
_DOB = re.compile(
    r"(?i)\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?|birth ?date|birthday|geburtsdatum|"
    r"fecha de nacimiento|date de naissance)\b\W{0,5}(?:(?:is|was|ist|es|est)\W{1,3})?"
    r"(?:\d{1,4}[-/. ]\d{1,2}[-/. ]\d{2,4}|"
    r"(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|"
    r"rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*,? \d{4})"
)
_ADDRESS = re.compile(
    r"\b\d{1,6}[A-Za-z]? (?:[A-Z][a-z]+\.? ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
    r"Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|"
    r"Crescent|Alley|Loop|Plaza|Ridge|Heights|Hills?|Ports?|Ville|Crossing|Mission|Knolls?|Gardens?|"
    r"Summit|Springs?|Stravenue|Junction|Meadows?|Points?|Landing|Estates?|Expressway|Freeway|Pike|"
    r"Run|Row|Walk|Path|Park|Mall|Manor|Mews|Close|Grove|Harbor|Haven|View|Vista|Wells?|Shores?|"
    r"Station|Centers?|Fields?|Flats?|Forks?|Falls?|Glens?|Greens?|Islands?|Isle|Lakes?|Locks?|Lodge|"
    r"Mills?|Mount|Orchard|Oval|Overpass|Passage|Pines?|Plains?|Prairie|Radial|Ranch|Rapids?|Rest|"
    r"Route|Shoals?|Spur|Streets?|Throughway|Trace|Track|Tunnel|Turnpike|Underpass|Unions?|Valleys?|"
    r"Viaduct|Villages?|Bypass|Burgs?|Branch|Brooks?|Camp|Canyon|Cape|Causeway|Cliffs?|Club|Common|"
    r"Corners?|Course|Courts|Coves?|Creek|Crest|Curve|Dale|Dam|Divide|Extensions?|Fork|Fort|Ford|"
    r"Forest|Forge|Gateway|Glen|Harbors?|Hollow|Inlet|Key|Knoll|Lake|Light|Lights|Motorway|Neck|Pass|"
    r"Port|Ramp|Ridges|Roads|Squares|Stream|Summit|Vias?|Vista|Wall|Ways?)\b\.?"
    r"(?:,? (?:Apt\.?|Suite|Unit|#) ?\d+)?"
)
_CITY_STATE_ZIP = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z]{2} \d{5}(?:-\d{4})?\b")
_NAME_INTRO = re.compile(
    r"\b(?:[Mm]y (?:full )?name is|[Nn]ame\s*:|[Ii] am|[Ii]'m|[Cc]all me|[Ss]igned,?|"
    r"[Pp]atient|[Cc]ustomer|[Ee]mployee|[Cc]ardholder)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.? )?"
    r"((?:[A-Z][a-z]+|[A-Z]\.)"
    r"(?: (?:[A-Z][a-z]+|[A-Z]\.)){1,3})\b"
)
_ID_NUMBER = re.compile(
    r"(?i)\b(?:passport|driver'?s? licen[cs]e|driving licen[cs]e|licen[cs]e|national id|"
    r"tax id|tin|nino|national insurance|medical record|mrn|account)(?: (?:no\.?|number|"
    r"num|#|id))?\s*[:#]?\s*([A-Z0-9][A-Z0-9\-]{5,16})\b"
)

_DIGITS = "0123456789"
_FOUR_DIGITS = re.compile(r"\d(?:\D{0,3}\d){3}")
_NAME_HINT = LiteralGate(re.compile(r"(?i)name|i am|i'm|call me|signed|patient|customer|employee|cardholder"))
# necessary literals of the keyword-led patterns (each costs the engine several microseconds a text)
_SSN_CONTEXT_GATE = LiteralGate(_SSN_CONTEXT)
_IPV4_GATE = LiteralGate(_IPV4)
_IPV4_DIGITS = re.compile(r"\d\.\d")
"""Necessary for :data:`_IPV4`: each of its address's numbers ends in a digit and the next begins with one.
Its keyword gate passes on most texts ("from", "host"), and the case-insensitive alternation it guards
then tries every position (about 100 us on a 1,000-character text; this search, about 8)."""
_DOB_GATE = LiteralGate(_DOB)
_ID_NUMBER_GATE = LiteralGate(_ID_NUMBER)
_RESERVED_DOMAINS = re.compile(
    r"(?i)(?:^|\.)(?:example\.(?:com|org|net|edu)|example|test|invalid|localhost|"
    r"local|domain\.com|email\.com|yourdomain\.com|company\.com|acme\.com)$"
)
_NOT_PERSONAL_USERS = frozenset({"noreply", "no-reply", "git", "donotreply", "do-not-reply", "mailer-daemon"})
_CARD_FIRST_DIGITS = "23456"
_CARD_PREFIX = re.compile(
    r"^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9]|22)|35|30[0-5]|36|38|39|62|50|5[6-9]|6[37])"
)
_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "ES": 24, "FI": 18,
    "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24,
    "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    if _IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


def _phone_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value.split("x")[0].split("ext")[0])
    if not 9 <= len(digits) <= 15 or len(set(digits)) < 3:
        return False
    return not re.fullmatch(r"(?:19|20)\d{2}[.\-]\d{2}[.\-]\d{2,4}", value)  # a date, not a phone


def _public_ip(value: str) -> bool:
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return False
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_reserved
        or ip.is_unspecified
        or ip.is_multicast
        or ip.is_link_local
        or value.startswith(("192.0.2.", "198.51.100.", "203.0.113."))
    )


PREFILTERED: tuple[re.Pattern[str], ...] = (
    _CARD, _IBAN, _SSN, _PHONE, _ADDRESS, _CITY_STATE_ZIP, _NAME_INTRO, _EMAIL,
)  # fmt: skip
"""The patterns the one-pass automaton can rule out for a text (see :class:`Prefilter`); the
case-insensitive ones have literal gates of their own."""


class Prefilter:
    """Which of :data:`PREFILTERED` can match each case-kept view of an item, from the one-pass automaton
    (:class:`purpose_immune_engine.onepass.CasedPrefilter`), so :func:`find_pii` skips the others."""

    def __init__(self) -> None:
        from purpose_immune_engine.onepass import CasedPrefilter

        self._cased = CasedPrefilter(PREFILTERED, PREFILTERED)
        span_finder()  # created with the detector, so that onepass.warm() compiles it too

    def possible(self, item: Any) -> list[frozenset[re.Pattern[str]] | None]:
        """Per case-kept view of ``item``: the patterns that may match (None: all of them)."""
        return self._cased.possible(item)


_FINDER: list[Any] = []


def span_finder() -> Any:
    """Every pattern below in one span automaton (None without the accelerator): on a long text their exact
    ``finditer`` matches come from one pass (:mod:`purpose_immune_engine.spans`)."""
    if _FINDER:  # lazy_finder checks this too; here it also saves the spans_module() call on every text
        return _FINDER[0]
    return spans_module().lazy_finder(_FINDER, "pii", _SPANNED)


def find_pii(text: str, *, possible: Container[re.Pattern[str]] | None = None) -> list[SecretMatch]:
    """Personal data in ``text`` (case kept), validated; sorted by position. ``possible``: the patterns of
    :data:`PREFILTERED` that may match (from :class:`Prefilter`); the others are not run."""
    if not text:
        return []
    if possible is None:
        possible = _ALL
    found: list[SecretMatch] = []
    spans = spans_module()
    scanned = spans.scan_long(span_finder(), text)
    finditer = spans.finditer

    def each(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        return finditer(scanned, _SPANNED_INDEX[pattern], pattern, text)

    if "@" in text and _EMAIL in possible:
        for m in each(_EMAIL):
            user, _, domain = m.group(0).rpartition("@")
            if not _RESERVED_DOMAINS.search(domain) and user.lower() not in _NOT_PERSONAL_USERS:
                found.append(SecretMatch("email", m.start(), m.end(), m.group(0)))
    lower = text.lower()
    if _NAME_INTRO in possible and _NAME_HINT.may_match(text, lower):
        for m in each(_NAME_INTRO):
            found.append(SecretMatch("person_name", m.start(1), m.end(1), m.group(1)))
    # Cheap necessary conditions (ASCII text only; elsewhere \d and [A-Z] are not what str methods see):
    # everything below needs four digits, a card number 13, an SSN 9, a ZIP 5; an IBAN, street or city
    # needs a capital letter.
    if text.isascii():
        n_digits = sum(map(text.count, _DIGITS))
        capitals = text != lower
    else:
        n_digits, capitals = len(text), True
    if n_digits < 4 or _FOUR_DIGITS.search(text) is None:
        return _keep_first(found)
    for m in each(_CARD) if n_digits >= 13 and _CARD in possible else ():
        if m.group(0)[0] not in _CARD_FIRST_DIGITS:
            continue  # every issuer prefix starts with 2-6 (a run of binary digits is not a card)
        digits = m.group(0).replace(" ", "").replace("-", "")
        if 13 <= len(digits) <= 19 and _CARD_PREFIX.match(digits) and luhn_valid(digits):
            found.append(SecretMatch("credit_card", m.start(), m.end(), m.group(0)))
    for m in each(_IBAN) if capitals and _IBAN in possible else ():
        if iban_valid(m.group(0)):
            found.append(SecretMatch("iban", m.start(), m.end(), m.group(0)))
    for m in each(_SSN) if n_digits >= 9 and _SSN in possible else ():
        found.append(SecretMatch("ssn", m.start(), m.end(), m.group(0)))
    for m in (
        each(_SSN_CONTEXT) if n_digits >= 9 and _SSN_CONTEXT_GATE.may_match(text, lower) else ()
    ):
        found.append(SecretMatch("ssn", m.start(1), m.end(1), m.group(1)))
    for m in each(_PHONE) if n_digits >= 9 and _PHONE in possible else ():  # 9 to 15 digits
        if _phone_ok(m.group(0)):
            found.append(SecretMatch("phone", m.start(), m.end(), m.group(0)))
    for m in each(_IPV4) if _IPV4_GATE.may_match(text, lower) and _IPV4_DIGITS.search(text) else ():
        if _public_ip(m.group(1)):
            found.append(SecretMatch("ip_address", m.start(1), m.end(1), m.group(1)))
    for pattern, kind in (
        (_DOB, "date_of_birth"),
        (_ADDRESS, "street_address"),
        (_CITY_STATE_ZIP, "postal_address"),
    ):
        if pattern is _DOB and not _DOB_GATE.may_match(text, lower):
            continue
        if (pattern is not _DOB and not capitals) or (pattern is _CITY_STATE_ZIP and n_digits < 5):
            continue
        if pattern is not _DOB and pattern not in possible:
            continue
        for m in each(pattern):
            found.append(SecretMatch(kind, m.start(), m.end(), m.group(0)))
    for m in each(_ID_NUMBER) if _ID_NUMBER_GATE.may_match(text, lower) else ():
        value = m.group(1)
        if any(c.isdigit() for c in value) and sum(c.isdigit() for c in value) >= 4:
            found.append(SecretMatch("id_number", m.start(1), m.end(1), value))
    return _keep_first(found)


_ALL = frozenset(PREFILTERED)
_SPANNED = (
    _EMAIL, _NAME_INTRO, _CARD, _IBAN, _SSN, _SSN_CONTEXT, _PHONE, _IPV4, _DOB, _ADDRESS, _CITY_STATE_ZIP,
    _ID_NUMBER,
)  # fmt: skip
_SPANNED_INDEX = {p: i for i, p in enumerate(_SPANNED)}


def _keep_first(found: list[SecretMatch]) -> list[SecretMatch]:
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[SecretMatch] = []
    for s in found:
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept
