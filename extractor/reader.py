"""Reading input articles: text files, directories of them, and standard input."""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .api import Article, title_of
from .models import ErrorInfo, Source

TEXT_SUFFIXES = {".txt", ".text", ".gz"}
FORMAT_SUFFIXES = {".txt", ".text", ".gz", ".html", ".htm", ".json", ".jsonl", ".xml"}


def article_id_for(path: Path, root: Path | None = None) -> str:
    """A file's article id: its name without format extensions, with the relative path under a directory."""
    name = path.name
    while Path(name).suffix.lower() in FORMAT_SUFFIXES:
        name = name[: -len(Path(name).suffix)]
    if root is not None:
        parent = path.parent.relative_to(root)
        if str(parent) != ".":
            return f"{parent.as_posix()}/{name}"
    return name


def decode(data: bytes, where: str) -> tuple[str | None, ErrorInfo | None]:
    """Decode UTF-8 text; a binary or undecodable input gives an error naming the input and the reason."""
    if b"\x00" in data[:8192]:
        return None, ErrorInfo(type="InputError", message=f"{where}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, ErrorInfo(type="InputError", message=f"{where}: not valid UTF-8 (byte {exc.start}: {exc.reason})")
    if not text.strip():
        return None, ErrorInfo(type="InputError", message=f"{where}: the file is empty")
    return text, None


def read_file(path: Path, root: Path | None = None) -> Article:
    """Read one text file (plain or gzip) as an article; never raises for bad content."""
    article_id = article_id_for(path, root)
    try:
        data = path.read_bytes()
        if path.suffix.lower() == ".gz":
            data = gzip.decompress(data)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        error = ErrorInfo(type="InputError", message=f"{path}: cannot read ({exc})")
        return Article(article_id, None, Source(path=str(path)), error)
    text, error = decode(data, str(path))
    return Article(article_id, text, Source(path=str(path), title=title_of(text) if text else None), error)


def iter_articles(inputs: Iterable[str]) -> Iterator[Article]:
    """Articles from each input in order: a file, a directory (its *.txt files, recursively) or '-'."""
    for item in inputs:
        if item == "-":
            text, error = decode(sys.stdin.buffer.read(), "standard input")
            yield Article("stdin", text, Source(title=title_of(text) if text else None), error)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith((".txt", ".txt.gz")))
            for file in files:
                yield read_file(file, path)
        elif path.exists():
            yield read_file(path)
        else:
            error = ErrorInfo(type="InputError", message=f"{path}: no such file or directory")
            yield Article(article_id_for(path), None, Source(path=str(path)), error)
