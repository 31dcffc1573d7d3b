"""Bytes to text without ever crashing: BOM, declared charset, UTF-8, then detection."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import IO

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""")


def declared_charset(data: bytes) -> str | None:
    """Charset an HTML/XML document declares in its first kilobytes, if any."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding used)``.

    Order: byte-order mark, the declared charset (HTTP header or <meta>), strict UTF-8 (right for
    most of the web), statistical detection, and finally UTF-8 with replacement characters so that
    undecodable bytes cost a few characters, never the record.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    for candidate in (declared, "utf-8"):
        if not candidate:
            continue
        try:
            return data.decode(_normalise(candidate)), _normalise(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace"), best.encoding
        except LookupError:
            pass
    return data.decode("utf-8", errors="replace"), "utf-8"


def _normalise(name: str) -> str:
    """Browsers read latin-1/ascii labels as windows-1252; so do we."""
    name = name.strip().lower()
    return "cp1252" if name in {"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii"} else name


def utf8_lines(stream: IO[bytes]) -> Iterator[bytes]:
    """The lines of a line-based format (JSONL) as UTF-8 bytes, whatever byte-order mark it starts with.

    Editors on Windows save UTF-16 with a BOM; read byte-wise, every line of such a file would be
    "invalid JSON". Lines split on ``\n`` only, as JSONL defines them (not on U+2028 inside strings).
    """
    peek = getattr(stream, "peek", None)
    head = peek(4)[:4] if peek else b""
    wide = next((name for bom, name in _BOMS if name != "utf-8-sig" and head.startswith(bom)), None)
    if wide is None:
        first = True
        for line in stream:
            if first and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8) :]
            first = False
            yield line
        return
    text = io.TextIOWrapper(stream, encoding=wide, errors="replace", newline="\n")  # type: ignore[arg-type]
    try:
        for line in text:
            yield line.encode("utf-8", "surrogatepass")
    finally:
        text.detach()
