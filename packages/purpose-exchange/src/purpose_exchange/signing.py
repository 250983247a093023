"""Signed exports: a key the user makes and keeps decides whether an import may keep its history.

Why HMAC-SHA256 and not a public-key signature: the one who exports and the one who imports are the same
person (or machines that share their key file), so a shared secret is enough, needs nothing beyond the
standard library, and cannot be confused with a key an attacker publishes. The key is 32 random bytes
kept as hex in a file only its owner can read (0600): ``purpose memory keygen`` makes it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from purpose_agent.plugin import ValidationError

ALGORITHM = "hmac-sha256"
ENV_KEY = "PURPOSE_AGENT_EXPORT_KEY"


def default_key_path() -> Path:
    """``$PURPOSE_AGENT_EXPORT_KEY``, else ``~/.config/purpose-agent/export.key``."""
    configured = os.environ.get(ENV_KEY)
    if configured:
        return Path(configured).expanduser()
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "purpose-agent" / "export.key"


def generate_key(path: Path, *, force: bool = False) -> str:
    """Write a new key to ``path`` (0600, folder 0700); returns its id. Refuses to overwrite unless forced."""
    if path.exists() and not force:
        raise ValidationError(
            f"{path}: a key is already there; pass --force to replace it (old exports will no longer verify)"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(key.hex() + "\n")
        os.chmod(path, 0o600)
    except OSError as exc:
        raise ValidationError(f"{path}: cannot write the key ({exc.strerror or exc})") from None
    return key_id(key)


def load_key(path: Path) -> bytes:
    """Read a key file; refuses one that others can read (a shared key proves nothing)."""
    try:
        mode = path.stat().st_mode & 0o077
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise ValidationError(f"{path}: no key file; make one with `purpose memory keygen`") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path}: cannot read the key ({exc})") from None
    if mode:
        raise ValidationError(f"{path}: others may read this key; run `chmod 600 {path}`")
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise ValidationError(f"{path}: not a key made by `purpose memory keygen` (expected hex)") from None
    if len(key) < 16:
        raise ValidationError(f"{path}: key too short ({len(key)} bytes); make a new one with keygen")
    return key


def key_id(key: bytes) -> str:
    """A short public fingerprint of the key, so a person can tell which key signed a file."""
    return hashlib.sha256(b"purpose-agent export key\0" + key).hexdigest()[:16]


def _message(header: Mapping[str, Any], lines: Sequence[str]) -> bytes:
    head = json.dumps({k: v for k, v in header.items() if k != "signature"}, sort_keys=True)
    return "\n".join([head, *lines]).encode("utf-8")


def sign(key: bytes, header: Mapping[str, Any], lines: Sequence[str]) -> dict[str, str]:
    mac = hmac.new(key, _message(header, lines), hashlib.sha256).hexdigest()
    return {"alg": ALGORITHM, "key_id": key_id(key), "mac": mac}


def verify(key: bytes, header: Mapping[str, Any], lines: Sequence[str], claimed: Any) -> bool:
    if not isinstance(claimed, Mapping) or claimed.get("alg") != ALGORITHM:
        return False
    mac = hmac.new(key, _message(header, lines), hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, str(claimed.get("mac", "")))
