"""`corpustool quotes`: quotes on stdout as data, --types chooses what is kept."""

from __future__ import annotations

import subprocess
import sys

import orjson

CLI = [sys.executable, "-m", "corpustool", "quotes"]
ARTICLE = (
    b'{"id": "a", "text": "Mayor Ana Ruiz said the bridge will reopen in May.\\n\\n'
    b'\\u201cWe are ahead of schedule,\\u201d Ruiz said."}\n{"id": "b", "text": "No quotes here."}\n'
)


def run(args: list[str], stdin: bytes) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, timeout=120)


def test_default_types_are_quotation_marks_only():
    result = run([], ARTICLE)
    assert result.returncode == 0, result.stderr
    rows = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert [(q["type"], q["speaker_name"]) for q in rows[0]["quotes"]] == [("direct", "Ana Ruiz")]
    assert rows[1]["quotes"] == []


def test_types_option_adds_reported_speech():
    result = run(["--types", "direct,indirect"], ARTICLE)
    assert result.returncode == 0, result.stderr
    quotes = orjson.loads(result.stdout.splitlines()[0])["quotes"]
    assert [q["type"] for q in quotes] == ["indirect", "direct"]
    assert quotes[0]["text"] == "the bridge will reopen in May"


def test_unknown_type_is_a_usage_error():
    result = run(["--types", "direct,scare"], ARTICLE)
    assert result.returncode == 2
    assert result.stdout == b""
