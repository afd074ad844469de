"""Given names as the last clue to a race's gender."""

import pytest

from extractor.given_names import field_gender, name_gender


@pytest.mark.parametrize(
    ("given", "gender"),
    [
        ("Sophie", "women"),
        ("Émilie", "women"),
        ("Femke", "women"),
        ("Sven", "men"),
        ("Jorrit", "men"),
        ("Kendall", None),  # borne by both
        ("Kim", None),
        ("Zxqwv", None),  # unknown
        ("Sarah-Lynn", "women"),  # a double name by the gender its parts share
        ("Jean-Pierre", "men"),
        ("Seo-yeon", None),  # a romanised name, not two given names
    ],
)
def test_a_given_name_is_classified_only_when_nearly_one_gender_bears_it(given: str, gender: str | None) -> None:
    assert name_gender(given) == gender


@pytest.mark.parametrize(
    ("names", "gender"),
    [
        (["Sophie", "Roos", "Emilie", "Kendall"], "women"),
        (["Sven", "Patrick", "Thomas"], "men"),
        (["Sophie"], None),  # one name is too little to judge a field by
        (["Sophie", "Sven"], None),  # a mixed field
        (["Kendall", "Kim", "Jordan"], None),
    ],
)
def test_a_field_is_judged_by_its_given_names_when_they_agree(names: list[str], gender: str | None) -> None:
    assert field_gender(names) == gender


def test_a_race_of_no_stated_gender_takes_its_athletes_given_names(record_of) -> None:
    text = (
        "Sophie Lindqvist-Hart clocked 1:51.09 in the 1500m to beat the Netherlands' Roos Zijlstra by .31 of a "
        "second. Canada's Émilie Gagnon-Pratt rounded out the podium in 1:51.72."
    )
    assert [(e["gender"], e["event"]) for e in record_of(text)["events"]] == [("women", "women's 1500m")]


def test_a_stated_gender_outweighs_given_names(record_of) -> None:
    text = "In the men's 500m, Sophie Lindqvist won in 34.50 ahead of Kim Zijlstra and Jan Gagnon in 34.61."
    record = record_of(text)
    assert [e["gender"] for e in record["events"]] == ["men"]
    assert [r["athlete"] for r in record["events"][0]["results"]] == ["Kim Zijlstra", "Jan Gagnon"]
    assert any("Sophie Lindqvist" in warning for warning in record["warnings"])
