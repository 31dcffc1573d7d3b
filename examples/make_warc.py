# ruff: noqa: E501  (the page sources below are data: long lines as a crawler would fetch them)
"""Build examples/warc/news.warc.gz from the fictional pages below, byte for byte reproducibly.

A real crawl file mixes records a reader must skip (warcinfo, requests, a robots.txt) with the
HTML responses it wants, and pages in legacy encodings declared only in the HTTP header. Every
WARC-Date and WARC-Record-ID is fixed, and warcio's gzip members carry no timestamp, so running
this script again writes identical bytes (checked with sha256sum).

Run: .venv/bin/python examples/make_warc.py
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent / "warc" / "news.warc.gz"

WESTMERE_URL = "https://www.westmerechronicle.example/news/2026/02/02/gale-closes-corran-pass"
WESTMERE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Gale closes Corran Pass, strands 200 drivers overnight :: Westmere Chronicle</title>
<meta property="og:title" content="Gale closes Corran Pass, strands 200 drivers overnight">
<meta property="og:site_name" content="Westmere Chronicle">
<meta property="article:published_time" content="2026-02-02T08:15:00+01:00">
<link rel="canonical" href="https://www.westmerechronicle.example/news/2026/02/02/gale-closes-corran-pass">
</head>
<body>
<div class="cookie-consent"><p>This website uses cookies. Click here to find out more.</p><button>Accept cookies</button></div>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/weather">Weather</a> | <a href="/jobs">Jobs</a></nav>
<div class="breadcrumb">Home &gt; News &gt; Westmere</div>
<article>
<h1>Gale closes Corran Pass, strands 200 drivers overnight</h1>
<time datetime="2026-02-02T08:15:00+01:00">Monday 2 February 2026</time>
<div class="share">Share 19 &middot; Tweet &middot; Email</div>
<figure><img src="/img/corran-pass.jpg" alt=""><figcaption>Snowploughs on the Corran Pass road. File photo</figcaption></figure>
<p>WESTMERE, Feb. 2 (NPA) - A winter gale closed the Corran Pass on Sunday evening, stranding about 200 drivers in a roadside service area overnight, the National Roads Agency said on Monday.</p>
<p>Gusts of up to 140 kilometres an hour brought down power lines near the summit and blew two empty lorries onto their sides.</p>
<p>\u201cWe closed the pass the moment the wind went over the safe limit, and we won\u2019t reopen it until every line is cleared,\u201d Roads Agency director Casimir Vell said.</p>
<p>He said snowploughs and a recovery crew had reached the summit at first light.</p>
<p>Innkeeper Rosalind Achterberg, who opened her dining room to stranded families, said she had served \u201cabout four hundred bowls of soup\u201d by midnight.</p>
<p>\u201cNobody slept much, but nobody was cold either,\u201d she said.</p>
<p>The pass is the only direct road between Westmere and Velmore in winter; the detour through the valley adds about three hours.</p>
</article>
<aside class="related"><h3>Read more</h3><ul><li><a href="/news/corran-tunnel">Corran tunnel plan back on the table</a></li></ul></aside>
<section class="comments"><h3>Comments</h3><p>Log in to comment</p></section>
<footer><p>Follow us on X</p><p>\u00a9 2026 Westmere Chronicle. All rights reserved.</p></footer>
</body>
</html>
"""

LEDGER_URL = "https://www.harborledger.example/harborton/2026/08/09/sea-festival-record-crowd"
LEDGER_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harborton sea festival draws record crowd | The Harbor Ledger</title>
<meta property="og:title" content="Harborton sea festival draws record crowd">
<meta property="og:site_name" content="The Harbor Ledger">
<meta property="article:published_time" content="2026-08-09T19:40:00+01:00">
<link rel="canonical" href="https://www.harborledger.example/harborton/2026/08/09/sea-festival-record-crowd">
</head>
<body>
<div class="cookie-consent" role="dialog"><p>This website uses cookies to improve your experience.</p><button>Accept cookies</button></div>
<header><a href="/">The Harbor Ledger</a><p>Harborton's independent daily since 1921</p><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>
<nav><ul><li>Home</li><li>Harborton</li><li>Region</li><li>Sport</li><li>Culture</li></ul></nav>
<main>
<article>
<h1>Harborton sea festival draws record crowd</h1>
<p class="byline">By Lotte Hargreave</p>
<time datetime="2026-08-09T19:40:00+01:00">9 August 2026</time>
<div class="share-bar">Share 56 | Follow us on X</div>
<p>HARBORTON \u2014 More than 60,000 people crowded the quays on Saturday for the Harborton sea festival, the biggest attendance in its 50-year history, organisers said.</p>
<p>Tall ships from five countries moored along the Old Basin, and the rowing race between the harbour\u2019s four pilot crews was won by the Kestrel Bay boat for the first time since 2011.</p>
<figure><img src="/img/festival.jpg" alt=""><figcaption>Tall ships in the Old Basin on Saturday. Image credit: Harbor Ledger / Pia Lundvall</figcaption></figure>
<p>\u201cWe planned for 45,000 and by lunchtime we knew we\u2019d blown past that,\u201d festival director Jorund Palk said. \u201cThe ferries ran full all day.\u201d</p>
<p>Police said the day passed without serious incident, although the quayside was closed for an hour in the afternoon to ease the crush.</p>
<p>Harborton Mayor Ilse Marrow said the festival had shown \u201cwhat this harbour is for: people, boats and a good day out\u201d.</p>
<p>The festival continues on Sunday with a blessing of the fleet and fireworks at 10 p.m.</p>
</article>
<section class="comments"><h3>\u041a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438</h3><p>\u0412\u043e\u0439\u0442\u0438</p><p>0</p></section>
</main>
<footer><p>\u00a9 2026 The Harbor Ledger. All rights reserved.</p></footer>
</body>
</html>
"""

ROBOTS_URL = "https://www.harborledger.example/robots.txt"
ROBOTS_TXT = "User-agent: *\nDisallow: /account/\nDisallow: /search\n"

# (uri, payload bytes, HTTP Content-Type, response record id, request record id, WARC-Date)
PAGES = [
    (WESTMERE_URL, WESTMERE_HTML.encode("cp1252"), "text/html; charset=windows-1252",
     "urn:uuid:0e6b2b0a-5c1e-4d39-9a51-000000000101", "urn:uuid:0e6b2b0a-5c1e-4d39-9a51-000000000102",
     "2026-02-02T09:03:11Z"),
    (ROBOTS_URL, ROBOTS_TXT.encode("ascii"), "text/plain",
     "urn:uuid:0e6b2b0a-5c1e-4d39-9a51-000000000201", "urn:uuid:0e6b2b0a-5c1e-4d39-9a51-000000000202",
     "2026-08-09T20:00:02Z"),
    (LEDGER_URL, LEDGER_HTML.encode("utf-8"), "text/html",
     "urn:uuid:0e6b2b0a-5c1e-4d39-9a51-000000000301", "urn:uuid:0e6b2b0a-5c1e-4d39-9a51-000000000302",
     "2026-08-09T20:00:05Z"),
]


def build(out: Path = OUT) -> None:
    """Write warcinfo, then a request and a response record for every page, in a fixed order."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = b"software: corpustool examples/make_warc.py\r\nformat: WARC File Format 1.1\r\n" \
               b"description: fictional news pages for corpustool examples\r\n"
        writer.write_record(writer.create_warc_record(
            "", "warcinfo", payload=BytesIO(info), length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={"WARC-Record-ID": "urn:uuid:0e6b2b0a-5c1e-4d39-9a51-000000000001",
                               "WARC-Date": "2026-02-02T09:03:10Z",
                               "WARC-Filename": "news.warc.gz"}))
        for uri, body, ctype, resp_id, req_id, date in PAGES:
            host = uri.split("/")[2]
            path = "/" + uri.split("/", 3)[3]
            req_headers = StatusAndHeaders(f"GET {path} HTTP/1.1", [
                ("Host", host), ("User-Agent", "corpustool-example-crawler/1.0"), ("Accept", "*/*")],
                is_http_request=True)
            writer.write_record(writer.create_warc_record(
                uri, "request", payload=BytesIO(b""), length=0, http_headers=req_headers,
                warc_headers_dict={"WARC-Record-ID": req_id, "WARC-Date": date,
                                   "WARC-Concurrent-To": resp_id}))
            http_headers = StatusAndHeaders("200 OK", [
                ("Content-Type", ctype), ("Content-Length", str(len(body))), ("Server", "nginx")],
                protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=BytesIO(body), length=len(body), http_headers=http_headers,
                warc_headers_dict={"WARC-Record-ID": resp_id, "WARC-Date": date}))


if __name__ == "__main__":
    build()
