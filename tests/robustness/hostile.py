"""The hostile inputs: each a file (or directory) built in the test, with how many records it holds.

``records`` is how many good records a reader must deliver, ``skips`` how many bad ones it must
count and name; together they are everything the file holds, so a silently lost record shows as a
mismatch. Big inputs are generated in a few milliseconds from repeated pieces, never committed.
"""

from __future__ import annotations

import gzip
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson
import zstandard

SENTENCE = '"We will keep the ferry running," said Mara Velling, the council chair, on Tuesday.'
STORY = (
    "Harbor council keeps ferry\n\n"
    f"KESTREL BAY, May 2 (NPA) - The harbor council voted to keep the island ferry.\n\n{SENTENCE}\n"
)


@dataclass(frozen=True)
class Hostile:
    """One hostile input: ``make(dir)`` writes it and returns the path to pass on the command line."""

    name: str
    make: Callable[[Path], Path]
    records: int
    skips: int = 0
    heavy: bool = False  # too slow to push through every command: readers, clean and quotes only


def _file(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        return path

    return make


def _jsonl(*rows: object) -> bytes:
    return b"".join((row if isinstance(row, bytes) else orjson.dumps(row)) + b"\n" for row in rows)


def _truncated(compress: Callable[[bytes], bytes], rows: int = 3000) -> bytes:
    packed = compress(_jsonl(*({"id": f"r{i}", "text": f"{STORY} {i}"} for i in range(rows))))
    return packed[: len(packed) // 2]


def _empty_dir(folder: Path) -> Path:
    path = folder / "empty_dir"
    path.mkdir()
    return path


def _binary() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + random.Random(8).randbytes(20_000)


def _nested_divs(depth: int) -> bytes:
    return b"<html><body>" + b"<div>" * depth + b"<p>Deep text.</p>" + b"</div>" * depth + b"</body></html>"


def long_line(megabytes: float) -> bytes:
    words = b"the council met again and the ferry ran late. "
    return words * int(megabytes * 1_000_000 / len(words))


def _entity_storm() -> bytes:
    pieces = [b"&amp;" * 20_000, b"&#x1F600;" * 20_000, b"&nosuch;" * 20_000, b"&#99999999999;" * 2_000]
    return b"<html><body><p>" + b"".join(pieces) + b"</p><p>" + SENTENCE.encode() + b"</p></body></html>"


def _unclosed() -> bytes:
    return b"<html><body>" + b"<p><b><i><span><a href='x'>" * 5_000 + SENTENCE.encode() + b"<td><tr><table"


QUOTES_ONLY = '"' * 10_000
CASES: list[Hostile] = [
    Hostile("invalid utf-8", _file("bad.txt", b"Caf\xe9 \xff\xfe \xc3\x28 " + STORY.encode()), 1),
    Hostile(
        "mixed encodings in jsonl",
        _file(
            "mixed.jsonl",
            b'{"id":"a","text":"Caf\xe9 cr\xe8me"}\n'
            + '{"id":"b","text":"Café crème"}\n'.encode()
            + '{"id":"c","text":"Café"}\n'.encode("cp1252"),
        ),
        3,
    ),
    Hostile("utf-16 with bom (txt)", _file("u16.txt", STORY.encode("utf-16")), 1),
    Hostile(
        "utf-16 with bom (jsonl)",
        _file("u16.jsonl", _jsonl({"id": "a", "text": STORY}).decode().encode("utf-16")),
        1,
    ),
    Hostile("nul bytes in text", _file("nul.txt", b"A\x00B\x00\x00 " + STORY.encode() + b"\x00"), 1),
    Hostile("nul escapes in json", _file("nul.jsonl", _jsonl({"id": "a", "text": "x\u0000y " + STORY})), 1),
    Hostile("binary file named .txt", _file("image.txt", _binary), 1),
    Hostile("truncated .jsonl.gz", _file("cut.jsonl.gz", lambda: _truncated(gzip.compress)), -1, skips=1),
    Hostile(
        "truncated .jsonl.zst",
        _file("cut.jsonl.zst", lambda: _truncated(lambda b: zstandard.ZstdCompressor().compress(b))),
        -1,
        skips=1,
    ),
    Hostile("garbage named .gz", _file("junk.txt.gz", b"not gzip at all"), 0, skips=1),
    Hostile("empty file", _file("empty.txt", b""), 0, skips=1),
    Hostile("whitespace-only jsonl", _file("blank.jsonl", b"\n  \n\t\n"), 0, skips=1),
    Hostile("empty directory", _empty_dir, 0),
    Hostile(
        "json values that are not objects",
        _file(
            "values.jsonl", _jsonl({"id": "ok", "text": STORY}, b"[1, 2]", b'"text"', b"3", b"null", b"true")
        ),
        1,
        skips=5,
    ),
    Hostile(
        "missing, null, number and list text",
        _file(
            "fields.jsonl",
            _jsonl(
                {"id": "none", "text": None},
                {"id": "missing", "body": STORY},
                {"id": "number", "text": 42},
                {"id": "list", "text": ["a"]},
                {"id": "object", "text": {"a": 1}},
                {"id": "good", "text": STORY},
            ),
        ),
        2,  # null text is an empty document (docs/schema.md); the others are named errors
        skips=4,
    ),
    Hostile(
        "odd ids",
        _file(
            "ids.jsonl",
            _jsonl({"id": 7, "text": STORY}, {"id": None, "text": STORY}, {"id": {"x": 1}, "text": "y"}),
        ),
        3,
    ),
    Hostile(
        "broken json line in the middle",
        _file("broken.jsonl", _jsonl({"id": "a", "text": STORY}, b"{oops", {"id": "b", "text": STORY})),
        2,
        skips=1,
    ),
    Hostile(
        "json array with a non-object",
        _file("array.json", b'[{"id": "a", "text": "x"}, 5, {"id": "b", "text": "y"}]'),
        2,
        skips=1,
    ),
    Hostile(
        "csv with a ragged row",
        _file("rows.csv", b'id,text\na,"one, two"\nb,x,extra\nc,"unterminated\n'),
        2,
        skips=1,
    ),
    Hostile("5 MB single line (txt)", _file("line.txt", lambda: long_line(5)), 1, heavy=True),
    Hostile(
        "5 MB single line (jsonl)",
        _file("line.jsonl", lambda: _jsonl({"id": "a", "text": long_line(5).decode()})),
        1,
        heavy=True,
    ),
    Hostile("100,000 nested divs", _file("nested.html", lambda: _nested_divs(100_000)), 1, heavy=True),
    Hostile("unclosed tags", _file("unclosed.html", _unclosed), 1),
    Hostile("entity storm", _file("entities.html", _entity_storm), 1, heavy=True),
    Hostile("10,000 quote marks in a row", _file("quotes.txt", (STORY + QUOTES_ONLY + STORY).encode()), 1),
    Hostile("only quote marks", _file("only_quotes.txt", QUOTES_ONLY.encode()), 1),
    Hostile(
        "only curly quotes", _file("curly.txt", ("\u201c\u201d\u2018\u2019\u00ab\u00bb" * 2_000).encode()), 1
    ),
]
