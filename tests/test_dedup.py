"""dedup: wire copies join, follow-ups and same-topic stories do not, and every decision is accountable."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest

from corpustool.dedup import DedupStats, dedup_records, explain_pair, fingerprint, render_explanation
from corpustool.records import make_record

# Fictional wire story (written for these tests), four paragraphs.
LEAD = ("The harbour authority of Port Allen said on Tuesday it would close the northern container "
        "terminal for three weeks to repair storm damage to two cranes.")
PARAS = [
    LEAD,
    "Ships due at the terminal will be diverted to the southern quay, where the authority expects "
    "waiting times of up to two days, a spokeswoman for the authority said.",
    "The storm last Friday tore the roof off a warehouse and left one crane leaning against a "
    "loading bridge, according to the port's chief engineer, Marta Olsen.",
    "Insurers have put the damage at about 14 million crowns; the authority said it expected "
    "full compensation before the end of the year.",
]
ORIGINAL = "Storm Shuts Port Allen Terminal\n\nPORT ALLEN, May 3 (Reuters) - " + "\n\n".join(PARAS)
# A re-publication: other headline, no dateline, last paragraph cut, "said" -> "says", outlet lines.
COPY = ("Crane damage closes harbour terminal | The Valley Courier\n\n"
        + "\n\n".join(p.replace(" said", " says") for p in PARAS[:3])
        + "\n\nSign up for the Valley Courier newsletter.\n")
# Same paragraphs hard-wrapped with a hyphenated line break and a little OCR noise.
OCR_COPY = ("The harbour authority of Port Allen said on Tuesday it would close the north-\nern container "
            "terminal for three weeks to repair storm damage to two cranes.\n\nShips due at the "
            "termnal will be diverted to the southern quay, where the authority expects\nwaiting "
            "times of up to two days, a spokeswoman for the authority said.")
# A follow-up: a new lead, then the original's background paragraphs reused.
FOLLOW_UP = ("Port Allen Terminal Reopens Early\n\nThe northern container terminal at Port Allen reopened "
             "on Monday, a week ahead of schedule, after engineers replaced the damaged crane arms, "
             "the harbour authority said.\n\n" + "\n\n".join(PARAS[2:]))
# Another story on the same topic (shares vocabulary, not text).
SAME_TOPIC = ("The harbour authority of Port Allen said on Wednesday that container traffic rose by nine "
              "percent in April, helped by new routes to the Baltic.\n\nThe authority expects traffic "
              "to keep growing through the summer, its finance director said.")


# Fictional earnings copy: a results table opens the story instead of a sentence. The follow-up
# prints its own table, then reuses the original's background paragraph.
EARNINGS_BACKGROUND = ("The company said its fourth quarter results were hurt by higher claims from the "
                       "spring floods in the river valley and by lower returns on its bond portfolio.")
EARNINGS = ("Valley Mutual Year Loss\n\nShr loss two cts\nNet loss 412,000\nRevs 18.3 mln\n\n"
            + EARNINGS_BACKGROUND + "\n\nThe insurer said it would not pay a final dividend.")
EARNINGS_COPY = ("Valley Mutual posts loss | The Fenwick Herald\n\nShr loss two cts\nNet loss 412,000\n"
                 "Revs 18.3 mln\n\n" + EARNINGS_BACKGROUND)
EARNINGS_FOLLOW_UP = ("Valley Mutual First Quarter\n\nShr profit four cts\nNet profit 96,000\n"
                      "Revs 9.1 mln\n\n" + EARNINGS_BACKGROUND)


def _recs(*texts: str, created: list[str | None] | None = None) -> list[dict]:
    dates = created or [None] * len(texts)
    return [make_record(t, id=f"r{i}", created=dates[i]) for i, t in enumerate(texts)]


def _marked(records: list[dict], **kw) -> dict[str, dict]:
    return {r["id"]: r["dedup"] for r in dedup_records(records, mark=True, **kw)}


def test_copies_join_and_followup_and_same_topic_stay_apart() -> None:
    out = _marked(_recs(ORIGINAL, COPY, OCR_COPY, FOLLOW_UP, SAME_TOPIC))
    assert out["r1"]["cluster"] == out["r0"]["cluster"] == out["r2"]["cluster"] == "r0"
    assert out["r3"]["cluster"] == "r3"
    assert out["r4"]["cluster"] == "r4"


def test_results_table_leads_join_their_copies_but_not_the_next_quarter() -> None:
    out = _marked(_recs(EARNINGS, EARNINGS_COPY, EARNINGS_FOLLOW_UP))
    assert out["r1"]["cluster"] == "r0"
    assert out["r2"]["cluster"] == "r2"


def test_default_drops_copies_and_keeps_longest_in_input_order() -> None:
    stats = DedupStats()
    out = list(dedup_records(_recs(COPY, ORIGINAL, SAME_TOPIC), stats=stats))
    assert [r["id"] for r in out] == ["r1", "r2"]  # the original is the most complete copy
    assert stats.duplicates == 1 and stats.clusters == 1 and stats.kept == 2
    assert "dropped 1 duplicates in 1 clusters" in stats.summary()


def test_dedup_block_has_stable_types() -> None:
    out = _marked(_recs(ORIGINAL, COPY, SAME_TOPIC, ""))
    for block in out.values():
        assert set(block) == {"cluster", "keep", "duplicate_of", "similarity"}
        assert isinstance(block["cluster"], str) and isinstance(block["keep"], bool)
    assert out["r1"]["duplicate_of"] == "r0" and 0.4 <= out["r1"]["similarity"] <= 1.0
    assert out["r0"]["duplicate_of"] is None and out["r0"]["similarity"] is None
    assert out["r3"] == {"cluster": "r3", "keep": True, "duplicate_of": None, "similarity": None}


@pytest.mark.parametrize(("keep", "kept"), [("longest", "r1"), ("first", "r0"), ("earliest", "r2")])
def test_keep_policies(keep: str, kept: str) -> None:
    records = _recs(COPY, ORIGINAL, OCR_COPY, created=["2024-05-04", "2024-05-03", "2024-05-01"])
    out = _marked(records, keep=keep)
    assert {b["cluster"] for b in out.values()} == {kept}
    assert [i for i, b in out.items() if b["keep"]] == [kept]


def test_unknown_keep_policy_is_refused_before_reading() -> None:
    with pytest.raises(ValueError, match="keep policy"):
        dedup_records([], keep="newest")


def test_odd_input_does_not_raise() -> None:
    texts = ["", " \n\n ", "x", "\u200b\ufeff" * 50, "é" * 10_000, "a" * 200_000, "-\n-\n" * 1000]
    out = list(dedup_records(_recs(*texts), mark=True))
    assert len(out) == len(texts)


def test_clusters_file_lists_members_and_joining_scores(tmp_path: Path) -> None:
    path = tmp_path / "clusters.jsonl"
    list(dedup_records(_recs(ORIGINAL, COPY, FOLLOW_UP), clusters_path=str(path)))
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(rows) == 1
    assert rows[0]["kept"] == "r0" and {m["id"] for m in rows[0]["members"]} == {"r0", "r1"}
    copy = next(m for m in rows[0]["members"] if m["id"] == "r1")
    assert copy["containment"] >= 0.4 and copy["lead"] >= 0.5 and copy["centre"] == "r0"


def test_explain_shows_scores_reason_and_differing_passages() -> None:
    a, b, f = _recs(ORIGINAL, COPY, FOLLOW_UP)
    same = explain_pair(a, b)
    assert same["decision"] == "copy"
    assert any("Insurers" in s for s in same["only_in_a"])  # the cut last paragraph
    assert not any("spokeswoman" in s for s in same["only_in_a"])  # "said"->"says" still matches
    different = explain_pair(a, f)
    assert different["decision"] == "different" and "lead" in different["reason"]
    assert any("reopened" in s for s in different["only_in_b"])
    text = render_explanation(different)
    assert "DIFFERENT" in text and "reopened" in text


def test_index_dedups_new_scrape_and_second_run_changes_nothing(tmp_path: Path) -> None:
    index = str(tmp_path / "seen.sqlite")
    first = list(dedup_records(_recs(ORIGINAL, SAME_TOPIC), index_path=index))
    assert [r["id"] for r in first] == ["r0", "r1"]
    new = [make_record(COPY, id="n1"), make_record(FOLLOW_UP, id="n2")]
    stats = DedupStats()
    out = _marked(new, index_path=index, stats=stats)
    assert (out["n1"]["cluster"], out["n1"]["keep"], out["n1"]["duplicate_of"]) == ("r0", False, "r0")
    assert out["n2"]["keep"] and stats.indexed_added == 1
    again = DedupStats()
    assert list(dedup_records(new, index_path=index, stats=again)) == []
    assert again.indexed_added == 0 and again.already_indexed == 1 and again.duplicates == 1


def test_workers_and_shard_sizes_give_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    records = _recs(ORIGINAL, COPY, OCR_COPY, FOLLOW_UP, SAME_TOPIC)
    one = _marked([dict(r) for r in records])
    # Two records a shard: copies land in different shards, and every stage runs in workers.
    monkeypatch.setenv("CORPUSTOOL_SHARD_RECORDS", "2")
    two = _marked([dict(r) for r in records], workers=2)
    assert one == two
    assert sum(not block["keep"] for block in two.values()) == 2  # both copies joined the original


def test_fingerprint_is_small() -> None:
    fp = fingerprint(ORIGINAL)
    assert 0 < len(fp.sig) < len(ORIGINAL) / 2 and fp.sig.dtype.itemsize == 4


# --- seeds (real scrapes from ../shared) -------------------------------------------------------

def _seed_variant(text: str) -> str:
    """New headline, dateline stripped, last two paragraphs cut: built from the seed at run time."""
    paras = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    body = paras[1:-2]
    body[0] = re.sub(r"^[A-Z][A-Za-z ,.]*\d{1,2}\s*\([^)]*\)\s*[-—–]+\s*", "", body[0])
    return "A different headline chosen by another outlet\n\n" + "\n\n".join(body)


def test_seeds_are_five_stories_and_a_cut_variant_joins_its_original(seeds_dir: Path) -> None:
    seeds = sorted(seeds_dir.glob("*.txt"))
    assert len(seeds) == 5
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    records = [make_record(t, id=p.stem) for p, t in zip(seeds, texts, strict=True)]
    out = _marked(records)
    assert len({b["cluster"] for b in out.values()}) == 5
    for i in (0, 3):
        variant = make_record(_seed_variant(texts[i]), id="variant")
        marked = _marked([*records, variant])
        assert marked["variant"]["cluster"] == marked[seeds[i].stem]["cluster"]
        assert len({b["cluster"] for b in marked.values()}) == 5


# --- benchmark corpora (../shared/bench/dedup) -------------------------------------------------

def _load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _pair_scores(gold: dict[str, object], pred: dict[str, str]) -> tuple[float, float]:
    """Pair F1 and ARI (same definition as bench/dedup/score.py)."""
    from collections import Counter

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    ids = list(gold)
    tp = sum(pairs(c) for c in Counter((gold[i], pred[i]) for i in ids).values())
    gp = sum(pairs(c) for c in Counter(gold[i] for i in ids).values())
    pp = sum(pairs(c) for c in Counter(pred[i] for i in ids).values())
    p, r = tp / pp, tp / gp
    expected = gp * pp / pairs(len(ids))
    return 2 * p * r / (p + r), (tp - expected) / ((gp + pp) / 2 - expected)


def _run_corpus(path: Path) -> tuple[list[dict], dict[str, str]]:
    docs = _load(path)
    records = [make_record(d["text"], id=d["id"]) for d in docs]
    return docs, {r["id"]: r["dedup"]["cluster"] for r in dedup_records(records, mark=True)}


def test_corpus_small_meets_the_bar_and_never_merges_followups(bench_dir: Path) -> None:
    docs, pred = _run_corpus(bench_dir / "dedup" / "corpus_small.jsonl.gz")
    f1, ari = _pair_scores({d["id"]: d["cluster"] for d in docs}, pred)
    assert f1 >= 0.97 and ari >= 0.97
    meta = _load(bench_dir / "dedup" / "corpus_small.meta.jsonl.gz")
    base_of = {m["id"]: m["base_id"] for m in meta}
    originals = {m["id"] for m in meta if not m["kind"].startswith("followup")}
    merged = [m["id"] for m in meta if m["kind"].startswith("followup") and any(
        pred[o] == pred[m["id"]] and base_of[o] == m["followup_of"] for o in originals)]
    assert merged == []


@pytest.mark.slow
def test_corpus_small_hard_meets_the_bar(bench_dir: Path) -> None:
    docs, pred = _run_corpus(bench_dir / "dedup" / "corpus_small_hard.jsonl.gz")
    f1, _ = _pair_scores({d["id"]: d["cluster"] for d in docs}, pred)
    assert f1 >= 0.93


@pytest.mark.parametrize("text", [ORIGINAL, OCR_COPY, "Café crème — “Zürich” said. " * 40, "x", ""])
def test_one_pass_fingerprint_equals_hashing_each_part(text: str) -> None:
    from corpustool.dedup.normalize import article_parts
    from corpustool.dedup.shingles import ANCHOR_CHARS, ANCHOR_RATE, shingle_hashes

    fp = fingerprint(text)
    body, lead, head = article_parts(text)
    assert fp.sig.tolist() == shingle_hashes(body).tolist()
    assert fp.lead.tolist() == shingle_hashes(lead).tolist()
    assert fp.head.tolist() == shingle_hashes(head).tolist()
    assert fp.anchors.tolist() == shingle_hashes(body, ANCHOR_CHARS, ANCHOR_RATE).tolist()
