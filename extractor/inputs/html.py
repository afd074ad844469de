"""HTML pages (main text, title and date with trafilatura) and HTML fragments of feed entries."""

from __future__ import annotations

import re

import lxml.html
from lxml.etree import ParserError

from ..api import Article
from ..models import ErrorInfo, Source
from .dated import with_published

BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article")
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def page_article(data: bytes, where: str, article_id: str, path: str | None) -> Article:
    """One HTML page as an article: its main text, title and publication date."""
    import trafilatura  # imported on the first page: it adds a quarter of a second to every run's start-up

    try:
        page = trafilatura.bare_extraction(data, with_metadata=True, date_extraction_params=DATE_PARAMS)
    except (ValueError, TypeError) as exc:
        page = None
        reason = f"cannot parse the HTML ({exc})"
    else:
        reason = "no main text found in the HTML"
    if page is None or not (page.text or "").strip():
        return Article(article_id, None, Source(path=path), ErrorInfo(type="InputError", message=f"{where}: {reason}"))
    source = Source(path=path, url=page.url, title=page.title)
    return with_published(Article(article_id, page.text, source), page.date)


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one line per block element."""
    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for element in root.iter("script", "style"):
        element.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
