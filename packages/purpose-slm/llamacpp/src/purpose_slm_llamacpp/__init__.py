"""Embedded llama.cpp backend (SmolLM2-135M by default) for Purpose Agent."""
