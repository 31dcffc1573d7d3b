"""The one record type that flows between stages, and the rules that keep it loadable.

A record is a plain ``dict`` (cheap to build, orjson-serialisable, the same in Python and in
a shell pipe). Top level follows dolma: ``id, text, source, added, created, metadata``; each
stage adds one block of its own (``clean``, ``dedup``, ``quotes``). Types never vary between
rows: unknown values are ``None``, empty collections are ``[]``/``{}``, never a missing key.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any

Record = dict[str, Any]

TOP_LEVEL = ("id", "text", "source", "added", "created", "metadata")
STAGE_BLOCKS = ("clean", "dedup", "quotes")
# Transient field: raw markup kept for `clean` when a reader is asked to keep HTML.
HTML_FIELD = "html"
KNOWN_FIELDS = frozenset((*TOP_LEVEL, *STAGE_BLOCKS, HTML_FIELD))

# Metadata keys every record carries (null when unknown), so columns stay stable.
METADATA_DEFAULTS: dict[str, Any] = {
    "path": None,
    "url": None,
    "title": None,
    "byline": None,
    "dateline": None,
    "lang": None,
    "format": None,
}


def now_iso() -> str:
    """UTC timestamp with second precision: what dolma's ``added`` expects."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def content_id(text: str) -> str:
    """Stable id from content alone: the last resort when a source gives no name."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def make_record(
    text: str,
    *,
    id: str | None = None,
    source: str | None = None,
    created: str | None = None,
    added: str | None = None,
    metadata: dict[str, Any] | None = None,
    html: str | None = None,
) -> Record:
    """Build a record with every top-level key present and metadata defaults filled in."""
    meta = dict(METADATA_DEFAULTS)
    if metadata:
        meta.update(metadata)
    record: Record = {
        "id": id if id is not None else content_id(html if html is not None and not text else text),
        "text": text,
        "source": source,
        "added": added or now_iso(),
        "created": created,
        "metadata": meta,
    }
    if html is not None:
        record[HTML_FIELD] = html
    return record


def normalize_record(
    raw: dict[str, Any], *, text_field: str = "text", id_field: str = "id", added: str | None = None
) -> Record:
    """Turn any JSON object into a record: known keys stay on top, others move under metadata.

    Records written by corpustool itself pass through unchanged (apart from filling defaults),
    so stages can be chained through a pipe without the schema drifting. ``added`` stamps rows
    that do not carry their own.
    """
    if text_field not in raw:
        raise KeyError(text_field)
    text = raw[text_field]
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise TypeError(f"field {text_field!r} is {type(text).__name__}, expected a string")
    metadata = dict(raw.get("metadata") or {}) if isinstance(raw.get("metadata"), dict) else {}
    skip = {text_field, id_field, "metadata"}
    for key, value in raw.items():
        if key in skip or key in KNOWN_FIELDS:
            continue
        metadata.setdefault(key, value)
    rid = raw.get(id_field)
    # A blank id (an empty CSV cell, "id": "") names nothing: the content hash stands in, as for none.
    rid = str(rid) if rid is not None and str(rid).strip() else None
    record = make_record(
        text,
        id=rid,
        source=_str_or_none(raw.get("source")),
        created=_str_or_none(raw.get("created")),
        added=_str_or_none(raw.get("added")) or added,
        metadata=metadata,
        html=raw.get(HTML_FIELD) if isinstance(raw.get(HTML_FIELD), str) else None,
    )
    for block in STAGE_BLOCKS:
        if block in raw:
            record[block] = raw[block]
    return record


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
