"""Entry point of the ``research-tinyagent`` plugin.

No behaviour yet: TinyAgent tool retrieval for small models arrives with issue #10. The entry point
exists so that discovery, listing and disabling work for every first-party distribution from the
start.
"""
