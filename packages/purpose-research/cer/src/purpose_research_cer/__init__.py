"""Purpose Agent research technique: CER contextual experience replay (Liu et al. 2025)."""
