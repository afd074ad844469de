"""Where articles come from: files, directories and standard input, in any supported format, gzip or not."""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..api import Article
from ..errors import InputError
from ..models import ErrorInfo, Source
from .feeds import feed_articles
from .html import page_article
from .jsonl import jsonl_articles
from .text import article_id_for, text_article

FORMATS = ("text", "jsonl", "html", "feed")
SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
GZIP_MAGIC = b"\x1f\x8b"
READ_ERRORS = (OSError, EOFError, zlib.error)


@dataclass(frozen=True)
class InputOptions:
    """How inputs are read: a forced format (else by suffix), a file pattern for directories, JSONL field names.

    Files under directories whose path is in `exclude` (the run's own output files) are not read.
    """

    input_format: str | None = None
    glob: str | None = None
    text_field: str = "text"
    id_field: str = "id"
    exclude: frozenset[Path] = frozenset()


def format_of(name: str) -> str | None:
    """The input format a file name's suffix names (`.gz` looked through), or None."""
    path = Path(name[:-3] if name.lower().endswith(".gz") else name)
    return SUFFIX_FORMATS.get(path.suffix.lower())


def sniff(head: bytes) -> str:
    """The format of a stream of unknown name from its first bytes."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<") and any(tag in start for tag in (b"<rss", b"<feed", b"<rdf")):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _unzipped(stream: BinaryIO) -> BinaryIO:
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    if buffered.peek(2)[:2] == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=buffered)  # type: ignore[return-value]
    return buffered


def _articles_from(
    stream: BinaryIO, fmt: str | None, where: str, article_id: str, path: str | None, options: InputOptions
) -> Iterator[Article]:
    stream = _unzipped(stream)
    fmt = options.input_format or fmt or sniff(stream.peek(512))  # type: ignore[attr-defined]
    if fmt == "jsonl":
        yield from jsonl_articles(stream, where, article_id, path, options.text_field, options.id_field)
    elif fmt == "feed":
        yield from feed_articles(stream.read(), where, article_id, path)
    elif fmt == "html":
        yield page_article(stream.read(), where, article_id, path)
    else:
        yield text_article(stream.read(), where, article_id, path)


def _file_articles(path: Path, root: Path | None, options: InputOptions) -> Iterator[Article]:
    article_id = article_id_for(path, root)
    try:
        with path.open("rb") as stream:
            yield from _articles_from(stream, format_of(path.name), str(path), article_id, str(path), options)
    except READ_ERRORS as exc:
        error = ErrorInfo(type="InputError", message=f"{path}: cannot read ({exc})")
        yield Article(article_id, None, Source(path=str(path)), error)


def _directory_files(directory: Path, options: InputOptions) -> list[Path]:
    files = directory.rglob(options.glob or "*")
    return sorted(
        p for p in files if p.is_file() and (options.glob or format_of(p.name)) and p.resolve() not in options.exclude
    )


def _raw_articles(inputs: Iterable[str], options: InputOptions) -> Iterator[Article]:
    for item in inputs:
        if item == "-":
            try:
                yield from _articles_from(sys.stdin.buffer, None, "standard input", "stdin", None, options)
            except READ_ERRORS as exc:
                error = ErrorInfo(type="InputError", message=f"standard input: cannot read ({exc})")
                yield Article("stdin", None, Source(), error)
            continue
        path = Path(item)
        if path.is_dir():
            for file in _directory_files(path, options):
                yield from _file_articles(file, path, options)
        elif path.exists():
            yield from _file_articles(path, None, options)
        else:
            error = ErrorInfo(type="InputError", message=f"{path}: no such file or directory")
            yield Article(article_id_for(path), None, Source(path=str(path)), error)


def iter_articles(inputs: Iterable[str], options: InputOptions = InputOptions()) -> Iterator[Article]:
    """Articles from each input in order, streamed; a repeated article_id gets a `#N` suffix and a warning."""
    if options.input_format is not None and options.input_format not in FORMATS:
        raise InputError(f"unknown input format {options.input_format!r}: use one of {', '.join(FORMATS)}")
    seen: dict[str, int] = {}
    for article in _raw_articles(inputs, options):
        count = seen.get(article.article_id, 0) + 1
        seen[article.article_id] = count
        if count > 1:
            renamed = f"{article.article_id}#{count}"
            article.warnings.append(f"article_id {article.article_id!r} repeated in this run: renamed {renamed!r}")
            article.article_id = renamed
            seen[renamed] = 1
        yield article
