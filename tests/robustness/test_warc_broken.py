"""A broken WARC record in the middle costs that record only: counted, named, and the rest is read."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpustool.accounting import RunReport
from corpustool.io import read_records


def _warc(n: int = 3) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for i in range(n):
        body = (
            f"<html><body><p>Story {i}: the ferry from Harborton ran late again.</p></body></html>".encode()
        )
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://news.example/{i}", "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def _break_middle(data: bytes, how) -> bytes:
    starts = [m.start() for m in re.finditer(rb"WARC/1\.\d\r\n", data)]
    middle = data[starts[1] : starts[2]]
    return data[: starts[1]] + how(middle) + data[starts[2] :]


BREAKS = {
    "content-length too large": lambda r: re.sub(
        rb"Content-Length: \d+", b"Content-Length: 99999", r, count=1
    ),
    "content-length too small": lambda r: re.sub(
        rb"Content-Length: (\d+)", lambda m: b"Content-Length: %d" % (int(m.group(1)) - 40), r, count=1
    ),
    "no content-length": lambda r: re.sub(rb"Content-Length: \d+\r\n", b"", r, count=1),
    "no WARC-Type": lambda r: r.replace(b"WARC-Type: response", b"WARC-Type response", 1),
    "garbage HTTP status": lambda r: r.replace(b"HTTP/1.1 200 OK", b"\x00\x01\x02 garbage\xff\xfe", 1),
    "not a record at all": lambda r: b"\x00\xff" * 50 + b"\r\n",
    "headers never end": lambda r: r.split(b"\r\n\r\n")[0][:200],
}


def _read(path: Path) -> tuple[list[str], RunReport]:
    report = RunReport()
    texts = [r["text"] for r in read_records([str(path)], on_error="skip", report=report)]
    return texts, report


@pytest.mark.parametrize("compress", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("name", list(BREAKS))
def test_broken_middle_record_is_skipped_and_counted(tmp_path: Path, name: str, compress: bool) -> None:
    data = _break_middle(_warc(), BREAKS[name])
    path = tmp_path / ("broken.warc.gz" if compress else "broken.warc")
    path.write_bytes(gzip.compress(data) if compress else data)
    texts, report = _read(path)
    assert [t.split(":")[0] for t in texts] == ["Story 0", "Story 2"], texts
    assert len(report.skipped) == 1, report.skipped
    message = str(report.skipped[0])
    assert message.startswith(f"{path}: WARC record 2 at byte ")
    assert "\n" not in message


def test_intact_warc_reads_every_response(tmp_path: Path) -> None:
    path = tmp_path / "ok.warc"
    path.write_bytes(_warc(5))
    texts, report = _read(path)
    assert len(texts) == 5 and not report.skipped


def test_truncated_warc_gz_keeps_what_came_before_and_says_so(tmp_path: Path) -> None:
    packed = gzip.compress(_warc(4))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(packed[: int(len(packed) * 0.8)])
    texts, report = _read(path)
    assert 1 <= len(texts) < 4
    assert len(report.skipped) == 1 and "\n" not in str(report.skipped[0])


def test_broken_record_fails_the_run_under_on_error_fail(tmp_path: Path, cli) -> None:
    path = tmp_path / "broken.warc"
    data = _break_middle(_warc(), BREAKS["no content-length"])
    path.write_bytes(data)
    offset = [m.start() for m in re.finditer(rb"WARC/1\.\d\r\n", data)][1]
    result = cli(["quotes", str(path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {path}: WARC record 2 at byte {offset}: no Content-Length header"
