"""Unit tests for corpustool.clean on short fictional scrapes."""

from __future__ import annotations

import json
import textwrap
import time
from pathlib import Path

import pytest

from corpustool.clean import (
    BoilerplateProfile,
    clean_html,
    clean_record,
    clean_records,
    clean_text,
    learn_profile,
)
from corpustool.clean.lines import analyse
from corpustool.records import make_record

LEAD = (
    "The city council voted on Tuesday to expand the tram network to the northern suburbs, "
    "ending a decade of argument over the route."
)
SECOND = (
    "The new line will run for twelve kilometres and is expected to carry forty thousand "
    "passengers a day once it opens in 2027, officials said."
)
QUOTE = "“This is the most important decision we have taken in years,” the mayor told reporters."
WIRE = "The vote was 31 to 9."
THIRD = (
    "Opponents had argued that buses would serve the area at a fraction of the cost, and they "
    "promised to keep fighting the plan in court."
)

SCRAPE = f"""Home
News
Local
* Politics
* Business
City votes to extend tram network north

By Jane Holloway
Updated: March 3, 2021 at 5:40 pm ET
Share on Facebook
Tweet
{LEAD}

{SECOND}

{QUOTE}

{WIRE}

Cost and route

{THIRD}

The tram line photographed in 2019. (Photo: City Transport Office)

Related stories
* Bus fares to rise in April
* Mayor faces questions over budget
12 Comments
Sign up for our daily newsletter
This site uses cookies to improve your experience. By continuing you agree to our cookie policy.
Accept all cookies
© 2021 Northern Daily News. All rights reserved.
"""


def _reasons(result) -> dict[str, str | None]:
    return {item["text"]: item["reason"] for item in result.removed}


def test_body_paragraphs_kept_in_order_and_junk_removed() -> None:
    result = clean_text(SCRAPE, explain=True)
    assert result.text.split("\n\n") == [LEAD, SECOND, QUOTE, WIRE, "Cost and route", THIRD]
    reasons = _reasons(result)
    assert reasons["Accept all cookies"] == "cookie"
    assert reasons["Sign up for our daily newsletter"] == "subscribe"
    assert reasons["Share on Facebook"] == "social"
    assert reasons["Related stories"] == "related"
    assert reasons["By Jane Holloway"] == "byline"
    assert reasons["Updated: March 3, 2021 at 5:40 pm ET"] == "timestamp"
    assert reasons["© 2021 Northern Daily News. All rights reserved."] == "copyright"
    assert reasons["The tram line photographed in 2019. (Photo: City Transport Office)"] == "caption"


def test_metadata_from_plain_text() -> None:
    result = clean_text(SCRAPE)
    assert result.title == "City votes to extend tram network north"
    assert result.byline == "By Jane Holloway"
    assert result.created == "2021-03-03"
    assert result.source == "Northern Daily News"


def test_counts_add_up() -> None:
    result = clean_text(SCRAPE, explain=True)
    block = result.block()
    assert block["lines_in"] == len(result.removed)
    removed = sum(row["count"] for row in block["removed_by_reason"])
    assert block["lines_kept"] + removed == block["lines_in"]
    assert block["chars_out"] == len(result.text)
    assert clean_text(SCRAPE).block()["removed"] == []


@pytest.mark.parametrize(
    ("lead", "place", "date", "agency"),
    [
        ("MOSCOW, April 23 (RIA Novosti) - Officials said", "MOSCOW", "April 23", "RIA Novosti"),
        ("BRUSSELS, November 14 (Itar-Tass) —— Officials said", "BRUSSELS", "November 14", "Itar-Tass"),
        ("LONDON (Reuters) - Officials said", "LONDON", None, "Reuters"),
        ("WASHINGTON — Officials said", "WASHINGTON", None, None),
        ("SAN FRANCISCO, Calif., March 3 (AP) — Officials said", "SAN FRANCISCO, Calif.", "March 3", "AP"),
    ],
)
def test_datelines(lead: str, place: str, date: str | None, agency: str | None) -> None:
    text = f"{lead} the talks would continue next week in the capital, where both delegations are based."
    result = clean_text(text)
    assert result.text == text
    assert result.dateline == {"place": place, "date": date, "agency": agency}


def test_no_dateline_in_an_ordinary_sentence() -> None:
    result = clean_text("NATO said on Monday that the exercise would go ahead as planned in the spring.")
    assert result.dateline is None


def test_repeated_lead_kept_once_in_dateline_form() -> None:
    text = f"Headline about the tram vote\n\n{LEAD}\nOSLO, March 3 (NTB) - {LEAD}\n\n{SECOND}\n"
    result = clean_text(text, explain=True)
    assert result.text.split("\n\n") == [f"OSLO, March 3 (NTB) - {LEAD}", SECOND]
    assert _reasons(result)[LEAD] == "repeated-paragraph"
    assert result.source == "NTB"


def test_story_list_and_subheading_stay() -> None:
    text = (
        f"{LEAD}\n\nThe plan has three stages:\n\n* a depot in the north\n* six new stops\n"
        f"* a bridge over the river\n\nWhat comes next\n\n{SECOND}\n\n{THIRD}\n"
    )
    kept = clean_text(text).text.split("\n\n")
    assert "* six new stops" in kept
    assert "What comes next" in kept
    assert kept[-1] == THIRD


@pytest.mark.parametrize(
    "body",
    [
        "Der Stadtrat hat am Dienstag beschlossen, das Straßenbahnnetz in die nördlichen Vororte zu "
        "verlängern. Die neue Linie soll 2027 eröffnet werden, sagte die Bürgermeisterin.",
        "Городской совет во вторник проголосовал за продление трамвайной сети в северные пригороды. "
        "Новая линия откроется в 2027 году, сообщили чиновники.",
        "市议会周二投票决定将有轨电车网络延伸到北部郊区。官员表示，新线路预计将于二〇二七年开通，每天运送四万名乘客。",
    ],
)
def test_non_english_article_is_never_emptied(body: str) -> None:
    text = f"Startseite\n\n{body}\n\n{body.split('.')[0]} und mehr.\n\nКомментарии\n"
    result = clean_text(text)
    assert body in result.text


def test_russian_comment_widget_strings_removed() -> None:
    text = f"{LEAD}\n\n{SECOND}\n\nКомментарии\nЧитать далее\nОбсудить\nВойти\n"
    result = clean_text(text, explain=True)
    assert result.text.split("\n\n") == [LEAD, SECOND]
    assert {_reasons(result)[s] for s in ("Комментарии", "Обсудить", "Войти")} == {"comments-widget"}


def test_odd_input_never_raises() -> None:
    for text in ("", "\n\n\n", "\x00\x01\ufeff", "🙂" * 50, "a" * 10_000, "\u200b \u00a0\n\t"):
        result = clean_text(text, explain=True)
        assert isinstance(result.text, str)
    assert clean_html("").text == ""
    assert clean_html("<html><body></body></html>").text == ""
    assert isinstance(clean_html("<p>unclosed <b>tags <i>everywhere").text, str)


def test_pathological_megabyte_line_is_linear() -> None:
    """The one timing check: bounded patterns keep a 1 MB line far below a generous bound."""
    hostile = "(" + "MOSCOW, April 23 " * 20_000 + "cookie " * 50_000 + "a-" * 100_000 + "by Jane, " * 20_000
    start = time.perf_counter()
    clean_text(hostile + "\n" + hostile)
    clean_html("<p>" + hostile + "</p>")
    assert time.perf_counter() - start < 5.0


PAGE = f"""<!doctype html><html lang="en-GB"><head>
<title>Tram vote | Northern Daily News</title>
<meta property="og:title" content="City votes to extend tram network north">
<meta property="og:site_name" content="Northern Daily News">
<meta property="article:published_time" content="2021-03-03T17:40:00Z">
<link rel="canonical" href="https://example.org/news/tram-vote">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="cookie-banner"><p>We use cookies to give you the best experience on our site.</p></div>
<main><article>
<h1>City votes to extend tram network north</h1>
<p class="byline">By Jane Holloway</p>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
<p>{LEAD}</p><p>{SECOND}</p><p>{QUOTE}</p><p>{WIRE}</p>
<h2>Cost and route</h2>
<p>{THIRD}</p>
<figure><img src="x.jpg"><figcaption>The tram line in 2019.</figcaption></figure>
</article></main>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Bus fares to rise in April as the council looks for savings across the network</a></li>
<li><a href="/b">Mayor faces questions over budget after a difficult year for the city finances</a></li>
</ul></aside>
<footer><p>© 2021 Northern Daily News. All rights reserved.</p></footer>
</body></html>"""


def test_html_body_and_metadata() -> None:
    result = clean_html(PAGE, explain=True)
    assert result.text.split("\n\n") == [LEAD, SECOND, QUOTE, WIRE, "Cost and route", THIRD]
    assert result.title == "City votes to extend tram network north"
    assert result.source == "Northern Daily News"
    assert result.created == "2021-03-03"
    assert result.lang == "en"
    assert result.url == "https://example.org/news/tram-vote"
    reasons = _reasons(result)
    assert reasons["We use cookies to give you the best experience on our site."] == "cookie"
    assert reasons["The tram line in 2019."] == "caption"
    assert reasons["City votes to extend tram network north"] == "title"


def test_clean_record_uses_html_and_pops_it() -> None:
    record = make_record("", id="r1", html=PAGE, metadata={"path": "a.html", "title": "old"})
    out = clean_record(record)
    assert "html" not in out
    assert out["text"].startswith(LEAD)
    assert out["metadata"]["title"] == "City votes to extend tram network north"
    assert out["metadata"]["path"] == "a.html"
    assert out["metadata"]["lang"] == "en"
    assert out["source"] == "Northern Daily News"
    assert out["created"] == "2021-03-03"


def test_clean_block_has_the_same_shape_on_every_row() -> None:
    rows = [
        make_record(SCRAPE, id="a"),
        make_record("", id="b"),
        make_record("", id="c", html=PAGE),
        make_record("Just one short line", id="d"),
    ]
    cleaned = list(clean_records(rows, explain=False))
    shapes = {json.dumps({k: type(v).__name__ for k, v in r["clean"].items()}) for r in cleaned}
    assert len(shapes) == 1
    assert all(r["clean"]["removed"] == [] for r in cleaned)
    assert {tuple(sorted(r["metadata"])) for r in cleaned} == {tuple(sorted(cleaned[0]["metadata"]))}
    for r in cleaned:
        dateline = r["metadata"]["dateline"]
        assert dateline is None or set(dateline) == {"place", "date", "agency"}


def test_clean_records_is_lazy() -> None:
    def endless():
        n = 0
        while True:
            n += 1
            yield make_record(f"{LEAD}\n\n{SECOND}", id=str(n))

    stream = clean_records(endless())
    first = next(stream)
    assert first["id"] == "1" and first["text"].startswith(LEAD)


def test_text_title_guess_does_not_replace_a_given_title() -> None:
    given = clean_record(make_record(SCRAPE, id="t", metadata={"title": "From the feed"}))
    assert given["metadata"]["title"] == "From the feed"
    missing = clean_record(make_record(SCRAPE, id="u"))
    assert missing["metadata"]["title"] == "City votes to extend tram network north"


def test_existing_metadata_kept_when_nothing_better_found() -> None:
    record = make_record(f"{LEAD}\n\n{SECOND}", id="x", metadata={"lang": "en", "title": "Given title"},
                         source="feed")
    out = clean_record(record)
    assert out["metadata"]["lang"] == "en"
    assert out["metadata"]["title"] == "Given title"
    assert out["source"] == "feed"


def _site_page(n: int) -> str:
    story = f"Story {n} reports that the harbour authority approved berth {n} for the new ferry service."
    more = f"Work on berth {n} will begin in the spring and should end within {n + 2} months, it said."
    return (
        "Harbour Gazette: news from the waterfront since 1901\n"
        f"{story}\n\n{more}\n\n"
        "Harbour Gazette readers can send letters to the editor at the harbour office on Quay Street.\n"
    )


def test_learned_profile_removes_site_furniture(tmp_path: Path) -> None:
    corpus = [make_record(_site_page(n), id=str(n), source="gazette") for n in range(6)]
    profile = learn_profile(corpus)
    path = tmp_path / "profile.json"
    profile.save(path)
    loaded = BoilerplateProfile.load(path)
    page = make_record(_site_page(42), id="new", source="gazette")
    out = clean_record(page, explain=True, profile=loaded)
    reasons = {item["text"]: item["reason"] for item in out["clean"]["removed"]}
    letters = "Harbour Gazette readers can send letters to the editor at the harbour office on Quay Street."
    assert reasons[letters] == "learned-boilerplate"
    assert "berth 42" in out["text"]
    without = clean_text(_site_page(42))
    assert letters in without.text


def test_profile_is_per_source() -> None:
    corpus = [make_record(_site_page(n), id=str(n), source="gazette") for n in range(6)]
    profile = learn_profile(corpus)
    other = make_record(_site_page(7), id="o", source="another-paper")
    out = clean_record(other, profile=profile)
    assert "letters to the editor" in out["text"]


def test_page_without_prose_still_keeps_its_lines() -> None:
    poem = "Roses are red, violets are blue\nsugar is sweet and so are you\nHome\nShare"
    kept = clean_text(poem).text.split("\n\n")
    assert kept == ["Roses are red, violets are blue", "sugar is sweet and so are you"]


def test_html_title_loses_the_site_suffix_and_h1_copy_is_removed() -> None:
    page = PAGE.replace('content="City votes to extend tram network north"',
                        'content="City votes to extend tram network north | Northern Daily News"')
    result = clean_html(page)
    assert result.title == "City votes to extend tram network north"
    assert "City votes" not in result.text


def test_story_starts_at_its_dateline_not_at_teaser_blurbs_above() -> None:
    teasers = "\n".join(
        f"Local Headline Number {n} Draws CrowdsResidents gathered in the square on day {n} to hear the "
        f"band play songs for more than {n + 2} hours, organisers said."
        for n in range(6)
    )
    story = (
        "ST. JOSEPH, Mich. (AP) — Health authorities are reporting a sixth death linked to the virus.\n\n"
        "County officials said Monday the victim was one of two people who contracted the virus this "
        "autumn, and the death occurred on Saturday.\n"
    )
    result = clean_text(f"{teasers}\n\nMore Weather\n\n{story}")
    assert result.text.split("\n\n") == story.strip().split("\n\n")
    assert result.dateline == {"place": "ST. JOSEPH, Mich.", "date": None, "agency": "AP"}


def test_embedded_tweet_quoted_by_the_story_stays() -> None:
    tweet = "The new tram line is the best news this city has had in years, honestly."
    page = PAGE.replace(
        f"<p>{WIRE}</p>",
        f'<p>{WIRE}</p><div class="social-media-embed"><blockquote class="twitter-tweet">'
        f"<p>{tweet}</p></blockquote></div>",
    )
    assert tweet in clean_html(page).text.split("\n\n")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"{LEAD} {SECOND} {THIRD}", "en"),
        ("Der Stadtrat hat am Dienstag beschlossen, das Netz der Straßenbahn in die Vororte zu verlängern. "
         "Die neue Linie ist nicht billig, aber sie wird von der Stadt und dem Land bezahlt, und sie soll "
         "im Jahr 2027 für die Fahrgäste auf der Strecke eröffnet werden.", "de"),
        ("시의회는 화요일 북부 교외로 트램 노선을 연장하기로 의결했다.", "ko"),
        ("Tram", None),
        ("“We will not pay for it twice,” the mayor said on Tuesday — and the council agreed that the "
         "tram line to the northern suburbs is to be paid for by the city and the state.", "en"),
        # as many German function words as English ones: no language is clearly ahead
        ("The mayor said that the line is to be paid for by the city and the state. Der Bürgermeister "
         "sagte, dass die Linie von der Stadt und dem Land bezahlt wird und nicht teuer ist.", None),
        # accented words and guillemets are split without the regex; a symbol (• §) takes the regex
        ("«O conselho da cidade decidiu na terça-feira que a nova linha de elétrico não será paga pelo "
         "estado», disse o presidente da câmara, e que as obras vão começar em março para a linha.", "pt"),
        ("O conselho da cidade • decidiu na terça-feira que a nova linha de elétrico não será paga pelo "
         "estado § disse o presidente da câmara, e que as obras vão começar em março para a linha.", "pt"),
        ("Городской совет во вторник решил, что новая линия трамвая будет оплачена городом, и это не "
         "будет дорого для жителей, как и было сказано в плане.", "ru"),
        # Hangul is a fifth of the characters (dates, times) but all of the letters
        ("2024. 12. 31. 10:00 — 2025. 01. 15. 11:30 — 시의회는 화요일 트램 노선을 연장하기로 의결했다 "
         "(2026 / 2027 / 2028 / 2029)", "ko"),
        ("市議会は火曜日、北部郊外への路面電車の延伸を議決した。", "ja"),
        ("市议会周二投票决定将有轨电车线路延伸至北部郊区。", "zh"),
    ],
)
def test_language_guess(text: str, lang: str | None) -> None:
    assert clean_text(text).lang == lang


def test_hard_wrapped_text_is_joined_back_into_paragraphs() -> None:
    paragraphs = [LEAD + " " + SECOND, QUOTE + " " + THIRD, SECOND + " " + LEAD]
    body = "\n\n".join(textwrap.fill(p, 70) for p in paragraphs)
    wrapped = f"Home\nNews\n\n{body}\n\nAccept cookies\n"
    result = clean_text(wrapped)
    assert " ".join(result.text.split()) == " ".join(" ".join(paragraphs).split())
    assert all(len(p) > 100 for p in result.text.split("\n\n"))


def test_copies_of_one_story_do_not_teach_that_the_story_is_furniture() -> None:
    page = _site_page(1)
    corpus = [make_record(page, id=str(n), source="gazette") for n in range(5)]
    profile = learn_profile(corpus)
    out = clean_record(make_record(page, id="again", source="gazette"), profile=profile)
    assert "berth 1" in out["text"]


def test_a_small_wire_teaser_with_a_dateline_does_not_displace_the_story() -> None:
    teaser = "WASHINGTON (AP) — The Senate passed the budget bill late on Friday night."
    story = "\n\n".join([LEAD, SECOND, QUOTE, THIRD, SECOND.replace("twelve", "fifteen")])
    result = clean_text(f"Latest news\n\n{teaser}\n\nRelated stories\n\nTram vote\n\n{story}\n")
    assert teaser not in result.text
    assert result.text.startswith(LEAD)


def test_article_continues_after_a_subheading_that_looks_like_a_section_opener() -> None:
    tail = "Related stories\n* Bus fares rise\n"
    text = f"{LEAD}\n\n{SECOND}\n\nMore trouble ahead\n\n{QUOTE}\n\n{THIRD}\n\n{tail}"
    kept = clean_text(text).text.split("\n\n")
    assert kept[:2] == [LEAD, SECOND]
    assert kept[-2:] == [QUOTE, THIRD]


def test_html_story_that_is_a_list_under_its_headline() -> None:
    stages = [f"Stage {n}: {day} March at the northern depot" for n, day in enumerate((3, 10, 17, 24), 1)]
    items = "".join(f"<li>{s}</li>" for s in stages)
    page = (
        "<html><body><div class='post'><h1>Tram works calendar 2021</h1>"
        f"<ul>{items}</ul><p>Dates may change.</p></div>"
        "<div class='box'><p>Click on the picture and see the full schedule of every works weekend, "
        "with maps, diversions and the replacement bus timetable for the whole year.</p></div>"
        "</body></html>"
    )
    kept = clean_html(page).text.split("\n\n")
    assert kept[: len(stages)] == stages
    assert not any(line.startswith("Click on the picture") for line in kept)


def test_teaser_cards_with_glued_headlines_are_related_links() -> None:
    card = "Council Approves New Tram Depot In The NorthThe depot will house forty vehicles, officials said."
    result = clean_text(f"{LEAD}\n\n{SECOND}\n\n{card}\n", explain=True)
    assert _reasons(result)[card] == "related"
    assert clean_text(f"{LEAD}\n\n{SECOND}\n").text == f"{LEAD}\n\n{SECOND}"


BLURB = (
    "Click on the picture above and see every date, venue and start time of this season's races, "
    "with maps, ticket prices and the weather forecast for each weekend."
)


def test_a_numbered_schedule_is_the_story_not_the_teaser_blurbs_beside_it() -> None:
    rows = [f"{n}a etapa: {day} de março – Interlagos" for n, day in enumerate(range(3, 24, 3), 1)]
    policy = "Comments are moderated and may take a day to appear."
    page = "\n\n".join(["Home", "News", "Stock Car calendar 2021", *rows, "Tags", "stock car, calendar",
                        policy, "» Columns", BLURB, "» Power ranking", BLURB.replace("races", "sessions")])
    kept = clean_text(page).text.split("\n\n")
    assert kept == rows
    plain = [row.split(" ", 1)[1] for row in rows]  # the same rows without their row numbers
    assert "etapa" not in clean_text(page.replace("\n\n".join(rows), "\n\n".join(plain))).text


def test_numbered_rows_without_data_or_out_of_sequence_get_no_bonus() -> None:
    menu = [f"{n} Things to do in the city" for n in (1, 2, 3, 5, 8, 13, 21)]
    page = "\n\n".join([*menu, LEAD, SECOND, THIRD])
    assert clean_text(page).text.split("\n\n") == [LEAD, SECOND, THIRD]


def test_sources_list_and_comment_policy_end_the_story() -> None:
    sources = ["Sources:", "City Transport Office, \"Tram plan 2027,\" March 2, 2021",
               "Email interview with the council press office, March 3, 2021"]
    policy = "Comments are moderated and may take a day to appear."
    page = "\n\n".join([LEAD, SECOND, THIRD, *sources, policy, "Great news for the north!"])
    result = clean_text(page, explain=True)
    assert result.text.split("\n\n") == [LEAD, SECOND, THIRD]
    assert _reasons(result)["Sources:"] == "site-boilerplate"
    assert _reasons(result)[policy] == "comments-widget"


def test_a_paragraph_repeated_with_other_case_and_punctuation_is_dropped() -> None:
    shouted = "THE CITY COUNCIL voted on Tuesday -- to expand the tram network to the northern suburbs; "
    shouted += "ending a decade of argument over the route!"
    page = "\n\n".join([LEAD, SECOND, THIRD, QUOTE, shouted, SECOND.replace("twelve", "fifteen")])
    result = clean_text(page, explain=True)
    assert _reasons(result)[shouted] == "repeated-paragraph"
    assert result.text.split("\n\n")[0] == LEAD
    assert SECOND.replace("twelve", "fifteen") in result.text  # same opening words, different paragraph


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("(Reporting by Jane Holloway and Tom Reed; additional reporting by Ann Lee; editing by Mark Potter)",
         "byline"),
        ("Reporting by Jane Holloway; Writing by Tom Reed; Editing by Mark Potter", "byline"),
        ("FILE PHOTO: A tram crosses the river bridge in the city centre, Northern City, March 2, 2021. "
         "REUTERS/Jane Holloway", "caption"),
        ("Commuters wait for the first tram at the northern depot on a cold March morning. REUTERS/Tom Reed",
         "caption"),
        ("Advert", "ad"),
        ("Getty", "caption"),
        ("Image caption Commuters wait for the first tram at the northern depot", "caption"),
        ("The depot on its opening day, March 2021 via AP", "caption"),
        ("Opinions expressed by Gazette contributors are their own.", "site-boilerplate"),
        ("CLICK HERE TO GET THE GAZETTE NEWS APP", "site-boilerplate"),
        ("This site is protected by recaptcha Privacy Policy | Terms of Service", "site-boilerplate"),
    ],
)
def test_wire_credits_photo_credits_and_widget_strings(line: str, reason: str) -> None:
    result = clean_text(f"{LEAD}\n\n{line}\n\n{SECOND}\n\n{THIRD}\n", explain=True)
    assert _reasons(result)[line] == reason
    assert line not in result.text


@pytest.mark.parametrize(
    ("line", "reason", "barrier"),
    [
        ("More newsletters", "subscribe", False),  # the newsletter row comes before the "More ..." row
        ("The Morning Newsletter", "subscribe", False),
        ("Morning briefing", None, False),
        ("More from the Gazette", "related", True),
        # Two gated rules fire: the earlier row names the line (cookies before copyright, comments
        # before copyright), whatever order the line holds their words in.
        ("© 2024 Gazette. We use cookies to improve your experience", "cookie", False),
        ("Copyright 2024 The Gazette. By subscribing you agree to our privacy policy", "subscribe", False),
        ("Comments are closed. Copyright 2024 The Gazette", "comments-widget", False),
    ],
)
def test_the_first_row_that_fires_names_the_line(line: str, reason: str | None, barrier: bool) -> None:
    found = analyse(line)
    assert (found.reason, found.barrier) == (reason, barrier)


@pytest.mark.parametrize(
    "text",
    [
        LEAD,
        QUOTE * 3,
        "“" + "Unterschriftensammlungsbevollmächtigter" * 3 + " said the council, " * 8 + "“end”",
        "ΟΔΥΣΣΕΑΣ ΚΑΙ ΣΥΝΤΡΟΦΟΙ " * 10,
        "İSTANBUL — " + SECOND + " İSTANBUL",
        "— ... " + "x" * 70 + " middle words here " * 5 + "y" * 70 + " !!!",
        "!!! ??? " * 30,
        "word " * 30 + "A'Σ " + "!" * 61,  # a capital sigma's form depends on letters outside the window
    ],
)
def test_repeat_grouping_reads_the_same_first_and_last_word_as_the_whole_key(text: str) -> None:
    from corpustool.clean.body import _edges, key

    words = key(text).split(" ")
    assert _edges(text) == (words[0], words[-1])


def test_a_long_paragraph_repeated_in_capitals_with_curly_quotes_is_dropped() -> None:
    quote = "“" + SECOND[:-1] + ",” she said, adding that the Σ-shaped junction would open last."
    page = "\n\n".join([LEAD, quote, THIRD, quote.upper(), WIRE])
    result = clean_text(page, explain=True)
    assert _reasons(result)[quote.upper()] == "repeated-paragraph"
    assert result.text.count("junction") == 1


@pytest.mark.parametrize(
    "raw",
    [
        "  ".join([SECOND] * 3),
        "\t" + "\u00a0".join([LEAD, SECOND, THIRD]) + " \u3000",
        "* " + "\u200b \x00 ".join([LEAD, THIRD, SECOND]) + "\u2009\u2009end",
        "1. " + " \ufeff ".join([QUOTE] * 4),
    ],
)
def test_long_lines_count_their_whitespace_words(raw: str) -> None:
    from corpustool.clean.lines import analyse

    line = analyse(raw)
    assert len(line.body) > 300
    assert line.words == len(line.body.split())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("UPDATED: SEPT. 18, 2019 9:24 PM ET", True),
        ("18th November 2019", True),
        ("Published 3 Dec. 2021, 08:15 GMT", True),
        ("nov 18 at 9 am", True),
        ("Posted 12.03.2021", True),
        ("2 min read", False),
        ("Marching band 2019", False),
        ("Top 10 markets to watch", False),
        ("2019-11-18 09:24", True),
        ("Posted 18/11/2019", True),
        ("9.30 pm", True),
        ("Room 12, Floor 3", False),
        ("Gate 4 opens at 9", False),
        # Beyond ASCII the forms run case-insensitively, where a long s is an s.
        ("ſept. 18, 2019 · 9:24", True),
        ("Nov 18 · 9:24 pm", True),
        ("Обновлено 18.11.2019 в 9:24", True),
        # More than five words that no date or time form can take: no timestamp, whatever the rest.
        ("Updated March 3, 2021 after readers across several coastal towns reported flooding", False),
        # A time takes its zone with it, so five words are left, not six.
        ("Nov 18, 2019 9:24 CEST by Staff Writer Newsroom Desk", True),
        ("Nov 18, 2019 9:24 CEST by Staff Writer Newsroom Desk Editor", False),
    ],
)
def test_timestamp_lines_in_any_case_and_order(line: str, expected: bool) -> None:
    from corpustool.clean.metadata import is_timestamp

    assert is_timestamp(line, len(line.split())) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By: Jane Doe", True),
        ("BY JANE DOE | REUTERS", True),
        ("Story by Jane Doe", True),
        ("Written by Jane Doe and John Roe", True),
        ("Par Jeanne Dupont", True),
        ("Текст: Анна Иванова", True),
        ("@janedoe", True),
        # Opening with a lead's first letters is not opening with the lead.
        ("Byron Bay", False),
        ("Paris Saint-Germain", False),
        ("Stories you may like", False),
    ],
)
def test_byline_lines_open_with_a_lead_or_are_a_handle(line: str, expected: bool) -> None:
    from corpustool.clean.metadata import is_byline

    assert is_byline(line, len(line.split())) is expected


CLEAN_ARTICLE_WITH_LIST = f"""{LEAD}

{SECOND}

The new stops, from south to north:

1) Harbour Bridge interchange

2) Old Mill Road and the sports ground

3) Northfield shopping centre

4) Northfield Park and Ride"""


def test_clean_article_ending_in_a_list_stays_whole() -> None:
    """Nothing after the last paragraph is furniture, so the list is the story's."""
    once = clean_text(CLEAN_ARTICLE_WITH_LIST)
    assert once.text == CLEAN_ARTICLE_WITH_LIST
    assert clean_text(once.text).text == once.text


def test_trailing_one_word_labels_are_still_outside_the_body() -> None:
    """A run of labels no rule knows (a comment widget in another language) is not the story's end."""
    text = f"{LEAD}\n\n{SECOND}\n\nΣχόλια\n\nΣύνδεση\n\nΑπάντηση\n\n0 σχόλια"
    result = clean_text(text, explain=True)
    assert result.text == f"{LEAD}\n\n{SECOND}"
    assert _reasons(result)["Σχόλια"] == "outside-body"


def test_known_title_keeps_a_kicker_that_would_pass_for_a_headline() -> None:
    text = f"Trams at last\n\n{LEAD}\n\n{SECOND}"
    guessed = clean_text(text)
    assert guessed.title == "Trams at last" and guessed.text == f"{LEAD}\n\n{SECOND}"
    headline = "City votes to extend tram network north"
    known = clean_text(text, title=headline)
    assert known.title == headline and known.text == text
    record = clean_record(make_record(text, id="k", metadata={"title": headline}))
    assert record["text"] == text


def test_headline_copies_beyond_ascii_are_named_by_their_key() -> None:
    """A copy of the headline in other case and punctuation is the title too; a line with the same
    first and last words but others between them is not."""
    headline = "Zürich approves tram plan"
    page = "\n\n".join(
        ["Home", "News", headline, "By Jane Holloway", LEAD, SECOND, "ZÜRICH APPROVES TRAM PLAN!", QUOTE,
         "Zürich’s bus plan", THIRD]
    )
    reasons = _reasons(clean_text(page, explain=True))
    assert reasons[headline] == "title"
    assert reasons["ZÜRICH APPROVES TRAM PLAN!"] == "title"
    assert reasons["Zürich’s bus plan"] != "title"


def test_hover_card_and_screen_reader_text_are_not_part_of_the_sentence() -> None:
    card = (
        '<span class="person"><a href="/people/jane">Jane Holloway</a><span class="hovercard-body">'
        '<a href="/a">Council approves the budget</a> <a href="/b">Ferry berth plan delayed</a></span></span>'
    )
    link = '<a href="/report">report<span class="sr-only"> (opens in a new window)</span></a>'
    page = PAGE.replace(
        f"<p>{THIRD}</p>",
        f"<p>Councillor {card} said the route had been chosen after a long public {link} on the options.</p>"
        f"<p>{THIRD}</p>",
    )
    sentence = (
        "Councillor Jane Holloway said the route had been chosen after a long public report on the options."
    )
    assert sentence in clean_html(page).text.split("\n\n")


def test_posts_under_a_related_posts_heading_are_teasers_not_the_story() -> None:
    story = f"{LEAD} {SECOND}"
    blurbs = [f"{LEAD} {THIRD}", f"{SECOND} {THIRD}", f"{QUOTE} {LEAD}", f"{THIRD} {QUOTE}",
              f"{SECOND} {LEAD}"]
    teasers = "".join(
        f'<article class="post"><h2><a href="/{n}">Tram news {n}</a></h2><p>{text}</p></article>'
        for n, text in enumerate(blurbs)
    )
    page = (
        "<html><body><div id='primary'><article class='post'><h1>Tram vote</h1>"
        f"<p>{story}</p></article>"
        "<section class='post-list'><h3 class='related-posts-title'>You might also like</h3>"
        f"{teasers}</section>"
        "</div></body></html>"
    )
    assert clean_html(page).text == story


def test_a_quoted_tweet_mostly_made_of_links_is_not_a_menu_item() -> None:
    tweet = (
        'Finally! <a href="https://twitter.com/hashtag/TramVote">#TramVote</a> '
        '<a href="https://twitter.com/hashtag/NorthLine">#NorthLine</a> '
        '<a href="https://t.co/x1y2z3">pic.twitter.com/x1y2z3</a>'
    )
    quoted = f'<blockquote class="twitter-tweet"><p>{tweet}</p></blockquote>'
    page = PAGE.replace(f"<p>{WIRE}</p>", f"<p>{WIRE}</p>{quoted}")
    assert "Finally! #TramVote #NorthLine pic.twitter.com/x1y2z3" in clean_html(page).text.split("\n\n")


def test_a_footer_named_in_portuguese_is_page_furniture() -> None:
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "A prefeitura aprovou nesta terça-feira a ampliação da linha de bonde até os bairros do norte "
            "da cidade, depois de dez anos de discussão sobre o traçado.",
            "A nova linha terá doze quilômetros e deve transportar quarenta mil passageiros por dia quando "
            "for inaugurada em 2027, segundo a secretaria de obras.",
        )
    )
    address = (
        "Prefeitura Municipal - Rua das Palmeiras, 1200 - Centro - CEP 89250-000 - Caixa Postal 12 - "
        "Telefone: (47) 3333-0000 - Atendimento de segunda a sexta-feira"
    )
    page = (
        f"<html><body><div class='conteudo'>{story}<div class='compartilhar'><a href='/fb'>Facebook</a> "
        f"<a href='/tw'>Twitter</a></div><a href='/'>Voltar</a></div>"
        f"<div class='rodape'><div>{address}</div></div></body></html>"
    )
    assert address not in clean_html(page).text
