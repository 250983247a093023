"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["research-llm-compiler"].value == "purpose_research_llm_compiler.plugin"
    assert eps["research-llm-compiler"].dist.metadata["Name"] == "purpose-research-llm-compiler"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["research-llm-compiler"].load()
    assert module.__name__ == "purpose_research_llm_compiler.plugin"
