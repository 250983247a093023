"""Secret formats shared by redaction (trace writer) and the privacy detector.

Why here: every detector installs this engine, and core's trace writer redacts with these patterns
whenever the engine is installed (core alone has a smaller fallback). Each pattern names the secret kind
it finds and the regex group that holds the secret value (everything else in the match is context kept
on redaction, for example the word ``Bearer`` or ``password =``).

Three layers, most specific first:

1. provider formats with a fixed prefix (cloud keys, tokens, private key blocks, JWTs);
2. assignments of a value to a secret-looking name (``password = ...``, ``api_key: ...``), where the value
   is checked to look like a literal secret rather than code (``password: str``, ``token = get_token()``);
3. long high-entropy tokens that mix letters and digits (random keys with no known prefix).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from purpose_immune_engine.anchors import GramIndex, LiteralGate, all_anchors_of
from purpose_immune_engine.prefixes import start_prefixes

MAX_SECRET_SCAN_CHARS = 2_000_000
"""Texts longer than this are scanned in their first part only (bounded time for huge inputs)."""


@dataclass(frozen=True)
class SecretMatch:
    kind: str
    start: int
    end: int
    value: str
    """The secret itself; never log it, redact it."""


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# (kind, compiled regex, group holding the secret value). Ordered by family; all are precompiled once.
PROVIDER_PATTERNS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    # -- private keys: PEM blocks, PGP blocks, OpenSSH keys (bounded body length) ---------------------
    (
        "private_key",
        _c(
            r"-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----"
            r"[\s\S]{0,12000}?(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|\Z)"
        ),
        0,
    ),
    # -- cloud providers -------------------------------------------------------------------------------
    (
        "aws_access_key",
        _c(r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[0-9A-Z]{16}\b"),
        0,
    ),
    (
        "aws_secret_key",
        _c(
            r"(?i)\baws.{0,20}?(?:secret|private).{0,20}?[\"'=:\s]\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"
        ),
        1,
    ),
    ("google_api_key", _c(r"\bAIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])"), 0),
    ("google_oauth_token", _c(r"\bya29\.[0-9A-Za-z_\-]{20,}"), 0),
    ("azure_storage_key", _c(r"(?i)AccountKey=([A-Za-z0-9+/]{86}==)"), 1),
    ("digitalocean_token", _c(r"\bdo[por]_v1_[a-f0-9]{64}\b"), 0),
    # -- model providers ------------------------------------------------------------------------------
    ("anthropic_api_key", _c(r"\bsk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_\-]{32,}"), 0),
    ("openai_api_key", _c(r"\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_\-]{32,}"), 0),
    ("openai_api_key", _c(r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b"), 0),
    ("huggingface_token", _c(r"\bhf_[A-Za-z0-9]{30,}\b"), 0),
    ("groq_api_key", _c(r"\bgsk_[A-Za-z0-9]{48,}\b"), 0),
    ("replicate_token", _c(r"\br8_[A-Za-z0-9]{37,}\b"), 0),
    # -- code hosting and package registries -----------------------------------------------------------
    ("github_token", _c(r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b"), 0),
    ("github_token", _c(r"\bgithub_pat_[A-Za-z0-9_]{22,255}\b"), 0),
    ("gitlab_token", _c(r"\bglpat-[A-Za-z0-9_\-]{20,}"), 0),
    ("npm_token", _c(r"\bnpm_[A-Za-z0-9]{36}\b"), 0),
    ("pypi_token", _c(r"\bpypi-AgE[A-Za-z0-9_\-]{50,}"), 0),
    # -- messaging, payments, e-mail ---------------------------------------------------------------------
    ("slack_token", _c(r"\bxox[abposr]-[A-Za-z0-9\-]{10,}"), 0),
    ("slack_webhook", _c(r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}"), 0),
    (
        "discord_webhook",
        _c(r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[\w\-]{40,}"),
        0,
    ),
    ("telegram_bot_token", _c(r"\b\d{8,10}:AA[A-Za-z0-9_\-]{33}\b"), 0),
    ("stripe_key", _c(r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}\b"), 0),
    ("sendgrid_key", _c(r"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b"), 0),
    ("twilio_key", _c(r"\bSK[0-9a-f]{32}\b"), 0),
    ("mailgun_key", _c(r"\bkey-[0-9a-z]{32}\b"), 0),
    ("shopify_token", _c(r"\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b"), 0),
    # -- generic token shapes ----------------------------------------------------------------------------
    ("jwt", _c(r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{0,}"), 0),
    ("bearer_token", _c(r"(?i)\b(?:bearer|token)\s+([A-Za-z0-9._~+/\-]{20,}=*)"), 1),
    ("basic_auth_header", _c(r"(?i)\bauthorization:\s*basic\s+([A-Za-z0-9+/]{8,}={0,2})"), 1),
    (
        "url_credentials",
        _c(r"\b[a-zA-Z][a-zA-Z0-9+.\-]{1,20}://[^\s:/@\"']{1,64}:([^\s@/\"']{3,128})@[\w.\-]+"),
        1,
    ),
)

# A secret-looking name followed by ":" "=" "is" or "was" and a literal value.
_SECRET_NAMES = (
    r"password|passwd|passphrase|pwd|pass|secret|"
    r"api[_\-.]?key|apikey|access[_\-.]?key|secret[_\-.]?key|private[_\-.]?key|access[_\-.]?token|"
    r"auth[_\-.]?token|refresh[_\-.]?token|client[_\-.]?secret|credentials?|token|pin|mot de passe|"
    r"contraseña|passwort|kennwort|senha|пароль|密码|パスワード"
)
ASSIGNMENT = _c(
    r"(?i)(?<![A-Za-z0-9])(?P<name>(?:[a-z0-9]+[_\-.]?)?(?:" + _SECRET_NAMES + r"))(?P<sep>\s*[\"']?\s*"
    r"(?::|=|:=|=>)\s*|\s+(?:is|was|ist|es|est|é)\s*:?\s*)(?P<q>[\"'`]?)(?P<value>[^\s\"'`,;)}\]>]{4,200})"
)

# Values after a secret-looking name that are code, types or placeholders, not secrets.
_NOT_A_VALUE = frozenset(
    """str string int bytes none null nil true false bool undefined optional any secretstr required
    env environ getenv input getpass prompt hidden masked redacted placeholder example sample dummy
    your yours here there this that which what when where correct incorrect wrong invalid valid missing
    empty blank unset set reset expired required needed the a an not none provided protected hashed
    encrypted stored field variable value parameter argument option self cls os config settings""".split()
)
_CODE_VALUE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?:\(.*|\[.*)?$")
_PLACEHOLDER = re.compile(
    r"^(?:<[^>]*>?|\$\{?[A-Za-z_][^}]*\}?|%\(?\w*\)?s?|\{\{?.*|\*+|x+|\.{3,}|…|•+)$", re.I
)

_PASSWORD_NAME = re.compile(r"(?i)pass|pwd|пароль|密码|パスワード|senha|kennwort|contrase|mot de")

HIGH_ENTROPY = _c(r"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-]{32,512}={0,2}(?![A-Za-z0-9+/_\-])")


# Provider patterns run only when their literal anchors occur (a few dozen substring tests, in C).
_CASED_INDEX = GramIndex([None if p.flags & re.IGNORECASE else p.pattern for _, p, _ in PROVIDER_PATTERNS])


def _needs_a_capital(pattern: re.Pattern[str]) -> bool:
    """Must every match contain an upper-case letter (some necessary part has one in each literal)?"""
    return any(
        all(any(c.isupper() for c in literal) for literal in part.literals)
        for part in all_anchors_of(pattern.pattern)
    )


# Text with no capital letter (evidence cut from a lower-case view, most prose keys) cannot hold ``AKIA``,
# ``eyJ`` or ``-----BEGIN``: this index leaves those patterns out, so fewer keys are tested.
_NO_CAPITALS_INDEX = GramIndex(
    [None if p.flags & re.IGNORECASE or _needs_a_capital(p) else p.pattern for _, p, _ in PROVIDER_PATTERNS]
)
_LOWER_INDEX = GramIndex(
    [p.pattern if p.flags & re.IGNORECASE else None for _, p, _ in PROVIDER_PATTERNS], lower=True
)
_ASSIGNMENT_HINT = LiteralGate(
    re.compile(
        r"(?i)pass|pwd|secret|key|token|credential|pin|mot de|contrase|kennwort|senha|пароль|密码|パスワード"
    )
)


def shannon_entropy(value: str) -> float:
    """Bits per character; random base64 is near 6, English words near 3-4, hex at most 4."""
    if not value:
        return 0.0
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def looks_like_literal_secret(value: str) -> bool:
    """Is ``value`` (after ``password =``) a literal secret rather than code, a type or a placeholder?"""
    v = value.strip().rstrip(".!?")
    if len(v) < 4:
        return False
    low = v.lower()
    if low in _NOT_A_VALUE or _PLACEHOLDER.match(v):
        return False
    if low.startswith(("os.", "env.", "self.", "process.env", "config.", "settings.", "getenv", "http")):
        return False
    has_digit = any(ch.isdigit() for ch in v)
    has_symbol = any(not ch.isalnum() and ch != "_" for ch in v)
    if _CODE_VALUE.match(v) and ("(" in v or "[" in v or "." in v):
        return False  # a call, an attribute or an index: code, not a secret
    if v.isalpha() and v.islower() and len(v) < 12:
        # a plain lowercase word ("password is hunter" is rare; "token is expired" is common)
        return False
    if v.isidentifier() and not has_digit and ("_" in v or v[:1].isupper()):
        return False  # an identifier (a variable, a class)
    return has_digit or has_symbol or len(v) >= 12 or not v.isalpha() or v != v.lower()


def _is_random_token(token: str) -> bool:
    core = token.rstrip("=")
    if len(core) < 32:
        return False
    if core.isascii():  # the regex's tokens always are: str methods decide in C
        has_upper, has_lower = core != core.lower(), core != core.upper()
        digits = sum(map(core.count, "0123456789"))
    else:
        has_upper = any(c.isupper() for c in core)
        has_lower = any(c.islower() for c in core)
        digits = sum(c.isdigit() for c in core)
    if not (has_lower and digits >= 2) or not (has_upper or digits >= 6):
        return False
    if "/" in core and core.count("/") >= 3 and not has_upper:
        return False  # a path, not a key
    if core.count("_") + core.count("-") > len(core) // 6:
        return False  # snake_case or kebab-case words
    return shannon_entropy(core) >= 4.2


_TOKEN_BYTES = bytes(c if chr(c).isalnum() or chr(c) in "+/_-" else 32 for c in range(128)) + b" " * 128


_TOKEN_MARKS = bytes(120 if c != 32 else 32 for c in _TOKEN_BYTES)
""":data:`_TOKEN_BYTES` with every token character an "x": a run of n of them is one C substring search."""
_LONG_TOKEN = b"x" * 32


def _longest_token(text: str) -> int:
    """Length of the longest run of HIGH_ENTROPY's characters (a non-ASCII character is never one), with C
    string methods: the reference :func:`_has_long_token` is tested against."""
    return max(map(len, text.encode("ascii", "replace").translate(_TOKEN_BYTES).split()), default=0)


def _has_long_token(text: str) -> bool:
    """``_longest_token(text) >= 32``, without a bytes object per word (a tenth of the cost): a text with no
    32-character run skips :data:`HIGH_ENTROPY`'s regex, which steps through every word."""
    return _LONG_TOKEN in text.encode("ascii", "replace").translate(_TOKEN_MARKS)


def _decodes_to_text(token: str) -> bool:
    """Base64 that decodes to readable text is an encoded message (an injection layer's job), not a key."""
    import base64
    import binascii

    core = token.rstrip("=")
    padded = core + "=" * (-len(core) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return False
    if not raw:
        return False
    printable = len(raw.translate(None, _NON_PRINTABLE_BYTES))  # counted in C
    return printable / len(raw) > 0.9


_NON_PRINTABLE_BYTES = bytes(b for b in range(256) if not (32 <= b < 127 or b in (9, 10, 13)))


# Every secret name begins with one of these (lower-case) prefixes; see _assignments.
# six letters, so that "content" and "accept" do not pass for "contraseña" and "access_token"
_NAME_HEADS = tuple(
    s for s in start_prefixes(_SECRET_NAMES, length=6).anywhere if s.isascii()  # type: ignore[union-attr]
)
_ALL_NAME_HEADS = tuple(start_prefixes(_SECRET_NAMES, length=6).anywhere)  # type: ignore[union-attr]
# the regex's own class: with IGNORECASE, [a-z] also takes four non-ASCII letters (see _FOLD_TO_ASCII)
_ALNUM_RUN = re.compile(r"(?i)[a-z0-9]+")
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
"""The only characters outside ASCII that Python's case-insensitive matching takes for an ASCII letter
(dotted capital I, dotless i, long s, Kelvin sign); ``str.lower`` leaves the dotless i and the long s as
they are and makes the dotted capital I two characters."""
_FOLDED = "\u0130\u0131\u017f\u212a"
"""Those four: a text holding none of them is its own folding (four C searches; the folding of a text that
is not ASCII costs about 50 us per 1,000 characters)."""


_RUN_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u0130\u0131\u017f\u212a"
"""Every character :data:`_ALNUM_RUN` matches: ASCII letters and digits, and the four of
:data:`_FOLD_TO_ASCII`."""
_LOOK_BACK = 256


def _run_start(text: str, j: int) -> int | None:
    """Where the run of :data:`_ALNUM_RUN` holding position ``j - 1`` starts (the maximal run ``finditer``
    gives; ``text[j - 1]`` must be in it), from at most :data:`_LOOK_BACK` characters before ``j``
    (``str.rstrip`` in C); None when the run may begin earlier. Why: the list of every run's start cost a
    regex pass over the whole text (8 ms on a 100 KB document) for the one or two runs a name sits in."""
    lo = max(0, j - _LOOK_BACK)
    piece = text[lo:j]
    start = lo + len(piece.rstrip(_RUN_CHARS))
    return None if start == lo and lo > 0 else start


def _assignments(text: str, lower: str) -> Iterator[re.Match[str]]:
    """``ASSIGNMENT.finditer(text)``, tried only where a match can start.

    Why: the optional ``[a-z0-9]+`` before the name makes the engine attempt every alphanumeric
    position, which costs hundreds of microseconds on a long run of digits or base64. A match starts at
    a secret name (found with ``str.find`` in the lower-cased text) or at the start of the alphanumeric
    run just before that name (before one ``_``, ``-`` or ``.``), so only those positions are tried, in
    order, resuming after each match as ``finditer`` does. In text that is not ASCII the names are looked
    for in a folding that maps what the regex would take for an ASCII letter onto it; where folding
    changes the length (positions would no longer line up), the plain path runs. ``lower`` is
    ``text.lower()``."""
    heads = _NAME_HEADS
    if not text.isascii():
        if any(c in text for c in _FOLDED):  # else the folding changes nothing: ``lower`` is its lower case
            lower = text.translate(_FOLD_TO_ASCII).lower()
        if len(lower) != len(text):
            if _ASSIGNMENT_HINT.may_match(text):
                yield from ASSIGNMENT.finditer(text)
            return
        heads = _ALL_NAME_HEADS
    names = [i for head in heads if head in lower for i in _occurrences(lower, head)]
    if not names:
        return
    starts = set(names)
    run_starts: list[int] | None = None
    for k in names:
        j = k - 1 if k > 0 and text[k - 1] in "_-." else k
        if j > 0 and _ALNUM_RUN.match(text, j - 1):
            start = _run_start(text, j)
            if start is None:  # a run longer than the look-back: every run's start, once
                if run_starts is None:
                    run_starts = [m.start() for m in _ALNUM_RUN.finditer(text)]
                start = run_starts[bisect_right(run_starts, j - 1) - 1]
            starts.add(start)
    end = 0
    for s in sorted(starts):
        if s < end:
            continue
        m = ASSIGNMENT.match(text, s)
        if m is not None:
            yield m
            end = m.end()


def _occurrences(text: str, sub: str) -> Iterator[int]:
    i = text.find(sub)
    while i != -1:
        yield i
        i = text.find(sub, i + 1)


PREFILTERED: tuple[int, ...] = tuple(
    i for i, (_, p, _) in enumerate(PROVIDER_PATTERNS) if not p.flags & re.IGNORECASE
)
"""Indexes of the provider patterns the one-pass automaton can rule out for a text (see
:class:`Prefilter`); the case-insensitive ones keep their literal index."""


class Prefilter:
    """Which case-sensitive provider patterns can match each case-kept view of an item, from the one-pass
    automaton (:class:`purpose_immune_engine.onepass.CasedPrefilter`): the same scan that pre-selects the
    personal-data patterns, so :func:`find_secrets` skips the literal index for these patterns."""

    def __init__(self) -> None:
        from purpose_immune_engine.onepass import CasedPrefilter

        self._cased = CasedPrefilter(PREFILTERED, [PROVIDER_PATTERNS[i][1] for i in PREFILTERED])
        span_finder()  # created with the detector, so that onepass.warm() compiles it too

    def possible(self, item: Any) -> list[frozenset[int] | None]:
        """Per case-kept view of ``item``: the indexes (into :data:`PROVIDER_PATTERNS`) of the
        case-sensitive provider patterns that may match it (None: ask the literal index)."""
        return self._cased.possible(item)


_FINDER: list[Any] = []
_SPANS: list[Any] = []


def spans_module() -> Any:
    """:mod:`purpose_immune_engine.spans`, imported at the first scan and kept. Not at import time: it
    brings the accelerator's modules, which a trace writer that only redacts does not need; and not by an
    import statement in each search, which cost more than the rest of a short text's search."""
    if not _SPANS:
        from purpose_immune_engine import spans

        _SPANS.append(spans)
    return _SPANS[0]


def span_finder() -> Any:
    """The provider patterns in one span automaton (None without the accelerator): on a long text their
    exact ``finditer`` matches come from one pass (:mod:`purpose_immune_engine.spans`). Not
    :data:`HIGH_ENTROPY`: its rewritten form ends at every letter of every word, one report each."""
    if _FINDER:
        return _FINDER[0]
    return spans_module().lazy_finder(_FINDER, "secrets", [p for _, p, _ in PROVIDER_PATTERNS])


def find_secrets(
    text: str,
    *,
    entropy: bool = True,
    limit: int | None = MAX_SECRET_SCAN_CHARS,
    possible: frozenset[int] | None = None,
) -> list[SecretMatch]:
    """Every secret found in ``text``, sorted by position, overlaps resolved in favour of the earliest
    and longest (so a JWT inside ``Bearer ...`` is reported once). ``limit=None`` scans all of it.
    ``possible``: the case-sensitive provider patterns that may match (from :class:`Prefilter`, for the
    whole text); given, they replace the literal index's answer for those patterns."""
    if not text:
        return []
    if limit is not None:
        text = text[:limit]
    found: list[SecretMatch] = []
    lower = text.lower()
    if possible is None:
        cased_index = _NO_CAPITALS_INDEX if text == lower else _CASED_INDEX
        candidates = cased_index.candidates_in(text) | _LOWER_INDEX.candidates_in(lower)
    else:
        candidates = set(possible) | _LOWER_INDEX.candidates_in(lower)
    spans = spans_module()
    scanned = spans.scan_long(span_finder(), text)
    for i in sorted(candidates):
        kind, pattern, group = PROVIDER_PATTERNS[i]
        for m in spans.finditer(scanned, i, pattern, text):
            found.append(SecretMatch(kind, m.start(group), m.end(group), m.group(group)))
    for m in _assignments(text, lower):
        value = m.group("value")
        if looks_like_literal_secret(value):
            kind = "password" if _PASSWORD_NAME.search(m.group("name")) else "secret_assignment"
            found.append(SecretMatch(kind, m.start("value"), m.end("value"), value))
    if entropy and _has_long_token(text):
        for m in HIGH_ENTROPY.finditer(text):
            token = m.group(0)
            if text[max(0, m.start() - 7) : m.start()].lower() == "base64,":
                continue  # a data: URI carries a file (an image), not a credential
            if _is_random_token(token) and not _decodes_to_text(token):
                found.append(SecretMatch("high_entropy_token", m.start(), m.end(), token))
    return _resolve_overlaps(found)


def _resolve_overlaps(found: list[SecretMatch]) -> list[SecretMatch]:
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[SecretMatch] = []
    for s in found:
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept
