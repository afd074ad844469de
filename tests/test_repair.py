"""Repairing a text before the pipeline: entities, mojibake and markup, hard wraps (what joins, what stays), and
the map back to the original offsets."""

from __future__ import annotations

import pytest

from extractor.repair import repair


@pytest.mark.parametrize(
    ("text", "repaired"),
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
def test_repair_joins_wrapped_lines_only(text: str, repaired: str) -> None:
    assert repair(text).text == repaired


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        ("the women&#8217;s 1,000&nbsp;metres", "the women’s 1,000 metres"),
        ("Kok &amp; Leerdam, &quot;unreal&quot;", 'Kok & Leerdam, "unreal"'),
        ("Harald S&oslash;rensen", "Harald Sørensen"),
        ("JÃ¸rgen BjÃ¶rnstad", "Jørgen Björnstad"),
        ("the womenâ€™s race", "the women’s race"),
        ("in 1:12.31Â\xa0and", "in 1:12.31 and"),
        ("<p>Kok won.</p><p>Vos was <b>second</b>.</p>", "Kok won.\nVos was second.\n"),
        ('[caption id="a1"]Kok celebrates[/caption]', "Kok celebrates"),
        ("**Jutta Leerdam** won", "Jutta Leerdam won"),
        ("in 37.01\u202fs and 1:12.31\xa0today", "in 37.01 s and 1:12.31 today"),
        ("in 1\u2009:\u200920.45, 39.\u200987 and 40.\xa0 12", "in 1:20.45, 39.87 and 40.12"),  # spaces inside times
        ("won 37. 5 skaters", "won 37. 5 skaters"),  # a plain space after a full stop is no space inside a time
        ("Tom & Jerry &c; 3 < 4 > 2 and 2**3", "Tom & Jerry &c; 3 < 4 > 2 and 2**3"),  # no entity, tag or mojibake
        ("Ørjan Ånes, Çelik, Ñuñez", "Ørjan Ånes, Çelik, Ñuñez"),  # accented capitals that are not mojibake
    ],
)
def test_repair_decodes_entities_and_drops_markup(text: str, repaired: str) -> None:
    assert repair(text).text == repaired


def test_offsets_map_back_to_the_original_text() -> None:
    text = "Gunnar Kristof-\nfersen won in 13:39.\n21 today."
    repaired = repair(text)
    start = repaired.text.index("13:39.21")
    begin, end = repaired.original_span(start, start + len("13:39.21"))
    assert text[begin:end] == "13:39.\n21"
    assert repair("Nothing wraps here.").starts is None


@pytest.mark.parametrize(("found", "original"), [("Sørensen", "S&oslash;rensen"), ("’s 1:12.31", "&#8217;s 1:12.31")])
def test_decoded_characters_map_back_to_what_they_stand_for(found: str, original: str) -> None:
    text = "<p>Harald S&oslash;rensen&#8217;s 1:12.31</p>"
    repaired = repair(text)
    start = repaired.text.index(found)
    begin, end = repaired.original_span(start, start + len(found))
    assert text[begin:end] == original


def test_a_comma_separated_block_keeps_the_original_offsets() -> None:
    text = "Results:\nrank,name,time\n1,Kok,37.01\n2,Vos,37.20"
    repaired = repair(text)
    assert len(repaired.text) == len(text)
    start = repaired.text.index("Kok")
    assert repaired.original_span(start, start + 12) == (start, start + 12)
