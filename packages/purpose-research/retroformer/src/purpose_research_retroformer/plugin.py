"""Entry point of the ``research-retroformer`` plugin.

No behaviour yet: Retroformer retrospective feedback arrives with issue #9. The entry point exists
so that discovery, listing and disabling work for every first-party distribution from the start.
"""
