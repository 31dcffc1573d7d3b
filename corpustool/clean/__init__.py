"""Article-body extraction from plain-text and HTML scrapes, with a reason for every removal.

Public API: :func:`clean_text`, :func:`clean_html`, :func:`clean_record`, :func:`clean_records`,
:func:`learn_profile` and :class:`BoilerplateProfile`. How it decides: docs/clean.md.
"""

from __future__ import annotations

from corpustool.clean.boilerplate import BoilerplateProfile, learn_profile
from corpustool.clean.html import clean_html
from corpustool.clean.records import clean_record, clean_records
from corpustool.clean.result import CleanResult
from corpustool.clean.text import clean_text

__all__ = [
    "BoilerplateProfile",
    "CleanResult",
    "clean_html",
    "clean_record",
    "clean_records",
    "clean_text",
    "learn_profile",
]
