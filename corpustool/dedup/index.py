"""Incremental dedup: a SQLite file of every kept document's fingerprint (stdlib sqlite3).

``dedup_records(..., index_path=P)`` loads the index, deduplicates the new records against it
(indexed documents are fixed centres and always the kept copy), then adds the new keepers.
A record whose id is already indexed is reported as already seen and not added again, so running
the same input twice changes nothing. Only fingerprints are stored (about 1.5 KB per document),
never texts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing

import numpy as np

from corpustool.dedup.features import Fingerprint
from corpustool.dedup.shingles import ANCHOR_CHARS, ANCHOR_RATE, SAMPLE_RATE, SHINGLE_CHARS
from corpustool.errors import CorpustoolError

# Fingerprints are only comparable when made the same way; a different setting is refused.
_FORMAT = f"char{SHINGLE_CHARS}-sample{SAMPLE_RATE}-anchor{ANCHOR_CHARS}-{ANCHOR_RATE}-v3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    id TEXT PRIMARY KEY, length INTEGER NOT NULL, sig BLOB NOT NULL, lead BLOB NOT NULL,
    head BLOB NOT NULL, anchors BLOB NOT NULL
);
"""


class IndexFormatError(CorpustoolError, ValueError):
    """The index was written with other fingerprint settings."""


def _connect(path: str) -> sqlite3.Connection:
    con = sqlite3.connect(path)
    con.executescript(_SCHEMA)
    row = con.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    if row is None:
        con.execute("INSERT INTO meta VALUES ('format', ?)", (_FORMAT,))
        con.commit()
    elif row[0] != _FORMAT:
        con.close()
        raise IndexFormatError(f"{path}: index format {row[0]!r}, this version writes {_FORMAT!r}")
    return con


def load_index(path: str) -> tuple[list[str], list[Fingerprint]]:
    """Ids and fingerprints of every indexed document, in insertion order."""
    ids: list[str] = []
    fps: list[Fingerprint] = []
    with closing(_connect(path)) as con:
        rows = con.execute("SELECT id, length, sig, lead, head, anchors FROM docs ORDER BY rowid")
        for doc_id, length, sig, lead, head, anchors in rows:
            ids.append(doc_id)
            fps.append(Fingerprint(_array(sig), _array(lead), _array(head), _array(anchors), int(length)))
    return ids, fps


def _array(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def _blob(values: np.ndarray) -> bytes:
    return values.astype("<u4").tobytes()


def add_to_index(path: str, rows: Iterable[tuple[str, Fingerprint]]) -> int:
    """Insert new keepers (ids already present are left alone); returns how many were added."""
    with closing(_connect(path)) as con, con:
        before = con.total_changes
        con.executemany(
            "INSERT OR IGNORE INTO docs (id, length, sig, lead, head, anchors) VALUES (?, ?, ?, ?, ?, ?)",
            ((doc_id, fp.length, _blob(fp.sig), _blob(fp.lead), _blob(fp.head), _blob(fp.anchors))
             for doc_id, fp in rows),
        )
        return con.total_changes - before
