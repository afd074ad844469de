"""Writing records as JSON Lines: one whole line per record, written as soon as the record is ready."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from .errors import ExtractorError
from .models import ArticleRecord


class RecordWriter:
    """Write records one JSON line each to a file (replaced at the start, or appended to) or standard output.

    Each line goes to the operating system in a single unbuffered write, so a run that is killed
    leaves the lines it finished whole.
    """

    def __init__(self, path: str | Path | None, append: bool = False) -> None:
        self.path = None if path in (None, "-") else Path(path)
        self.append = append
        self._stream: BinaryIO | None = None

    def __enter__(self) -> RecordWriter:
        if self.path is None:
            self._stream = sys.stdout.buffer
            return self
        try:
            self._stream = self.path.open("ab" if self.append else "wb", buffering=0)
        except OSError as exc:
            raise ExtractorError(f"cannot write output file {self.path}: {exc.strerror}") from exc
        return self

    def write(self, record: ArticleRecord) -> None:
        """Write one record as a single line."""
        if self._stream is None:
            raise ExtractorError("the writer is not open")
        self._stream.write((record.model_dump_json() + "\n").encode("utf-8"))
        self._stream.flush()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._stream is not None and self.path is not None:
            self._stream.close()
