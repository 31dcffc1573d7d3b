"""CSV: RFC 4180 quoting via the csv module, so commas, quotes and newlines in text survive."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import IO, Any

import orjson

from corpustool.export.fields import project_flat

# Columns for document rows when --fields is not given: scalars a spreadsheet can show.
DEFAULT_DOCUMENT_COLUMNS = (
    "id",
    "source",
    "created",
    "added",
    "metadata.title",
    "metadata.url",
    "metadata.lang",
    "dedup.cluster",
    "dedup.keep",
    "dedup.duplicate_of",
    "text",
)


def cell(value: Any) -> str:
    """A CSV cell: empty for null, JSON for lists and objects, lowercase JSON booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return orjson.dumps(value).decode()
    return str(value)


def write_csv_rows(rows: Iterable[dict[str, Any]], sink: IO[bytes], columns: Sequence[str]) -> int:
    """Header plus one line per row (cells picked by dotted path); returns the row count."""
    text = io.TextIOWrapper(sink, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(columns)
        count = 0
        for row in rows:
            writer.writerow([cell(v) for v in project_flat(row, columns).values()])
            count += 1
        text.flush()
        return count
    finally:
        text.detach()
