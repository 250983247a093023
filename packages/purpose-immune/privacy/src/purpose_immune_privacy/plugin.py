"""Entry point of the ``immune-privacy`` plugin.

No behaviour yet: the secrets and PII detector with redaction arrives with issue #6. The entry point
exists so that discovery, listing and disabling work for every first-party distribution from the
start. """
"""
