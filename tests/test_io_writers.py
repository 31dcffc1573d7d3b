"""Writers: compression by extension, atomic replacement, shards."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpustool.io import read_records, write_jsonl
from corpustool.io.writers import shard_path
from corpustool.records import make_record


def _records(n: int):
    return [make_record(f"Paragraph number {i}.", id=f"doc-{i}") for i in range(n)]


@pytest.mark.parametrize("suffix", ["", ".gz", ".zst", ".bz2", ".xz"])
def test_round_trip_through_every_compression(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"out.jsonl{suffix}"
    assert write_jsonl(_records(5), path) == 5
    assert [r["id"] for r in read_records([str(path)])] == [f"doc-{i}" for i in range(5)]


def test_failed_write_leaves_previous_file_and_no_temp(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write_jsonl(_records(2), path)
    before = path.read_bytes()

    def exploding():
        yield from _records(3)
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        write_jsonl(exploding(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_sharding_splits_and_names_files(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl.gz"
    assert write_jsonl(_records(7), path, shard_size=3) == 7
    shards = sorted(p.name for p in tmp_path.iterdir())
    assert shards == ["corpus-00000.jsonl.gz", "corpus-00001.jsonl.gz", "corpus-00002.jsonl.gz"]
    assert [len(list(read_records([str(tmp_path / s)]))) for s in shards] == [3, 3, 1]
    assert shard_path("a/b.jsonl", 12).as_posix() == "a/b-00012.jsonl"


def test_atomic_output_gets_the_usual_file_mode(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write_jsonl(_records(1), path)
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


class _Stop(Exception):
    pass


def test_a_signal_while_the_temporary_file_is_made_strands_no_file(tmp_path: Path, monkeypatch) -> None:
    # SIGTERM arriving while the temporary file is being created (made, its descriptor not yet
    # returned) is raised where the writer already knows the name to remove
    import signal

    from corpustool.io import writers

    real = os.open

    def open_then_signal(*args, **kwargs):
        made = real(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGTERM)
        return made

    def stop(_signum, _frame):
        raise _Stop

    monkeypatch.setattr(writers.os, "open", open_then_signal)
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with pytest.raises(_Stop), writers.open_output(tmp_path / "out.jsonl") as sink:
            sink.write(b"{}\n")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert list(tmp_path.iterdir()) == []
