"""Entry point of the ``research-muse`` plugin.

No behaviour yet: MUSE three-tier memory (Yang et al. 2025) arrives with issue #9. The entry point
exists so that discovery, listing and disabling work for every first-party distribution from the
start.
"""
