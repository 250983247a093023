"""Entry point of the ``tools`` plugin: registers the calculator, the Python sandbox and the file tools.

Settings come from the ``[plugin.tools]`` table of ``purpose.toml``, read when the hook is called (never
at import), for example::

    [plugin.tools]
    workspace = "./workspace"     # the only folder read_file and write_file can touch
    python = true                 # set false to not offer code execution at all
    python_wall_s = 10
    python_memory_mb = 512
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import ConfigError, hookimpl
from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError


class ToolsSettings(BaseModel):
    # strict: `python = "no"` or `calculator = 0` is a mistake to report, not a value to guess at
    model_config = ConfigDict(extra="forbid", strict=True)

    workspace: str = ".purpose/workspace"
    file_max_bytes: int = Field(default=1024 * 1024, ge=1)
    calculator: bool = True
    files: bool = True
    python: bool = True
    python_wall_s: float = Field(default=10.0, gt=0, le=600)
    python_cpu_s: int = Field(default=5, ge=1, le=600)
    python_memory_mb: int = Field(default=512, ge=32)
    python_file_mb: int = Field(default=16, ge=1)
    python_max_processes: int = Field(default=32, ge=1)
    python_max_output_bytes: int = Field(default=64 * 1024, ge=256)


def load_tools_settings(raw: dict[str, Any] | None = None) -> ToolsSettings:
    """Validate ``[plugin.tools]``; a bad key is a :class:`ConfigError` that names it."""
    if raw is None:
        from purpose_agent.plugin import load_settings

        raw = load_settings().plugin_settings("tools")
    try:
        return ToolsSettings.model_validate(raw)
    except PydanticValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"[plugin.tools]: {problems}") from None


def build_tools(settings: ToolsSettings) -> list[Any]:
    """The tool objects the settings ask for (imported here, so loading the plugin stays cheap)."""
    tools: list[Any] = []
    if settings.calculator:
        from purpose_tools.calculator import CalculatorTool

        tools.append(CalculatorTool())
    if settings.python:
        from purpose_tools.python_exec import PythonExecTool

        tools.append(
            PythonExecTool(
                wall_s=settings.python_wall_s,
                cpu_s=settings.python_cpu_s,
                memory_mb=settings.python_memory_mb,
                file_mb=settings.python_file_mb,
                max_processes=settings.python_max_processes,
                max_output_bytes=settings.python_max_output_bytes,
            )
        )
    if settings.files:
        from purpose_tools.files import ReadFileTool, WriteFileTool

        tools.append(ReadFileTool(settings.workspace, max_bytes=settings.file_max_bytes))
        tools.append(WriteFileTool(settings.workspace, max_bytes=settings.file_max_bytes))
        from purpose_tools.search import SearchFilesTool

        tools.append(SearchFilesTool(settings.workspace, max_bytes=settings.file_max_bytes))
    return tools


@hookimpl
def register_tools(registry: Any) -> None:
    for tool in build_tools(load_tools_settings()):
        registry.add(tool)
