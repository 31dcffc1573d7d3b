"""corpustool: turn raw news scrapes into a clean, deduplicated, quote-annotated corpus.

Every stage is a plain function over an iterator of record dicts, so stages compose in Python
exactly as they do in a shell pipe::

    from corpustool import read_records, clean_records, dedup_records, quote_records, write_jsonl
    write_jsonl(quote_records(dedup_records(clean_records(read_records(["raw/"], keep_html=True)))),
                "corpus.jsonl.zst")
"""

__version__ = "0.1.0"

from corpustool.accounting import RunReport
from corpustool.clean import clean_records
from corpustool.dedup import dedup_records
from corpustool.errors import CorpustoolError, InputError
from corpustool.io import open_output, read_records, write_jsonl
from corpustool.quotes import quote_records
from corpustool.records import Record, make_record

__all__ = [
    "CorpustoolError",
    "InputError",
    "Record",
    "RunReport",
    "__version__",
    "clean_records",
    "dedup_records",
    "make_record",
    "open_output",
    "quote_records",
    "read_records",
    "write_jsonl",
]
