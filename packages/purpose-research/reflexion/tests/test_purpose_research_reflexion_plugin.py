"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["research-reflexion"].value == "purpose_research_reflexion.plugin"
    assert eps["research-reflexion"].dist.metadata["Name"] == "purpose-research-reflexion"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["research-reflexion"].load()
    assert module.__name__ == "purpose_research_reflexion.plugin"
