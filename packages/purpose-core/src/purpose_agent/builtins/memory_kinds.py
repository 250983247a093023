"""Built-in memory kinds plugin (filled in by the memory kernel work, issue #4)."""
