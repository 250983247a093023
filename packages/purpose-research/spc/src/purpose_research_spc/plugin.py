"""Entry point of the ``research-spc`` plugin.

No behaviour yet: SPC self-play critic (2025) arrives with issue #10. The entry point exists so that
discovery, listing and disabling work for every first-party distribution from the start.
"""
