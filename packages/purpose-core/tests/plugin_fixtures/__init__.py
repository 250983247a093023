"""Tiny plugins used by the plugin-manager tests; each is one way a plugin can be good or broken."""
