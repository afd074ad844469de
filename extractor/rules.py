"""The rule matcher: a SpanRuler that gives each pattern to the matcher that finds it at least cost.

spaCy's `Matcher` tries every pattern at every token, testing each `IN` list or regular expression
in Python, so its cost grows with the number of patterns. Most of ours (nation names, demonyms,
word lists) are fixed words, a word or a list of words per token: those go to one `PhraseMatcher`
per attribute (`LOWER`, `ORTH`), which looks tokens up in a hash table whatever the number of
phrases. Most others start with a word list or a regular expression (a time, a placing): those
are tried only where their first token is found. The matches, and so the spans, are the same as a
plain SpanRuler's: the patterns stay as written in the pattern files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

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


ANCHOR_ATTRS = {"ORTH": "orth_", "TEXT": "orth_", "LOWER": "lower_", "NORM": "norm_", "LEMMA": "lemma_"}
CACHE_LIMIT = 100_000
Anchor = tuple[str, str, Any]


def _repeats(token: dict[str, Any]) -> int | None:
    """The most tokens a pattern token can take, None if unbounded."""
    op = token.get("OP", "1")
    if op in ("1", "!", "?"):
        return 1
    bounds = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op) if isinstance(op, str) else None
    if bounds is None:
        return None
    low, comma, high = bounds.groups()
    if not comma:
        return int(low)
    return int(high) if high else None


def _anchor(token: dict[str, Any]) -> Anchor | None:
    """A required token's word list or regular expression, tested in Python by the Matcher at every token."""
    if token.get("OP", "1") != "1":
        return None
    for key, value in token.items():
        attr = ANCHOR_ATTRS.get(key.upper())
        if attr is None or not isinstance(value, dict) or len(value) != 1:
            continue
        if isinstance(value.get("IN"), list) and all(isinstance(word, str) for word in value["IN"]):
            return attr, "IN", frozenset(value["IN"])
        if isinstance(value.get("REGEX"), str):
            return attr, "REGEX", value["REGEX"]
    return None


def _leading_variants(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The pattern without and with each leading optional token: together they match what it matches."""
    if pattern and isinstance(pattern[0], dict) and pattern[0].get("OP") == "?":
        required = {key: value for key, value in pattern[0].items() if key != "OP"}
        return _leading_variants(pattern[1:]) + [[required, *variant] for variant in _leading_variants(pattern[1:])]
    return [pattern] if pattern else []


class AnchoredMatcher:
    """Matchers for patterns that start with a word list or a regular expression and have a bounded length.

    The `Matcher` tests such a first token in Python at every token of a document. Here the tokens
    that can start a pattern are found by a look-up of their text (cached per word for regular
    expressions), and a `Matcher` holding only the patterns those tokens can start runs on the
    window that begins there and is as long as their longest match. A match inside a window is a
    match in the document, and every match starts at such a token, so the matches are the same.
    """

    def __init__(self, vocab: Vocab, validate: bool = False) -> None:
        self.vocab = vocab
        self.validate = validate
        self.patterns: dict[Anchor, list[tuple[str, list[dict[str, Any]], int]]] = {}
        self.words: dict[tuple[str, str], list[Anchor]] = {}
        self.regexes: dict[tuple[str, str], re.Pattern[str]] = {}
        self.cache: dict[tuple[int, ...], frozenset[Anchor]] = {}
        self.matchers: dict[frozenset[Anchor], tuple[Matcher | None, int]] = {}

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> bool:
        """Add the patterns under `key` if each has an anchor and a bounded length; else add none, return False."""
        planned = []
        for pattern in patterns:
            anchor = _anchor(pattern[0]) if pattern and isinstance(pattern[0], dict) else None
            lengths = [_repeats(token) for token in pattern if isinstance(token, dict)]
            if anchor is None or len(lengths) != len(pattern) or None in lengths:
                return False
            planned.append((anchor, pattern, sum(length or 0 for length in lengths)))
        for anchor, pattern, length in planned:
            if anchor not in self.patterns:
                attr, kind, value = anchor
                if kind == "IN":
                    for word in value:
                        self.words.setdefault((attr, word), []).append(anchor)
                else:
                    self.regexes[(attr, value)] = re.compile(value)
            self.patterns.setdefault(anchor, []).append((key, pattern, length))
        Matcher(self.vocab, validate=self.validate).add(key, [pattern for _, pattern, _ in planned])  # fail now
        self.cache.clear()
        self.matchers.clear()
        return True

    def remove(self, key: str) -> None:
        """Remove the patterns of a key."""
        for anchor, entries in self.patterns.items():
            self.patterns[anchor] = [entry for entry in entries if entry[0] != key]
        self.matchers.clear()

    def __call__(self, doc: Doc) -> set[tuple[int, int, int]]:
        """The (match id, start, end) of every pattern's matches."""
        found: set[tuple[int, int, int]] = set()
        attrs = sorted({attr for attr, _, _ in self.patterns})
        ids = [attr.rstrip("_") for attr in attrs]
        for token in doc:
            anchors = self._token_anchors(token, attrs, tuple(getattr(token, attr) for attr in ids))
            if not anchors:
                continue
            matcher, length = self._matcher(anchors)
            if matcher is None:
                continue
            window = doc[token.i : min(len(doc), token.i + length)]
            found.update((key, token.i + start, token.i + end) for key, start, end in matcher(window))
        return found

    def _token_anchors(self, token: Token, attrs: list[str], values: tuple[int, ...]) -> frozenset[Anchor]:
        """The anchors a token satisfies, cached per value of the attributes they test (text, lemma...)."""
        if values not in self.cache:
            if len(self.cache) > CACHE_LIMIT:
                self.cache.clear()
            found = []
            for attr in attrs:
                text = getattr(token, attr)
                found.extend(self.words.get((attr, text), ()))
                found.extend(
                    (attr, "REGEX", source)
                    for (regex_attr, source), regex in self.regexes.items()
                    if regex_attr == attr and regex.search(text)
                )
            self.cache[values] = frozenset(found)
        return self.cache[values]

    def _matcher(self, anchors: frozenset[Anchor]) -> tuple[Matcher | None, int]:
        """A Matcher of the patterns that tokens with these anchors can start (None if they were all removed),
        and their longest match."""
        if anchors not in self.matchers:
            entries = [entry for anchor in anchors for entry in self.patterns[anchor]]
            if not entries:
                self.matchers[anchors] = (None, 0)
                return self.matchers[anchors]
            matcher = Matcher(self.vocab, validate=self.validate)
            for key, pattern, _ in entries:
                matcher.add(key, [pattern])
            self.matchers[anchors] = (matcher, max(length for _, _, length in entries))
        return self.matchers[anchors]


class RaceRules(SpanRuler):
    """A SpanRuler that matches fixed-word patterns with phrase matchers and anchors the others.

    Fixed-word patterns go to one `PhraseMatcher` per attribute; patterns that start with a word
    list or a regular expression go to an `AnchoredMatcher`; the rest (and phrase patterns given as
    strings) are matched as a SpanRuler does. The spans are the same as a plain SpanRuler's.
    """

    def clear(self) -> None:
        """Reset all patterns."""
        super().clear()
        self.literal_matchers = {attr: PhraseMatcher(self.nlp.vocab, attr=attr) for attr in ("LOWER", "ORTH")}
        self.anchored = AnchoredMatcher(self.nlp.vocab, validate=self.validate)

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """Add patterns, each to the matcher that finds its matches at least cost."""
        phrases = []
        for entry in patterns:
            pattern = entry.get("pattern")
            if not isinstance(pattern, list):
                phrases.append(entry)
                continue
            label, pattern_id = str(entry["label"]), str(entry.get("id", ""))
            key = repr((label, pattern_id))
            self._match_label_id_map[self.nlp.vocab.strings.add(key)] = {"label": label, "id": pattern_id}
            self._patterns.append(entry)
            literal = literal_form(pattern)
            if literal is not None:
                attr, sequences = literal
                self.literal_matchers[attr].add(key, [Doc(self.nlp.vocab, words=words) for words in sequences])
            elif not self.anchored.add(key, _leading_variants(pattern)):
                self.matcher.add(key, [pattern])
        if phrases:
            super().add_patterns(phrases)

    def match(self, doc: Doc) -> list[Span]:
        """The sorted, de-duplicated spans of every pattern's matches."""
        found = set(super().match(doc))
        matches = self.anchored(doc)
        for matcher in self.literal_matchers.values():
            matches.update(matcher(doc))
        for match_id, start, end in matches:
            labels = self._match_label_id_map[match_id]
            found.add(Span(doc, start, end, label=labels["label"], span_id=labels["id"]))
        return sorted(found)

    def finds_any(self, doc: Doc) -> bool:
        """Whether any pattern matches the doc, trying the cheapest matchers first."""
        if any(len(matcher(doc)) for matcher in self.literal_matchers.values()) or self.anchored(doc):
            return True
        return any(len(matcher) and len(matcher(doc)) for matcher in (self.matcher, self.phrase_matcher))

    def remove(self, label: str) -> None:
        """Remove the patterns of a label."""
        super().remove(label)
        self._remove_own(lambda labels: labels["label"] == label)

    def remove_by_id(self, pattern_id: str) -> None:
        """Remove the patterns of an id."""
        super().remove_by_id(pattern_id)
        self._remove_own(lambda labels: labels["id"] == pattern_id)

    def _remove_own(self, selected: Callable[[dict[str, str]], bool]) -> None:
        for match_id, labels in self._match_label_id_map.items():
            key = self.nlp.vocab.strings[match_id]
            if not selected(labels):
                continue
            self.anchored.remove(key)
            for matcher in self.literal_matchers.values():
                if key in matcher:
                    matcher.remove(key)
