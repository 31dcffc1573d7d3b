"""The local engine gives identical output, in order, for any worker count."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from pathlib import Path

from corpustool.clean import clean_records
from corpustool.engine import map_stage
from corpustool.io import read_records
from corpustool.records import Record, make_record


def shout(records: Iterable[Record]) -> Iterator[Record]:
    for record in records:
        yield {**record, "text": record["text"].upper()}


def test_parallel_stage_matches_serial_and_keeps_order() -> None:
    records = [
        make_record(f"story {i} about the harbor", id=str(i), added="2026-01-01T00:00:00Z")
        for i in range(300)
    ]
    serial = list(map_stage(shout, records, workers=1))
    parallel = list(map_stage(shout, iter(records), workers=2, chunk=7))
    assert parallel == serial
    assert [r["id"] for r in parallel] == [str(i) for i in range(300)]
    assert parallel[7]["text"] == "STORY 7 ABOUT THE HARBOR"


def test_parallel_clean_of_the_examples_is_identical(examples_dir: Path) -> None:
    records = list(read_records([str(examples_dir / "txt"), str(examples_dir / "html")], keep_html=True))
    parallel = list(map_stage(clean_records, copy.deepcopy(records), workers=2, chunk=2))
    assert parallel == list(clean_records(copy.deepcopy(records)))
