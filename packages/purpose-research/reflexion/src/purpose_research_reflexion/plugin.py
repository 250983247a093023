"""Entry point of the ``research-reflexion`` plugin.

No behaviour yet: Reflexion verbal self-reflection (Shinn et al. 2023) arrives with issue #9. The
entry point exists so that discovery, listing and disabling work for every first-party distribution
from the start.
"""
