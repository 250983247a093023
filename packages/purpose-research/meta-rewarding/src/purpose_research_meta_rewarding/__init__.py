"""Purpose Agent research technique: Meta-Rewarding meta-judge (Wu et al. 2024)."""
