"""Publication dates from metadata: parsed with dateparser (English only) into ISO dates."""

from __future__ import annotations

from functools import lru_cache

from dateparser.date import DateDataParser


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
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
    try:
        found = _parser().get_date_data(raw.strip()[:200]).date_obj
    except (ValueError, OverflowError, TypeError):
        found = None
    if found is None:
        return None, f"unparsable publication date {raw.strip()[:80]!r}: published left empty"
    return found.date().isoformat(), None
