"""JSON Lines (``.jsonl``/``.ndjson``) and JSON arrays (``.json``): one object per record."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

import orjson

from corpustool.errors import InputError
from corpustool.io.decode import utf8_lines
from corpustool.io.formats import Parsed, ReadOptions
from corpustool.io.html_text import html_to_text
from corpustool.io.sources import Source
from corpustool.records import HTML_FIELD, Record, normalize_record


def parse_jsonl(source: Source, stream: IO[bytes], options: ReadOptions) -> Parsed:
    """Stream a JSONL file line by line; a broken line becomes an InputError for that line."""
    seen_any = False
    for number, line in enumerate(utf8_lines(stream), start=1):
        if not line.strip():
            continue
        seen_any = True
        try:
            obj = _loads(line)
        except orjson.JSONDecodeError as exc:
            yield InputError(f"invalid JSON ({_short(exc)})", source=source.name, line=number)
            continue
        yield to_record(obj, source, number, options)
    if not seen_any and source.path is not None:
        yield InputError("empty file", source=source.name)


def parse_json_array(source: Source, stream: IO[bytes], options: ReadOptions) -> Parsed:
    """A ``.json`` file holding an array of objects (or a single object); read whole."""
    data = stream.read()
    if not data.strip():
        yield InputError("empty file", source=source.name)
        return
    try:
        obj = _loads(data)
    except orjson.JSONDecodeError as exc:
        yield InputError(f"invalid JSON ({_short(exc)})", source=source.name)
        return
    items: Iterable[Any] = obj if isinstance(obj, list) else [obj]
    for index, item in enumerate(items, start=1):
        yield to_record(item, source, index, options, "json")


def _loads(data: bytes) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        # orjson only takes valid UTF-8: retry with bad bytes replaced so one stray byte costs a
        # character, not the record. A real syntax error raises again.
        return orjson.loads(data.decode("utf-8", errors="replace"))


def to_record(
    obj: Any, source: Source, number: int, options: ReadOptions, fmt: str = "jsonl"
) -> Record | InputError:
    """One parsed object (JSON row or CSV row) to a record, or the error that names its line."""
    if not isinstance(obj, dict):
        return InputError(
            f"expected a JSON object, got {type(obj).__name__}", source=source.name, line=number
        )
    if options.html_field:
        html = obj.get(options.html_field)
        if not isinstance(html, str):
            return InputError(
                f"field {options.html_field!r} missing or not a string", source=source.name, line=number
            )
        obj = {k: v for k, v in obj.items() if k != options.html_field}
        obj.setdefault(options.text_field, "")
        if options.keep_html:
            obj[HTML_FIELD] = html
        else:
            obj[options.text_field] = html_to_text(html)
    try:
        record = normalize_record(
            obj, text_field=options.text_field, id_field=options.id_field, added=options.added
        )
    except KeyError:
        return InputError(
            f"no {options.text_field!r} field (choose one with --text-field)", source=source.name, line=number
        )
    except TypeError as exc:
        return InputError(str(exc), source=source.name, line=number)
    if record["metadata"].get("path") is None and source.path is not None:
        record["metadata"]["path"] = source.name
    if record["metadata"].get("format") is None:
        record["metadata"]["format"] = fmt
    return record


def _short(exc: Exception) -> str:
    return str(exc).split(":")[0]
