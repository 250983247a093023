"""The umbrella pins each member to the shared version."""

from importlib import metadata


def test_members_are_pinned_to_one_version() -> None:
    requires = metadata.requires("purpose-research") or []
    version = metadata.version("purpose-research")
    assert requires, "an umbrella must depend on its members"
    for req in requires:
        assert req.endswith("==" + version), req
