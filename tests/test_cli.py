"""The command line: extract, check and schema, and how bad input is reported."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.models import ArticleRecord

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "leerdam-1000m.txt"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_extract_then_check_the_sample(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("extract", str(SAMPLE), "-o", str(out))
    assert result.exit_code == 0, result.output
    (record,) = lines(out)
    ArticleRecord.model_validate(record)
    assert record["article_id"] == "leerdam-1000m"
    checked = run("check", str(out), str(SAMPLE.with_suffix(".json")), "--min-f1", "1.0")
    assert checked.exit_code == 0, checked.output
    assert "micro" in checked.output


def test_check_fails_below_min_f1(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    empty = {"article_id": "leerdam-1000m", "events": []}
    out.write_text(json.dumps(empty) + "\n", encoding="utf-8")
    result = run("check", str(out), str(SAMPLE.with_suffix(".json")))
    assert result.exit_code == 1


def test_schema_is_the_record_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    assert json.loads(result.output) == ArticleRecord.model_json_schema()


@pytest.mark.parametrize("command", [[], ["extract"], ["check"], ["schema"]])
def test_help_has_an_example(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    if command:
        assert "Example:" in result.output


def test_version() -> None:
    assert run("--version").exit_code == 0


def test_stdin_gives_stdin_id() -> None:
    result = run("extract", "-", stdin=SAMPLE.read_bytes())
    assert result.exit_code == 0
    record = json.loads(result.stdout.splitlines()[0])
    assert record["article_id"] == "stdin"
    assert record["events"]


BAD_INPUTS = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 4,
    "latin1.txt": "Sk\xe5ter won in 37.04 seconds".encode("latin-1"),
    "dutch.txt": (
        b"Jutta Leerdam heeft goud gewonnen op de 1000 meter. Ze was met 1.12,31 de snelste en werd daarmee "
        b"olympisch kampioen. Femke Kok werd tweede, het brons was voor een Japanse."
    ),
    "recipe.txt": b"Preheat the oven to 200 degrees. Bake the bread for 35 minutes until golden.",
}


def test_bad_inputs_each_give_one_line_and_the_run_goes_on(tmp_path: Path) -> None:
    for name, data in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "z-sample.txt.gz").write_bytes(gzip.compress(SAMPLE.read_bytes()))
    out = tmp_path / "out.jsonl"
    result = run("extract", str(tmp_path), "-o", str(out))
    assert result.exit_code == 0, result.output
    records = {r["article_id"]: r for r in lines(out)}
    assert set(records) == {"binary", "dutch", "empty", "latin1", "recipe", "z-sample"}
    for article_id in ("binary", "empty", "latin1"):
        error = records[article_id]["error"]
        assert error is not None and article_id in error["message"]
        assert records[article_id]["events"] == []
    assert "UTF-8" in records["latin1"]["error"]["message"]
    assert records["recipe"]["error"] is None and records["recipe"]["events"] == []
    assert records["dutch"]["error"] is None and records["dutch"]["events"] == []
    assert "written in Dutch" in records["dutch"]["warnings"][0]
    assert records["z-sample"]["events"], "gzip input is read"
    assert "Traceback" not in result.output


def test_missing_input_is_an_error_record(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("extract", str(tmp_path / "nope.txt"), str(SAMPLE), "-o", str(out))
    assert result.exit_code == 0
    first, second = lines(out)
    assert first["error"]["type"] == "InputError"
    assert second["events"]


def test_unwritable_output_is_a_clean_error(tmp_path: Path) -> None:
    result = run("extract", str(SAMPLE), "-o", str(tmp_path / "no" / "such" / "dir" / "out.jsonl"))
    assert result.exit_code != 0
    assert "cannot write output file" in str(result.exception) or "cannot write" in result.output


def test_long_text_is_chunked_with_offsets_kept(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    filler = ("The weather in the city was mild and the crowd was large. " * 30 + "\n") * 70
    long_text = filler + text
    path = tmp_path / "long.txt"
    path.write_text(long_text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", str(path), "-o", str(out), "--max-chars", "50000")
    assert result.exit_code == 0, result.output
    (record,) = lines(out)
    results = record["events"][0]["results"]
    assert results
    for item in results[0]["evidence"]:
        assert long_text[item["start"] : item["end"]] == item["text"]
