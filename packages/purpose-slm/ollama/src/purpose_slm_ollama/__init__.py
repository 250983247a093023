"""Ollama backend for Purpose Agent."""
