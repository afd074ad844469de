"""Resuming a killed run: repair its output file and list the articles it already finished."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import ExtractorError


def drop_torn_line(path: Path) -> None:
    """Cut a last line that a killed run left without its newline."""
    with path.open("rb+") as stream:
        size = stream.seek(0, 2)
        if size == 0:
            return
        stream.seek(size - 1)
        if stream.read(1) == b"\n":
            return
        position, keep = size, 0
        while position > 0:
            step = min(65536, position)
            position -= step
            stream.seek(position)
            cut = stream.read(step).rfind(b"\n")
            if cut >= 0:
                keep = position + cut + 1
                break
        stream.truncate(keep)


def completed_ids(path: str | Path | None) -> set[str]:
    """The article ids of the records in an earlier run's output file, after dropping a torn last line."""
    if path is None or path == "-" or not Path(path).exists():
        return set()
    path = Path(path)
    drop_torn_line(path)
    done: set[str] = set()
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                done.add(str(json.loads(line)["article_id"]))
            except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as exc:
                raise ExtractorError(
                    f"{path}, line {number}, is not a record ({exc}): remove that line, or run without --resume"
                ) from exc
    return done
