"""Entry point of the ``research-memrl`` plugin.

No behaviour yet: MemRL memory utility learning arrives with issue #9. The entry point exists so
that discovery, listing and disabling work for every first-party distribution from the start.
"""
