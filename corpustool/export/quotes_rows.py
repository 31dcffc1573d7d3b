"""``--quotes``: one flat row per quote, the shape spreadsheets and SQL want."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from corpustool.export.schema import QUOTE_SPEC, Spec, conform

QUOTE_ROW_SPEC: dict[str, Spec] = {
    "doc_id": "str",
    "quote": "str",
    "type": "str",
    "speaker_name": "str",
    "speaker_title": "str",
    "speaker_kind": "str",
    "cue": "str",
    "start": "int",
    "end": "int",
    "source": "str",
    "created": "str",
}
QUOTE_COLUMNS = tuple(QUOTE_ROW_SPEC)


def quote_rows(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Flatten each record's ``quotes`` list; records without quotes yield nothing."""
    for record in records:
        quotes = record.get("quotes")
        if not isinstance(quotes, list):
            continue
        for raw in quotes:
            quote = conform(raw, QUOTE_SPEC, keep_extra=False)
            if quote is None:
                continue
            yield conform(
                {
                    "doc_id": record.get("id"),
                    "quote": quote["text"],
                    "type": quote["type"],
                    "speaker_name": quote["speaker_name"],
                    "speaker_title": quote["speaker_title"],
                    "speaker_kind": quote["speaker_kind"],
                    "cue": quote["cue"],
                    "start": quote["start"],
                    "end": quote["end"],
                    "source": record.get("source"),
                    "created": record.get("created"),
                },
                QUOTE_ROW_SPEC,
            )
