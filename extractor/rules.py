"""The rule matcher: a SpanRuler that matches literal token patterns with phrase matchers.

spaCy's `Matcher` tries every pattern at every token, testing each `IN` list or regular expression
in Python, so its cost grows with the number of patterns; most of ours (nation names, demonyms,
word lists) are fixed words, a word or a list of words per token. Those go to one `PhraseMatcher`
per attribute (`LOWER`, `ORTH`), which looks tokens up in a hash table whatever the number of
phrases. The matches, and so the spans, are the same as a plain
SpanRuler's: the patterns stay as written in the pattern files.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

LITERAL_KEYS = {"LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH"}
MAX_PHRASES = 2000


def _token_words(token: Any) -> tuple[str, frozenset[str], bool] | None:
    """A literal token's attribute, its accepted words and whether it is optional; None if not literal."""
    if not isinstance(token, dict) or token.get("OP", "1") not in ("1", "?"):
        return None
    keys = [key for key in token if key != "OP"]
    if len(keys) != 1 or keys[0].upper() not in LITERAL_KEYS:
        return None
    attr, value = LITERAL_KEYS[keys[0].upper()], token[keys[0]]
    if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
        value = value["IN"]
    words = [value] if isinstance(value, str) else value
    if not isinstance(words, list) or not words or not all(isinstance(word, str) and word for word in words):
        return None
    if attr == "LOWER" and any(word != word.lower() for word in words):
        return None
    return attr, frozenset(words), token.get("OP") == "?"


def _caseless(words: frozenset[str]) -> bool:
    return all(word.lower() == word == word.upper() for word in words)


def literal_form(pattern: Any) -> tuple[str, list[list[str]]] | None:
    """The matcher attribute and every word sequence a fixed-word pattern matches, else None.

    A pattern is fixed-word when each token has one key (`LOWER`, `ORTH` or `TEXT`) with a word or an
    `IN` list of words, and no operator but `?`. All tokens must compare the same attribute, except
    that words without case (digits, punctuation) read the same in either. The sequences are every
    choice of words with and without each optional token, as the `Matcher` reports them all.
    """
    if not isinstance(pattern, list) or not pattern:
        return None
    tokens = [_token_words(token) for token in pattern]
    if any(token is None for token in tokens):
        return None
    fixed = [token for token in tokens if token is not None]
    attrs = {attr for attr, words, _ in fixed if not _caseless(words)} or {"ORTH"}
    if len(attrs) != 1:
        return None
    sequences: list[list[str]] = [[]]
    for _, words, optional in fixed:
        grown = [sequence + [word] for sequence in sequences for word in sorted(words)]
        sequences = grown + sequences if optional else grown
        if len(sequences) > MAX_PHRASES:
            return None
    return attrs.pop(), [sequence for sequence in sequences if sequence]


class RaceRules(SpanRuler):
    """A SpanRuler whose literal token patterns are matched by phrase matchers, with the same result."""

    def clear(self) -> None:
        """Reset all patterns."""
        super().clear()
        self.literal_matchers = {attr: PhraseMatcher(self.nlp.vocab, attr=attr) for attr in ("LOWER", "ORTH")}

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """Add patterns: literal token patterns to the phrase matchers, the others as a SpanRuler does."""
        others = []
        for entry in patterns:
            literal = literal_form(entry.get("pattern"))
            if literal is None:
                others.append(entry)
                continue
            attr, sequences = literal
            label, pattern_id = str(entry["label"]), str(entry.get("id", ""))
            key = repr((label, pattern_id))
            self._match_label_id_map[self.nlp.vocab.strings.add(key)] = {"label": label, "id": pattern_id}
            self.literal_matchers[attr].add(key, [Doc(self.nlp.vocab, words=words) for words in sequences])
            self._patterns.append(entry)
        if others:
            super().add_patterns(others)

    def match(self, doc: Doc) -> list[Span]:
        """The sorted, de-duplicated spans of every pattern's matches."""
        found = set(super().match(doc))
        for matcher in self.literal_matchers.values():
            for match_id, start, end in matcher(doc):
                labels = self._match_label_id_map[match_id]
                found.add(Span(doc, start, end, label=labels["label"], span_id=labels["id"]))
        return sorted(found)

    def remove(self, label: str) -> None:
        """Remove the patterns of a label."""
        super().remove(label)
        self._remove_literals(lambda labels: labels["label"] == label)

    def remove_by_id(self, pattern_id: str) -> None:
        """Remove the patterns of an id."""
        super().remove_by_id(pattern_id)
        self._remove_literals(lambda labels: labels["id"] == pattern_id)

    def _remove_literals(self, selected: Callable[[dict[str, str]], bool]) -> None:
        for match_id, labels in self._match_label_id_map.items():
            key = self.nlp.vocab.strings[match_id]
            for matcher in self.literal_matchers.values():
                if selected(labels) and key in matcher:
                    matcher.remove(key)

