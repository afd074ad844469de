"""The relevance gate: a cheap test, on tokens alone, of whether an article can hold a race result.

It is built from the pattern files themselves. An article passes when the rules could find both a
possible result signal (time, gap, placing, win, medal, record, status) and race context (a sport,
discipline, distance, competition, medal, record or round); articles that fail skip the
statistical model: they cannot have events. The test is made on the tokenizer's output, in two
steps that each let through every text the pipeline's rules can match:

1. A pattern can only match a text in which each of its required tokens occurs somewhere, so the
   gate first checks, on the text's distinct tokens, the required tokens that the tokenizer alone
   can decide (a text or lower-case form, or a regular expression on them). Most texts stop here.
2. The texts that pass are matched with the patterns themselves, relaxed: each constraint that
   needs the statistical model (lemma, part of speech, tag, dependency, sentence start, entity)
   is dropped, so a relaxed pattern matches wherever the full one can.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .patterns import load_patterns
from .rules import RaceRules

RESULT_LABELS = ("TIME", "GAP", "RANK", "WIN", "MEDAL", "RECORD", "STATUS", "FIELD")
MODEL_KEYS = frozenset(
    "LEMMA POS TAG DEP MORPH ENT_TYPE ENT_IOB ENT_ID ENT_KB_ID IS_SENT_START SENT_START HEAD _".split()
)
CONTEXT_LABELS = ("SPORT", "DISCIPLINE", "DISTANCE", "COMPETITION", "MEDAL", "RECORD", "ROUND")
REQUIRED_OPS = (None, "1", "+")


@dataclass(frozen=True)
class Need:
    """One required token of a pattern: it must be one of `values`, or match `regex`, in text or lower case."""

    lower: bool
    values: frozenset[str] = frozenset()
    regex: str | None = None


def relaxed(pattern: list[dict]) -> list[dict]:
    """The pattern without the constraints that need the statistical model: it matches wherever the pattern can."""
    return [{key: value for key, value in token.items() if key.upper() not in MODEL_KEYS} for token in pattern]


def needs(pattern: list[dict]) -> list[Need]:
    """The required tokens of a pattern that the tokenizer alone can check; the others are left out."""
    found = []
    for token in pattern:
        if token.get("OP") not in REQUIRED_OPS:
            continue
        for key in ("LOWER", "TEXT", "ORTH"):
            value = token.get(key)
            lower = key == "LOWER"
            if isinstance(value, str):
                found.append(Need(lower, frozenset([value])))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                found.append(Need(lower, frozenset(value["IN"])))
            elif isinstance(value, dict) and set(value) == {"REGEX"}:
                found.append(Need(lower, regex=value["REGEX"]))
    return found


class _Tokens:
    """A text's distinct token texts and lower-case forms, with regular expression tests cached."""

    def __init__(self, doc: Doc) -> None:
        # the distinct texts read through their hashes: no Token object is made per token
        strings = doc.vocab.strings
        self.texts = {strings[orth] for orth in set(doc.to_array(ORTH).tolist())} if len(doc) else set()
        self.lowers = {text.lower() for text in self.texts}
        self._regex: dict[tuple[bool, str], bool] = {}

    def has(self, need: Need) -> bool:
        forms = self.lowers if need.lower else self.texts
        if need.regex is None:
            return not need.values.isdisjoint(forms)
        key = (need.lower, need.regex)
        if key not in self._regex:
            compiled = re.compile(need.regex)
            self._regex[key] = any(map(compiled.search, forms))
        return self._regex[key]


class RelevanceGate:
    """Decide from tokens alone whether a text can hold a race result."""

    def __init__(self, nlp: Language, patterns_dirs: Iterable[str | Path] = ()) -> None:
        rows = load_patterns(patterns_dirs, nlp.tokenizer)
        self.result: list[list[Need]] = []
        self.context: list[list[Need]] = []
        for item in rows:
            pattern = item["pattern"] if isinstance(item["pattern"], list) else []
            if item["label"] in RESULT_LABELS:
                self.result.append(needs(pattern))
            if item["label"] in CONTEXT_LABELS:
                self.context.append(needs(pattern))
        self.matchers = [_relaxed_rules(nlp, rows, labels) for labels in (CONTEXT_LABELS, RESULT_LABELS)]

    def passes(self, doc: Doc) -> bool:
        """Whether the tokenized text has both a possible result signal and race context."""
        tokens = _Tokens(doc)
        return all(
            any(all(tokens.has(need) for need in pattern) for pattern in group) for group in (self.context, self.result)
        ) and all(rules.finds_any(doc) for rules in self.matchers)


def _relaxed_rules(nlp: Language, rows: list[dict], labels: tuple[str, ...]) -> RaceRules:
    """A rule matcher of the relaxed patterns of some labels."""
    rules = RaceRules(nlp, f"race_gate_{labels[0].lower()}", spans_key=None, validate=True)
    rules.add_patterns(
        [
            {**row, "pattern": relaxed(row["pattern"]) if isinstance(row["pattern"], list) else row["pattern"]}
            for row in rows
            if row["label"] in labels
        ]
    )
    return rules
