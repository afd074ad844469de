"""Setting an article's publication date from the raw date its input states."""

from __future__ import annotations

from ..api import Article
from ..dates import parse_published


def with_published(article: Article, raw: str | None) -> Article:
    """The article with `source.published` parsed from `raw`; an unreadable date becomes a warning."""
    published, warning = parse_published(raw)
    article.source.published = published
    if warning:
        article.warnings.append(warning)
    return article
