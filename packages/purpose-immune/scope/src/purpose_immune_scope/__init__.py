"""Purpose Agent immune system: memory scope-overreach detector."""
