"""``python -m purpose_agent`` is the ``purpose`` command."""

from purpose_agent.cli.main import main

raise SystemExit(main())
