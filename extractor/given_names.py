"""The gender a given name is nearly always borne with, from the table `given_names.tsv` (built from
nomquamgender's name statistics, MIT licence, by `scripts/build_given_names.py`).

Used only as the last clue to a race's gender, when the report names no gender and uses no pronoun for
its athletes: a field of "Sophie", "Emilie" and "Grace" raced the women's race."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "given_names.tsv"
MIN_CLASSIFIED = 2  # names a race needs before its field is judged by them
MAX_DISSENT = 0.2  # the share of classified names that may disagree with the rest


@cache
def _table() -> dict[str, str]:
    """Folded given name -> "women" or "men"."""
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if not line.startswith("#"))


def _fold(name: str) -> str:
    """A given name in the table's form: lower case, no accents ("Émilie" -> "emilie")."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_gender(given: str) -> str | None:
    """ "women" or "men" for a given name nearly always borne by one gender, else None; a double name
    ("Sarah-Lynn", "Jean-Pierre", not a romanised "Seo-yeon") by the gender its parts share."""
    table = _table()
    pieces = given.split("-")
    if len(pieces) > 1 and given not in table and all(p[:1].isupper() for p in pieces):
        genders = {table.get(_fold(p)) for p in pieces} - {None}
        return genders.pop() if len(genders) == 1 else None
    return table.get(_fold(given))


def field_gender(given_names: Iterable[str]) -> str | None:
    """The gender of a race's field judged by its athletes' given names, when enough agree."""
    counts = Counter(g for g in map(name_gender, given_names) if g)
    if sum(counts.values()) < MIN_CLASSIFIED:
        return None
    gender, count = counts.most_common(1)[0]
    return gender if 1 - count / sum(counts.values()) <= MAX_DISSENT else None
