"""Which file extensions hold which content format: the one table readers and directory walks share."""

from __future__ import annotations

from pathlib import PurePath

from corpustool.io.compression import strip_compression

EXTENSION_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".warc": "warc",
    ".arc": "warc",
}


def format_of(name: str) -> str | None:
    """Content format from a file name (compression suffix ignored), or None if unknown."""
    return EXTENSION_FORMATS.get(PurePath(strip_compression(name)).suffix.lower())
