"""Choose the corpustool build a benchmark process imports, and run the other build beside it.

``pure`` is the source tree. ``compiled`` is out/compiled, the mypyc build `make compiled` writes
(setup.py); it is refused when the sources changed since it was built, because its figures would
belong to other code. Both builds cannot live in one process (same module names), so a benchmark
measures the second build in a child process that times its own peer again: every ratio is
against a peer measured in the same process run.

    python benchmarks/builds.py stamp > FILE   # the hash of the sources a build is about to be made from
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COMPILED_DIR = REPO / "out" / "compiled"
STAMP_NAME = "SOURCE-SHA256"


def source_hash() -> str:
    """Hash of the package sources and the build recipe a compiled build is made from."""
    digest = hashlib.sha256()
    for path in sorted([*(REPO / "corpustool").rglob("*.py"), REPO / "setup.py"]):
        digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def compiled_ready() -> str | None:
    """None when out/compiled is present and current, else why it cannot be used."""
    stamp = COMPILED_DIR / STAMP_NAME
    if not stamp.exists():
        return "no compiled build: run `make compiled`"
    if stamp.read_text().strip() != source_hash():
        return "out/compiled is older than the sources: run `make compiled`"
    return None


def activate(build: str) -> str:
    """Put the chosen build first on sys.path (before anything imports corpustool); its label."""
    if build == "compiled":
        problem = compiled_ready()
        if problem:
            sys.exit(problem)
        sys.path.insert(0, str(COMPILED_DIR))
    else:
        sys.path.insert(0, str(REPO))
    from corpustool.build import describe

    label = describe()
    if (build == "compiled") != label.startswith("compiled"):
        sys.exit(f"asked for the {build} build but imported a {label} corpustool")
    return label


def run_child(script: Path, build: str, args: list[str]) -> dict:
    """Run ``script --build BUILD --json-out FILE ARGS`` in a fresh process and read its results."""
    out = REPO / "out" / f"{script.stem}-{build}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    cmd = [sys.executable, str(script), "--build", build, "--json-out", str(out), *args]
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    if sys.argv[1:] != ["stamp"]:
        sys.exit(__doc__)
    print(source_hash())
