"""The five seed scrapes: named junk lines go, every body paragraph stays, metadata is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpustool.clean import clean_text


def _seed(seeds_dir: Path, prefix: str) -> str:
    (path,) = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def _body_paragraphs(raw: str, first: str, last: str) -> list[str]:
    """The seed's own paragraphs from the one starting with ``first`` to the one starting with ``last``."""
    lines = [" ".join(ln.split()) for ln in raw.splitlines() if ln.strip()]
    start = next(i for i, ln in enumerate(lines) if ln.startswith(first))
    end = next(i for i, ln in enumerate(lines) if ln.startswith(last))
    return lines[start : end + 1]


RG_JUNK = [
    "All rights reserved by Rossiyskaya Gazeta.",
    "We've got more than 2 million followers on Facebook. Join them!",
    "This website uses cookies. Click here to find out more.",
    "Accept cookies",
]


@pytest.mark.parametrize(
    ("prefix", "title", "first", "last"),
    [
        ("000", "Russia seriously concerned about U.S. missile defense plans in Europe",
         "Russian Security Council Secretary Nikolai Patrushev said", "Patrushev said Koziej has accepted"),
        ("002", "Russian Foreign Ministry to disclose approaches to Russia-NATO engagement",
         "The approaches of the Russian side", "Foreign Minister Sergei Lavrov will represent"),
    ],
)
def test_rossiyskaya_gazeta_pages(seeds_dir: Path, prefix: str, title: str, first: str, last: str) -> None:
    raw = _seed(seeds_dir, prefix)
    result = clean_text(raw, explain=True)
    paragraphs = result.text.split("\n\n")
    assert paragraphs == _body_paragraphs(raw, first, last)
    for junk in RG_JUNK:
        assert junk not in result.text
    assert result.title is not None and result.title.startswith(title)
    assert result.source == "Rossiyskaya Gazeta"
    reasons = {item["text"]: item["reason"] for item in result.removed}
    assert reasons["Accept cookies"] == "cookie"
    assert reasons["All rights reserved by Rossiyskaya Gazeta."] == "copyright"


def test_sputnik_page_drops_widgets_and_repeated_lead(seeds_dir: Path) -> None:
    raw = _seed(seeds_dir, "001")
    result = clean_text(raw, explain=True)
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0].startswith("MOSCOW, April 23 (RIA Novosti) - Moscow and Washington will continue")
    assert sum("Moscow and Washington will continue a dialogue" in p for p in paragraphs) == 1
    assert paragraphs[-1].startswith("Both presidents expressed satisfaction")
    assert paragraphs == _body_paragraphs(raw, "MOSCOW, April 23", "Both presidents expressed")
    for junk in ("Sputnik International", "Stay tuned for updates", "Subscribe", "Newsfeed",
                 "To participate in the discussion", "log in or register", "loader", "Chats",
                 "Заголовок открываемого материала"):
        assert junk not in result.text
    assert result.title == "Russia, U.S. agree to continue dialogue on missile defense"
    assert result.dateline == {"place": "MOSCOW", "date": "April 23", "agency": "RIA Novosti"}
    assert result.source == "RIA Novosti"
    repeated = [item for item in result.removed if item["reason"] == "repeated-paragraph"]
    assert len(repeated) == 1 and repeated[0]["text"].startswith("Moscow and Washington")


def test_itar_tass_page(seeds_dir: Path) -> None:
    raw = _seed(seeds_dir, "003")
    result = clean_text(raw)
    paragraphs = result.text.split("\n\n")
    assert "All news" not in result.text
    assert paragraphs[0].startswith("BRUSSELS, November 14 (Itar-Tass)")
    assert paragraphs[-1].startswith("“The threats to Russia come from elsewhere.")
    assert "“We must understand clearly what is being done, what for, and when,” Makarov said." in paragraphs
    assert len(paragraphs) == len(_body_paragraphs(raw, "BRUSSELS, November 14", "“The threats to Russia"))
    assert result.title == "RF, NATO need to understand where they can agree on missile defence - view"
    assert result.dateline == {"place": "BRUSSELS", "date": "November 14", "agency": "Itar-Tass"}


def test_ria_page_drops_photo_caption(seeds_dir: Path) -> None:
    raw = _seed(seeds_dir, "004")
    result = clean_text(raw, explain=True)
    assert "file photo" not in result.text
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0].startswith("MOSCOW, October 23 (RIA Novosti)")
    assert paragraphs[-1].startswith("Russian officials responded by saying")
    assert paragraphs == _body_paragraphs(raw, "MOSCOW, October 23", "Russian officials responded")
    assert result.title is not None and result.title.startswith("RIA Novosti: Moscow Needs More")
    assert result.dateline is not None and result.dateline["agency"] == "RIA Novosti"
    captions = [item["text"] for item in result.removed if item["reason"] == "caption"]
    assert captions == ["Patriot Missile Launch file photo"]


def test_explain_lists_every_line_in_order(seeds_dir: Path) -> None:
    raw = _seed(seeds_dir, "001")
    result = clean_text(raw, explain=True)
    nonblank = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    assert [item["text"] for item in result.removed] == nonblank
    kept = [item["text"] for item in result.removed if item["reason"] is None]
    assert kept == result.text.split("\n\n")
