"""Article-body extraction from plain-text and HTML scrapes (engine: issue 3)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from corpustool.records import HTML_FIELD, Record


def clean_records(records: Iterable[Record], *, explain: bool = False) -> Iterator[Record]:
    """Pass records through; HTML is rendered to text until the cleaning engine lands."""
    from corpustool.io.html_text import html_to_text

    for record in records:
        html = record.pop(HTML_FIELD, None)
        if html is not None and not record["text"]:
            record["text"] = html_to_text(html)
        record["clean"] = {"removed": [] if explain else None}
        yield record
