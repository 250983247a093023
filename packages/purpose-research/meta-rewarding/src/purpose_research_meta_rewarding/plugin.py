"""Entry point of the ``research-meta-rewarding`` plugin.

No behaviour yet: Meta-Rewarding meta-judge (Wu et al. 2024) arrives with issue #10. The entry point
exists so that discovery, listing and disabling work for every first-party distribution from the
start.
"""
