"""The `extractor` command: a thin click layer over the Python API."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .batch import run
from .check import compare, format_report, load_expected, load_output
from .errors import ExtractorError
from .inputs import FORMATS, InputOptions, iter_articles
from .models import ArticleRecord
from .pipeline import DEFAULT_MODEL
from .progress import Progress


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extractor")
def cli() -> None:
    """Turn race reports into structured results records (JSON Lines)."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="Output JSONL file (replaced), or - for stdout.")
@click.option("--errors", "errors_path", default=None, help="Write error records to this JSONL file instead.")
@click.option("--resume", is_flag=True, help="Append to -o, skipping articles already there (or in --errors).")
@click.option("--model", default=DEFAULT_MODEL, show_default=True, help="Any installed spaCy pipeline.")
@click.option(
    "--patterns",
    "patterns_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="A directory of extra *.jsonl pattern files (repeatable).",
)
@click.option("--max-chars", default=1_000_000, show_default=True, help="Longer texts are processed in chunks.")
@click.option(
    "--input-format",
    type=click.Choice(FORMATS),
    default=None,
    help="Read every input as this format (default: by file suffix; standard input by its first bytes).",
)
@click.option("--glob", "pattern", default=None, help="Files to read under directories (default: every known suffix).")
@click.option("--text-field", default="text", show_default=True, help="JSON Lines: the field holding the text.")
@click.option("--id-field", default="id", show_default=True, help="JSON Lines: the field holding the article id.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default="the number of cores",
    help="Worker processes, each loading the pipeline once.",
)
@click.option("--no-gate", is_flag=True, help="Run the full pipeline on every article, race report or not.")
def extract(
    inputs: tuple[str, ...],
    output: str,
    errors_path: str | None,
    resume: bool,
    model: str,
    patterns_dirs: tuple[str, ...],
    max_chars: int,
    input_format: str | None,
    pattern: str | None,
    text_field: str,
    id_field: str,
    workers: int,
    no_gate: bool,
) -> None:
    """Extract results from INPUTS: files, directories (recursively) or - for standard input.

    Reads plain text (.txt), JSON Lines of articles (.jsonl), HTML pages (.html) and RSS/Atom
    feeds (.xml, .rss, .atom), each also gzip-compressed (.gz). Writes one JSON line per input
    article, in input order, each as soon as its article is done; an article that cannot be
    processed gives a record whose `error` says why. A progress line and a summary go to
    standard error.

    Example:

        extractor extract feed.xml pages/ dump.jsonl.gz -o results.jsonl --errors errors.jsonl
    """
    own_files = [path for path in (output, errors_path) if path not in (None, "-")]
    options = InputOptions(input_format, pattern, text_field, id_field, frozenset(Path(p).resolve() for p in own_files))
    progress = Progress()
    try:
        summary = run(
            iter_articles(inputs, options),
            output=output,
            errors=errors_path,
            resume=resume,
            on_record=progress.update,
            model=model,
            patterns_dirs=patterns_dirs,
            max_chars=max_chars,
            workers=workers,
            gate=not no_gate,
        )
    finally:
        progress.close()
    click.echo(summary.line(), err=True)


@cli.command()
@click.argument("output", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("expected", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--min-f1", default=1.0, show_default=True, help="Exit non-zero when micro-F1 is below this.")
@click.option("--title", default=None, help="A title printed above the table.")
def check(output: Path, expected: tuple[Path, ...], min_f1: float, title: str | None) -> None:
    """Compare OUTPUT records with EXPECTED records (.json files, .jsonl files or directories of .json).

    Prints precision, recall and F1 per field (athlete, nation, rank, medal, time) and every
    difference (a non-competitor reported as a result is always listed); exits 1 when micro-F1
    is below --min-f1.

    Example:

        extractor check results.jsonl samples/leerdam-1000m.json --min-f1 1.0
    """
    report = compare(load_output(output), load_expected(expected))
    click.echo(format_report(report, title))
    if report.micro_f1 < min_f1:
        raise click.ClickException(f"micro-F1 {report.micro_f1:.3f} is below the minimum {min_f1}")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the output record.

    Example:

        extractor schema > record.schema.json
    """
    click.echo(json.dumps(ArticleRecord.model_json_schema(), indent=2))


def main() -> None:
    """Run the CLI, turning the extractor's errors into a clean message and exit status 1."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ExtractorError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
