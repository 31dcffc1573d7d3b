"""Export: every format loads in the tools people feed it to, with stable types row to row."""

from __future__ import annotations

import csv
import gzip
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from corpustool.export import arrow_schema, export_records
from corpustool.export.schema import RECORD_SPEC, conform_record
from corpustool.records import make_record

REPO = Path(__file__).resolve().parents[1]

HARBOUR = (
    "Harbour council votes to close the old pier\n\n"
    '"We cannot keep patching it, not with the winter storms coming," said Mayor Ilse Brandt, '
    "a former ferry captain.\n\n"
    "Residents were split. \"It's our history,\nand they're throwing it away,\" "
    "Tomas Reyes told reporters."
)


def quote(text: str, body: str, *, speaker: str | None, name: str | None, title: str | None, cue: str | None):
    """A quote dict pointing at ``text`` inside ``body`` (offsets computed, not typed by hand)."""
    start = body.index(text)
    q = {
        "text": text,
        "start": start,
        "end": start + len(text),
        "type": "direct",
        "speaker": speaker,
        "speaker_start": None,
        "speaker_end": None,
        "speaker_name": name,
        "speaker_title": title,
        "speaker_kind": "person" if name else None,
        "cue": cue,
        "cue_start": None,
        "cue_end": None,
    }
    if speaker:
        q["speaker_start"] = body.index(speaker, start)
        q["speaker_end"] = q["speaker_start"] + len(speaker)
    if cue:
        q["cue_start"] = body.index(cue, start)
        q["cue_end"] = q["cue_start"] + len(cue)
    return q


def fictional_corpus() -> list[dict]:
    """Invented news records in every shape the stages produce (and some they should not)."""
    q1 = quote(
        '"We cannot keep patching it, not with the winter storms coming,"',
        HARBOUR,
        speaker="Mayor Ilse Brandt",
        name="Ilse Brandt",
        title="Mayor",
        cue="said",
    )
    q2 = quote(
        "\"It's our history,\nand they're throwing it away,\"",
        HARBOUR,
        speaker="Tomas Reyes",
        name="Tomas Reyes",
        title=None,
        cue="told",
    )
    body_lines = HARBOUR.split("\n")
    removed = [{"text": "Home | News | Sport", "reason": "nav"}, {"text": body_lines[0], "reason": None}]
    removed.append({"text": "Share this on Facebook", "reason": "share_button"})
    removed += [{"text": line, "reason": None} for line in body_lines[1:]]
    removed.append({"text": "Share this on Facebook", "reason": "share_button"})
    clean_block = {
        "chars_in": len(HARBOUR) + 60,
        "chars_out": len(HARBOUR),
        "lines_in": len(removed),
        "lines_kept": len(body_lines),
        "removed_by_reason": [{"reason": "share_button", "count": 2}, {"reason": "nav", "count": 1}],
        "removed": removed,
    }
    first = make_record(
        HARBOUR,
        id="harbour-1",
        source="coastal-gazette",
        created="2024-03-02",
        metadata={"title": "Harbour council votes", "url": "https://example.org/pier", "section": "local"},
    )
    first |= {
        "clean": clean_block,
        "dedup": {"cluster": "harbour-1", "keep": True, "duplicate_of": None, "similarity": None},
        "quotes": [q1, q2],
    }
    copy_text = HARBOUR.replace("old pier", "old wooden pier")
    copy = make_record(copy_text, id="harbour-2", source="wire-east", created=None)
    copy |= {
        "clean": {**clean_block, "removed": [], "removed_by_reason": []},
        "dedup": {"cluster": "harbour-1", "keep": False, "duplicate_of": "harbour-1", "similarity": 0.93},
        "quotes": [],
    }
    plain = make_record(
        "Rain is expected over the valley, with 40 mm, or more, by Sunday.",
        id="weather-1",
        source="coastal-gazette",
        created="2024-03-03T06:00:00Z",
        metadata={"dateline": {"place": "VALLEY TOWN", "date": None, "agency": "CGN"}},
    )
    plain |= {
        "clean": {**clean_block, "removed": [], "removed_by_reason": []},
        "dedup": {"cluster": "weather-1", "keep": True, "duplicate_of": None, "similarity": 1},
        "quotes": [],
    }
    anon_text = 'A spokesperson, asked twice, said: "No comment; none at all."'
    anon = make_record(anon_text, id="anon-1", source=None)
    anon |= {
        "dedup": {"cluster": "anon-1", "keep": True, "duplicate_of": None, "similarity": None},
        "quotes": [
            quote('"No comment; none at all."', anon_text, speaker=None, name=None, title=None, cue=None)
        ],
    }
    before_stages = make_record("Ünïcødé — ‘odd’ text \u2028 with a line separator", id="raw-1")
    empty = make_record("", id="empty-1", source="wire-east")
    return [first, copy, plain, anon, before_stages, empty]


def read_jsonl(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as handle:
        return [orjson.loads(line) for line in handle]


def many_records(n: int, *, first_without_quotes: int = 0) -> list[dict]:
    """A larger corpus (several pyarrow read blocks) cycling through the fictional shapes."""
    base = fictional_corpus()
    out = []
    for i in range(n):
        record = json.loads(json.dumps(base[i % len(base)]))
        record["id"] = f"{record['id']}-{i}"
        if i < first_without_quotes:
            record["quotes"] = []
        out.append(record)
    return out


def test_conform_fills_every_key_in_one_order():
    rows = [conform_record(r) for r in fictional_corpus()]
    assert all(list(r)[:9] == list(RECORD_SPEC) for r in rows)
    raw = rows[4]
    assert raw["clean"] is None and raw["dedup"] is None and raw["quotes"] is None
    assert rows[2]["dedup"]["similarity"] == 1.0 and isinstance(rows[2]["dedup"]["similarity"], float)
    assert rows[0]["metadata"]["section"] == "local"  # user metadata survives


def test_conform_never_raises_on_wrong_types():
    odd = {"id": 7, "text": None, "metadata": "oops", "dedup": [], "quotes": [{"start": "3", "end": 2.0}, 5]}
    row = conform_record(odd)
    assert row["id"] == "7" and row["text"] is None and row["dedup"] is None
    assert row["metadata"]["title"] is None
    assert row["quotes"][0]["start"] is None and row["quotes"][0]["end"] == 2 and row["quotes"][1] is None


def test_jsonl_roundtrip_and_compression(tmp_path):
    out = tmp_path / "corpus.jsonl.zst"
    summary = export_records(fictional_corpus(), out)
    assert summary.rows == 6 and summary.files == [str(out)]
    import zstandard

    lines = zstandard.ZstdDecompressor().stream_reader(out.open("rb")).read().splitlines()
    rows = [orjson.loads(line) for line in lines]
    assert [r["id"] for r in rows] == [r["id"] for r in fictional_corpus()]
    assert "html" not in rows[0] and rows[0]["quotes"][1]["speaker_name"] == "Tomas Reyes"


def test_compression_option_appends_extension(tmp_path):
    summary = export_records(fictional_corpus(), tmp_path / "c.jsonl", compression="gz")
    assert summary.files == [str(tmp_path / "c.jsonl.gz")]
    assert len(read_jsonl(tmp_path / "c.jsonl.gz")) == 6


def test_sharding_splits_rows(tmp_path):
    summary = export_records(many_records(25), tmp_path / "c.jsonl.gz", shard_size=10)
    names = [Path(f).name for f in summary.files]
    assert names == ["c-00000.jsonl.gz", "c-00001.jsonl.gz", "c-00002.jsonl.gz"]
    assert [len(read_jsonl(Path(f))) for f in summary.files] == [10, 10, 5]


def test_fields_select_and_order_with_dotted_paths(tmp_path):
    out = tmp_path / "f.jsonl"
    export_records(fictional_corpus(), out, fields="metadata.title,id,dedup.keep,metadata.url")
    rows = read_jsonl(out)
    assert list(rows[0]) == ["metadata", "id", "dedup"]
    assert rows[0]["metadata"] == {"title": "Harbour council votes", "url": "https://example.org/pier"}
    assert rows[4]["dedup"] == {"keep": None}


def test_jsonl_loads_in_duckdb(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "c.jsonl"
    export_records(many_records(600), out)
    con = duckdb.connect()
    total, with_quotes, dated = con.execute(
        f"select count(*), count(*) filter (where len(quotes) > 0), count(created) "
        f"from read_json_auto('{out}')"
    ).fetchone()
    assert (total, with_quotes, dated) == (600, 200, 200)
    speakers = con.execute(
        f"select q.speaker_name, count(*) from (select unnest(quotes) as q from read_json_auto('{out}')) "
        "where q.speaker_name is not null group by 1 order by 1"
    ).fetchall()
    assert speakers == [("Ilse Brandt", 100), ("Tomas Reyes", 100)]


def test_jsonl_loads_in_pyarrow(tmp_path):
    pj = pytest.importorskip("pyarrow.json")
    out = tmp_path / "c.jsonl"
    export_records(many_records(3000), out)
    table = pj.read_json(out)
    assert table.num_rows == 3000
    assert str(table.schema.field("quotes").type.value_type.field("speaker_name").type) == "string"


def test_pyarrow_explicit_schema_when_first_block_has_no_quotes(tmp_path):
    """pyarrow cannot widen a block's inferred ``list<null>`` (all ``"quotes": []``) to the quote
    structs of a later block (pyarrow 14-26); ``arrow_schema()`` is the documented way round it."""
    pj = pytest.importorskip("pyarrow.json")
    out = tmp_path / "c.jsonl"
    export_records(many_records(3000, first_without_quotes=2000), out)
    table = pj.read_json(
        out,
        read_options=pj.ReadOptions(block_size=1 << 16),
        parse_options=pj.ParseOptions(explicit_schema=arrow_schema()),
    )
    assert table.num_rows == 3000
    assert table.column("quotes").combine_chunks().value_lengths().to_pylist().count(2) == 166
    assert table.schema.field("metadata").type.get_field_index("section") >= 0  # extras still inferred


def test_jsonl_loads_in_hf_datasets(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    datasets = pytest.importorskip("datasets")
    monkeypatch.setattr(datasets.config, "HF_DATASETS_OFFLINE", True)  # in case it was imported earlier
    out = tmp_path / "c.jsonl"
    export_records(many_records(600), out)
    ds = datasets.load_dataset("json", data_files=str(out), split="train", cache_dir=str(tmp_path / "cache"))
    assert ds.num_rows == 600
    assert sum(1 for q in ds["quotes"] if q) == 200
    assert ds[0]["quotes"][0]["speaker_title"] == "Mayor"


def test_quotes_csv_survives_commas_quotes_and_newlines(tmp_path):
    out = tmp_path / "quotes.csv"
    summary = export_records(fictional_corpus(), out, format="csv", quotes=True)
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert summary.rows == len(rows) == 3
    assert list(rows[0]) == [
        "doc_id",
        "quote",
        "type",
        "speaker_name",
        "speaker_title",
        "speaker_kind",
        "cue",
        "start",
        "end",
        "source",
        "created",
    ]
    second = rows[1]
    assert second["quote"] == "\"It's our history,\nand they're throwing it away,\""
    assert HARBOUR[int(second["start"]) : int(second["end"])] == second["quote"]
    assert rows[2]["speaker_name"] == "" and rows[2]["doc_id"] == "anon-1"


def test_document_csv_default_columns(tmp_path):
    out = tmp_path / "docs.csv"
    export_records(fictional_corpus(), out, format="csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == 6 and rows[0]["text"] == HARBOUR
    assert rows[1]["dedup.keep"] == "false" and rows[1]["dedup.duplicate_of"] == "harbour-1"


def test_parquet_has_declared_types(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "c.parquet"
    export_records(many_records(3000, first_without_quotes=2000), out, format="parquet")
    table = pq.read_table(out)
    assert table.num_rows == 3000
    assert str(table.schema.field("dedup").type.field("similarity").type) == "double"
    assert str(table.schema.field("metadata").type.field("section").type) == "string"
    assert sum(len(q or []) for q in table.column("quotes").to_pylist()) == 2 * 166 + 167


def test_parquet_quotes_rows(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "q.parquet"
    export_records(fictional_corpus(), out, format="parquet", quotes=True)
    rows = (
        duckdb.connect().execute(f"select doc_id, speaker_name, start from '{out}' order by start").fetchall()
    )
    assert [r[0] for r in rows] == ["anon-1", "harbour-1", "harbour-1"]


def test_missing_pyarrow_names_the_extra(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(Exception, match=r"pip install 'corpustool\[parquet\]'"):
        export_records(fictional_corpus(), tmp_path / "c.parquet", format="parquet")
    assert not (tmp_path / "c.parquet").exists()


def test_dolma_documents_and_attributes_line_up(tmp_path):
    summary = export_records(many_records(14), tmp_path / "dolma", format="dolma", shard_size=10)
    assert summary.rows == 14 and len(summary.files) == 8
    docs = read_jsonl(tmp_path / "dolma/documents/part-00000.jsonl.gz")
    assert set(docs[0]) == {"id", "text", "source", "added", "created", "metadata"}
    assert all(isinstance(d["source"], str) for d in docs)
    for name in ("corpustool_quotes", "corpustool_dedup", "corpustool_clean"):
        for part in ("part-00000", "part-00001"):
            attrs = read_jsonl(tmp_path / f"dolma/attributes/{name}/{part}.jsonl.gz")
            doc_ids = [d["id"] for d in read_jsonl(tmp_path / f"dolma/documents/{part}.jsonl.gz")]
            assert [a["id"] for a in attrs] == doc_ids
            assert len({tuple(sorted(a["attributes"])) for a in attrs}) == 1  # same keys every row
    quotes = read_jsonl(tmp_path / "dolma/attributes/corpustool_quotes/part-00000.jsonl.gz")
    start, end, score = quotes[0]["attributes"]["corpustool_quotes__quote"][1]
    assert docs[0]["text"][start:end].startswith("\"It's our history") and score == 1.0
    assert quotes[3]["attributes"]["corpustool_quotes__attributed_quote"] == []
    dedup = read_jsonl(tmp_path / "dolma/attributes/corpustool_dedup/part-00000.jsonl.gz")
    assert [bool(d["attributes"]["corpustool_dedup__duplicate"]) for d in dedup[:6]] == [
        False,
        True,
        False,
        False,
        False,
        False,
    ]
    assert dedup[1]["attributes"]["corpustool_dedup__duplicate"][0][2] == pytest.approx(0.93)


RECIPES = REPO / "docs" / "recipes.md"
JQ_FILTERS = {
    "select(.dedup.keep)": ["harbour-1", "weather-1", "anon-1"],
    "select((.quotes // []) | length > 0) | .id": ["harbour-1", "anon-1"],
    ".quotes[]? | select(.speaker_name != null) | [.speaker_name, .text] | @tsv": None,
}


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq not installed (apt-get install jq)")
def test_jq_recipes_from_the_docs(tmp_path):
    out = tmp_path / "c.jsonl"
    export_records(fictional_corpus(), out)
    recipes = RECIPES.read_text(encoding="utf-8")
    for jq_filter, expected in JQ_FILTERS.items():
        assert jq_filter in recipes, f"docs/recipes.md no longer shows {jq_filter!r}"
        flags = ["-r"] if expected is None else ["-c"]
        result = subprocess.run(
            ["jq", *flags, jq_filter, str(out)], capture_output=True, text=True, check=True
        )
        lines = result.stdout.splitlines()
        if expected is None:
            assert lines[0].startswith("Ilse Brandt\t") and len(lines) == 2
        else:
            values = [json.loads(line) for line in lines]
            ids = [v["id"] if isinstance(v, dict) else v for v in values]
            assert ids == expected


def run_cli(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "corpustool", *args], input=stdin, capture_output=True, timeout=120
    )


def corpus_bytes() -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in fictional_corpus())


def test_cli_quotes_csv_to_stdout():
    result = run_cli(["export", "--quotes", "--format", "csv"], corpus_bytes())
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"), newline="")))
    assert [r["speaker_name"] for r in rows] == ["Ilse Brandt", "Tomas Reyes", ""]


def test_cli_dolma_needs_a_directory_and_says_so():
    result = run_cli(["export", "--format", "dolma"], corpus_bytes())
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "Error: dolma writes a directory: give one with -o"


def test_cli_fields_and_compression(tmp_path):
    out = tmp_path / "ids.jsonl"
    result = run_cli(
        ["export", "-q", "-o", str(out), "--fields", "id,dedup.keep", "--compression", "gz"], corpus_bytes()
    )
    assert result.returncode == 0 and result.stdout == b"" and result.stderr == b""
    rows = read_jsonl(tmp_path / "ids.jsonl.gz")
    assert rows[1] == {"id": "harbour-2", "dedup": {"keep": False}}


@pytest.mark.slow
def test_large_corpus_whose_first_half_has_no_quotes_or_datelines(tmp_path, monkeypatch):
    """28 MB, the first 3,000 records without quotes or datelines: the case where Arrow's block-wise
    JSON inference breaks. DuckDB reads the JSONL as is; pyarrow with ``arrow_schema()``; Parquet
    loads everywhere, HF datasets included."""
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    duckdb = pytest.importorskip("duckdb")
    pj = pytest.importorskip("pyarrow.json")
    datasets = pytest.importorskip("datasets")
    monkeypatch.setattr(datasets.config, "HF_DATASETS_OFFLINE", True)  # in case it was imported earlier
    records = many_records(6000, first_without_quotes=3000)
    filler = " The harbour board met again on Thursday to discuss the pier." * 70
    for i, record in enumerate(records):
        record["text"] += filler
        if i < 3000:
            record["metadata"]["dateline"] = None
    jsonl, parquet = tmp_path / "c.jsonl", tmp_path / "c.parquet"
    export_records(records, jsonl)
    export_records(records, parquet, format="parquet")
    expected_quotes = sum(len(r.get("quotes") or []) for r in records)
    query = "select count(*), sum(len(quotes)) from {}"
    assert duckdb.sql(query.format(f"read_json_auto('{jsonl}')")).fetchall()[0] == (6000, expected_quotes)
    assert duckdb.sql(query.format(f"'{parquet}'")).fetchall()[0] == (6000, expected_quotes)
    table = pj.read_json(jsonl, parse_options=pj.ParseOptions(explicit_schema=arrow_schema()))
    assert table.num_rows == 6000
    ds = datasets.load_dataset(
        "parquet", data_files=str(parquet), split="train", cache_dir=str(tmp_path / "c")
    )
    assert sum(len(q or []) for q in ds["quotes"]) == expected_quotes


def test_format_follows_the_file_name(tmp_path):
    assert export_records(fictional_corpus(), tmp_path / "q.csv.gz", quotes=True).format == "csv"
    with gzip.open(tmp_path / "q.csv.gz", "rt", encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 3
    assert export_records(fictional_corpus(), tmp_path / "c.parquet").format == "parquet"
    assert export_records(fictional_corpus(), tmp_path / "c.json.zst").format == "jsonl"


def test_misspelt_fields_are_reported(tmp_path):
    summary = export_records(fictional_corpus(), tmp_path / "f.jsonl", fields="id,metadata.titel,dedup.keep")
    assert summary.empty_fields == ["metadata.titel"]
    result = run_cli(["export", "--fields", "id,metadata.titel"], corpus_bytes())
    assert result.returncode == 0
    assert "Warning: --fields metadata.titel: empty in every row" in result.stderr.decode()


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet", "dolma"])
def test_odd_text_never_breaks_a_format(tmp_path, format):
    text = 'Lone \ud800 surrogate, NUL\x00, CRLF\r\n, line sep \u2028 and "quotes".'
    start = text.index('"quotes"')
    odd = [
        {"id": "odd-1", "text": text, "quotes": [{"text": '"quotes"', "start": start, "end": start + 8}]},
        {
            "id": 7,
            "text": "",
            "metadata": {"title": ["not", "a", "string"], "dateline": "PARIS", "x": {1: "\udcff"}},
        },
    ]
    target = tmp_path / ("out" if format == "dolma" else f"out.{format}")
    summary = export_records(odd, target, format=format)
    assert summary.rows == 2
    if format == "jsonl":
        first, second = read_jsonl(target)
        assert first["text"] == text.replace("\ud800", "\ufffd")
        assert first["text"][start : start + 8] == '"quotes"'  # offsets survive the repair
        assert second["id"] == "7" and second["metadata"]["title"] == '["not","a","string"]'
        assert second["metadata"]["dateline"] is None and second["metadata"]["x"] == {"1": "\ufffd"}


def test_duckdb_recipes_from_the_docs(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "corpus.jsonl"
    export_records(fictional_corpus(), out)
    text = RECIPES.read_text(encoding="utf-8")
    sql = text.split("```sql\n", 1)[1].split("```", 1)[0]
    statements = [s.strip() for s in sql.replace("'corpus.jsonl'", f"'{out}'").split(";") if s.strip()]
    assert len(statements) == 2
    con = duckdb.connect()
    per_source = con.execute(statements[0]).fetchall()
    assert ("coastal-gazette", 2, 2) in per_source
    per_quote = con.execute(statements[1]).fetchall()
    assert len(per_quote) == 3 and ("harbour-1", "Tomas Reyes") in {row[:2] for row in per_quote}


def test_cli_format_from_the_output_name(tmp_path):
    out = tmp_path / "quotes.csv"
    result = run_cli(["export", "-q", "--quotes", "-o", str(out)], corpus_bytes())
    assert result.returncode == 0, result.stderr
    with out.open(newline="", encoding="utf-8") as handle:
        assert [row["doc_id"] for row in csv.DictReader(handle)] == ["harbour-1", "harbour-1", "anon-1"]
