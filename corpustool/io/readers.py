"""``read_records``: every input a user can point at, as one stream of records."""

from __future__ import annotations

import io
import lzma
from collections.abc import Iterator, Sequence
from typing import IO, Literal

import zstandard

from corpustool.accounting import RunReport
from corpustool.errors import InputError
from corpustool.io.extensions import format_of
from corpustool.io.formats import Parser, ReadOptions
from corpustool.io.formats.csv_table import parse_csv
from corpustool.io.formats.documents import parse_html_file, parse_text
from corpustool.io.formats.jsonl import parse_json_array, parse_jsonl
from corpustool.io.formats.warc import parse_warc
from corpustool.io.sources import Source, expand_inputs
from corpustool.records import Record, now_iso

OnError = Literal["fail", "skip"]

PARSERS: dict[str, Parser] = {
    "txt": parse_text,
    "html": parse_html_file,
    "jsonl": parse_jsonl,
    "json": parse_json_array,
    "csv": parse_csv,
    "warc": parse_warc,
}
INPUT_FORMATS = ("auto", *PARSERS)


def read_records(
    inputs: Sequence[str] = ("-",),
    *,
    input_format: str = "auto",
    text_field: str = "text",
    id_field: str = "id",
    html_field: str | None = None,
    keep_html: bool = False,
    on_error: OnError = "fail",
    report: RunReport | None = None,
) -> Iterator[Record]:
    """Yield records from files, directories (recursive), globs and ``-`` (stdin), in order.

    Bad rows raise :class:`InputError` under ``on_error="fail"``; under ``"skip"`` they are added
    to ``report.skipped`` and reading goes on. ``keep_html`` keeps raw markup in the transient
    ``html`` field (for ``clean``); otherwise HTML is rendered to plain text.
    """
    options = ReadOptions(
        text_field=text_field, id_field=id_field, html_field=html_field, keep_html=keep_html, added=now_iso()
    )
    report = report if report is not None else RunReport()
    for source in _sources(inputs, on_error, report):
        for item in parse_source(source, input_format, options):
            if isinstance(item, InputError):
                _handle(item, on_error, report)
                continue
            report.records_in += 1
            yield item


def _sources(inputs: Sequence[str], on_error: OnError, report: RunReport) -> Iterator[Source]:
    """Expand inputs one at a time so a missing path is handled like any other bad input."""
    for item in inputs:
        try:
            yield from expand_inputs([item])
        except InputError as error:
            _handle(error, on_error, report)


def parse_source(source: Source, input_format: str, options: ReadOptions) -> Iterator[Record | InputError]:
    """One input's records, and its bad rows as :class:`InputError` values (the caller's policy
    decides); a file that cannot be opened or read on is one error. Every engine reads through it."""
    try:
        stream = source.open()
    except InputError as error:
        yield error
        return
    with stream:
        yield from _parse(source, stream, input_format, options)


def _parse(source: Source, stream: IO[bytes], input_format: str, options: ReadOptions):
    fmt = input_format
    try:
        if input_format == "auto" and source.path is not None:
            fmt = format_of(source.name) or "txt"
        elif input_format == "auto":
            stream, fmt = _sniff_format(stream)
        yield from PARSERS[fmt](source, stream, options)
    except _BROKEN_STREAM as exc:
        # Truncated archives and corrupt compressed streams surface here, mid-read (or at the sniff).
        yield InputError(f"cannot read {fmt} input ({_one_line(exc)})", source=source.name)


# What a truncated or corrupt file raises from inside the decompressors and decoders.
_BROKEN_STREAM = (OSError, EOFError, ValueError, zstandard.ZstdError, lzma.LZMAError)


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _sniff_format(stream: IO[bytes]) -> tuple[IO[bytes], str]:
    """Guess the format of an unnamed stream from its first non-blank bytes."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(4096)[:4096].lstrip()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    if head.startswith(b"{"):
        return buffered, "jsonl"
    if head.startswith(b"["):
        return buffered, "json"
    if head.startswith(b"WARC/"):
        return buffered, "warc"
    if head.startswith(b"<"):
        return buffered, "html"
    return buffered, "txt"


def _handle(error: InputError, on_error: OnError, report: RunReport) -> None:
    if on_error == "fail":
        raise error
    report.skip(error)
