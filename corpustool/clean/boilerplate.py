"""Corpus-learned boilerplate: lines that recur across many documents of one source.

A line no rule knows ("Sportsnet reserves the right to ...", a site's tagline) is still junk
when it appears, word for word, in a large share of one source's documents. ``learn_profile``
counts each normalised line once per document, per source (the record's ``source``, else the
URL's host, else the directory of ``metadata.path``); a line is boilerplate for that source when
it occurs in at least ``min_docs`` documents and in at least ``min_share`` of that source's
documents. Real sentences recur that often only when they are furniture.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from corpustool.records import HTML_FIELD, Record

LEARNED = "learned-boilerplate"
ANY_SOURCE = "*"
MAX_LINE_CHARS = 300
PROSE_WORDS = 8  # lines this long (prose, not menu items) make up a document's fingerprint


@dataclass
class BoilerplateProfile:
    """Boilerplate line keys per source, learned from a corpus; JSON on disk."""

    min_docs: int = 3
    min_share: float = 0.2
    sources: dict[str, list[str]] = field(default_factory=dict)
    docs: dict[str, int] = field(default_factory=dict)

    def lines_for(self, source_key: str | None) -> frozenset[str]:
        """Boilerplate keys for one source (plus those learned across all sources)."""
        cache = self.__dict__.setdefault("_cache", {})
        name = source_key or ANY_SOURCE
        if name not in cache:
            cache[name] = frozenset(self.sources.get(name, ())) | frozenset(self.sources.get(ANY_SOURCE, ()))
        return cache[name]

    def save(self, path: str | Path) -> None:
        """Write the profile as JSON (sorted, so the same corpus gives the same file)."""
        data = {
            "version": 1,
            "min_docs": self.min_docs,
            "min_share": self.min_share,
            "docs": dict(sorted(self.docs.items())),
            "sources": {k: sorted(v) for k, v in sorted(self.sources.items())},
        }
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> BoilerplateProfile:
        """Read a profile written by :meth:`save`."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(
            min_docs=int(data.get("min_docs", 3)),
            min_share=float(data.get("min_share", 0.2)),
            sources={k: list(v) for k, v in data.get("sources", {}).items()},
            docs={k: int(v) for k, v in data.get("docs", {}).items()},
        )


def source_key(record: Record) -> str:
    """Which site a record came from: its source, else its URL host, else its folder."""
    if record.get("source"):
        return str(record["source"])
    meta: dict[str, Any] = record.get("metadata") or {}
    url = meta.get("url")
    if url:
        host = urlsplit(str(url)).hostname
        if host:
            return host.removeprefix("www.")
    path = meta.get("path")
    if path:
        parent = str(Path(str(path)).parent)
        if parent not in {"", "."}:
            return parent
    return ANY_SOURCE


def learn_profile(
    records: Iterable[Record], *, min_docs: int = 3, min_share: float = 0.2
) -> BoilerplateProfile:
    """Count line keys once per document per source; keep those frequent enough to be furniture.

    Copies of one story (a corpus before dedup) would make the story itself look like furniture,
    so a document whose prose lines were all seen together before, in the same source, is not
    counted again. Memory grows with the distinct lines per source (a Counter) and one small
    fingerprint per distinct document, not with the documents' text.
    """
    from corpustool.clean.body import key
    from corpustool.clean.html import html_lines

    counts: dict[str, Counter[str]] = {}
    docs: Counter[str] = Counter()
    seen: dict[str, set[int]] = {}
    for record in records:
        name = source_key(record)
        html = record.get(HTML_FIELD)
        raw = html_lines(html) if isinstance(html, str) else (record.get("text") or "").splitlines()
        keys = {key(line[:MAX_LINE_CHARS]) for line in raw}
        keys.discard("")
        prose = sorted(k for k in keys if k.count(" ") >= PROSE_WORDS - 1)
        if prose:
            fingerprint = hash(tuple(prose))
            if fingerprint in seen.setdefault(name, set()):
                continue
            seen[name].add(fingerprint)
        docs[name] += 1
        counts.setdefault(name, Counter()).update(keys)
    profile = BoilerplateProfile(min_docs=min_docs, min_share=min_share, docs=dict(docs))
    for name, counter in counts.items():
        floor = max(min_docs, min_share * docs[name])
        frequent = [k for k, c in counter.items() if c >= floor]
        if frequent:
            profile.sources[name] = frequent
    return profile
