"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["research-retroformer"].value == "purpose_research_retroformer.plugin"
    assert eps["research-retroformer"].dist.metadata["Name"] == "purpose-research-retroformer"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["research-retroformer"].load()
    assert module.__name__ == "purpose_research_retroformer.plugin"
