"""The rule matcher: a SpanRuler that gives each pattern to the matcher that finds it at least cost.

spaCy's `Matcher` tries every pattern at every token, testing each `IN` list or regular expression
in Python, so its cost grows with the number of patterns. Most of ours (nation names, demonyms,
word lists) are fixed words, a word or a list of words per token: those go to one `PhraseMatcher`
per attribute (`LOWER`, `ORTH`), which looks tokens up in a hash table whatever the number of
phrases. The others have a word, a word list or a regular expression at a fixed place from their
start (a time, a placing, "world ... championships", "5 minutes"): those are tried only where such
an anchor token is found and its neighbours can belong to the match, on the window a match can
take. The matches, and so the spans, are the same as a plain SpanRuler's: the patterns stay as
written in the pattern files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, NamedTuple

from spacy.attrs import IDS, LEMMA, LOWER, NORM, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
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
    """A required token's word, word list or regular expression on its text, lower case, norm or lemma."""
    if token.get("OP", "1") != "1":
        return None
    for key, value in token.items():
        attr = ANCHOR_ATTRS.get(key.upper())
        if attr is None:
            continue
        if isinstance(value, str):
            return attr, "IN", frozenset([value])
        if not isinstance(value, dict) or len(value) != 1:
            continue
        if isinstance(value.get("IN"), list) and all(isinstance(word, str) for word in value["IN"]):
            return attr, "IN", frozenset(value["IN"])
        if isinstance(value.get("REGEX"), str):
            return attr, "REGEX", value["REGEX"]
    return None


def _placed_anchor(pattern: list[dict[str, Any]]) -> tuple[Anchor, int] | None:
    """The first anchor of a pattern at a fixed distance from its start, and that distance: the first
    token's, else that of a later token with only single tokens (no operator but `!`) before it."""
    for offset, token in enumerate(pattern):
        if not isinstance(token, dict):
            return None
        anchor = _anchor(token)
        if anchor is not None:
            return anchor, offset
        if token.get("OP", "1") not in ("1", "!"):
            return None
    return None


FLAG_KEYS = ("IS_ALPHA", "IS_DIGIT", "IS_PUNCT", "IS_TITLE", "LIKE_NUM")  # others are loosely taken as met
LABEL_KEYS = ("POS", "TAG", "DEP")
COLUMNS = {"orth_": ORTH, "lower_": LOWER, "norm_": NORM, "lemma_": LEMMA}
COLUMNS.update({key: IDS[key] for key in LABEL_KEYS + FLAG_KEYS})
COLUMN = {name: column for column, name in enumerate(COLUMNS)}
Row = tuple[int, ...]


def token_rows(doc: Doc) -> list[Row]:
    """Each token's text, lower case, norm, lemma, part of speech, tag and dependency label (as hashes or
    symbols) and flags, in the order of `COLUMNS`."""
    return list(map(tuple, doc.to_array(list(COLUMNS.values())).tolist())) if len(doc) else []


class LooseTest:
    """A test that every token a pattern token can take passes (others may pass too): its word, word list,
    regular expression, label and flag constraints, as the Matcher applies them; any other constraint,
    and a negated token, let every token through. It reads a token's row (`token_rows`)."""

    def __init__(self, token: dict[str, Any], vocab: Vocab) -> None:
        self.strings = vocab.strings
        self.checks: list[tuple[int, str, Any]] = []
        self.found: dict[tuple[int, int], bool] = {}
        if token.get("OP") == "!":
            return
        for key, value in token.items():
            name = key.upper()
            attr = ANCHOR_ATTRS.get(name, name if name in LABEL_KEYS else None)
            if attr is not None and isinstance(value, str):
                self.checks.append((COLUMN[attr], "IN", frozenset([get_string_id(value)])))
            elif attr is not None and isinstance(value, dict) and len(value) == 1:
                if isinstance(value.get("IN"), list):
                    words = value["IN"]
                    self.checks.append((COLUMN[attr], "IN", frozenset(get_string_id(word) for word in words)))
                elif isinstance(value.get("REGEX"), str):
                    self.checks.append((COLUMN[attr], "REGEX", re.compile(value["REGEX"])))
            elif name in COLUMN and isinstance(value, bool):
                self.checks.append((COLUMN[name], "IN", frozenset([int(value)])))

    def __call__(self, row: Row) -> bool:
        for column, kind, value in self.checks:
            if kind == "IN":
                if row[column] not in value:
                    return False
            elif not self._search(column, value, row[column]):
                return False
        return True

    def _search(self, column: int, regex: re.Pattern[str], value: int) -> bool:
        """Whether a regular expression finds a token's text (by hash), cached per text."""
        key = (column, value)
        if key not in self.found:
            if len(self.found) > CACHE_LIMIT:
                self.found.clear()
            self.found[key] = regex.search(self.strings[value]) is not None
        return self.found[key]


def _leading_variants(pattern: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The pattern without and with each leading optional token (`?`, `*`: `X* rest` is `rest` or
    `X X* rest`; `X+` is `X X*`): together they match what it matches."""
    if pattern and isinstance(pattern[0], dict) and pattern[0].get("OP") in ("?", "*", "+"):
        op = pattern[0]["OP"]
        required = {key: value for key, value in pattern[0].items() if key != "OP"}
        rest = pattern[1:] if op == "?" else [{**required, "OP": "*"}, *pattern[1:]]
        without = _leading_variants(pattern[1:]) if op != "+" else []
        return without + [[required, *variant] for variant in ([rest] if op != "?" else _leading_variants(rest))]
    return [pattern] if pattern else []


@dataclass(frozen=True, eq=False)
class Entry:
    """A pattern filed under its anchor: its key, where the anchor is, its longest match (None if
    unbounded), if unbounded a loose test per token, loose tests of its tokens up to the anchor, and
    of the tokens that can follow the anchor (None if the pattern can end there)."""

    key: str
    pattern: list[dict[str, Any]]
    offset: int
    length: int | None
    tests: list[LooseTest] | None
    prefix: list[LooseTest]
    following: list[LooseTest] | None

    def fits(self, rows: list[Row], i: int, passed: dict[tuple[LooseTest, int], bool]) -> bool:
        """Whether the pattern can match with its anchor at token `i`: the tokens before the anchor and
        the token after it pass the loose tests of the pattern tokens that can take them (results kept
        in `passed` per test and token, for the document)."""
        start = i - self.offset
        if start < 0 or self.following is not None and i + 1 >= len(rows):
            return False
        for position, test in enumerate(self.prefix, start):
            result = passed.get((test, position))
            if result is None:
                result = passed[(test, position)] = test(rows[position])
            if not result:
                return False
        if self.following is None:
            return True
        for test in self.following:
            result = passed.get((test, i + 1))
            if result is None:
                result = passed[(test, i + 1)] = test(rows[i + 1])
            if result:
                return True
        return False


class Plan(NamedTuple):
    """The Matcher for a set of anchors, the window before and after an anchor token its bounded
    patterns need, and the anchor distance and tests of its unbounded ones."""

    matcher: Matcher
    before: int
    after: int
    unbounded: list[tuple[int, list[LooseTest]]]


class AnchoredMatcher:
    """Matchers for patterns with a word, word list or regular expression at a fixed place from their start.

    The `Matcher` tests a pattern's first token in Python at every token of a document (a word list
    or a regular expression) or in C (a word), at a cost per token and pattern. Here the tokens that
    can be a pattern's anchor are found by a look-up of their text (cached per word for regular
    expressions), and a `Matcher` holding only the patterns those tokens can anchor runs on the
    window where such a match can lie: from the anchor less its distance from the pattern's start,
    as long as the longest match, or for a pattern of unbounded length (`*`, `+`) up to the first
    token that none of its tokens can take. A match inside a window is a match in the document, and
    every match lies in such a window, so the matches are the same.
    """

    def __init__(self, vocab: Vocab, validate: bool = False) -> None:
        self.vocab = vocab
        self.validate = validate
        self.patterns: dict[Anchor, list[Entry]] = {}
        self.words: dict[tuple[str, str], list[Anchor]] = {}
        self.regexes: dict[tuple[str, str], re.Pattern[str]] = {}
        self.cache: dict[tuple[int, ...], tuple[Entry, ...]] = {}
        self.matchers: dict[tuple[Entry, ...], Plan] = {}
        self.tests: dict[str, LooseTest] = {}

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> bool:
        """Add the patterns under `key` if each has an anchor at a fixed place; else add none, return False."""
        planned = []
        for pattern in patterns:
            placed = _placed_anchor(pattern)
            lengths = [_repeats(token) if isinstance(token, dict) else 0 for token in pattern]
            if placed is None:
                return False
            anchor, offset = placed
            length = None if None in lengths else sum(length or 0 for length in lengths)
            tests = None if length is not None else [self._loose_test(token) for token in pattern]
            prefix = [self._loose_test(token) for token in pattern[: offset + 1]]
            following = _following(pattern, offset, self._loose_test)
            entry = Entry(key, pattern, offset, length, tests, prefix, following)
            planned.append((anchor, entry))
        for anchor, entry in planned:
            if anchor not in self.patterns:
                attr, kind, value = anchor
                if kind == "IN":
                    for word in value:
                        self.words.setdefault((attr, word), []).append(anchor)
                else:
                    self.regexes[(attr, value)] = re.compile(value)
            self.patterns.setdefault(anchor, []).append(entry)
        Matcher(self.vocab, validate=self.validate).add(key, [entry.pattern for _, entry in planned])  # fail now
        self.cache.clear()
        self.matchers.clear()
        return True

    def remove(self, key: str) -> None:
        """Remove the patterns of a key."""
        for anchor, entries in self.patterns.items():
            self.patterns[anchor] = [entry for entry in entries if entry.key != key]
        self.cache.clear()
        self.matchers.clear()

    def __call__(self, doc: Doc, allow_missing: bool = False) -> set[tuple[int, int, int]]:
        """The (match id, start, end) of every pattern's matches (`allow_missing` as for a Matcher)."""
        found: set[tuple[int, int, int]] = set()
        attrs = sorted({attr for attr, _, _ in self.patterns})
        rows = token_rows(doc) if attrs else []
        passed: dict[tuple[LooseTest, int], bool] = {}
        values_of = itemgetter(*[COLUMN[attr] for attr in attrs], 0)
        for i, row in enumerate(rows):
            values = values_of(row)
            entries = self.cache.get(values)
            if entries is None:
                entries = self._token_entries(attrs, values)
            if not entries:
                continue
            entries = tuple(entry for entry in entries if entry.fits(rows, i, passed))
            if not entries:
                continue
            plan = self._matcher(entries)
            start = max(0, i - plan.before)
            end = min(len(doc), i + plan.after)
            for offset, tests in plan.unbounded:
                end = max(end, _run_end(rows, i - offset, tests))
            matches = plan.matcher(doc[start:end], allow_missing=allow_missing)
            found.update((key, start + first, start + last) for key, first, last in matches)
        return found

    def _loose_test(self, token: dict[str, Any]) -> LooseTest:
        """The loose test of a pattern token, one per distinct token (patterns share many)."""
        key = json.dumps(token, sort_keys=True, default=str)
        if key not in self.tests:
            self.tests[key] = LooseTest(token, self.vocab)
        return self.tests[key]

    def _token_entries(self, attrs: list[str], values: tuple[int, ...]) -> tuple[Entry, ...]:
        """The patterns whose anchor a token satisfies, cached per value of the attributes anchors test
        (text, lemma...)."""
        if values not in self.cache:
            if len(self.cache) > CACHE_LIMIT:
                self.cache.clear()
            found = []
            for attr, value in zip(attrs, values, strict=False):
                text = self.vocab.strings[value]
                found.extend(self.words.get((attr, text), ()))
                found.extend(
                    (attr, "REGEX", source)
                    for (regex_attr, source), regex in self.regexes.items()
                    if regex_attr == attr and regex.search(text)
                )
            self.cache[values] = tuple(entry for anchor in dict.fromkeys(found) for entry in self.patterns[anchor])
        return self.cache[values]

    def _matcher(self, entries: tuple[Entry, ...]) -> Plan:
        """A Matcher of some patterns and the window it needs around their anchor token."""
        if entries not in self.matchers:
            matcher = Matcher(self.vocab, validate=self.validate)
            for entry in entries:
                matcher.add(entry.key, [entry.pattern])
            bounded = [entry.length - entry.offset for entry in entries if entry.length is not None]
            self.matchers[entries] = Plan(
                matcher,
                max(entry.offset for entry in entries),
                max(bounded, default=0),
                [(entry.offset, entry.tests) for entry in entries if entry.tests is not None],
            )
        return self.matchers[entries]


def _min_repeats(token: dict[str, Any]) -> int:
    """The fewest tokens a pattern token can take."""
    op = token.get("OP", "1")
    if op in ("?", "*"):
        return 0
    bounds = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op) if isinstance(op, str) else None
    return int(bounds.group(1) or 0) if bounds is not None else 1


def _following(
    pattern: list[dict[str, Any]], offset: int, loose_test: Callable[[dict[str, Any]], LooseTest]
) -> list[LooseTest] | None:
    """Loose tests of the pattern tokens that can take the token after the anchor; None if the pattern
    can end at the anchor."""
    tests = []
    for token in pattern[offset + 1 :]:
        tests.append(loose_test(token))
        if _min_repeats(token) > 0:
            return tests
    return None


def _run_end(rows: list[Row], start: int, tests: list[LooseTest]) -> int:
    """The end of the run of tokens from `start` that some token of a pattern can take: where its matches
    from `start` end at the latest."""
    end = max(0, start)
    while end < len(rows) and any(test(rows[end]) for test in tests):
        end += 1
    return end


class RaceRules(SpanRuler):
    """A SpanRuler that matches fixed-word patterns with phrase matchers and anchors the others.

    Fixed-word patterns go to one `PhraseMatcher` per attribute; patterns with a word, word list or
    regular expression at a fixed place from their start go to an `AnchoredMatcher`; the rest (and
    phrase patterns given as strings) are matched as a SpanRuler does. The spans are the same as a
    plain SpanRuler's.
    """

    def clear(self) -> None:
        """Reset all patterns."""
        super().clear()
        self.literal_matchers = {attr: PhraseMatcher(self.nlp.vocab, attr=attr) for attr in ("LOWER", "ORTH")}
        self.anchored = AnchoredMatcher(self.nlp.vocab, validate=self.validate)

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """Add patterns, each to the matcher that finds its matches at least cost."""
        phrases = []
        hashes: dict[tuple[str, str], int] = {}
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
                phrase_hashes = [[self._word_hash(attr, word, hashes) for word in words] for words in sequences]
                self.literal_matchers[attr].add(key, phrase_hashes)
            elif not self.anchored.add(key, _leading_variants(pattern)):
                self.matcher.add(key, [pattern])
        if phrases:
            super().add_patterns(phrases)

    def _word_hash(self, attr: str, word: str, hashes: dict[tuple[str, str], int]) -> int:
        """A word's text or lower-case hash as a Doc of it gives the PhraseMatcher: a phrase is given to the
        PhraseMatcher as these hashes, which it takes as it takes a Doc, since making a Doc per phrase (some
        6,000) took a tenth of a second of each start-up."""
        if (attr, word) not in hashes:
            lexeme = self.nlp.vocab[word]
            hashes[(attr, word)] = lexeme.lower if attr == "LOWER" else lexeme.orth
        return hashes[(attr, word)]

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
