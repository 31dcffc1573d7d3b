"""Invariants that hold for any input (hypothesis): nothing vanishes uncounted, offsets index their
text, clean is idempotent, dedup ignores order and worker count, JSONL round-trips.

Texts are built from news-like pieces (sentences, quote marks of every kind, speakers, cue verbs,
junk lines, odd characters) so the generator reaches the rules, not only the empty-input paths.
Runs are derandomised: the same examples every run, so CI failures reproduce.
"""

from __future__ import annotations

import random
from pathlib import Path

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from robust_checks import check_clean_result, check_quotes, check_record

from corpustool.accounting import RunReport
from corpustool.clean import clean_records, clean_text
from corpustool.dedup import DedupStats, dedup_records
from corpustool.io import read_records, write_jsonl
from corpustool.quotes import QUOTE_TYPES, extract_quotes, quote_records
from corpustool.records import make_record

PROPERTY = settings(
    derandomize=True, deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow]
)

NAMES = [
    "Mara Velling",
    "Tomas Brennick",
    "Dr. Anna Berg",
    "the minister",
    "she",
    "Rasmus Holt",
    "a spokesman",
]
CUES = ["said", "told reporters", "added", "warned", "according to", "insisted", "wrote"]
MARKS = [
    ('"', '"'),
    ("\u201c", "\u201d"),
    ("\u2018", "\u2019"),
    ("\u00ab ", " \u00bb"),
    ("'", "'"),
    ('"', ""),
]
WORDS = [
    "the",
    "council",
    "ferry",
    "harbor",
    "vote",
    "strike",
    "union",
    "budget",
    "island",
    "route",
    "minister",
    "board",
    "said",
    "would",
    "not",
    "before",
    "after",
    "week",
    "Tuesday",
    "million",
    "percent",
    "police",
    "court",
    "report",
]
JUNK = [
    "Share this article",
    "Cookie settings",
    "Read more:",
    "Advertisement",
    "© 2024 Harbor Ledger",
    "Menu",
]
ODD = ["\u00a0", "\u200b", "\x00", "\t", "\ufeff", "\u2028", "—", "…", "\r", "&amp;", "<b>", "\ufffd"]

words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)
plain_sentence = words.map(lambda w: w[:1].upper() + w[1:] + ".")


@st.composite
def quote_sentence(draw) -> str:
    opening, closing = draw(st.sampled_from(MARKS))
    body = draw(words)
    speaker, cue = draw(st.sampled_from(NAMES)), draw(st.sampled_from(CUES))
    if draw(st.booleans()):
        return f"{opening}{body[:1].upper()}{body[1:]},{closing} {speaker} {cue}."
    return f"{speaker.capitalize()} {cue}: {opening}{body}.{closing}"


line = st.one_of(
    plain_sentence,
    quote_sentence(),
    st.lists(st.one_of(plain_sentence, quote_sentence()), min_size=2, max_size=5).map(" ".join),
    st.sampled_from(JUNK),
    st.sampled_from(ODD),
    st.text(max_size=40),
)
scrape = st.lists(st.tuples(line, st.sampled_from(["\n", "\n\n", "\n\n\n", " \n"])), max_size=25).map(
    lambda parts: "".join(text + gap for text, gap in parts)
)


@PROPERTY
@given(scrape)
def test_clean_accounts_for_every_line_and_lists_them_in_order(text: str) -> None:
    check_clean_result(text, clean_text(text, explain=True), explain=True, text_path=True)


@PROPERTY
@given(scrape)
def test_clean_is_idempotent_on_its_own_output(text: str) -> None:
    once = clean_text(text).text
    assert clean_text(once).text == once


@PROPERTY
@given(scrape)
def test_every_quote_offset_indexes_its_text(text: str) -> None:
    check_quotes(text, extract_quotes(text, types=QUOTE_TYPES))


@PROPERTY
@given(st.lists(scrape, max_size=12))
def test_clean_and_quotes_give_one_record_out_per_record_in(texts: list[str]) -> None:
    records = [make_record(t, id=f"r{i}") for i, t in enumerate(texts)]
    out = list(quote_records(clean_records(records), types=QUOTE_TYPES))
    assert [r["id"] for r in out] == [f"r{i}" for i in range(len(texts))]
    for record in out:
        check_record(record)
        check_quotes(record["text"], record["quotes"])


# Dedup: a few stories, each copied with small edits, shuffled.
story = st.lists(plain_sentence, min_size=6, max_size=12).map(" ".join)


@st.composite
def wire_copies(draw) -> list[dict]:
    stories = draw(st.lists(story, min_size=1, max_size=5, unique=True))
    records = []
    for s, text in enumerate(stories):
        for c in range(draw(st.integers(1, 4))):
            edited = text + (f" Updated {c} times by the desk of paper {s}." if c else "")
            records.append(make_record(edited, id=f"s{s}c{c}", added="2024-01-01T00:00:00Z"))
    return records


def _dedup(records: list[dict], **options) -> tuple[dict, DedupStats]:
    stats = DedupStats()
    out = list(dedup_records([dict(r) for r in records], stats=stats, **options))
    return {r["id"]: (r["dedup"]["cluster"], r["dedup"]["duplicate_of"]) for r in out}, stats


def _partition(records: list[dict], **options) -> frozenset[frozenset[str]]:
    """Which records dedup groups together, whatever it names the clusters or keeps."""
    clusters: dict[str, set[str]] = {}
    for record_id, (cluster, _) in _dedup(records, mark=True, **options)[0].items():
        clusters.setdefault(cluster, set()).add(record_id)
    return frozenset(frozenset(members) for members in clusters.values())


@settings(PROPERTY, max_examples=15)
@given(wire_copies(), st.randoms(use_true_random=False))
def test_dedup_output_regardless_of_input_order_and_counts_every_drop(
    records: list[dict], rnd: random.Random
) -> None:
    kept, stats = _dedup(records)
    assert len(kept) + stats.dropped == len(records)
    shuffled = records[:]
    rnd.shuffle(shuffled)
    assert _partition(shuffled) == _partition(records)
    # the same copy is kept, and every copy names it, whatever the order
    assert _dedup(shuffled)[0] == kept
    assert _dedup(shuffled, mark=True)[0] == _dedup(records, mark=True)[0]


def test_equal_length_copies_keep_the_same_one_in_any_order() -> None:
    base = "The council voted on Monday to keep the harbour library open for another year."
    copies = [make_record(base + f" Updated {c} times by the desk.", id=f"c{c}") for c in (1, 2)]
    assert list(_dedup(copies)[0]) == list(_dedup(copies[::-1])[0]) == ["c1"]


@settings(PROPERTY, max_examples=3)
@given(wire_copies())
def test_dedup_ignores_worker_count(records: list[dict]) -> None:
    assert _dedup(records, mark=True, workers=2)[0] == _dedup(records, mark=True, workers=1)[0]


json_value = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.text(st.characters(exclude_categories=["Cs"])),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=200)


@PROPERTY
@given(
    st.lists(st.tuples(any_text, st.dictionaries(st.text(min_size=1, max_size=8), json_value)), max_size=8),
    st.sampled_from(["out.jsonl", "out.jsonl.gz", "out.jsonl.zst"]),
)
def test_jsonl_written_then_read_gives_the_same_records(tmp_path_factory, rows, name: str) -> None:
    records = [
        make_record(
            text,
            id=f"r{i}",
            added="2024-01-01T00:00:00Z",
            metadata={"extra": extra, "path": "earlier.jsonl", "format": "jsonl"},  # as a reader left them
        )
        for i, (text, extra) in enumerate(rows)
    ]
    path = Path(tmp_path_factory.mktemp("jsonl")) / name
    assert write_jsonl(records, path) == len(records)
    report = RunReport()
    back = list(read_records([str(path)], on_error="skip", report=report)) if records else []
    assert back == records
    assert not report.skipped


@PROPERTY
@given(st.lists(st.one_of(st.builds(dict, id=st.text(max_size=5), text=any_text), json_value), max_size=12))
def test_reader_yields_or_counts_every_line(tmp_path_factory, rows) -> None:
    path = Path(tmp_path_factory.mktemp("rows")) / "rows.jsonl"
    path.write_bytes(b"".join(orjson.dumps(row) + b"\n" for row in rows))
    report = RunReport()
    got = list(read_records([str(path)], on_error="skip", report=report))
    assert len(got) + len(report.skipped) == max(len(rows), 1 if not rows else 0)
    assert report.records_in == len(got)
