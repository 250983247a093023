"""Purpose Agent immune system: secrets and PII detector with redaction."""
