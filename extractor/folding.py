"""Name folding: the form in which two spellings of one name compare equal ("Håkon Sæther" and "Hakon Saether")."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# letters that NFKD does not decompose into a base letter and a mark, as English copy spells them
LETTER_FOLDS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "\u0131": "i"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-folded form of a name ("Sæther" -> "saether", "Dąbrowski" -> "dabrowski")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(LETTER_FOLDS)
