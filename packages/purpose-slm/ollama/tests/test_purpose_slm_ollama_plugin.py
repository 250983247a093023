"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["slm-ollama"].value == "purpose_slm_ollama.plugin"
    assert eps["slm-ollama"].dist.metadata["Name"] == "purpose-slm-ollama"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["slm-ollama"].load()
    assert module.__name__ == "purpose_slm_ollama.plugin"
