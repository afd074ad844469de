"""The baseline: the bare default spaCy model (tok2vec and ner only) over a JSON Lines file, one process."""

from __future__ import annotations

import json
import sys

import spacy

from extractor.pipeline import DEFAULT_MODEL


def main(path: str) -> None:
    """Run the bare model over every text of a JSON Lines file with nlp.pipe and print how many it read."""
    nlp = spacy.load(DEFAULT_MODEL, enable=["tok2vec", "ner"])
    with open(path, encoding="utf-8") as stream:
        texts = (json.loads(line)["text"] for line in stream)
        count = sum(1 for _ in nlp.pipe(texts, batch_size=64))
    print(count)


if __name__ == "__main__":
    main(sys.argv[1])
