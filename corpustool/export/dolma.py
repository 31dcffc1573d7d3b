"""dolma layout: gzipped documents plus attribute files the dolma mixer can filter on.

``out/documents/part-00000.jsonl.gz`` holds ``{id, text, source, added, created, metadata}``;
``out/attributes/<name>/part-00000.jsonl.gz`` holds, row for row in the same order,
``{"id", "source", "attributes": {"<name>__<attr>": [[start, end, score], ...]}}`` (dolma's
attribute format: spans over the text; a document-level flag is one span over the whole text).
Every row carries every attribute key ([] when there is no span), so types never vary.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from corpustool.io.sharding import shards
from corpustool.io.writers import dumps, open_output

Span = list  # [start, end, score]

QUOTES = "corpustool_quotes"
DEDUP = "corpustool_dedup"
CLEAN = "corpustool_clean"
# dolma's `source` is mandatory; records whose source is unknown get this one.
UNKNOWN_SOURCE = "unknown"


def document(record: dict[str, Any]) -> dict[str, Any]:
    """The dolma document row: the record's top level only (stage blocks go to attributes)."""
    return {
        "id": record["id"],
        "text": record["text"] or "",
        "source": record["source"] or UNKNOWN_SOURCE,
        "added": record["added"],
        "created": record["created"],
        "metadata": record["metadata"],
    }


def quote_attributes(record: dict[str, Any]) -> dict[str, list[Span]]:
    """Quote spans, attributed quote spans and speaker mention spans (score 1.0)."""
    quotes = [q for q in record.get("quotes") or [] if _valid(q.get("start"), q.get("end"))]
    return {
        f"{QUOTES}__quote": [[q["start"], q["end"], 1.0] for q in quotes],
        f"{QUOTES}__attributed_quote": [[q["start"], q["end"], 1.0] for q in quotes if q.get("speaker_name")],
        f"{QUOTES}__speaker": [
            [q["speaker_start"], q["speaker_end"], 1.0]
            for q in quotes
            if _valid(q.get("speaker_start"), q.get("speaker_end"))
        ],
    }


def dedup_attributes(record: dict[str, Any]) -> dict[str, list[Span]]:
    """``duplicate``: one whole-document span scored by similarity when the record is a copy."""
    dedup = record.get("dedup") or {}
    whole = len(record["text"] or "")
    duplicate = dedup.get("keep") is False
    score = dedup.get("similarity")
    span = [0, whole, float(score) if score is not None else 1.0]
    return {f"{DEDUP}__duplicate": [span] if duplicate else []}


def clean_attributes(record: dict[str, Any]) -> dict[str, list[Span]]:
    """``removed_fraction``: share of input characters `clean` removed, as a document-level score."""
    clean = record.get("clean") or {}
    chars_in, chars_out = clean.get("chars_in"), clean.get("chars_out")
    if not chars_in or chars_out is None:
        return {f"{CLEAN}__removed_fraction": []}
    fraction = max(0.0, min(1.0, 1 - chars_out / chars_in))
    return {f"{CLEAN}__removed_fraction": [[0, len(record["text"] or ""), round(fraction, 4)]]}


ATTRIBUTE_SETS: dict[str, Callable[[dict[str, Any]], dict[str, list[Span]]]] = {
    QUOTES: quote_attributes,
    DEDUP: dedup_attributes,
    CLEAN: clean_attributes,
}


def _valid(start: Any, end: Any) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end


def write_dolma(
    records: Iterable[dict[str, Any]], out_dir: str | Path, *, shard_size: int | None
) -> list[Path]:
    """Write conformed records as dolma shards under ``out_dir``; returns the files written."""
    files: list[Path] = []
    for index, rows in enumerate(shards(records, shard_size)):
        files.extend(_write_part(rows, Path(out_dir), f"part-{index:05d}.jsonl.gz"))
    return files


def _write_part(rows: Iterable[dict[str, Any]], out_dir: Path, name: str) -> list[Path]:
    """One documents file and its attribute files, written in a single pass over ``rows``.

    All files of a part are committed together or not at all, so they always line up.
    """
    targets = {"documents": out_dir / "documents" / name}
    targets.update({attr: out_dir / "attributes" / attr / name for attr in ATTRIBUTE_SETS})
    with contextlib.ExitStack() as stack:
        sinks = {}
        for key, path in targets.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            sinks[key] = stack.enter_context(open_output(path))
        for record in rows:
            sinks["documents"].write(dumps(document(record)))
            source = record["source"] or UNKNOWN_SOURCE
            for attr, build in ATTRIBUTE_SETS.items():
                sinks[attr].write(dumps({"id": record["id"], "source": source, "attributes": build(record)}))
    return list(targets.values())
