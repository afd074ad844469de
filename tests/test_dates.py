"""Dates: stated publication dates become ISO dates (anything else is left empty with a warning); event
dates are resolved from "on Sunday", "yesterday" or "Feb. 17" against the publication date."""

from __future__ import annotations

import pytest

from extractor.dates import _parser, parse_published, published_in_text, resolve_event_date

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


WRITTEN = ["11 January 2026", "1st Feb 2025", "Sept. 3, 2024", "March 22nd, 2023", "Dec 31 2025", "05 May 2024"]
WRITTEN += ["29 February 2024", "29 February 2025", "31 April 2026", "0 June 2026", "Janx 3, 2024"]


@pytest.mark.parametrize("raw", WRITTEN)
def test_written_dates_are_read_as_dateparser_reads_them(raw: str) -> None:
    """Full dates in words are read without dateparser (its first call takes a second), with its result."""
    parsed = _parser().get_date_data(raw).date_obj
    assert parse_published(raw)[0] == (parsed.date().isoformat() if parsed else None)


@pytest.mark.parametrize("raw", UNPARSABLE)
def test_unstated_or_partial_dates_are_not_guessed(raw: str) -> None:
    published, warning = parse_published(raw)
    assert published is None
    assert warning is not None and raw.strip() in warning


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_no_date_is_no_warning(raw: str | None) -> None:
    assert parse_published(raw) == (None, None)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Collalbo (ITA), 11 January 2026 - Sindre Aarnes is the new champion.", "2026-01-11"),
        ("Headline\n\nPublished 16 March 2025\n\nText.", "2025-03-16"),
        ("TRONDHEIM, Norway, March 9, 2025 (AFP) - Text.", "2025-03-09"),
        ("MILAN, Feb. 20 (Yonhap) -- no year, so no date.", None),
        ("Baselga di Piné, 28.12.2025 – Chiara Dellai is Italian champion.", "2025-12-28"),
        ("14.12.2025 | Tomaszów Mazowiecki | Long track", "2025-12-14"),
        ("Scores 31.13.2025 are no date.", None),
        ("Text with no date at its top." + " filler" * 80 + " 11 January 2026", None),
    ],
)
def test_publication_date_from_the_top_of_the_text(text: str, iso: str | None) -> None:
    assert published_in_text(text) == iso


@pytest.mark.parametrize(
    ("phrase", "published", "iso"),
    [
        ("sunday", "2025-02-17", "2025-02-16"),
        ("monday", "2025-02-17", "2025-02-17"),
        ("tuesday", "2025-02-17", "2025-02-11"),
        ("yesterday", "2025-02-17", "2025-02-16"),
        ("tonight", "2025-02-17", "2025-02-17"),
        ("Feb. 17", "2025-02-17", "2025-02-17"),
        ("Dec. 30", "2025-01-02", "2024-12-30"),
        ("11 January 2026", None, "2026-01-11"),
        ("sunday", None, None),
        ("Feb. 17", None, None),
        (None, "2025-02-17", None),
    ],
)
def test_event_dates_are_resolved_against_publication(phrase: str | None, published: str | None, iso) -> None:
    assert resolve_event_date(phrase, published) == iso
