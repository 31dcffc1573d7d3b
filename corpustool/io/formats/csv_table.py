"""CSV files: one row per record, the text column chosen with ``text_field``."""

from __future__ import annotations

import csv
import io
import sys
from typing import IO

from corpustool.errors import InputError
from corpustool.io.decode import decode_bytes
from corpustool.io.formats import Parsed, ReadOptions
from corpustool.io.formats.jsonl import to_record
from corpustool.io.sources import Source

# News articles are long; the csv module's default 128 KB field limit is not.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def parse_csv(source: Source, stream: IO[bytes], options: ReadOptions) -> Parsed:
    """Read a CSV with a header row; line numbers in errors are physical file lines."""
    data = stream.read()
    if not data.strip():
        yield InputError("empty file", source=source.name)
        return
    text, _ = decode_bytes(data)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        for row in reader:
            if None in row:
                yield InputError("more cells than header columns", source=source.name, line=reader.line_num)
                continue
            yield to_record(
                {k: v for k, v in row.items() if v is not None}, source, reader.line_num, options, "csv"
            )
    except csv.Error as exc:
        yield InputError(f"invalid CSV ({exc})", source=source.name, line=reader.line_num)
