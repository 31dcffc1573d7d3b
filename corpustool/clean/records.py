"""Records in, records out: the stage as the pipeline sees it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from corpustool.clean.boilerplate import BoilerplateProfile, source_key
from corpustool.clean.html import clean_html
from corpustool.clean.result import CleanResult
from corpustool.clean.text import clean_text
from corpustool.records import HTML_FIELD, METADATA_DEFAULTS, Record


def clean_record(
    record: Record, *, explain: bool = False, profile: BoilerplateProfile | None = None
) -> Record:
    """Clean one record in place (HTML when it carries an ``html`` string, else its text) and return it."""
    html = record.pop(HTML_FIELD, None)
    meta = record.get("metadata")
    if not isinstance(meta, dict):
        meta = {}
        record["metadata"] = meta
    for name, default in METADATA_DEFAULTS.items():
        meta.setdefault(name, default)
    pkey = source_key(record) if profile is not None else None
    if isinstance(html, str):
        result = clean_html(html, url=meta.get("url"), profile=profile, explain=explain, profile_key=pkey)
    else:
        title = meta.get("title") if isinstance(meta.get("title"), str) else None
        result = clean_text(record.get("text") or "", profile=profile, explain=explain, profile_key=pkey,
                            title=title)
    _apply(record, meta, result, authoritative_title=isinstance(html, str))
    return record


def _apply(record: Record, meta: dict, result: CleanResult, *, authoritative_title: bool) -> None:
    """Write the result into the record. A page's own og:title/<h1> beats a title the input had; the
    plain-text guess (the line above the lead) only fills a missing one."""
    record["text"] = result.text
    if result.title and (authoritative_title or not meta.get("title")):
        meta["title"] = result.title
    if result.dateline:
        meta["dateline"] = result.dateline
    if result.lang and not meta.get("lang"):
        meta["lang"] = result.lang
    if result.url and not meta.get("url"):
        meta["url"] = result.url
    if result.byline or "byline" not in meta:
        meta["byline"] = result.byline if result.byline else meta.get("byline")
    if result.source:
        record["source"] = result.source
    else:
        record.setdefault("source", None)
    if result.created:
        record["created"] = result.created
    else:
        record.setdefault("created", None)
    record["clean"] = result.block()


def clean_records(
    records: Iterable[Record], *, explain: bool = False, profile: BoilerplateProfile | None = None
) -> Iterator[Record]:
    """Stream records through :func:`clean_record`, one at a time."""
    for record in records:
        yield clean_record(record, explain=explain, profile=profile)
