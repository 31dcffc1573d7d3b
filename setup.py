"""Optional compiled build: ``CORPUSTOOL_COMPILE=1 pip install .`` turns the per-line cleaning and
quote-attribution modules into C extensions with mypyc (the compiler black and mypy ship with).

Their time goes into many small Python calls, which mypyc makes native; output is identical (a test
compares the two builds). Without the variable the package is pure Python, as in editable installs,
where a compiled module would shadow the source being edited. Asking for a compiled build on a
machine without a C compiler fails loudly rather than falling back unnoticed.

``CORPUSTOOL_COMPILE=check`` builds the same code for the test that compares the builds, in about
half the time: mypyc generates identical C whatever the level (it only becomes the C compiler's
``-O`` flag), so the check build skips the C optimiser and writes one C file per module, which
the C compiler then builds on every core.
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
    mode = os.environ.get("CORPUSTOOL_COMPILE")
    if mode not in ("1", "check"):
        return []
    from mypyc.build import mypycify

    # only the compiled modules' own types must hold; the rest of the package is not type-checked here
    options = ["--follow-imports=silent", "--ignore-missing-imports", *COMPILED]
    if mode == "check":
        return mypycify(options, opt_level="0", multi_file=True)
    return mypycify(options, opt_level="3")


setup(ext_modules=compiled_extensions(), options={"build_ext": {"parallel": os.cpu_count() or 1}})
