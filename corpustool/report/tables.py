"""Rich tables of :class:`~corpustool.report.stats.CorpusStats` for people at a terminal."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table


def stats_tables(summary: dict[str, Any], *, top: int = 10) -> Group:
    """All tables for a ``CorpusStats.to_dict()`` summary; sections whose stage never ran are left out."""
    tables = [_overview(summary)]
    clean, dedup, quotes = summary["clean"], summary["dedup"], summary["quotes"]
    if clean["removed_by_reason"]:
        tables.append(_counts("Junk removed by reason (lines)", "reason", clean["removed_by_reason"][:top]))
    if dedup["cluster_sizes"]:
        rows = [{"name": str(row["size"]), "count": row["clusters"]} for row in dedup["cluster_sizes"]]
        tables.append(_counts("Duplicate clusters by size", "copies", rows, count_label="clusters"))
    if quotes["top_speakers"]:
        tables.append(_counts("Top speakers", "speaker", quotes["top_speakers"][:top], count_label="quotes"))
    if quotes["top_cues"]:
        tables.append(_counts("Top cue verbs", "cue", quotes["top_cues"][:top], count_label="quotes"))
    tables.append(_sources(summary["by_source"][:top], len(summary["by_source"])))
    return Group(*tables)


def _overview(summary: dict[str, Any]) -> Table:
    table = Table(title="Corpus", title_justify="left", show_header=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_row("records", f"{summary['records']:,}")
    table.add_row("characters", f"{summary['characters']:,}")
    table.add_row("sources", f"{summary['sources']:,}")
    table.add_row("records with a date", f"{summary['dated_records']:,}")
    table.add_row("empty records", f"{summary['empty_records']:,}")
    clean, dedup, quotes = summary["clean"], summary["dedup"], summary["quotes"]
    if clean["records"]:
        table.add_row("lines kept / read", f"{clean['lines_kept']:,} / {clean['lines_in']:,}")
        table.add_row("characters kept / read", f"{clean['chars_out']:,} / {clean['chars_in']:,}")
    if dedup["records"]:
        table.add_row("duplicates (marked)", f"{dedup['duplicates']:,}")
        table.add_row("clusters with copies", f"{dedup['clusters_with_copies']:,}")
    if quotes["quotes"]:
        table.add_row("quotes", f"{quotes['quotes']:,}")
        table.add_row("quotes with a named speaker", f"{quotes['attributed']:,}")
        table.add_row("records with quotes", f"{quotes['records_with_quotes']:,}")
    return table


def _counts(title: str, label: str, rows: list[dict[str, Any]], *, count_label: str = "count") -> Table:
    table = Table(title=title, title_justify="left", min_width=len(title))
    table.add_column(label)
    table.add_column(count_label, justify="right")
    for row in rows:
        table.add_row(str(row["name"]), f"{row['count']:,}")
    return table


def _sources(rows: list[dict[str, Any]], total: int) -> Table:
    shown = f" (top {len(rows)} of {total})" if total > len(rows) else ""
    table = Table(title=f"By source{shown}", title_justify="left")
    for name in ("source", "records", "characters", "quotes", "duplicates", "lines removed"):
        table.add_column(name, justify="left" if name == "source" else "right")
    for row in rows:
        table.add_row(
            row["source"],
            f"{row['records']:,}",
            f"{row['chars']:,}",
            f"{row['quotes']:,}",
            f"{row['duplicates']:,}",
            f"{row['lines_removed']:,}",
        )
    return table
