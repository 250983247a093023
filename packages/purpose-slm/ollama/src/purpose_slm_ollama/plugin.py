"""Entry point of the ``slm-ollama`` plugin.

No behaviour yet: the Ollama backend arrives with issue #3. The entry point exists so that
discovery, listing and disabling work for every first-party distribution from the start. """
"""
