"""Entry point of the ``research-lats`` plugin.

No behaviour yet: LATS tree search (Zhou et al. 2023) arrives with issue #10. The entry point exists
so that discovery, listing and disabling work for every first-party distribution from the start.
"""
