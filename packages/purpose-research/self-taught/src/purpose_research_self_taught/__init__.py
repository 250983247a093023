"""Purpose Agent research technique: Self-Taught Evaluator (Wang et al. 2024)."""
