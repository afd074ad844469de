"""Publication dates: stated dates become ISO dates; anything else is left empty with a warning."""

from __future__ import annotations

import pytest

from extractor.dates import parse_published

PARSED = [
    ("Sun, 15 Feb 2026 10:00:00 +0100", "2026-02-15"),
    ("2026-02-15T23:30:00Z", "2026-02-15"),
    ("2026-02-15", "2026-02-15"),
    ("15 February 2026", "2026-02-15"),
    ("February 15, 2026 at 9:00 am", "2026-02-15"),
    ("  Mon, 16 Feb 2026 09:00:00 GMT \n", "2026-02-16"),
]
UNPARSABLE = ["the day after the race", "yesterday", "Feb 17", "February 2026", "31 February 2026", "2026-13-45"]


@pytest.mark.parametrize(("raw", "iso"), PARSED)
def test_stated_dates_are_read(raw: str, iso: str) -> None:
    assert parse_published(raw) == (iso, None)


@pytest.mark.parametrize("raw", UNPARSABLE)
def test_unstated_or_partial_dates_are_not_guessed(raw: str) -> None:
    published, warning = parse_published(raw)
    assert published is None
    assert warning is not None and raw.strip() in warning


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_no_date_is_no_warning(raw: str | None) -> None:
    assert parse_published(raw) == (None, None)
