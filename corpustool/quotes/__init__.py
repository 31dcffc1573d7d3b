"""Quotation and speaker extraction: who said what, with the person's full name.

``extract_quotes(text)`` returns the quotes of one article; ``quote_records(records)`` adds them
to every record as ``record["quotes"]`` (a list, ``[]`` when none). Pure-Python rules and the
word lists in ``lexicon/``; see docs/quotes.md for how decisions are made.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from corpustool.quotes.extract import DEFAULT_TYPES, QUOTE_KEYS, QUOTE_TYPES, extract_quotes, normalise_types
from corpustool.records import Record

__all__ = [
    "DEFAULT_TYPES",
    "QUOTE_KEYS",
    "QUOTE_TYPES",
    "extract_quotes",
    "normalise_types",
    "quote_records",
]


def quote_records(records: Iterable[Record], *, types=DEFAULT_TYPES) -> Iterator[Record]:
    """Set ``record["quotes"]`` on every record (streaming, one record at a time)."""
    wanted = normalise_types(types)
    for record in records:
        text = record.get("text")
        record["quotes"] = extract_quotes(text, types=wanted) if isinstance(text, str) else []
        yield record
