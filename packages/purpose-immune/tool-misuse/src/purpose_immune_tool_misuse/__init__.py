"""Purpose Agent immune system: destructive tool-use detector."""
