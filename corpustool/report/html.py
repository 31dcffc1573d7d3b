"""The report page: one self-contained HTML file (inline CSS, JS and data; nothing fetched).

Documents and clusters are rendered here, in Python, with every piece of corpus text escaped;
the summary cards and charts are drawn by the inline script from the embedded JSON, so the same
numbers ``corpustool stats --json`` prints are the ones the page shows.
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib import resources
from string import Template
from typing import Any

from corpustool.report.clusters import Cluster
from corpustool.report.diff import changed_words, word_diff
from corpustool.report.spans import quote_spans, removed_anchors, runs

# Long texts are cut in the page (not in the data): a report is for reading, not archiving.
MAX_TEXT_CHARS = 12_000
MAX_LINES = 400


@cache
def asset(name: str) -> str:
    """A template file shipped in ``corpustool/report/assets``."""
    return resources.files("corpustool.report").joinpath("assets", name).read_text(encoding="utf-8")


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def render_page(
    *,
    stats: dict[str, Any],
    documents: list[dict[str, Any]],
    clusters: list[Cluster],
    title: str,
    inputs: list[str],
) -> str:
    """The whole page as a string."""
    from corpustool import __version__

    data = {"stats": stats}
    # No clock time on the page: the same input gives the same file (diffable, cacheable).
    subtitle = f"{stats['records']:,} records from {', '.join(inputs) or 'stdin'}"
    docs_html = "\n".join(render_document(d) for d in documents) or '<p class="note">No documents.</p>'
    clusters_html = "\n".join(render_cluster(c) for c in clusters if c.members) or (
        '<p class="note">No duplicate clusters to show: the stream holds no marked copies '
        "(run <code>dedup --mark</code>, or pass <code>--clusters</code>).</p>"
    )
    return Template(asset("report.html")).substitute(
        title=esc(title),
        subtitle=esc(subtitle),
        css=asset("report.css"),
        js=asset("report.js"),
        data=_script_json(data),
        documents=docs_html,
        documents_count=len(documents),
        clusters=clusters_html,
        clusters_count=sum(1 for c in clusters if c.members),
        version=esc(__version__),
    )


def _script_json(data: Any) -> str:
    """JSON safe inside a <script> element (no ``</script>`` or ``<!--`` can close it)."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_document(record: dict[str, Any]) -> str:
    """One sampled document: header, cleaning view (removed lines struck), text with quotes."""
    meta = record.get("metadata") if isinstance(record.get("metadata"), dict) else {}
    text = record.get("text") if isinstance(record.get("text"), str) else ""
    quotes = record.get("quotes") if isinstance(record.get("quotes"), list) else []
    clean = record.get("clean") if isinstance(record.get("clean"), dict) else None
    dedup = record.get("dedup") if isinstance(record.get("dedup"), dict) else None
    facts = [f"<code>{esc(record.get('id'))}</code>", esc(record.get("source") or "no source")]
    if record.get("created"):
        facts.append(esc(record["created"]))
    facts.append(f"{len(text):,} characters")
    facts.append(f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}")
    if dedup and dedup.get("keep") is False:
        facts.append(f"duplicate of <code>{esc(dedup.get('duplicate_of'))}</code>")
    parts = [
        f'<article class="doc" id="doc-{esc(record.get("id"))}" data-id="{esc(record.get("id"))}">',
        f"<h3>{esc(meta.get('title') or record.get('id'))}</h3>",
        f'<p class="meta">{" · ".join(facts)}</p>',
    ]
    lines = [line for line in (clean or {}).get("removed") or [] if isinstance(line, dict)]
    anchors = removed_anchors(text[:MAX_TEXT_CHARS], lines[:MAX_LINES]) if lines else {}
    if clean is not None:
        parts.append(render_cleaning_summary(clean, lines))
    parts.append(f'<div class="text">{render_text(text, quotes, anchors)}</div>')
    if quotes:
        parts.append(render_quote_list(quotes))
    parts.append("</article>")
    return "\n".join(parts)


def render_cleaning_summary(clean: dict[str, Any], lines: list[dict[str, Any]]) -> str:
    """One line: how many lines cleaning removed and why."""
    reasons = ", ".join(
        f"{esc(r.get('reason'))} {esc(r.get('count'))}"
        for r in clean.get("removed_by_reason") or []
        if isinstance(r, dict)
    )
    kept, read = clean.get("lines_kept"), clean.get("lines_in")
    summary = f"Cleaning kept {esc(kept)} of {esc(read)} lines" + (
        f" (removed: {reasons})" if reasons else ""
    )
    if not lines:
        summary += "; run <code>clean --explain</code> to see the removed lines in place"
    return f'<p class="meta clean-summary">{summary}.</p>'


def render_removed(lines: list[dict[str, Any]]) -> str:
    """Removed input lines, struck through, the reason on hover and in a small label."""
    return "".join(
        f'<span class="line removed" title="removed: {esc(line.get("reason"))}" '
        f'data-reason="{esc(line.get("reason"))}"><del class="removed">{esc(line.get("text"))}</del>'
        f'<span class="reason">{esc(line.get("reason"))}</span></span>'
        for line in lines
    )


def render_text(text: str, quotes: list[Any], anchors: dict[int, list[dict[str, Any]]]) -> str:
    """The final text with quotes, speakers and cues highlighted and removed lines shown in place."""
    shown = text[:MAX_TEXT_CHARS]
    out = []
    for offset, piece, covering in runs(shown, quote_spans(quotes, len(shown)), anchors):
        if offset in anchors:
            out.append(render_removed(anchors[offset]))
        if not covering:
            out.append(esc(piece))
            continue
        labels = sorted({s.label for s in covering})
        index = covering[0].index
        tip = _quote_tip(quotes[index])
        tag = "mark" if "quote" in labels else "span"
        out.append(
            f'<{tag} class="{" ".join(labels)}" data-quote="{index}" title="{esc(tip)}">{esc(piece)}</{tag}>'
        )
    if len(shown) in anchors:
        out.append(render_removed(anchors[len(shown)]))
    if len(text) > MAX_TEXT_CHARS:
        out.append(f'<span class="note">… {len(text) - MAX_TEXT_CHARS:,} more characters</span>')
    return "".join(out)


def _quote_tip(quote: dict[str, Any]) -> str:
    who = quote.get("speaker_name") or quote.get("speaker") or "unattributed"
    if quote.get("speaker_title"):
        who = f"{who} ({quote['speaker_title']})"
    return f"{who}" + (f" — {quote['cue']}" if quote.get("cue") else "")


def render_quote_list(quotes: list[Any]) -> str:
    items = []
    for quote in quotes:
        if not isinstance(quote, dict):
            continue
        items.append(
            f'<li><span class="who">{esc(_quote_tip(quote))}</span>: '
            f'<span class="quote">{esc((quote.get("text") or "")[:400])}</span></li>'
        )
    listing = f'<ol class="quotes-list">{"".join(items)}</ol>'
    return f"<details><summary>{len(items)} quotes</summary>{listing}</details>"


def render_cluster(cluster: Cluster) -> str:
    """The kept copy, then every other copy with its word differences from the kept one."""
    kept = cluster.kept or {}
    kept_text = (kept.get("text") or "")[:MAX_TEXT_CHARS]
    parts = [
        f'<article class="cluster" data-cluster="{esc(cluster.cluster)}" data-size="{cluster.size}">',
        f'<h3>{esc(_title(kept))} <span class="badge">{cluster.size} copies</span></h3>',
        f'<p class="meta">cluster <code>{esc(cluster.cluster)}</code> · kept '
        f"<code>{esc(kept.get('id'))}</code> ({esc(kept.get('source') or 'no source')})"
        f' <span class="badge kept">kept</span></p>',
        f'<details><summary>kept text</summary><div class="diff">{esc(kept_text)}</div></details>',
    ]
    for copy in cluster.copies:
        segments = word_diff(kept_text, (copy.get("text") or "")[:MAX_TEXT_CHARS])
        similarity = (copy.get("dedup") or {}).get("similarity")
        sim = f" · similarity {similarity:.3f}" if isinstance(similarity, (int, float)) else ""
        copy_id = esc(copy.get("id"))
        parts.append(
            f'<div class="copy" data-id="{copy_id}"><p class="meta"><code>{copy_id}</code> '
            f"({esc(copy.get('source') or 'no source')}){sim} · {changed_words(segments):,} words differ</p>"
            f'<div class="diff">{render_diff(segments)}</div></div>'
        )
    if len(cluster.members) < cluster.size:
        parts.append(f'<p class="note">{cluster.size - len(cluster.members)} more copies not shown.</p>')
    parts.append("</article>")
    return "\n".join(parts)


def render_diff(segments: list[tuple[str, str]]) -> str:
    html_parts = []
    for op, text in segments:
        if op == "same":
            html_parts.append(esc(text))
        elif op == "copy_only":
            html_parts.append(f'<ins class="copy-only">{esc(text)}</ins>')
        else:
            html_parts.append(f'<del class="kept-only">{esc(text)}</del>')
    return "".join(html_parts)


def _title(record: dict[str, Any]) -> str:
    meta = record.get("metadata") if isinstance(record.get("metadata"), dict) else {}
    return str(meta.get("title") or record.get("id") or "untitled")
