"""Compare extractor output records with expected records (``extractor check``).

Scoring counts true positives (tp), false positives (fp) and false negatives
(fn) for five fields: ``athlete``, ``nation``, ``rank``, ``medal`` and ``time``.

Records
    Output and expected records are paired by ``article_id``. An expected
    record without an output record counts every expected value as missed (see
    *unmatched expected row* below). Output records for articles that are not
    expected are ignored. Expected records are partial: a key they leave out
    (``events``, an event's ``results``, ``people``, a result field) is not
    compared. ``evidence`` and every other key is never compared.

Events
    Within an article, events are paired by (``distance_m``, ``gender``) in
    order: each expected event takes the first unpaired output event with the
    same key (a key the expected event leaves out, such as the ``distance_m``
    of a relay whose distance the writer left open, matches any value). The
    results of an expected event left without a partner are all
    unmatched expected rows; the rows of an output event left without a partner
    are all unmatched output rows.

Names
    A name is folded by casefolding, NFKD-decomposing and dropping combining
    marks (plus ``ø``, ``ł``, ``æ`` and a few other letters that do not
    decompose), then splitting on non-letters into tokens. An output row and an
    expected row match, strongest first, when their athletes fold to the same
    string; when the athlete of one folds to an alias of the other; or when the
    athlete tokens of one are all among the athlete and alias tokens of the
    other (a one-letter token stands for the initial of one of the other's
    remaining tokens: ``Y. Takeda`` is ``Yui Takeda``, not ``Rin Takeda``). Rows
    are paired greedily, best match first, each row used once. An output row is
    not paired with an expected row that it matches less well than it matches
    a name in the expected ``people``.

Matched rows
    The athlete counts one tp. Each of ``nation``, ``rank``, ``medal`` and
    ``time`` present in the expected row is correct when the output value
    equals the expected value or a value in the expected row's ``accept`` list
    for that field; times are equal when both are null or their ``seconds``
    differ by at most 0.005 (``text`` and ``derived`` are ignored). A correct
    non-null output value counts one tp; a correct null counts nothing. A wrong
    value counts one fn if the expected value is non-null and one fp if the
    output value is non-null, and is listed as a difference.

Unmatched expected row
    One fn for the athlete and one for each non-null expected field, except a
    field whose ``accept`` list contains null.

Unmatched output row
    A row with no rank, medal or time and a ``status`` of dnf, dq or dns is not
    compared. Any other counts one fp for the athlete and one for each non-null
    field; if its name matches a name in the expected ``people`` (same
    matching) it is also a non-competitor error.

Metrics
    precision = tp / (tp + fp), recall = tp / (tp + fn), each 1.0 when its
    denominator is 0; F1 is their harmonic mean (0.0 when both are 0). The
    micro average sums the counts of all five fields.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ExtractorError
from .folding import fold

FIELDS = ("athlete", "nation", "rank", "medal", "time")
VALUE_FIELDS = ("nation", "rank", "medal", "time")
TIME_TOLERANCE = 0.005
NOT_COMPARED_STATUSES = frozenset({"dnf", "dq", "dns"})

_FLOAT_SLACK = 1e-9
_LETTERS = re.compile(r"[^\W\d_]+")

Record = dict[str, Any]
Score = tuple[int, float]
_NO_MATCH: Score = (0, 0.0)


class CheckError(ExtractorError):
    """An expected or output file that cannot be read or is not valid."""


@dataclass
class FieldCounts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Return tp / (tp + fp), or 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Return tp / (tp + fn), or 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class CheckReport:
    """Counts per field, differences and non-competitor errors of a comparison."""

    counts: dict[str, FieldCounts] = field(default_factory=lambda: {name: FieldCounts() for name in FIELDS})
    differences: list[str] = field(default_factory=list)
    articles: int = 0
    missing_articles: int = 0
    non_competitors: int = 0

    @property
    def micro(self) -> FieldCounts:
        """Return the counts summed over all five fields."""
        counts = self.counts.values()
        return FieldCounts(
            tp=sum(c.tp for c in counts),
            fp=sum(c.fp for c in counts),
            fn=sum(c.fn for c in counts),
        )

    def field_counts(self, name: str) -> FieldCounts:
        """Return the counts of a field, or of all fields for ``"micro"``."""
        return self.micro if name == "micro" else self.counts[name]

    def precision(self, name: str) -> float:
        """Return the precision of a field (or ``"micro"``)."""
        return self.field_counts(name).precision

    def recall(self, name: str) -> float:
        """Return the recall of a field (or ``"micro"``)."""
        return self.field_counts(name).recall

    def f1(self, name: str) -> float:
        """Return the F1 of a field (or ``"micro"``)."""
        return self.field_counts(name).f1

    @property
    def micro_f1(self) -> float:
        """Return the F1 micro-averaged over all five fields."""
        return self.micro.f1


# Loading


def load_expected(paths: Iterable[Path]) -> list[Record]:
    """Read expected records from .json files, .jsonl files and directories of .json."""
    records: list[Record] = []
    for path in paths:
        if path.is_dir():
            files = sorted(path.glob("*.json"))
            if not files:
                raise CheckError(f"{path}: directory has no .json files")
            records.extend(_read_json(file) for file in files)
        elif path.suffix == ".jsonl":
            records.extend(_read_jsonl(path))
        else:
            records.append(_read_json(path))
    return records


def load_output(path: Path) -> list[Record]:
    """Read extractor output records, one JSON object per line."""
    return _read_jsonl(path)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CheckError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CheckError(f"{path}: cannot read: {error}") from None


def _read_json(path: Path) -> Record:
    try:
        value = json.loads(_read_text(path))
    except json.JSONDecodeError as error:
        raise CheckError(f"{path}: invalid JSON: {error}") from None
    return _as_record(value, str(path))


def _read_jsonl(path: Path) -> list[Record]:
    records = []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise CheckError(f"{where}: invalid JSON: {error}") from None
        records.append(_as_record(value, where))
    return records


def _as_record(value: object, where: str) -> Record:
    if not isinstance(value, dict):
        raise CheckError(f"{where}: not a JSON object")
    if not isinstance(value.get("article_id"), str):
        raise CheckError(f"{where}: record has no string article_id")
    return value


# Names


@dataclass(frozen=True)
class _Name:
    """A folded athlete name with its aliases."""

    full: str
    forms: frozenset[str]
    tokens: frozenset[str]
    all_tokens: frozenset[str]


def _fold_tokens(text: str) -> list[str]:
    return _LETTERS.findall(fold(text))


def _name(athlete: object, aliases: object = ()) -> _Name:
    main = _fold_tokens(athlete) if isinstance(athlete, str) else []
    others = [_fold_tokens(alias) for alias in (aliases if isinstance(aliases, list) else []) if isinstance(alias, str)]
    tokens = frozenset(main)
    return _Name(
        full=" ".join(main),
        forms=frozenset(" ".join(form) for form in [main, *others] if form),
        tokens=tokens,
        all_tokens=tokens.union(*others),
    )


def _row_name(row: Record) -> _Name:
    return _name(row.get("athlete"), row.get("aliases"))


def _covered(tokens: frozenset[str], by: frozenset[str]) -> bool:
    """Tell whether all tokens are in ``by``, one-letter ones as initials of the rest."""
    words = {token for token in tokens if len(token) > 1}
    if not words or not words <= by:
        return False
    rest = by - words
    return all(any(other.startswith(initial) for other in rest) for initial in tokens - words)


def _match_score(a: _Name, b: _Name) -> Score:
    """Score how well two names match; (0, 0.0) means they do not."""
    if not a.full or not b.full:
        return _NO_MATCH
    overlap = len(a.tokens & b.tokens) / len(a.tokens | b.tokens)
    if a.full == b.full:
        return (3, overlap)
    if a.full in b.forms or b.full in a.forms:
        return (2, overlap)
    if _covered(a.tokens, b.all_tokens) or _covered(b.tokens, a.all_tokens):
        return (1, overlap)
    return _NO_MATCH


# Comparison


@dataclass
class _Article:
    """The comparison of one article, adding to a shared report."""

    report: CheckReport
    article_id: str
    people: list[_Name]

    def add(self, name: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        counts = self.report.counts[name]
        counts.tp += tp
        counts.fp += fp
        counts.fn += fn

    def note(self, *parts: str) -> None:
        self.report.differences.append(" | ".join([self.article_id, *parts]))

    def people_score(self, row: Record) -> Score:
        name = _row_name(row)
        return max((_match_score(person, name) for person in self.people), default=_NO_MATCH)

    def compare_events(self, expected: list[Record], output: list[Record]) -> None:
        unpaired = list(output)
        for event in expected:
            candidates = [o for o in unpaired if _same_event(event, o)]
            partner = max(candidates, key=lambda o: _shared_names(event, o), default=None)
            if partner is None:
                self.missing_event(event)
                continue
            unpaired.remove(partner)
            if "results" in event:
                self.compare_results(_label(event), _results(event), _results(partner))
        for event in unpaired:
            self.unexpected_event(event)

    def missing_event(self, event: Record) -> None:
        results = _results(event)
        self.note(_label(event), f"event missing from output (results: {len(results)})")
        for row in results:
            self.count_missing(row)

    def unexpected_event(self, event: Record) -> None:
        rows = [row for row in _results(event) if not _not_compared(row)]
        self.note(_label(event), f"event not expected (results: {len(rows)})")
        for row in rows:
            self.count_unexpected(row)
            if self.people_score(row) > _NO_MATCH:
                self.non_competitor(_label(event), row)

    def compare_results(self, label: str, expected: list[Record], output: list[Record]) -> None:
        pairs = _pair_rows(expected, output, [self.people_score(row) for row in output])
        for i, j in pairs:
            self.compare_row(label, expected[i], output[j])
        expected_done = {i for i, _ in pairs}
        output_done = {j for _, j in pairs}
        for i, row in enumerate(expected):
            if i not in expected_done:
                self.count_missing(row)
                self.note(label, _athlete(row), f"missing from output{_describe(row)}")
        for j, row in enumerate(output):
            if j in output_done or _not_compared(row):
                continue
            self.count_unexpected(row)
            if self.people_score(row) > _NO_MATCH:
                self.non_competitor(label, row)
            else:
                self.note(label, _athlete(row), f"not in expected results{_describe(row)}")

    def compare_row(self, label: str, expected: Record, output: Record) -> None:
        self.add("athlete", tp=1)
        accept = expected.get("accept") or {}
        for name in VALUE_FIELDS:
            if name not in expected:
                continue
            wanted, got = expected[name], output.get(name)
            candidates = [wanted, *(accept.get(name) or [])]
            if any(_same(name, got, candidate) for candidate in candidates):
                self.add(name, tp=int(got is not None))
                continue
            self.add(name, fn=int(wanted is not None), fp=int(got is not None))
            self.note(
                label,
                _athlete(expected),
                f"{name}: expected {_show(name, wanted)}, got {_show(name, got)}",
            )

    def count_missing(self, row: Record) -> None:
        self.add("athlete", fn=1)
        accept = row.get("accept") or {}
        for name in VALUE_FIELDS:
            if row.get(name) is not None and None not in (accept.get(name) or []):
                self.add(name, fn=1)

    def count_unexpected(self, row: Record) -> None:
        self.add("athlete", fp=1)
        for name in VALUE_FIELDS:
            if row.get(name) is not None:
                self.add(name, fp=1)

    def non_competitor(self, label: str, row: Record) -> None:
        self.report.non_competitors += 1
        self.note(label, _athlete(row), "non-competitor reported as a result")


def compare(outputs: list[Record], expected: list[Record]) -> CheckReport:
    """Compare output records with expected records, pairing them by article_id."""
    report = CheckReport()
    by_id: dict[str, Record] = {}
    for record in outputs:
        by_id.setdefault(record.get("article_id", ""), record)
    for wanted in expected:
        report.articles += 1
        article_id = wanted["article_id"]
        article = _Article(
            report,
            article_id,
            [_name(person.get("name")) for person in wanted.get("people") or []],
        )
        got = by_id.get(article_id)
        if got is None:
            report.missing_articles += 1
            article.note("no output record")
            for event in wanted.get("events") or []:
                for row in _results(event):
                    article.count_missing(row)
        elif "events" in wanted:
            article.compare_events(wanted["events"] or [], got.get("events") or [])
    return report


def _pair_rows(expected: list[Record], output: list[Record], people_scores: list[Score]) -> list[tuple[int, int]]:
    """Pair expected and output rows by name, best match first, each row once."""
    expected_names = [_row_name(row) for row in expected]
    output_names = [_row_name(row) for row in output]
    candidates = []
    for i, wanted in enumerate(expected_names):
        for j, got in enumerate(output_names):
            score = _match_score(wanted, got)
            if score > _NO_MATCH and score >= people_scores[j]:
                candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0][0], -c[0][1], c[1], c[2]))
    pairs: list[tuple[int, int]] = []
    used_expected: set[int] = set()
    used_output: set[int] = set()
    for _, i, j in candidates:
        if i not in used_expected and j not in used_output:
            pairs.append((i, j))
            used_expected.add(i)
            used_output.add(j)
    return sorted(pairs)


def _same_event(expected: Record, output: Record) -> bool:
    """Whether an output event has the expected event's distance_m and gender (a key it leaves out matches any)."""
    return all(output.get(key) == expected[key] for key in ("distance_m", "gender") if key in expected)


def _shared_names(expected: Record, output: Record) -> int:
    """How many of an expected event's rows name someone the output event has a row for (of two events with one
    key, a regatta's single sculls and eight both men's 2000m, the one with the same people is the partner)."""
    names = [_row_name(row) for row in _results(output)]
    return sum(any(_match_score(_row_name(row), name) > _NO_MATCH for name in names) for row in _results(expected))


def _results(event: Record) -> list[Record]:
    return event.get("results") or []


def _label(event: Record) -> str:
    if event.get("event"):
        return str(event["event"])
    distance = event.get("distance_m")
    parts = [str(event.get("gender") or "?"), *([f"{distance}m"] if distance else [])]
    return " ".join(parts)


def _athlete(row: Record) -> str:
    return str(row.get("athlete") or "?")


def _not_compared(row: Record) -> bool:
    """Tell whether an output row is a dnf/dq/dns without rank, medal or time."""
    return row.get("status") in NOT_COMPARED_STATUSES and all(
        row.get(name) is None for name in ("rank", "medal", "time")
    )


def _same(name: str, a: object, b: object) -> bool:
    if name == "time" and isinstance(a, dict) and isinstance(b, dict):
        sa, sb = a.get("seconds"), b.get("seconds")
        if isinstance(sa, (int, float)) and isinstance(sb, (int, float)):
            return abs(sa - sb) <= TIME_TOLERANCE + _FLOAT_SLACK
        return a.get("text") == b.get("text")
    return a == b


def _show(name: str, value: object) -> str:
    if value is None:
        return "null"
    if name == "time" and isinstance(value, dict):
        return str(value.get("text") or value.get("seconds"))
    return str(value)


def _describe(row: Record) -> str:
    values = [f"{name} {_show(name, row.get(name))}" for name in VALUE_FIELDS if row.get(name) is not None]
    return f" ({', '.join(values)})" if values else ""


# Report


def format_report(report: CheckReport, title: str | None = None) -> str:
    """Format a report as a plain-text table followed by the differences."""
    lines = [title] if title else []
    lines.append(f"{'field':<8} {'tp':>6} {'fp':>6} {'fn':>6} {'precision':>9} {'recall':>6} {'F1':>6}")
    for name in (*FIELDS, "micro"):
        c = report.field_counts(name)
        lines.append(f"{name:<8} {c.tp:>6} {c.fp:>6} {c.fn:>6} {c.precision:>9.3f} {c.recall:>6.3f} {c.f1:>6.3f}")
    lines.append(f"articles compared: {report.articles} ({report.missing_articles} without an output record)")
    lines.append(f"non-competitors reported as results: {report.non_competitors}")
    if report.differences:
        lines.append(f"differences ({len(report.differences)}):")
        lines.extend(f"  {line}" for line in report.differences)
    return "\n".join(lines)
