"""The model's attribute ruler (tag to part of speech, morphology and lemma exceptions), indexed.

spaCy's `AttributeRuler` runs a `Matcher` over ~180 rules, nearly all of them about one token
(`{"TAG": "NNP"}`, `{"LOWER": "'s", "TAG": "VBZ"}`, a `DEP` in a list), trying every rule at every
token. `IndexedAttributeRuler` keeps the rules as the model ships them but finds the one-token
rules through a table keyed by a word, tag or dependency label they require, and checks only
those; rules of several tokens (and one-token rules on a regular expression) go to the race
rules' `AnchoredMatcher`, which tries them only where a word or expression they require occurs.
It returns the same matches, so it sets the same attributes; one-token matches are applied
without making a span for each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

from .rules import AnchoredMatcher, _leading_variants

INDEX_ORDER = ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE")
COLUMN = {attr: column for column, attr in enumerate(INDEX_ORDER)}
Check = tuple[int, str, Any]
CACHE_LIMIT = 100_000
LEMMA_CACHE_LIMIT = 50_000


@Language.factory("race_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    """Make an attribute ruler that matches one-token rules by table look-up."""
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def cache_lemmas(nlp: Language, name: str = "lemmatizer") -> None:
    """Make the pipeline's rule lemmatizer, if it has one, remember every lemma it works out.

    spaCy's rule lemmatizer caches the lemmas it derives by rule, but not those of base forms, proper
    nouns and words without rules, which are most tokens: those are worked out again at each
    occurrence. A lemma depends only on the word, its part of speech and its morphology, so keeping
    every lemma per (word, part of speech, morphology) gives the same lemmas. In `nlp.pipe` the
    lemmatizer reads those three and the lemmas already set from arrays, and makes a `Token` only for a
    word whose lemma it has not seen (see `_lemmatize_doc`).
    """
    lemmatizer = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if lemmatizer is None or getattr(lemmatizer, "mode", None) != "rule":
        return
    work_out = lemmatizer.lemmatize
    known: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = known.get(key)
        if forms is None:
            if len(known) > LEMMA_CACHE_LIMIT:
                known.clear()
            forms = known[key] = work_out(token)
        return forms

    def pipe(docs: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield _lemmatize_doc(lemmatizer, doc, known, lemmatize)

    lemmatizer.lemmatize = lemmatize
    lemmatizer.pipe = pipe


def _lemmatize_doc(
    lemmatizer: Lemmatizer,
    doc: Doc,
    known: dict[tuple[int, int, int], list[str]],
    lemmatize: Callable[[Token], list[str]],
) -> Doc:
    """Set the lemmas the lemmatizer sets, as its `__call__` does, from the cached forms: each token's
    word, part of speech, morphology and lemma are read in one array, and the lemmas written in one."""
    if not lemmatizer._validated or not len(doc):
        return lemmatizer(doc)
    rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
    strings = doc.vocab.strings
    lemmas = []
    for i, (orth, pos, morph, lemma) in enumerate(rows):
        if lemmatizer.overwrite or lemma == 0:
            forms = known.get((orth, pos, morph))
            lemma = strings.add((forms if forms is not None else lemmatize(doc[i]))[0])
        lemmas.append(lemma)
    doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
    return doc


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the pipeline's attribute ruler, if it has one, by an indexed one with the same rules."""
    if name in nlp.pipe_names:
        patterns = nlp.get_pipe(name).patterns
        nlp.replace_pipe(name, "race_attribute_ruler").add_patterns(patterns)


class IndexedAttributeRuler(AttributeRuler):
    """An AttributeRuler whose one-token rules are looked up by a required value instead of matched."""

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", *, validate: bool = False) -> None:
        super().__init__(vocab, name, validate=validate)
        self._clear_index()

    def clear(self) -> None:
        """Reset all patterns."""
        super().clear()
        self._clear_index()

    def _clear_index(self) -> None:
        self.index: dict[tuple[str, Any], list[tuple[int, list[Check]]]] = {}
        self.unindexed: list[tuple[int, list[Check]]] = []
        self.multi = Matcher(self.vocab, validate=self.validate)
        self.anchored = AnchoredMatcher(self.vocab, validate=self.validate)
        self.keys: list[int] = []
        self.rows: dict[tuple[int, ...], tuple[int, ...]] = {}

    def add(self, patterns: Iterable[list[dict[str, Any]]], attrs: dict, index: int = 0) -> None:
        """Add a rule, as AttributeRuler does, and file each of its patterns for fast matching."""
        patterns = list(patterns)
        rule = len(self.attrs)
        super().add(patterns, attrs, index)
        self.keys.append(self.vocab.strings.add(str(rule)))
        for pattern in patterns:
            compiled = self._compile(pattern)
            if compiled is None:
                if not self.anchored.add(str(rule), _leading_variants(pattern)):
                    self.multi.add(str(rule), [pattern])
                continue
            keys, checks = compiled
            for key in keys:
                self.index.setdefault(key, []).append((rule, checks))
            if not keys:
                self.unindexed.append((rule, checks))
        self.rows.clear()

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The (rule, key, start, end) matches sorted by rule, as AttributeRuler.match returns them."""
        found: set[tuple[int, int, int]] = set()
        rows = doc.to_array([LOWER, ORTH, TAG, DEP, IS_SPACE]).tolist() if len(doc) else []
        known, add = self.rows, found.add
        for i, row in enumerate(map(tuple, rows)):
            rules = known.get(row)
            for rule in self._rules_for(row) if rules is None else rules:
                add((rule, i, i + 1))
        multi = self.anchored(doc, allow_missing=True)
        if len(self.multi):
            multi.update(self.multi(doc, allow_missing=True))
        for match_id, start, end in multi:
            found.add((int(self.vocab.strings[match_id]), start, end))
        return sorted((rule, self.keys[rule], start, end) for rule, start, end in found)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Set the attributes of each match, in order, as AttributeRuler does (one-token matches without
        making a span)."""
        for match in matches:
            rule, _, start, end = match
            if end - start == 1 and self.indices[rule] in (0, -1):
                set_token_attrs(doc[start], self.attrs[rule])
            else:
                super().set_annotations(doc, [match])

    def _rules_for(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The one-token rules that a token with these attribute values matches, cached per values."""
        if row not in self.rows:
            if len(self.rows) > CACHE_LIMIT:
                self.rows.clear()
            candidates = list(self.unindexed)
            for column, attr in enumerate(INDEX_ORDER):
                candidates.extend(self.index.get((attr, row[column]), ()))
            self.rows[row] = tuple(rule for rule, checks in candidates if all(_passes(row, check) for check in checks))
        return self.rows[row]

    def _compile(self, pattern: list[dict[str, Any]]) -> tuple[list[tuple[str, Any]], list[Check]] | None:
        """The index keys and checks of a one-token pattern on words, tags, labels or spaces; else None.

        A rule is filed under each value that its first indexable attribute (in `INDEX_ORDER`) may
        take: a single value, or each of an `IN` list; a rule with none is checked at every token.
        """
        if len(pattern) != 1:
            return None
        checks: list[Check] = []
        values: dict[str, list[Any]] = {}
        for name, value in pattern[0].items():
            attr = name.upper()
            attr = "ORTH" if attr == "TEXT" else attr
            if attr not in COLUMN or (attr == "IS_SPACE") != isinstance(value, bool):
                return None
            column = COLUMN[attr]
            if isinstance(value, bool):
                checks.append((column, "==", int(value)))
                values[attr] = [int(value)]
            elif isinstance(value, str):
                checks.append((column, "==", self.vocab.strings.add(value)))
                values[attr] = [self.vocab.strings.add(value)]
            elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
                ((operator, words),) = value.items()
                if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
                    return None
                hashes = frozenset(self.vocab.strings.add(word) for word in words)
                checks.append((column, operator, hashes))
                if operator == "IN":
                    values[attr] = sorted(hashes)
            else:
                return None
        attr = next((attr for attr in INDEX_ORDER if attr in values), None)
        return ([(attr, value) for value in values[attr]] if attr else []), checks


def _passes(row: list[int], check: Check) -> bool:
    column, operator, value = check
    found = row[column]
    if operator == "==":
        return found == value
    return (found in value) == (operator == "IN")
