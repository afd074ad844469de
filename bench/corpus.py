"""Build the benchmark feed: race reports mixed about 1 to 4 with non-sports prose available offline."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT_DIRS = (ROOT.parent / "shared" / "corpus", ROOT / "tests" / "corpus")
PROSE_PACKAGES = (
    "email",
    "http",
    "logging",
    "unittest",
    "asyncio",
    "json",
    "concurrent",
    "urllib",
    "importlib",
    "xml",
    "click",
    "pydantic",
    "spacy",
    "thinc",
    "dateparser",
    "feedparser",
    "trafilatura",
)


def reports() -> list[tuple[str, str]]:
    """The race reports of the shared and development corpora (id, text)."""
    found = []
    for directory in REPORT_DIRS:
        for path in sorted(directory.glob("*.txt")):
            found.append((path.stem, path.read_text(encoding="utf-8")))
    return found


def prose(limit: int) -> list[str]:
    """Long docstrings of installed packages: English prose about anything but races."""
    found: dict[str, None] = {}
    for package in PROSE_PACKAGES:
        names = [package]
        try:
            module = importlib.import_module(package)
            if hasattr(module, "__path__"):
                infos = pkgutil.walk_packages(module.__path__, f"{package}.", onerror=lambda name: None)
                names += [i.name for i in infos if not any(p.startswith(("_", "test")) for p in i.name.split("."))]
        except Exception:  # a package that cannot be imported offers no prose
            continue
        for name in names:
            try:
                module = importlib.import_module(name)
            except Exception:  # some submodules need optional extras
                continue
            for _, value in inspect.getmembers(module):
                doc = inspect.getdoc(value)
                if doc and len(doc) >= 250:
                    found.setdefault(doc)
            if len(found) >= limit:
                return list(found)[:limit]
    return list(found)


def build(directory: Path, races: int = 250, others: int = 1000) -> tuple[Path, Path]:
    """Write feed.jsonl (races and others mixed 1 to 4) and races.jsonl (the races alone); return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    pool = reports()
    race_rows = [{"id": f"race-{n}-{pool[n % len(pool)][0]}", "text": pool[n % len(pool)][1]} for n in range(races)]
    texts = prose(others)
    other_rows = [{"id": f"prose-{n}", "text": texts[n % len(texts)]} for n in range(others)]
    feed, alone = directory / "feed.jsonl", directory / "races.jsonl"
    with feed.open("w", encoding="utf-8") as stream:
        ratio = max(1, others // max(1, races))
        others_left = iter(other_rows)
        for row in race_rows:
            stream.write(json.dumps(row) + "\n")
            for _ in range(ratio):
                item = next(others_left, None)
                if item is not None:
                    stream.write(json.dumps(item) + "\n")
        for item in others_left:
            stream.write(json.dumps(item) + "\n")
    with alone.open("w", encoding="utf-8") as stream:
        for row in race_rows:
            stream.write(json.dumps(row) + "\n")
    return feed, alone
