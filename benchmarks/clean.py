"""Benchmark ``corpustool clean`` against trafilatura and jusText on the same pages, in one run.

Data: the article-extraction-benchmark development half in ../shared/bench/cleaning (92 pages,
each as raw HTML and as a plain-text rendering, ``raw_blocks``), scored with that folder's
score.py (token 4-gram precision/recall/F1, macro-averaged). Speed is pages per second on one core
of this machine: process CPU time around the extraction calls only, best of ``--repeats`` passes
(the machine is shared, so wall time mostly measures the neighbours); corpustool's memoised
line and class-name verdicts are cleared before every pass, so its numbers are cold-cache. Memory: RSS while
streaming synthetic records through ``clean_records``. With a current compiled build (`make compiled`),
corpustool's rows are measured again with it in a child process, beside trafilatura timed again
there, so each ratio is against trafilatura measured in the same process run (benchmarks/builds.py).

    .venv/bin/python benchmarks/clean.py                 # table on stdout
    .venv/bin/python benchmarks/clean.py --write         # also refresh docs/bench-clean.md
    .venv/bin/python benchmarks/clean.py --memory 0      # skip the 100k-record memory run
"""

from __future__ import annotations

import argparse
import gc
import gzip
import html as htmlmod
import importlib.util
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CORPUSTOOL_SHARED", REPO.parent / "shared"))
DATA = SHARED / "bench" / "cleaning" / "aeb_dev.jsonl.gz"
DOC = REPO / "docs" / "bench-clean.md"
ANCHOR = "trafilatura 2.x favor_precision"  # on html: the peer every pages/s ratio divides by

import builds  # noqa: E402 - benchmarks/builds.py, beside this script


def load_scorer():
    spec = importlib.util.spec_from_file_location("aeb_score", DATA.parent / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def lines_as_html(text: str) -> str:
    """The text view handed to HTML extractors: one <p> per line (as the bench README does)."""
    return "<html><body>" + "".join(f"<p>{htmlmod.escape(x)}</p>" for x in text.splitlines() if x.strip()) + (
        "</body></html>"
    )


Batch = Callable[[list[dict]], dict[str, str]]


def per_page(extract: Callable[[dict], str]) -> Batch:
    return lambda rows: {r["id"]: extract(r) for r in rows}


def systems() -> list[tuple[str, str, Batch]]:
    """(name, input view, batch extractor) for every system in the run."""
    import justext
    import trafilatura

    from corpustool.clean import clean_html, clean_record, clean_text, learn_profile
    from corpustool.records import make_record

    stop = justext.get_stoplist("English")

    def jt(markup: str) -> str:
        paragraphs = justext.justext(markup.encode("utf-8"), stop, encoding="utf-8")
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    def traf(markup: str, **kw) -> str:
        return trafilatura.extract(markup, include_comments=False, **kw) or ""

    def two_pass(rows: list[dict]) -> dict[str, str]:
        """Learn per-site boilerplate from the same pages (no gold involved), then clean with it."""
        def records():
            return (make_record(r["raw_blocks"], id=r["id"], metadata={"url": r["url"]}) for r in rows)

        profile = learn_profile(records(), min_docs=2)
        return {rec["id"]: clean_record(rec, profile=profile)["text"] for rec in records()}

    return [
        ("corpustool clean_text", "raw_blocks", per_page(lambda r: clean_text(r["raw_blocks"]).text)),
        ("corpustool clean_text, two-pass: profile learned on these pages (min_docs=2)", "raw_blocks",
         two_pass),
        ("corpustool clean_text", "raw_lines", per_page(lambda r: clean_text(r["raw_lines"]).text)),
        ("trafilatura 2.x favor_precision, one <p> per line", "raw_blocks",
         per_page(lambda r: traf(lines_as_html(r["raw_blocks"]), favor_precision=True))),
        ("jusText, one <p> per line", "raw_blocks", per_page(lambda r: jt(lines_as_html(r["raw_blocks"])))),
        ("corpustool clean_html", "html", per_page(lambda r: clean_html(r["html"], url=r["url"]).text)),
        ("trafilatura 2.x favor_precision", "html",
         per_page(lambda r: traf(r["html"], favor_precision=True))),
        ("trafilatura 2.x defaults", "html", per_page(lambda r: traf(r["html"]))),
        ("jusText", "html", per_page(lambda r: jt(r["html"]))),
    ]


def run(rows: list[dict], scorer, repeats: int, only_corpustool: bool = False) -> list[dict]:
    """Score and time every system (or, for a second build, corpustool's rows and the anchor)."""
    from corpustool.build import describe
    from corpustool.clean import clean_text
    from corpustool.clean.html import _attr_cues
    from corpustool.clean.lines import clear_cache

    clean_text("warm up the rule tables (compiled once per process)")
    gold = {r["id"]: r["gold_text"] for r in rows}
    ids = [r["id"] for r in rows]
    split = {
        "odd": {i: gold[i] for k, i in enumerate(ids) if k % 2 == 1},
        "even": {i: gold[i] for k, i in enumerate(ids) if k % 2 == 0},
    }
    entries = [
        entry for entry in systems()
        if not only_corpustool or entry[0].startswith("corpustool") or entry[:2] == (ANCHOR, "html")
    ]
    times: list[list[float]] = [[] for _ in entries]
    preds: list[dict[str, str]] = [{} for _ in entries]
    for _ in range(repeats):  # CPU time, best of N: the machine is shared, wall time is noise
        # Round robin, one pass of each system per round: a neighbour's burst slows every system
        # a little rather than all passes of one system, which would skew the ratios.
        for k, (_name, _view, extract) in enumerate(entries):
            clear_cache()
            _attr_cues.cache_clear()
            gc.collect()
            start = time.process_time()
            preds[k] = extract(rows)
            times[k].append(time.process_time() - start)
    results = []
    build = describe()
    for (name, view, _extract), seconds, pred in zip(entries, times, preds, strict=True):
        scores = scorer.score(gold, pred)
        rate, median = len(rows) / min(seconds), len(rows) / statistics.median(seconds)
        results.append({
            "system": name, "input": view, "build": build if name.startswith("corpustool") else "",
            **scores, "pages_s": rate, "pages_s_median": median,
            "f1_odd": scorer.score(split["odd"], pred)["f1"],
            "f1_even": scorer.score(split["even"], pred)["f1"],
        })
        print(f"  {name} on {view}: F1 {scores['f1']:.3f}, {rate:.0f} pages/s (median {median:.0f})",
              file=sys.stderr)
    anchor = next(r["pages_s"] for r in results if (r["system"], r["input"]) == (ANCHOR, "html"))
    for r in results:
        r["anchor_pages_s"] = anchor
    return results


WORDS = [
    "harbour", "council", "ferry", "berth", "approved", "spokesman", "budget", "northern", "plan", "tram",
    "route", "vote", "city", "director", "port", "spring", "months", "delay", "residents", "court",
]
FURNITURE = ["Home", "News", "* Politics", "Share on Facebook", "Accept cookies", "Related stories",
             "© 2024 Example Gazette. All rights reserved."]


def synthetic(n: int, seed: int = 7) -> Iterator[dict]:
    """``n`` fresh records: furniture lines plus unique prose, never held in a list."""
    from corpustool.records import make_record

    rng = random.Random(seed)
    for i in range(n):
        prose = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 40))).capitalize() + f" ({i}-{k})."
            for k in range(rng.randint(3, 8))
        ]
        text = "\n".join(FURNITURE[:4] + [p + "\n" for p in prose] + FURNITURE[4:])
        yield make_record(text, id=str(i))


def memory(n: int) -> list[tuple[int, float]]:
    """RSS (MiB) every n/10 records while ``clean_records`` streams ``n`` synthetic records."""
    import psutil

    from corpustool.clean import clean_records

    proc = psutil.Process()
    samples = [(0, proc.memory_info().rss / 2**20)]
    step = max(1, n // 10)
    for count, _record in enumerate(clean_records(synthetic(n), explain=True), 1):
        if count % step == 0:
            samples.append((count, proc.memory_info().rss / 2**20))
    return samples


def table(results: list[dict]) -> str:
    out = [
        "| system | build | input | F1 | precision | recall | empty | F1 odd ids | F1 even ids | pages/s "
        "| pages/s median | × trafilatura html |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        out.append(
            f"| {r['system']} | {r['build']} | {r['input']} | {r['f1']:.3f} | {r['precision']:.3f} | "
            f"{r['recall']:.3f} | {r['empty_predictions']} | {r['f1_odd']:.3f} | {r['f1_even']:.3f} | "
            f"{r['pages_s']:.0f} | {r['pages_s_median']:.0f} | {r['pages_s'] / r['anchor_pages_s']:.1f} |"
        )
    return "\n".join(out)


def second_build(first: str, repeats: int) -> tuple[list[dict], str]:
    """corpustool's rows from the other build (child process), or none and why not."""
    other = "compiled" if first == "pure" else "pure"
    why_not = builds.compiled_ready() if other == "compiled" else None
    if why_not:
        return [], why_not
    rows = builds.run_child(Path(__file__), other, ["--repeats", str(repeats), "--memory", "0"])
    anchor = rows[0]["anchor_pages_s"]
    return [r for r in rows if r["build"]], (
        f"The {rows[0]['build'] or other} rows come from a second process, where trafilatura "
        f"favor_precision measured {anchor:.0f} pages/s on html; their ratio divides by that."
    )


NOTES = """## Reading the table

* Data: the article-extraction-benchmark development half (92 pages); `raw_blocks` is the page as a
  plain-text scrape (inscriptis rendering), `raw_lines` a cruder dump (every text node on its own
  line, so links split sentences; nothing was tuned on it), `html` the page itself. Metric: token
  4-gram F1 from the benchmark's `score.py`, macro-averaged. "empty" counts pages with no output.
* Odd/even ids: rules were first developed looking at odd-numbered pages and checked on even ones;
  later changes looked at failures from both halves, so the even column is not a clean hold-out.
  The real hold-out is the benchmark's other half, scored separately.
* The two-pass row learns per-site boilerplate (`learn_profile`, lines recurring in at least two
  pages of one host) from the same 92 pages without looking at the gold, then cleans with it; its
  time includes learning. Default `learn_profile` needs three pages per source.
* pages/s is pages per CPU-second of this process (best of N passes, caches cleared before each
  pass, so corpustool's line cache starts cold), so neighbours on a shared machine distort it
  less; the median pass is shown beside it. The systems take turns, one pass each per round, so
  a burst of load on the machine does not fall on all passes of one system. The last column
  divides the best by trafilatura favor_precision's best on HTML in the same run.
* Memory: the stream is generated lazily and never held; RSS grows while the bounded caches (short
  line verdicts, class-name verdicts) fill, then stays flat.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"also write {DOC.relative_to(REPO)}")
    ap.add_argument("--repeats", type=int, default=3, help="timed passes per system (best is kept)")
    ap.add_argument("--memory", type=int, default=100_000, help="records for the memory run (0 = skip)")
    ap.add_argument("--build", choices=("pure", "compiled"), default="pure", help="build imported here")
    ap.add_argument("--json-out", default=None, help=argparse.SUPPRESS)  # child mode (builds.run_child)
    args = ap.parse_args()
    builds.activate(args.build)
    if not DATA.exists():
        sys.exit(f"benchmark data not found: {DATA}")
    scorer = load_scorer()
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    if args.json_out:
        results = run(rows, scorer, args.repeats, only_corpustool=True)
        Path(args.json_out).write_text(json.dumps(results), encoding="utf-8")
        return
    results = run(rows, scorer, args.repeats)
    extra, note = second_build(args.build, args.repeats)
    report = [
        f"{len(rows)} pages, {time.strftime('%Y-%m-%d')}, one process; pages/s = pages per CPU-second, "
        f"best of {args.repeats} passes.\n",
        table(results + extra),
        f"\n{note}",
    ]
    if args.memory:
        start = time.perf_counter()
        samples = memory(args.memory)
        seconds = time.perf_counter() - start
        report.append(
            f"\nMemory: RSS while streaming {args.memory:,} synthetic records through "
            f"`clean_records(..., explain=True)` ({args.memory / seconds:,.0f} records/s):\n\n"
            "| records | RSS MiB |\n|---|---|\n" + "\n".join(f"| {n:,} | {mb:.1f} |" for n, mb in samples)
        )
    text = "\n".join(report)
    print(text)
    if args.write:
        DOC.write_text(
            "# Benchmark: clean\n\nReproduce: `.venv/bin/python benchmarks/clean.py --write` "
            "(needs ../shared/bench/cleaning and the `bench` extra: trafilatura, justext, psutil).\n\n"
            + text + "\n\n" + NOTES,
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
