"""Which articles are read: English ones; an article in another language gets no events."""

from __future__ import annotations

import pytest

from extractor.language import foreign_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hanna Hesselbach hat beim Weltcup in Alderburg den ersten Podestplatz geholt. Sie lief über 3000 Meter "
            "in 4:01,37 und war damit nur 0,4 Sekunden langsamer als die Siegerin.",
            "German",
        ),
        (
            "De Nederlandse ploeg heeft de wereldbekerwedstrijd gewonnen. Brandsma klokte 2.55,41 en was daarmee "
            "een halve seconde sneller dan Japan, dat tweede werd.",
            "Dutch",
        ),
        (
            "Eirik Solbakken vant fellesstarten i verdenscupen søndag. Han passerte italieneren i siste sving og ga "
            "Norge sin første seier, som var ventet etter en sterk høst.",
            "Norwegian",
        ),
        (
            "Kacper Wilczyński zajął drugie miejsce w biegu na 500 m. Polak uzyskał czas 34,58 s i był lepszy niż "
            "przed tygodniem, jak powiedział po biegu, że jest zadowolony.",
            "Polish",
        ),
    ],
)
def test_an_article_in_another_language_is_told(text: str, language: str) -> None:
    assert foreign_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Jutta Leerdam of the Netherlands won the women's 1000m in an Olympic record of 1:12.31.",
        # names with particles and a quoted phrase do not make an article Dutch
        "Jorrit van der Veldhuis and Roos de Graaf won. 'Het was een mooie dag,' said de Graaf after the race.",
        # a results box of names and times cannot be told: it is read
        "1. Sanne Brinkhorst (NED) 1:14.28\n2. Karolina Nowak (POL) 1:14.61\n3. Ida Lund (NOR) 1:14.90",
    ],
)
def test_an_english_article_or_a_results_box_is_read(text: str) -> None:
    assert foreign_language(text) is None
