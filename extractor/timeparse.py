"""Turning the text of times, gaps and ordinals into numbers, keeping the text's precision."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
_FRACTIONS = {"tenth": 0.1, "hundredth": 0.01, "thousandth": 0.001}
_NUMBER = r"\d+(?:\.\d+)?"
_CLOCK = re.compile(r"^\+?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.(\d{1,3}))?")
_DECIMAL = re.compile(r"(\d+)(?:\.(\d+))?")
_DOTTED_CLOCK = re.compile(r"\b(\d{1,2})\.(\d{2}),(\d{1,3})\b")
_SECONDS_MARK = "(?:''|\"|”|″|’’|′′)"
_PRIMED_CLOCK = re.compile(rf"(\d{{1,2}})['’′](\d{{2}}){_SECONDS_MARK}(\d{{1,3}})")
_PRIMED_SECONDS = re.compile(rf"(\d{{1,2}}){_SECONDS_MARK}(\d{{1,3}})")
_DECIMAL_COMMA = re.compile(r"(?<=\d:\d\d),(?=\d{1,3}(?!\d))|(?<=\d),(?=\d{1,2}(?!\d))")


class TimeParseError(ValueError):
    """Raised when a text does not read as a time or gap."""


@dataclass(frozen=True)
class Duration:
    """A parsed time or gap: seconds and the number of decimals the text gave."""

    seconds: float
    decimals: int

    @property
    def text(self) -> str:
        """The duration normalised as ss.xx, m:ss.xx or h:mm:ss.x, with the text's decimals."""
        return format_seconds(self.seconds, self.decimals)


def format_seconds(seconds: float, decimals: int) -> str:
    """Format seconds as ss.xx, m:ss.xx or h:mm:ss(.x) with the given number of decimals."""
    scale = 10**decimals
    total = round(seconds * scale)
    whole, frac = divmod(total, scale)
    frac_text = f".{frac:0{decimals}d}" if decimals else ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}{frac_text}"
    if minutes:
        return f"{minutes}:{secs:02d}{frac_text}"
    return f"{secs}{frac_text}"


def word_to_number(word: str) -> int | None:
    """Read a cardinal written in digits or words ("41", "six", "forty-one"); None if it is not one."""
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    if word in _UNITS:
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    parts = re.split(r"[-\s]", word)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


def ordinal_value(word: str) -> int | None:
    """Read an ordinal ("11th", "sixth", a list's "8." or "P8", tied "8="); None if the word is not one."""
    word = word.lower().strip().rstrip(".)=")
    match = re.fullmatch(r"p?(\d{1,3})(?:st|nd|rd|th)?", word)  # "P3" too, a motor-racing style place
    if match:
        return int(match.group(1))
    return _ORDINAL_WORDS.get(word)


_FRACTION_AFTER_SECONDS = re.compile(r"\b(\d{1,2}) seconds? (\d{2,3})\b")


def _decimals_of(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


_DIGIT_WORDS = {"oh": 0, **{word: value for word, value in _UNITS.items() if value < 10 and word not in ("a", "an")}}
_CARDINAL_WORDS = "|".join(word for word in (*_TENS, *_UNITS) if word not in ("a", "an"))
_SPOKEN_DECIMAL = re.compile(
    rf"\b(\d{{1,2}}|(?:{'|'.join(_TENS)})[\s-](?:{_CARDINAL_WORDS})|{_CARDINAL_WORDS})"
    rf"\s+point((?:\s+(?:{'|'.join(_DIGIT_WORDS)}|\d))+)\b"
)


def _spoken_decimals(text: str) -> str:
    """A script's spoken number in digits: "thirty-four point five six" and a broadcast's "52 point 3 4" are
    "34.56" and "52.34"."""

    def digits(match: re.Match) -> str:
        spoken = match.group(1)
        whole = int(spoken) if spoken.isdigit() else word_to_number(spoken.replace(" ", "-"))
        if whole is None:
            return match.group(0)
        places = "".join(word if word.isdigit() else str(_DIGIT_WORDS[word]) for word in match.group(2).split())
        return f"{whole}.{places}"

    return _SPOKEN_DECIMAL.sub(digits, text)


def parse_duration(text: str) -> Duration:
    """Parse a time or gap as written ("1:12.31", "+0.28", "1 minute, 13.19 seconds", "a hundredth of a second",
    a script's "thirty-four point five six seconds")."""
    raw = _DOTTED_CLOCK.sub(r"\1:\2.\3", _spoken_decimals(text.strip().lower()))  # Dutch "1.55,48" is 1:55.48
    raw = _DECIMAL_COMMA.sub(".", raw)  # "34,41" and "1:08,453", as continental reports write them
    raw = _PRIMED_SECONDS.sub(r"\1.\2", _PRIMED_CLOCK.sub(r"\1:\2.\3", raw))  # Italian "2'18''45" and "+0''28"
    raw = re.sub(r"(?<![\d.])\.(\d)", r"0.\1", raw)
    raw = _FRACTION_AFTER_SECONDS.sub(r"\1.\2 seconds", raw)  # a translation's "34 seconds 71" is 34.71
    clock = _CLOCK.search(raw)
    if clock:
        a, b, c, frac = clock.groups()
        seconds = int(a) * 60 + int(b) if c is None else int(a) * 3600 + int(b) * 60 + int(c)
        decimals = len(frac) if frac else 0
        return Duration(seconds + (int(frac) / 10**decimals if frac else 0.0), decimals)
    lowered = raw.lower().replace(",", " ").replace("-", " ")
    fraction = re.search(r"\b(?:(\w+)\s+)?(\w+)\s+(tenth|hundredth|thousandth)s?\b", lowered)
    if fraction:
        tens, units, name = fraction.groups()
        count = word_to_number(f"{tens} {units}") if tens else None
        count = count if count is not None else word_to_number(units)
        if count is None:
            raise TimeParseError(f"cannot read {text!r} as a gap")
        unit = _FRACTIONS[name]
        decimals = {"tenth": 1, "hundredth": 2, "thousandth": 3}[name]
        return Duration(round(count * unit, decimals), decimals)
    total = 0.0
    decimals = 0
    found = False
    tokens = re.findall(r"\d+(?:\.\d+)?|[a-z]+", lowered)
    pending: str | None = None
    for token in tokens:
        if re.fullmatch(_NUMBER, token) or word_to_number(token) is not None and token not in ("a", "an"):
            pending = token
            continue
        unit = token
        if pending is None and unit in ("a", "an", "half"):
            pending = unit
            continue
        if pending is None:
            continue
        value = float(pending) if re.fullmatch(_NUMBER, pending) else None
        if value is None:
            value = 0.5 if pending == "half" else float(word_to_number(pending) or 0)
        if unit in ("h", "hr", "hrs", "hour", "hours"):
            total += value * 3600
        elif unit in ("min", "mins", "minute", "minutes", "m"):
            total += value * 60
        elif unit in ("s", "sec", "secs", "second", "seconds"):
            total += value
            decimals = _decimals_of(pending)
        else:
            continue
        found = True
        pending = None
    if not found and pending is not None and re.fullmatch(_NUMBER, pending):
        total, decimals, found = float(pending), _decimals_of(pending), True
    elif found and pending is not None and re.fullmatch(_NUMBER, pending) and total % 60 == 0 and total < 3600:
        total, decimals = total + float(pending), _decimals_of(pending)  # "one minute, 52 point 3 4"
    if not found:
        number = _DECIMAL.search(lowered)
        if not number:
            raise TimeParseError(f"cannot read {text!r} as a time")
        total, decimals = float(number.group(0)), _decimals_of(number.group(0))
    return Duration(round(total, max(decimals, 3)), decimals)
