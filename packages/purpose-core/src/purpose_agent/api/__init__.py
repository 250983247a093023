"""The level 1 and 2 API: ``purpose()``, ``Team``, ``Agent``."""
