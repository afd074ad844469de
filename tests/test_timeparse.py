"""The time and gap parser: every written form becomes seconds, keeping the text's decimals."""

import pytest

from extractor.timeparse import TimeParseError, format_seconds, ordinal_value, parse_duration


@pytest.mark.parametrize(
    ("text", "normalised", "seconds"),
    [
        ("1:12.31", "1:12.31", 72.31),
        ("41.398", "41.398", 41.398),
        ("37.04", "37.04", 37.04),
        ("2:05:41", "2:05:41", 7541.0),
        ("2:05:41.3", "2:05:41.3", 7541.3),
        ("13:01.55", "13:01.55", 781.55),
        ("1 minute, 13.19 seconds", "1:13.19", 73.19),
        ("one minute 13.19 seconds", "1:13.19", 73.19),
        ("six minutes and 41.18 seconds", "6:41.18", 401.18),
        ("4 minutes, 2.31 seconds", "4:02.31", 242.31),
        ("1min 13.19sec", "1:13.19", 73.19),
        ("two hours, five minutes and 41 seconds", "2:05:41", 7541.0),
        ("37.2 seconds", "37.2", 37.2),
        ("37.04s", "37.04", 37.04),
        ("thirty-four point five six seconds", "34.56", 34.56),
        ("one minute, fourteen point three zero seconds", "1:14.30", 74.3),
        ("one minute, 52 point 3 4", "1:52.34", 112.34),
        ("one minute, 53 point 1 0", "1:53.10", 113.1),
        ("2'18''45", "2:18.45", 138.45),
        ("1\u201912\u201d31", "1:12.31", 72.31),
        ("34\u203355", "34.55", 34.55),
    ],
)
def test_times(text: str, normalised: str, seconds: float) -> None:
    duration = parse_duration(text)
    assert duration.text == normalised
    assert duration.seconds == pytest.approx(seconds)


@pytest.mark.parametrize(
    ("text", "seconds", "decimals"),
    [
        ("+0.28", 0.28, 2),
        ("+1:02.3", 62.3, 1),
        ("+0''28", 0.28, 2),
        ("0.64 seconds behind", 0.64, 2),
        ("0.45sec", 0.45, 2),
        ("by 0.03", 0.03, 2),
        ("a hundredth of a second", 0.01, 2),
        ("two hundredths of a second", 0.02, 2),
        ("four tenths of a second", 0.4, 1),
        ("a thousandth of a second", 0.001, 3),
        ("eighteen hundredths of a second", 0.18, 2),
        ("twenty-two hundredths", 0.22, 2),
        ("by thirty five thousandths", 0.035, 3),
    ],
)
def test_gaps(text: str, seconds: float, decimals: int) -> None:
    duration = parse_duration(text)
    assert duration.seconds == pytest.approx(seconds)
    assert duration.decimals == decimals


@pytest.mark.parametrize(
    ("seconds", "decimals", "text"),
    [
        (75.83, 2, "1:15.83"),
        (37.0, 2, "37.00"),
        (7541.3, 1, "2:05:41.3"),
        (59.999, 3, "59.999"),
        (60.0, 2, "1:00.00"),
    ],
)
def test_format_keeps_decimals(seconds: float, decimals: int, text: str) -> None:
    assert format_seconds(seconds, decimals) == text


@pytest.mark.parametrize(
    ("word", "value"), [("11th", 11), ("sixth", 6), ("1st", 1), ("22nd", 22), ("3.", 3), ("P3", 3)]
)
def test_ordinals(word: str, value: int) -> None:
    assert ordinal_value(word) == value


@pytest.mark.parametrize("word", ["pair", "fast", "twice"])
def test_not_ordinals(word: str) -> None:
    assert ordinal_value(word) is None


@pytest.mark.parametrize("text", ["fast", "", "seconds"])
def test_unreadable(text: str) -> None:
    with pytest.raises(TimeParseError):
        parse_duration(text)
