"""Input formats: text, JSON Lines, HTML pages, RSS/Atom feeds, gzip, directories, standard input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.inputs import InputOptions, format_of, iter_articles

REPORT = (
    "Leerdam wins 1000m gold\n\n"
    "Jutta Leerdam of the Netherlands won the women's 1000m speed skating in 1:12.31. "
    "Femke Kok was second in 1:12.59 and Miho Takagi of Japan third in 1:13.01."
)
RECIPE = "Preheat the oven to 200 degrees. Bake the bread for 35 minutes until golden."

PAGE = f"""<!DOCTYPE html><html><head><title>Leerdam wins gold | Sport</title>
<meta property="article:published_time" content="2026-02-15T10:00:00Z"></head>
<body><nav>Home | News | Sport</nav><article><h1>Leerdam wins 1000m gold</h1>
<p>{REPORT.split(chr(10))[2]}</p><p>The crowd in Milan cheered as the Dutch skater lifted her arms.</p></article>
<footer>Copyright 2026</footer></body></html>"""

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sport feed</title><link>https://example.org/</link>
<item><title>Leerdam wins 1000m gold</title><link>https://example.org/leerdam</link>
<guid>urn:sport:1</guid><pubDate>Sun, 15 Feb 2026 10:00:00 +0100</pubDate>
<description><![CDATA[<p>{REPORT.split(chr(10))[2]}</p>]]></description></item>
<item><title>Bread</title><link>https://example.org/bread</link><pubDate>Mon, 16 Feb 2026 09:00:00 GMT</pubDate>
<description>{RECIPE}</description></item>
<item><title>Nothing here</title><link>https://example.org/empty</link><description></description></item>
<item><title>Bad date</title><link>https://example.org/bad-date</link><pubDate>the day after the race</pubDate>
<description>&lt;p&gt;{RECIPE}&lt;/p&gt;</description></item>
<item><title>Only markup</title><link>https://example.org/markup</link>
<description>&lt;div&gt;&lt;img src="x.png"/&gt;&lt;/div&gt;</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Sport</title><id>urn:feed</id><updated>2026-02-15T12:00:00Z</updated>
<entry><title>Leerdam wins 1000m gold</title><id>urn:atom:leerdam</id><link href="https://example.org/a/leerdam"/>
<updated>2026-02-15T12:00:00Z</updated>
<content type="html">&lt;p&gt;{REPORT.split(chr(10))[2]}&lt;/p&gt;</content></entry>
</feed>"""


def write(path: Path, text: str, gz: bool = False) -> Path:
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def read(*inputs: Path | str, **options: str) -> list:
    return list(iter_articles([str(i) for i in inputs], InputOptions(**options)))


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "text"),
        ("a.txt.gz", "text"),
        ("a.jsonl", "jsonl"),
        ("a.NDJSON.gz", "jsonl"),
        ("a.html", "html"),
        ("a.htm.gz", "html"),
        ("a.xml", "feed"),
        ("a.rss", "feed"),
        ("a.atom.gz", "feed"),
        ("a.json", None),
        ("README.md", None),
    ],
)
def test_format_by_suffix(name: str, fmt: str | None) -> None:
    assert format_of(name) == fmt


@pytest.mark.parametrize("gz", [False, True])
def test_text_file(tmp_path: Path, gz: bool) -> None:
    (article,) = read(write(tmp_path / ("report.txt.gz" if gz else "report.txt"), REPORT, gz))
    assert (article.article_id, article.text, article.error) == ("report", REPORT, None)
    assert article.source.title == "Leerdam wins 1000m gold"


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_articles(tmp_path: Path, gz: bool) -> None:
    rows = [
        json.dumps({"id": 17, "text": REPORT, "title": "T", "url": "https://x/1", "published": "15 February 2026"}),
        "",
        json.dumps({"id": "b", "text": RECIPE}),
        json.dumps({"id": "c", "body": RECIPE}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": RECIPE, "published": "sometime soon"}),
    ]
    path = write(tmp_path / ("dump.jsonl.gz" if gz else "dump.jsonl"), "\n".join(rows) + "\n", gz)
    articles = read(path)
    assert [a.article_id for a in articles] == ["17", "b", "c", "dump:5", "dump:6", "dump:7"]
    first = articles[0]
    assert (first.text, first.source.title, first.source.url, first.source.published) == (
        REPORT,
        "T",
        "https://x/1",
        "2026-02-15",
    )
    assert first.source.path == str(path)
    errors = {a.article_id: a.error.message for a in articles if a.error}
    assert set(errors) == {"c", "dump:5", "dump:6"}
    assert f"{path}:4" in errors["c"] and "'text'" in errors["c"]
    assert f"{path}:5" in errors["dump:5"]
    last = articles[-1]
    assert last.error is None and last.source.published is None
    assert last.warnings and "sometime soon" in last.warnings[0]


def test_jsonl_other_field_names(tmp_path: Path) -> None:
    path = write(tmp_path / "d.jsonl", json.dumps({"uuid": 5, "body": REPORT, "id": "ignored"}) + "\n")
    (article,) = read(path, text_field="body", id_field="uuid")
    assert (article.article_id, article.text) == ("5", REPORT)


@pytest.mark.parametrize("gz", [False, True])
def test_html_page(tmp_path: Path, gz: bool) -> None:
    (article,) = read(write(tmp_path / ("page.html.gz" if gz else "page.html"), PAGE, gz))
    assert article.error is None, article.error
    assert article.article_id == "page"
    assert "Jutta Leerdam" in article.text and "1:12.31" in article.text
    assert "Copyright" not in article.text and "Home | News" not in article.text
    assert article.source.title == "Leerdam wins gold | Sport" or article.source.title.startswith("Leerdam wins")
    assert article.source.published == "2026-02-15"


def test_html_without_body_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.html", "<html><head><title>Nothing</title></head><body></body></html>")
    (article,) = read(path)
    assert article.text is None and str(path) in article.error.message


def test_rss_feed_with_broken_entries(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.xml", RSS)
    articles = read(path)
    assert [a.article_id for a in articles] == [
        "urn:sport:1",
        "https://example.org/bread",
        "https://example.org/empty",
        "https://example.org/bad-date",
        "https://example.org/markup",
    ]
    report, bread, empty, bad_date, markup = articles
    assert report.text.startswith("Leerdam wins 1000m gold\n\n") and "Miho Takagi" in report.text
    assert "<p>" not in report.text
    assert (report.source.url, report.source.title, report.source.published) == (
        "https://example.org/leerdam",
        "Leerdam wins 1000m gold",
        "2026-02-15",
    )
    assert bread.source.published == "2026-02-16" and bread.error is None
    for broken in (empty, markup):
        assert broken.text is None and "has no text" in broken.error.message and str(path) in broken.error.message
    assert bad_date.error is None and bad_date.source.published is None
    assert "the day after the race" in bad_date.warnings[0]


@pytest.mark.parametrize("gz", [False, True])
def test_atom_feed(tmp_path: Path, gz: bool) -> None:
    (article,) = read(write(tmp_path / ("feed.atom.gz" if gz else "feed.atom"), ATOM, gz))
    assert (article.article_id, article.source.url, article.source.published) == (
        "urn:atom:leerdam",
        "https://example.org/a/leerdam",
        "2026-02-15",
    )
    assert "Femke Kok" in article.text


def test_not_a_feed_is_one_error(tmp_path: Path) -> None:
    (article,) = read(write(tmp_path / "broken.xml", "Server error 500: try again later"))
    assert article.article_id == "broken" and str(tmp_path / "broken.xml") in article.error.message


def test_directory_recursive_with_glob_and_forced_format(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", REPORT)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "b.html", PAGE)
    write(tmp_path / "sub" / "c.jsonl.gz", json.dumps({"id": "c1", "text": RECIPE}) + "\n", gz=True)
    write(tmp_path / "sub" / "expected.json", "{}")
    write(tmp_path / "notes.md", "# notes")
    assert [a.article_id for a in read(tmp_path)] == ["a", "sub/b", "c1"]
    assert [a.article_id for a in read(tmp_path, glob="*.html")] == ["sub/b"]
    write(tmp_path / "page.data", PAGE)
    (forced,) = read(tmp_path / "page.data", input_format="html")
    assert "Jutta Leerdam" in forced.text


def test_repeated_ids_get_a_suffix_and_a_warning(tmp_path: Path) -> None:
    rows = [json.dumps({"id": "x", "text": RECIPE})] * 3
    path = write(tmp_path / "d.jsonl", "\n".join(rows))
    articles = read(path, path)
    assert [a.article_id for a in articles] == ["x", "x#2", "x#3", "x#4", "x#5", "x#6"]
    assert articles[0].warnings == []
    assert "'x' repeated" in articles[1].warnings[0]


def test_missing_input_is_an_error_article(tmp_path: Path) -> None:
    (article,) = read(tmp_path / "nope.jsonl")
    assert article.article_id == "nope" and "no such file" in article.error.message


def test_corrupt_gzip_is_an_error_article(tmp_path: Path) -> None:
    data = gzip.compress((json.dumps({"id": "a", "text": RECIPE}) + "\n").encode() * 50)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    articles = read(path)
    assert articles[-1].error is not None and "cannot read" in articles[-1].error.message


def test_unknown_format_is_refused() -> None:
    with pytest.raises(Exception, match="unknown input format"):
        read("-", input_format="pdf")


STDIN_CASES = {
    "text": (REPORT.encode(), ["stdin"]),
    "gzip text": (gzip.compress(REPORT.encode()), ["stdin"]),
    "jsonl": (
        (json.dumps({"id": 1, "text": REPORT}) + "\n" + json.dumps({"id": 2, "text": RECIPE}) + "\n").encode(),
        ["1", "2"],
    ),
    "gzip feed": (gzip.compress(RSS.encode()), ["urn:sport:1", "https://example.org/bread"]),
    "html": (PAGE.encode(), ["stdin"]),
}


@pytest.mark.parametrize("case", STDIN_CASES)
def test_standard_input_by_its_first_bytes(case: str) -> None:
    data, ids = STDIN_CASES[case]
    result = CliRunner().invoke(cli, ["extract", "-"], input=data)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article_id"] for r in records][: len(ids)] == ids
    assert records[0]["events"], "the race report is read from standard input"


def test_mixed_inputs_in_one_run(tmp_path: Path) -> None:
    feed = write(tmp_path / "feed.xml", RSS)
    (tmp_path / "pages").mkdir()
    write(tmp_path / "pages" / "p.html", PAGE)
    dump = write(tmp_path / "dump.jsonl.gz", json.dumps({"id": 9, "text": REPORT}) + "\n", gz=True)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(feed), str(tmp_path / "pages"), str(dump), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["article_id"] for r in records] == [
        "urn:sport:1",
        "https://example.org/bread",
        "https://example.org/empty",
        "https://example.org/bad-date",
        "https://example.org/markup",
        "p",
        "9",
    ]
    by_id = {r["article_id"]: r for r in records}
    for article_id in ("urn:sport:1", "p", "9"):
        assert by_id[article_id]["events"] and by_id[article_id]["error"] is None
    assert by_id["https://example.org/empty"]["error"]["type"] == "InputError"
    bad_date = by_id["https://example.org/bad-date"]
    assert bad_date["error"] is None and bad_date["source"]["published"] is None and bad_date["warnings"]
    assert by_id["urn:sport:1"]["source"]["published"] == "2026-02-15"
