"""All thirteen Purpose Agent research techniques."""
