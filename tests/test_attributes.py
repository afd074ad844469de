"""The indexed attribute ruler finds the same rule matches as spaCy's AttributeRuler, and sets the same attributes."""

from __future__ import annotations

from pathlib import Path

import spacy

from extractor.attributes import IndexedAttributeRuler, cache_lemmas
from extractor.pipeline import DEFAULT_MODEL

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_same_matches_as_the_attribute_ruler() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    shipped = nlp.get_pipe("attribute_ruler")
    indexed = IndexedAttributeRuler(nlp.vocab)
    indexed.add_patterns(shipped.patterns)
    assert indexed.patterns == shipped.patterns
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[::3]]  # a spread of them
    texts.append("Y'all ain't gonna believe it: there's nothin' I'd do. Let's go, c'mon!")
    for doc in nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert indexed.match(doc) == shipped.match(doc), doc.text[:60]
        ours, theirs = indexed(doc.copy()), shipped(doc.copy())
        attrs = ["POS", "TAG", "MORPH", "LEMMA", "NORM"]
        assert (ours.to_array(attrs) == theirs.to_array(attrs)).all(), doc.text[:60]
    unparsed = nlp("There is nothing that I'd want.", disable=["parser", "attribute_ruler", "lemmatizer", "ner"])
    assert indexed.match(unparsed) == shipped.match(unparsed)


def test_cached_lemmas_are_the_lemmas() -> None:
    plain, cached = spacy.load(DEFAULT_MODEL), spacy.load(DEFAULT_MODEL)
    cache_lemmas(cached)
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[:12]]
    texts.append("Y'all ain't gonna believe it: there's nothin' I'd do. Let's go, c'mon! ΟΔΟΣ Σ σς.")
    expected = [[t.lemma_ for t in doc] for doc in plain.pipe(texts)]
    for _ in range(2):  # the second time from the cache
        assert [[t.lemma_ for t in doc] for doc in cached.pipe(texts)] == expected
