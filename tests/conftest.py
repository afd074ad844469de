"""Shared fixtures: the real spaCy pipeline, loaded once per test run."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import extractor

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
