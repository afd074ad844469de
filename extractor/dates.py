"""Dates: publication dates from metadata or a dateline, and event dates from what the text says ("on Sunday",
"yesterday", "Feb. 17"), parsed with dateparser (English only) into ISO dates."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0}
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+(?:19|20)\d\d\b|\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
)
DOTTED_DATE = re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b")  # "28.12.2025"
DATELINE_CHARS = 400
MONTH_NAMES = "january february march april may june july august september october november december".split()
MONTHS = {form: n for n, name in enumerate(MONTH_NAMES, 1) for form in (name, name[:3])} | {"sept": 9}
WRITTEN_DATE = re.compile(
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]+)\.?|(?P<month2>[A-Za-z]+)\.?\s+(?P<day2>\d{1,2})"
    r"(?:st|nd|rd|th)?),?\s+(?P<year>\d{4})"
)


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    from dateparser.date import DateDataParser  # imported when first needed: a tenth of a second of every start-up

    return DateDataParser(
        languages=["en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        },
    )


def parse_published(raw: str | None) -> tuple[str | None, str | None]:
    """An ISO date (YYYY-MM-DD) from a stated publication date, or None and a warning when it cannot be read.

    A missing date is no warning; nothing is guessed where no full date (day, month, year) is stated.
    """
    if raw is None or not raw.strip():
        return None, None
    written = _written_date(raw.strip())
    if written is not None:
        return written.isoformat(), None
    try:
        found = _parser().get_date_data(raw.strip()[:200]).date_obj
    except (ValueError, OverflowError, TypeError):
        found = None
    if found is None:
        return None, f"unparsable publication date {raw.strip()[:80]!r}: published left empty"
    return found.date().isoformat(), None


def _written_date(raw: str) -> date | None:
    """A date written "11 January 2026" or "Jan. 11, 2026" read directly (what dateparser reads it as, without
    the second or so dateparser takes to compile its expressions in each process); None for any other form."""
    match = WRITTEN_DATE.fullmatch(raw) if FULL_DATE.fullmatch(raw) else None
    if match is None:
        return None
    month = MONTHS.get((match["month"] or match["month2"]).lower())
    try:
        return date(int(match["year"]), month, int(match["day"] or match["day2"])) if month else None
    except ValueError:
        return None


def published_in_text(text: str) -> str | None:
    """The full date (day, month and year) an article states at its top, in a dateline or a "Published" line;
    day first where written with dots ("Baselga di Piné, 28.12.2025 –")."""
    match = FULL_DATE.search(text[:DATELINE_CHARS])
    if match:
        return parse_published(match.group(0))[0]
    dotted = DOTTED_DATE.search(text[:DATELINE_CHARS])
    if dotted is None:
        return None
    try:
        return date(int(dotted["year"]), int(dotted["month"]), int(dotted["day"])).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _day_month_parser() -> DateDataParser:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"REQUIRE_PARTS": ["day", "month"], "PREFER_DATES_FROM": "past"})


def resolve_event_date(phrase: str | None, published: str | None) -> str | None:
    """The ISO date a race was run on, from what the text says and the publication date; None if not stated.

    A weekday is the last such day on or before publication; "yesterday" and "today" count from it; a day and
    month without a year take the year that puts them on or before publication (a date a day later is allowed).
    """
    if not phrase:
        return None
    reference = date.fromisoformat(published) if published else None
    word = phrase.lower()
    if word in WEEKDAYS:
        return (
            (reference - timedelta((reference.weekday() - WEEKDAYS.index(word)) % 7)).isoformat() if reference else None
        )
    if word in RELATIVE_DAYS:
        return (reference + timedelta(RELATIVE_DAYS[word])).isoformat() if reference else None
    if FULL_DATE.fullmatch(phrase):
        return parse_published(phrase)[0]
    if reference is None:
        return None
    try:
        found = _day_month_parser().get_date_data(phrase[:60]).date_obj
    except (ValueError, OverflowError, TypeError):
        return None
    if found is None:
        return None
    day = date(reference.year, found.month, found.day) if (found.month, found.day) != (2, 29) else found.date()
    if day > reference + timedelta(1):
        day = day.replace(year=day.year - 1)
    return day.isoformat()
