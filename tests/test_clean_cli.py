"""``corpustool clean`` options: --explain, --html-field, --learn/--profile (stdout is data only)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corpustool.cli.app import app

BODY = (
    "The harbour authority approved the new ferry berth on Monday after a year of delays, officials said.\n\n"
    "Work will begin in the spring and should take eight months, according to the port's director.\n"
)
FURNITURE = "Harbour Gazette readers can send letters to the editor at the office on Quay Street."


def _rows(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_explain_lists_every_line(tmp_path: Path) -> None:
    src = tmp_path / "page.txt"
    src.write_text("Home\nAccept cookies\n" + BODY, encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "--explain", "-q", str(src)])
    assert result.exit_code == 0, result.output
    (row,) = _rows(result.stdout)
    removed = row["clean"]["removed"]
    assert [item["text"] for item in removed][:2] == ["Home", "Accept cookies"]
    assert removed[1]["reason"] == "cookie"
    assert [item["reason"] for item in removed[2:]] == [None, None]


def test_html_field_from_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "pages.jsonl"
    html = "<html><body><nav><a href='/'>Home</a></nav><article>" + "".join(
        f"<p>{p}</p>" for p in BODY.split("\n\n")
    ) + "</article></body></html>"
    src.write_text(json.dumps({"id": "p1", "page": html}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", "-q", "--html-field", "page", str(src)])
    assert result.exit_code == 0, result.output
    (row,) = _rows(result.stdout)
    assert row["text"] == BODY.strip()
    assert "html" not in row and "page" not in row["metadata"]


def test_learn_then_apply_profile(tmp_path: Path) -> None:
    corpus = tmp_path / "site"
    corpus.mkdir()
    for n in range(5):
        text = f"Story {n}: the council met on day {n} and approved plan number {n}, a spokesman said.\n\n"
        (corpus / f"{n}.txt").write_text(text + FURNITURE + "\n", encoding="utf-8")
    profile = tmp_path / "profile.json"
    learned = CliRunner().invoke(app, ["clean", "-q", "--learn", str(profile), str(corpus)])
    assert learned.exit_code == 0, learned.output
    assert learned.stdout == ""
    assert json.loads(profile.read_text(encoding="utf-8"))["sources"]
    applied = CliRunner().invoke(app, ["clean", "-q", "--profile", str(profile), str(corpus)])
    rows = _rows(applied.stdout)
    assert len(rows) == 5
    assert all(FURNITURE not in row["text"] and row["text"].startswith("Story") for row in rows)
    plain = _rows(CliRunner().invoke(app, ["clean", "-q", str(corpus)]).stdout)
    assert all(FURNITURE in row["text"] for row in plain)
