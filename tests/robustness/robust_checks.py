"""Invariants every stage keeps on any input, shared by the robustness tests and the fuzz harnesses.

Each check raises AssertionError with the offending value, so a fuzz crash or a failing test says
which promise broke. They test promises the docs make (docs/schema.md, docs/clean.md,
docs/quotes.md), not the current output.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import orjson

from corpustool.records import METADATA_DEFAULTS, TOP_LEVEL

_SPACE = re.compile(r"\s+")
_INVISIBLE = {"Cc", "Cf", "Cn", "Co", "Cs"}  # control, format (zero-width, BOM), unassigned, private


def check_record(record: dict[str, Any]) -> None:
    """A record as every stage must hand it on: all top-level keys, a str id and text, metadata defaults."""
    assert isinstance(record, dict), type(record)
    missing = [key for key in TOP_LEVEL if key not in record]
    assert not missing, f"record lacks {missing}"
    assert isinstance(record["id"], str) and record["id"], record["id"]
    assert isinstance(record["text"], str), type(record["text"])
    assert isinstance(record["metadata"], dict), record["metadata"]
    assert set(METADATA_DEFAULTS) <= set(record["metadata"]), record["metadata"].keys()


def check_jsonl_roundtrip(record: dict[str, Any]) -> None:
    """What the writer emits, a reader gets back unchanged (no lone surrogates, no lossy types)."""
    line = orjson.dumps(record)
    assert b"\n" not in line, "a JSONL line must not contain a raw newline"
    assert orjson.loads(line) == record


def check_one_line(message: str) -> None:
    """Errors are shown as one line: a newline would break `file:line: what` parsing and logs."""
    assert message and "\n" not in message and "\r" not in message, repr(message)


def visible(text: str) -> str:
    """The characters a reader sees, without spacing: whitespace and "other" characters (control,
    zero-width, unassigned) gone.

    ``clean`` normalises spacing (joins wrapped lines, "« Nous" -> "«Nous"), Unicode forms (NFC) and
    drops invisible characters before listing a line; the words and punctuation must still be the
    input's.
    """
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in _SPACE.sub("", text) if unicodedata.category(ch) not in _INVISIBLE)


def check_clean_result(source: str, result: Any, *, explain: bool, text_path: bool) -> None:
    """``clean``'s accounting: every input line is kept or removed with a reason, none vanish.

    With ``explain`` the listed lines are, in order, the kept paragraphs of the output and, on the
    text path, pieces of the input (clean never invents a line).
    """
    assert isinstance(result.text, str)
    removed = sum(row["count"] for row in result.removed_by_reason)
    assert result.lines_kept + removed == result.lines_in, (result.lines_kept, removed, result.lines_in)
    assert all(row["count"] > 0 and row["reason"] for row in result.removed_by_reason), (
        result.removed_by_reason
    )
    assert result.block()["chars_out"] == len(result.text)
    if not explain:
        assert result.removed == []
        return
    assert len(result.removed) == result.lines_in, (len(result.removed), result.lines_in)
    kept = [row["text"] for row in result.removed if row["reason"] is None]
    assert "\n\n".join(kept) == result.text
    if text_path:
        check_in_order([row["text"] for row in result.removed], source)


def check_in_order(pieces: list[str], source: str) -> None:
    """Every piece occurs in ``source`` (in visible form), each after the start of the previous one."""
    haystack = visible(source)
    position = 0
    for piece in pieces:
        needle = visible(piece)
        found = haystack.find(needle, position)
        assert found >= 0, f"listed line not in the input (or out of order): {needle[:120]!r}"
        position = found


def check_quotes(text: str, quotes: list[dict[str, Any]]) -> None:
    """Every offset a quote carries indexes the text it claims (docs/quotes.md)."""
    assert isinstance(quotes, list)
    for quote in quotes:
        start, end = quote["start"], quote["end"]
        assert 0 <= start < end <= len(text), (start, end, len(text))
        assert text[start:end] == quote["text"], (text[start:end], quote["text"])
        for name in ("speaker", "cue"):
            value, s, e = quote[name], quote[f"{name}_start"], quote[f"{name}_end"]
            if value is None or s is None:
                continue
            assert 0 <= s < e <= len(text), (name, s, e, len(text))
            assert text[s:e] == value, (name, text[s:e], value)
