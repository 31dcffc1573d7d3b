"""Every quote of the five seed scrapes, found and given to the right named person.

The expectations below were written by reading the seed texts (quote opening words -> who
said it); the texts themselves are read from ../shared at run time, never copied here.
"""

from __future__ import annotations

import pytest

from corpustool.quotes import extract_quotes

PATRUSHEV, KOZIEJ = "Nikolai Patrushev", "Stanislaw Koziej"
KISLYAK, PUTIN = "Sergei Kislyak", "Vladimir Putin"
LUKASHEVICH = "Alexander Lukashevich"
ROGOZIN, MAKAROV, RASMUSSEN = "Dmitry Rogozin", "Nikolai Makarov", "Anders Fogh Rasmussen"
SHOIGU = "Sergei Shoigu"

EXPECTED: dict[str, list[tuple[str, str | None]]] = {
    "000_7676855bda5a542f.txt": [
        ("I won' deny", PATRUSHEV),
        ("I hope our Polish partners", PATRUSHEV),
        ("I hope every party", PATRUSHEV),  # "he said"
        ("At least we should continue", PATRUSHEV),
        ("I am confident that", PATRUSHEV),
        ("We are trying to correctly", KOZIEJ),
        ("Naturally, Russia has", KOZIEJ),  # "he said"
        ("Poland is very interested", KOZIEJ),  # "he said"
        ("Poland plans to expand", KOZIEJ),
    ],
    "001_c6aa0806ec42fcf8.txt": [
        ("The American side has confirmed", KISLYAK),  # appositive: "Sergei Kislyak, Russian deputy ..."
        ("The dialogue will continue", KISLYAK),  # second sentence after the attribution
        ("Mrs. [Condoleezza] Rice", PUTIN),
        ("Other meetings", PUTIN),  # "the Russian leader said"
        ("a busy political season", PUTIN),  # "Vladimir Putin stated that"
    ],
    "002_7cb35a477ce3d845.txt": [
        ("In the framework of the continuing", LUKASHEVICH),  # "the commentary says" (his commentary)
        ("on objective criteria", LUKASHEVICH),  # partial: "Lukashevich stressed that ..."
        ("We believe that such actions", LUKASHEVICH),
        ("However, serious differences", LUKASHEVICH),  # "the commentary says"
    ],
    "003_92ea6dd0c606a207.txt": [
        ("Moscow’s approaches to aerospace defence", "Anatoly Antonov"),  # he will present them
        ("on the parameters of the upcoming", None),  # what consultations focused on: nobody's words
        ("We cannot speak of any progress", ROGOZIN),
        ("We need to understand what", ROGOZIN),  # "the permanent representative said"
        ("written guarantees", ROGOZIN),  # partial after "He stressed that"
        ("a technical nature", ROGOZIN),
        ("The very configuration", ROGOZIN),  # 'Rogozin said, "..."'
        ("missile defence bases be deployed", ROGOZIN),  # "he mentioned Russia's demand that"
        ("We also expect our American", ROGOZIN),
        ("Unfortunately, NATO Secretary-General", ROGOZIN),  # "he added": a name inside is not him
        ("We cannot understand what NATO", ROGOZIN),
        ("We have our legitimate questions", ROGOZIN),  # "he asked"
        ("We respect how the United States", ROGOZIN),
        ("Russia tried one more time", MAKAROV),
        ("These unilateral steps", MAKAROV),
        ("We must understand clearly", MAKAROV),
        ("we will be able to create", MAKAROV),
        ("There is always a chance", None),  # "he" is the unnamed "source in the administration"
        ("unnecessary", RASMUSSEN),
        ("out of date", RASMUSSEN),
        ("Large parts of Russia", RASMUSSEN),
        ("What does NOT make sense", RASMUSSEN),
        ("The threats to Russia", RASMUSSEN),
    ],
    "004_5c5406828de1e7bc.txt": [
        ("We have failed to work", SHOIGU),
        ("Before launching missile defense", SHOIGU),
        ("does not have enough predictability", SHOIGU),  # partial: "he said adding that Moscow ..."
        ("mutually beneficial cooperation", SHOIGU),
        ("It is no secret", RASMUSSEN),  # 'Rasmussen said: "..."'
        ("ministerial discussions are valuable", RASMUSSEN),  # 'But "..."' in the same paragraph
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_quotes_have_the_right_speaker(seeds_dir, name):
    text = (seeds_dir / name).read_text(encoding="utf-8")
    quotes = extract_quotes(text, types="direct,partial")
    for opening, speaker in EXPECTED[name]:
        found = [q for q in quotes if q["text"].startswith(opening)]
        assert found, f"{name}: no quote starting {opening!r}"
        assert found[0]["speaker_name"] == speaker, (name, opening, found[0])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_quotes_have_no_extras(seeds_dir, name):
    """Nothing else in the seeds is reported as a quotation with a speaker."""
    text = (seeds_dir / name).read_text(encoding="utf-8")
    openings = [o for o, _ in EXPECTED[name]]
    for q in extract_quotes(text, types="direct,partial"):
        if q["speaker_name"] is not None:
            assert any(q["text"].startswith(o) for o in openings), q


def test_seed_titles_are_taken_from_the_article(seeds_dir):
    text = (seeds_dir / "000_7676855bda5a542f.txt").read_text(encoding="utf-8")
    first = extract_quotes(text)[0]
    assert first["speaker_title"] == "Russian Security Council Secretary"
    text = (seeds_dir / "001_c6aa0806ec42fcf8.txt").read_text(encoding="utf-8")
    kislyak = [q for q in extract_quotes(text) if q["speaker_name"] == KISLYAK]
    assert kislyak[0]["speaker_title"] == "Russian deputy foreign minister"


def test_seed_offsets_index_the_text(seeds_dir):
    for name in EXPECTED:
        text = (seeds_dir / name).read_text(encoding="utf-8")
        for q in extract_quotes(text, types="direct,partial,indirect"):
            assert text[q["start"] : q["end"]] == q["text"]
            if q["speaker_start"] is not None:
                assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker"]
            if q["cue_start"] is not None:
                assert text[q["cue_start"] : q["cue_end"]] == q["cue"]
