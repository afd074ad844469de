"""Result tables: the role of each column, read from the header row, in pipe, tab and space-aligned tables."""

from __future__ import annotations

import pytest

from extractor.tables import read_tables


def roles_of(text: str) -> list[list[tuple[str, str]]]:
    """Each row of the first table as (cell text, role) pairs, the header first."""
    table = read_tables(text)[0]
    return [[(text[c.start : c.end], c.role) for c in row] for row in (table.header, *table.rows)]


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        ("Pos | Name | Nat | Time | Diff", ["place", "name", "nation", "time", "gap"]),
        ("Pl\tName\tNat\t5000m\tTime", ["place", "name", "nation", "split", "time"]),
        (
            "Rank  Name   Nat   200m    600m    Time    Behind",
            ["place", "name", "nation", "split", "split", "time", "gap"],
        ),
        ("Pos | Name | Nat | Points", ["place", "name", "nation", "points"]),
        ("Rank | Pair | Lane | Name | Country | Time", ["place", "other", "other", "name", "nation", "time"]),
        ("Pl | Name | 500m | 1500m | Points", ["place", "name", "race", "race", "points"]),
    ],
)
def test_header_words_give_column_roles(header: str, roles: list[str]) -> None:
    text = header + "\n1 | Anna Berg | NED | 1:13.58 | 1:14.00 | 12 | 13\n"
    assert [role for _, role in roles_of(text)[0]] == roles


@pytest.mark.parametrize(
    "line",
    [
        "Pos Name Nat Time",  # one space apart: a sentence, not columns
        "Anna Berg | Lisa Holm | Emma Lind",  # no header words
        "Name | Nat",  # too few columns
        "Time | Diff | Points",  # no column of people, nations or teams
    ],
)
def test_lines_that_are_no_table_header(line: str) -> None:
    assert read_tables(line + "\n1 | Anna Berg | NED | 37.04\n") == []


def test_space_aligned_rows_are_read_by_position() -> None:
    text = (
        "Rank  Name                  Nat   100m    Time    Behind\n"
        "=2    Mirte van der Hoek    NED   10.38   37.48   +0.27\n"
        "DQ    Sara Horvath          HUN   10.51\n"
    )
    rows = roles_of(text)
    assert rows[1] == [
        ("=2", "place"),
        ("Mirte van der Hoek", "name"),
        ("NED", "nation"),
        ("10.38", "split"),
        ("37.48", "time"),
        ("+0.27", "gap"),
    ]
    assert rows[2][-1] == ("10.51", "split")  # a row that stops early: its last value is still the split


def test_an_empty_pipe_cell_keeps_the_columns_after_it_in_place() -> None:
    text = "Pos | Name | Nat | 200m | Time\n1 | Anna Berg | | 16.01 | 1:13.58\n"
    assert roles_of(text)[1] == [("1", "place"), ("Anna Berg", "name"), ("16.01", "split"), ("1:13.58", "time")]


def test_a_table_ends_at_a_blank_line() -> None:
    text = "Pos | Name | Nat | Time\n1 | Anna Berg | NED | 37.04\n\n2 | Lisa Holm | NOR | 37.20\n"
    assert len(read_tables(text)[0].rows) == 1


def test_a_pairing_list_names_its_skaters_by_lane_across_a_double_bar() -> None:
    text = (
        "Pair | Inner | PB | SB || Outer | PB | SB\n"
        "1 | NED Roos Hettema | 1:14.80 | 1:15.62 || JPN Kanae Ujiie | 1:14.55 | 1:15.40\n"
    )
    assert roles_of(text)[1] == [
        ("1", "other"),
        ("NED Roos Hettema", "name"),
        ("1:14.80", "other"),
        ("1:15.62", "other"),
        ("JPN Kanae Ujiie", "name"),
        ("1:14.55", "other"),
        ("1:15.40", "other"),
    ]
