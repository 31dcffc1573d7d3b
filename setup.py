"""Optional compiled build: ``CORPUSTOOL_COMPILE=1 pip install .`` turns the per-line cleaning and
quote-attribution modules into C extensions with mypyc (the compiler black and mypy ship with).

Their time goes into many small Python calls, which mypyc makes native; output is identical (a test
compares the two builds). Without the variable the package is pure Python, as in editable installs,
where a compiled module would shadow the source being edited. Asking for a compiled build on a
machine without a C compiler fails loudly rather than falling back unnoticed.
"""

import os
from pathlib import Path

from setuptools import setup

# The modules a document spends its time in. Leaf modules only: callers stay Python, so
# monkeypatching and debugging the rest of the package is unaffected.
COMPILED = [
    *sorted(str(p) for p in Path("corpustool/quotes").glob("*.py") if p.name != "__init__.py"),
    *(
        f"corpustool/clean/{name}.py"
        for name in ("lines", "metadata", "body", "pipeline", "tables", "lang", "text", "unwrap", "rules")
    ),
]


def compiled_extensions() -> list:
    if os.environ.get("CORPUSTOOL_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    # only the compiled modules' own types must hold; the rest of the package is not type-checked here
    return mypycify(["--follow-imports=silent", "--ignore-missing-imports", *COMPILED], opt_level="3")


setup(ext_modules=compiled_extensions())
