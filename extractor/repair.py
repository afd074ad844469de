"""Repair a text as feeds and scans deliver it before the pipeline reads it, keeping a map back.

HTML entities ("&#8217;", "&nbsp;") are decoded, double-encoded UTF-8 ("JÃ¸rgen") is read again as UTF-8, stray
markup ("<p>", "[caption]", "**bold**") is dropped and odd spaces (no-break, thin) become plain ones.

Hard line wrapping (columns, PDF and OCR text) is undone: a word hyphenated at a line end ("Kristof-\\nfersen")
and a time broken after its decimal point ("13:39.\\n21") are joined, a wiki page's citation marks ("Canada.[1]")
dropped, and a line break inside a sentence (a lower-case letter or comma before it, a lower-case letter after it)
becomes a space, so the parser sees whole sentences; so does the break after a "by the numbers" box's value alone
on a line ("34.31\\nKwon's winning time."). Results lists and tables are left alone: their lines end in numbers,
codes or punctuation. A block of comma-separated values pasted into a story ("rank,name,nation,time") gets tabs
for its separating commas, one character for another, so it is read as a tab-separated table.

Decoding and joining change the text's length, so the repaired text comes with the span in the original text of
each of its characters; evidence offsets are mapped back through it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

ENTITY = re.compile(r"&(?:#\d{2,6}|#[xX][0-9a-fA-F]{2,5}|[a-zA-Z]{2,8}\d?);")  # "&#8217;", "&nbsp;", "&eacute;"
CP1252_CONTINUATION = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
MOJIBAKE = re.compile(  # UTF-8 read as Windows-1252: "Ã¸" for "ø", "â€™" for "’"
    f"[\xc2-\xdf][{CP1252_CONTINUATION}]|[\xe0-\xef][{CP1252_CONTINUATION}]{{2}}"
)
MARKUP = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>\n]{0,300})?/?>"  # "<p>", "</a>", "<img src=...>"
    r"|\[/?(?:caption|embed|gallery|video)\b[^\]\n]{0,300}\]"  # "[caption id=...]"
)
BOLD = re.compile(r"\*\*(?=[^\s*])[^*\n]{1,300}?(?<=[^\s*])\*\*")  # "**Jutta Leerdam**"
BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|tr|blockquote)>|<br\s*/?>", re.IGNORECASE)  # ends a line
HYPHENATED = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[a-zà-ÿ])")  # "Kristof-\nfersen"
ODD_SPACE_CHARS = "\xa0\u2007\u2009\u200a\u202f"  # no-break, figure, thin, hair and narrow no-break spaces
ODD_SPACE = f"[{ODD_SPACE_CHARS}]"
ODD_SPACES = str.maketrans(dict.fromkeys(ODD_SPACE_CHARS, " "))
SPACED_TIME = re.compile(  # "1\u2009:\u200920.45", "39.\u200987", "40.\xa0 12": odd spaces inside a time
    rf"(?<=\d){ODD_SPACE}+(?=[:.,]{ODD_SPACE}*\d)"
    rf"|(?:(?<=\d[:.,])|(?<={ODD_SPACE}[:.,])){ODD_SPACE}[ {ODD_SPACE_CHARS}]*(?=\d)"
)
BROKEN_TIME = re.compile(r"(?<=\d\d[.:])\n[ \t]*(?=\d\d)")  # "13:39.\n21"
CITATION = re.compile(r"(?<=[^\s\d])\[(?:\d{1,3}|[a-z]|citation needed)\]")  # a wiki page's "Canada.[1]"
WRAPPED = re.compile(r"(?<=[a-zà-ÿ,\d])\n(?=[ \t]*([a-zà-ÿ]|\d))")  # "the\nfinal", "men's\n10,000\nmeters"
WRAPPED_NAME = re.compile(r"(?<=[a-zà-ÿ,])\n(?=[ \t]*[A-ZÀ-Þ])")  # "Germany's Sabine\nRößler" in a wrapped column
MID_SENTENCE_END = re.compile(r"[^\W\d_,-]$|[,-]$")
MIN_WRAPPED_SHARE = 0.5  # of a text's lines that end mid-sentence, for it to be a wrapped column
MIN_WRAPPED_LINES = 10
COLUMN_WIDTHS = range(20, 81)  # characters in a line of a wrapped column (headings are shorter, paragraphs longer)
LIST_ITEM = re.compile(r"[ \t]*\d{1,3}([.)=]|\s+[A-Z])")  # "1. Kok", "2 Kim Yeon-ji": a results line
VALUE_LINE = re.compile(  # "\n\n34.31\nKwon's winning time, ..." or "+0.24 to +0.42\nThe rest of the top 10 ..."
    r"((?:\A|(?<=\n\n))[ \t]*[+-]?\d[\d.,:]*(?:[ \t]+to[ \t]+[+-]?\d[\d.,:]*)?[ \t]*)\n"
    r"(?=[ \t]*[A-Z][^\n]*\s[a-z]+\s[^\n]*[.:]$)",
    re.MULTILINE,
)
RUN_IN_HEADING = re.compile(r"[ \t]*[A-Z][A-Z &'-]{2,30}:\s")  # a roundup's "SKI JUMPING: Sundal soars" line
MIN_WRAPPED_LINE = 25  # a shorter line before a number is a heading ("Women's 1500m"), not a wrapped one
CSV_COMMA = re.compile(r'("[^"\n]*"|[^,"\n]*)(,)')  # a separating comma, not one inside a quoted cell
MIN_CSV_LINES = 3  # a header and two rows
MIN_CSV_COMMAS = 3


@dataclass(frozen=True)
class Repaired:
    """A repaired text and, for each of its characters, the span of the original text it stands for."""

    text: str
    starts: list[int] | None = None  # None: the text has the original's offsets
    ends: list[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the repaired text's [start, end)."""
        if self.starts is None or self.ends is None or start >= end:
            return start, end
        return self.starts[start], self.ends[end - 1]


def repair(text: str) -> Repaired:
    """The text with entities decoded, markup dropped and hard wraps undone, and the map back to the original when
    its length changed."""
    edits = _edits(text)
    tabbed = _csv_as_tabs(text)  # of the same length: its offsets are the original's, the text is not
    cells_retabbed, text = tabbed != text, tabbed
    wrapped = WRAPPED.sub(lambda match: " " if _joins(text, match.start()) else "\n", text)
    wrapped = VALUE_LINE.sub(r"\1 ", wrapped)
    if _wrapped_column(text):
        wrapped = WRAPPED_NAME.sub(lambda match: " " if _joins(text, match.start()) else "\n", wrapped)
    wrapped = wrapped.translate(ODD_SPACES)
    if not edits and not cells_retabbed:
        return Repaired(wrapped)
    pieces, starts, ends, last = [], [], [], 0
    for start, end, replacement in edits:
        pieces.extend((wrapped[last:start], replacement))
        starts.extend([*range(last, start), *[start] * len(replacement)])
        ends.extend([*range(last + 1, start + 1), *[end] * len(replacement)])
        last = end
    pieces.append(wrapped[last:])
    starts.extend(range(last, len(text)))
    ends.extend(range(last + 1, len(text) + 1))
    return Repaired("".join(pieces), starts, ends)


def _edits(text: str) -> list[tuple[int, int, str]]:
    """The changes of length a text needs, in order and not overlapping: (start, end, replacement)."""
    found = [
        (match.start(), match.end(), "")
        for pattern in (HYPHENATED, BROKEN_TIME, SPACED_TIME, CITATION)
        for match in pattern.finditer(text)
    ]
    found += [(match.start(), match.end(), _markup_replacement(match.group())) for match in MARKUP.finditer(text)]
    for match in BOLD.finditer(text):
        found += [(match.start(), match.start() + 2, ""), (match.end() - 2, match.end(), "")]
    for pattern, decode in ((ENTITY, html.unescape), (MOJIBAKE, _utf8_again)):
        for match in pattern.finditer(text):
            decoded = decode(match.group()).translate(ODD_SPACES)
            if decoded != match.group():
                found.append((match.start(), match.end(), decoded))
    edits: list[tuple[int, int, str]] = []
    for edit in sorted(found):
        if not edits or edit[0] >= edits[-1][1]:
            edits.append(edit)
    return edits


def _markup_replacement(tag: str) -> str:
    """What a piece of markup leaves: a line break for a tag that ends a block or a line, else nothing."""
    return "\n" if BLOCK_END.fullmatch(tag) else ""


def _utf8_again(garbled: str) -> str:
    """Characters that are UTF-8 bytes read as Windows-1252, read again as UTF-8 (unchanged when they are not)."""
    try:
        return garbled.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return garbled


def _csv_as_tabs(text: str) -> str:
    """The text with tabs for the separating commas of its comma-separated blocks: runs of at least three lines
    that each hold the same number (at least three) of separating commas, none followed by a space."""
    lines = text.split("\n")
    commas = [_separating_commas(line) for line in lines]
    n = 0
    while n < len(lines):
        end = n
        while end < len(lines) and len(commas[end]) >= MIN_CSV_COMMAS and len(commas[end]) == len(commas[n]):
            end += 1
        if end - n >= MIN_CSV_LINES:
            for k in range(n, end):
                line = list(lines[k])
                for at in commas[k]:
                    line[at] = "\t"
                lines[k] = "".join(line)
        n = max(end, n + 1)
    return "\n".join(lines)


def _separating_commas(line: str) -> list[int]:
    """The offsets of a line's separating commas, or none if the line holds a tab or pipe or a comma followed by a
    space (prose, or a table of another kind)."""
    if "\t" in line or "|" in line:
        return []
    found = [match.start(2) for match in CSV_COMMA.finditer(line)]
    return [] if any(line[at + 1 : at + 2] == " " for at in found) else found


def _wrapped_column(text: str) -> bool:
    """Whether a text is set in hard-wrapped lines: most of its many lines are of a column's width and end in the
    middle of a sentence."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    wrapped = sum(1 for line in lines if len(line) in COLUMN_WIDTHS and MID_SENTENCE_END.search(line))
    return len(lines) >= MIN_WRAPPED_LINES and wrapped >= MIN_WRAPPED_SHARE * len(lines)


def _joins(text: str, newline: int) -> bool:
    """Whether a line break inside a sentence is a wrap: before a lower-case word always; before a number only
    after a long line and when the next line is no results line or table row."""
    following = text[newline + 1 : text.find("\n", newline + 1) % (len(text) + 1)]
    line_start = text.rfind("\n", 0, newline) + 1
    if RUN_IN_HEADING.match(text, line_start):
        return False  # "BIATHLON: Sandström perfect in Kontiolahti" heads the paragraph under it
    if not following.lstrip()[:1].isdigit():
        return not text[newline - 1].isdigit() or following.lstrip()[:1].islower()
    return (
        newline - line_start >= MIN_WRAPPED_LINE
        and not LIST_ITEM.match(following)
        and not {"\t", "|"} & set(following)
        and "  " not in following.strip()
    )


def map_evidence(record: dict, repaired: Repaired, original: str) -> dict:
    """Point a record's evidence back at the original text (offsets and the text they cover)."""
    if repaired.starts is None:
        return record
    for event in record["events"]:
        for result in event["results"]:
            for item in result["evidence"]:
                item["start"], item["end"] = repaired.original_span(item["start"], item["end"])
                item["text"] = original[item["start"] : item["end"]]
    return record
