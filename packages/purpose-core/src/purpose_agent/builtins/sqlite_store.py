"""Built-in SQLite store plugin (filled in by the memory kernel work, issue #4)."""
