# ruff: noqa: RUF001, RUF003, E501 - the confusables table holds look-alike letters on purpose
"""The shared normalisation every detector sees through.

Keyword filters fail because an attacker writes the same instruction in a form the filter does not read:
full-width letters, Cyrillic look-alikes, zero-width joiners, ``I g n o r e``, ``1gn0r3``, base64, hex,
rot13, Morse, invisible Unicode tag characters. This module turns one text into a small set of *views*,
each a plausible reading of what a model would understand, so a detector writes each rule once (against
lower-case ASCII-ish text) and catches every disguise.

Views (all lower-case, accents stripped, whitespace collapsed):

* ``text``: NFKC, hidden characters removed, confusables mapped to Latin, accents stripped;
* ``despaced``: letters separated by spaces, dots, dashes or stars joined back into words (only when a
  spaced run holds a letter: ``1, 2, 3, 4`` spells nothing);
* ``dehyphened``: words split into pieces by hyphens joined back (``in-struc-tions``; only when two splits
  are close together, as in a split instruction, not a document's scattered compounds);
* ``leet``: digits and symbols inside words read as letters (``pr3v10u5`` -> ``previous``);
* ``rot13`` / ``reversed``: only when they read as English and the text itself does not;
* decoded payloads: base64/base64url, base32, hex, binary, ascii85/base85, Morse, URL and backslash
  escapes, HTML entities, Unicode tag characters, variation-selector smuggling, each decoded again up to
  :data:`MAX_DEPTH` and kept only when it reads as text.

Bounds: input beyond :data:`MAX_SCAN_CHARS` is cut to its head and tail (the caller flags it), at most
:data:`MAX_DECODED_CHARS` of decoded text and :data:`MAX_CANDIDATES` encoded runs are examined, every
regex is linear. Nothing here raises on bad input: junk goes in, some views come out.

With the optional ``purpose-immune-native`` distribution, the scans that cost most on ordinary text run in
C: the base64/base32/hex/base85 run search, the leetspeak reading, the hyphen join and five whole-text gate
searches (:func:`set_native`; ``PURPOSE_IMMUNE_NATIVE=0`` keeps the regexes). Their results are the
regexes' own (tests compare them on generated, arbitrary and every development text).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import os
import re
import unicodedata
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from purpose_agent.plugin import MAX_SCAN_CHARS, bound, to_text

__all__ = ["MAX_SCAN_CHARS", "Decoded", "Normalized", "bound", "normalize", "set_native", "to_text"]

MAX_DEPTH = 3
MAX_DECODED_CHARS = 64_000
MAX_CANDIDATES = 48
MAX_RUN_CHARS = 16_384


def _load_native() -> Any:
    """The compiled module of the optional ``purpose-immune-native`` distribution when it is installed,
    loads, is recent enough to have the normaliser's scans and is not switched off
    (``PURPOSE_IMMUNE_NATIVE=0``); else None (the regexes below then do the same work)."""
    if os.environ.get("PURPOSE_IMMUNE_NATIVE", "1") == "0":
        return None
    try:
        from purpose_immune_native import _speedups
    except ImportError:
        return None
    needed = ("payload_runs", "unleet", "text_hints", "dehyphen")
    return _speedups if all(hasattr(_speedups, name) for name in needed) else None


_native: Any = _load_native()


def set_native(enabled: bool) -> bool:
    """Find encoded runs, read leetspeak back, join hyphen-split words and test for a few regexes' matches
    with the C scans (when installed) or with the regexes; returns whether the C scans are now used (for
    A/B timing and the equivalence tests)."""
    global _native
    _native = _load_native() if enabled else None
    return _native is not None


# purpose-immune-native's text_hints bits: whether each of these regexes finds a match in a text
HINT_HEX_TRIPLE, HINT_BITS, HINT_MORSE, HINT_TWO_LEET, HINT_SPACED = 1, 2, 4, 8, 16


def _hints(text: str) -> int | None:
    """The ``text_hints`` bits of ``text`` from one C pass (None without the C scans): five regex searches
    that each try every position of the text otherwise."""
    native = _native
    return None if native is None else native.text_hints(text)  # type: ignore[no-any-return]


class _LastHints:
    """:func:`_hints` of the last text asked for, kept for one view's transforms: a view tested for spaced
    letters is tested for leetspeak next (the same object, so ``is`` decides), and the C pass need not run
    twice. Local to one call of :func:`_add_transforms`, so no text outlives its scan."""

    __slots__ = ("hints", "text")

    def __init__(self) -> None:
        self.text: str | None = None
        self.hints: int | None = None

    def __call__(self, text: str) -> int | None:
        if self.text is not text:
            self.text, self.hints = text, _hints(text)
        return self.hints


def _found(pattern: re.Pattern[str], text: str, hints: int | None, bit: int) -> bool:
    """Whether ``pattern`` (one of the five regexes of :data:`HINT_SPACED` and co.) matches somewhere in
    ``text``: its ``bit`` of ``hints`` (:func:`_hints` of ``text``), or the regex's own search."""
    return pattern.search(text) is not None if hints is None else bool(hints & bit)

# -- hidden characters ---------------------------------------------------------------------------------

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u00ad\u034f\u115f\u1160\u3164"
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_HIDDEN_TABLE = {ord(c): None for c in _ZERO_WIDTH + _BIDI}
# C0/C1 controls other than tab/newline/carriage return read as a space
_HIDDEN_TABLE.update({c: " " for c in range(0x20) if c not in (9, 10, 13)})
_HIDDEN_TABLE.update({c: " " for c in range(0x7F, 0xA0)})
# every character _HIDDEN_TABLE changes: a text without one is left as it is, and a regex search says so
# many times faster than str.translate with a dict (one lookup per character) can
_HIDDEN_ANY = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_HIDDEN_TABLE)) + "]")
_ASCII_HIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HAS_BIDI = re.compile("[" + _BIDI + "]")
_TAG_RUN = re.compile("[\U000e0000-\U000e007f]+")
_VS_RUN = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]{4,}")
_VS_ANY = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]+")  # removed run by run, not one by one

# -- confusables: letters from other scripts that look like Latin ones (a readable subset of UTS #39) ----

_CONFUSABLE_PAIRS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "һ": "h", "ӏ": "l", "ɡ": "g", "ո": "n", "ս": "u", "ց": "g",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ϲ": "c", "ϳ": "j",
    # IPA and Latin extensions that read as ASCII
    "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i", "ʀ": "r", "ʏ": "y", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d",
    "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o",
    "ᴘ": "p", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ł": "l", "ø": "o", "đ": "d",
    "ß": "ss", "æ": "ae", "œ": "oe",
}  # fmt: skip
_CONFUSABLES = str.maketrans(_CONFUSABLE_PAIRS)
_CONFUSABLE_CHARS = re.compile("[" + "".join(_CONFUSABLE_PAIRS) + "]")
_LATIN_WORD_WITH_CONFUSABLE = re.compile(
    r"\b(?=[^\W\d_]*[a-z])(?=[^\W\d_]*[" + "".join(_CONFUSABLE_PAIRS) + r"])[^\W\d_]+\b"
)

# -- leetspeak ---------------------------------------------------------------------------------------------

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
                       "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e"})  # fmt: skip
# a leet word is at most 40 characters: the head of a longer run (base64, hex) is not a word
# (the possessive length test fails a long run at once instead of backtracking through it)
_LEET_TOKEN = re.compile(
    r"(?<![\w@$!|+€])(?=[\w@$!|+€]{2,40}+(?![\w@$!|+€]))(?=[\w@$!|+€]*[a-z])(?=[\w@$!|+€]*[0-9@$!|+€])"
    r"[\w@$!|+€]{2,40}"
)
_LEET_HINT = re.compile(r"[a-z][013457@$][a-z0-9]|[013457@$][a-z]{2}")
_LEET_MARKS = "013457@$"

# -- spaced-out letters: "i g n o r e", "i.g.n.o.r.e", "i-g-n-o-r-e", "i*g*n*o*r*e" ----------------------

_SPACED = re.compile(r"(?<![a-z0-9])(?:[a-z0-9][ .\-_*|/~+,]{1,3}){3,}[a-z0-9](?![a-z0-9])")
_SPACED_SEP = re.compile(r"[ .\-_*|/~+,]")
_A_LETTER = re.compile(r"[a-z]")
# Every spaced run has a letter with separators on both sides (its second one): with the separators read
# as spaces, " x " occurs. Finding that with C string methods rules most texts out before _SPACED runs.
_SEPARATORS_AS_SPACES = bytes(32 if chr(c) in " .-_*|/~+," else c for c in range(256))
_LONE_CHAR = re.compile(r" [a-z0-9] ")

# -- whole-text transforms -----------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z]+")
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
"""ASCII a-z kept, everything else a space: ``split()`` then gives what ``_WORD.findall`` gives."""
_COMMON = frozenset(
    "the and to you your of is in for with that all me now ignore ignoring ignored instruction instructions "
    "previous prior system prompt prompts password passwords curl sudo rm reveal secret secrets admin bash "
    "send wget http https sh chmod ssh etc passwd tmp".split()
)
"""Common English and attack words: the reading (plain, rot13, reversed) that holds most of them is the
one a model would understand."""

# The same words as they read in rot13 and backwards: a word of rot13(text) is rot13 of a word of the text
# (rot13 maps letters to letters), and likewise reversed, so every reading is counted on the text's own
# words with one set intersection each, without building the reading first.
_COMMON_ROT13 = frozenset(codecs.encode(w, "rot13") for w in _COMMON)
_COMMON_REVERSED = frozenset(w[::-1] for w in _COMMON)
_READINGS = (_COMMON, _COMMON_ROT13, _COMMON_REVERSED)


def _hits(view: str) -> int:
    """How many common English or attack words a reading holds (is rot13 or reversed text plainer?)."""
    return len(set(_WORD.findall(view)) & _COMMON)


_WS = re.compile(r"\s+")
_ASCII_WS_NOT_SPACE = re.compile("[\t\n\r\x0b\x0c\x1c-\x1f]")

# -- encoded runs ------------------------------------------------------------------------------------------------

_B64_RUN = re.compile(r"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-]{16,}={0,2}(?![A-Za-z0-9+/_\-=])")
_B32_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z2-7]{16,}={0,6}(?![A-Za-z0-9=])")
_HEX_RUN = re.compile(r"(?<![0-9A-Za-z])(?:0x)?(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Za-z])")
_HEX_SEP_RUN = re.compile(r"(?:(?:\\x|0x|%)?[0-9A-Fa-f]{2}[ ,:]?){8,}")
_BIN_RUN = re.compile(r"(?<![01])(?:[01]{7,8}[ ,]?){4,}(?![01])")
_A85_RUN = re.compile(r"<~[!-u\s]{4,}~>")
_B85_RUN = re.compile(r"(?<![!-~])[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{20,}(?![!-~])")
_MORSE_RUN = re.compile(r"(?<![.\-\w])[.\-]{1,7}(?:(?: {1,3}| ?/ ?)[.\-]{1,7}){7,}")
_ESCAPE_RUN = re.compile(r"(?:\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2})){4,}")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9A-Fa-f]{2,6}|[A-Za-z]{2,8});")
_QP = re.compile(r"=[0-9A-F]{2}")
_BRAILLE_RUN = re.compile("[\u2800-\u28ff][\u2800-\u28ff ]{5,}")

_MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h",
    "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p",
    "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x",
    "-.--": "y", "--..": "z", "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4",
    ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",",
    "..--..": "?", "-.-.--": "!", "-..-.": "/", ".--.-.": "@", "..--.-": "_",
}  # fmt: skip
# Grade-1 Braille: dot patterns (bit i = dot i+1) for a-z
_BRAILLE = {
    0x01: "a", 0x03: "b", 0x09: "c", 0x19: "d", 0x11: "e", 0x0B: "f", 0x1B: "g", 0x13: "h", 0x0A: "i",
    0x1A: "j", 0x05: "k", 0x07: "l", 0x0D: "m", 0x1D: "n", 0x15: "o", 0x0F: "p", 0x1F: "q", 0x17: "r",
    0x0E: "s", 0x1E: "t", 0x25: "u", 0x27: "v", 0x3A: "w", 0x2D: "x", 0x3D: "y", 0x35: "z", 0x00: " ",
}  # fmt: skip
_NATO = {
    "alfa": "a", "alpha": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f",
    "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l",
    "mike": "m", "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s",
    "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x",
    "x-ray": "x", "yankee": "y", "zulu": "z",
}  # fmt: skip
_NATO_RUN = re.compile(r"\b(?:(?:" + "|".join(map(re.escape, _NATO)) + r")[\s,]+){5,}(?:" +
                       "|".join(map(re.escape, _NATO)) + r")\b", re.I)  # fmt: skip


@dataclass(frozen=True)
class Decoded:
    """One payload found hidden in the text: how it was hidden (``hex>base64`` for a chain) and what
    it says (case kept)."""

    encoding: str
    text: str


@dataclass
class Normalized:
    """Everything the normaliser learned about one text; :class:`~purpose_agent.immune.scan.ScanItem`
    carries it to the detectors."""

    raw: str
    clean: str
    """Hidden characters removed, NFKC, case kept: what secret and code patterns match against."""
    text: str
    """The main lower-case view."""
    views: tuple[str, ...]
    """Every lower-case view, ``text`` first, without duplicates."""
    cased_views: tuple[str, ...]
    """``clean`` and each decoded payload with its case kept."""
    decoded: tuple[Decoded, ...] = ()
    signals: frozenset[str] = frozenset()
    """Obfuscation seen: ``hidden_chars``, ``bidi``, ``tag_chars``, ``variation_selectors``,
    ``homoglyphs``, ``spaced_letters``, ``split_words``, ``leetspeak``, ``rot13``, ``reversed``,
    ``encoded:<kind>``."""
    truncated: bool = False
    notes: list[str] = field(default_factory=list)


def _decode_tags(run: str) -> str:
    return "".join(chr(ord(c) - 0xE0000) for c in run if 0x20 <= ord(c) - 0xE0000 < 0x7F)


_VS_HIGH = bytes(16 if b == 0x01 else 0 for b in range(256))
"""Second byte of a selector's UTF-32 code: 0xFE for VS1-16 (U+FE00-FE0F, bytes 0-15), 0x01 for VS17-256
(U+E0100-E01EF, bytes 16-255): what to add to its low byte."""


def _decode_variation_selectors(run: str) -> str | None:
    """The bytes a run of variation selectors smuggles (one per selector), read as text.

    In C, without a Python step per selector (a smuggled payload can be hundreds of thousands of them):
    each selector's byte is its code's low byte, plus 16 for VS17-256; the additions are done at once on
    the bytes read as one integer (no carry: the low byte of VS17-256 is at most 0xEF)."""
    data = run.encode("utf-32-le")
    low, high = data[0::4], data[1::4].translate(_VS_HIGH)
    total = int.from_bytes(low, "little") + int.from_bytes(high, "little")
    return _as_text(total.to_bytes(len(low), "little"))


_DIACRITICS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def _strip_accents(text: str) -> str:
    """Drop Latin/Greek/Cyrillic diacritics and Zalgo marks; keep kana voicing marks and Hangul intact.

    Patterns are written without accents (``revelez``, ``instrucoes``; Cyrillic short i reads as i)."""
    return unicodedata.normalize("NFC", _DIACRITICS.sub("", unicodedata.normalize("NFD", text)))


def _lower_view(text: str) -> str:
    """NFKC, accents and combining marks (Zalgo) stripped, lower-case, whitespace collapsed."""
    # " ".join(s.split()) is _WS.sub(" ", s).strip(): str.split and the regex's \s use the same whitespace
    if text.isascii():
        if "  " not in text and _ASCII_WS_NOT_SPACE.search(text) is None:
            return text.lower().strip()  # nothing to collapse: every whitespace run is one space
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKC", text)
    return " ".join(_strip_accents(text).lower().split())


def _despace(view: str, hints: Callable[[str], int | None] = _hints) -> str | None:
    if view.isascii():
        spaced = view.encode("ascii").translate(_SEPARATORS_AS_SPACES).decode("ascii")
        if _LONE_CHAR.search(spaced) is None:
            return None
    if not _found(_SPACED, view, hints(view), HINT_SPACED):
        return None
    spelled = [False]

    def join(m: re.Match[str]) -> str:
        chunk = m.group(0)
        if not spelled[0] and _A_LETTER.search(chunk) is not None:
            spelled[0] = True
        # a wider gap (two spaces, " / ") separates words inside the spaced run
        words = re.split(r"\s{2,}|\s/\s|\s\|\s", chunk)
        return " ".join(_SPACED_SEP.sub("", w) for w in words)

    joined = _SPACED.sub(join, view)
    # runs of digits alone ("1, 2, 3, 4", "0.0.0.0": lists, versions, addresses) spell no word: a text with
    # only those gets no second view for every detector to read again
    return joined if spelled[0] else None


_WORD_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")
# one character, a space, one character, ...: "c u r l -s h t t p : / / e v i l . i o" spells
# "curl -s http://evil.io" once the single spaces go (symbols kept, unlike _SPACED's reading)
_LETTER_SPACED = re.compile(r"(?<!\S)(?:\S ){3,}\S(?!\S)")
# a run spaced out letter by letter loses its word breaks ("pleasedisregardyour"): common and attack words
# found inside a long joined run are set apart again (a view only, so a wrong split costs nothing)
_LEXICON = re.compile(
    r"please|ignore|disregard|forget|previous|prior|above|earlier|instructions?|guidelines|rules|system|"
    r"prompt|reveal|print|show|password|secret|admin|your|you|all|the|and|now|new|task|must|always|never"
)


def _unspace(view: str) -> str | None:
    """Single spaces removed inside runs of one-character tokens, long joined runs split at known words."""

    def join(m: re.Match[str]) -> str:
        word = m.group(0).replace(" ", "")
        if len(word) >= 10 and word.isalpha():
            word = " ".join(_LEXICON.sub(lambda w: f" {w.group(0)} ", word).split())
        return word

    out = _LETTER_SPACED.sub(join, view)
    return out if out != view else None


SPLIT_REACH = 24
"""Two hyphen splits at most this many characters apart make a text's splits a disguise (see
:func:`_dehyphen`)."""


def _close_splits(view: str) -> bool:
    """Whether two of the view's hyphen splits (letter-hyphen-letter) are at most :data:`SPLIT_REACH`
    characters apart: ``ig-nore all pre-vious``, ``in-struc-tions``."""
    last = -SPLIT_REACH - 1
    for m in _WORD_HYPHEN.finditer(view):
        at = m.start()
        if at - last <= SPLIT_REACH:
            return True
        last = at
    return False


def _dehyphen(view: str) -> str | None:
    """Words split by hyphens ("ig-nore all pre-vious in-struc-tions") joined back; only for texts with two
    such splits close together (see :func:`_close_splits`). One "e-mail" or "well-known" is ordinary
    writing, and so are a long document's compounds one or two sentences apart ("built-in" ... "thread-safe"):
    a disguise splits the words of one instruction, so its splits are close. Joining a document's scattered
    compounds made a second copy of it that every detector read again."""
    if view.count("-") < 2:
        return None
    native = _native
    if native is not None and view.isascii():
        data, n = native.dehyphen(view.encode("ascii"))
        return data.decode("ascii") if n >= 2 and _close_splits(view) else None
    joined, n = _WORD_HYPHEN.subn("", view)
    return joined if n >= 2 and _close_splits(view) else None


def _unleet(view: str, hints_of: Callable[[str], int | None] = _hints) -> str | None:
    # two hints need two of their digits or symbols (a cheap count rules most prose out first)
    if sum(map(view.count, _LEET_MARKS)) < 2:
        return None
    hints = hints_of(view)
    if hints is None:
        if len(list(islice(_LEET_HINT.finditer(view), 2))) < 2:
            return None  # (findall would go through the whole text to count what two matches decide)
    elif not hints & HINT_TWO_LEET:
        return None  # the C pass counts finditer's first two matches the same way
    native = _native
    if native is not None and view.isascii():
        # one C pass, the same substitution (see purpose_immune_native's unleet for the derivation): the
        # regex tries its three look-aheads at every word and calls back into Python for each match
        return native.unleet(view.encode("ascii")).decode("ascii")  # type: ignore[no-any-return]
    return _LEET_TOKEN.sub(lambda m: m.group(0).translate(_LEET), view)


_LAYOUT = str.maketrans("", "", "\n\r\t")
_ASCII_NON_ALPHA = bytes(c for c in range(128) if not chr(c).isalpha())


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    if text.isprintable() or text.translate(_LAYOUT).isprintable():
        return 1.0  # the common case, decided in C
    good = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return good / len(text)


def _letters(text: str) -> int:
    """How many characters of ``text`` are letters (``str.isalpha``)."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_NON_ALPHA))
    return sum(c.isalpha() for c in text)


def _as_text(raw: bytes) -> str | None:
    """Bytes that read as text (UTF-8, else UTF-16), or None for binary noise."""
    if len(raw) < 4:
        return None
    for encoding in ("utf-8", "utf-16"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and len(text.encode("ascii", "ignore")) < 0.9 * len(text):
            continue  # random bytes read as UTF-16 give printable CJK noise
        if _printable_ratio(text) >= 0.9 and _letters(text) >= max(3, len(text) // 3):
            return text
    return None


def _intermediate(text: str) -> bool:
    """Decoded text that is itself an encoding (hex inside base64): decode again even if not prose."""
    compact = text.strip()
    return len(compact) >= 16 and bool(
        re.fullmatch(r"[A-Za-z0-9+/=_\-\s]+|[01\s]+|[.\-/\s]+|(?:\\[ux][0-9A-Fa-f]+)+", compact)
    )


def _b64(run: str) -> str | None:
    core = run.rstrip("=")
    if len(core) % 4 == 1:
        core = core[:-1]
    padded = core + "=" * (-len(core) % 4)
    alt = "-" in core or "_" in core
    try:
        raw = base64.urlsafe_b64decode(padded) if alt else base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _as_text(raw)


def _b32(run: str) -> str | None:
    core = run.rstrip("=").upper()
    core = core[: len(core) - len(core) % 8] if len(core) % 8 in (1, 3, 6) else core
    try:
        raw = base64.b32decode(core + "=" * (-len(core) % 8))
    except (binascii.Error, ValueError):
        return None
    return _as_text(raw)


def _hex(run: str) -> str | None:
    digits = re.sub(r"\\x|0x|%|[ ,:]", "", run)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _as_text(bytes.fromhex(digits))
    except ValueError:
        return None


def _binary(run: str) -> str | None:
    groups = re.findall(r"[01]{7,8}", run)
    try:
        raw = bytes(int(g, 2) for g in groups)
    except ValueError:
        return None
    return _as_text(raw)


def _a85(run: str) -> str | None:
    try:
        return _as_text(base64.a85decode(run, adobe=True, ignorechars=b" \t\n\r"))
    except (ValueError, binascii.Error):
        return None


_B85_ONLY = frozenset("!#$%&()*;<>?@^`{|}~")
"""Base85 symbols that base64 and base64url never use: a run without one is (almost surely) a piece of
base64, and the pure-Python base85 decoders are the slowest step of normalising it."""


def _b85(run: str) -> str | None:
    if _B85_ONLY.isdisjoint(run):
        return None
    for decode in (base64.b85decode, base64.a85decode):
        try:
            text = _as_text(decode(run))
        except (ValueError, binascii.Error):
            continue
        if text:
            return text
    return None


def _morse(run: str) -> str | None:
    words = re.split(r"\s*/\s*|\s{3,}", run.strip())
    out = []
    for word in words:
        letters = [_MORSE.get(code) for code in word.split()]
        if any(letter is None for letter in letters):
            return None
        out.append("".join(letters))  # type: ignore[arg-type]
    text = " ".join(out)
    return text if _letters(text) >= 4 else None


def _escapes(run: str) -> str | None:
    try:
        text = codecs.decode(run, "unicode_escape")
    except (UnicodeDecodeError, ValueError):
        return None
    if isinstance(text, str) and _TAG_RUN.search(text):
        text = _TAG_RUN.sub(lambda m: _decode_tags(m.group(0)), text)
    return text if _printable_ratio(text) > 0.9 else None


def _braille(run: str) -> str | None:
    out = []
    for c in run:
        if c == " ":
            out.append(" ")
            continue
        letter = _BRAILLE.get(ord(c) - 0x2800)
        if letter is None:
            return None
        out.append(letter)
    text = "".join(out)
    return text if _letters(text) >= 4 else None


def _nato(run: str) -> str:
    return "".join(_NATO.get(w.lower(), "") for w in re.split(r"[\s,]+", run))


# (encoding name, run regex, decoder); each run is tried once per level, longest runs first.
_RUN_DECODERS = (
    ("base64", _B64_RUN, _b64),
    ("base32", _B32_RUN, _b32),
    ("hex", _HEX_RUN, _hex),
    ("hex", _HEX_SEP_RUN, _hex),
    ("binary", _BIN_RUN, _binary),
    ("ascii85", _A85_RUN, _a85),
    ("base85", _B85_RUN, _b85),
    ("morse", _MORSE_RUN, _morse),
    ("escapes", _ESCAPE_RUN, _escapes),
    ("braille", _BRAILLE_RUN, _braille),
)


_LONG_TOKEN = re.compile(r"[A-Za-z0-9+/=_\-]{16}")
_NON_SPACE_RUN = re.compile(r"\S{20}")
_HEX_PAIRS = re.compile(
    r"[0-9A-Fa-f]{2}[ ,:][0-9A-Fa-f]{2}[ ,:][0-9A-Fa-f]{2}|\\x[0-9A-Fa-f]{2}|0x[0-9A-Fa-f]{2}"
)
_BITS = re.compile(r"[01]{7}")
_MORSE_HINT = re.compile(r"[.\-]{1,6} [.\-]{1,6} [.\-]{1,6}")
_NATO_HINT = ("alfa", "alpha", "bravo", "charlie", "tango", "sierra", "foxtrot", "kilo")
_HEX_TRIPLE = re.compile(r"[0-9A-Fa-f]{2}[ ,:][0-9A-Fa-f]{2}[ ,:][0-9A-Fa-f]{2}")
_ESCAPED_HEX = re.compile(r"\\x[0-9A-Fa-f]{2}")
_PREFIXED_HEX = re.compile(r"0x[0-9A-Fa-f]{2}")
# ASCII characters of an encoded token ([A-Za-z0-9+/=_-]) kept, everything else read as a space
_TOKEN_CHARS = bytes(c if chr(c).isalnum() or chr(c) in "+/=_-" else 32 for c in range(128)) + b" " * 128
# the same with every token character an "x": a run of n of them is found with one C substring search, where
# splitting the text into words made one bytes object per word
_TOKEN_MARKS = bytes(120 if c != 32 else 32 for c in _TOKEN_CHARS)
# ASCII characters other than str.split()'s whitespace as "x" (\x1c-\x1f are whitespace to str.split)
_NON_SPACE_MARKS = bytes(32 if chr(c).isspace() else 120 for c in range(128)) + b"x" * 128
_DIGITS = b"0123456789"


def _longest(words: list[bytes] | list[str]) -> int:
    return max(map(len, words), default=0)


def _non_space_run(text: str, ascii_bytes: bytes, n: int) -> bool:
    """Does ``text`` hold ``n`` characters in a row that ``str.split()`` keeps together?"""
    if text.isascii():
        return b"x" * n in ascii_bytes.translate(_NON_SPACE_MARKS)
    return _longest(text.split()) >= n


def _live_decoders(clean: str, runs_known: bool = False) -> list[tuple[str, re.Pattern[str], object]]:
    """The decoders whose run regex can match ``clean``, in :data:`_RUN_DECODERS` order.

    Why: most texts hold no encoded run, and ten regex scans (plus a Python call each to decide) cost
    more than the rest of the normalisation of a short text; cheap tests (``in``, a count, one short
    regex) rule a decoder out first. A test only skips a decoder whose run regex cannot match.
    ``runs_known``: the base64, base32, hex and base85 runs come from the C scan (:data:`_NATIVE_RUNS`),
    which finds none where there is none, so those four are not tested here."""
    # the run tests below are what _LONG_TOKEN, _NON_SPACE_RUN and _HEX_PAIRS find, done with C string
    # methods: those regexes step through every character of a long run of digits (binary, hex)
    ascii_bytes = clean.encode("ascii", "replace")  # a non-ASCII character is never a token character
    long_token = runs_known or b"x" * 16 in ascii_bytes.translate(_TOKEN_MARKS)
    hints = _hints(clean)
    live: list[tuple[str, re.Pattern[str], object]] = []
    if long_token:
        live.extend(_RUN_DECODERS[:3])  # base64, base32 and hex runs are at least 16 token characters
    if (
        ("\\x" in clean and _ESCAPED_HEX.search(clean) is not None)
        or ("0x" in clean and _PREFIXED_HEX.search(clean) is not None)
        # a run of hex pairs that decodes to text has a digit in every byte (ASCII is 0x20-0x7e)
        or (len(ascii_bytes) - len(ascii_bytes.translate(None, _DIGITS)) >= 8
            and _found(_HEX_TRIPLE, clean, hints, HINT_HEX_TRIPLE))
    ):
        live.append(_RUN_DECODERS[3])
    if clean.count("0") + clean.count("1") >= 7 and _found(_BITS, clean, hints, HINT_BITS):
        live.append(_RUN_DECODERS[4])
    if "<~" in clean:
        live.append(_RUN_DECODERS[5])
    if long_token or _non_space_run(clean, ascii_bytes, 20):
        live.append(_RUN_DECODERS[6])
    if (". " in clean or "- " in clean) and _found(_MORSE_HINT, clean, hints, HINT_MORSE):
        live.append(_RUN_DECODERS[7])
    if "\\" in clean:
        live.append(_RUN_DECODERS[8])
    if not clean.isascii():
        live.append(_RUN_DECODERS[9])
    return live


# the run regexes whose matches purpose-immune-native's payload_runs gives (in its result's order)
_NATIVE_RUNS = {_B64_RUN: 0, _B32_RUN: 1, _HEX_RUN: 2, _B85_RUN: 3}


def _find_payloads(clean: str, budget: list[int]) -> list[Decoded]:
    """Decode every encoded run in ``clean`` once (one level).

    With ``purpose-immune-native``, the base64, base32, hex and base85 runs come from one C pass (the same
    matches in the same order, see its ``payload_runs``): each of those regexes otherwise tries every
    position of the text, which is most of the cost of normalising a text with long words."""
    found: list[Decoded] = []
    seen: set[tuple[str, str]] = set()
    tried = 0
    native = _native
    known = native.payload_runs(clean) if native is not None else None
    for name, pattern, decoder in _live_decoders(clean, known is not None):
        at = _NATIVE_RUNS.get(pattern) if known is not None else None
        matches = (
            (m.group(0) for m in pattern.finditer(clean)) if at is None else (clean[s:e] for s, e in known[at])
        )
        for whole in matches:
            run = whole[:MAX_RUN_CHARS]
            if (name, run) in seen:
                continue
            seen.add((name, run))
            tried += 1
            if tried > MAX_CANDIDATES or budget[0] <= 0:
                return found
            text = decoder(run)  # type: ignore[operator]
            if text and text.strip():
                text = text[: budget[0]]
                budget[0] -= len(text)
                found.append(Decoded(name, text))
    # whole-text decodes that apply when the text mixes escapes into ordinary words
    if "%" in clean and len(_PERCENT.findall(clean)) >= 3:
        found.append(Decoded("url", urllib.parse.unquote_plus(clean)[: budget[0]]))
    if "&" in clean and len(_ENTITY.findall(clean)) >= 3:
        found.append(Decoded("html_entities", html.unescape(clean)[: budget[0]]))
    if "=" in clean and len(_QP.findall(clean)) >= 4:
        import quopri

        text = _as_text(quopri.decodestring(clean.encode("ascii", "ignore")))
        if text:
            found.append(Decoded("quoted_printable", text[: budget[0]]))
    lowered = clean.lower()
    if any(word in lowered for word in _NATO_HINT):
        for m in _NATO_RUN.finditer(clean):
            found.append(Decoded("nato", _nato(m.group(0))))
    return found


def _clean(text: str, signals: set[str]) -> tuple[str, list[Decoded]]:
    """Remove hidden characters (decoding what they smuggle) and apply NFKC; case is kept."""
    hidden: list[Decoded] = []
    if text.isascii():
        if _ASCII_HIDDEN.search(text) is None:
            return text, hidden  # the common case: nothing to remove (a regex scan beats a translate)
        return text.translate(_HIDDEN_TABLE), hidden
    if _TAG_RUN.search(text):
        signals.add("tag_chars")
        for m in _TAG_RUN.finditer(text):
            decoded = _decode_tags(m.group(0))
            if decoded.strip():
                hidden.append(Decoded("unicode_tags", decoded))
        text = _TAG_RUN.sub("", text)
    if _VS_RUN.search(text):
        for m in _VS_RUN.finditer(text):
            decoded = _decode_variation_selectors(m.group(0))
            if decoded:
                signals.add("variation_selectors")
                hidden.append(Decoded("variation_selectors", decoded))
    text = _VS_ANY.sub("", text)
    if _HAS_BIDI.search(text):
        signals.add("bidi")
    stripped = text if _HIDDEN_ANY.search(text) is None else text.translate(_HIDDEN_TABLE)
    if len(stripped) != len(text):
        signals.add("hidden_chars")
    text = unicodedata.normalize("NFKC", stripped)
    lowered = text.lower()
    # a match holds a look-alike letter (its second look-ahead): one character-class search rules most
    # texts out before the word regex tries its look-aheads at every word
    if _CONFUSABLE_CHARS.search(lowered) is not None and _LATIN_WORD_WITH_CONFUSABLE.search(lowered):
        signals.add("homoglyphs")
    return text, hidden


def normalize(data: str | bytes, *, max_chars: int = MAX_SCAN_CHARS) -> Normalized:
    """All views of ``data`` (see the module docstring). Never raises on any str or bytes."""
    raw, truncated = bound(to_text(data), max_chars)
    signals: set[str] = set()
    clean, hidden = _clean(raw, signals)
    text = _lower_view(clean)
    if "homoglyphs" in signals:
        # map look-alikes inside words that also hold Latin letters ("іgnоrе"), leave real Cyrillic alone
        text = _LATIN_WORD_WITH_CONFUSABLE.sub(lambda m: m.group(0).translate(_CONFUSABLES), text)
    views: list[str] = [text]
    cased: list[str] = [clean]
    decoded: list[Decoded] = []
    _add_transforms(text, views, signals)

    budget = [MAX_DECODED_CHARS]
    pending: list[tuple[Decoded, int]] = [(d, 1) for d in hidden]
    for d in _find_payloads(clean, budget):
        pending.append((d, 1))
    while pending:
        item, depth = pending.pop(0)
        decoded.append(item)
        signals.add(f"encoded:{item.encoding.split('>')[-1]}")
        inner_clean, inner_hidden = _clean(item.text, signals)
        cased.append(inner_clean)
        inner_view = _lower_view(inner_clean)
        views.append(inner_view)
        _add_transforms(inner_view, views, signals)
        if depth < MAX_DEPTH and budget[0] > 0 and (_intermediate(inner_clean) or len(inner_clean) >= 16):
            for d in [*inner_hidden, *_find_payloads(inner_clean, budget)]:
                if d.text != item.text:
                    pending.append((Decoded(f"{item.encoding}>{d.encoding}", d.text), depth + 1))
    return Normalized(
        raw=raw,
        clean=clean,
        text=text,
        views=tuple(dict.fromkeys(v for v in views if v)),
        cased_views=tuple(dict.fromkeys(c for c in cased if c)),
        decoded=tuple(decoded),
        signals=frozenset(signals),
        truncated=truncated,
    )


def _add_transforms(view: str, views: list[str], signals: set[str]) -> None:
    """Spaced letters, leetspeak, rot13 and reversed readings of one lower-case view."""
    hints = _LastHints()
    despaced = _despace(view, hints)
    if despaced and despaced != view:
        signals.add("spaced_letters")
        views.append(despaced)
        unspaced = _unspace(view)
        if unspaced is not None and unspaced != despaced:
            views.append(unspaced)
        view_for_leet = despaced
    else:
        view_for_leet = view
    dehyphened = _dehyphen(view_for_leet)
    if dehyphened is not None:
        signals.add("split_words")
        views.append(dehyphened)
    unleet = _unleet(view_for_leet, hints)
    if unleet and unleet != view_for_leet:
        signals.add("leetspeak")
        views.append(unleet)
    if len(view) < 12:
        return
    words = set(view.encode("ascii").translate(_LETTERS_ONLY).decode().split()) if view.isascii() else set(
        _WORD.findall(view)
    )
    forward, rot13, backwards = len(words & _COMMON), len(words & _COMMON_ROT13), len(words & _COMMON_REVERSED)
    bar = max(forward, 1)
    if rot13 > bar:
        signals.add("rot13")
        views.append(codecs.encode(view, "rot13"))
    if backwards > bar:
        signals.add("reversed")
        views.append(view[::-1])
