"""Build `patterns/flags.jsonl`: flag emoji ("🇯🇵", two regional-indicator letters) as nations, by IOC code.

Run once when country_converter's table changes:
`pip install country_converter==1.3.2 'pandas<3' && python scripts/build_flags.py`. A flag is the country's
ISO 3166 alpha-2 code written in regional-indicator symbols; spaCy splits it into its two letters, so each
pattern matches the two tokens in turn.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import country_converter

FLAGS = Path(__file__).resolve().parents[1] / "patterns" / "flags.jsonl"
REGIONAL_A = 0x1F1E6  # REGIONAL INDICATOR SYMBOL LETTER A


def indicator(letter: str) -> str:
    """The regional-indicator symbol of a capital letter."""
    return chr(REGIONAL_A + ord(letter) - ord("A"))


def main() -> None:
    """Write one pattern per country that has both an ISO alpha-2 and an IOC code, sorted by IOC code."""
    table = country_converter.CountryConverter().data
    rows = {  # the table writes a few alpha-2 codes as patterns ("^GB$|^UK$")
        (row["IOC"], iso2)
        for _, row in table.iterrows()
        if isinstance(row["IOC"], str) and len(row["IOC"]) == 3
        for iso2 in re.findall(r"[A-Z]{2}", str(row["ISO2"]))
    }
    with FLAGS.open("w", encoding="utf-8") as out:
        for ioc, iso2 in sorted(rows):
            pattern = [{"TEXT": indicator(letter)} for letter in iso2]
            out.write(json.dumps({"label": "NATION", "pattern": pattern, "id": ioc}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
