"""Transparent (de)compression by file extension, or by magic bytes when there is no name (stdin)."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from pathlib import PurePath
from typing import IO

import zstandard

EXTENSIONS = (".gz", ".zst", ".bz2", ".xz")

# First bytes of each container format, for unnamed streams.
MAGIC = (
    (b"\x1f\x8b", ".gz"),
    (b"\x28\xb5\x2f\xfd", ".zst"),
    (b"BZh", ".bz2"),
    (b"\xfd7zXZ\x00", ".xz"),
)


def compression_of(name: str | PurePath) -> str | None:
    """The compression extension of a file name (``.gz`` ...), or None."""
    suffix = PurePath(name).suffix.lower()
    return suffix if suffix in EXTENSIONS else None


def strip_compression(name: str) -> str:
    """``a/b.jsonl.gz`` -> ``a/b.jsonl``: the name that tells the content format."""
    ext = compression_of(name)
    return name[: -len(ext)] if ext else name


def sniff_compression(head: bytes) -> str | None:
    """Compression extension for a stream that starts with ``head``, or None."""
    for magic, ext in MAGIC:
        if head.startswith(magic):
            return ext
    return None


def decompressing_reader(raw: IO[bytes], ext: str | None) -> IO[bytes]:
    """Wrap a binary stream so that reads return decompressed bytes."""
    if ext == ".gz":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if ext == ".zst":
        return io.BufferedReader(_ZstdReader(raw), buffer_size=_ZstdReader.CHUNK)
    if ext == ".bz2":
        return bz2.BZ2File(raw, mode="rb")
    if ext == ".xz":
        return lzma.LZMAFile(raw, mode="rb")
    return raw


class _ZstdReader(io.RawIOBase):
    """Decompress concatenated zstd frames, raising EOFError when the data stops inside a frame.

    zstandard's own stream reader ends quietly at a cut, so a truncated ``.zst`` would lose its
    tail without a word; gzip, bz2 and xz already raise EOFError there, and now so does zstd.
    """

    CHUNK = 1 << 17

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._frame = zstandard.ZstdDecompressor().decompressobj(write_size=1 << 20)
        self._pending = memoryview(b"")
        self._started = False  # bytes of the current frame have been fed

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._pending:
            data = self._raw.read(self.CHUNK)
            if not data:
                if self._started and not self._frame.eof:
                    raise EOFError("zstd data ends inside a frame (truncated file)")
                return 0
            self._pending = memoryview(self._feed(data))
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]  # a view: no copy of the rest
        return size

    def _feed(self, data: bytes) -> bytes:
        out = []
        while data:
            self._started = True
            out.append(self._frame.decompress(data))
            if not self._frame.eof:
                break
            data = self._frame.unused_data
            self._frame = zstandard.ZstdDecompressor().decompressobj(write_size=1 << 20)
            self._started = False
        return b"".join(out)

    def close(self) -> None:
        self._raw.close()
        super().close()


def open_sniffed(raw: IO[bytes]) -> IO[bytes]:
    """Decompress an unnamed stream (stdin) if its magic bytes say it is compressed."""
    buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
    return decompressing_reader(buffered, sniff_compression(buffered.peek(8)[:8]))


def compressing_writer(raw: IO[bytes], ext: str | None) -> IO[bytes]:
    """Wrap a binary stream so that writes are compressed (caller closes the wrapper)."""
    if ext == ".gz":
        return gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=6)  # 9 is 2x slower for ~2% less
    if ext == ".zst":
        return zstandard.ZstdCompressor(level=3).stream_writer(raw, closefd=False)
    if ext == ".bz2":
        return bz2.BZ2File(raw, mode="wb")
    if ext == ".xz":
        return lzma.LZMAFile(raw, mode="wb")
    return raw
