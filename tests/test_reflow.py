"""Reflowing hard-wrapped text: what joins, what stays, and the map back to the original offsets."""

from __future__ import annotations

import pytest

from extractor.reflow import reflow


@pytest.mark.parametrize(
    ("text", "reflowed"),
    [
        ("Kristof-\nfersen won", "Kristoffersen won"),
        ("in 13:39.\n21 on", "in 13:39.21 on"),
        ("won the\nfinal", "won the final"),
        ("Women's 1500m\n1\tAstrid Fjellheim\tNOR", "Women's 1500m\n1\tAstrid Fjellheim\tNOR"),  # a table stays
        (
            "Pos | Name | Nat | Time | Diff\n1 | Sanne de Wilde | NED",
            "Pos | Name | Nat | Time | Diff\n1 | Sanne de Wilde | NED",
        ),
        ("The results were as follows\n1. Kok 37.01", "The results were as follows\n1. Kok 37.01"),
        ("Kok wins in Heerenveen\nBy John Smith", "Kok wins in Heerenveen\nBy John Smith"),  # a headline stays
        ("BIATHLON: Sandström perfect in\nfog", "BIATHLON: Sandström perfect in\nfog"),  # a roundup's run-in heading
        (
            "held in Calgary, Canada.[1] Kim won ahead of Laframboise.[2]",
            "held in Calgary, Canada. Kim won ahead of Laframboise.",
        ),
        ("the top [1] seed", "the top [1] seed"),  # a bracketed number after a space is no citation mark
        ("Intro.\n\n34.31\nKwon's winning time, in pair 15.", "Intro.\n\n34.31 Kwon's winning time, in pair 15."),
        ("Results\n\n1\nJutta Leerdam\nNED", "Results\n\n1\nJutta Leerdam\nNED"),  # a table's cells stay
        (  # comma-separated values: tabs for the separating commas, not for one inside quotation marks
            'rank,name,nation,time\n1,Sindre Haugland,NOR,6:08.44\n2,"Ferrante, Davide",ITA,6:09.12\n\nNext.',
            'rank\tname\tnation\ttime\n1\tSindre Haugland\tNOR\t6:08.44\n2\t"Ferrante, Davide"\tITA\t6:09.12\n\nNext.',
        ),
        (  # prose, and fewer than three lines of values, stay
            "Kok, Leerdam, Vos, and Kim raced.\nrank,name,nation,time\n1,Kok,NED,37.01",
            "Kok, Leerdam, Vos, and Kim raced.\nrank,name,nation,time\n1,Kok,NED,37.01",
        ),
    ],
)
def test_reflow_joins_wrapped_lines_only(text: str, reflowed: str) -> None:
    assert reflow(text).text == reflowed


def test_offsets_map_back_to_the_original_text() -> None:
    text = "Gunnar Kristof-\nfersen won in 13:39.\n21 today."
    reflowed = reflow(text)
    start = reflowed.text.index("13:39.21")
    begin, end = reflowed.original_span(start, start + len("13:39.21"))
    assert text[begin:end] == "13:39.\n21"
    assert reflow("Nothing wraps here.").positions is None


def test_a_comma_separated_block_keeps_the_original_offsets() -> None:
    text = "Results:\nrank,name,time\n1,Kok,37.01\n2,Vos,37.20"
    reflowed = reflow(text)
    assert len(reflowed.text) == len(text)
    start = reflowed.text.index("Kok")
    assert reflowed.original_span(start, start + 12) == (start, start + 12)
