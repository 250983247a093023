"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["tools"].value == "purpose_tools.plugin"
    assert eps["tools"].dist.metadata["Name"] == "purpose-tools"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["tools"].load()
    assert module.__name__ == "purpose_tools.plugin"
