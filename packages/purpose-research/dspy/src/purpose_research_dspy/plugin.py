"""Entry point of the ``research-dspy`` plugin.

No behaviour yet: DSPy-style prompt/demonstration optimisation arrives with issue #9. The entry
point exists so that discovery, listing and disabling work for every first-party distribution from
the start.
"""
