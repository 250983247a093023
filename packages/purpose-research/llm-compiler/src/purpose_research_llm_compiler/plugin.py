"""Entry point of the ``research-llm-compiler`` plugin.

No behaviour yet: LLMCompiler parallel tool-call DAG (Kim et al. 2023) arrives with issue #10. The
entry point exists so that discovery, listing and disabling work for every first-party distribution
from the start.
"""
