"""Shared fixtures: the real spaCy pipeline, loaded once per test run."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from spacy.language import Language

import extractor
from extractor.api import Article
from extractor.models import ArticleRecord, Source

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline with the race components."""
    return extractor.get_pipeline()


@pytest.fixture(scope="session")
def record_of(nlp: Language):
    """Extract a record from a text, as a plain dict."""

    def run(text: str) -> dict:
        return extractor.extract(text).model_dump()

    return run


def corpus_articles(directory: Path) -> list[Article]:
    """The reports of a corpus directory as articles, in name order."""
    texts = sorted(directory.glob("*.txt"))
    return [Article(p.stem, p.read_text(encoding="utf-8"), Source(path=str(p))) for p in texts]


@cache
def corpus_records(directory: Path) -> tuple[ArticleRecord, ...]:
    """The records of a corpus directory's reports, extracted once per test run in two processes (the scores and
    the gate's comparison both read them)."""
    return tuple(extractor.extract_many(corpus_articles(directory), workers=2))
