"""Entry point of the ``immune-injection`` plugin.

No behaviour yet: the prompt-injection and jailbreak detector arrives with issue #6. The entry point
exists so that discovery, listing and disabling work for every first-party distribution from the
start. """
"""
