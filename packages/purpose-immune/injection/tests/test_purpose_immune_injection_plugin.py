"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["immune-injection"].value == "purpose_immune_injection.plugin"
    assert eps["immune-injection"].dist.metadata["Name"] == "purpose-immune-injection"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["immune-injection"].load()
    assert module.__name__ == "purpose_immune_injection.plugin"
