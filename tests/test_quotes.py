"""Quote extraction on short fictional snippets: marks, attribution patterns, resolution, schema."""

from __future__ import annotations

import random

import pytest

from corpustool.quotes import QUOTE_KEYS, extract_quotes, quote_records
from corpustool.quotes.marks import pair_quotes
from corpustool.records import make_record


def texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in pair_quotes(text)]


def speakers(text: str, types: str = "direct,partial") -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker_name"]) for q in extract_quotes(text, types=types)]


# -- marks -------------------------------------------------------------------------------------
def test_curly_and_straight_pairs():
    assert texts('He said “one,” then "two."') == ["one,", "two."]


def test_apostrophes_do_not_break_pairing():
    text = "“Sanders’ plan won’t work in the ’90s style,” she said. “Right.”"
    assert texts(text) == ["Sanders’ plan won’t work in the ’90s style,", "Right."]


def test_nested_single_quotes_stay_inside():
    text = "“We said our strong 'no' and they heard ‘no’ again,” he said."
    assert texts(text) == ["We said our strong 'no' and they heard ‘no’ again,"]


def test_unclosed_paragraph_continues_into_the_next():
    text = "“First paragraph of the speech.\n\n“Second paragraph,” she said.\n"
    assert texts(text) == ["First paragraph of the speech.\n\n“Second paragraph,"]


def test_unclosed_quote_without_continuation_ends_at_paragraph():
    text = "He said “this never closes.\n\nA new paragraph without quotes."
    assert texts(text) == ["this never closes."]


def test_guillemets_and_low_nine_marks():
    assert texts("Il a dit « bonjour » hier.") == ["bonjour"]
    assert texts("Er sagte „Guten Tag“ und ging.") == ["Guten Tag"]


def test_single_quotes_are_primary_only_without_double_marks():
    assert texts("The minister said: ‘We will not back down.’ Critics disagreed.") == [
        "We will not back down."
    ]
    assert texts("Trump was ‘mocking’ them, he said “loudly.”") == ["loudly."]


def test_bracketed_insertions_stay_inside():
    text = "“Mrs. [Condoleezza] Rice will come,” Putin said."
    assert texts(text) == ["Mrs. [Condoleezza] Rice will come,"]


# -- attribution patterns ----------------------------------------------------------------------
ARTICLE = (
    "Finance Minister Maria Olsen said the budget would pass.\n\n"
    "“We have the votes,” Olsen said.\n\n"
    "“Nobody should doubt it,” she added. “The numbers are there.”\n\n"
    "Opposition leader Tomas Berg, a former banker, told reporters: “This budget is a fantasy.”\n\n"
    "“It will collapse by spring,” said Berg.\n\n"
    "“Cuts will hurt the poorest families first,” Berg warned.\n\n"
    "According to Olsen, “the deficit will shrink next year.”\n\n"
    "Olsen insisted the plan was “fully costed and fair” in a statement.\n"
)


def test_attribution_patterns_and_resolution():
    got = dict(speakers(ARTICLE))
    assert got["We have the votes,"] == "Maria Olsen"  # surname -> first full mention
    assert got["Nobody should doubt it,"] == "Maria Olsen"  # she -> latest female speaker
    assert got["The numbers are there."] == "Maria Olsen"  # second sentence after attribution
    assert got["This budget is a fantasy."] == "Tomas Berg"  # X told reporters: "..."
    assert got["It will collapse by spring,"] == "Tomas Berg"  # said X
    assert got["Cuts will hurt the poorest families first,"] == "Tomas Berg"  # cue beyond "said"
    assert got["the deficit will shrink next year."] == "Maria Olsen"  # according to X
    assert got["fully costed and fair"] == "Maria Olsen"  # partial quote


def test_types_and_titles():
    quotes = extract_quotes(ARTICLE, types="direct,partial")
    kinds = {q["text"]: q["type"] for q in quotes}
    assert kinds["fully costed and fair"] == "partial"
    assert kinds["We have the votes,"] == "direct"
    first = next(q for q in quotes if q["speaker_name"] == "Maria Olsen")
    assert first["speaker_title"] == "Finance Minister"
    berg = next(q for q in quotes if q["speaker_name"] == "Tomas Berg")
    assert berg["speaker_title"] == "Opposition leader"
    assert all(q["type"] == "direct" for q in extract_quotes(ARTICLE, types="direct"))


def test_indirect_speech():
    quotes = extract_quotes(ARTICLE, types="indirect")
    assert quotes, "reported speech expected"
    first = quotes[0]
    assert first["type"] == "indirect"
    assert first["text"] == "the budget would pass"
    assert first["speaker_name"] == "Maria Olsen"
    assert first["cue"] == "said"


def test_a_quotation_after_an_inverted_cue_is_not_its_speaker():
    text = "At his cookout, the band leader called the candidates to the stage, saying \"It's Our Time.\"\n"
    quotes = extract_quotes(text, types="direct,partial,indirect")
    assert quotes
    assert all(q["speaker"] != "It's Our Time" for q in quotes)


def test_pronoun_gender_agreement():
    text = (
        "Senator Anna Kowalski met Governor Peter Hale on Monday.\n\n"
        "“The talks were useful,” Hale said.\n\n"
        "Kowalski disagreed. “Nothing was decided,” she said.\n"
    )
    got = dict(speakers(text))
    assert got["The talks were useful,"] == "Peter Hale"
    assert got["Nothing was decided,"] == "Anna Kowalski"


def test_unresolvable_speaker_stays_null():
    text = "“The deal is done,” a senior official said. “We expect a vote soon,” he said."
    assert [name for _, name in speakers(text)] == [None, None]


def test_scare_quotes_and_titles_are_dropped():
    text = 'The so-called "experts" disagree. She watched "Meet the Press" on Sunday.'
    assert extract_quotes(text) == []


def test_titles_of_works_lists_of_titles_and_bracketed_notes_are_dropped():
    text = (
        "Ms. Rowe got a roar when, at the end of the anthem “A Song For Tomorrow,” she added a line.\n\n"
        "Mr. Hale, who starred in “Rivers and Roads” and “Lords of the Harbour,” posted the clip.\n\n"
        'In his memoir, "A Long Way From Here," published in 2015, Mr. Hale described the move.\n\n'
        'The troupe performs a play called "Los Hijos de Nadie," or "Sons of Nobody," downtown.\n\n'
        '"(CROSSTALK.)\n\n"HOST: We are out of time, senator."\n'
    )
    assert [q["text"] for q in extract_quotes(text)] == ["We are out of time, senator."]


def test_a_work_noun_before_a_quoted_predicate_does_not_make_it_a_title():
    text = "The visa program “is gaining real traction now,” Deputy Secretary Ana Lopez told reporters."
    assert speakers(text) == [("is gaining real traction now,", "Ana Lopez")]


def test_transcript_labels_name_the_speaker():
    text = '"HOST: Will you run again?\n\n"GOMEZ: Not this year, no."\n'
    got = speakers(text)
    assert [name for _, name in got] == ["Host", "Gomez"]
    assert got[1][0].startswith("Not this year")


def test_each_turn_of_a_transcript_in_one_quotation_is_its_own_quote():
    # labels after sentence ends cut the quotation; "MS." ends no turn, being part of a label
    text = (
        "Secretary of State Hillary Clinton took questions.\n\n“PARTICIPANT: Ann Chow from Houston. "
        "I raised money for you. MS. CLINTON: You are the smartest people. PARTICIPANT: You called "
        "me, too.” [Speech, 2013.]\n"
    )
    assert speakers(text) == [
        ("Ann Chow from Houston. I raised money for you.", "Participant"),
        ("You are the smartest people.", "Hillary Clinton"),
        ("You called me, too.", "Participant"),
    ]


# -- robustness and schema ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        '"',
        '"""""',
        "“",
        "”“”“",
        "'",
        "a" * 100_000,
        '"' * 5000,
        "“unclosed " * 2000,
        "\x00\ud800 odd",
        "said said said: “",
        "—— said",
        "« » ‹ › „ “",
    ],
)
def test_never_raises_on_odd_input(text):
    for types in ("direct", "direct,partial,indirect"):
        quotes = extract_quotes(text, types=types)
        assert isinstance(quotes, list)


def test_never_raises_on_random_mixtures():
    rng = random.Random(7)
    alphabet = [*list("abc XYZ.,;:!?\n\"“”„«»‘’'()[]—-"), "said", " he ", " Mr. ", "According to "]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        for q in extract_quotes(text, types="direct,partial,indirect"):
            assert text[q["start"] : q["end"]] == q["text"]


def test_every_key_on_every_quote():
    for q in extract_quotes(ARTICLE, types="direct,partial,indirect"):
        assert tuple(q) == QUOTE_KEYS


def test_quote_records_sets_a_list_on_every_record():
    records = [make_record(ARTICLE, id="a"), make_record("", id="b"), make_record("No quotes here.", id="c")]
    out = list(quote_records(records))
    assert [type(r["quotes"]) for r in out] == [list, list, list]
    assert out[0]["quotes"] and out[1]["quotes"] == [] and out[2]["quotes"] == []


def test_two_apostrophes_pair_as_double_marks():
    """Some archives write ''...'' for double quotes; apostrophes inside still don't break it."""
    text = "''It's not going to be easy,'' said Representative Peter T. King. ''Not at all.''"
    assert texts(text) == ["It's not going to be easy,", "Not at all."]
    got = speakers(text)
    assert [name for _, name in got] == ["Peter T. King", "Peter T. King"]  # "King" is a surname here


def test_infinitives_are_not_cues_but_names_ending_in_to_are_speakers():
    text = (
        "Council Speaker Melissa Mark-Viverito backed Clinton.\n\n"
        "Asked by reporters to respond, Mark-Viverito said: “It is important to vote.”\n\n"
        "“We will win,” Mark-Viverito said."
    )
    assert [name for _, name in speakers(text)] == ["Melissa Mark-Viverito", "Melissa Mark-Viverito"]


def test_title_compounds_and_party_appositives():
    text = (
        'Clinton\'s campaign hit back.\n\n"It is the same attack," Clinton press secretary Brian Fallon said.'
    )
    assert speakers(text) == [("It is the same attack,", "Brian Fallon")]
    text = "''It became normal,'' Representative Peter T. King, Republican of New York, said."
    assert speakers(text) == [("It became normal,", "Peter T. King")]


def test_separator_characters_before_a_cue_do_not_lose_the_article():
    # U+001E is whitespace to str.split() but not to the phrase trim: a chunk of only such
    # characters once raised inside attribution, and the whole article came back with no quotes
    text = (
        "Mayor Ana Ruiz spoke on Monday. “We will stay in this city for as long as it takes,” Ruiz said."
        "\n\n“We will not go anywhere,” \x1e\x1e, said."
    )
    quotes = extract_quotes(text)
    assert [(q["text"], q["speaker_name"]) for q in quotes] == [
        ("We will stay in this city for as long as it takes,", "Ana Ruiz"),
        ("We will not go anywhere,", None),
    ]


def test_a_passive_or_participle_naming_verb_gives_a_term_not_a_statement():
    text = (
        'Doctors say the illness is called "feather duvet lung." The court weighed an alternative '
        'case labeled "adequate certificate case" last year.\n\n'
        'Critics of the plan, in what the mayor called "a reckless gamble," met on Monday.'
    )
    assert speakers(text) == [("a reckless gamble,", None)]
    assert [q["type"] for q in extract_quotes(text)] == ["partial"]


WRAPPED = (
    "Reagan Hopes to Lift Japan Sanctions\n\n"
    "President Reagan said he hoped the\n"
    "United States could lift trade\n"
    "sanctions against Japan soon.\n\n"
    "In a speech prepared for delivery to\n"
    "the U.S. Chamber of Commerce, he said,\n"
    '"I hope that, before long, we can lift\n'
    "these sanctions and that this episode\n"
    'will be recorded as a success." He was\n'
    "cheered by the business leaders in the\n"
    "hall.\n"
)


def test_a_hard_wrapped_text_joins_its_lines_into_paragraphs():
    from corpustool.quotes.sentences import paragraphs
    from corpustool.quotes.wrapping import hard_wrapped

    assert hard_wrapped(WRAPPED)
    assert len(paragraphs(WRAPPED)) == 3
    quotes = extract_quotes(WRAPPED)
    found = [(q["text"][:10], q["speaker_name"], q["type"]) for q in quotes]
    assert found == [("I hope tha", "Reagan", "direct")]
    assert quotes[0]["text"].endswith("recorded as a success.")
    # one line per paragraph (most scraped news), bulleted menus and a headline stay as they are
    lines = "Menu\no Home\no Contact us\no About us\n\nHe left.\nShe said it was over.\nThey agreed.\n"
    assert not hard_wrapped(lines * 3)


def test_a_hard_wrapped_text_with_spaces_before_its_line_ends_is_wrapped():
    # some archives end every line with two spaces, blank lines included ("  \n  \n")
    spaced = WRAPPED.replace("\n", "  \n")
    found = [(q["text"].split(), q["speaker_name"]) for q in extract_quotes(spaced)]
    assert found == [(q["text"].split(), q["speaker_name"]) for q in extract_quotes(WRAPPED)]


def test_two_curly_apostrophes_close_a_double_quotation():
    # a converter turned '' into ’’: the closing pair ends the quotation, the speaker follows it
    text = (
        "\u201cIt was an attempt to mislead voters,\u2019\u2019 Will Moy, chief executive of Full Fact, "
        "told the BBC. \u201cIt is inappropriate,\u201d he said.\n"
    )
    assert [(q["text"], q["speaker_name"]) for q in extract_quotes(text)] == [
        ("It was an attempt to mislead voters,", "Will Moy"),
        ("It is inappropriate,", "Will Moy"),
    ]


def test_a_quotation_running_on_into_a_merged_paragraph_keeps_its_speaker():
    # the copy lost the break before "However": the next quotation opens where the first one ran on
    text = (
        'Director David Caldwell told the programme: "Scotland is seen as a very attractive place '
        'to study.\n\n"They know that they will be hit by fees in England. "However, it does not mean '
        'that we will see thousands of additional students." Applications rose by a fifth.\n'
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["David Caldwell", "David Caldwell"]


def test_a_sentence_naming_a_new_subject_introduces_the_next_quote():
    text = (
        '"We will move fast," said Lib Dem spokesman Mark Oaten.\n\n'
        '"There is no need to panic," he added. Chief constable Mr Hayman acknowledged that binge '
        'drinking did cause problems. "If you come to Norwich on a Friday night, it is busy."\n'
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["Mark Oaten", "Mark Oaten", "Hayman"]


def test_a_descriptor_before_a_full_name_opens_the_narration_subject():
    text = (
        '"It is a special moment," said man of the match Stephen Jones. Double try scorer Martyn '
        'Williams was keen not to talk about a Grand Slam. "We have more self-belief these days."\n'
    )
    assert [q["speaker_name"] for q in extract_quotes(text)] == ["Stephen Jones", "Martyn Williams"]


def test_a_name_such_as_a_quoted_term_is_a_mention():
    text = 'Officials proposed a name such as "non-speculative hedging" for the rules, the ministry said.\n'
    assert extract_quotes(text) == []


def test_a_title_case_lead_in_has_its_capitalised_cue_read():
    # digests and headlines capitalise every word: "Said" and "Joked" are still the cues, and the
    # main clause after a fronted "When ..." clause reports the quote
    text = (
        "Her speeches, as presented by her speaker's bureau:\n\n"
        "When A Questioner At Goldman Sachs Said She Raised Money For Hillary Clinton In 2008, "
        "Hillary Clinton Joked “You Are The Smartest People.” [Speech, 2013.]\n\n"
        "At A Goldman Summit, Hillary Clinton Said “Many Of You In This Room Are Masters Of The "
        "Trend Lines.” [Summit, 2013.]\n"
    )
    assert speakers(text) == [
        ("You Are The Smartest People.", "Hillary Clinton"),
        ("Many Of You In This Room Are Masters Of The Trend Lines.", "Hillary Clinton"),
    ]


def test_a_cue_inside_a_fronted_clause_gives_way_to_the_main_clause():
    text = "When Flynn was asked whether he respects Putin, he said, “I mean, stop it with that.”"
    found = [(q["type"], q["speaker"], q["cue"], q["speaker_name"]) for q in extract_quotes(text)]
    assert found == [("direct", "he", "said", "Flynn")]


def test_a_quotation_missing_its_closing_mark_ends_at_its_attribution():
    text = (
        "Brent rose on Friday.\n\n"
        '"Energy futures were led by the Brent market in Europe, said Robert Murphy, an account '
        "executive at E.F. Hutton, adding that crude would not stay above 19 dlrs.\n\nApril Brent rose.\n"
    )
    found = [(q["text"], q["speaker_name"]) for q in extract_quotes(text)]
    assert found == [("Energy futures were led by the Brent market in Europe,", "Robert Murphy")]


def test_a_capitalised_digest_headline_run_into_its_item_is_not_the_subject():
    # the headline in capitals is glued to the item's first sentence
    text = (
        "RUSSIANS SPARED FULL BAN FROM OLYMPICS The committee refused to ban all the athletes. [Reuters]\n"
        "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN OLYMPIC VILLAGE The team complained about “blocked "
        "toilets and dirty floors in need of a massive clean.” [CNN]\n"
    )
    found = [(q["speaker"], q["cue"]) for q in extract_quotes(text)]
    assert found == [("The team", "complained")]


def test_a_naming_participle_after_a_quote_is_no_attribution():
    # "a group called the “...”" names the group; the message read the quote
    text = (
        "Skywriting planes filled the sky. One message read “anybodybuttrump.us,” a website linked "
        "to a group called the “We The People Foundation.”\n"
    )
    found = [(q["text"], q["speaker"], q["cue"]) for q in extract_quotes(text)]
    assert found == [("anybodybuttrump.us,", "One message", "read")]


def test_the_subject_of_a_free_relative_names_what_it_calls_something():
    text = (
        "Nixon's use of the “Southern Strategy” led to what aide Kevin Phillips called “the beginning "
        "of a new Republican era” in his book. Planners funded what we call “infrastructure.”\n"
    )
    found = [(q["text"], q["speaker"]) for q in extract_quotes(text)]
    assert found == [("the beginning of a new Republican era", "Kevin Phillips")]


def test_a_document_from_a_named_source_before_a_colon_gives_its_words():
    text = (
        "And how about this new headline from the Washington Post, which hits liberals where they "
        "live: “Surge in robberies on Capitol Hill alters residents’ routines, lifestyles.”\n"
    )
    found = [(q["type"], q["speaker_name"], q["speaker_kind"]) for q in extract_quotes(text)]
    assert found == [("direct", "Washington Post", "organisation")]


def test_a_quoted_label_on_a_line_of_its_own_is_no_statement():
    text = (
        "Paul suggested that Rubio was “liberal on military spending.”\n\n"
        '"Related:"\n\nGOP Candidates Reject The Idea Of A Minimum Wage Hike.\n'
    )
    assert [q["text"] for q in extract_quotes(text)] == ["liberal on military spending."]


def test_a_short_capitalised_sentence_of_its_own_is_speech_not_a_title():
    text = (
        '"There are two people with the knowledge to do that," said Rick Wilson, a strategist. '
        "“That’s Jeb Bush and Marco Rubio.”\n\n"
        "''We're not a burden on America,'' the president added. ''We're America.''\n"
    )
    assert [q["text"] for q in extract_quotes(text)] == [
        "There are two people with the knowledge to do that,",
        "That’s Jeb Bush and Marco Rubio.",
        "We're not a burden on America,",
        "We're America.",
    ]


def test_a_single_closing_mark_typed_for_a_double_one_ends_the_quotation():
    text = (
        "Schumer tweeted: “Let’s go. We can stop gun violence.’ Schumer was in the East Room for the "
        "announcement. She became a voice for gun control after a shooting at a screening of her "
        "blockbuster film, “Trainwreck.”\n"
    )
    found = [(q["text"], q["speaker_name"]) for q in extract_quotes(text)]
    assert found == [("Let’s go. We can stop gun violence.", "Schumer")]


def test_headline_words_are_no_speakers_nor_title_case_cues():
    # a quoted term in a Title Case headline is no quotation ("Announces" is no verb of saying
    # there), and a headline run ending in a verb is no person for a later "he"
    text = (
        "Seaman’S Strike Continues, Marines Unload Ships\n\n"
        "Hutchison Announces Bonus Issue of New “B” Shares\n\n"
        "“The port is not working,” a striking seaman told Reuters.\n"
        "“The marines are doing their best,” he said.\n"
    )
    found = [(q["text"], q["speaker_name"]) for q in extract_quotes(text)]
    assert found == [("The port is not working,", None), ("The marines are doing their best,", None)]


def test_a_free_relative_with_it_or_a_plural_role_names_nobody_new():
    text = (
        "Pilots at Delta met on Monday. Delta said it would not discuss what it calls “internal "
        "employee matters” with the press.\n\n"
        "Prime Minister Margaret Thatcher spoke on Monday. Japan kept imposing what the MPs called "
        "“restrictive conditions” on the bid.\n"
    )
    found = [(q["text"], q["speaker"], q["speaker_name"]) for q in extract_quotes(text)]
    assert found == [
        ("internal employee matters", "Delta", "Delta"),
        ("restrictive conditions", "the MPs", None),
    ]


def test_no_nickname_without_a_given_name_and_no_lost_close_across_a_sentence():
    text = (
        'Uk "Star Wars" Contracts Go To Europe\n\n'
        'Ms Hutt defended her record, saying waiting lists were "only 10% of the health agenda. '
        "Dr Gibbons, who was a GP, said NHS staff wanted a period of consolidation.\n"
    )
    found = [(q["text"][:20], q["speaker_name"]) for q in extract_quotes(text)]
    assert found == [("only 10% of the heal", "Hutt")]


def test_the_object_of_a_verb_that_makes_someone_speak_is_the_speaker():
    text = (
        "The county voted for the winner every time since 1956.\n\n"
        "That record prompted Dave Leip’s Atlas of U.S. Presidential Elections, which examines "
        "bellwether states and counties, to state, “Vigo County, Indiana is the most prominent "
        "bellwether in the country.”\n"
    )
    found = [(q["type"], q["speaker"], q["cue"]) for q in extract_quotes(text)]
    assert found == [("direct", "Dave Leip’s Atlas of U.S. Presidential Elections", "state")]
