"""The distribution is discoverable through its entry point and imports cleanly and cheaply."""

import subprocess
import sys
from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["ui"].value == "purpose_ui.plugin"
    assert eps["ui"].dist.metadata["Name"] == "purpose-ui"


def test_plugin_module_imports_without_the_web_stack() -> None:
    code = (
        "import sys, purpose_ui.plugin;"
        "heavy = [m for m in ('starlette', 'uvicorn', 'jinja2') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
