"""The per-article indexes behind cue and sentence lookups (cue verbs indexed line by line,
periods judged once per article) must answer any window exactly as a fresh scan would."""

import re

from corpustool.quotes import cues, sentences, tables
from corpustool.quotes.cues import cue_words, noun_use, report_cues
from corpustool.quotes.sentences import sentence_ends

TEXT = (
    "Sen. John A. Smith said the plan was dead. He added: \"We are done.\"\n"
    "\n"
    "The U.S. team, Smith noted, went on to win. Rep. Jane Doe (R-Fla.) told reporters...\n"
    "\"It's over,\" she said. Aides said unsaid things, asked to explain; she went onto the stage.\n"
)


def _fresh(text: str) -> str:
    return ("x" + text)[1:]  # an equal string that is a new object: no index kept for it


def test_cue_words_any_window_matches_a_whole_text_scan():
    regex = tables.cue_regex()
    whole = [
        m.span()
        for m in regex.finditer(TEXT)
        # "asked to explain" keeps "explain" out: an infinitive is no verb of saying
        if not (TEXT[m.start() - 3 : m.start()] == "to " and not TEXT[m.start() - 4].isalnum())
    ]
    for start in range(0, len(TEXT), 3):
        for end in range(start, len(TEXT) + 1, 5):
            got = [(c.start, c.end) for c in cue_words(TEXT, start, end)]
            assert got == [(s, e) for s, e in whole if s >= start and e <= end], (start, end)
    found = [TEXT[c.start : c.end] for c in cue_words(TEXT, 0, len(TEXT))]
    # "unsaid", "explain" after "to" and "went onto" are no cues
    assert found == ["said", "added", "noted", "went on", "told", "said", "said", "asked"]


def test_report_cues_any_window_match_a_whole_text_scan():
    text = TEXT + "Officials believe his claim is wrong, she argued. Critics fear it; the warning stands.\n"
    whole = [m.span() for m in tables.report_regex().finditer(text) if not noun_use(text, m.start())]
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 5):
            got = [(c.start, c.end) for c in report_cues(_fresh(text), start, end)]
            assert got == [(s, e) for s, e in whole if s >= start and e <= end], (start, end)
    found = [text[c.start : c.end] for c in report_cues(text, 0, len(text))]
    assert "believe" in found and "fear" in found and "claim" not in found  # "his claim": a noun


def test_speech_cues_from_the_wide_scan_equal_their_own_scan(monkeypatch):
    # the shipped lists allow one scan for both kinds; the separate scan gives the same cues
    assert cues._one_scan_is_exact()
    text = _fresh(TEXT)
    shared = [[(c.start, c.end) for c in cue_words(text, s, s + 40)] for s in range(0, len(text), 7)]
    monkeypatch.setattr(cues, "_one_scan_is_exact", lambda: False)
    text = _fresh(TEXT)
    assert [[(c.start, c.end) for c in cue_words(text, s, s + 40)] for s in range(0, len(text), 7)] == shared


def _window_scan(text: str, start: int, end: int) -> list[int]:
    """What a sentence end in a window means: the end pattern run on the window alone, each
    period judged by the word the window shows before it."""
    out = []
    for m in sentences._END_RE.finditer(text, start, end):
        j = m.start()
        if text[j] == "." and not sentences._period_ends(text, j, m.end(), start)[1]:
            continue
        out.append(m.end())
    return out


def test_sentence_ends_any_window_matches_a_scan_of_the_window_alone():
    # runs of marks ("...", '?!"') that a window may cut anywhere, closing marks included
    text = TEXT + 'Really?!" he asked... "No." Then (at 5 p.m.) it ended.\u2026 Done!\' So.\n'
    for start in range(0, len(text)):
        for end in range(start, len(text) + 2, 3):
            got = sentence_ends(text, start, end)
            assert got == _window_scan(text, start, end), (start, end)
            assert got == sentence_ends(_fresh(text), start, end), (start, end)
    ends = sentence_ends(TEXT, 0, len(TEXT))
    assert TEXT.index("dead.") + 5 in ends
    assert TEXT.index("Sen.") + 4 not in ends and TEXT.index("A.") + 2 not in ends


def test_a_window_cutting_the_word_before_a_period_reads_only_what_it_sees():
    period = TEXT.index("dead.") + 5
    assert period in sentence_ends(TEXT, 0, len(TEXT))
    # from inside "dead" the window sees only "d.", read like an initial: no sentence end
    assert period not in sentence_ends(TEXT, period - 2, len(TEXT))


# he/his/him/her/she as whole words: what speakers.next_pronoun finds
_PRONOUN_RE = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])(?:e|is|im|er)|(?<=[Ss])he)\b")


def test_next_pronoun_finds_what_the_pronoun_pattern_finds_in_any_window():
    from corpustool.quotes.speakers import next_pronoun

    # forms at the text start, after letters, digits, underscores, quote marks and line breaks, cut
    # by the window's end ("he" of "help"), and "she" whose s stands just before the window
    text = (
        "She said he, his, him and her. Sheila, sHe, shed, the hers, Ss he; _he 2she ’she “He” "
        "(His) Him. Her\nshe xshe héhe Heh help history shelter She"
    )
    for start in range(len(text) + 1):
        for stop in range(start, len(text) + 1):
            m = _PRONOUN_RE.search(text, start, stop)
            expected = None
            if m is not None:
                expected = (m.start(), m.end(), "m" if m.group().lower() in ("he", "his", "him") else "f")
            assert next_pronoun(text, start, stop) == expected, (start, stop)


def _votes_by_window_search(cast) -> dict[str, dict[str, int]]:
    """The definition of a gender vote: search each mention's own window for he/she."""
    text, votes = cast.text, {}
    for k, (_start, end, person) in enumerate(cast.mentions):
        limit = cast.mentions[k + 1][0] if k + 1 < len(cast.mentions) else len(text)
        m = _PRONOUN_RE.search(text, end, min(limit, end + 160))
        while m and cast.quoted.covers(m.start()):
            m = _PRONOUN_RE.search(text, m.end(), min(limit, end + 160))
        if m:
            g = "m" if m.group().lower() in ("he", "his", "him") else "f"
            votes.setdefault(person.name, {}).setdefault(g, 0)
            votes[person.name][g] += 1
    return votes


def test_gender_votes_equal_a_search_of_each_mentions_window():
    from corpustool.quotes.speakers import Cast

    # the 160-character window after "Dagny Whitfield" ends at every offset of the words after it,
    # so it cuts "help", "history", "shelter" and "hers" at their start ("he", "his", "she"); a
    # given name of no known gender, as only people of unknown gender vote
    for pad in range(120, 170):
        text = (
            "Dagny Whitfield arrived. " + "x" * pad + " help history shelter hers. "
            '"She is here," he said. Later Whitfield said she would stay.'
        )
        cast = Cast(text, [(text.index('"'), text.index('," ') + 1)])
        learned = {p.name: p.votes for p in cast.people.values() if p.votes}
        assert learned == _votes_by_window_search(cast), pad


def test_form_scan_finds_what_the_plain_pattern_finds_after_any_character():
    from corpustool.quotes.form_scan import form_scan
    from corpustool.quotes.name_runs import article_shape, known_shape

    # forms after a space, quote marks, brackets, dashes, a tab, a no-break space and a line start
    # count; after a letter, digit, underscore, apostrophe, hyphen or markup sign they do not
    text = (
        'said "said" (said) —said “said” \tsaid\u00a0said, went on; he went onto it.\n'
        "said unsaid 2said _said ’said 'said -said ésaid <said /said =said"
    )
    scan = form_scan(tables.report_forms())
    assert scan.exact
    for shaped in (False, True):  # a text read alone, then one whose shape is made (an article)
        if shaped:
            article_shape(text)
        assert (known_shape(text) is not None) == shaped
        for start in range(len(text)):
            for end in range(start, len(text) + 1, 4):
                expected = [m.span() for m in scan.plain.finditer(text, start, end)]
                assert scan.spans(text, start, end) == expected
    found = scan.spans(text, 0, len(text))
    assert len([s for s, e in found if text[s:e] == "said"]) == 8
    assert (text.index("went on"), text.index("went on") + 7) in found


def test_form_scan_falls_back_to_the_plain_pattern_when_a_form_can_start_inside_another():
    from corpustool.quotes.form_scan import form_scan

    scan = form_scan(frozenset({"went on", "on", "said"}))
    assert not scan.exact  # "on" could start inside "went on"
    text = "she went on said (on) on"
    assert scan.spans(text, 0, len(text)) == [m.span() for m in scan.plain.finditer(text)]
    assert [text[s:e] for s, e in scan.spans(text, 0, len(text))] == ["went on", "said", "on", "on"]


def test_according_and_to_cues_equal_their_patterns():
    import re

    from corpustool.quotes.reported import according_cues, to_cues

    according = re.compile(r"[Aa](?<!\w.)ccording to\b")
    to = re.compile(r"T(?<![\w’'].)o [A-Z]")
    text = (
        "According to Smith, x. reaccording to y; (according to_ z) according tox, 'according to Q'\n"
        "To Smith, it was. To To Trump Tower, Onto To x To Jones’To Me _To You To"
    )
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            want = [m.span() for m in according.finditer(text, start, end)]
            assert [(c.start, c.end) for c in according_cues(text, start, end)] == want
            want = [(m.start(), m.start() + 2) for m in to.finditer(text, start, end)]
            assert [(c.start, c.end) for c in to_cues(text, start, end)] == want



def test_chunk_breaks_equal_the_separator_pattern():
    import re

    from corpustool.quotes.attribution import _chunk_breaks

    plain = re.compile(r"\s*(?:,|—|–|--|\(|\))\s*")
    text = "Smith , 69, a writer — and ( R-Fla.)  said -- twice --- - then–now ,\t, x\u00a0( y )"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            assert _chunk_breaks(text, start, end) == [m.span() for m in plain.finditer(text, start, end)]


def test_clause_pronoun_equals_the_pattern_searched_at_the_chunk_end():
    from corpustool.quotes.attribution import _CLAUSE_PRONOUN_RE, _clause_pronoun
    from corpustool.quotes.marks import Span

    text = "x when he, (as she, 2016 they, 12016 we, xwhen he, — I, -- we, Yesterday They, aWHEN he, so  I"
    ends = [k for k in range(1, len(text) + 1) if k == len(text) or text[k] == ","]  # each after a pronoun
    for end in ends:
        for start in range(end):
            want = _CLAUSE_PRONOUN_RE.search(text, max(start, end - 16), end)
            got = _clause_pronoun(text, Span(start, end))
            assert (got and got.span(1)) == (want and want.span(1)), (start, end)


def test_capitalised_runs_read_off_the_shape_equal_the_run_pattern_over_the_text():
    import random

    from corpustool.quotes.name_runs import RUN_RE, end_of_run, next_run, shape

    def walked(text: str) -> list[int]:
        shaped, bounds = shape(text), []
        at = next_run(shaped, 0, len(text))
        while at < len(text):
            bounds += [at, end_of_run(shaped, at, len(text))]
            at = next_run(shaped, bounds[-1], len(text))
        return bounds

    text = (
        "Sen. John A. Smith met Ludwig van Beethoven and J.P. Morgan’s Jamie Dimon in Washington, D.C.\n"
        "O’Brien, Łukasz Šefčovič-Nowak and Ögür Çelik\u00a0Jr. spoke; iPhone McDonald U.S. Attorney "
        "Mary Jo White.\u2009Then Jeb Bush. Trump said “Mr. Ğüven” — dos Santos da Silva, al Assad?\n"
        "Barend du Plessis\u2028Karl der Große 2nd_Place X. Y\u3000Z É\u0301mile ‘Chico’ ά Ωmega ᾈ "
        "A.B. C. D.E.f Della della Costa, de la Rua, Le  Pen, van\u00a0 Gogh, del\nToro, A.b. Cc"
    )
    rng = random.Random(4)
    # characters of every class, and words that make runs: particles, initials, abbreviations
    pool = list("AZaz .,;:’'-_?\n\t\u00a0\u2009\u2028\u3000“”—ŁłĞğŠšÖöÉé\u0301ΩάxyzT0")
    words = ["de", "del", "della", "van", "dos", "la", "A.", "B.C.", "Jr.", "Ann", "x'-", "  ", "."]
    samples = [text] + ["".join(rng.choice(pool) for _ in range(rng.randint(1, 60))) for _ in range(3000)]
    samples += [" ".join(rng.choice(words + pool) for _ in range(rng.randint(1, 20))) for _ in range(3000)]
    for sample in samples:
        expected = [i for m in RUN_RE.finditer(sample) for i in m.span()]
        assert walked(sample) == expected, sample
    runs = [m.group() for m in RUN_RE.finditer(text)]
    assert "Ludwig van Beethoven" in runs and "Łukasz Šefčovič-Nowak" in runs and "Ögür Çelik\u00a0Jr" in runs
    assert "Della della Costa" in runs and "Le  Pen" in runs and "Rua" in runs  # "la" before no capital


def test_article_cache_keeps_the_article_while_an_edited_copy_is_read():
    from corpustool.quotes.article_cache import ArticleIndex, LatestArticle

    built: list[str] = []

    def build(text: str) -> ArticleIndex:
        built.append(text)
        return ArticleIndex(text)

    cache = LatestArticle(build)
    article = _fresh(TEXT)
    first = cache.get(article)
    for _ in range(3):  # "... Smith said" read lower-cased, as a copy, between asks about the article
        copy = _fresh(TEXT.lower())
        assert cache.get(copy).text is copy and cache.known(copy) is not None
        assert cache.get(article) is first
    assert len(built) == 1 + 1 + 3  # the empty text, the article once, each copy once
    assert cache.known(_fresh(TEXT)) is None  # an equal string is another text: no index for it
