"""PostgreSQL memory store for a fleet of Purpose Agent agents."""
