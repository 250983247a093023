"""JSON Lines as every reader of the project reads it (purpose_agent.jsonl), on real files."""

from __future__ import annotations

import json

import pytest
from purpose_agent.errors import ValidationError
from purpose_agent.plugin import JsonLine, jsonl_lines, parse_jsonl, read_jsonl


def test_a_record_holding_line_separators_stays_whole(tmp_path) -> None:
    texts = ["a\u2028b", "c\u2029d", "e\u0085f", "g\x0ch", "i\x1cj"]  # all cut by str.splitlines()
    path = tmp_path / "cards.jsonl"
    path.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), "utf-8")
    rows = read_jsonl(path)
    assert [r.data["text"] for r in rows] == texts
    assert [r.number for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0] == JsonLine(1, f"{path}:1", {"text": "a\u2028b"})


def test_blank_lines_are_skipped_but_counted_and_crlf_reads(tmp_path) -> None:
    path = tmp_path / "crlf.jsonl"
    path.write_bytes(b'{"a": 1}\r\n\r\n   \r\n{"a": 2}\r\n')
    rows = read_jsonl(path)
    assert [(r.number, r.data) for r in rows] == [(1, {"a": 1}), (4, {"a": 2})]
    assert jsonl_lines('x\r\ny\n') == ["x", "y", ""]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"f\.jsonl:3: not valid JSON \(Expecting property name .* at column 2\)"),
        ("[1, 2]", r"f\.jsonl:3: each line must be a JSON object, not list"),
        ('"text"', r"f\.jsonl:3: each line must be a JSON object, not str"),
        ("[" * 100_000 + "]" * 100_000, r"f\.jsonl:3: JSON nested too deeply to read"),
    ],
)
def test_a_bad_line_is_refused_with_its_file_and_number(tmp_path, line: str, message: str) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text('{"ok": true}\n\n' + line + '\n{"ok": true}\n', encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        read_jsonl(path)


def test_unreadable_files_are_validation_errors(tmp_path) -> None:
    with pytest.raises(ValidationError, match=r"missing\.jsonl: no such file"):
        read_jsonl(tmp_path / "missing.jsonl")
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes('{"t": "caf\u00e9"}\n'.encode("latin-1"))
    with pytest.raises(ValidationError, match=r"latin\.jsonl: not UTF-8 text \(invalid continuation byte"):
        read_jsonl(latin)
    with pytest.raises(ValidationError, match=r"cannot read it"):
        read_jsonl(tmp_path)  # a folder


def test_parse_names_the_source_it_is_given() -> None:
    assert parse_jsonl("", "empty") == []
    with pytest.raises(ValidationError, match=r"^pkg/items\.jsonl:2: "):
        parse_jsonl('{"a": 1}\nnope\n', "pkg/items.jsonl")
