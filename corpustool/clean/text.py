"""The plain-text path: a scrape's lines are classified and the article body is kept."""

from __future__ import annotations

from corpustool.clean.boilerplate import BoilerplateProfile
from corpustool.clean.lang import guess_lang
from corpustool.clean.lines import analyse
from corpustool.clean.pipeline import finish
from corpustool.clean.result import CleanResult
from corpustool.clean.tables import mark_data_rows
from corpustool.clean.unwrap import unwrap


def clean_text(
    text: str,
    *,
    profile: BoilerplateProfile | None = None,
    explain: bool = False,
    profile_key: str | None = None,
    title: str | None = None,
) -> CleanResult:
    """Strip scrape junk from plain text; keep the article body, one paragraph per input line.

    Blank input lines only separate paragraphs, so they are not listed in ``removed``. Hard-wrapped
    text is first joined back into paragraphs (see ``unwrap.py``); ``removed`` then lists those.
    ``title``: the headline when it is already known (a record's metadata, an earlier ``clean``): its
    copies are removed and no line is guessed to be the headline, as on the HTML path.
    """
    text = text or ""
    lines = [analyse(raw) for raw in unwrap(text.splitlines()) if raw.strip()]
    mark_data_rows(lines)
    result = finish(lines, chars_in=len(text), explain=explain, profile=profile, profile_key=profile_key,
                    title=title or None)
    result.lang = guess_lang(result.text)
    return result
