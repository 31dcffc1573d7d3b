"""Sharded runs from Python (``map_sharded``, ``dedup_sharded``) give the CLI's output, with no CLI.

The library runs use a real process pool (``LocalEngine(workers=2)``) and small shards, so every
shard is read, processed and written by a task in another process; the Dask cluster case is in
tests/test_dask_engine.py. Outputs are compared with the CLI's stdout byte for byte (``added`` is
pinned through ReadOptions where the CLI stamps the run's time).
"""

from __future__ import annotations

import gzip
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
import zstandard

from corpustool.accounting import RunReport
from corpustool.clean import clean_records
from corpustool.dedup.sharded import dedup_sharded
from corpustool.engine import LocalEngine
from corpustool.engine.sharded import InputFiles, RecordStream, map_sharded
from corpustool.engine.shards import ReadSpec, spool_sources
from corpustool.errors import InputError
from corpustool.io import read_records
from corpustool.io.formats import ReadOptions
from corpustool.io.sources import expand_inputs
from corpustool.quotes import quote_records

STAMP = "2026-01-01T00:00:00Z"


def cli(*args: str) -> bytes:
    return subprocess.run([sys.executable, "-m", "corpustool", *args], capture_output=True, check=True,
                          timeout=300).stdout


@pytest.fixture
def pool(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalEngine]:
    monkeypatch.setenv("CORPUSTOOL_SHARD_RECORDS", "3")  # many shards, so many tasks and parts
    engine = LocalEngine(workers=2)
    yield engine
    engine.close()


def test_clean_from_python_into_a_directory_equals_the_cli(examples_dir: Path, pool: LocalEngine,
                                                           tmp_path: Path) -> None:
    def unstamped(data: bytes) -> list[dict]:
        return [{k: v for k, v in orjson.loads(line).items() if k != "added"} for line in data.splitlines()]

    expected = cli("clean", str(examples_dir))
    inputs = InputFiles([str(examples_dir)], ReadOptions(keep_html=True))
    work = tmp_path / "w"
    report = map_sharded(clean_records, inputs, f"{tmp_path}/parts/", engine=pool, work_dir=str(work))
    parts = sorted((tmp_path / "parts").glob("part-*.jsonl.gz"))
    assert len(parts) > 3  # one part per shard of 3 records
    assert unstamped(b"".join(gzip.decompress(p.read_bytes()) for p in parts)) == unstamped(expected)
    assert report.records_in == report.records_out == expected.count(b"\n") >= 10
    assert not list(work.iterdir())  # the run's work folder is gone


def test_quotes_over_a_record_stream_into_a_file_equals_the_cli(examples_dir: Path, pool: LocalEngine,
                                                               tmp_path: Path) -> None:
    source = tmp_path / "clean.jsonl"
    source.write_bytes(cli("clean", str(examples_dir)))
    expected = cli("quotes", str(source))
    report = RunReport()
    stream = RecordStream(read_records([str(source)], report=report))  # the reader counts into report
    map_sharded(quote_records, stream, str(tmp_path / "quoted.jsonl.zst"), engine=pool, report=report)
    got = zstandard.ZstdDecompressor().stream_reader((tmp_path / "quoted.jsonl.zst").read_bytes()).read()
    assert got == expected and any(orjson.loads(line)["quotes"] for line in got.splitlines())
    assert report.records_in == report.records_out == expected.count(b"\n")


def test_bad_rows_and_missing_paths_are_skipped_and_listed(pool: LocalEngine, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Harbor ferries resume."}\n{broken\n{"id": "b", "text": "x"}\n')
    inputs = InputFiles([str(tmp_path / "gone.jsonl"), str(path)], on_error="skip")
    report = map_sharded(quote_records, inputs, str(tmp_path / "out.jsonl"), engine=pool)
    assert [e.where for e in report.skipped] == [f"{tmp_path}/gone.jsonl", f"{path}:2"]
    assert (report.records_in, report.records_out) == (2, 2) and report.partial
    with pytest.raises(InputError, match=f"^{path}:2: invalid JSON"):
        map_sharded(quote_records, InputFiles([str(path)]), str(tmp_path / "out.jsonl"), engine=pool)


def test_a_bad_row_in_a_worker_process_reaches_the_caller_with_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Harbor ferries resume."}\n{broken\n')
    engine = LocalEngine(workers=2)  # a real process pool: the error is pickled on its way back
    try:
        sources = list(expand_inputs([str(path)]))
        task = engine.submit(spool_sources, sources, ReadSpec(ReadOptions()), str(tmp_path), 0)
        with pytest.raises(InputError) as info:
            task.result()
    finally:
        engine.close()
    assert (info.value.source, info.value.line) == (str(path), 2)
    assert str(info.value).startswith(f"{path}:2: invalid JSON")


def test_dedup_from_python_with_an_index_equals_the_cli(bench_dir: Path, pool: LocalEngine,
                                                       tmp_path: Path) -> None:
    with gzip.open(bench_dir / "dedup" / "corpus_small.jsonl.gz", "rb") as f:
        rows = [orjson.loads(line) for _, line in zip(range(600), f, strict=False)]
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    for path, part in ((old, rows[:300]), (new, rows[300:])):
        path.write_bytes(b"".join(orjson.dumps({**r, "added": STAMP}) + b"\n" for r in part))

    def index_rows(index: Path) -> list[tuple]:
        with sqlite3.connect(index) as con:
            return con.execute("SELECT * FROM docs ORDER BY rowid").fetchall()

    by_cli, by_python = tmp_path / "cli.db", tmp_path / "python.db"
    clusters = ["--clusters", str(tmp_path / "c.jsonl")]
    expected = (cli("dedup", str(old), "--index", str(by_cli)),
                cli("dedup", str(new), "--index", str(by_cli), "--mark", *clusters))
    first, _ = dedup_sharded(InputFiles([str(old)]), str(tmp_path / "1.jsonl"), engine=pool,
                             index_path=str(by_python))
    second, stats = dedup_sharded(InputFiles([str(new)]), str(tmp_path / "2.jsonl"), engine=pool, mark=True,
                                  index_path=str(by_python), clusters_path=str(tmp_path / "p.jsonl"))
    assert ((tmp_path / "1.jsonl").read_bytes(), (tmp_path / "2.jsonl").read_bytes()) == expected
    assert (tmp_path / "p.jsonl").read_bytes() == (tmp_path / "c.jsonl").read_bytes()
    assert index_rows(by_python) == index_rows(by_cli)
    assert first.dropped["duplicate"] == 300 - first.records_out > 20  # copies within the old half
    assert second.records_out == 300 and stats.already_indexed == 0 and stats.duplicates > 20
    assert stats.indexed_added == stats.indexed_staged == len(index_rows(by_cli)) - first.records_out
    assert second.notes == [stats.summary()]
