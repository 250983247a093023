"""immune-privacy: the scanner contract, its threat families, and that it works installed alone."""

from __future__ import annotations

from importlib import metadata

from purpose_agent.config import Settings
from purpose_agent.immune.scan import scan_memory
from purpose_agent.plugins import PluginManager
from purpose_agent.testing import ScannerContract
from purpose_immune_privacy.scanner import PrivacyScanner

ATTACKS = [
    "key AKIAIOSFODNN7EXAMPLE",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----",
    "card 4111 1111 1111 1111",
    "IBAN GB82 WEST 1234 5698 7654 32",
    "SSN 123-45-6789",
    "mail jane.doe@gmail.com",
    "call (415) 555-0132",
    "password = 'hunter2!'",
]
BENIGN = [
    "The password field must be 12 characters.",
    "token = request.headers.get('Authorization')",
    "Order #4471 shipped on 2024-05-01.",
    "Write to support@example.com.",
    "git commit 3f786850e387550fdab836ed7e6dc881de23001b",
]


class TestPrivacyScannerContract(ScannerContract):
    scanner = PrivacyScanner()
    attack_samples = ATTACKS
    benign_samples = BENIGN


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["immune-privacy"].value == "purpose_immune_privacy.plugin"


def test_works_installed_alone_with_every_other_plugin_blocked() -> None:
    manager = PluginManager(Settings(plugins={"enabled": ["immune-privacy"]})).load(strict_names=False)
    assert [e.name for e in manager.scanners().entries()] == ["immune-privacy"]
    assert {name for name, info in manager.infos.items() if info.state == "enabled"} == {"immune-privacy"}
    result = scan_memory(ATTACKS[0], manager=manager)
    assert not result.passed
    assert result.details["scanners"] == ["immune-privacy"]
    assert all(t.detail.startswith("privacy.") for t in result.threats)
    assert scan_memory(BENIGN[0], manager=manager).passed
