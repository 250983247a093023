"""The single version number shared by every first-party distribution (checked by tests/test_lockstep.py)."""

__version__ = "0.1.0"
