"""Every Python block in docs/level3.md runs as written, and prints what the page says it prints."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[3] / "docs" / "level3.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)

#: block index -> text its output must contain (the figures the page states)
EXPECTED = {
    0: ["Paris completed 1.0"],
    1: ["3 ['write', 'review', 'write', 'review', 'write', 'review']", "review -.->|done| __end__([end])"],
    2: ["graph refused: it has no exit"],
    3: ["['ok', 'error', 'ok']", "['A', None, 'C'] True"],
    4: ["writer: Bread daily", "critic: APPROVED", "stop_phrase"],
    5: ["['returns.md']", "not UTF-8", "returns.md:1-3 | # Returns"],
    6: ["echo episode_finished", '"input": "streamed answer"} -> streamed answer'],
    7: ["refused [refused] transfer was not approved"],
}


def test_the_page_has_the_blocks_this_test_knows() -> None:
    assert len(BLOCKS) == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_doc_example_runs(index: int, tmp_path: Path) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(BLOCKS[index], f"{DOC.name}[{index}]", "exec"), {"__name__": f"doc_{index}"})
    for expected in EXPECTED[index]:
        assert expected in out.getvalue(), out.getvalue()
