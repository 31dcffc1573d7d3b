"""Sharded runs from Python: the library's entry points, without the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpustool.engine import LocalEngine
from corpustool.engine.shards import ReadSpec, spool_sources
from corpustool.errors import InputError
from corpustool.io.formats import ReadOptions
from corpustool.io.sources import expand_inputs


def test_a_bad_row_in_a_worker_process_reaches_the_caller_with_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Harbor ferries resume."}\n{broken\n')
    engine = LocalEngine(workers=2)  # a real process pool: the error is pickled on its way back
    try:
        sources = list(expand_inputs([str(path)]))
        task = engine.submit(spool_sources, sources, ReadSpec(ReadOptions()), str(tmp_path), 0)
        with pytest.raises(InputError) as info:
            task.result()
    finally:
        engine.close()
    assert (info.value.source, info.value.line) == (str(path), 2)
    assert str(info.value).startswith(f"{path}:2: invalid JSON")
