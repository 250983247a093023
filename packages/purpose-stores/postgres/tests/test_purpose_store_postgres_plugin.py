"""The distribution is discoverable through its entry point and imports cleanly."""

from importlib import metadata


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["store-postgres"].value == "purpose_store_postgres.plugin"
    assert eps["store-postgres"].dist.metadata["Name"] == "purpose-store-postgres"


def test_plugin_module_imports() -> None:
    module = metadata.entry_points(group="purpose_agent")["store-postgres"].load()
    assert module.__name__ == "purpose_store_postgres.plugin"
