"""Memory of the real commands on big streams: RSS sampled over time, printed as tables.

    python benchmarks/memory.py pipeline --records 200000   # clean | quotes stays flat?
    python benchmarks/memory.py dedup --sizes 50000,200000  # dedup's index per million documents

Records are generated on the fly (never stored): the news texts of the dedup benchmark corpus are
cycled with fresh ids; past the first pass every copy gets its paragraphs rotated and a sentence of
its own, so the stream is not one repeated block of exact duplicates. Needs psutil (bench extra)
and ../shared/bench/dedup/corpus_50k.jsonl.gz.
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import psutil

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("CORPUSTOOL_SHARED", REPO.parent / "shared")) / "bench/dedup/corpus_50k.jsonl.gz"
CLI = [sys.executable, "-m", "corpustool"]


def records(n: int) -> Iterator[bytes]:
    """``n`` JSONL lines cycled from the corpus; copies after the first pass are varied."""
    with gzip.open(CORPUS) as lines:
        texts = [orjson.loads(line)["text"] for line in lines]
    for i in range(n):
        round_, text = divmod(i, len(texts))[0], texts[i % len(texts)]
        if round_:
            paragraphs = text.split("\n\n")
            shift = round_ % len(paragraphs)
            paragraphs = paragraphs[:1] + paragraphs[1:][shift:] + paragraphs[1:][:shift]
            text = "\n\n".join(paragraphs) + f"\n\nEdition {round_}, item {i}, updated at {i % 24}:00."
        yield orjson.dumps({"id": f"m{i:08d}", "text": text}) + b"\n"


class Sampler(threading.Thread):
    """RSS of some processes (and their children) every ``every`` seconds, with a progress count."""

    def __init__(self, processes: list[subprocess.Popen], progress, every: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.handles = [psutil.Process(p.pid) for p in processes]
        self.progress, self.every = progress, every
        self.samples: list[tuple[float, int, list[int]]] = []  # (seconds, records fed, RSS per process)
        self.stop = threading.Event()

    def run(self) -> None:
        start = time.monotonic()
        while not self.stop.is_set():
            self.samples.append((time.monotonic() - start, self.progress(), [_rss(h) for h in self.handles]))
            time.sleep(self.every)


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss + sum(c.memory_info().rss for c in process.children(recursive=True))
    except psutil.NoSuchProcess:
        return 0


def pipeline(n: int) -> None:
    """``clean | quotes`` over ``n`` records: RSS of each command at the start, middle and end."""
    clean = subprocess.Popen([*CLI, "clean", "-q"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    quotes = subprocess.Popen([*CLI, "quotes", "-q"], stdin=clean.stdout, stdout=subprocess.PIPE)
    clean.stdout.close()
    fed = [0]
    out = [0]
    sampler = Sampler([clean, quotes], lambda: out[0])
    sampler.start()

    def drain() -> None:
        for _ in quotes.stdout:
            out[0] += 1

    drainer = threading.Thread(target=drain, daemon=True)
    drainer.start()
    started = time.monotonic()
    for line in records(n):
        clean.stdin.write(line)
        fed[0] += 1
    clean.stdin.close()
    clean.wait()
    quotes.wait()
    drainer.join()
    sampler.stop.set()
    sampler.join()
    elapsed = time.monotonic() - started
    rate = out[0] / elapsed
    print(f"clean | quotes, {n:,} records in, {out[0]:,} out, {elapsed:,.0f} s ({rate:,.0f} records/s)")
    print("| point | records out | clean RSS MB | quotes RSS MB |")
    print("|---|---|---|---|")
    live = [s for s in sampler.samples if s[1] > 0 and all(s[2])] or sampler.samples
    for label, fraction in (("start", 0.02), ("25%", 0.25), ("middle", 0.5), ("75%", 0.75), ("end", 0.98)):
        when, done, rss = live[min(len(live) - 1, int(fraction * len(live)))]
        print(f"| {label} ({when:,.0f} s) | {done:,} | {rss[0] / 1e6:,.0f} | {rss[1] / 1e6:,.0f} |")
    peaks = [max(s[2][k] for s in live) / 1e6 for k in range(2)]
    print(f"| peak | | {peaks[0]:,.0f} | {peaks[1]:,.0f} |")


def dedup(sizes: list[int]) -> None:
    """Peak RSS of ``dedup`` on growing streams, and what it comes to per million documents."""
    print("| documents | peak RSS MB | seconds | dropped |")
    print("|---|---|---|---|")
    rows = []
    for n in sizes:
        process = subprocess.Popen(
            [*CLI, "dedup", "-q"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        sampler = Sampler([process], lambda: 0, every=0.5)
        sampler.start()
        kept = [0]
        drainer = threading.Thread(target=_count_lines, args=(process.stdout, kept))
        drainer.start()
        started = time.monotonic()
        for line in records(n):
            process.stdin.write(line)
        process.stdin.close()
        process.wait()
        drainer.join()
        sampler.stop.set()
        sampler.join()
        peak = max(s[2][0] for s in sampler.samples) / 1e6
        rows.append((n, peak))
        print(f"| {n:,} | {peak:,.0f} | {time.monotonic() - started:,.0f} | {n - kept[0]:,} |")
    if len(rows) >= 2:
        (n0, m0), (n1, m1) = rows[0], rows[-1]
        slope = (m1 - m0) / (n1 - n0) * 1e6
        print(
            f"\nGrowth {n0:,} -> {n1:,}: {slope:,.0f} MB per million documents; "
            f"projected 1M: {m1 + slope * (1e6 - n1) / 1e6:,.0f} MB"
        )


def _count_lines(stream, into: list[int]) -> None:
    into[0] = sum(1 for _ in stream)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("pipeline").add_argument("--records", type=int, default=200_000)
    sub.add_parser("dedup").add_argument("--sizes", default="50000,200000")
    args = parser.parse_args()
    if args.what == "pipeline":
        pipeline(args.records)
    else:
        dedup([int(s) for s in args.sizes.split(",")])


if __name__ == "__main__":
    main()
