"""A progress line on standard error (articles, articles per second, errors), shown only on a terminal."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from .batch import Summary
from .models import ArticleRecord

REFRESH_SECONDS = 0.2


class Progress:
    """Redraw one status line at most five times a second; say nothing when the stream is not a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.active = self.stream.isatty()
        self._drawn = 0.0

    def update(self, record: ArticleRecord, summary: Summary) -> None:
        """Note one written record: report its error on its own line, redraw the status line now and then."""
        if record.error is not None:
            self._clear()
            print(f"error: {record.error.message}", file=self.stream, flush=True)
        now = time.monotonic()
        if self.active and now - self._drawn >= REFRESH_SECONDS:
            self._drawn = now
            rate = summary.read / max(summary.seconds, 1e-9)
            line = f"{summary.read} articles, {rate:.1f} articles/s, {summary.errors} errors"
            self.stream.write(f"\r{line}\x1b[K")
            self.stream.flush()

    def _clear(self) -> None:
        if self.active:
            self.stream.write("\r\x1b[K")

    def close(self) -> None:
        """Remove the status line."""
        self._clear()
        self.stream.flush()
