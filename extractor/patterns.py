"""Finding and validating the rule files (`patterns/*.jsonl`) the pipeline's matchers are built from."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from spacy.tokenizer import Tokenizer

from .errors import PatternError

WORD_KEYS = ("LOWER", "TEXT", "ORTH")
ALLOWED_KEYS = {"label", "pattern", "id"}
LABELS = {
    "TIME",
    "GAP",
    "NOT_GAP",
    "APPROX",
    "RANK",
    "NOT_RANK",
    "WIN",
    "NOT_WIN",
    "FIELD",
    "MEDAL",
    "NOT_MEDAL",
    "PODIUM",
    "RECORD",
    "DISTANCE",
    "NOT_DISTANCE",
    "NOT_NONRESULT",
    "DISCIPLINE",
    "NOT_DISCIPLINE",
    "SPORT",
    "OTHER_SPORT",
    "GENDER",
    "ROUND",
    "NOT_ROUND",
    "COMPETITION",
    "NOT_COMPETITION",
    "NATION",
    "TITLE",
    "NONRESULT",
    "STATUS",
    "NOT_STATUS",
    "BACKGROUND",
    "PROVISIONAL",
    "PREVIEW",
    "SAME_NATION",
    "SWEEP",
    "ROLE",
    "CREW_ROLE",
}


def default_patterns_dir() -> Path:
    """The directory of the rule files shipped with the package (or of the source checkout)."""
    here = Path(__file__).resolve().parent
    installed = here / "patterns"
    return installed if installed.is_dir() else here.parent / "patterns"


def shipped_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a shipped table in `patterns/`, without its comment and blank lines."""
    lines = (default_patterns_dir() / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def venue_nations() -> dict[str, str]:
    """Venue (lower case) -> the IOC code of its country ("heerenveen" -> "NED"), from the shipped `venues.tsv`."""
    return {venue: code for venue, code in shipped_rows("venues.tsv")}


@lru_cache(maxsize=1)
def region_abbreviations() -> frozenset[str]:
    """Provinces' and states' abbreviations as copy writes them after a town ("Que", "Calif"), from the shipped
    `region_abbreviations.tsv`."""
    return frozenset(row[0] for row in shipped_rows("region_abbreviations.tsv"))


@lru_cache(maxsize=1)
def nation_names() -> dict[str, str]:
    """IOC code -> the nation's name ("NED" -> "Netherlands"), from the shipped `nation_names.tsv`."""
    return {code: name for code, name in shipped_rows("nation_names.tsv")}


@lru_cache(maxsize=1)
def former_nations() -> dict[str, list[tuple[int, int, str]]]:
    """IOC code -> the (first year, last year, code) a nation's athletes raced under before it ("RUS" -> the
    Soviet Union's "URS" until 1991), from the shipped `former_nations.tsv`."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for code, former, first, last in shipped_rows("former_nations.tsv"):
        found.setdefault(code, []).append((int(first), int(last), former))
    return found


def nation_in(code: str | None, year: int | None) -> str | None:
    """The code a nation raced under in a year: "RUS" in 1988 is "URS"; unchanged without a year."""
    if code is None or year is None:
        return code
    return next((former for first, last, former in former_nations().get(code, ()) if first <= year <= last), code)


@lru_cache(maxsize=1)
def name_romanisations() -> dict[str, re.Pattern[str]]:
    """IOC code -> a pattern every part of a romanised name from that nation matches ("JPN" -> Japanese
    syllables), from the shipped `name_romanisations.tsv`."""
    return {code: re.compile(pattern) for code, pattern in shipped_rows("name_romanisations.tsv")}


def read_pattern_file(path: Path) -> list[dict]:
    """Read and validate one JSONL pattern file; raise PatternError naming the file and line."""
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(f"cannot read pattern file {path}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PatternError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise PatternError(f"{where}: a pattern must be a JSON object")
        unknown = set(row) - ALLOWED_KEYS
        if unknown:
            raise PatternError(f"{where}: unknown keys {sorted(unknown)}; allowed: {sorted(ALLOWED_KEYS)}")
        if row.get("label") not in LABELS:
            raise PatternError(f"{where}: label {row.get('label')!r} is not one of {sorted(LABELS)}")
        if not isinstance(row.get("pattern"), (str, list)):
            raise PatternError(f"{where}: 'pattern' must be a phrase string or a list of token patterns")
        rows.append(row)
    return rows


def load_patterns(extra_dirs: Iterable[str | Path] = (), tokenizer: Tokenizer | None = None) -> list[dict]:
    """All patterns: the shipped files, then every `*.jsonl` in each extra directory; with a tokenizer,
    a word it splits ("semi-final", "people's") becomes the token sequence it is split into."""
    rows: list[dict] = []
    for directory in [default_patterns_dir(), *map(Path, extra_dirs)]:
        if not directory.is_dir():
            raise PatternError(f"patterns directory {directory} does not exist")
        files = sorted(directory.glob("*.jsonl"))
        if not files:
            raise PatternError(f"patterns directory {directory} holds no *.jsonl files")
        for path in files:
            rows.extend(read_pattern_file(path))
    if tokenizer is None:
        return rows
    return [expanded for row in rows for expanded in split_words(row, tokenizer)]


def split_words(row: dict, tokenizer: Tokenizer) -> list[dict]:
    """A pattern as the tokenizer sees it: a token pattern's word that the tokenizer splits in every
    casing ("semi-final" is "semi", "-", "final") is replaced by the words it is split into, so the
    pattern can match; a list of words gives one pattern for those it splits and one for the rest. An
    optional or repeated word that is split occurs once, or (if optional) not at all."""
    pattern = row["pattern"]
    if not isinstance(pattern, list):
        return [row]
    for index, token in enumerate(pattern):
        keys = [key for key in WORD_KEYS if key in token]
        if len(keys) != 1 or set(token) - {keys[0], "OP"}:
            continue
        key, op = keys[0], token.get("OP")
        words = [token[key]] if isinstance(token[key], str) else token[key].get("IN", [])
        split = [word for word in words if isinstance(word, str) and _split(word, tokenizer)]
        if not split:
            continue
        rest = [word for word in words if word not in split]
        variants = [[{**token, key: {"IN": rest}}]] if rest else [[]] if op in ("?", "*") else []
        variants += [[{key: part.text} for part in tokenizer(word)] for word in split]
        return [
            expanded
            for tokens in variants
            for expanded in split_words({**row, "pattern": pattern[:index] + tokens + pattern[index + 1 :]}, tokenizer)
        ]
    return [row]


@lru_cache(maxsize=100_000)
def _split(word: str, tokenizer: Tokenizer) -> bool:
    """Whether the tokenizer splits a word whatever its casing ("U.S." stays whole, "semi-final" does not)."""
    return all(len(tokenizer(form)) > 1 for form in {word, word.capitalize(), word.upper(), word.title()})
