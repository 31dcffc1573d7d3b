"""``corpustool clean``: article body, title and dateline out of raw scrapes."""

from __future__ import annotations

from corpustool.clean import clean_records
from corpustool.cli import options as opt
from corpustool.cli.stream import run_stage


def command(
    inputs: opt.Inputs = None,
    output: opt.Output = "-",
    shard_size: opt.Shard = None,
    input_format: opt.Format = "auto",
    text_field: opt.TextField = "text",
    id_field: opt.IdField = "id",
    on_error: opt.OnErrorOpt = "fail",
    quiet: opt.Quiet = False,
    debug: opt.Debug = False,
) -> None:
    """Strip scrape junk (cookie banners, share plugs, menus, comment widgets ...) and keep the article.

    Example:

        corpustool clean raw/ -o clean.jsonl.zst
    """
    common = opt.Common(
        inputs or [], output, shard_size, quiet, debug, on_error, text_field, id_field, input_format
    )
    run_stage("clean", common, clean_records, keep_html=True)
