"""Entry point of the ``immune-score-hacking`` plugin.

No behaviour yet: the judge score-hacking detector arrives with issue #6. The entry point exists so
that discovery, listing and disabling work for every first-party distribution from the start. """
"""
