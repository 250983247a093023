"""The ``purpose`` command."""

from purpose_agent.cli.main import main

__all__ = ["main"]
