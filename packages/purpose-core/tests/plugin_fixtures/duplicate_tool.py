from purpose_agent import hookimpl

from .good_tool import EchoTool


@hookimpl
def register_tools(registry):
    registry.add(EchoTool())
