"""Entry point of the ``research-self-taught`` plugin.

No behaviour yet: Self-Taught Evaluator (Wang et al. 2024) arrives with issue #10. The entry point
exists so that discovery, listing and disabling work for every first-party distribution from the
start.
"""
