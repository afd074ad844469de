"""RSS and Atom feed files, read with feedparser: one article per entry."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..api import Article
from ..models import ErrorInfo, Source
from .dated import with_published
from .html import fragment_text

if TYPE_CHECKING:
    import feedparser


def _entry_html(entry: feedparser.FeedParserDict) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    if contents:
        return max(contents, key=len)
    return entry.get("summary", "") or ""


def feed_articles(data: bytes, where: str, default_id: str, path: str | None) -> Iterator[Article]:
    """The entries of a feed document as articles; an entry with no text gives an error article."""
    import feedparser  # imported on the first feed, as trafilatura is on the first page

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"not a readable feed ({feed.bozo_exception})" if feed.bozo else "the feed has no entries"
        yield Article(default_id, None, Source(path=path), ErrorInfo(type="InputError", message=f"{where}: {reason}"))
        return
    for number, entry in enumerate(feed.entries, start=1):
        article_id = entry.get("id") or entry.get("link") or f"{default_id}:{number}"
        title = entry.get("title") or None
        source = Source(path=path, url=entry.get("link") or None, title=title)
        body = fragment_text(_entry_html(entry))
        if not body:
            error = ErrorInfo(type="InputError", message=f"{where}: entry {number} ({article_id}) has no text")
            yield Article(article_id, None, source, error)
            continue
        text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
        yield with_published(Article(article_id, text, source), entry.get("published") or entry.get("updated"))
