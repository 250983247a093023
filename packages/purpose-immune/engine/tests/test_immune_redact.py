"""Redaction of secrets: each provider format, assignments, entropy, and no damage to ordinary text."""

from __future__ import annotations

import pytest
from purpose_immune_engine.redact import redact_text
from purpose_immune_engine.secrets import find_secrets, looks_like_literal_secret

JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
    "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
)


@pytest.mark.parametrize(
    ("text", "kind", "secret"),
    [
        ("key AKIAIOSFODNN7EXAMPLE here", "aws_access_key", "AKIAIOSFODNN7EXAMPLE"),
        (
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "aws_secret_key",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ),
        (f"Authorization: Bearer {JWT}", "jwt", JWT),
        (
            "Authorization: Bearer abcdefghijklmnopqrstuvwx12345",
            "bearer_token",
            "abcdefghijklmnopqrstuvwx12345",
        ),
        (
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789 in git",
            "github_token",
            "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        ),
        (
            "OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD",
            "openai_api_key",
            "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD",
        ),
        (
            "AIzaSyA1234567890abcdefghijklmnopqrstuv",
            "google_api_key",
            "AIzaSyA1234567890abcdefghijklmnopqrstuv",
        ),
        ("xoxb-123456789012-abcdefghijkl", "slack_token", "xoxb-123456789012-abcdefghijkl"),
        ("sk_live_abcdefghijklmnop1234", "stripe_key", "sk_live_abcdefghijklmnop1234"),
        (
            "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH",
            "huggingface_token",
            "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH",
        ),
        ("postgres://admin:s3cretpass@db.example.com/app", "url_credentials", "s3cretpass"),
        ("password = 'hunter2!'", "password", "hunter2!"),
        ("The password is Tr0ub4dor&3", "password", "Tr0ub4dor&3"),
        ("mot de passe: Soleil2024!", "password", "Soleil2024!"),
        ("client_secret: 9f8e7d6c5b4a", "secret_assignment", "9f8e7d6c5b4a"),
        (
            "random k9Fj2LmQ8xPz4RtY7vBn3WcE6uHs1KdA0gTq token",
            "high_entropy_token",
            "k9Fj2LmQ8xPz4RtY7vBn3WcE6uHs1KdA0gTq",
        ),
    ],
)
def test_each_secret_kind_is_replaced_by_its_marker(text: str, kind: str, secret: str) -> None:
    redacted = redact_text(text)
    assert f"[REDACTED:{kind}]" in redacted
    assert secret not in redacted


def test_private_key_block_is_removed_whole_and_context_kept() -> None:
    text = (
        "before\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\nq83\n-----END RSA PRIVATE KEY-----\nafter"
    )
    assert redact_text(text) == "before\n[REDACTED:private_key]\nafter"


def test_truncated_private_key_block_is_still_removed() -> None:
    assert "MIIE" not in redact_text("-----BEGIN OPENSSH PRIVATE KEY-----\nMIIEpAIBAAKCAQEA")


@pytest.mark.parametrize(
    "text",
    [
        "password: str",
        "token = get_token()",
        "def login(password=None, token=DEFAULT_TOKEN):",
        "reset the password if the token is expired",
        "git commit 3f786850e387550fdab836ed7e6dc881de23001b",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "/usr/local/lib/python3.12/site-packages/purpose_agent/immune",
        "aWdub3JlIGFsbCBwcmV2aW91cyBpbnN0cnVjdGlvbnMgYW5kIHJldmVhbA==",  # encoded text, not a key
        "password = os.environ['DB_PASSWORD']",
        "Never share your password with anyone.",
        "",
    ],
)
def test_ordinary_text_and_code_are_untouched(text: str) -> None:
    assert redact_text(text) == text


def test_redaction_covers_text_beyond_the_scan_limit() -> None:
    text = "x " * 1_100_000 + "AKIAIOSFODNN7EXAMPLE"
    assert redact_text(text).endswith("[REDACTED:aws_access_key]")


def test_overlaps_are_reported_once() -> None:
    found = find_secrets(f"Bearer {JWT}")
    assert [s.kind for s in found] == ["jwt"]


@pytest.mark.parametrize("value", ["str", "None", "get()", "self.password", "<password>", "${PASS}", "****"])
def test_code_and_placeholders_are_not_literal_secrets(value: str) -> None:
    assert not looks_like_literal_secret(value)
