"""KnowledgeStore on real files in a real SQLite index: formats, citations, incremental re-indexing,
unreadable files reported, optional embeddings through a retriever plugin, and the team's search tool."""

from __future__ import annotations

import itertools
import json
import logging
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from purpose_agent.testing import ScriptedBackend
from purpose_knowledge import KnowledgeSearchTool, KnowledgeStore
from purpose_knowledge.chunking import chunk_lines
from purpose_knowledge.documents import Line

REPO = Path(__file__).resolve().parents[3]


def make_pdf(path: Path, pages: list[list[str]]) -> None:
    """A minimal, valid PDF with one Helvetica text line per entry (written here, parsed by pypdf)."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    font_id = 3 + 2 * len(pages)
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
        for line in lines:
            ops.append(f"({line}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode()
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    for module in ("pypdf", "bs4", "html5lib"):
        pytest.importorskip(module, reason="needs the parser extras: purpose-knowledge[pdf,html]")
    root = tmp_path / "docs"
    (root / "guide").mkdir(parents=True)
    (root / "notes.txt").write_text(
        "Shipping\n\nOrders ship within two business days.\nExpress shipping costs 12 euros.\n"
    )
    (root / "guide" / "returns.md").write_text(
        "# Returns\n\nIntro line.\n\n## Damaged items\n\n"
        "A damaged parcel is refunded in full within 14 days.\n"
        "Keep the packaging for the courier.\n"
    )
    (root / "faq.html").write_text(
        "<!doctype html>\n<html><head><title>FAQ</title>\n<script>var x = 'warranty hidden';</script>"
        "</head>\n<body>\n<h1>Questions</h1>\n<p>How long is the warranty?</p>\n"
        "<p>The warranty lasts <b>three years</b> for every appliance.</p>\n</body></html>\n"
    )
    make_pdf(
        root / "manual.pdf",
        [
            ["Safety first", "Unplug before cleaning."],
            ["Descaling", "Descale the kettle monthly with citric acid."],
        ],
    )
    return root


def cited_text(root: Path, passage: Any) -> str:
    lines = (root / passage.path).read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[passage.line_start - 1 : passage.line_end])


def test_every_format_is_indexed_and_cited_by_file_and_line(docs: Path, tmp_path: Path) -> None:
    kb = KnowledgeStore.from_directory(docs, index=tmp_path / "kb.db")
    report = kb.last_report
    assert sorted(report.added) == ["faq.html", "guide/returns.md", "manual.pdf", "notes.txt"]
    assert report.skipped == []

    top = kb.search("refund for a damaged parcel")[0]
    assert top.path == "guide/returns.md"
    assert "refunded in full" in cited_text(docs, top)

    html = kb.search("how long does the warranty last")[0]
    assert html.path == "faq.html" and "three years" in html.text
    assert "three years" in cited_text(docs, html), "the HTML citation must point at the source line"
    assert "var x" not in html.text, "script content is not document text"

    pdf = kb.search("descale kettle citric acid")[0]
    assert pdf.path == "manual.pdf" and pdf.page == 2 and pdf.citation.startswith("manual.pdf page 2:")
    assert "citric acid" in pdf.text
    kb.close()


def test_answers_a_question_from_the_projects_own_documents(tmp_path: Path) -> None:
    """Real documents: the repository's READMEs. The cited lines must hold the words asked about."""
    root = tmp_path / "readmes"
    for readme in sorted(REPO.glob("packages/**/README.md"))[:40]:
        target = root / readme.relative_to(REPO)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(readme, target)
    shutil.copy(REPO / "README.md", root / "README.md")
    kb = KnowledgeStore.from_directory(root, index=tmp_path / "readme.db", chunk_size=400, overlap=80)
    assert len(kb) > 20
    answer = kb.answer("What does EVAL_TEST run mode guarantee for the memory store?")
    assert answer.citations
    passage = answer.passages[0]
    assert "eval_test" in cited_text(root, passage).casefold()
    kb.close()


def test_incremental_reindexing_touches_only_changed_files(docs: Path, tmp_path: Path) -> None:
    index = tmp_path / "kb.db"
    KnowledgeStore.from_directory(docs, index=index).close()
    kb = KnowledgeStore.from_directory(docs, index=index)
    assert kb.last_report.unchanged == 4 and not kb.last_report.added and not kb.last_report.updated

    notes = docs / "notes.txt"
    os.utime(notes, ns=(notes.stat().st_atime_ns, notes.stat().st_mtime_ns + 10**9))  # touched only
    assert kb.refresh().unchanged == 4

    notes.write_text("Shipping\n\nOrders now ship the same day.\n")
    (docs / "guide" / "returns.md").unlink()
    (docs / "new.md").write_text("Gift cards never expire.\n")
    report = kb.refresh()
    assert report.updated == ["notes.txt"] and report.removed == ["guide/returns.md"]
    assert report.added == ["new.md"] and report.unchanged == 2
    assert kb.search("same day")[0].path == "notes.txt"
    assert kb.search("business") == [] or kb.search("business")[0].path != "notes.txt"  # the old text
    assert kb.search("damaged parcel refunded") == []
    kb.close()


def test_unreadable_files_are_reported_and_skipped_never_dropped_silently(
    docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (docs / "latin1.txt").write_bytes("caf\xe9 cr\xe8me".encode("latin-1"))
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    (docs / "binary.md").write_bytes(b"\x00\x01\x02binary")
    (docs / "image.png").write_bytes(b"\x89PNG\r\n")
    with caplog.at_level(logging.WARNING, logger="purpose_agent"):
        kb = KnowledgeStore.from_directory(docs, index=tmp_path / "kb.db")
    skipped = {s.path: s.reason for s in kb.last_report.skipped}
    assert set(skipped) == {"latin1.txt", "broken.pdf", "binary.md", "image.png"}
    assert "not UTF-8" in skipped["latin1.txt"] and "PDF" in skipped["broken.pdf"]
    assert "binary" in skipped["binary.md"] and "unsupported" in skipped["image.png"]
    assert sum("skipped" in r.message for r in caplog.records) >= 3
    assert len(kb.last_report.added) == 4, "the readable files are still indexed"
    kb.close()


def test_a_missing_parser_extra_names_the_install_line(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_bs4(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "bs4" or name.startswith("bs4."):
            raise ImportError("No module named 'bs4'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_bs4)
    monkeypatch.delitem(__import__("sys").modules, "bs4", raising=False)
    kb = KnowledgeStore.from_directory(docs, index=tmp_path / "kb.db")
    reasons = {s.path: s.reason for s in kb.last_report.skipped}
    assert "pip install 'purpose-knowledge[html]'" in reasons["faq.html"]
    kb.close()


@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(st.text(alphabet="abc xyz", min_size=1, max_size=120), min_size=1, max_size=60),
    size=st.integers(min_value=20, max_value=300),
    data=st.data(),
)
def test_chunks_cover_every_line_in_order_with_bounded_overlap(
    lines: list[str], size: int, data: Any
) -> None:
    overlap = data.draw(st.integers(min_value=0, max_value=size - 1))
    numbered = [Line(i + 1, t) for i, t in enumerate(lines) if t.strip()]
    chunks = chunk_lines(numbered, size=size, overlap=overlap)
    covered = {n for c in chunks for n in range(c.line_start, c.line_end + 1)}
    assert {line.number for line in numbered} <= covered
    for a, b in itertools.pairwise(chunks):
        assert b.line_start >= a.line_start and b.line_end >= a.line_end
        assert b.line_start <= a.line_end + 1 or b.line_start > a.line_end
    assert all(len(c.text) <= size or c.line_start == c.line_end for c in chunks)


class TrigramEmbedder:
    """Deterministic character-trigram vectors: a stand-in model whose similarity is easy to predict."""

    name = "trigram-embedder"

    def embed(self, texts: list[str]) -> list[list[float]]:
        out = []
        for text in texts:
            vec = [0.0] * 64
            t = f"  {text.casefold()} "
            for i in range(len(t) - 2):
                vec[hash(t[i : i + 3]) % 64] += 1.0
            out.append(vec)
        return out

    def rerank(self, candidates: Any, *, context: Any) -> Any:
        return candidates


def test_embeddings_from_a_retriever_plugin_rerank_lexical_recall(docs: Path, tmp_path: Path) -> None:
    from purpose_agent.plugin import PluginManager, PluginsConfig, Settings, hookimpl

    class Plugin:
        @hookimpl
        def register_retrievers(self, registry: Any) -> None:
            registry.add(TrigramEmbedder())

    manager = PluginManager(Settings(plugins=PluginsConfig(enabled=[]))).load()
    manager.register(Plugin(), name="embedder-plugin")
    kb = KnowledgeStore.from_directory(
        docs, index=tmp_path / "kb.db", embedder="trigram-embedder", manager=manager
    )
    hits = kb.search("express shipping costs", k=3)
    assert hits[0].path == "notes.txt"
    import sqlite3

    with sqlite3.connect(tmp_path / "kb.db") as db:
        assert db.execute("SELECT count(*) FROM chunks WHERE embedding IS NULL").fetchone()[0] == 0
    kb.close()
    with pytest.raises(Exception, match="no retriever named"):
        KnowledgeStore(docs, index=tmp_path / "kb2.db", embedder="nope", manager=manager)


def test_written_answer_cites_the_passage_the_model_chose(docs: Path, tmp_path: Path) -> None:
    kb = KnowledgeStore.from_directory(docs, index=tmp_path / "kb.db")
    backend = ScriptedBackend(json.dumps({"answer": "Three years.", "source": 1}))
    answer = kb.answer("warranty how long", backend=backend)
    assert answer.text == "Three years." and answer.citations[0].startswith("faq.html:")
    assert backend.calls[0]["json_schema"]["properties"]["source"]["maximum"] == len(answer.passages)
    kb.close()


def test_search_tool_returns_passages_under_their_citations(docs: Path, tmp_path: Path) -> None:
    kb = KnowledgeStore.from_directory(docs, index=tmp_path / "kb.db")
    tool = KnowledgeSearchTool(kb)
    result = tool.run(query="express shipping price")
    assert (
        result.ok and "[notes.txt:" in result.output and result.data["citations"][0].startswith("notes.txt")
    )
    assert tool.run(query=" ").status == "invalid_arguments"
    assert "No passage" in tool.run(query="zeppelin").output
    kb.close()


def test_common_words_are_dropped_only_past_the_row_budget(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from purpose_knowledge import store as store_module

    for i in range(30):
        (docs / f"filler{i}.txt").write_text(f"Shipping note {i}: parcels leave the depot daily.\n")
    kb = KnowledgeStore.from_directory(docs, index=tmp_path / "kb.db")
    assert kb._selective(["shipping", "citric"]) == ["citric", "ship"]  # stems, rarest first
    monkeypatch.setattr(store_module, "ROW_BUDGET", 5)
    assert kb._selective(["shipping", "citric"]) == ["citric"], "the common word is dropped, the rare kept"
    assert kb._selective(["shipping"]) == ["ship"], "the rarest word is always kept"
    assert kb.search("citric shipping")[0].path == "manual.pdf"
    kb.close()


def test_a_question_finds_the_document_that_words_it_differently(tmp_path: Path) -> None:
    """Stemming (FTS5 porter): "refunds" in a question finds "refunded" in a document, with its citation."""
    docs = tmp_path / "kb-docs"
    docs.mkdir()
    (docs / "returns.md").write_text("# Returns\n\nA damaged parcel is refunded in full within 14 days.\n")
    (docs / "shipping.md").write_text("# Shipping\n\nOrders ship within 2 days.\n")
    with KnowledgeStore.from_directory(docs, index=tmp_path / "kb.db") as kb:
        answer = kb.answer("How long do refunds take?")
        assert answer.citations == ["returns.md:1-3"]
        assert "refunded in full within 14 days" in answer.text
        assert [p.path for p in kb.search("refunding")] == ["returns.md"]


def test_an_index_in_the_old_format_is_rebuilt_on_open(tmp_path: Path) -> None:
    import sqlite3

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "returns.md").write_text("Parcels are refunded within 14 days.\n")
    index = tmp_path / "kb.db"
    KnowledgeStore.from_directory(docs, index=index).close()
    with sqlite3.connect(index) as db:  # make it look like an index written before stemming
        db.execute("DELETE FROM meta WHERE key='index_version'")
        db.execute("DROP TABLE chunks_vocab")
        db.execute("DROP TABLE chunks_fts")
        db.execute("CREATE VIRTUAL TABLE chunks_fts USING fts5(text, tokenize='unicode61')")
        db.execute("CREATE VIRTUAL TABLE chunks_vocab USING fts5vocab(chunks_fts, 'row')")
    with KnowledgeStore.from_directory(docs, index=index) as kb:
        assert kb.last_report.added == ["returns.md"]
        assert kb.search("refunds")[0].path == "returns.md"
