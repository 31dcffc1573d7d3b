"""Export a corpus for other tools: JSONL, dolma, CSV, Parquet; documents or one row per quote.

``export_records(records, "out.jsonl.zst")`` is the whole API: rows are conformed to the declared
record shape (:mod:`corpustool.export.schema`) so Arrow-based readers never see a type change,
optionally cut to ``fields``, then written in the chosen format, compressed by extension or by
``compression``, and split every ``shard_size`` rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpustool.errors import OutputError
from corpustool.export.csv_rows import DEFAULT_DOCUMENT_COLUMNS, write_csv_rows
from corpustool.export.dolma import write_dolma
from corpustool.export.fields import get_path, parse_fields, project_nested
from corpustool.export.jsonl import write_jsonl_rows
from corpustool.export.parquet import write_parquet_rows
from corpustool.export.quotes_rows import QUOTE_COLUMNS, QUOTE_ROW_SPEC, quote_rows
from corpustool.export.schema import RECORD_SPEC, arrow_schema, conform_record
from corpustool.io.compression import EXTENSIONS, compressing_writer, compression_of, strip_compression
from corpustool.io.sharding import shards
from corpustool.io.writers import STDOUT, open_output, shard_path

FORMATS = ("jsonl", "dolma", "csv", "parquet")


@dataclass
class ExportSummary:
    """What an export wrote: for the CLI's summary line and for tests."""

    format: str
    rows: int = 0
    files: list[str] = field(default_factory=list)
    # --fields paths that were null or missing in every row: usually a typo worth a warning.
    empty_fields: list[str] = field(default_factory=list)


def export_records(
    records: Iterable[dict[str, Any]],
    path: str | Path | None = STDOUT,
    *,
    format: str | None = None,
    fields: str | Sequence[str] | None = None,
    quotes: bool = False,
    shard_size: int | None = None,
    compression: str | None = None,
) -> ExportSummary:
    """Write ``records`` to ``path`` (``-``/None = stdout; a directory for ``dolma``).

    ``format`` defaults to what the name says (``.csv``, ``.parquet``, else JSONL); ``quotes``
    writes one row per quote instead of one per document; ``fields`` picks and orders columns by
    dotted path; ``compression`` (gz, zst, bz2, xz) is added to the file name unless the name
    already ends with it.
    """
    format = format or format_for(path)
    if format not in FORMATS:
        raise OutputError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    columns = parse_fields(fields)
    summary = ExportSummary(format=format)
    if format == "dolma":
        if quotes or columns:
            raise OutputError("dolma writes whole documents: --quotes and --fields do not apply")
        if path is None or str(path) == STDOUT:
            raise OutputError("dolma writes a directory: give one with -o")
        counted = _Counted(conform_record(r) for r in records)
        summary.files = [str(p) for p in write_dolma(counted, path, shard_size=shard_size)]
        summary.rows = counted.count
        return summary

    rows: Iterator[dict[str, Any]] = quote_rows(records) if quotes else (conform_record(r) for r in records)
    spec = QUOTE_ROW_SPEC if quotes else RECORD_SPEC
    seen: set[str] = set()
    if columns:
        rows = _watch(rows, columns, seen)
    if format == "csv":
        csv_columns = columns or (QUOTE_COLUMNS if quotes else DEFAULT_DOCUMENT_COLUMNS)
    elif columns:
        rows = (project_nested(row, columns) for row in rows)
    target = _with_compression(path, compression, format)
    sharded = shard_size is not None and shard_size > 0
    if sharded and (target is None or str(target) == STDOUT):
        raise OutputError("sharding needs an output file (-o), not stdout")
    for index, shard in enumerate(shards(rows, shard_size)):
        name = shard_path(target, index) if sharded else target
        with _open(name, compression) as sink:
            if format == "jsonl":
                summary.rows += write_jsonl_rows(shard, sink)
            elif format == "csv":
                summary.rows += write_csv_rows(shard, sink, csv_columns)
            else:
                summary.rows += write_parquet_rows(shard, sink, spec)
        summary.files.append(STDOUT if name is None else str(name))
    summary.empty_fields = [c for c in columns or () if c not in seen]
    return summary


def format_for(path: str | Path | None) -> str:
    """The format a file name asks for: ``.csv`` and ``.parquet`` (also compressed), else JSONL."""
    name = strip_compression(str(path or "")).lower()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    return "jsonl"


def _watch(
    rows: Iterable[dict[str, Any]], columns: Sequence[str], seen: set[str]
) -> Iterator[dict[str, Any]]:
    """Pass rows through, noting which asked-for paths ever hold a value."""
    pending = set(columns)
    for row in rows:
        if pending:
            found = {c for c in pending if get_path(row, c) is not None}
            seen |= found
            pending -= found
        yield row


class _Counted:
    """An iterator that counts what passes through it."""

    def __init__(self, items: Iterable[dict[str, Any]]) -> None:
        self._items = iter(items)
        self.count = 0

    def __iter__(self) -> _Counted:
        return self

    def __next__(self) -> dict[str, Any]:
        item = next(self._items)
        self.count += 1
        return item


def _with_compression(path: str | Path | None, compression: str | None, format: str) -> str | Path | None:
    """Append ``.gz``/``.zst``... to the name when asked and not already there."""
    if format == "parquet" and path not in (None, STDOUT) and compression_of(str(path)):
        raise OutputError("parquet compresses inside the file (zstd); drop the .gz/.zst extension")
    if compression is None:
        return path
    ext = "." + compression.lower().lstrip(".")
    if ext not in EXTENSIONS:
        raise OutputError(f"unknown compression {compression!r}; choose one of {', '.join(EXTENSIONS)}")
    if format == "parquet":
        raise OutputError("parquet compresses inside the file (zstd); --compression does not apply")
    if path is None or str(path) == STDOUT or str(path).endswith(ext):
        return path
    return f"{path}{ext}"


class _open:
    """``open_output`` plus compression of stdout when ``compression`` asks for it."""

    def __init__(self, path: str | Path | None, compression: str | None) -> None:
        self._manager = open_output(path)
        self._ext = "." + compression.lower().lstrip(".") if compression else None
        self._stdout = path is None or str(path) == STDOUT
        self._wrapper: Any = None

    def __enter__(self):
        sink = self._manager.__enter__()
        if self._stdout and self._ext:
            self._wrapper = compressing_writer(sink, self._ext)
            return self._wrapper
        return sink

    def __exit__(self, *exc: Any) -> None:
        if self._wrapper is not None:
            self._wrapper.close()
        self._manager.__exit__(*exc)


__all__ = ["FORMATS", "ExportSummary", "arrow_schema", "export_records", "format_for"]
