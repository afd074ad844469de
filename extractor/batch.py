"""A batch run: articles in, records written to an output file (and an errors file), resumable, counted."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api import Article, extract_many
from .errors import ExtractorError
from .models import ArticleRecord
from .resume import completed_ids
from .writer import RecordWriter


@dataclass
class Summary:
    """What a run did so far: articles read, with events, without, errors, skipped as done, and seconds."""

    read: int = 0
    with_events: int = 0
    without: int = 0
    errors: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def seconds(self) -> float:
        """Seconds since the run started."""
        return time.monotonic() - self.started

    def add(self, record: ArticleRecord) -> None:
        """Count one written record."""
        self.read += 1
        if record.error is not None:
            self.errors += 1
        elif record.events:
            self.with_events += 1
        else:
            self.without += 1

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        skipped = f", {self.skipped} skipped as already done" if self.skipped else ""
        return (
            f"{self.read} articles read, {self.with_events} with events, {self.without} without, "
            f"{self.errors} errors{skipped} in {self.seconds:.1f}s"
        )


def _pending(articles: Iterable[Article], done: set[str], summary: Summary) -> Iterator[Article]:
    for article in articles:
        if article.article_id in done:
            summary.skipped += 1
            continue
        yield article


def run(
    articles: Iterable[Article],
    *,
    output: str | Path | None = None,
    errors: str | Path | None = None,
    resume: bool = False,
    on_record: Callable[[ArticleRecord, Summary], None] | None = None,
    **extract_options: Any,
) -> Summary:
    """Extract every article and write each record as soon as it is done; returns the run's summary.

    Error records go to `errors` when given. Without `resume` the output files are replaced; with
    it, a torn last line is dropped, articles already in the output (or errors) file are skipped and
    the rest appended. `extract_options` are passed to `extract_many`.
    """
    if output in (None, "-"):
        output = None
        if resume:
            raise ExtractorError("--resume needs an output file: add -o FILE")
    summary = Summary()
    done = completed_ids(output) | completed_ids(errors) if resume else set()
    records = extract_many(_pending(articles, done, summary), **extract_options)
    with (
        RecordWriter(output, append=resume) as out,
        RecordWriter(errors, append=resume) if errors else nullcontext(out) as bad,
    ):
        for record in records:
            (bad if record.error is not None else out).write(record)
            summary.add(record)
            if on_record is not None:
                on_record(record, summary)
    return summary
