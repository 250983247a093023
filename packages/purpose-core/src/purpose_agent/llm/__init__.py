"""Backends: the protocol every model backend implements (:mod:`purpose_agent.llm.protocol`), resolution
of a model string to a registered backend (:mod:`purpose_agent.llm.resolve`) and the one JSON-schema
validator (:mod:`purpose_agent.llm.json_schema`).

Nothing is re-exported here: plugins take these names from the plugin API (``purpose_agent.plugin``),
users from the package root (``purpose_agent.Message``), so the list of public names is kept in one
place, and importing one submodule does not load the others.
"""
