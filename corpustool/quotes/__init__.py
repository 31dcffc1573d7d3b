"""Quotation and speaker extraction (engine: issue 4)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from corpustool.records import Record


def quote_records(records: Iterable[Record]) -> Iterator[Record]:
    """Attach an (empty) quotes list until the quote engine lands."""
    for record in records:
        record["quotes"] = []
        yield record
