"""Purpose Agent research technique: LLMCompiler parallel tool-call DAG (Kim et al. 2023)."""
