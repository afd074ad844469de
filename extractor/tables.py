"""Result tables pasted into a report: the role of each column, from the words of the table's header row.

A results service or federation release pastes its table into the text ("Pos | Name | Nat | 200m | 600m | Time",
tab-separated or space-aligned columns). Only some columns hold the race's result: a split ("200m"), a points
total, a pair or lane number are other numbers. The roles are read from `patterns/table_columns.tsv`; a header
cell that is a distance ("5000m") names a split when the table has a time column too."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .patterns import shipped_rows

NOT_RESULT_ROLES = frozenset({"split", "points", "other"})
DISTANCE_HEADER = re.compile(r"\d[\d,.]*\s?(m|km|k|metres|meters)")
SPACED = re.compile(r"\S+(?: \S+)*")  # a cell of a space-aligned table: words one space apart
MIN_COLUMNS = 3
MIN_KNOWN = 3  # header cells whose role is known, for a line to be a table's header


@dataclass(frozen=True)
class Cell:
    """A cell of a table's row (or header): its character offsets in the text and its column's role."""

    start: int
    end: int
    role: str

    def holds(self, char: int) -> bool:
        """Whether a character offset falls in the cell."""
        return self.start <= char < self.end


@dataclass(frozen=True)
class Table:
    """A table with a header row: the header's cells and each row's, in order."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def roles(self) -> frozenset[str]:
        """The roles of the table's columns."""
        return frozenset(cell.role for cell in self.header)


@lru_cache(maxsize=1)
def column_roles() -> dict[str, str]:
    """Header word -> column role ("pos" -> "place"), from the shipped `table_columns.tsv`."""
    roles = {}
    for role, *words in shipped_rows("table_columns.tsv"):
        roles.update((word, role) for word in words)
    return roles


def read_tables(text: str) -> list[Table]:
    """Every table with a header row in a text: its rows run to the first blank line, or line of one cell."""
    tables = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"(?m)^.*$", text)]
    n = 0
    while n < len(lines):
        start, line = lines[n]
        separator = _separator(line)
        header = _split(line, separator)
        roles = _header_roles([cell for _, _, cell in header])
        n += 1
        if roles is None:
            continue
        rows = []
        while n < len(lines) and lines[n][1].strip():
            row_start, row = lines[n]
            cells = _split(row, separator)
            if len(cells) < 2:
                break
            columns = _columns(cells, header, separator, row, line)
            rows.append(tuple(Cell(row_start + a, row_start + b, roles[column]) for a, b, column in columns))
            n += 1
        head = tuple(Cell(start + a, start + b, role) for (a, b, _), role in zip(header, roles, strict=True))
        tables.append(Table(head, tuple(rows)))
    return tables


def _separator(line: str) -> str:
    """How a line's cells are set apart: pipes, tabs or runs of spaces."""
    return "|" if "|" in line else "\t" if "\t" in line else "  "


def _split(line: str, separator: str) -> list[tuple[int, int, str]]:
    """A line's non-empty cells: their offsets in the line and their text, stripped."""
    if separator == "  ":
        return [(m.start(), m.end(), m.group()) for m in SPACED.finditer(line)]
    cells, at = [], 0
    for part in line.split(separator):
        stripped = part.strip()
        if stripped:
            offset = at + part.index(stripped)
            cells.append((offset, offset + len(stripped), stripped))
        at += len(part) + len(separator)
    return cells


def _header_roles(cells: list[str]) -> list[str] | None:
    """The column roles a header row names, or None if the line is no table header."""
    if len(cells) < MIN_COLUMNS:
        return None
    words = column_roles()
    roles = [words.get(cell.lower(), "distance" if DISTANCE_HEADER.fullmatch(cell.lower()) else "") for cell in cells]
    if sum(bool(role) for role in roles) < MIN_KNOWN or not {"name", "nation", "team"} & set(roles):
        return None
    distance = "split" if "time" in roles else "race"  # "500m | 1000m | Points": each distance's own time
    return [distance if role == "distance" else role or "other" for role in roles]


def _columns(
    cells: list[tuple[int, int, str]], header: list[tuple[int, int, str]], separator: str, row: str, head: str
) -> list[tuple[int, int, int]]:
    """Each cell of a row with the number of its header's column: by position in a space-aligned table (the column
    the cell overlaps most), else by order, cells of the empty columns of a pipe or tab row counted (and the
    empty part of a double "||" in header and row alike)."""
    if separator != "  ":
        header_at = {_part(head, separator, a): n for n, (a, _, _) in enumerate(header)}
        return [(a, b, header_at[part]) for a, b, _ in cells if (part := _part(row, separator, a)) in header_at]
    bounds = [(a, header[i + 1][0] if i + 1 < len(header) else 10**6) for i, (a, _, _) in enumerate(header)]
    return [(a, b, max(range(len(bounds)), key=lambda i: _overlap((a, b), bounds[i]))) for a, b, _ in cells]


def _part(line: str, separator: str, char: int) -> int:
    """The number of the separated part of a line that holds a character offset, a leading separator not
    counted."""
    lead = 1 if line.lstrip().startswith(separator) else 0
    return line.count(separator, 0, char) - lead


def _overlap(cell: tuple[int, int], column: tuple[int, int]) -> int:
    """How many characters a cell shares with a column's span (negative: how far apart they are)."""
    return min(cell[1], column[1]) - max(cell[0], column[0])
