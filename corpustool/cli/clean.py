"""``corpustool clean``: article body, title and dateline out of raw scrapes."""

from __future__ import annotations

from functools import partial
from typing import Annotated

import typer

from corpustool.accounting import RunReport
from corpustool.clean import BoilerplateProfile, clean_records, learn_profile
from corpustool.cli import console
from corpustool.cli import options as opt
from corpustool.cli.errors import reported_errors
from corpustool.cli.sharded import run_sharded_stage
from corpustool.cli.stream import open_records, run_stage
from corpustool.engine import map_stage

Explain = Annotated[
    bool,
    typer.Option(
        "--explain", help="List every input line in clean.removed with its removal reason (null = kept)."
    ),
]
HtmlField = Annotated[
    str | None,
    typer.Option(
        "--html-field", help="JSONL/CSV field holding raw HTML to clean (instead of the text field)."
    ),
]
Learn = Annotated[
    str | None,
    typer.Option(
        "--learn",
        metavar="PROFILE",
        help="Learn lines that recur across documents of one source from the inputs, write them to PROFILE "
        "(JSON) and exit; apply later with --profile.",
    ),
]
Profile = Annotated[
    str | None,
    typer.Option(
        "--profile", metavar="PROFILE", help="Also remove the boilerplate lines learned in PROFILE."
    ),
]


def command(
    inputs: opt.Inputs = None,
    output: opt.Output = "-",
    shard_size: opt.Shard = None,
    input_format: opt.Format = "auto",
    text_field: opt.TextField = "text",
    id_field: opt.IdField = "id",
    html_field: HtmlField = None,
    explain: Explain = False,
    learn: Learn = None,
    profile: Profile = None,
    workers: opt.Workers = 1,
    engine: opt.EngineName = "local",
    scheduler: opt.Scheduler = None,
    work_dir: opt.WorkDir = None,
    on_error: opt.OnErrorOpt = "fail",
    quiet: opt.Quiet = False,
    debug: opt.Debug = False,
) -> None:
    """Strip scrape junk (cookie banners, share plugs, menus, comment widgets ...) and keep the article.

    Example:

        corpustool clean raw/ -o clean.jsonl.zst

        corpustool clean --learn site.json raw/ && corpustool clean --profile site.json raw/
    """
    common = opt.Common(
        inputs or [], output, shard_size, quiet, debug, on_error, text_field, id_field, input_format
    )
    if learn:
        _learn(common, html_field, learn)
        return
    loaded = None
    if profile:
        with reported_errors(debug):
            loaded = BoilerplateProfile.load(profile)
    cleaner = partial(clean_records, explain=explain, profile=loaded)
    if engine == "dask":
        placement = opt.Placement(engine, workers, scheduler, work_dir)
        run_sharded_stage("clean", common, placement, cleaner, keep_html=True, html_field=html_field)
    stage = partial(map_stage, cleaner, workers=workers)
    run_stage("clean", common, stage, keep_html=True, html_field=html_field)


def _learn(common: opt.Common, html_field: str | None, path: str) -> None:
    report = RunReport()
    with reported_errors(common.debug):
        learned = learn_profile(open_records("learn", common, report, keep_html=True, html_field=html_field))
        learned.save(path)
    if not common.quiet:
        lines = sum(len(v) for v in learned.sources.values())
        console.hint(f"Learned {lines:,} boilerplate line(s) from {report.records_in:,} record(s) -> {path}")
