"""Reading and writing records: formats, compression, encodings, atomic output."""

from corpustool.io.readers import INPUT_FORMATS, read_records
from corpustool.io.writers import open_output, write_jsonl

__all__ = ["INPUT_FORMATS", "open_output", "read_records", "write_jsonl"]
