"""The backend protocol every model backend implements (see :mod:`purpose_agent.llm.protocol`)."""

from purpose_agent.llm.protocol import (
    Backend,
    BaseBackend,
    Capabilities,
    Completion,
    Message,
    StreamChunk,
    ToolCall,
    ToolSpec,
    Usage,
    as_messages,
)

__all__ = [
    "Backend",
    "BaseBackend",
    "Capabilities",
    "Completion",
    "Message",
    "StreamChunk",
    "ToolCall",
    "ToolSpec",
    "Usage",
    "as_messages",
]
