"""immune-privacy: the scanner contract, its threat families, and that it works installed alone."""

from __future__ import annotations

from importlib import metadata

from purpose_agent.plugin import PluginManager, Settings, scan_memory
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


OWN_DATA = [
    "Please pay my rent of 850 EUR from my account DE89 3704 0044 0532 0130 00 on the first of the month.",
    "Book me a taxi to the airport; call me on (415) 555-0132 when the driver is outside.",
]
DATA_IS_THE_POINT = [
    "Remember my credit card number 4111 1111 1111 1111 for next time.",
    "IBAN GB82 WEST 1234 5698 7654 32",
]


def test_own_data_in_a_request_is_redactable_and_data_for_its_own_sake_is_not() -> None:
    from purpose_agent.plugin import run_scanners
    from purpose_immune_engine.item import ScanItem

    for text in OWN_DATA:
        result = run_scanners(ScanItem.from_text(text), [PrivacyScanner()])
        assert not result.passed and result.details["redactable"], text
        assert {t.detail for t in result.threats} == {"privacy.redactable"}
    for text in DATA_IS_THE_POINT:
        result = run_scanners(ScanItem.from_text(text), [PrivacyScanner()])
        assert not result.passed and not result.details["redactable"], text
    secret = run_scanners(ScanItem.from_text("use key AKIAIOSFODNN7EXAMPLE to upload the nightly report"),
                          [PrivacyScanner()])  # fmt: skip
    assert not secret.details["redactable"]  # a credential is never stored, masked or not


def test_memory_ci_stores_the_fact_with_the_number_masked(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from purpose_agent.plugin import MemoryCard, MemoryCI, builtin_catalog, open_store

    manager = PluginManager(Settings(plugins={"enabled": ["immune-privacy"]})).load(strict_names=False)
    with open_store(tmp_path / "m.db", kinds=builtin_catalog()) as store:
        ci = MemoryCI(store, manager=manager)
        kept = ci.admit(MemoryCard(kind="user_preference", content=OWN_DATA[0]))
        assert kept.status == "quarantined", kept.reason
        card = store.get(kept.card_id)
        assert "DE89" not in card.content and "[REDACTED:iban]" in card.content
        assert "pay my rent of 850 EUR" in card.content
        assert card.provenance.evidence["redacted"]["details"]["redactable"] is True
        assert all("DE89 3704" not in v.card.content for v in store.history(kept.card_id))
        refused = ci.admit(MemoryCard(kind="user_preference", content=DATA_IS_THE_POINT[0]))
        assert refused.status == "rejected"
