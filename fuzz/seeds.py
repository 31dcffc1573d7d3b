"""Write the starting corpus of each fuzz target from the project's own (fictional) examples.

Nothing third-party is committed: seeds are built from examples/ at run time into the work dir.
Usage: python fuzz/seeds.py OUT_DIR  ->  OUT_DIR/{clean,quotes,readers}/
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
# Reader seeds: format selector byte, storage byte (0 = raw), then the file's bytes.
READER_FORMATS = {".txt": 0, ".html": 1, ".jsonl": 2, ".json": 3, ".csv": 4, ".warc": 5}
MAX_SEED = 20_000


def main(out: Path) -> None:
    documents = sorted(p for p in EXAMPLES.rglob("*") if p.suffix in {".txt", ".html"})
    for target in ("clean", "quotes"):
        folder = out / target
        folder.mkdir(parents=True, exist_ok=True)
        for path in documents:
            (folder / path.name).write_bytes(path.read_bytes()[:MAX_SEED])
    readers = out / "readers"
    readers.mkdir(parents=True, exist_ok=True)
    for path in [*documents, *EXAMPLES.rglob("*.jsonl")]:
        body = path.read_bytes()[:MAX_SEED]
        (readers / path.name).write_bytes(bytes([READER_FORMATS[path.suffix], 0]) + body)
    (readers / "array.json").write_bytes(b"\x03\x00" + b'[{"id": "a", "text": "One."}, 3, null]')
    (readers / "table.csv").write_bytes(b'\x04\x00id,text\na,"One, two."\nb,Three\n')
    warc = EXAMPLES / "warc" / "news.warc.gz"
    if warc.exists():
        import gzip

        (readers / "news.warc").write_bytes(b"\x05\x00" + gzip.decompress(warc.read_bytes())[:MAX_SEED])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
