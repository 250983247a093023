"""Entry point of the ``immune-tool-misuse`` plugin.

No behaviour yet: the destructive tool-use detector arrives with issue #6. The entry point exists so
that discovery, listing and disabling work for every first-party distribution from the start. """
"""
