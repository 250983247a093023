"""Purpose Agent research technique: MUSE three-tier memory (Yang et al. 2025)."""
