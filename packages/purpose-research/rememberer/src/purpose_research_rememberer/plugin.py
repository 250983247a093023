"""Entry point of the ``research-rememberer`` plugin.

No behaviour yet: REMEMBERER experience memory with Q-values (Zhang et al. 2023) arrives with issue
#9. The entry point exists so that discovery, listing and disabling work for every first-party
distribution from the start.
"""
