from purpose_agent import hookimpl
from purpose_agent.types import ToolResult


class EchoTool:
    name = "echo"
    description = "Repeat the text back."
    parameters = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
    timeout_s = 1.0

    def run(self, **arguments: object) -> ToolResult:
        return ToolResult(output=str(arguments["text"]))


@hookimpl
def register_tools(registry):
    registry.add(EchoTool())
