"""Golden record: the seed report gives exactly the expected results, and nothing it must not."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.check import compare

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_sample_matches_expected_record(record_of) -> None:
    record = record_of((SAMPLES / "leerdam-1000m.txt").read_text(encoding="utf-8"))
    record["article_id"] = "leerdam-1000m"
    expected = json.loads((SAMPLES / "leerdam-1000m.json").read_text(encoding="utf-8"))
    report = compare([record], [expected])
    assert report.micro_f1 == 1.0, report.differences
    assert report.non_competitors == 0


def test_sample_details(record_of) -> None:
    record = record_of((SAMPLES / "leerdam-1000m.txt").read_text(encoding="utf-8"))
    (event,) = record["events"]
    assert (event["sport"], event["distance_m"], event["gender"], event["field_size"]) == (
        "speed skating",
        1000,
        "women",
        30,
    )
    by_name = {r["athlete"]: r for r in event["results"]}
    assert by_name["Ellia Smeding"]["time"] == {"text": "1:15.83", "seconds": 75.83, "derived": True}
    assert by_name["Tigaki Miho"]["time"] is None, "'nearly a second slower' is approximate"
    assert "Jake Paul" not in by_name
    assert "Jake Paul" in {p["name"] for p in record["people"]}
    assert all(r["time"] is None or r["time"]["seconds"] > 60 for r in event["results"]), "the lap is nobody's time"


def test_evidence_points_into_the_text(record_of) -> None:
    text = (SAMPLES / "leerdam-1000m.txt").read_text(encoding="utf-8")
    record = record_of(text)
    for result in record["events"][0]["results"]:
        for item in result["evidence"]:
            assert text[item["start"] : item["end"]] == item["text"]
