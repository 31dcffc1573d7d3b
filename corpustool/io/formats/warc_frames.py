"""Split a (decompressed) WARC stream into records, and find the next record after a broken one.

warcio parses one record well but gives up on the whole file at the first malformed one, and a wrong
Content-Length silently glues two records together. Framing here is by the WARC rules (a ``WARC/1.x``
line, headers, a blank line, ``Content-Length`` bytes, two CRLFs), checked at every boundary, so a
broken record costs that record: an error naming its number and byte offset, then reading resumes at
the next ``WARC/1.x`` line. Only one record is held in memory at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

_VERSION_LINE = re.compile(rb"^WARC/\d+\.\d+\r?\n$")
# A record cut short mid-line leaves the next record's version line glued to the end of a line.
_VERSION_AT_END = re.compile(rb"WARC/\d+\.\d+\r?\n$")
_LENGTH = re.compile(rb"^content-length\s*:\s*(\d+)\s*$", re.I)
# A record that swallowed its successor (Content-Length too large) shows the successor's start inside.
_NEXT_RECORD = re.compile(rb"\r?\n\r?\nWARC/\d+\.\d+\r?\n")
MAX_HEADER_LINES = 1000
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Frame:
    """One record's bytes (headers + block), or why the bytes at ``offset`` are not a record."""

    number: int
    offset: int
    data: bytes = b""
    problem: str | None = None


class _Reader:
    """Line and block reads with push-back and a byte offset, over a binary stream."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._pushed = b""
        self.offset = 0

    def readline(self) -> bytes:
        if self._pushed:
            line, newline, self._pushed = self._pushed.partition(b"\n")
            line += newline or self._stream.readline()
        else:
            line = self._stream.readline()
        self.offset += len(line)
        return line

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes, fetched in chunks: a lying Content-Length must not allocate its claim."""
        parts = [self._pushed[:size]]
        self._pushed = self._pushed[size:]
        missing = size - len(parts[0])
        while missing > 0:
            chunk = self._stream.read(min(missing, _CHUNK))
            if not chunk:
                break
            parts.append(chunk)
            missing -= len(chunk)
        data = b"".join(parts)
        self.offset += len(data)
        return data

    def unread(self, data: bytes) -> None:
        self._pushed = data + self._pushed
        self.offset -= len(data)


def warc_frames(stream: IO[bytes]) -> Iterator[Frame]:
    """Yield every record of the stream in order, a broken one as a Frame with a ``problem``."""
    reader = _Reader(stream)
    number = 0
    while True:
        start = _skip_blank(reader)
        line = reader.readline()
        if not line:
            return
        number += 1
        if not _VERSION_LINE.match(line):
            yield Frame(number, start, problem="no WARC/1.x line where a record should start")
            _resync(reader)
            continue
        frame = _read_record(reader, line, number, start)
        yield frame
        if frame.problem:
            _resync(reader)


def _read_record(reader: _Reader, first: bytes, number: int, start: int) -> Frame:
    head = [first]
    length = None
    for _ in range(MAX_HEADER_LINES):
        line = reader.readline()
        if not line:
            return Frame(number, start, problem="file ends inside the record's headers")
        glued = _VERSION_AT_END.search(line)
        if glued:
            reader.unread(line[glued.start() :])
            return Frame(number, start, problem="headers run into the next record")
        head.append(line)
        if not line.strip():
            break
        match = _LENGTH.match(line)
        if match:
            length = int(match.group(1))
    else:
        return Frame(number, start, problem=f"more than {MAX_HEADER_LINES} header lines")
    if length is None:
        return Frame(number, start, problem="no Content-Length header")
    block = reader.read(length)
    end = reader.read(4)
    problem = None
    if _NEXT_RECORD.search(block):
        problem = "Content-Length runs into the next record"
    elif len(block) < length:
        problem = f"cut short: {len(block)} of {length} content bytes"
    elif end.strip():
        problem = "record does not end where its Content-Length says"
    if problem:
        # Give the block back so the search for the next record starts inside it: a wrong
        # Content-Length must not take the following records down with this one.
        reader.unread(block + end)
        return Frame(number, start, problem=problem)
    return Frame(number, start, data=b"".join(head) + block + b"\r\n\r\n")


def _skip_blank(reader: _Reader) -> int:
    """Skip blank lines between records; the offset where the next record starts."""
    while True:
        line = reader.readline()
        if not line:
            return reader.offset
        if line.strip():
            reader.unread(line)
            return reader.offset


def _resync(reader: _Reader) -> None:
    """Skip to the next ``WARC/1.x`` line (left unread), or to the end."""
    while True:
        line = reader.readline()
        if not line:
            return
        glued = _VERSION_AT_END.search(line)
        if glued:
            reader.unread(line[glued.start() :])
            return
