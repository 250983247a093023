"""Knowledge search recall on paraphrased questions over a folder of handbook documents.

The folder (packages/purpose-knowledge/tests/data/handbook, 15 short Markdown files on refunds,
shipping, warranty, accounts, security, pricing, leave, onboarding, API limits, privacy, ...) is indexed
through ``KnowledgeStore.from_directory`` exactly as a user's folder would be. Each question in
handbook_questions.jsonl is worded as a person would ask it, mostly not in the documents' words, and
names the file that answers it. Reports recall@1 and recall@5 (the right file among the first five
distinct files hit) and lists the misses.

Embeddings: purpose_knowledge has no embedding extra of its own; an embedder comes from a retriever
plugin with ``embed()``. ``--embedder NAME`` measures with such a plugin when one is installed.

    python benchmarks/knowledge_recall.py [--k 5] [--embedder NAME]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "packages" / "purpose-knowledge" / "tests" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=DATA / "handbook")
    parser.add_argument("--questions", type=Path, default=DATA / "handbook_questions.jsonl")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--embedder", default=None, help="a retriever plugin name that provides embed()")
    args = parser.parse_args()

    from purpose_knowledge import KnowledgeStore
    from purpose_knowledge.recall import evaluate, load_questions

    questions = load_questions(args.questions)
    with tempfile.TemporaryDirectory() as tmp:
        options = {"index": Path(tmp) / "index.db"}
        if args.embedder:
            options["embedder"] = args.embedder
        with KnowledgeStore.from_directory(args.folder, **options) as kb:
            files, chunks = len(kb.files()), len(kb)
            report = evaluate(kb, questions, k=args.k)
    mode = f"lexical (FTS5 porter, BM25) + embedder {args.embedder}" if args.embedder else (
        "lexical (FTS5 porter, BM25); no embedder: purpose_knowledge has no embedding extra"
    )
    print(f"folder: {args.folder} ({files} files, {chunks} chunks)")
    print(f"search: {mode}")
    print(f"questions: {report.questions}")
    print(f"recall@1: {report.recall_at_1:.3f} ({report.hits_at_1}/{report.questions})")
    print(f"recall@{args.k}: {report.recall_at_k:.3f} ({report.hits_at_k}/{report.questions})")
    print(f"misses ({len(report.misses)}):")
    for miss in report.misses:
        print(f"  {miss.question!r}: expected {miss.expected}, got {', '.join(miss.got) or 'nothing'}")
    result = {
        "recall_at_5" if args.k == 5 else f"recall_at_{args.k}": round(report.recall_at_k, 4),
        "recall_at_1": round(report.recall_at_1, 4),
        "questions": report.questions,
        "embedder": args.embedder,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
