"""Purpose Agent research technique: MemRL memory utility learning."""
