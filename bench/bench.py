"""`make bench`: the extractor against the bare spaCy model, whole-command wall times, workers and memory."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from corpus import build

from extractor.api import extract_many
from extractor.inputs import iter_articles

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "bench"
EXTRACTOR = str(Path(sys.executable).parent / "extractor")


def best_of_two(command: list[str]) -> tuple[float, float]:
    """The wall time and CPU time (user + system, all processes) of the faster of two runs of a whole command."""
    runs = []
    for _ in range(2):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        runs.append((wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
    return min(runs)


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (or peak, with VmHWM) in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def memory(feed: Path) -> tuple[float, float, float]:
    """Memory after article 1,000, at the end, and the peak, for one worker run in this process."""
    after = 0.0
    for number, _ in enumerate(extract_many(iter_articles([str(feed)]), workers=1), start=1):
        if number == 1000:
            after = rss_mb()
    return after, rss_mb(), rss_mb("VmHWM")


def peak_worker_mb(feed: Path, workers: int) -> float:
    """The largest peak resident memory among the processes of an `extractor extract` run."""
    process = subprocess.Popen(
        [EXTRACTOR, "extract", str(feed), "-o", str(BUILD / "peak.jsonl"), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024


def sizes(path: Path) -> tuple[int, int]:
    """Articles and words in a JSON Lines file."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return len(rows), sum(len(row["text"].split()) for row in rows)


def main() -> None:
    """Build the corpus, time every command, print the table."""
    feed, races = build(BUILD)
    out = str(BUILD / "out.jsonl")
    rows = []
    load_before = os.getloadavg()[0]
    for name, path in (("feed (1 race : 4 other)", feed), ("race reports alone", races)):
        articles, words = sizes(path)
        ours, cpu = best_of_two([EXTRACTOR, "extract", str(path), "-o", out, "--workers", "1"])
        bare, _ = best_of_two([sys.executable, str(Path(__file__).with_name("bare.py")), str(path)])
        rows.append((name, articles, words, ours, bare, cpu))
    two, cpu_two = best_of_two([EXTRACTOR, "extract", str(feed), "-o", out, "--workers", "2"])
    peak_one, peak_two = peak_worker_mb(feed, 1), peak_worker_mb(feed, 2)
    after_1000, at_end, peak_here = memory(feed)

    print(
        f"{'corpus':<26}{'articles':>9}{'words':>9}{'extractor s':>13}{'bare s':>9}"
        f"{'extractor art/s':>17}{'bare art/s':>12}{'ratio art/s':>13}{'extractor w/s':>15}{'bare w/s':>10}"
        f"{'ratio w/s':>11}"
    )
    for name, articles, words, ours, bare, _ in rows:
        print(
            f"{name:<26}{articles:>9}{words:>9}{ours:>13.1f}{bare:>9.1f}{articles / ours:>17.1f}"
            f"{articles / bare:>12.1f}{bare / ours:>13.2f}{words / ours:>15.0f}{words / bare:>10.0f}"
            f"{bare / ours:>11.2f}"
        )
    one, cpu_one = rows[0][3], rows[0][5]
    print(
        f"2 workers on the feed: {two:.1f} s, speed-up over 1 worker {one / two:.2f}x "
        f"(CPU time {cpu_two:.1f} s against {cpu_one:.1f} s with 1 worker; "
        f"load average {load_before:.2f} before the runs, {os.getloadavg()[0]:.2f} after)"
    )
    print(f"peak memory per worker: {peak_one:.0f} MB (1 worker), {peak_two:.0f} MB (largest of 2 workers)")
    print(
        f"memory after article 1,000: {after_1000:.0f} MB; at the end ({rows[0][1]} articles): {at_end:.0f} MB "
        f"({(at_end / after_1000 - 1) * 100:+.1f}%); peak {peak_here:.0f} MB"
    )


if __name__ == "__main__":
    main()
