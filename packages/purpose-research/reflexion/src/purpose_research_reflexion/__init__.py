"""Purpose Agent research technique: Reflexion verbal self-reflection (Shinn et al. 2023)."""
