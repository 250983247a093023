"""Entry point of the ``slm-openai`` plugin.

No behaviour yet: the OpenAI-compatible backend arrives with issue #3. The entry point exists so
that discovery, listing and disabling work for every first-party distribution from the start. """
"""
