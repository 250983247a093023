"""purpose-exchange: memory's JSONL exchange format and signed exports (docs/architecture.md).

``export_jsonl(store, path, key=...)`` writes every card with its versions and audit trail (one header
line, one line per card; atomic; HMAC-SHA256 signed when given a key); ``import_jsonl(store, path,
key=...)`` parses a whole file and hands its records to ``store.import_records``, the kernel's import
gate. ``generate_key``, ``load_key`` and ``default_key_path`` manage the key a person keeps.
"""

from __future__ import annotations

from purpose_exchange.jsonl import export_jsonl, import_jsonl, read_import
from purpose_exchange.signing import default_key_path, generate_key, load_key

__all__ = ["default_key_path", "export_jsonl", "generate_key", "import_jsonl", "load_key", "read_import"]
