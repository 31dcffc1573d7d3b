"""A fast, plain rendering of HTML to text for stages that get HTML without running ``clean``.

This is not article extraction (that is ``corpustool.clean``): it keeps all visible text, one
block element per paragraph, so dedup and quotes still see words rather than markup.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "br",
        "figure",
        "figcaption",
        "form",
        "dd",
        "dt",
        "dl",
        "hr",
        "title",
        "body",
        "html",
    }
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """lxml document for ``html``, or None when there is nothing parseable."""
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        # ValueError: str with an XML encoding declaration; parse the bytes instead.
        try:
            return lxml.html.document_fromstring(html.encode("utf-8"))
        except (lxml.etree.ParserError, ValueError):
            return None


def html_to_text(html: str) -> str:
    """Visible text of ``html``, paragraphs separated by a blank line."""
    root = parse_html(html)
    if root is None:
        return ""
    chunks: list[str] = []
    skip_depth = 0
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _INVISIBLE:
                skip_depth += 1
            elif skip_depth == 0:
                if tag in _BLOCKS:
                    chunks.append("\n")
                if element.text:
                    chunks.append(element.text)
        else:
            if tag in _INVISIBLE:
                skip_depth -= 1
            elif skip_depth == 0 and tag in _BLOCKS:
                chunks.append("\n")
            if skip_depth == 0 and element.tail:
                chunks.append(element.tail)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(chunks).split("\n"))
    return "\n\n".join(line for line in lines if line)
