"""Build `extractor/given_names.tsv` from nomquamgender's name statistics (MIT licence).

Run once when the statistics change: `pip install nomquamgender==0.1.4 && python scripts/build_given_names.py`.
The table keeps the given names the statistics draw from at least MIN_SOURCES name lists and find borne by
one gender at least CERTAINTY of the time, as "name<TAB>women" or "name<TAB>men" (folded: lower case, no accents).
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

MIN_SOURCES = 5  # fewer name lists: too rare a name to judge by
CERTAINTY = 0.9  # the share of one gender among the name's bearers that classifies it
TABLE = Path(__file__).resolve().parents[1] / "extractor" / "given_names.tsv"


def main() -> None:
    """Write the table, sorted by name."""
    statistics = json.loads(files("nomquamgender").joinpath("name_data.json").read_text(encoding="utf-8"))
    rows = []
    for name, (sources, _bearers, women, *_rest) in statistics.items():
        if sources >= MIN_SOURCES and (women >= CERTAINTY or women <= 1 - CERTAINTY) and "\t" not in name:
            rows.append(f"{name}\t{'women' if women >= CERTAINTY else 'men'}\n")
    header = "# given name<TAB>gender, from nomquamgender 0.1.4 (MIT licence); built by scripts/build_given_names.py\n"
    TABLE.write_text(header + "".join(sorted(rows)), encoding="utf-8")
    print(f"{TABLE}: {len(rows)} names")


if __name__ == "__main__":
    main()
