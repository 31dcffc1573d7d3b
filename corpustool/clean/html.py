"""The HTML path: render the DOM to blocks that carry DOM cues, then run the shared line pipeline.

Parsing uses lxml's HTML parser directly (the same libxml2 parser beautifulsoup4 drives with its
"lxml" builder) and walks the tree once with ``iterwalk``: building a BeautifulSoup object for a
150 kB page costs more than everything else here together, so it is not built.

Cues, in order of trust: a tag or class/id/role name from ``rules/dom_cues.tsv`` on an ancestor
(cookie, consent, nav, share, related, comments, ...), then link density (a short block that is
mostly link text is a menu item or a teaser), then the same text rules as plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from corpustool.clean.boilerplate import BoilerplateProfile
from corpustool.clean.lang import guess_lang
from corpustool.clean.lines import Line, analyse, base_weight
from corpustool.clean.metadata import find_date
from corpustool.clean.pipeline import finish
from corpustool.clean.result import CleanResult
from corpustool.clean.rules import dom_cues, words

BLOCK_TAGS = words(
    "p div section article main li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table tbody thead tfoot "
    "blockquote pre figure figcaption header footer nav aside address form fieldset legend details "
    "summary center hr br caption menu body html"
)
DROP_TAGS = words(
    "script style noscript template svg iframe object embed button select option input textarea "
    "canvas video audio picture source map head title meta link"
)
STRIP_TAGS = tuple(sorted(words("script style noscript template svg iframe object embed canvas map head")))
CELLS = words("td th")
HEADINGS = words("h1 h2 h3 h4 h5 h6")
MAIN_ATTR = re.compile(
    r"articlebody|article-body|article__body|story-body|storybody|entry-content|post-content|"
    r"article-content|articlecontent|post-body|postbody|story-content|main-content|"
    r"article-text|articletext|body-text|bodytext|text-body|content-body",
    re.I,
)
# Cues that are usually right but also appear on wrappers of real content; inside the chosen
# body container they only lower a block's weight instead of removing it.
EMBED = "content"
HIDDEN = "hidden"  # text only a hover or a screen reader shows: dropped like hidden="" elements
STRONG = frozenset({"cookie", "subscribe", "social", "comments-widget", "related", "ad", "caption"})
# A heading carrying one of these cues titles the section it opens ("You may also like", "Comments").
SECTION_CUES = frozenset({"related", "comments-widget"})
# When the main container is chosen, prose under a DOM cue counts less (strong cues such as
# "related" or "comments" more so than weak ones such as "sidebar"), and link text not at all.
CUED_PROSE = 0.3
WEAK_CUED_PROSE = 0.7
IN_CONTAINER = 0.5
THIN_PROSE = 60
HEADLINE_LINES = 3
OUTSIDE_CONTAINER = 0.25  # prose outside the main container counts a quarter in the body search
# We hand the parser UTF-8 bytes of an already-decoded str, so a <meta charset> must not override
# that; huge_tree lifts libxml2's nesting limit (256), past which deeper text would be lost.
_PARSER = etree.HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, recover=True, encoding="utf-8", huge_tree=True
)
_SPACE = re.compile(r"\s+")
_BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$")


@dataclass(slots=True)
class _Ctx:
    cue: str | None
    cue_id: int
    cue_depth: int  # number of block elements above the cue element (0 when no cue)
    in_main: bool
    in_link: bool
    drop: bool
    heading: bool
    embedded: bool  # inside a post the story quotes (a tweet)
    path: tuple[int, ...]  # serials of the enclosing block elements, outermost first


@dataclass(slots=True)
class Block:
    """Text of one block element with the DOM context it was found in."""

    text: str
    link_chars: int
    cue: str | None
    cue_id: int
    cue_depth: int
    in_main: bool
    heading: bool
    embedded: bool
    path: tuple[int, ...]


def parse(html: str) -> etree._Element | None:
    """Parse HTML leniently; None when there is nothing to parse."""
    if not html or not html.strip():
        return None
    try:
        root = etree.fromstring(html.encode("utf-8", "surrogatepass"), _PARSER)
    except (etree.ParserError, ValueError, UnicodeError):
        return None
    return root


def _attr_text(el: etree._Element) -> str:
    get = el.get
    parts = [get("class"), get("id"), get("role"), get("aria-label"), get("itemprop")]
    return " ".join(p for p in parts if p).lower()


def blocks_of(root: etree._Element) -> list[Block]:
    """Walk the tree once, cutting text at block elements and recording each block's DOM cues.

    Subtrees that never hold article text (scripts, styles, SVG, ...) are cut out first in C,
    with ``strip_elements``: the Python walk then never visits them. (Their tails stay.)
    """
    etree.strip_elements(root, *STRIP_TAGS, with_tail=False)
    cues = dom_cues()
    out: list[Block] = []
    pieces: list[str] = []
    link_chars = 0
    first_ctx: _Ctx | None = None
    stack = [_Ctx(None, 0, 0, False, False, False, False, False, ())]
    next_id = 1
    serial = 0

    def flush() -> None:
        nonlocal pieces, link_chars, first_ctx
        if pieces:
            text = _SPACE.sub(" ", "".join(pieces)).strip()
            if text and first_ctx is not None:
                out.append(
                    Block(
                        text,
                        link_chars,
                        first_ctx.cue,
                        first_ctx.cue_id,
                        first_ctx.cue_depth,
                        first_ctx.in_main,
                        first_ctx.heading,
                        first_ctx.embedded,
                        first_ctx.path,
                    )
                )
        pieces, link_chars, first_ctx = [], 0, None

    def add(text: str | None, ctx: _Ctx) -> None:
        nonlocal link_chars, first_ctx
        if not text or ctx.drop:
            return
        if first_ctx is None:
            if not text.strip():
                return
            first_ctx = ctx
        pieces.append(text)
        if ctx.in_link:
            link_chars += len(text.strip())

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            parent = stack[-1]
            drop = (
                parent.drop
                or tag in DROP_TAGS
                or el.get("hidden") is not None
                or el.get("aria-hidden") == "true"
            )
            cue, cue_id, cue_depth = parent.cue, parent.cue_id, parent.cue_depth
            in_main, embedded = parent.in_main, parent.embedded
            attrs = _attr_text(el) if not drop else ""
            attr_cue, attr_main = _attr_cues(attrs) if attrs else (None, False)
            if attr_cue == HIDDEN:  # a browser does not show it: no text of the page
                drop = True
            if not drop:
                if tag in ("article", "main") or attr_main:
                    in_main = True
                own = None
                if cue not in STRONG or attr_cue == EMBED:
                    # a weak wrapper cue gives way to a more specific one inside it, and an
                    # embedded post the story quotes (a tweet) clears any cue
                    own = cues.tags.get(tag) or attr_cue
                    if own == EMBED:  # the blockquote is the quoted post (a wrapper div may hold a player)
                        cue, cue_id, cue_depth = None, 0, 0
                        embedded = embedded or tag == "blockquote"
                    elif own is not None:
                        cue, cue_id, cue_depth = own, next_id, len(parent.path) + 1
                        next_id += 1
            path = parent.path
            if tag in BLOCK_TAGS:
                flush()
                serial += 1
                path = (*path, serial)
            ctx = _Ctx(
                cue,
                cue_id,
                cue_depth,
                in_main,
                parent.in_link or tag == "a",
                drop,
                parent.heading or tag in HEADINGS,
                embedded,
                path,
            )
            stack.append(ctx)
            if tag in CELLS and pieces:
                pieces.append(" ")  # a table row reads as one line, cells apart
            add(el.text, ctx)
        else:
            ctx = stack.pop()
            if tag in BLOCK_TAGS:
                flush()
            add(el.tail, stack[-1])
    flush()
    return out


@lru_cache(maxsize=20_000)
def _attr_cues(attrs: str) -> tuple[str | None, bool]:
    """(cue reason, marks the article body) for one class/id/role string; pages repeat them a lot."""
    cues = dom_cues()
    reason = None
    if cues.any_attr.search(attrs):
        reason = next((r for r, regex in cues.attr if regex.search(attrs)), None)
    return reason, bool(MAIN_ATTR.search(attrs))


def html_lines(html: str) -> list[str]:
    """The page rendered to one line per block (used by the boilerplate learner)."""
    root = parse(html)
    return [] if root is None else [b.text for b in blocks_of(root)]


def page_metadata(root: etree._Element) -> dict[str, str | None]:
    """Title, site name, date, canonical URL, language and author from <head> and obvious tags."""
    meta: dict[str, str] = {}
    for el in root.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        content = el.get("content")
        if name and content and name not in meta:
            meta[name] = content.strip()
    found: dict[str, str | None] = {}
    title_el = root.find(".//title")
    h1 = root.find(".//h1")
    h1_text = _SPACE.sub(" ", "".join(h1.itertext())).strip() if h1 is not None else ""
    found["site_name"] = meta.get("og:site_name") or meta.get("application-name") or None
    page_title = _SPACE.sub(" ", title_el.text or "").strip() if title_el is not None else ""
    # An <h1> is the headline only if the <title> agrees; otherwise it is often the site's logo text.
    h1_ok = h1_text if h1_text and h1_text.lower() in page_title.lower() else None
    candidates = (meta.get("og:title"), meta.get("twitter:title"), h1_ok, _longest_part(page_title), h1_text)
    site_key = (found["site_name"] or "").strip().lower()
    # A headline that is only the site's name ("EnterMedia") is no headline: try the next source.
    found["title"] = next(
        (t for c in candidates if c and (t := _strip_site(c, found["site_name"])) and t.lower() != site_key),
        None,
    )
    found["h1"] = h1_text or None
    date_keys = (
        "article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "dc.date",
        "dc.date.issued",
        "sailthru.date",
        "parsely-pub-date",
    )
    found["date"] = next((meta[k] for k in date_keys if meta.get(k)), None)
    if not found["date"]:
        t = root.find(".//time[@datetime]")
        found["date"] = t.get("datetime") if t is not None else None
    canonical = None
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            canonical = link.get("href")
            break
    found["url"] = canonical or meta.get("og:url") or None
    found["lang"] = root.get("lang") or root.get("xml:lang") or meta.get("og:locale") or None
    found["author"] = meta.get("author") or None
    return found


def main_container(blocks: list[Block], lines: list[Line]) -> int | None:
    """The block element holding the most prose, scored as readability does.

    Each prose paragraph credits its enclosing element with its words and the one above with half,
    so the parent of the article's paragraphs wins over a page wrapper. Prose under a DOM cue
    (menu, sidebar, teaser box) counts for less, so a mega-menu full of blurbs does not win.
    """
    score: dict[int, float] = {}
    for block, line in zip(blocks, lines, strict=True):
        if line.kind != "sentence" or line.reason is not None or len(block.path) < 2:
            continue
        cue_factor = 1.0 if not block.cue else CUED_PROSE if block.cue in STRONG else WEAK_CUED_PROSE
        words = line.words * cue_factor * (1.0 - line.link_density)
        score[block.path[-2]] = score.get(block.path[-2], 0.0) + words
        if len(block.path) >= 3:
            score[block.path[-3]] = score.get(block.path[-3], 0.0) + words / 2
    return max(score, key=score.__getitem__) if score else None


def headline_container(blocks: list[Block], lines: list[Line], headline: str | None) -> int | None:
    """For pages whose story is a list or a table: the nearest element around the <h1> headline
    that holds at least ``HEADLINE_LINES`` unnamed lines besides it."""
    if not headline:
        return None
    target = _SPACE.sub(" ", headline).strip().lower()
    at = next((i for i, b in enumerate(blocks) if b.text.lower() == target), None)
    if at is None:
        return None
    for ancestor in reversed(blocks[at].path[:-1]):
        count = sum(1 for b, ln in zip(blocks, lines, strict=True)
                    if ln.reason is None and ancestor in b.path and b is not blocks[at])
        if count >= HEADLINE_LINES:
            return ancestor
    return None


def extend_section_cues(blocks: list[Block]) -> None:
    """A heading marked as a teaser or comment box that opens its element names the whole element.

    Templates often put the class on the section's title only (``<h3 class="related-title">``)
    while the teasers below it are ordinary posts; without this their blurbs read as the story.
    The heading must carry the cue itself and be the element's first block.
    """
    for i, block in enumerate(blocks):
        own = block.cue_depth == len(block.path)
        if not (block.heading and own and block.cue in SECTION_CUES and len(block.path) >= 2):
            continue
        section = block.path[-2]
        if i and section in blocks[i - 1].path:
            continue  # something comes before the heading in its element: it titles no section
        for other in blocks[i + 1:]:
            if section not in other.path:
                break
            if other.cue not in STRONG:
                other.cue, other.cue_id, other.cue_depth = block.cue, block.cue_id, len(block.path) - 1


def to_lines(blocks: list[Block], headline: str | None = None) -> list[Line]:
    """Classify blocks as lines, then let link density, DOM cues and the main container weigh in.

    A cue on an element that encloses the main container is a page wrapper with an unlucky class
    name ("page-content with-sidebar"), so it is ignored; any other cue removes its blocks, except
    weak cues inside an element marked as the article body.
    """
    extend_section_cues(blocks)
    lines = [analyse(b.text) for b in blocks]
    for block, line in zip(blocks, lines, strict=True):
        line.link_density = block.link_chars / max(1, len(block.text))
        # a post the story quotes is mostly links by nature (its own, the poster's handle)
        if line.reason is None and line.link_density > 0.6 and line.words < 40 and not block.embedded:
            line.reason = "navigation" if line.words < 5 or line.kind == "list" else "related"
            line.weight = base_weight(line.kind, line.words, line.reason, line.barrier)
    container = main_container(blocks, lines)
    prose = sum(
        ln.words
        for b, ln in zip(blocks, lines, strict=True)
        if ln.kind == "sentence" and ln.reason is None and container is not None and container in b.path
    )
    outside_factor = OUTSIDE_CONTAINER
    if prose < THIN_PROSE:  # hardly any prose: the story may be a list or table under its headline
        under_headline = headline_container(blocks, lines, headline)
        if under_headline is not None:
            container, outside_factor = under_headline, 0.0
    if container is not None:  # bare links the author wrote into the story are part of it
        for block, line in zip(blocks, lines, strict=True):
            linked = line.reason in {"navigation", "related"} and line.dom_reason is None
            if linked and container in block.path and _BARE_URL.match(line.body):
                line.reason, line.weight = None, IN_CONTAINER
    any_main = any(b.in_main for b in blocks)
    for block, line in zip(blocks, lines, strict=True):
        if line.reason is not None:
            continue
        inside = container is not None and container in block.path
        line.in_container = inside
        depth = block.path.index(container) if inside else -1
        wrapper = inside and block.cue_depth <= depth + 1
        if block.cue and not wrapper and not (block.in_main and block.cue not in STRONG):
            line.dom_reason = line.reason = block.cue
            line.weight = base_weight(line.kind, line.words, line.reason, line.barrier)
        elif line.kind == "sentence" and container is not None and not inside:
            line.weight = line.weight * outside_factor
        elif inside and line.weight <= 0:
            line.weight = IN_CONTAINER  # lists, subheadings and short lines of the article itself
        elif any_main and not block.in_main and line.kind == "sentence":
            line.weight = line.weight / 2
    return lines


def clean_html(
    html: str,
    *,
    url: str | None = None,
    profile: BoilerplateProfile | None = None,
    explain: bool = False,
    profile_key: str | None = None,
) -> CleanResult:
    """Extract the article body and metadata from an HTML page."""
    root = parse(html or "")
    if root is None:
        return finish([], chars_in=len(html or ""), explain=explain)
    meta = page_metadata(root)
    blocks = blocks_of(root)
    lines = to_lines(blocks, meta["h1"])
    result = finish(
        lines,
        chars_in=len(html),
        explain=explain,
        profile=profile,
        profile_key=profile_key,
        title=meta["title"],
        also_title=meta["h1"],
    )

    if meta["site_name"]:
        result.source = meta["site_name"]
    if meta["date"]:
        iso = _iso_date(meta["date"]) or find_date(meta["date"])
        result.created = iso or result.created
    result.lang = _lang(meta["lang"]) or guess_lang(result.text)
    result.url = meta["url"] or url
    if result.byline is None and meta["author"]:
        result.byline = meta["author"]
    return result


def _longest_part(title: str) -> str:
    """"Headline - Site | Section" -> "Headline": the longest piece between title separators."""
    parts = re.split(r"\s+[|\-–—:·]\s+", title)
    return max(parts, key=len).strip() if parts else title


def _strip_site(title: str | None, site: str | None) -> str | None:
    """"Story headline | Site Name" -> "Story headline" when the site's name is known."""
    if not title or not site:
        return title
    for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
        head, _, tail = title.rpartition(sep)
        if head and tail.strip().lower() == site.strip().lower():
            return head.strip()
    return title


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _iso_date(value: str) -> str | None:
    m = _ISO.match(value.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _lang(value: str | None) -> str | None:
    if not value:
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None
