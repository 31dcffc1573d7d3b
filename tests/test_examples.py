"""The bundled examples cover every input format and read cleanly."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from corpustool.io import read_records

FOLDERS = ("txt", "html", "jsonl", "warc")


def test_examples_cover_every_format_with_unique_ids(examples_dir: Path) -> None:
    records = list(read_records([str(examples_dir / folder) for folder in FOLDERS]))
    formats = Counter(r["metadata"]["format"] for r in records)
    assert set(formats) == {"txt", "html", "jsonl", "warc"}
    assert len({r["id"] for r in records}) == len(records) == 12
    assert all(r["text"].strip() for r in records)


def test_a_walk_over_examples_skips_docs_and_scripts(examples_dir: Path) -> None:
    ids = [r["id"] for r in read_records([str(examples_dir)])]
    assert not any(i.endswith((".md", ".py")) for i in ids)
    assert len(ids) == 12
