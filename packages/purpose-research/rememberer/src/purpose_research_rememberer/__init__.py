"""Purpose Agent research technique: REMEMBERER experience memory with Q-values (Zhang et al. 2023)."""
