"""The local engine gives identical output, in order, for any worker count."""

from __future__ import annotations

from corpustool.engine import map_records
from corpustool.records import make_record


def shout(record):
    return {**record, "text": record["text"].upper()}


def test_parallel_map_matches_serial_and_keeps_order() -> None:
    records = [
        make_record(f"story {i} about the harbor", id=str(i), added="2026-01-01T00:00:00Z")
        for i in range(300)
    ]
    serial = list(map_records(shout, records, workers=1))
    parallel = list(map_records(shout, iter(records), workers=2))
    assert parallel == serial
    assert [r["id"] for r in parallel] == [str(i) for i in range(300)]
    assert parallel[7]["text"] == "STORY 7 ABOUT THE HARBOR"
