"""Fuzz ``read_records`` on every input format and compression, through a real file.

The first two bytes choose the format and how the rest is stored: raw, gzip/zstd compressed,
compressed then cut short (a truncated download), or raw under a compressed name. Every outcome
must be records that survive a JSONL round trip, or skips with a one-line message.
"""

from __future__ import annotations

import gzip
import os
import tempfile

import zstandard
from _harness import instrumented, run

with instrumented():
    from robust_checks import check_jsonl_roundtrip, check_one_line, check_record

    from corpustool.accounting import RunReport
    from corpustool.io import read_records

FORMATS = (".txt", ".html", ".jsonl", ".json", ".csv", ".warc")
WORKDIR = tempfile.mkdtemp(prefix="corpustool-fuzz-")


def _stored(body: bytes, how: int) -> tuple[bytes, str]:
    if how == 1:
        return gzip.compress(body, mtime=0), ".gz"
    if how == 2:
        return zstandard.ZstdCompressor().compress(body), ".zst"
    if how == 3:
        packed = gzip.compress(body, mtime=0)
        return packed[: max(1, len(packed) // 2)], ".gz"
    if how == 4:
        return body, ".gz"
    return body, ""


def test_one_input(data: bytes) -> None:
    if len(data) < 2:
        return
    fmt = FORMATS[data[0] % len(FORMATS)]
    stored, compression = _stored(data[2:], data[1] % 6)
    path = os.path.join(WORKDIR, f"input{fmt}{compression}")
    with open(path, "wb") as handle:
        handle.write(stored)
    report = RunReport()
    for record in read_records([path], on_error="skip", report=report):
        check_record(record)
        check_jsonl_roundtrip(record)
    for error in report.skipped:
        check_one_line(str(error))


if __name__ == "__main__":
    run(test_one_input)
