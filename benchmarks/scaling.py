"""Benchmark: corpustool dedup on the local and Dask engines, 1 and 2 workers, in one run.

Every run is the real CLI (`corpustool dedup --mark --clusters ...`) in a fresh process, so
time includes start-up (for Dask: starting its LocalCluster); each setting's fastest of 3 runs
(the machine is shared). RSS is sampled every 50 ms over the run's whole process tree: the
largest single process (the driver or one worker: memory per worker) and the sum. Each run's
clusters report is compared with the first run's of the same corpus: the engines and worker
counts must give identical clusters.

    .venv/bin/python benchmarks/scaling.py            # corpus_small and corpus_50k
    .venv/bin/python benchmarks/scaling.py --write    # also rewrite the table in docs/scaling.md

Inputs: the corpus as one .jsonl.gz file, and for 50k also split into 10 files (how a large
corpus is stored for a cluster: Dask reads input files in parallel, one task per file group,
while a single compressed file is read by one task).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
BENCH = Path(os.environ.get("CORPUSTOOL_SHARED", REPO.parent / "shared")) / "bench" / "dedup"
DOC = REPO / "docs" / "scaling.md"
MARK = "<!-- scaling table -->"

REPEATS = 3  # the machine is shared: each setting's fastest of 3 runs


def _sample(proc: psutil.Popen, peak: dict[str, float]) -> None:
    """Largest single process and largest total RSS of the run's process tree so far (MB)."""
    try:
        tree = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return
    sizes = []
    for p in tree:
        try:
            sizes.append(p.memory_info().rss / 2**20)
        except psutil.NoSuchProcess:
            continue
    if sizes:
        peak["process"] = max(peak["process"], max(sizes))
        peak["total"] = max(peak["total"], sum(sizes))


def split(corpus: Path, parts: int, directory: Path) -> list[str]:
    """The corpus as ``parts`` .jsonl.gz files, records in the same order (file i: a contiguous run)."""
    with gzip.open(corpus, "rb") as f:
        lines = [line for line in f if line.strip()]
    size = -(-len(lines) // parts)
    paths = []
    for i in range(parts):
        path = directory / f"part-{i:02d}.jsonl.gz"
        with gzip.open(path, "wb") as out:
            out.writelines(lines[i * size: (i + 1) * size])
        paths.append(str(path))
    return paths


def run(inputs: list[str], engine: str, workers: int, clusters: Path) -> dict:
    """One CLI run: wall seconds, and RSS sampled every 50 ms over the whole process tree."""
    cmd = [sys.executable, "-m", "corpustool", "dedup", *inputs, "--mark", "-q", "--clusters", str(clusters),
           "--engine", engine, "-j", str(workers)]
    peak = {"process": 0.0, "total": 0.0}
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL)
    while proc.poll() is None:
        _sample(proc, peak)
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return {"seconds": seconds, "rss_mb": peak["process"], "rss_total_mb": peak["total"]}


def measure(tmp: Path) -> list[dict]:
    rows = []
    plans = [("corpus_small", 5_000, {"1 file": [str(BENCH / "corpus_small.jsonl.gz")]}),
             ("corpus_50k", 50_000, {"1 file": [str(BENCH / "corpus_50k.jsonl.gz")],
                                     "10 files": split(BENCH / "corpus_50k.jsonl.gz", 10, tmp)})]
    for corpus, docs, layouts in plans:
        reference: bytes | None = None
        for layout, inputs in layouts.items():
            for engine in ("local", "dask"):
                if layout != "1 file" and engine == "local":
                    continue  # the local engine reads one stream whatever the layout
                for workers in (1, 2):
                    clusters = tmp / f"{corpus}-{layout[:2]}-{engine}-{workers}.jsonl"
                    result = min((run(inputs, engine, workers, clusters) for _ in range(REPEATS)),
                                 key=lambda r: r["seconds"])
                    report = clusters.read_bytes()
                    reference = reference if reference is not None else report
                    row = {"corpus": corpus, "docs": docs, "input": layout, "engine": engine,
                           "workers": workers, **result, "same_clusters": report == reference,
                           "clusters": sum(1 for _ in report.splitlines())}
                    print(json.dumps(row), file=sys.stderr)
                    rows.append(row)
    return rows


def table(rows: list[dict]) -> str:
    out = ["| corpus | docs | input | engine | workers | seconds | docs/s | speed-up vs 1 worker "
           "| peak RSS MB, largest process | peak RSS MB, all processes | clusters (2+) | same clusters |",
           "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    one = {(r["corpus"], r["input"], r["engine"]): r["seconds"] for r in rows if r["workers"] == 1}
    for r in rows:
        speedup = one[(r["corpus"], r["input"], r["engine"])] / r["seconds"]
        out.append(f"| {r['corpus']} | {r['docs']:,} | {r['input']} | {r['engine']} | {r['workers']} "
                   f"| {r['seconds']:.1f} | {r['docs'] / r['seconds']:,.0f} | {speedup:.2f}x "
                   f"| {r['rss_mb']:.0f} | {r['rss_total_mb']:.0f} | {r['clusters']:,} "
                   f"| {'yes' if r['same_clusters'] else 'NO'} |")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"replace the table in {DOC.relative_to(REPO)}")
    args = ap.parse_args()
    load_before = os.getloadavg()[1]
    with tempfile.TemporaryDirectory(prefix="corpustool-scaling-") as tmp:
        rows = measure(Path(tmp))
    load = (f"load average (5 min) {load_before:.1f} before, {os.getloadavg()[1]:.1f} after, "
            f"on {os.cpu_count()} cores")
    text = f"{table(rows)}\n\nMeasured {time.strftime('%Y-%m-%d')}; {load}."
    print(text)
    if args.write:
        doc = DOC.read_text(encoding="utf-8")
        head, _, rest = doc.partition(MARK)
        _, _, tail = rest.partition(MARK)
        DOC.write_text(f"{head}{MARK}\n{text}\n{MARK}{tail}", encoding="utf-8")
    if not all(r["same_clusters"] for r in rows):
        raise SystemExit("clusters differ between engines or worker counts")


if __name__ == "__main__":
    main()
