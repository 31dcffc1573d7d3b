"""Print what the imported corpustool build makes of real text, one JSON line per document:
the compiled-build test runs this under both builds and compares the lines."""

import gzip
import json
import sys
from dataclasses import asdict
from pathlib import Path

from corpustool.build import describe
from corpustool.clean import clean_html, clean_text
from corpustool.quotes import extract_quotes


def main(shared: Path, seeds: Path) -> None:
    print(json.dumps({"build": describe()}))
    with gzip.open(shared / "bench" / "cleaning" / "aeb_dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            text, page = clean_text(row["raw_blocks"], explain=True), clean_html(row["html"], url=row["url"])
            print(json.dumps([asdict(text), asdict(page)]))
    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    with open(shared / "bench" / "quotes" / "polnear_dev.jsonl", encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh]
    for text in texts:
        print(json.dumps([extract_quotes(text, types="direct,partial,indirect"), asdict(clean_text(text))]))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
