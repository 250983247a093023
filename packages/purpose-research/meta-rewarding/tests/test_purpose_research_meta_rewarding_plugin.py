"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["research-meta-rewarding"].value == "purpose_research_meta_rewarding.plugin"
    assert eps["research-meta-rewarding"].dist.metadata["Name"] == "purpose-research-meta-rewarding"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["research-meta-rewarding"].load()
    assert module.__name__ == "purpose_research_meta_rewarding.plugin"
