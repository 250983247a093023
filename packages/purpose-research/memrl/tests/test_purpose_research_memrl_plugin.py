"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["research-memrl"].value == "purpose_research_memrl.plugin"
    assert eps["research-memrl"].dist.metadata["Name"] == "purpose-research-memrl"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["research-memrl"].load()
    assert module.__name__ == "purpose_research_memrl.plugin"
