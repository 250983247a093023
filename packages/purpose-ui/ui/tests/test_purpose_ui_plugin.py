"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["ui"].value == "purpose_ui.plugin"
    assert eps["ui"].dist.metadata["Name"] == "purpose-ui"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["ui"].load()
    assert module.__name__ == "purpose_ui.plugin"
