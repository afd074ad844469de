"""JSON Lines of articles (`id`, `text`, optional `title`, `url`, `published`), read one line at a time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..api import Article
from ..models import ErrorInfo, Source
from .dated import with_published


def _field(item: dict, name: str) -> str | None:
    value = item.get(name)
    return None if value is None else str(value)


def jsonl_articles(
    stream: BinaryIO, where: str, default_id: str, path: str | None, text_field: str, id_field: str
) -> Iterator[Article]:
    """One article per non-blank line; a line that is not an article object gives an error article."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        here = f"{where}:{number}"
        fallback_id = f"{default_id}:{number}"
        try:
            item = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Article(fallback_id, None, Source(path=path), _error(f"{here}: not a JSON object ({exc})"))
            continue
        if not isinstance(item, dict):
            yield Article(fallback_id, None, Source(path=path), _error(f"{here}: not a JSON object"))
            continue
        article_id = _field(item, id_field) or fallback_id
        source = Source(path=path, url=_field(item, "url"), title=_field(item, "title"))
        text = item.get(text_field)
        if not isinstance(text, str) or not text.strip():
            reason = f"no text in field {text_field!r}" if text is None else f"field {text_field!r} holds no text"
            yield Article(article_id, None, source, _error(f"{here}: {reason}"))
            continue
        yield with_published(Article(article_id, text, source), _field(item, "published"))


def _error(message: str) -> ErrorInfo:
    return ErrorInfo(type="InputError", message=message)
