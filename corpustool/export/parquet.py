"""Parquet (the ``parquet`` extra): a typed, compressed file for DuckDB, pandas and Spark.

The schema is fixed before the first row group: declared fields get their declared Arrow types
(:mod:`corpustool.export.schema`), anything else (user metadata, projected paths) is inferred
from the first batch. Later rows are cast to that schema; keys the first batch never showed are
dropped (Parquet cannot add columns midway), which the summary reports.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import IO, Any

from corpustool.errors import OutputError
from corpustool.export.schema import Spec, arrow_type, require_pyarrow

BATCH_ROWS = 1024


def write_parquet_rows(
    rows: Iterable[dict[str, Any]], sink: IO[bytes], spec: dict[str, Spec], *, compression: str = "zstd"
) -> int:
    """Write rows as Parquet row groups to a binary sink; returns the row count."""
    pa = require_pyarrow()
    import pyarrow.parquet as pq

    iterator = iter(rows)
    first = list(itertools.islice(iterator, BATCH_ROWS))
    try:
        schema = _schema(pa, first, spec)
    except (pa.ArrowException, TypeError, ValueError) as error:
        raise OutputError(f"parquet: cannot type the first rows (try --fields): {error}") from error
    count = 0
    with pq.ParquetWriter(sink, schema, compression=compression) as writer:
        batch = first
        while batch:
            try:
                table = pa.Table.from_pylist(batch, schema=schema)
            except (pa.ArrowException, TypeError, ValueError) as error:
                where = f"rows {count + 1}-{count + len(batch)}"
                raise OutputError(f"parquet: {where} do not fit the schema: {error}") from error
            writer.write_table(table)
            count += len(batch)
            batch = list(itertools.islice(iterator, BATCH_ROWS))
    return count


def _schema(pa: Any, first: list[dict[str, Any]], spec: dict[str, Spec]):
    """Declared types where known, inferred ones elsewhere; untyped (all-null) columns are strings."""
    if not first:
        return pa.schema([pa.field(key, arrow_type(sub)) for key, sub in spec.items()])
    inferred = pa.Table.from_pylist(first).schema
    return pa.schema([_merge(pa, field, spec.get(field.name)) for field in inferred])


def _merge(pa: Any, field: Any, spec: Spec | None):
    if spec is not None and not isinstance(spec, dict):
        return pa.field(field.name, arrow_type(spec))
    if pa.types.is_struct(field.type):
        children = [
            _merge(pa, field.type.field(i), (spec or {}).get(field.type.field(i).name))
            for i in range(field.type.num_fields)
        ]
        return pa.field(field.name, pa.struct(children))
    if spec is not None:
        return pa.field(field.name, arrow_type(spec))
    return pa.field(field.name, _untyped_to_string(pa, field.type))


def _untyped_to_string(pa: Any, dtype: Any):
    """``null`` (and lists of null) become strings: a column with no value yet must still take one."""
    if pa.types.is_null(dtype):
        return pa.string()
    if pa.types.is_list(dtype):
        return pa.list_(_untyped_to_string(pa, dtype.value_type))
    return dtype
