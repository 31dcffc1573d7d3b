"""WARC archives: every HTML response record becomes one record (id = WARC-Record-ID).

Records are framed by ``warc_frames`` (so one broken record costs only itself) and each is parsed by
warcio (headers, chunked transfer, content encodings). warcio's own warnings go to its logger, not
to the user's terminal: a broken record is reported once, as an InputError naming its number.
"""

from __future__ import annotations

import io
import logging
from typing import IO

from warcio.archiveiterator import ArchiveIterator

from corpustool.errors import InputError
from corpustool.io.decode import declared_charset, decode_bytes
from corpustool.io.formats import Parsed, ReadOptions
from corpustool.io.formats.documents import html_record
from corpustool.io.formats.warc_frames import Frame, warc_frames
from corpustool.io.sources import Source
from corpustool.records import Record

_HTML_TYPES = ("text/html", "application/xhtml+xml")
logging.getLogger("warcio").addHandler(logging.NullHandler())


def parse_warc(source: Source, stream: IO[bytes], options: ReadOptions) -> Parsed:
    """Yield HTML responses; other record types (requests, metadata, images) are not articles."""
    for frame in warc_frames(stream):
        if frame.problem is not None:
            yield _broken(source, frame, frame.problem)
            continue
        try:
            record = _html_response(source, frame, options)
        except Exception as exc:  # warcio raises whatever its parsing hits on malformed headers
            yield _broken(source, frame, f"unreadable ({type(exc).__name__}: {_first_line(exc)})")
            continue
        if record is not None:
            yield record


def _html_response(source: Source, frame: Frame, options: ReadOptions) -> Record | None:
    entry = next(iter(ArchiveIterator(io.BytesIO(frame.data))))
    if entry.rec_type is None:
        raise ValueError("no WARC-Type header")
    if entry.rec_type != "response":
        return None
    content_type = entry.http_headers.get_header("Content-Type", "") if entry.http_headers else ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    data = entry.content_stream().read()
    if not data.strip():
        return None
    html, _ = decode_bytes(data, _charset(content_type) or declared_charset(data))
    record_id = (entry.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    return html_record(
        html,
        id=record_id or f"{source.rel or source.name}#{frame.number}",
        options=options,
        metadata={
            "path": source.name if source.path else None,
            "url": entry.rec_headers.get_header("WARC-Target-URI"),
            "format": "warc",
            "warc_date": entry.rec_headers.get_header("WARC-Date"),
        },
    )


def _broken(source: Source, frame: Frame, problem: str) -> InputError:
    return InputError(f"WARC record {frame.number} at byte {frame.offset}: {problem}", source=source.name)


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0][:200] if lines else "no detail"


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None
