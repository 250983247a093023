"""A tiny scanner for core unit tests (core ships no detector; the real ones are plugins): the test kit's."""

from purpose_testing.keyword_scanner import KeywordScanner, register_scanners

__all__ = ["KeywordScanner", "register_scanners"]
