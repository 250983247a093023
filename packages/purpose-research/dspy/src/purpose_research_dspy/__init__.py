"""Purpose Agent research technique: DSPy-style prompt/demonstration optimisation."""
