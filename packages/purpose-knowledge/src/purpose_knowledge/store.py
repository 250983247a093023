"""A searchable index of a folder of documents: SQLite FTS5, incremental, with citations.

``KnowledgeStore.from_directory("./docs")`` walks the folder, reads text, Markdown, HTML and PDF, chunks
each file with overlap and indexes the chunks in FTS5. Re-opening re-reads only files whose size or
modification time changed and whose content hash really differs, and drops files that are gone. A file
that cannot be read is reported in :attr:`IndexReport.skipped` and logged, never silently dropped.
Every hit is a :class:`Passage` that cites file and lines (and page, for PDF).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from purpose_agent.plugin import MemoryStoreError, ValidationError, tokenize
from pydantic import BaseModel, Field

from purpose_knowledge import embeddings as emb
from purpose_knowledge.chunking import chunk_lines
from purpose_knowledge.documents import SUPPORTED, UnreadableDocument, load_lines
from purpose_knowledge.extras import MissingExtraError

log = logging.getLogger("purpose_agent")

#: Porter stemming over unicode61 words: "refunds", "refunded" and "refund" are one term, so a question
#: finds the document that words it differently.
TOKENIZER = "porter unicode61 remove_diacritics 2"
#: Bumped when the index format changes; an index of another version is rebuilt on open.
INDEX_VERSION = "2-porter"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, page INTEGER, line_start INTEGER NOT NULL,
    line_end INTEGER NOT NULL, embedding BLOB
);
CREATE INDEX IF NOT EXISTS chunks_path ON chunks(path);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(text, tokenize='{tokenizer}');
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_vocab USING fts5vocab(chunks_fts, 'row');
""".replace("{tokenizer}", TOKENIZER)
OLD_TABLES = ("chunks_vocab", "chunks_fts", "chunks", "files")

#: Words too common to help lexical ranking; dropping them keeps OR-queries short and fast.
STOPWORDS = frozenset(
    "a an and are as at be by can do does for from has have how i if in is it its of on or so that the "
    "their there these this to was what when where which who why will with you your".split()
)
RECALL = 50
#: How many matching rows (summed document frequencies) a query may make FTS5 score. Words are taken
#: rarest first until the next would pass it, so a small folder keeps every word while a large one drops
#: the common words that barely change BM25's ranking but make it score nearly every row.
ROW_BUDGET = 800
#: At most this many (the rarest) query words are matched.
MAX_TERMS = 8


class Passage(BaseModel):
    path: str
    """Relative to the indexed folder, with forward slashes."""
    line_start: int
    line_end: int
    page: int | None = None
    text: str
    score: float = 0.0

    @property
    def citation(self) -> str:
        lines = (
            f"{self.line_start}" if self.line_start == self.line_end else f"{self.line_start}-{self.line_end}"
        )
        page = f" page {self.page}" if self.page is not None else ""
        return f"{self.path}{page}:{lines}"


class SkippedFile(BaseModel):
    path: str
    reason: str


class IndexReport(BaseModel):
    added: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = Field(default_factory=list)
    skipped: list[SkippedFile] = Field(default_factory=list)
    chunks: int = 0
    """Chunks written in this pass."""


class Answer(BaseModel):
    text: str
    citations: list[str] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)


def default_index(root: Path) -> Path:
    """Where a folder's index lives unless told: ``.purpose/knowledge/<folder>-<hash of its path>.db``."""
    digest = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:12]
    return Path(".purpose") / "knowledge" / f"{root.resolve().name or 'root'}-{digest}.db"


def query_words(text: str) -> list[str]:
    """The question's distinct content words (stopwords dropped unless nothing else is left)."""
    words = list(dict.fromkeys(w for w in tokenize(text) if w not in STOPWORDS))
    return words or list(dict.fromkeys(tokenize(text)))


def fts_query(words: list[str]) -> str | None:
    """An FTS5 OR-query of ``words``, each quoted (no FTS syntax can be injected)."""
    return " OR ".join(f'"{w}"' for w in words) or None


class KnowledgeStore:
    """Search over the documents of one folder. Thread-safe: one connection behind a lock."""

    def __init__(
        self,
        root: str | Path,
        *,
        index: str | Path | None = None,
        chunk_size: int = 800,
        overlap: int = 160,
        embedder: Any = None,
        manager: Any = None,
    ) -> None:
        self.root = Path(root)
        if not self.root.is_dir():
            raise ValidationError(
                f"knowledge folder {str(root)!r} is not a directory; pass a folder of documents"
            )
        self.chunk_size, self.overlap = chunk_size, overlap
        self.embedder = emb.resolve_embedder(embedder, manager)
        self.index_path = Path(index) if index is not None else default_index(self.root)
        if str(self.index_path) != ":memory:":
            self.index_path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(str(self.index_path), check_same_thread=False, isolation_level=None)
            self._db.executescript("PRAGMA journal_mode=WAL;" + SCHEMA)
            self._upgrade()
            self._stemmer = sqlite3.connect(":memory:", check_same_thread=False)
            self._stemmer.executescript(
                f"CREATE VIRTUAL TABLE q USING fts5(w, tokenize='{TOKENIZER}');"
                "CREATE VIRTUAL TABLE qv USING fts5vocab(q, 'instance');"
            )
        except sqlite3.Error as exc:
            raise MemoryStoreError(
                f"knowledge index {self.index_path}: {exc}; delete it to rebuild"
            ) from None
        self.last_report = IndexReport()

    def _upgrade(self) -> None:
        """An index written by an older version is dropped and rebuilt (on the next refresh)."""
        row = self._db.execute("SELECT value FROM meta WHERE key='index_version'").fetchone()
        if row is not None and row[0] == INDEX_VERSION:
            return
        if row is not None or self._db.execute("SELECT count(*) FROM files").fetchone()[0]:
            log.info("knowledge index %s: older format, rebuilding", self.index_path)
            self._db.executescript("".join(f"DROP TABLE IF EXISTS {t};" for t in OLD_TABLES) + SCHEMA)
        self._db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('index_version', ?)", (INDEX_VERSION,)
        )

    def _stems(self, words: list[str]) -> list[str]:
        """``words`` as the index's tokenizer stems them, in order, without repeats."""
        self._stemmer.execute("DELETE FROM q")
        self._stemmer.executemany("INSERT INTO q (rowid, w) VALUES (?, ?)", enumerate(words))
        by_row = dict(self._stemmer.execute("SELECT doc, term FROM qv"))
        return list(dict.fromkeys(by_row[i] for i in range(len(words)) if i in by_row))

    @classmethod
    def from_directory(cls, root: str | Path, **options: Any) -> KnowledgeStore:
        """Open (or build) the index of ``root`` and bring it up to date with the files on disk."""
        store = cls(root, **options)
        store.refresh()
        return store

    # -- indexing -----------------------------------------------------------------------------------

    def _files(self) -> Iterator[Path]:
        index = self.index_path.resolve() if str(self.index_path) != ":memory:" else None
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                path = Path(dirpath) / name
                if name.startswith(".") or (
                    index is not None
                    and path.resolve().parent == index.parent
                    and path.name.startswith(index.name)
                ):
                    continue
                yield path

    def refresh(self) -> IndexReport:
        """Re-index what changed since the last pass; see :class:`IndexReport` for what happened."""
        report = IndexReport()
        with self._lock:
            known = dict(self._db.execute("SELECT path, sha256 FROM files").fetchall())
            stats = {r[0]: (r[1], r[2]) for r in self._db.execute("SELECT path, mtime_ns, size FROM files")}
            seen: set[str] = set()
            for path in self._files():
                rel = path.relative_to(self.root).as_posix()
                if path.suffix.lower() not in SUPPORTED:
                    report.skipped.append(
                        SkippedFile(path=rel, reason=f"unsupported file type {path.suffix!r}")
                    )
                    continue
                seen.add(rel)
                try:
                    st = path.stat()
                    if stats.get(rel) == (st.st_mtime_ns, st.st_size):
                        report.unchanged += 1
                        continue
                    digest = hashlib.sha256(path.read_bytes()).hexdigest()
                except OSError as exc:
                    self._skip(report, rel, f"cannot be read ({exc.strerror or exc})")
                    continue
                if known.get(rel) == digest:  # touched, not changed: remember the new mtime only
                    self._db.execute(
                        "UPDATE files SET mtime_ns=?, size=? WHERE path=?", (st.st_mtime_ns, st.st_size, rel)
                    )
                    report.unchanged += 1
                    continue
                try:
                    chunks = chunk_lines(load_lines(path), size=self.chunk_size, overlap=self.overlap)
                except (UnreadableDocument, MissingExtraError) as exc:
                    self._skip(report, rel, str(exc).removeprefix(f"{path}: "))
                    continue
                self._write_file(rel, st.st_mtime_ns, st.st_size, digest, chunks)
                (report.updated if rel in known else report.added).append(rel)
                report.chunks += len(chunks)
            for rel in sorted(set(known) - seen):
                self._delete_file(rel)
                report.removed.append(rel)
        self.last_report = report
        return report

    def _skip(self, report: IndexReport, rel: str, reason: str) -> None:
        log.warning("knowledge: skipped %s: %s", rel, reason)
        report.skipped.append(SkippedFile(path=rel, reason=reason))
        self._delete_file(rel)  # an old version of an unreadable file must not keep answering

    def _write_file(self, rel: str, mtime_ns: int, size: int, digest: str, chunks: Sequence[Any]) -> None:
        vectors = self.embedder.embed([c.text for c in chunks]) if self.embedder and chunks else []
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._delete_chunks(rel)
            for i, chunk in enumerate(chunks):
                blob = emb.pack(vectors[i]) if vectors else None
                cur = self._db.execute(
                    "INSERT INTO chunks(path, page, line_start, line_end, embedding) VALUES (?,?,?,?,?)",
                    (rel, chunk.page, chunk.line_start, chunk.line_end, blob),
                )
                self._db.execute(
                    "INSERT INTO chunks_fts(rowid, text) VALUES (?, ?)", (cur.lastrowid, chunk.text)
                )
            self._db.execute(
                "INSERT OR REPLACE INTO files(path, mtime_ns, size, sha256) VALUES (?,?,?,?)",
                (rel, mtime_ns, size, digest),
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def _delete_chunks(self, rel: str) -> None:
        self._db.execute("DELETE FROM chunks_fts WHERE rowid IN (SELECT id FROM chunks WHERE path=?)", (rel,))
        self._db.execute("DELETE FROM chunks WHERE path=?", (rel,))

    def _delete_file(self, rel: str) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        self._delete_chunks(rel)
        self._db.execute("DELETE FROM files WHERE path=?", (rel,))
        self._db.execute("COMMIT")

    # -- searching ----------------------------------------------------------------------------------

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM chunks").fetchone()[0])

    def files(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT path FROM files ORDER BY path")]

    def search(self, query: str, k: int = 5) -> list[Passage]:
        """The ``k`` passages that best match ``query``, best first, each with its citation."""
        if k <= 0:
            return []
        recall = max(k, RECALL) if self.embedder else k
        with self._lock:
            match = fts_query(self._selective(query_words(query)))
            if match is None:
                return []
            rows = self._db.execute(
                "SELECT c.id, c.path, c.page, c.line_start, c.line_end, f.text, bm25(chunks_fts),"
                " c.embedding "
                "FROM chunks_fts f JOIN chunks c ON c.id = f.rowid WHERE chunks_fts MATCH ? "
                "ORDER BY bm25(chunks_fts) LIMIT ?",
                (match, recall),
            ).fetchall()
        if self.embedder and rows:
            rows = self._rerank(query, rows)
        return [
            Passage(path=r[1], page=r[2], line_start=r[3], line_end=r[4], text=r[5], score=-float(r[6]))
            for r in rows[:k]
        ]

    def _selective(self, words: list[str]) -> list[str]:
        """The query's indexed stems, rarest first, while their matches fit in :data:`ROW_BUDGET`."""
        words = self._stems(words)
        if not words:
            return []
        marks = ",".join("?" * len(words))
        df = dict(self._db.execute(f"SELECT term, doc FROM chunks_vocab WHERE term IN ({marks})", words))
        chosen: list[str] = []
        rows = 0
        for word in sorted((w for w in words if df.get(w)), key=lambda w: df[w])[:MAX_TERMS]:
            if chosen and rows + df[word] > ROW_BUDGET:
                break
            chosen.append(word)
            rows += df[word]
        return chosen

    def _rerank(self, query: str, rows: list[Any]) -> list[Any]:
        assert self.embedder is not None
        qvec = self.embedder.embed([query])[0]
        sims = {r[0]: emb.cosine(qvec, emb.unpack(r[7])) for r in rows if r[7] is not None}
        semantic = sorted(sims, key=lambda cid: -sims[cid])
        fused = emb.fuse([r[0] for r in rows], semantic)
        return sorted(rows, key=lambda r: -fused[r[0]])

    def answer(self, question: str, *, backend: Any = None, k: int = 3) -> Answer:
        """Answer from the documents with citations: extractive, or written by ``backend`` from the passages.

        With a backend the model must pick which passage it used (constrained JSON), so the citation
        points at the passage the answer came from, not at every passage shown.
        """
        passages = self.search(question, k=k)
        if not passages:
            return Answer(text="The documents do not say.", citations=[], passages=[])
        if backend is None:
            best = passages[0]
            return Answer(text=best.text, citations=[best.citation], passages=passages)
        return _written_answer(backend, question, passages)

    def close(self) -> None:
        with self._lock:
            self._db.close()
            self._stemmer.close()

    def __enter__(self) -> KnowledgeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _written_answer(backend: Any, question: str, passages: Sequence[Passage]) -> Answer:
    import json

    from purpose_agent.plugin import Message

    numbered = "\n\n".join(f"[{i + 1}] ({p.citation})\n{p.text}" for i, p in enumerate(passages))
    schema = {
        "type": "object",
        "properties": {
            "answer": {"type": "string", "maxLength": 400},
            "source": {"type": "integer", "minimum": 1, "maximum": len(passages)},
        },
        "required": ["answer", "source"],
    }
    prompt = (
        f"Passages:\n{numbered}\n\nQuestion: {question}\n"
        "Answer from the passages only, and give the number of the passage you used as source."
    )
    completion = backend.complete(
        [Message(role="user", content=prompt)], max_tokens=160, temperature=0.0, seed=0, json_schema=schema
    )
    try:
        data = json.loads(completion.text)
        source = int(data.get("source", 1))
        text = str(data.get("answer", "")).strip()
    except (json.JSONDecodeError, TypeError, ValueError, AttributeError):
        source, text = 1, completion.text.strip()
    source = source if 1 <= source <= len(passages) else 1
    return Answer(text=text, citations=[passages[source - 1].citation], passages=list(passages))
