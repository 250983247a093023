"""All five Purpose Agent immune detectors."""
