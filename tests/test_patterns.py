"""Pattern files: the shipped ones are valid, bad ones are rejected with file and line, users can add their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import extractor
from extractor.errors import PatternError
from extractor.patterns import default_patterns_dir, load_patterns, nation_in, read_pattern_file


def test_shipped_patterns_load() -> None:
    rows = load_patterns()
    assert {r["label"] for r in rows} >= {"TIME", "GAP", "RANK", "MEDAL", "RECORD", "NATION", "DISTANCE"}
    assert len(list(default_patterns_dir().glob("*.jsonl"))) >= 10


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"label": "TIME", "pattern": "x", "colour": "red"}', "unknown keys"),
        ('{"label": "PERSON", "pattern": "x"}', "is not one of"),
        ('{"label": "TIME", "pattern": 3}', "'pattern' must be"),
        ("[1, 2]", "must be a JSON object"),
    ],
)
def test_bad_pattern_lines_are_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"label": "TIME", "pattern": "ok"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match=message) as info:
        read_pattern_file(path)
    assert f"{path}:2" in str(info.value)


def test_missing_patterns_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="does not exist"):
        load_patterns([tmp_path / "nope"])


def test_user_patterns_extend_the_rules(tmp_path: Path) -> None:
    text = "Anna Berg of Kiwiland won the World Cup women's 500m in 37.04 seconds."
    assert extractor.extract(text).events[0].results[0].nation is None
    (tmp_path / "my_nations.jsonl").write_text(
        '{"label": "NATION", "pattern": [{"LOWER": "kiwiland"}], "id": "NZL"}\n', encoding="utf-8"
    )
    record = extractor.extract(text, patterns_dirs=[tmp_path])
    assert record.events[0].results[0].nation == "NZL"


def test_no_person_names_in_patterns() -> None:
    names = {"leerdam", "kok", "smeding", "miho", "tigaki", "paul"}
    for path in default_patterns_dir().glob("*.jsonl"):
        assert not names & set(path.read_text(encoding="utf-8").lower().replace('"', " ").split()), path


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        ("The People's Republic of China took bronze.", "NATION", "CHN"),
        ("S. Korean Kim Min-ji won.", "NATION", "KOR"),
        ("She won the semi-final.", "ROUND", "semi-final"),
        ("Her team-mate was third.", "SAME_NATION", "same"),
        ("The four-time champion watched.", "TITLE", "champion"),
        ("He dead-heated for third.", "RANK", "verb"),
    ],
)
def test_words_the_tokenizer_splits_still_match(nlp: Language, text: str, label: str, expected: str) -> None:
    """A pattern file may write "semi-final" or "people's" as one word; it matches the tokens they become."""
    doc = nlp(text)
    assert expected in [s.id_ for s in doc.spans["race"] if s.label_ == label]


def test_loaded_patterns_hold_only_words_the_tokenizer_keeps(nlp: Language) -> None:
    for row in load_patterns(tokenizer=nlp.tokenizer):
        for token in row["pattern"] if isinstance(row["pattern"], list) else []:
            for key in ("LOWER", "TEXT", "ORTH"):
                value = token.get(key)
                words = [value] if isinstance(value, str) else value.get("IN", []) if isinstance(value, dict) else []
                for word in words:
                    assert any(len(nlp.tokenizer(form)) == 1 for form in (word, word.title(), word.upper())), row


@pytest.mark.parametrize(
    ("code", "year", "raced_under"),
    [("RUS", 1984, "URS"), ("RUS", 1992, "EUN"), ("RUS", 1994, "RUS"), ("CZE", 1988, "TCH"), ("NED", 1960, "NED")],
)
def test_a_nation_in_a_year_is_the_code_it_raced_under(code: str, year: int, raced_under: str) -> None:
    assert nation_in(code, year) == raced_under
    assert nation_in(code, None) == code
