"""Incremental dedup: a SQLite file of every kept document's fingerprint (stdlib sqlite3).

``dedup_records(..., index_path=P)`` loads the index, deduplicates the new records against it
(indexed documents are fixed centres and always the kept copy), writes the output, then adds the
new keepers. A record whose id is already indexed is reported as already seen and not added
again, so running the same input twice changes nothing. Only fingerprints are stored (about
1.5 KB per document), never texts.

Adding is two steps so that an interrupted run can simply be rerun: the run *stages* its new
keepers (``pending`` table, replacing whatever an earlier interrupted run staged) and they are
*committed* into ``docs`` in one transaction only once the output is complete (the CLI commits
after its output file is in place). A kill before the commit leaves the index as it was; a kill
after it leaves the complete output and index. Either way a rerun ends in the same state as one
uninterrupted run.
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

_COLUMNS = "id, length, sig, lead, head, anchors"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    id TEXT PRIMARY KEY, length INTEGER NOT NULL, sig BLOB NOT NULL, lead BLOB NOT NULL,
    head BLOB NOT NULL, anchors BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS pending (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, length INTEGER NOT NULL, sig BLOB NOT NULL,
    lead BLOB NOT NULL, head BLOB NOT NULL, anchors BLOB NOT NULL
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
    """Ids and fingerprints of every indexed document, in insertion order (staged ones excluded)."""
    ids: list[str] = []
    fps: list[Fingerprint] = []
    with closing(_connect(path)) as con:
        rows = con.execute(f"SELECT {_COLUMNS} FROM docs ORDER BY rowid")
        for doc_id, length, sig, lead, head, anchors in rows:
            ids.append(doc_id)
            fps.append(Fingerprint(_array(sig), _array(lead), _array(head), _array(anchors), int(length)))
    return ids, fps


def _array(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def _blob(values: np.ndarray) -> bytes:
    return np.asarray(values).astype("<u4").tobytes()


def stage_keepers(path: str, rows: Iterable[tuple[str, Fingerprint]]) -> int:
    """Replace the staged keepers with ``rows`` (one transaction); returns how many were staged."""
    with closing(_connect(path)) as con, con:
        con.execute("DELETE FROM pending")
        before = con.total_changes
        con.executemany(
            f"INSERT INTO pending ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            ((doc_id, fp.length, _blob(fp.sig), _blob(fp.lead), _blob(fp.head), _blob(fp.anchors))
             for doc_id, fp in rows),
        )
        return con.total_changes - before


def commit_index(path: str) -> int:
    """Publish the staged keepers (ids already present are left alone) in one transaction;
    returns how many were added."""
    with closing(_connect(path)) as con, con:
        before = con.total_changes
        con.execute(f"INSERT OR IGNORE INTO docs ({_COLUMNS}) SELECT {_COLUMNS} FROM pending ORDER BY seq")
        added = con.total_changes - before
        con.execute("DELETE FROM pending")
        return added

