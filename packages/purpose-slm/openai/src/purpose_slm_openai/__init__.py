"""OpenAI-compatible backend for Purpose Agent."""
