"""Secure tools for Purpose Agent: calculator, Python execution, sandboxed files."""
