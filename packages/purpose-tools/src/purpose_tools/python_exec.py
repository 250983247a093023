"""The ``python`` tool: run a short program the model wrote and show it what the program printed.

The isolation lives in :mod:`purpose_tools.sandbox`; this module turns its outcome into an observation a
small model can use: stdout first, then the end of stderr (where the traceback's last line says what went
wrong), and a status that says whether a limit ended the run.
"""

from __future__ import annotations

import time
from typing import Any

from purpose_agent.plugin import ToolResult

from purpose_tools.sandbox import Limits, SandboxSetupError, run_python

_STDERR_TAIL_CHARS = 2000


class PythonExecTool:
    """Execute Python code in a disposable, resource-limited process."""

    name = "python"
    description = (
        "Run a short Python 3 program and return what it prints. Use print() to show results. "
        "Runs in an empty temporary folder with no network and no access to your files; "
        "standard library only; nothing persists between calls."
    )
    keywords = ("code", "program", "script", "execute", "compute", "simulate", "algorithm", "python")
    examples: list[dict[str, Any]] = [
        {"code": "print(sum(range(1, 101)))"},
        {"code": "import math\nprint(math.comb(10, 3))"},
    ]

    def __init__(
        self,
        *,
        wall_s: float = 10.0,
        cpu_s: int = 5,
        memory_mb: int = 512,
        file_mb: int = 16,
        max_processes: int = 32,
        max_output_bytes: int = 64 * 1024,
        max_code_chars: int = 100_000,
        python: str | None = None,
        uid_base: int = 61000,
        uid_pool: int = 1000,
        isolate_network: bool = True,
    ) -> None:
        self.limits = Limits(
            wall_s=wall_s,
            cpu_s=cpu_s,
            memory_mb=memory_mb,
            file_mb=file_mb,
            max_processes=max_processes,
            max_output_bytes=max_output_bytes,
        )
        self.python = python
        self.uid_base = uid_base
        self.uid_pool = uid_pool
        self.isolate_network = isolate_network
        #: The wall limit plus time to start the interpreter and clean up afterwards.
        self.timeout_s = wall_s + 3.0
        self.parameters: dict[str, Any] = {
            "type": "object",
            "properties": {
                "code": {
                    "type": "string",
                    "description": "A complete Python program; print what you want to see",
                    "minLength": 1,
                    "maxLength": max_code_chars,
                }
            },
            "required": ["code"],
            "additionalProperties": False,
        }
        self.max_code_chars = max_code_chars

    def run(self, **arguments: Any) -> ToolResult:
        started = time.perf_counter()
        code = arguments.get("code")
        if set(arguments) != {"code"} or not isinstance(code, str) or not code.strip():
            return ToolResult(status="invalid_arguments", error="pass one non-empty string argument 'code'")
        if len(code) > self.max_code_chars:
            return ToolResult(
                status="limit", error=f"the program is longer than {self.max_code_chars} characters"
            )
        if "\x00" in code:
            return ToolResult(status="refused", error="the program contains a null byte")
        try:
            outcome = run_python(
                code,
                self.limits,
                python=self.python,
                uid_base=self.uid_base,
                uid_pool=self.uid_pool,
                isolate_network=self.isolate_network,
            )
        except (SandboxSetupError, OSError) as exc:
            return ToolResult(
                status="error",
                error=f"the sandbox could not start: {exc}",
                seconds=time.perf_counter() - started,
            )
        stdout = outcome.stdout.decode("utf-8", "replace")
        stderr = outcome.stderr.decode("utf-8", "replace")
        output = stdout
        if stderr.strip():
            output += ("\n" if output and not output.endswith("\n") else "") + "[stderr]\n" + _tail(stderr)
        if outcome.truncated:
            output += f"\n[output cut at {self.limits.max_output_bytes} bytes]"
        error = None
        if outcome.status != "ok":
            error = _explain(outcome.reason, self.limits, stderr)
        return ToolResult(
            status=outcome.status,  # type: ignore[arg-type]
            output=output,
            error=error,
            data=outcome.as_data(),
            seconds=time.perf_counter() - started,
        )


def _tail(text: str) -> str:
    return text if len(text) <= _STDERR_TAIL_CHARS else "..." + text[-_STDERR_TAIL_CHARS:]


def _explain(reason: str, limits: Limits, stderr: str) -> str:
    last_line = next((line for line in reversed(stderr.strip().splitlines()) if line.strip()), "")
    messages = {
        "wall-clock limit": f"the program ran longer than {limits.wall_s:g} s and was stopped",
        "output limit": f"the program printed more than {limits.max_output_bytes} bytes and was stopped",
        "CPU time limit": f"the program used more than {limits.cpu_s} s of CPU and was stopped",
        "memory limit": f"the program needed more than {limits.memory_mb} MB of memory",
        "file size limit": f"the program wrote a file larger than {limits.file_mb} MB",
        "process limit": f"the program tried to start more than {limits.max_processes} processes",
    }
    message = messages.get(reason, reason or "the program failed")
    if last_line and reason not in ("wall-clock limit", "output limit"):
        message += f": {last_line[:300]}"
    return message
