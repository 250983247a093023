"""Entry point of the ``ui`` plugin.

No behaviour yet: the local review page arrives with issue #13. The entry point exists so that
discovery, listing and disabling work for every first-party distribution from the start.
"""
