"""Level 3: the full-control layer (Agent, Graph, parallel, Conversation, streaming, approval gates).

Import the pieces from their modules or from ``purpose_agent`` (``pa.Agent``, ``pa.Graph``, ...);
nothing here is imported until it is used.
"""
