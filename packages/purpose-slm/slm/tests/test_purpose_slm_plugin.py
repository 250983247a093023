"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["slm"].value == "purpose_slm.plugin"
    assert eps["slm"].dist.metadata["Name"] == "purpose-slm"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["slm"].load()
    assert module.__name__ == "purpose_slm.plugin"
