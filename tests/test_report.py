"""report: a self-contained HTML page that shows a run's real counts, checked in headless Chromium."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import orjson
import pytest
import typer
from lxml import html as lxml_html
from test_export import HARBOUR, fictional_corpus, many_records
from typer.testing import CliRunner

from corpustool.cli import report as report_cli
from corpustool.report import build_report, corpus_stats
from corpustool.report.diff import word_diff
from corpustool.report.replay import replayable
from corpustool.report.spans import Span, removed_anchors, runs


def hostile_record() -> dict:
    """Text that would break a careless page: markup, a script end tag, an HTML comment."""
    return {
        "id": "hostile-1",
        "text": 'Ad copy: </script><script>document.title="pwned"</script> <!-- & <b>bold</b>',
        "source": "wire-east",
        "metadata": {"title": "<img src=x onerror=alert(1)>"},
    }


def write_corpus(path: Path, records: list[dict]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return path


def report_for(tmp_path: Path, records: list[dict], **kwargs) -> tuple[Path, object]:
    out = tmp_path / "report.html"
    summary = build_report(lambda: iter(records), out, **kwargs)
    return out, summary


def test_word_diff_rebuilds_both_texts():
    kept = "The council voted, 5 to 2,\nto close the old pier on Friday."
    copy = "The council voted 5 to 2 to close the old wooden pier on Friday evening."
    segments = word_diff(kept, copy)
    rebuilt_kept = "".join(t for op, t in segments if op != "copy_only")
    assert rebuilt_kept.split() == kept.split()  # whitespace runs count as equal; words are exact
    assert "".join(t for op, t in segments if op != "kept_only") == copy
    assert [t.strip() for op, t in segments if op == "copy_only"] == [
        "voted",
        "2",
        "wooden",
        "Friday evening.",
    ]


def test_runs_cover_text_with_overlapping_and_bad_spans():
    text = "abcdefghij"
    spans = [Span(2, 6, "quote", 0), Span(4, 8, "speaker", 0)]
    pieces = runs(text, spans, extra_cuts=[9])
    assert "".join(p for _, p, _ in pieces) == text
    labels = {p: sorted(s.label for s in cov) for _, p, cov in pieces}
    assert labels["ef"] == ["quote", "speaker"] and labels["gh"] == ["speaker"]


def test_removed_lines_anchor_where_they_were():
    text = "Title\nBody one.\nBody two."
    lines = [
        {"text": "Menu", "reason": "nav"},
        {"text": "Title", "reason": None},
        {"text": "Share", "reason": "share"},
        {"text": "Body one.", "reason": None},
        {"text": "Body two.", "reason": None},
        {"text": "Footer", "reason": "footer"},
    ]
    anchors = removed_anchors(text, lines)
    assert {k: [line["text"] for line in v] for k, v in anchors.items()} == {
        0: ["Menu"],
        text.index("Body one."): ["Share"],
        len(text): ["Footer"],
    }


def test_replayable_reads_a_one_shot_stream_twice():
    once = (r for r in many_records(30))
    with replayable(once) as open_records:
        first = [r["id"] for r in open_records()]
        second = [r["id"] for r in open_records()]
    assert first == second and len(first) == 30


def test_page_shows_documents_removed_lines_quotes_and_clusters(tmp_path):
    out, summary = report_for(tmp_path, [*fictional_corpus(), hostile_record()])
    page = out.read_text(encoding="utf-8")
    tree = lxml_html.fromstring(page)
    assert summary.records == 7 and summary.clusters == 1
    docs = tree.xpath("//section[@id='documents']//article[@class='doc']")
    assert len(docs) == 7
    harbour = tree.xpath("//article[@class='doc'][@data-id='harbour-1']")[0]
    removed = harbour.xpath(".//span[@class='line removed']")
    assert [r.get("data-reason") for r in removed] == ["nav", "share_button", "share_button"]
    assert all(r.get("title", "").startswith("removed: ") for r in removed)
    marks = harbour.xpath(".//mark[contains(concat(' ', @class, ' '), ' quote ')]")
    assert "Ilse Brandt (Mayor) — said" in {m.get("title") for m in marks}
    assert harbour.xpath(".//*[@class='speaker']")[0].text_content() == "Mayor Ilse Brandt"
    text_div = harbour.xpath(".//div[@class='text']")[0]
    for r in removed:  # the final text is still all there once the struck lines are taken out
        r.drop_tree()
    assert text_div.text_content() == HARBOUR
    cluster = tree.xpath("//section[@id='duplicates']//article[@class='cluster']")[0]
    assert cluster.get("data-cluster") == "harbour-1"
    assert [i.text_content().strip() for i in cluster.xpath(".//ins[@class='copy-only']")] == ["wooden"]
    data = json.loads(tree.xpath("//script[@id='report-data']")[0].text)
    assert data["stats"]["records"] == 7 and data["stats"]["dedup"]["cluster_sizes"] == [
        {"size": 2, "clusters": 1}
    ]


def test_page_is_self_contained_and_escapes_corpus_text(tmp_path):
    out, _ = report_for(tmp_path, [hostile_record(), *fictional_corpus()])
    page = out.read_text(encoding="utf-8")
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//link | //img | //iframe | //object | //embed")
    assert not [s for s in tree.xpath("//script") if s.get("src")]
    assert "http://" not in page.replace("https://example.org/pier", "") and "https://" not in page.replace(
        "https://example.org/pier", ""
    )
    assert len(tree.xpath("//script")) == 2  # the data block and the inline script, nothing injected
    assert (
        tree.xpath("//article[@data-id='hostile-1']/h3")[0].text_content() == "<img src=x onerror=alert(1)>"
    )


def test_clusters_file_gives_sizes_when_copies_were_dropped(tmp_path):
    kept_only = [r for r in fictional_corpus() if (r.get("dedup") or {}).get("keep") is not False]
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(
        json.dumps(
            {"cluster": "harbour-1", "members": [{"id": "harbour-1"}, {"id": "gone-1"}, {"id": "gone-2"}]}
        )
        + "\nnot json\n"
        + json.dumps({"cluster": "solo", "members": ["weather-1"]})
        + "\n",
        encoding="utf-8",
    )
    out, _ = report_for(tmp_path, kept_only, clusters_file=clusters)
    tree = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    data = json.loads(tree.xpath("//script[@id='report-data']")[0].text)
    assert data["stats"]["dedup"]["cluster_sizes"] == [{"size": 3, "clusters": 1}]
    cluster = tree.xpath("//article[@class='cluster']")[0]
    assert cluster.get("data-size") == "3" and "2 more copies not shown" in cluster.text_content()


def test_cli_reads_stdin_twice_and_writes_the_page(tmp_path):
    app = typer.Typer()
    app.command("report")(report_cli.command)
    app.command("noop")(lambda: None)
    corpus = b"".join(orjson.dumps(r) + b"\n" for r in fictional_corpus())
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", "-o", str(out)], input=corpus)
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and "6 records" in result.stderr
    tree = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    assert len(tree.xpath("//article[@class='cluster']")) == 1


# -- a real browser ----------------------------------------------------------------------------


def chromium() -> str:
    """Path of a Chromium/Chrome binary; missing fails under CI (it installs one) and skips locally."""
    for name in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    if os.environ.get("CI"):
        pytest.fail("chromium not found: CI must install it (apt-get install -y chromium)")
    pytest.skip("chromium not installed")


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, timeout=90, check=True)


def test_page_renders_real_counts_in_headless_chromium(tmp_path):
    records = [*many_records(40), hostile_record()]
    out, _ = report_for(tmp_path, records)
    expected = corpus_stats(records).to_dict()
    dom = run_chromium(tmp_path, "--dump-dom", out.as_uri()).stdout.decode("utf-8")
    tree = lxml_html.fromstring(dom)
    assert tree.find("body").get("data-rendered") == "yes"  # the inline script ran without error
    cards = {
        c.get("data-key"): c.xpath(".//div[@class='value']")[0].get("data-value")
        for c in tree.xpath("//div[@class='card']")
    }
    assert cards["records"] == str(expected["records"]) == "41"
    assert cards["quotes"] == str(expected["quotes"]["quotes"])
    assert cards["lines_removed"] == str(expected["clean"]["lines_removed"])
    assert cards["duplicates"] == str(expected["dedup"]["duplicates"])
    junk = {
        r.get("data-name"): int(r.get("data-count"))
        for r in tree.xpath("//figure[@id='chart-junk']//div[@class='bar-row']")
    }
    assert junk == {r["name"]: r["count"] for r in expected["clean"]["removed_by_reason"]}
    speakers = [
        r.get("data-name") for r in tree.xpath("//figure[@id='chart-speakers']//div[@class='bar-row']")
    ]
    assert speakers == [s["name"] for s in expected["quotes"]["top_speakers"]]
    assert len(tree.xpath("//table[@id='sources']//tr")) == 1 + expected["sources"]
    assert "pwned" not in (tree.findtext(".//title") or "")


def test_page_screenshot_in_headless_chromium(tmp_path):
    out, _ = report_for(tmp_path, fictional_corpus())
    shot = tmp_path / "report.png"
    run_chromium(tmp_path, "--window-size=1280,1600", f"--screenshot={shot}", out.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_kept_copy_is_shown_even_after_many_copies(tmp_path):
    story = "The ferry strike ended on Tuesday after the union accepted a new offer from the operator."
    records = [
        {
            "id": f"copy-{i}",
            "text": story.replace("Tuesday", f"day {i}"),
            "dedup": {"cluster": "kept-1", "keep": False, "duplicate_of": "kept-1", "similarity": 0.9},
        }
        for i in range(5)
    ]
    records.append({"id": "kept-1", "text": story, "dedup": {"cluster": "kept-1", "keep": True}})
    out, _ = report_for(tmp_path, records, max_copies=2)
    cluster = lxml_html.fromstring(out.read_text(encoding="utf-8")).xpath("//article[@class='cluster']")[0]
    assert "kept kept-1" in " ".join(cluster.xpath(".//p[@class='meta']")[0].text_content().split())
    assert [c.get("data-id") for c in cluster.xpath(".//div[@class='copy']")] == ["copy-0", "copy-1"]
    assert "3 more copies not shown" in cluster.text_content()


def test_report_on_the_examples_pipeline_keeps_text_and_struck_lines(tmp_path, examples_dir):
    """The real stages' blocks (clean --explain, dedup --mark, quotes) on the fictional examples."""
    from corpustool.clean import clean_records
    from corpustool.dedup import dedup_records
    from corpustool.io import read_records
    from corpustool.quotes import quote_records

    folders = [str(examples_dir / name) for name in ("txt", "html", "jsonl", "warc")]
    raw = read_records(folders, keep_html=True)
    records = list(quote_records(dedup_records(clean_records(raw, explain=True), mark=True)))
    out, summary = report_for(tmp_path, records, sample_size=len(records))
    tree = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in records}
    articles = tree.xpath("//article[@class='doc']")
    assert summary.records == len(records) == len(articles)
    for article in articles:
        record = by_id[article.get("data-id")]
        removed = [line for line in record["clean"]["removed"] if line["reason"]]
        struck = article.xpath(".//span[@class='line removed']")
        assert [s.get("data-reason") for s in struck] == [line["reason"] for line in removed]
        text = article.xpath(".//div[@class='text']")[0]
        for line in struck:
            line.drop_tree()
        assert text.text_content() == record["text"]
        shown = {m.get("data-quote") for m in article.xpath(".//mark")}
        assert len(shown) == len(record["quotes"])


def test_cli_report_from_a_file_and_to_stdout(tmp_path):
    import subprocess
    import sys

    corpus = write_corpus(tmp_path / "c.jsonl", fictional_corpus())
    result = subprocess.run(
        [sys.executable, "-m", "corpustool", "report", str(corpus), "-o", "-", "-q"],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0 and result.stderr == b""
    tree = lxml_html.fromstring(result.stdout.decode("utf-8"))
    assert len(tree.xpath("//article[@class='doc']")) == 6
    assert len(tree.xpath("//article[@class='cluster']")) == 1


def test_same_input_same_page(tmp_path):
    first = build_report(lambda: iter(fictional_corpus()), tmp_path / "a.html")
    second = build_report(lambda: iter(fictional_corpus()), tmp_path / "b.html")
    assert first.bytes == second.bytes
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
