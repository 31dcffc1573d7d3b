"""Shared core of the text and HTML paths: classified lines in, :class:`CleanResult` out."""

from __future__ import annotations

from corpustool.clean.body import key, select
from corpustool.clean.boilerplate import LEARNED, MAX_LINE_CHARS, BoilerplateProfile
from corpustool.clean.lines import Line
from corpustool.clean.metadata import copyright_owner, find_date, parse_dateline
from corpustool.clean.result import CleanResult


def finish(
    lines: list[Line],
    *,
    chars_in: int,
    explain: bool,
    profile: BoilerplateProfile | None = None,
    profile_key: str | None = None,
    title: str | None = None,
    also_title: str | None = None,
) -> CleanResult:
    """Apply the learned profile, pick the body, gather metadata and build the result."""
    if profile is not None:
        known = profile.lines_for(profile_key)
        if known:
            for line in lines:
                if line.reason is None and key(line.text[:MAX_LINE_CHARS]) in known:
                    line.reason, line.weight = LEARNED, -6.0
    title_keys = {key(t) for t in (title, also_title) if t}
    if title_keys:
        for line in lines:
            if line.reason is None and line.words <= 40 and key(line.body) in title_keys:
                line.reason, line.weight = "title", -2.0
    start, _end, title_idx = select(lines, guess_title=not title)
    if not title and title_idx is not None:
        title = lines[title_idx].body
    kept = [line for line in lines if line.reason is None]
    result = CleanResult(text="\n\n".join([line.text for line in kept]), title=title)
    # Counted first: a page without a byline, timestamp or copyright line is not searched for one.
    # (A dict, not a Counter: Counter's constructor runs interpreted even in the compiled build.)
    counts: dict[str, int] = {}
    for line in lines:
        if line.reason is not None:
            counts[line.reason] = counts.get(line.reason, 0) + 1
    result.dateline = parse_dateline(kept[0].body) if kept else None
    result.byline = next(ln.body for ln in lines if ln.reason == "byline") if "byline" in counts else None
    result.created = _created(lines, start, "timestamp" in counts)
    result.source = _source(lines, result.dateline, "copyright" in counts)
    result.chars_in = chars_in
    result.lines_in = len(lines)
    result.lines_kept = len(kept)
    result.removed_by_reason = [{"reason": r, "count": c} for r, c in sorted(counts.items(), key=_by_count)]
    if explain:
        result.removed = [{"text": line.text, "reason": line.reason} for line in lines]
    return result


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def _created(lines: list[Line], start: int, stamped: bool) -> str | None:
    """Publication date: from timestamp lines first (``stamped``: the page has one), then any header
    line just above the body."""
    timestamps = [line for line in lines if line.reason == "timestamp"] if stamped else []
    for line in timestamps:
        found = find_date(line.body)
        if found:
            return found
    for line in lines[max(0, start - 10): start + 1]:
        if line.words <= 20:
            found = find_date(line.body)
            if found:
                return found
    return None


def _source(lines: list[Line], dateline: dict[str, str | None] | None, copyrighted: bool) -> str | None:
    """Who published the text: a copyright owner first (``copyrighted``: the page has a copyright
    line), then the dateline's agency."""
    notices = [line for line in lines if line.reason == "copyright"] if copyrighted else []
    for line in reversed(notices):
        owner = copyright_owner(line.body)
        if owner:
            return owner
    if dateline and dateline.get("agency"):
        return dateline["agency"]
    return None
