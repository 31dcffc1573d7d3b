"""The mypyc build (setup.py, CORPUSTOOL_COMPILE=1) must behave exactly like the source.

mypyc trusts type hints at run time, so a hint that does not hold becomes an error (which
extract_quotes turns into an empty result) only in the compiled build. This builds the package
from a copy of the tree and compares both builds' output on the benchmark pages, the quotes
corpus and the seeds. It uses setup.py's quick ``check`` build: the code mypyc generates, built
without the C optimiser. Skipped where no C compiler or Python headers are installed: the compiled
build is optional.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DUMP = Path(__file__).with_name("dump_outputs.py")
SOURCES = ("corpustool", "_build", "setup.py", "pyproject.toml", "README.md")


def _can_compile() -> bool:
    """A C compiler and Python's headers: what building an extension needs."""
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(cc) is not None and (Path(sysconfig.get_paths()["include"]) / "Python.h").exists()


def _dump(pythonpath: Path, shared: Path, seeds: Path, cwd: Path) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    out = subprocess.run(
        [sys.executable, str(DUMP), str(shared), str(seeds)],
        env=env, cwd=cwd, capture_output=True, text=True, check=True,
    )
    return out.stdout.splitlines()


@pytest.mark.skipif(not _can_compile(), reason="no C compiler or Python headers (compiling is optional)")
def test_compiled_build_gives_the_same_output(tmp_path: Path, shared_dir: Path, seeds_dir: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in SOURCES:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        else:
            shutil.copy2(path, src / name)
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(site), str(src)],
        env={**os.environ, "CORPUSTOOL_COMPILE": "check"}, check=True, capture_output=True,
    )
    compiled = _dump(site, shared_dir, seeds_dir, cwd=tmp_path)
    pure = _dump(REPO, shared_dir, seeds_dir, cwd=tmp_path)
    assert compiled[0].startswith('{"build": "compiled (mypyc')
    assert pure[0] == '{"build": "pure Python"}'
    assert len(compiled) == len(pure) > 600
    differing = [i for i, (a, b) in enumerate(zip(compiled[1:], pure[1:], strict=True)) if a != b]
    assert not differing, f"{len(differing)} documents differ between the builds, first: line {differing[0]}"


def test_version_names_the_build() -> None:
    """The editable source tree is pure Python; a stray compiled module in it would shadow edits."""
    from typer.testing import CliRunner

    from corpustool.cli.app import app

    out = CliRunner().invoke(app, ["--version"])
    assert out.exit_code == 0
    assert out.output.strip().endswith("(pure Python)")
