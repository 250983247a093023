"""Every shipped tool passes the conformance kit that third-party tools use."""

from __future__ import annotations

import tempfile

from purpose_agent.testing import ToolContract
from purpose_tools.calculator import CalculatorTool
from purpose_tools.files import ReadFileTool, WriteFileTool
from purpose_tools.python_exec import PythonExecTool

_WORKSPACE = tempfile.mkdtemp(prefix="purpose-tools-contract-")
with open(f"{_WORKSPACE}/notes.txt", "w") as _handle:
    _handle.write("a note\n")


class TestCalculatorContract(ToolContract):
    tool = CalculatorTool()


class TestPythonExecContract(ToolContract):
    tool = PythonExecTool(wall_s=5, cpu_s=2, memory_mb=128)


class TestReadFileContract(ToolContract):
    tool = ReadFileTool(_WORKSPACE)


class TestWriteFileContract(ToolContract):
    tool = WriteFileTool(_WORKSPACE)


class TestSearchFilesContract(ToolContract):
    from purpose_tools.search import SearchFilesTool

    tool = SearchFilesTool(_WORKSPACE)
