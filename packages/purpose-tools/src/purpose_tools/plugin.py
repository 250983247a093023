"""Entry point of the ``tools`` plugin.

No behaviour yet: the calculator, Python execution and sandboxed file tools arrives with issue #5.
The entry point exists so that discovery, listing and disabling work for every first-party
distribution from the start. """
"""
