"""Entry point of the ``store-postgres`` plugin.

No behaviour yet: the PostgreSQL store arrives with issue #12. The entry point exists so that
discovery, listing and disabling work for every first-party distribution from the start.
"""
