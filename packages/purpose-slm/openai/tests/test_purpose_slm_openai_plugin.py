"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["slm-openai"].value == "purpose_slm_openai.plugin"
    assert eps["slm-openai"].dist.metadata["Name"] == "purpose-slm-openai"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["slm-openai"].load()
    assert module.__name__ == "purpose_slm_openai.plugin"
