"""Entry point of the ``immune-scope`` plugin.

No behaviour yet: the memory scope-overreach detector arrives with issue #6. The entry point exists
so that discovery, listing and disabling work for every first-party distribution from the start. """
"""
