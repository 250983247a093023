"""Local review page for Purpose Agent memories, runs and benchmarks."""
