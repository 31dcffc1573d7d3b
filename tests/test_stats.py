"""stats: one pass of counters over a corpus; tables for people, JSON with stable types for machines."""

from __future__ import annotations

import orjson
import pytest
import typer
from test_export import fictional_corpus, many_records
from typer.testing import CliRunner

from corpustool.cli import stats as stats_cli
from corpustool.report.counters import BoundedCounter
from corpustool.report.stats import CorpusStats, corpus_stats


def test_counts_on_the_fictional_corpus():
    summary = corpus_stats(fictional_corpus()).to_dict()
    texts = [r["text"] for r in fictional_corpus()]
    assert summary["records"] == 6 and summary["characters"] == sum(map(len, texts))
    assert summary["sources"] == 3 and summary["dated_records"] == 2 and summary["empty_records"] == 1
    assert summary["clean"]["removed_by_reason"] == [
        {"name": "share_button", "count": 2},
        {"name": "nav", "count": 1},
    ]
    assert summary["clean"]["lines_removed"] == 3 and summary["clean"]["explained_records"] == 1
    assert summary["dedup"] == {
        "records": 4,
        "duplicates": 1,
        "clusters_with_copies": 1,
        "cluster_sizes": [{"size": 2, "clusters": 1}],
        "cluster_sizes_from": "records",
    }
    quotes = summary["quotes"]
    assert (quotes["quotes"], quotes["attributed"], quotes["records_with_quotes"]) == (3, 2, 2)
    assert [s["name"] for s in quotes["top_speakers"]] == ["Ilse Brandt", "Tomas Reyes"]
    assert {c["name"] for c in quotes["top_cues"]} == {"said", "told"}
    by_source = {row["source"]: row for row in summary["by_source"]}
    assert by_source["wire-east"]["duplicates"] == 1 and by_source["coastal-gazette"]["lines_removed"] == 3
    assert by_source["(no source)"]["records"] == 2


def test_cluster_sizes_count_the_kept_copy():
    records = []
    for cluster, copies in (("a", 3), ("b", 1), ("c", 1)):
        records.append({"id": cluster, "text": "x", "dedup": {"cluster": cluster, "keep": True}})
        for i in range(copies):
            records.append({"id": f"{cluster}{i}", "text": "x", "dedup": {"cluster": cluster, "keep": False}})
    stats = corpus_stats(records)
    assert stats.cluster_sizes() == [(2, 2), (4, 1)]
    assert stats.largest_clusters(1) == [("a", 4)]


def test_odd_records_do_not_break_counting():
    odd = [
        {},
        {"text": None, "clean": "x", "dedup": [], "quotes": {"a": 1}},
        {"text": "ok", "quotes": [None, 3]},
    ]
    summary = corpus_stats(odd).to_dict()
    assert summary["records"] == 3 and summary["quotes"]["quotes"] == 0


def test_bounded_counter_keeps_heavy_hitters():
    counter = BoundedCounter(capacity=10)
    for i in range(5000):
        counter.add("mayor" if i % 3 == 0 else f"rare-{i}")
    assert len(counter) <= 20 and counter.approximate
    assert counter.most_common(1)[0][0] == "mayor"


def test_reservoir_sample_is_bounded_and_reproducible():
    records = many_records(500)
    first = CorpusStats(sample_size=5, seed=1).add_all(records)
    second = CorpusStats(sample_size=5, seed=1).add_all(records)
    assert len(first.sample_any.items) == 5
    assert [r["id"] for r in first.sample_any.items] == [r["id"] for r in second.sample_any.items]
    assert all(r["quotes"] for r in first.sample_quoted.items)


def test_json_summary_types_never_vary():
    summary = corpus_stats(many_records(60)).to_dict()
    for key in ("removed_by_reason",):
        assert all(set(item) == {"name", "count"} for item in summary["clean"][key])
    assert all(set(row) == set(summary["by_source"][0]) for row in summary["by_source"])


@pytest.fixture
def cli(tmp_path):
    app = typer.Typer()
    app.command("stats")(stats_cli.command)
    app.command("noop")(lambda: None)  # two commands, so "stats" is a subcommand as in the real app
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in fictional_corpus()))
    return app, corpus


def test_cli_json_goes_to_stdout(cli):
    app, corpus = cli
    result = CliRunner().invoke(app, ["stats", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    assert orjson.loads(result.stdout)["quotes"]["quotes"] == 3


def test_cli_tables_on_stderr_unless_asked_for_stdout(cli):
    app, corpus = cli
    default = CliRunner().invoke(app, ["stats", str(corpus)])
    assert default.exit_code == 0 and default.stdout == ""
    assert "Junk removed by reason" in default.stderr and "Ilse Brandt" in default.stderr
    to_stdout = CliRunner().invoke(app, ["stats", str(corpus), "--stdout"])
    assert "Top cue verbs" in to_stdout.stdout and "Top cue verbs" not in to_stdout.stderr


def test_cli_tables_to_file(cli, tmp_path):
    app, corpus = cli
    out = tmp_path / "stats.txt"
    result = CliRunner().invoke(app, ["stats", str(corpus), "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "By source" in text and "\x1b[" not in text


def test_clusters_file_sizes_win_when_copies_were_dropped(tmp_path):
    clusters = tmp_path / "clusters.jsonl"
    rows = [{"cluster": "a", "kept": "a", "members": [{"id": "a"}, {"id": "a1"}, {"id": "a2"}]}]
    rows.append({"cluster": "b", "members": ["b", "b1"]})
    clusters.write_text("".join(orjson.dumps(r).decode() + "\n" for r in rows), encoding="utf-8")
    kept_only = [{"id": "a", "text": "x", "dedup": {"cluster": "a", "keep": True}}]
    dedup = corpus_stats(kept_only, clusters_file=clusters).to_dict()["dedup"]
    assert dedup["cluster_sizes"] == [{"size": 2, "clusters": 1}, {"size": 3, "clusters": 1}]
    assert dedup["clusters_with_copies"] == 2 and dedup["cluster_sizes_from"] == "clusters file"
