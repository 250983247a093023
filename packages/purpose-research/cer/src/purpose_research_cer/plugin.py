"""Entry point of the ``research-cer`` plugin.

No behaviour yet: CER contextual experience replay (Liu et al. 2025) arrives with issue #9. The
entry point exists so that discovery, listing and disabling work for every first-party distribution
from the start.
"""
