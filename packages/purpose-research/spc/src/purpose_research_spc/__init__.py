"""Purpose Agent research technique: SPC self-play critic (2025)."""
