"""Local review page for Purpose Agent memories, runs and benchmarks (``purpose ui``).

Nothing heavy is imported here: the web framework loads only when the page is served.
"""

__all__: list[str] = []
