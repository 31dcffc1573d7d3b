"""Readers: every input form gives the same records for the same content, and bad input is named."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import sys
from pathlib import Path

import orjson
import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpustool.accounting import RunReport
from corpustool.errors import InputError
from corpustool.io import read_records

STORY = (
    "Harbor council approves new ferry route\n\n"
    "KESTREL BAY, May 2 (NPA) - The harbor council on Tuesday approved a ferry route to the islands.\n\n"
    "\u201cWe waited ten years for this,\u201d said Mara Velling, the council chair.\n"
)
PAGE = (
    "<html lang='en'><head><meta charset='utf-8'><title>Ferry route</title></head><body>"
    "<p>The harbor council approved a ferry route.</p><p>\u201cFinally,\u201d she said.</p>"
    "<script>var x = 1;</script></body></html>"
)


def _texts(records):
    return [(r["id"], r["text"]) for r in records]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "nested").mkdir(parents=True)
    (raw / "a.txt").write_text(STORY, encoding="utf-8")
    (raw / "nested" / "b.txt").write_text(STORY.replace("ferry", "bridge"), encoding="utf-8")
    (raw / "README.md").write_text("not an article", encoding="utf-8")
    return raw


def test_directory_walk_is_recursive_sorted_and_skips_unknown_files(corpus: Path) -> None:
    records = list(read_records([str(corpus)]))
    assert [r["id"] for r in records] == ["a.txt", "nested/b.txt"]
    assert records[0]["text"] == STORY
    assert records[0]["metadata"]["format"] == "txt"


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".gz", gzip.compress), (".zst", zstandard.compress), (".bz2", bz2.compress), (".xz", lzma.compress)],
)
def test_compressed_files_give_the_same_record(tmp_path: Path, suffix: str, compress) -> None:
    plain = tmp_path / "a.txt"
    plain.write_text(STORY, encoding="utf-8")
    packed = tmp_path / "packed" / f"a.txt{suffix}"
    packed.parent.mkdir()
    packed.write_bytes(compress(STORY.encode("utf-8")))
    assert _texts(read_records([str(packed)])) == _texts(read_records([str(plain)]))


def test_glob_and_directory_agree(corpus: Path) -> None:
    by_glob = _texts(read_records([str(corpus / "**" / "*.txt")]))
    assert by_glob == _texts(read_records([str(corpus)]))


def test_stdin_sniffs_compression_and_format(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = b"".join(
        orjson.dumps({"id": f"r{i}", "text": f"story {i}", "outlet": "Ledger"}) + b"\n" for i in range(3)
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(zstandard.compress(rows))))
    records = list(read_records(["-"]))
    assert [r["id"] for r in records] == ["r0", "r1", "r2"]
    assert records[1]["metadata"]["outlet"] == "Ledger"


def test_stdin_plain_text_gets_a_content_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    (record,) = read_records(["-"])
    assert record["text"] == STORY
    assert record["id"].startswith("sha1:")


def test_jsonl_fields_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(orjson.dumps({"doc": "d1", "body": "Some words.", "published": "2026-01-02"}) + b"\n")
    (record,) = read_records([str(path)], text_field="body", id_field="doc")
    assert record["id"] == "d1"
    assert record["text"] == "Some words."
    assert record["metadata"]["published"] == "2026-01-02"
    assert set(record) == {"id", "text", "source", "added", "created", "metadata"}


def test_json_array_and_csv(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(
        orjson.dumps([{"id": "x", "text": "One."}, {"id": "y", "text": "Two."}])
    )
    (tmp_path / "b.csv").write_text('id,text,outlet\nz,"Three, with a comma\nand a newline",Ledger\n')
    records = list(read_records([str(tmp_path)]))
    assert [(r["id"], r["text"]) for r in records] == [
        ("x", "One."),
        ("y", "Two."),
        ("z", "Three, with a comma\nand a newline"),
    ]
    assert records[2]["metadata"]["outlet"] == "Ledger"


def test_html_rendered_or_kept(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    (rendered,) = read_records([str(page)])
    assert "approved a ferry route" in rendered["text"]
    assert "var x" not in rendered["text"]
    (kept,) = read_records([str(page)], keep_html=True)
    assert kept["html"].startswith("<html")
    assert kept["text"] == ""


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    html = "<html><head><meta charset='windows-1251'></head><body><p>Комментарии</p></body></html>"
    page.write_bytes(html.encode("windows-1251"))
    (record,) = read_records([str(page)])
    assert "Комментарии" in record["text"]


def test_undecodable_bytes_never_crash(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Caf\xe9 owners said the \xff\xfe rent doubled.\n")
    (record,) = read_records([str(path)])
    assert "rent doubled" in record["text"]


def _warc(path: Path, pages: dict[str, str]) -> None:
    with open(path, "wb") as raw:
        writer = WARCWriter(raw, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)


def test_warc_gives_the_same_text_as_the_html_file(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive, {"https://example.org/ferry": PAGE})
    (from_warc,) = read_records([str(archive)])
    (from_file,) = read_records([str(page)])
    assert from_warc["text"] == from_file["text"]
    assert from_warc["metadata"]["url"] == "https://example.org/ferry"
    assert from_warc["id"].startswith("urn:uuid:")


def test_broken_json_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id": "a", "text": "fine"}\n{broken\n{"id": "c", "text": "fine too"}\n')
    with pytest.raises(InputError) as info:
        list(read_records([str(path)]))
    assert info.value.where == f"{path}:2"
    report = RunReport()
    records = list(read_records([str(path)], on_error="skip", report=report))
    assert [r["id"] for r in records] == ["a", "c"]
    assert [e.where for e in report.skipped] == [f"{path}:2"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a"}', "no 'text' field"),
        ('{"id": "a", "text": 5}', "expected a string"),
        ('["a", "b"]', "expected a JSON object"),
    ],
)
def test_wrong_fields_are_one_line_errors(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(line + "\n")
    with pytest.raises(InputError, match=message):
        list(read_records([str(path)]))


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(InputError, match="empty file"):
        list(read_records([str(empty)]))
    with pytest.raises(InputError, match="no such file"):
        list(read_records([str(tmp_path / "missing.txt")]))


def test_corrupt_compressed_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "a", "text": "x"}\n' * 50)[:40])
    with pytest.raises(InputError, match="cannot read"):
        list(read_records([str(path)]))
