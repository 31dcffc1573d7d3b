"""`--engine dask` on a real 2-worker LocalCluster gives the local engine's output, byte for byte.

Inputs carry a fixed ``added`` stamp where they can (JSONL), so outputs of separate runs compare
as bytes; raw scrapes (txt/html/warc) get the run's stamp, which is the one field set aside.
Shard sizes differ on purpose between runs: the result must not depend on them.
"""

from __future__ import annotations

import gzip
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from distributed import LocalCluster

from corpustool.dedup.sharded import dedup_sharded
from corpustool.engine.dask_engine import DaskEngine
from corpustool.engine.sharded import InputFiles, map_sharded
from corpustool.errors import EngineSetupError
from corpustool.quotes import quote_records

CLI = [sys.executable, "-m", "corpustool"]
STAMP = "2026-01-01T00:00:00Z"


@pytest.fixture(scope="module")
def scheduler() -> str:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


def run(args: list[str], *, shard_records: int | None = None, stdin: bytes | None = None,
        check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if shard_records:
        env["CORPUSTOOL_SHARD_RECORDS"] = str(shard_records)
    result = subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=300, env=env)
    if check:
        assert result.returncode == 0, result.stderr.decode()
    return result


def dask(scheduler: str, tmp: Path) -> list[str]:
    return ["--engine", "dask", "--scheduler", scheduler, "--work-dir", str(tmp / "work")]


@pytest.fixture(scope="module")
def wire_files(bench_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """900 corpus_small records in three JSONL files (copies of one story across files)."""
    tmp = tmp_path_factory.mktemp("wire")
    with gzip.open(bench_dir / "dedup" / "corpus_small.jsonl.gz", "rb") as f:
        rows = [orjson.loads(line) for _, line in zip(range(900), f, strict=False)]
    paths = []
    for i in range(3):
        path = tmp / f"wire-{i}.jsonl"
        path.write_bytes(b"".join(orjson.dumps({**r, "added": STAMP}) + b"\n" for r in rows[i::3]))
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def local_dedup(wire_files: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """The local engine's marked output and clusters report, one process, one shard."""
    clusters = tmp_path_factory.mktemp("local") / "clusters.jsonl"
    out = run(["dedup", *map(str, wire_files), "--mark", "--clusters", str(clusters), "-j1"]).stdout
    return out, clusters.read_bytes()


def test_dedup_on_dask_equals_local_for_any_workers_and_shards(
        scheduler: str, wire_files: list[Path], local_dedup: tuple[bytes, bytes], tmp_path: Path) -> None:
    inputs = [str(p) for p in wire_files]
    for name, extra in (("local-2", ["-j2"]), ("dask", dask(scheduler, tmp_path))):
        out, clusters = tmp_path / f"{name}.jsonl.gz", tmp_path / f"{name}.clusters.jsonl"
        args = ["dedup", *inputs, "--mark", "--clusters", str(clusters), "-o", str(out), *extra]
        run(args, shard_records=200)
        assert (gzip.decompress(out.read_bytes()), clusters.read_bytes()) == local_dedup, name
    records = [orjson.loads(line) for line in local_dedup[0].splitlines()]
    assert len(records) == 900 and sum(not r["dedup"]["keep"] for r in records) > 100  # real clusters
    assert not list((tmp_path / "work").iterdir())  # the run's work files are gone


def test_dask_writes_a_directory_of_shards_reads_fsspec_urls_and_takes_stdin(
        scheduler: str, wire_files: list[Path], local_dedup: tuple[bytes, bytes], tmp_path: Path) -> None:
    local = local_dedup[0]
    run(["dedup", *map(str, wire_files), "--mark", "-o", f"{tmp_path}/parts/", *dask(scheduler, tmp_path)],
        shard_records=250)
    parts = sorted((tmp_path / "parts").glob("part-*.jsonl.gz"))
    assert len(parts) == 4  # 900 records read by one task: 3 shards of 250, one of 150
    assert b"".join(gzip.decompress(p.read_bytes()) for p in parts) == local

    def without_path(data: bytes) -> tuple[list[dict], list[str | None]]:
        records = [orjson.loads(line) for line in data.splitlines()]
        return records, [r["metadata"].pop("path") for r in records]

    expected, paths = without_path(local)
    url = f"file://{wire_files[0].parent}/wire-*.jsonl"
    remote, urls = without_path(run(["dedup", url, "--mark", *dask(scheduler, tmp_path)]).stdout)
    assert remote == expected and urls == [f"file://{p}" for p in paths]
    piped = b"".join(p.read_bytes() for p in wire_files)
    from_stdin, _ = without_path(run(["dedup", "--mark", *dask(scheduler, tmp_path)], stdin=piped).stdout)
    assert from_stdin == expected


def test_index_on_dask_equals_local(scheduler: str, wire_files: list[Path], tmp_path: Path) -> None:
    rows = {}
    for name, extra in (("local", ["-j2"]), ("dask", dask(scheduler, tmp_path))):
        index = tmp_path / f"{name}.db"
        first = run(["dedup", str(wire_files[0]), "--index", str(index), *extra]).stdout
        second = run(["dedup", str(wire_files[1]), "--index", str(index), "--mark", *extra]).stdout
        with sqlite3.connect(index) as con:
            rows[name] = (first, second, con.execute("SELECT * FROM docs ORDER BY rowid").fetchall())
    assert rows["dask"] == rows["local"]
    assert len(rows["dask"][2]) == rows["dask"][0].count(b"\n") + rows["dask"][1].count(b'"keep":true')


def test_quotes_and_dedup_from_python_on_the_cluster_equal_the_cli(
        scheduler: str, wire_files: list[Path], local_dedup: tuple[bytes, bytes], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORPUSTOOL_SHARD_RECORDS", "200")
    inputs = InputFiles([str(p) for p in wire_files])
    out, clusters, work = tmp_path / "unique.jsonl", tmp_path / "clusters.jsonl", str(tmp_path / "work")
    engine = DaskEngine(scheduler)
    try:
        with pytest.raises(EngineSetupError, match="external cluster needs work_dir"):
            dedup_sharded(inputs, str(out), engine=engine)  # a temp dir the workers may not see
        report, stats = dedup_sharded(inputs, str(out), engine=engine, work_dir=work, mark=True,
                                      clusters_path=str(clusters))
        quoted = map_sharded(quote_records, InputFiles([str(wire_files[0])]), f"{tmp_path}/quoted/",
                             engine=engine, work_dir=work)
    finally:
        engine.close()
    assert (out.read_bytes(), clusters.read_bytes()) == local_dedup
    assert report.records_in == report.records_out == stats.kept + stats.duplicates == 900
    parts = sorted((tmp_path / "quoted").glob("part-*.jsonl.gz"))
    assert len(parts) == 2 and quoted.records_out == 300
    by_cli = run(["quotes", str(wire_files[0])]).stdout
    assert b"".join(gzip.decompress(p.read_bytes()) for p in parts) == by_cli


def test_clean_and_quotes_on_dask_equal_local(scheduler: str, examples_dir: Path, tmp_path: Path) -> None:
    def records(data: bytes) -> list[dict]:
        return [{k: v for k, v in orjson.loads(line).items() if k != "added"} for line in data.splitlines()]

    cleaned = run(["clean", str(examples_dir)]).stdout
    on_dask = run(["clean", str(examples_dir), *dask(scheduler, tmp_path)], shard_records=3).stdout
    assert records(on_dask) == records(cleaned) and len(records(cleaned)) >= 10
    source = tmp_path / "clean.jsonl"
    source.write_bytes(cleaned)
    quoted = run(["quotes", str(source), "-j2"]).stdout
    assert run(["quotes", str(source), *dask(scheduler, tmp_path)], shard_records=4).stdout == quoted
    assert any(orjson.loads(line)["quotes"] for line in quoted.splitlines())


def test_bad_rows_are_skipped_and_listed_as_locally(scheduler: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Harbor ferries resume."}\n{broken\n{"id": "b", "text": "x"}\n')
    local = run(["quotes", str(path), "--on-error", "skip"], check=False)
    on_dask = run(["quotes", str(path), "--on-error", "skip", *dask(scheduler, tmp_path)], check=False)
    assert local.returncode == on_dask.returncode == 3
    skipped = [line for line in on_dask.stderr.decode().splitlines() if line.startswith("Skipped:")]
    assert skipped == [line for line in local.stderr.decode().splitlines() if line.startswith("Skipped:")]
    assert skipped and "bad.jsonl:2" in skipped[0]
    failed = run(["quotes", str(path), *dask(scheduler, tmp_path)], check=False)
    assert failed.returncode == 1 and failed.stderr.decode().count("\n") == 1
    assert "bad.jsonl:2" in failed.stderr.decode()


def test_a_broken_file_on_a_cluster_the_cli_starts_is_one_line(tmp_path: Path) -> None:
    # A truncated .zst fails inside a worker task; the worker's own log (with a traceback) must not
    # reach the terminal, only the client's one line.
    import zstandard

    rows = b"".join(b'{"id": "%d", "text": "Harbor ferries resume on Monday."}\n' % i for i in range(2000))
    packed = zstandard.ZstdCompressor().compress(rows)
    path = tmp_path / "cut.jsonl.zst"
    path.write_bytes(packed[: len(packed) // 2])
    result = run(["quotes", str(path), "--engine", "dask", "-j", "1", "-o", f"{tmp_path}/out/"], check=False)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        f"Error: {path}: cannot read jsonl input (zstd data ends inside a frame (truncated file))\n")


def test_engine_misuse_and_missing_extra_are_one_line_errors(tmp_path: Path) -> None:
    cluster = ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    result = run(["dedup", *cluster, str(tmp_path)], check=False)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "Error: --engine dask with --scheduler needs --work-dir on a filesystem every worker can read "
        "and write\n")
    hide_dask = "import sys, runpy; sys.modules['distributed'] = None; runpy.run_module('corpustool', " \
                "run_name='__main__')"
    missing = subprocess.run([sys.executable, "-c", hide_dask, "clean", "--engine", "dask", str(tmp_path)],
                             capture_output=True, timeout=120)
    assert missing.returncode == 1
    assert missing.stderr.decode() == "Error: dask is not installed: pip install 'corpustool[dask]'\n"


@pytest.mark.slow
def test_corpus_50k_on_dask_gives_the_local_clusters(scheduler: str, bench_dir: Path, tmp_path: Path) -> None:
    corpus = str(bench_dir / "dedup" / "corpus_50k.jsonl.gz")
    results = {}
    for name, extra in (("local", ["-j2"]), ("dask", dask(scheduler, tmp_path))):
        clusters, out = tmp_path / f"{name}.clusters.jsonl", tmp_path / f"{name}.jsonl"
        run(["dedup", corpus, "--mark", "--clusters", str(clusters), "-o", str(out), *extra])
        blocks = [(r["id"], r["dedup"]) for r in map(orjson.loads, out.read_bytes().splitlines())]
        results[name] = (clusters.read_bytes(), blocks)
    assert results["dask"] == results["local"]
    assert len(results["local"][1]) == 50_000 and results["local"][0].count(b"\n") > 5_000
