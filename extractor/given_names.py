"""The gender a given name is most often borne with, from nomquamgender's name statistics (MIT licence).

Used only as the last clue to a race's gender, when the report names no gender and uses no pronoun for
its athletes: a field of "Sophie", "Emilie" and "Grace" raced the women's race."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

MIN_SOURCES = 5  # name lists the statistic draws on: fewer is too rare a name to judge by
CERTAINTY = 0.9  # the share of one gender among the name's bearers that classifies it
MIN_CLASSIFIED = 2  # names a race needs before its field is judged by them
MAX_DISSENT = 0.2  # the share of classified names that may disagree with the rest


@cache
def _name_statistics() -> dict[str, list]:
    """nomquamgender's table: a folded given name to [sources, bearers, share of women, ...]."""
    # read the data file directly: the package's module imports pandas, which this lookup does not need
    return json.loads(files("nomquamgender").joinpath("name_data.json").read_text(encoding="utf-8"))


def _fold(name: str) -> str:
    """A given name in the table's form: lower case, no accents ("Émilie" -> "emilie")."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_gender(given: str) -> str | None:
    """ "women" or "men" for a given name nearly always borne by one gender, else None."""
    row = _name_statistics().get(_fold(given))
    if row is None or row[0] < MIN_SOURCES:
        return None
    if row[2] >= CERTAINTY:
        return "women"
    if row[2] <= 1 - CERTAINTY:
        return "men"
    return None


def field_gender(given_names: Iterable[str]) -> str | None:
    """The gender of a race's field judged by its athletes' given names, when enough agree."""
    counts = Counter(g for g in map(name_gender, given_names) if g)
    if sum(counts.values()) < MIN_CLASSIFIED:
        return None
    gender, count = counts.most_common(1)[0]
    return gender if 1 - count / sum(counts.values()) <= MAX_DISSENT else None
