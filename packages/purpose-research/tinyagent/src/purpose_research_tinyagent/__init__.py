"""Purpose Agent research technique: TinyAgent tool retrieval for small models."""
