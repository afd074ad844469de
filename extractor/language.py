"""Which language an article is written in, told by its commonest function words (data in `function_words.tsv`).

The extractor reads English: an article in another language would give names and numbers read by English
rules, so it is written with no events and a warning instead."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .patterns import shipped_rows

WORD = re.compile(r"[^\W\d_]+")
MIN_FOREIGN_WORDS = 5  # a quoted phrase or a name is no foreign article
FOREIGN_RATIO = 2  # how many times the English function words another language's must outnumber


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Language -> its function words, from the shipped `function_words.tsv`."""
    return {language: frozenset(words.split()) for language, words in shipped_rows("function_words.tsv")}


def foreign_language(text: str) -> str | None:
    """The language other than English an article is written in, or None when it is English (or cannot be told:
    a results table of names and times)."""
    words = Counter(w.lower() for w in WORD.findall(text))
    counts = {language: sum(words[w] for w in vocabulary) for language, vocabulary in function_words().items()}
    english = counts.pop("English", 0)
    language, foreign = max(counts.items(), key=lambda item: item[1], default=(None, 0))
    return language if foreign >= MIN_FOREIGN_WORDS and foreign > FOREIGN_RATIO * english else None
