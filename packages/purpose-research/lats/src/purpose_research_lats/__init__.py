"""Purpose Agent research technique: LATS tree search (Zhou et al. 2023)."""
