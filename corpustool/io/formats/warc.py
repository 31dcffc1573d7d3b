"""WARC archives: every HTML response record becomes one record (id = WARC-Record-ID)."""

from __future__ import annotations

from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from corpustool.errors import InputError
from corpustool.io.decode import declared_charset, decode_bytes
from corpustool.io.formats import Parsed, ReadOptions
from corpustool.io.formats.documents import html_record
from corpustool.io.sources import Source

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def parse_warc(source: Source, stream: IO[bytes], options: ReadOptions) -> Parsed:
    """Yield HTML responses; other record types (requests, metadata, images) are not articles."""
    number = 0
    try:
        for entry in ArchiveIterator(stream):
            number += 1
            if entry.rec_type != "response":
                continue
            content_type = entry.http_headers.get_header("Content-Type", "") if entry.http_headers else ""
            if not content_type.lower().startswith(_HTML_TYPES):
                continue
            data = entry.content_stream().read()
            if not data.strip():
                continue
            html, _ = decode_bytes(data, _charset(content_type) or declared_charset(data))
            record_id = (entry.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
            yield html_record(
                html,
                id=record_id or f"{source.rel or source.name}#{number}",
                options=options,
                metadata={
                    "path": source.name if source.path else None,
                    "url": entry.rec_headers.get_header("WARC-Target-URI"),
                    "format": "warc",
                    "warc_date": entry.rec_headers.get_header("WARC-Date"),
                },
            )
    except ArchiveLoadFailed as exc:
        yield InputError(
            f"not a readable WARC ({str(exc).splitlines()[0]})", source=source.name, line=number or None
        )


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None
