"""setuptools' build backend, plus mypy as a build requirement when a compiled build is asked for
(``CORPUSTOOL_COMPILE=1`` or ``check``, see setup.py): pure builds never download the compiler."""

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - this module is the whole backend

COMPILER = ["mypy>=1.13"]


def _requires(hook, config_settings) -> list[str]:
    # setuptools answers by running setup.py, which must not import the compiler before it is installed
    wanted = os.environ.pop("CORPUSTOOL_COMPILE", None)
    try:
        return hook(config_settings) + (COMPILER if wanted in ("1", "check") else [])
    finally:
        if wanted is not None:
            os.environ["CORPUSTOOL_COMPILE"] = wanted


def get_requires_for_build_wheel(config_settings=None):
    return _requires(_setuptools.get_requires_for_build_wheel, config_settings)


def get_requires_for_build_editable(config_settings=None):
    return _requires(_setuptools.get_requires_for_build_editable, config_settings)
