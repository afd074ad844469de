"""Specification of ``extractor check``: scoring output records against expected ones."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from extractor.check import (
    FIELDS,
    CheckError,
    CheckReport,
    FieldCounts,
    compare,
    format_report,
    load_expected,
    load_output,
)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

Record = dict[str, Any]


def t(seconds: float) -> dict[str, Any]:
    """Return a time value of the given seconds."""
    minutes, rest = divmod(seconds, 60)
    text = f"{int(minutes)}:{rest:05.2f}" if minutes else f"{rest:.2f}"
    return {"text": text, "seconds": seconds, "derived": False}


def row(athlete: str, **values: Any) -> Record:
    """Return a result row; fields default to a Dutch 1000 m winner."""
    base: Record = {
        "athlete": athlete,
        "aliases": [],
        "nation": "NED",
        "rank": 1,
        "medal": "gold",
        "time": t(72.59),
        "records": [],
    }
    return base | values


def out_row(athlete: str, **values: Any) -> Record:
    """Return an output result row, with status and evidence."""
    return row(athlete, status="finished", evidence=["..."]) | values


def event(*results: Record, distance: int | None = 1000, gender: str = "women") -> Record:
    """Return an event of the given results."""
    return {
        "sport": "speed skating",
        "event": f"{gender}'s {distance}m",
        "distance_m": distance,
        "gender": gender,
        "results": list(results),
    }


def record(*events: Record, people: tuple[str, ...] = (), article_id: str = "a1") -> Record:
    """Return an article record of the given events and people."""
    return {
        "article_id": article_id,
        "source": {"title": "T", "published": "2025-01-01"},
        "events": list(events),
        "people": [{"name": name} for name in people],
    }


def output(*events: Record, article_id: str = "a1") -> Record:
    """Return an output record with the extra top-level keys."""
    return record(*events, article_id=article_id) | {
        "schema_version": 1,
        "extractor_version": "0",
        "model": "test",
        "warnings": [],
        "error": None,
    }


def counts(report: CheckReport) -> dict[str, tuple[int, int, int]]:
    """Return (tp, fp, fn) of each field of a report."""
    return {name: (c.tp, c.fp, c.fn) for name, c in report.counts.items()}


ALL_TP = dict.fromkeys(FIELDS, (1, 0, 0))
KOK = row("Femke Kok")

# (expected record, output records, (tp, fp, fn) per field that differs from
#  ALL_TP, non-competitor errors, substrings of the difference lines)
CASES = {
    "exact match": (record(event(KOK)), [output(event(out_row("Femke Kok")))], {}, 0, []),
    "missing time": (
        record(event(KOK)),
        [output(event(out_row("Femke Kok", time=None)))],
        {"time": (0, 0, 1)},
        0,
        ["a1 | women's 1000m | Femke Kok | time: expected 1:12.59, got null"],
    ),
    "wrong time": (
        record(event(KOK)),
        [output(event(out_row("Femke Kok", time=t(72.31))))],
        {"time": (0, 1, 1)},
        0,
        ["a1 | women's 1000m | Femke Kok | time: expected 1:12.59, got 1:12.31"],
    ),
    "wrong rank": (
        record(event(KOK)),
        [output(event(out_row("Femke Kok", rank=2)))],
        {"rank": (0, 1, 1)},
        0,
        ["rank: expected 1, got 2"],
    ),
    "extra medal": (
        record(event(row("Femke Kok", rank=4, medal=None))),
        [output(event(out_row("Femke Kok", rank=4, medal="bronze")))],
        {"medal": (0, 1, 0)},
        0,
        ["medal: expected null, got bronze"],
    ),
    "expected null, output null counts nothing": (
        record(event(row("Femke Kok", medal=None))),
        [output(event(out_row("Femke Kok", medal=None)))],
        {"medal": (0, 0, 0)},
        0,
        [],
    ),
    "accept null, output null": (
        record(event(row("Yui Takeda", nation="JPN", accept={"nation": ["JPN", None]}))),
        [output(event(out_row("Yui Takeda", nation=None)))],
        {"nation": (0, 0, 0)},
        0,
        [],
    ),
    "accept other value": (
        record(event(row("Anne ter Voort", rank=2, medal=None, accept={"medal": [None, "silver"]}))),
        [output(event(out_row("Anne ter Voort", rank=2, medal="silver")))],
        {},
        0,
        [],
    ),
    "value outside accept list": (
        record(event(row("Anne ter Voort", rank=2, medal=None, accept={"medal": [None, "silver"]}))),
        [output(event(out_row("Anne ter Voort", rank=2, medal="bronze")))],
        {"medal": (0, 1, 0)},
        0,
        ["medal: expected null, got bronze"],
    ),
    "field absent from expected row is not compared": (
        record(event({k: v for k, v in KOK.items() if k != "nation"})),
        [output(event(out_row("Femke Kok", nation="BEL")))],
        {"nation": (0, 0, 0)},
        0,
        [],
    ),
    "evidence, status and records are not compared": (
        record(event(KOK)),
        [output(event(out_row("Femke Kok", evidence=[], records=["WR"], status="finished")))],
        {},
        0,
        [],
    ),
    "time within 0.005 s is equal": (
        record(event(KOK)),
        [output(event(out_row("Femke Kok", time={"text": "1:12.595", "seconds": 72.595, "derived": True})))],
        {},
        0,
        [],
    ),
    "time 0.01 s apart is not equal": (
        record(event(KOK)),
        [output(event(out_row("Femke Kok", time=t(72.60))))],
        {"time": (0, 1, 1)},
        0,
        ["time: expected 1:12.59, got 1:12.60"],
    ),
    "accents and case are folded": (
        record(event(row("Maude Cloutier-Bédard"))),
        [output(event(out_row("MAUDE CLOUTIER-BEDARD")))],
        {},
        0,
        [],
    ),
    "letters without a decomposition are folded": (
        record(event(row("Kristine Sørbøe"))),
        [output(event(out_row("Kristine Sorboe")))],
        {},
        0,
        [],
    ),
    "output name is an expected alias": (
        record(event(row("Yui Takeda", aliases=["Takeda Yui", "Takeda"]))),
        [output(event(out_row("Takeda Yui")))],
        {},
        0,
        [],
    ),
    "same tokens in the other order": (
        record(event(row("Yui Takeda"))),
        [output(event(out_row("Takeda Yui")))],
        {},
        0,
        [],
    ),
    "surname only": (
        record(event(row("Yui Takeda"))),
        [output(event(out_row("Takeda")))],
        {},
        0,
        [],
    ),
    "initial and surname": (
        record(event(row("Yui Takeda"))),
        [output(event(out_row("Y. Takeda")))],
        {},
        0,
        [],
    ),
    "initial of another given name": (
        record(event(row("Yui Takeda"))),
        [output(event(out_row("R. Takeda")))],
        dict.fromkeys(FIELDS, (0, 1, 1)),
        0,
        ["Yui Takeda | missing from output", "R. Takeda | not in expected results"],
    ),
    "different person with the same surname": (
        record(event(row("Magnus Fjeldstad"))),
        [output(event(out_row("Emil Fjeldstad")))],
        dict.fromkeys(FIELDS, (0, 1, 1)),
        0,
        [
            "a1 | women's 1000m | Magnus Fjeldstad | missing from output (nation NED, rank 1,",
            "a1 | women's 1000m | Emil Fjeldstad | not in expected results (nation NED,",
        ],
    ),
    "best match wins over order": (
        record(event(row("Yui Takeda", rank=2), row("Rin Takeda", rank=1))),
        [output(event(out_row("Rin Takeda", rank=1), out_row("Yui Takeda", rank=2)))],
        dict.fromkeys(FIELDS, (2, 0, 0)),
        0,
        [],
    ),
    "missing row: accepted null field is not counted": (
        record(event(KOK, row("Yui Takeda", rank=2, medal=None, nation="JPN", accept={"nation": [None]}))),
        [output(event(out_row("Femke Kok")))],
        {"athlete": (1, 0, 1), "rank": (1, 0, 1), "time": (1, 0, 1)},
        0,
        ["Yui Takeda | missing from output (nation JPN, rank 2, time 1:12.59)"],
    ),
    "dnf row without values is not counted": (
        record(event(KOK)),
        [
            output(
                event(
                    out_row("Femke Kok"),
                    out_row("Jutta Leerdam", status="dnf", rank=None, medal=None, time=None),
                )
            )
        ],
        {},
        0,
        [],
    ),
    "dnf row with a rank is counted": (
        record(event(KOK)),
        [
            output(
                event(
                    out_row("Femke Kok"),
                    out_row("Jutta Leerdam", status="dnf", rank=20, medal=None, time=None, nation=None),
                )
            )
        ],
        {"athlete": (1, 1, 0), "rank": (1, 1, 0)},
        0,
        ["Jutta Leerdam | not in expected results (rank 20)"],
    ),
    "finished row without values is counted": (
        record(event(KOK)),
        [
            output(
                event(
                    out_row("Femke Kok"),
                    out_row("Jutta Leerdam", rank=None, medal=None, time=None, nation=None),
                )
            )
        ],
        {"athlete": (1, 1, 0)},
        0,
        ["Jutta Leerdam | not in expected results"],
    ),
    "non-competitor reported as a result": (
        record(event(KOK), people=("Karl Hofstätter",)),
        [
            output(
                event(
                    out_row("Femke Kok"),
                    out_row("Karl Hofstatter", rank=5, medal=None, time=None, nation=None),
                )
            )
        ],
        {"athlete": (1, 1, 0), "rank": (1, 1, 0)},
        1,
        ["a1 | women's 1000m | Karl Hofstatter | non-competitor reported as a result"],
    ),
    "non-competitor by surname only": (
        record(event(KOK), people=("Karl Hofstätter",)),
        [output(event(out_row("Femke Kok"), out_row("Hofstätter", rank=5, medal=None, time=None, nation=None)))],
        {"athlete": (1, 1, 0), "rank": (1, 1, 0)},
        1,
        ["Hofstätter | non-competitor reported as a result"],
    ),
    "non-competitor with dns and no values is not counted": (
        record(event(KOK), people=("Jutta Leerdam",)),
        [
            output(
                event(
                    out_row("Femke Kok"),
                    out_row("Jutta Leerdam", status="dns", rank=None, medal=None, time=None),
                )
            )
        ],
        {},
        0,
        [],
    ),
    "non-competitor is not paired with a result it matches less well": (
        record(event(row("Emil")), people=("Emil Vikström",)),
        [output(event(out_row("Emil Vikström")))],
        dict.fromkeys(FIELDS, (0, 1, 1)),
        1,
        ["Emil | missing from output", "Emil Vikström | non-competitor reported as a result"],
    ),
    "first name only matches the full name": (
        record(event(row("Emil"))),
        [output(event(out_row("Emil Fjeldstad")))],
        {},
        0,
        [],
    ),
    "non-competitor in an unexpected event": (
        record(event(KOK), people=("Jutta Leerdam",)),
        [
            output(
                event(out_row("Femke Kok")),
                event(out_row("Jutta Leerdam", medal=None, time=None, nation=None), distance=500),
            )
        ],
        {"athlete": (1, 1, 0), "rank": (1, 1, 0)},
        1,
        [
            "a1 | women's 500m | event not expected (results: 1)",
            "a1 | women's 500m | Jutta Leerdam | non-competitor",
        ],
    ),
    "unpaired events": (
        record(event(KOK)),
        [output(event(out_row("Femke Kok"), gender="men"))],
        dict.fromkeys(FIELDS, (0, 1, 1)),
        0,
        [
            "a1 | women's 1000m | event missing from output (results: 1)",
            "a1 | men's 1000m | event not expected (results: 1)",
        ],
    ),
    "events paired by key in order": (
        record(event(row("Femke Kok", rank=1)), event(row("Yui Takeda", rank=1))),
        [output(event(out_row("Femke Kok", rank=1)), event(out_row("Yui Takeda", rank=1)))],
        dict.fromkeys(FIELDS, (2, 0, 0)),
        0,
        [],
    ),
    "an expected event without a distance pairs with any distance": (
        record({k: v for k, v in event(KOK).items() if k != "distance_m"}),
        [output(event(out_row("Femke Kok"), distance=400))],
        dict.fromkeys(FIELDS, (1, 0, 0)),
        0,
        [],
    ),
    "events with the same key pair by the people they share": (
        record(event(row("Femke Kok")), event(row("Yui Takeda"))),
        [output(event(out_row("Yui Takeda")), event(out_row("Femke Kok")))],
        dict.fromkeys(FIELDS, (2, 0, 0)),
        0,
        [],
    ),
    "events matched despite an extra output event first": (
        record(event(KOK, distance=1500)),
        [output(event(out_row("Yui Takeda"), distance=500), event(out_row("Femke Kok"), distance=1500))],
        dict.fromkeys(FIELDS, (1, 1, 0)),
        0,
        ["a1 | women's 500m | event not expected (results: 1)"],
    ),
    "expected event without results key compares no results": (
        record({k: v for k, v in event(KOK).items() if k != "results"}),
        [output(event(out_row("Yui Takeda")))],
        dict.fromkeys(FIELDS, (0, 0, 0)),
        0,
        [],
    ),
    "expected record without events key compares no events": (
        {k: v for k, v in record(event(KOK)).items() if k != "events"},
        [output(event(out_row("Yui Takeda")))],
        dict.fromkeys(FIELDS, (0, 0, 0)),
        0,
        [],
    ),
    "article with no events and output with none": (
        record(),
        [output()],
        dict.fromkeys(FIELDS, (0, 0, 0)),
        0,
        [],
    ),
    "missing output record": (
        record(event(KOK, row("Yui Takeda", rank=2, medal="silver"))),
        [output(event(out_row("Femke Kok")), article_id="other")],
        dict.fromkeys(FIELDS, (0, 0, 2)),
        0,
        ["a1 | no output record"],
    ),
}


@pytest.mark.parametrize(
    ("expected", "outputs", "changed", "non_competitors", "differences"),
    CASES.values(),
    ids=CASES.keys(),
)
def test_compare(
    expected: Record,
    outputs: list[Record],
    changed: dict[str, tuple[int, int, int]],
    non_competitors: int,
    differences: list[str],
) -> None:
    report = compare(outputs, [expected])
    assert counts(report) == ALL_TP | changed
    assert report.non_competitors == non_competitors
    assert len(report.differences) == len(differences), report.differences
    for wanted, line in zip(differences, report.differences, strict=True):
        assert wanted in line
        assert line.startswith(expected["article_id"] + " | ")


def test_exact_match_scores_one_everywhere() -> None:
    report = compare([output(event(out_row("Femke Kok")))], [record(event(KOK))])
    for name in (*FIELDS, "micro"):
        assert report.precision(name) == report.recall(name) == report.f1(name) == 1.0
    assert report.micro_f1 == 1.0
    assert report.differences == []


def test_output_for_unexpected_article_is_ignored() -> None:
    outputs = [output(event(out_row("Femke Kok"))), output(event(out_row("X Y")), article_id="b")]
    report = compare(outputs, [record(event(KOK))])
    assert counts(report) == ALL_TP
    assert (report.articles, report.missing_articles) == (1, 0)


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "precision", "recall", "f1"),
    [
        (3, 1, 2, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
        (0, 0, 0, 1.0, 1.0, 1.0),
        (0, 0, 4, 1.0, 0.0, 0.0),
        (0, 2, 0, 0.0, 1.0, 0.0),
        (0, 2, 3, 0.0, 0.0, 0.0),
    ],
)
def test_field_metrics(tp: int, fp: int, fn: int, precision: float, recall: float, f1: float) -> None:
    c = FieldCounts(tp, fp, fn)
    assert (c.precision, c.recall, c.f1) == pytest.approx((precision, recall, f1))


def test_micro_sums_all_fields() -> None:
    report = CheckReport()
    report.counts["athlete"] = FieldCounts(4, 0, 0)
    report.counts["time"] = FieldCounts(0, 2, 2)
    assert report.micro == FieldCounts(4, 2, 2)
    assert report.micro_f1 == pytest.approx(2 / 3)
    assert report.f1("micro") == report.micro_f1
    assert report.f1("time") == 0.0


def test_format_report() -> None:
    report = compare(
        [output(event(out_row("Femke Kok", rank=2)))],
        [record(event(KOK)), record(article_id="a2")],
    )
    text = format_report(report, title="corpus")
    lines = text.splitlines()
    assert lines[0] == "corpus"
    assert lines[1].split() == ["field", "tp", "fp", "fn", "precision", "recall", "F1"]
    assert lines[2].split() == ["athlete", "1", "0", "0", "1.000", "1.000", "1.000"]
    assert lines[4].split() == ["rank", "0", "1", "1", "0.000", "0.000", "0.000"]
    assert lines[7].split() == ["micro", "4", "1", "1", "0.800", "0.800", "0.800"]
    assert "articles compared: 2 (1 without an output record)" in text
    assert "non-competitors reported as results: 0" in text
    assert "  a1 | women's 1000m | Femke Kok | rank: expected 1, got 2" in lines
    assert "  a2 | no output record" in lines
    assert format_report(report).splitlines()[0].split()[0] == "field"


def write(path: Path, text: str) -> Path:
    """Write text to a path and return the path."""
    path.write_text(text, encoding="utf-8")
    return path


def test_load_expected_json_jsonl_and_directories(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder / "b.json", json.dumps(record(article_id="b")))
    write(folder / "a.json", json.dumps(record(article_id="a")))
    write(folder / "a.txt", "not a record")
    single = write(tmp_path / "c.json", json.dumps(record(article_id="c")))
    lines = write(
        tmp_path / "d.jsonl",
        json.dumps(record(article_id="d")) + "\n\n" + json.dumps(record(article_id="e")) + "\n",
    )
    records = load_expected([folder, single, lines])
    assert [r["article_id"] for r in records] == ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.json", "{", "bad.json: invalid JSON"),
        ("list.json", "[]", "list.json: not a JSON object"),
        ("noid.json", "{}", "noid.json: record has no string article_id"),
        ("bad.jsonl", '{"article_id": "a"}\n{"article_id": \n', "bad.jsonl:2: invalid JSON"),
    ],
)
def test_load_expected_errors(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = write(tmp_path / name, text)
    with pytest.raises(CheckError, match=re.escape(message)):
        load_expected([path])


def test_load_expected_missing_file_and_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(CheckError, match=re.escape("nothere.json: no such file")):
        load_expected([tmp_path / "nothere.json"])
    with pytest.raises(CheckError, match=re.escape("no .json files")):
        load_expected([tmp_path])


def test_load_output(tmp_path: Path) -> None:
    path = write(
        tmp_path / "out.jsonl",
        "\n" + json.dumps(output()) + "\n   \n" + json.dumps(output(article_id="b")) + "\n",
    )
    assert [r["article_id"] for r in load_output(path)] == ["a1", "b"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"article_id": "a"}\n\nnot json\n', "out.jsonl:3: invalid JSON"),
        ('{"article_id": "a"}\n[1]\n', "out.jsonl:2: not a JSON object"),
        ('{"article_id": 3}\n', "out.jsonl:1: record has no string article_id"),
    ],
)
def test_load_output_errors(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "out.jsonl", text)
    with pytest.raises(CheckError, match=re.escape(message)):
        load_output(path)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not beside the checkout")
def test_corpus_compared_with_itself_is_perfect() -> None:
    expected = load_expected([CORPUS])
    assert len(expected) == len(list(CORPUS.glob("*.json")))
    report = compare(expected, expected)
    assert report.differences == []
    assert report.non_competitors == 0
    assert report.micro_f1 == 1.0
    assert report.counts["athlete"].tp > 0
