"""The declared shape of an exported record, and the one function that makes rows fit it.

Arrow-based readers (DuckDB, pyarrow, HF datasets, parquet) infer a column's type from the rows
they see first and reject a later row whose type differs. Stages promise stable types, but the
exporter is the last line of defence: :func:`conform` fills missing keys with null, coerces
numbers to their declared kind and never raises. The same spec builds the parquet schema and
:func:`arrow_schema` (an explicit schema for ``pyarrow.json.read_json``).

A spec is ``"str" | "int" | "float" | "bool" | [spec] | {key: spec}``.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

Spec = str | list | dict

QUOTE_SPEC: dict[str, Spec] = {
    "text": "str",
    "start": "int",
    "end": "int",
    "type": "str",
    "speaker": "str",
    "speaker_start": "int",
    "speaker_end": "int",
    "speaker_name": "str",
    "speaker_title": "str",
    "speaker_kind": "str",
    "cue": "str",
    "cue_start": "int",
    "cue_end": "int",
}

RECORD_SPEC: dict[str, Spec] = {
    "id": "str",
    "text": "str",
    "source": "str",
    "added": "str",
    "created": "str",
    "metadata": {
        "path": "str",
        "url": "str",
        "title": "str",
        "byline": "str",
        "dateline": {"place": "str", "date": "str", "agency": "str"},
        "lang": "str",
        "format": "str",
    },
    "clean": {
        "chars_in": "int",
        "chars_out": "int",
        "lines_in": "int",
        "lines_kept": "int",
        "removed_by_reason": [{"reason": "str", "count": "int"}],
        "removed": [{"text": "str", "reason": "str"}],
    },
    "dedup": {"cluster": "str", "keep": "bool", "duplicate_of": "str", "similarity": "float"},
    "quotes": [QUOTE_SPEC],
}

# Never exported: raw markup only `clean` needs.
TRANSIENT = frozenset({"html"})


def conform(value: Any, spec: Spec, *, keep_extra: bool = True) -> Any:
    """``value`` reshaped to ``spec``: null when absent or unusable, numbers coerced.

    Keys a struct spec does not know are kept as they are (``keep_extra``) so user metadata
    survives; they are the caller's to keep stable.
    """
    if value is None:
        return None
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return None
        out = {key: conform(value.get(key), sub, keep_extra=keep_extra) for key, sub in spec.items()}
        if keep_extra:
            for key, item in value.items():
                if key not in spec:
                    out[key] = _encodable(item)
        return out
    if isinstance(spec, list):
        if not isinstance(value, (list, tuple)):
            return None
        return [conform(item, spec[0], keep_extra=keep_extra) for item in value]
    return _scalar(value, spec)


def _scalar(value: Any, kind: str) -> Any:
    if kind == "str":
        if isinstance(value, str):
            return value if value.isascii() else _utf8_safe(value)
        if isinstance(value, (dict, list)):
            try:
                return orjson.dumps(_encodable(value), option=orjson.OPT_NON_STR_KEYS).decode()
            except TypeError:
                return _utf8_safe(str(value))
        return _utf8_safe(str(value))
    if kind == "bool":
        return value if isinstance(value, bool) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if kind == "int":
        return int(value) if value == value and abs(value) != float("inf") else None
    return float(value)


# Lone surrogates (from careless decoding upstream) cannot be written as UTF-8 by any format.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8_safe(text: str) -> str:
    """Replace lone surrogates one-for-one with U+FFFD, so quote offsets stay right."""
    return _SURROGATE.sub("\ufffd", text)


def _encodable(value: Any) -> Any:
    """Any JSON value with its strings made UTF-8 safe and its keys strings (as JSON has them)."""
    if isinstance(value, str):
        return value if value.isascii() else _utf8_safe(value)
    if isinstance(value, dict):
        return {_encodable(str(k)): _encodable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_encodable(v) for v in value]
    return value


def conform_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record with every declared key in a fixed order; stage blocks that never ran are null."""
    out = conform(record, RECORD_SPEC)
    for key in TRANSIENT:
        out.pop(key, None)
    if out["metadata"] is None:
        out["metadata"] = conform({}, RECORD_SPEC["metadata"])
    return out


def spec_at(spec: Spec, path: str) -> Spec | None:
    """The spec of a dotted path (``metadata.title``), or None when it is not declared."""
    for part in path.split("."):
        if not isinstance(spec, dict) or part not in spec:
            return None
        spec = spec[part]
    return spec


def arrow_type(spec: Spec):  # -> pyarrow.DataType
    """The Arrow type for a spec (pyarrow imported lazily: it is an optional extra)."""
    pa = require_pyarrow()
    if isinstance(spec, dict):
        return pa.struct([pa.field(key, arrow_type(sub)) for key, sub in spec.items()])
    if isinstance(spec, list):
        return pa.list_(arrow_type(spec[0]))
    return {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}[spec]


def arrow_schema(spec: dict[str, Spec] | None = None):  # -> pyarrow.Schema
    """Explicit schema of exported records, e.g. for ``pyarrow.json.read_json(parse_options=...)``.

    Needed by pyarrow when a whole first read block has ``"quotes": []`` (pyarrow cannot widen
    an inferred ``list<null>`` to ``list<struct>`` across blocks).
    """
    pa = require_pyarrow()
    spec = RECORD_SPEC if spec is None else spec
    return pa.schema([pa.field(key, arrow_type(sub)) for key, sub in spec.items()])


def require_pyarrow():
    """Import pyarrow or explain which extra provides it."""
    try:
        import pyarrow
    except ImportError:
        from corpustool.errors import MissingExtraError

        raise MissingExtraError("pyarrow", "parquet") from None
    return pyarrow
