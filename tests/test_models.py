"""The record models: what validates, what is rejected, and the JSON round trip."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from extractor.models import ArticleRecord, Result

BASE = {"extractor_version": "0.1.0", "model": "m 1", "article_id": "a"}


@pytest.mark.parametrize(
    "result",
    [
        {"athlete": "Anna Berg"},
        {
            "athlete": "Anna Berg",
            "nation": "NOR",
            "rank": 1,
            "medal": "gold",
            "time": {"text": "37.04", "seconds": 37.04, "derived": False},
            "records": ["WR"],
        },
        {"athlete": "Canada", "members": ["A", "B", "C"], "status": "finished"},
        {"athlete": "Lisa Holm", "status": "dnf"},
    ],
)
def test_valid_results(result: dict) -> None:
    Result.model_validate(result)


@pytest.mark.parametrize(
    "result",
    [
        {"athlete": "A", "medal": "platinum"},
        {"athlete": "A", "rank": 0},
        {"athlete": "A", "nation": "Norway"},
        {"athlete": "A", "status": "retired"},
        {"athlete": "A", "records": ["XX"]},
        {"athlete": "A", "unknown": 1},
        {"athlete": "A", "time": {"text": "x", "seconds": -1}},
    ],
)
def test_invalid_results(result: dict) -> None:
    with pytest.raises(ValidationError):
        Result.model_validate(result)


def test_record_round_trip() -> None:
    record = ArticleRecord.model_validate(
        {**BASE, "events": [{"sport": "speed skating", "event": "women's 500m", "results": [{"athlete": "A"}]}]}
    )
    assert ArticleRecord.model_validate_json(record.model_dump_json()) == record
    assert "\n" not in record.model_dump_json()


def test_record_keys_are_exactly_the_documented_ones() -> None:
    keys = set(ArticleRecord.model_validate(BASE).model_dump())
    assert keys == {
        "schema_version",
        "extractor_version",
        "model",
        "article_id",
        "source",
        "events",
        "people",
        "warnings",
        "error",
    }


def test_extra_top_level_key_is_rejected() -> None:
    with pytest.raises(ValidationError):
        ArticleRecord.model_validate({**BASE, "extra": True})
