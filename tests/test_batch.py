"""Batch runs: output written line by line, errors file, resume after a kill, summary and progress."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import api
from extractor.api import Article, extract_many
from extractor.batch import Summary, run
from extractor.cli import cli
from extractor.errors import ExtractorError
from extractor.inputs import iter_articles
from extractor.models import ArticleRecord, Source
from extractor.progress import Progress
from extractor.resume import completed_ids

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))[::6]  # a spread of the dev corpus
EXTRACTOR = Path(sys.executable).parent / "extractor"


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_dump(path: Path, copies: int, broken: int = 0) -> Path:
    """A JSON Lines dump of the dev corpus texts, `copies` times over, with `broken` articles lacking text."""
    with path.open("w", encoding="utf-8") as stream:
        for copy in range(copies):
            for text_path in CORPUS:
                text = text_path.read_text(encoding="utf-8")
                stream.write(json.dumps({"id": f"{copy}-{text_path.stem}", "text": text}) + "\n")
        for number in range(broken):
            stream.write(json.dumps({"id": f"broken-{number}", "text": ""}) + "\n")
    return path


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        (b"", b""),
        (b'{"article_id": "a"}\n', b'{"article_id": "a"}\n'),
        (b'{"article_id": "a"}\n{"article_id": "b"', b'{"article_id": "a"}\n'),
        (b'{"article_id": "a"}\n{"article_id": "b"}\n{"art', b'{"article_id": "a"}\n{"article_id": "b"}\n'),
        (b'{"arti', b""),
    ],
)
def test_resume_drops_a_torn_last_line(tmp_path: Path, content: bytes, kept: bytes) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(content)
    assert completed_ids(path) == {json.loads(line)["article_id"] for line in kept.splitlines()}
    assert path.read_bytes() == kept


def test_a_broken_line_inside_the_output_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"article_id": "a"}\nnot json\n{"article_id": "b"}\n')
    with pytest.raises(ExtractorError, match="line 2"):
        completed_ids(path)


def test_resume_needs_an_output_file() -> None:
    result = CliRunner().invoke(cli, ["extract", "--resume", str(CORPUS[0])])
    assert result.exit_code != 0
    assert "--resume needs an output file" in str(result.exception)


def test_errors_file_summary_and_resume_in_process(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    with dump.open("w", encoding="utf-8") as stream:
        for number, text_path in enumerate(CORPUS[:4]):
            stream.write(json.dumps({"id": number, "text": text_path.read_text(encoding="utf-8")}) + "\n")
            stream.write(json.dumps({"id": f"bad{number}", "text": None}) + "\n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["extract", str(dump), "-o", str(out), "--errors", str(errors)]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert [r["article_id"] for r in records(out)] == ["0", "1", "2", "3"]
    assert [r["article_id"] for r in records(errors)] == ["bad0", "bad1", "bad2", "bad3"]
    assert "8 articles read" in first.stderr and "4 errors" in first.stderr
    assert "\r" not in first.stderr, "no progress line when standard error is not a terminal"
    whole_out, whole_errors = out.read_bytes(), errors.read_bytes()
    lines = whole_out.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:2]) + lines[2][:25])
    errors.write_bytes(b"".join(whole_errors.splitlines(keepends=True)[:1]))
    second = CliRunner().invoke(cli, [*args, "--resume"])
    assert second.exit_code == 0, second.output
    assert "3 skipped as already done" in second.stderr
    assert out.read_bytes() == whole_out and errors.read_bytes() == whole_errors
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0 and out.read_bytes() == whole_out, "without --resume the output is replaced"


def test_summary_counts() -> None:
    summary = Summary()
    base = {"extractor_version": "0", "model": "m"}
    summary.add(ArticleRecord(article_id="a", **base))
    summary.add(ArticleRecord(article_id="b", error={"type": "InputError", "message": "x"}, **base))
    assert (summary.read, summary.with_events, summary.without, summary.errors) == (2, 0, 1, 1)
    assert summary.line().startswith("2 articles read, 0 with events, 1 without, 1 errors in ")


def test_progress_line_on_a_terminal() -> None:
    leader, follower = os.openpty()
    with os.fdopen(follower, "w") as terminal:
        progress = Progress(terminal)
        summary = Summary()
        record = ArticleRecord(article_id="a", extractor_version="0", model="m")
        summary.add(record)
        progress.update(record, summary)
        progress.close()
        shown = os.read(leader, 4096).decode()
    os.close(leader)
    assert "1 articles," in shown and "articles/s" in shown and "0 errors" in shown


def test_run_api_writes_what_it_counts(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = run(iter_articles([str(p) for p in CORPUS[:3]]), output=out)
    assert summary.read == len(records(out)) == 3


def test_killed_run_resumes_to_the_same_output(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", copies=1, broken=3)
    total = len(CORPUS) + 3
    whole = tmp_path / "whole.jsonl"
    done = CliRunner().invoke(cli, ["extract", str(dump), "-o", str(whole)])
    assert done.exit_code == 0, done.output
    assert len(records(whole)) == total

    out = tmp_path / "out.jsonl"
    command = [str(EXTRACTOR), "extract", str(dump), "-o", str(out), "--workers", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the run ended before it could be killed: give it more articles"
    process.send_signal(signal.SIGKILL)
    process.wait()
    written = out.read_bytes().count(b"\n")
    assert 3 <= written < total
    with out.open("ab") as stream:
        stream.write(b'{"schema_version": "1.0", "article_id": "half')

    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{written} skipped as already done" in resumed.stderr
    assert out.read_bytes() == whole.read_bytes()


def test_two_workers_give_the_same_records_in_input_order(tmp_path: Path) -> None:
    articles = [str(p) for p in CORPUS[:5]] + [str(tmp_path / "missing.txt"), str(CORPUS[5])]
    one = [r.model_dump() for r in extract_many(iter_articles(articles), workers=1)]
    two = [r.model_dump() for r in extract_many(iter_articles(articles), workers=2, batch_size=3)]
    assert one == two
    assert [r["article_id"] for r in two] == [p.stem for p in CORPUS[:5]] + ["missing", CORPUS[5].stem]
    assert two[5]["error"] is not None


def test_words_are_kept_only_during_the_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """After the warm-up, batches run in memory zones: the words they bring leave the vocabulary."""
    monkeypatch.setattr(api, "WARMUP_ARTICLES", 1)
    extractor = api.BatchExtractor(api.DEFAULT_MODEL, ())
    strings = extractor.nlp.vocab.strings

    def article(word: str) -> Article:
        return Article(article_id=word, text=f"The {word} is here.", source=Source())

    extractor([article("zqxwarmword")])
    extractor([article("zqxzoneword")])
    assert "zqxwarmword" in strings
    assert "zqxzoneword" not in strings


def test_an_article_that_breaks_the_pipeline_is_an_error_record_naming_why(monkeypatch) -> None:
    """The batch is redone article by article; the failing one says what failed, the others are unharmed."""
    from extractor import pipeline

    assemble = pipeline.assemble_record

    def fragile(doc, signals, mentions):
        if "BOOM" in doc.text:
            raise ValueError("the assembler tripped")
        return assemble(doc, signals, mentions)

    monkeypatch.setattr(pipeline, "assemble_record", fragile)
    text = CORPUS[0].read_text(encoding="utf-8")
    pairs = [("a", text), ("b", text + " BOOM"), ("c", text)]
    articles = [Article(article_id=name, text=body, source=Source()) for name, body in pairs]
    out = list(extract_many(articles))
    assert [r.error.message if r.error else None for r in out] == [None, "b: the assembler tripped", None]
    assert out[0].events == out[2].events != []
