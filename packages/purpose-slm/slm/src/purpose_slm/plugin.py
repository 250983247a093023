"""Entry point of the ``slm`` plugin.

No behaviour yet: model resolution, presets and prompt compression arrives with issue #3. The entry
point exists so that discovery, listing and disabling work for every first-party distribution from
the start. """
"""
