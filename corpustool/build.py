"""Which build is running: pure Python, or with the hot modules compiled by mypyc (setup.py).

Benchmarks label their rows with it and ``corpustool --version`` reports it, so a speed figure is
never read against the wrong build.
"""

from __future__ import annotations

import pkgutil
from importlib.machinery import EXTENSION_SUFFIXES
from importlib.util import find_spec

HOT_PACKAGES = ("corpustool.clean", "corpustool.quotes")


def compiled_modules() -> list[str]:
    """Modules of the hot packages that import from a C extension rather than their .py file."""
    found = []
    for package in HOT_PACKAGES:
        spec = find_spec(package)
        for info in pkgutil.iter_modules(spec.submodule_search_locations if spec else []):
            sub = find_spec(f"{package}.{info.name}")
            if sub is not None and sub.origin and sub.origin.endswith(tuple(EXTENSION_SUFFIXES)):
                found.append(f"{package}.{info.name}")
    return sorted(found)


def describe() -> str:
    """'pure Python' or 'compiled (mypyc, N modules)'."""
    modules = compiled_modules()
    return f"compiled (mypyc, {len(modules)} modules)" if modules else "pure Python"
