"""Plain text articles: decoding bytes, article ids from file names, headlines."""

from __future__ import annotations

from pathlib import Path

from ..api import Article, title_of
from ..models import ErrorInfo, Source

FORMAT_SUFFIXES = {".txt", ".text", ".gz", ".html", ".htm", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"}


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


def text_article(data: bytes, where: str, article_id: str, path: str | None) -> Article:
    """One plain text input as an article (or an error article saying why it cannot be read)."""
    text, error = decode(data, where)
    return Article(article_id, text, Source(path=path, title=title_of(text) if text else None), error)
