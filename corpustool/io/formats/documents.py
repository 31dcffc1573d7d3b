"""Whole-file documents: one ``.txt`` or ``.html`` file is one record."""

from __future__ import annotations

from typing import IO

from corpustool.errors import InputError
from corpustool.io.decode import declared_charset, decode_bytes
from corpustool.io.formats import Parsed, ReadOptions
from corpustool.io.html_text import html_to_text
from corpustool.io.sources import Source
from corpustool.records import content_id, make_record


def parse_text(source: Source, stream: IO[bytes], options: ReadOptions) -> Parsed:
    """A plain-text scrape: the whole file is the record's text."""
    data = stream.read()
    if not data.strip():
        yield InputError("empty file", source=source.name)
        return
    text, _ = decode_bytes(data)
    yield make_record(
        text,
        id=source.rel or content_id(text),
        added=options.added,
        metadata={"path": source.name if source.path else None, "format": "txt"},
    )


def parse_html_file(source: Source, stream: IO[bytes], options: ReadOptions) -> Parsed:
    """An HTML page: decoded with its declared charset, kept as markup or rendered to text."""
    data = stream.read()
    if not data.strip():
        yield InputError("empty file", source=source.name)
        return
    html, _ = decode_bytes(data, declared_charset(data))
    yield html_record(
        html,
        id=source.rel or content_id(html),
        options=options,
        metadata={"path": source.name if source.path else None, "format": "html"},
    )


def html_record(html: str, *, id: str, options: ReadOptions, metadata: dict):
    """Record for a page: markup kept for ``clean`` when asked, else visible text."""
    if options.keep_html:
        return make_record("", id=id, added=options.added, metadata=metadata, html=html)
    return make_record(html_to_text(html), id=id, added=options.added, metadata=metadata)
