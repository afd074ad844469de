"""Finding mentions of people: the statistical NER's PERSON entities plus proper names it missed."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "ter",
    "te",
    "von",
    "da",
    "di",
    "du",
    "dos",
    "del",
    "la",
    "le",
    "af",
    "zu",
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "coach", "dame", "mr.", "mrs.", "ms.", "dr."}
BLOCKING_LABELS = {
    "NATION",
    "COMPETITION",
    "DISTANCE",
    "DISCIPLINE",
    "SPORT",
    "GENDER",
    "ROUND",
    "MEDAL",
    "RECORD",
    "TITLE",
    "TIME",
    "GAP",
    "STATUS",
}
NON_PERSON_ENTS = {
    "ORG",
    "GPE",
    "LOC",
    "FAC",
    "EVENT",
    "NORP",
    "DATE",
    "TIME",
    "WORK_OF_ART",
    "PRODUCT",
    "LAW",
}
NON_NAME_WORDS = {
    "cup",
    "championships",
    "championship",
    "games",
    "oval",
    "arena",
    "stadium",
    "rink",
    "center",
    "centre",
    "hall",
    "university",
    "federation",
    "union",
    "association",
    "committee",
    "club",
    "olympics",
    "ice",
    "lake",
    "city",
    "street",
    "road",
    "hotel",
    "airport",
    "mountain",
    "valley",
    "resort",
    "news",
    "press",
    "agency",
    "tv",
    "radio",
    "times",
    "post",
    "herald",
    "ledger",
    "tribune",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "results",
    "result",
    "final",
    "finals",
    "race",
    "the",
    "a",
    "an",
    "and",
    "but",
    "in",
    "on",
    "at",
    "after",
    "before",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "when",
    "while",
    "with",
    "for",
    "of",
    "from",
    "as",
    "by",
    "to",
    "earlier",
    "later",
    "elsewhere",
    "meanwhile",
    "moments",
    "despite",
    "immediately",
    "other",
    "team",
    "podium",
    "skating",
    "speed",
    "track",
    "world",
    "olympic",
    "european",
    "national",
    "men",
    "women",
    "ladies",
    "gold",
    "silver",
    "bronze",
    "photo",
    "reporting",
    "editing",
    "writing",
    "lead",
    "update",
    "updated",
    "heat",
    "heats",
    "round",
    "pair",
    "pairs",
    "lap",
    "laps",
    "dutch",
    "total",
    "mass",
    "start",
    "relay",
    "sprint",
    "pursuit",
    "day",
    "week",
    "season",
    "overall",
    "classification",
    "standings",
    "points",
}


def _is_name_token(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text):
        return False
    if text.lower() in NON_NAME_WORDS or text.lower().strip(".") in HONORIFICS:
        return False
    if text.isupper() and len(text) > 1 and token.whitespace_ != "" and len(text) <= 4:
        return False
    return token.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB") or not token.is_sent_start


def _blocked_tokens(doc: Doc, signals: Iterable[Span]) -> set[int]:
    blocked: set[int] = set()
    for span in signals:
        if span.label_ in BLOCKING_LABELS:
            blocked.update(range(span.start, span.end))
    return blocked


def _name_runs(doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised name tokens, with particles and hyphenated parts inside."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(doc)
    while i < n:
        if i in blocked or not _is_name_token(doc[i]):
            i += 1
            continue
        start = i
        end = i + 1
        while end < n and end not in blocked:
            token = doc[end]
            previous = doc[end - 1]
            if "\n" in previous.whitespace_ or "\n" in token.text:
                break
            if token.text == "-" and not previous.whitespace_ and not token.whitespace_ and end + 1 < n:
                end += 2
                continue
            if token.lower_ in PARTICLES and end + 1 < n and _is_name_token(doc[end + 1]):
                end += 2
                continue
            if (
                token.lower_ in PARTICLES
                and end + 3 < n
                and doc[end + 1].text in ("'", "’")
                and doc[end + 2].lower_ == "t"
                and _is_name_token(doc[end + 3])
            ):
                end += 4
                continue
            if (
                token.text in ("'", "’")
                and not token.whitespace_
                and end + 2 < n
                and doc[end + 1].lower_ == "t"
                and _is_name_token(doc[end + 2])
            ):
                end += 3
                continue
            if _is_name_token(token) or (not previous.whitespace_ and previous.text == "-" and token.is_alpha):
                end += 1
                continue
            break
        runs.append((start, end))
        i = end
    return runs


def _trim(doc: Doc, start: int, end: int, blocked: set[int]) -> tuple[int, int]:
    while start < end and (
        start in blocked
        or not doc[start].text[:1].isupper()
        or doc[start].lower_.strip(".") in HONORIFICS
        or doc[start].lower_ in NON_NAME_WORDS
    ):
        start += 1
    while end > start and (
        not doc[end - 1].text[:1].isupper()
        or end - 1 in blocked
        or doc[end - 1].is_punct
        or doc[end - 1].lower_ in ("'s", "’s", "'")
        or doc[end - 1].lower_ in NON_NAME_WORDS
    ):
        end -= 1
    return start, end


def _nation_adjacent(doc: Doc, start: int, end: int, nation_tokens: set[int]) -> bool:
    before = {start - 1, start - 2}
    after = {end, end + 1, end + 2}
    return bool(before & nation_tokens) or bool(after & nation_tokens)


def _acts_alone(doc: Doc, surname: str, ent_label: dict[int, str]) -> bool:
    """Whether a name part is used elsewhere on its own as a clause subject (as people's surnames are)."""
    return any(
        token.text == surname
        and token.dep_ in ("nsubj", "nsubjpass")
        and ent_label.get(token.i) in (None, "PERSON")
        and not (token.i > 0 and doc[token.i - 1].text[:1].isupper() and doc[token.i - 1].is_alpha)
        for token in doc
    )


def _compounds(doc: Doc) -> list[tuple[int, int]]:
    """Whitespace-delimited chunks of tokens ("Rønning-Haugen" is one chunk of three tokens)."""
    chunks = []
    start = 0
    for token in doc:
        if token.is_space:
            start = token.i + 1
            continue
        if token.whitespace_ or token.i == len(doc) - 1 or doc[token.i + 1].is_punct and doc[token.i + 1].text != "-":
            end = token.i + 1
            while end > start and doc[end - 1].is_punct and doc[end - 1].text != "-":
                end -= 1
            if end > start and not doc[start].is_punct:
                chunks.append((start, end))
            start = token.i + 1
    return chunks


def find_person_mentions(doc: Doc, signals: Iterable[Span]) -> list[Span]:
    """Person mentions: NER PERSON spans (trimmed), unlabelled proper-name runs, and repeated name parts."""
    signals = list(signals)
    blocked = _blocked_tokens(doc, signals)
    nation_tokens = {i for s in signals if s.label_ == "NATION" for i in range(s.start, s.end)}
    ent_label = {i: ent.label_ for ent in doc.ents for i in range(ent.start, ent.end)}
    taken: set[int] = set()
    mentions: list[tuple[int, int]] = []

    def add(start: int, end: int) -> None:
        if end > start and not taken.intersection(range(start, end)):
            mentions.append((start, end))
            taken.update(range(start, end))

    for ent in doc.ents:
        if ent.label_ == "PERSON":
            start, end = _trim(doc, ent.start, ent.end, blocked)
            for run_start, run_end in _name_runs(doc, blocked):
                if run_start <= start < run_end and run_end > end:
                    end = run_end
            add(start, end)
    for start, end in _name_runs(doc, blocked):
        start, end = _trim(doc, start, end, blocked)
        if end - start < 2 or taken.intersection(range(start, end)):
            continue
        labels = {ent_label[i] for i in range(start, end) if i in ent_label}
        if (
            not labels & NON_PERSON_ENTS
            or _nation_adjacent(doc, start, end, nation_tokens)
            or _acts_alone(doc, doc[end - 1].text, ent_label)
        ):
            add(start, end)
    parts = {part for start, end in mentions for part in doc[start:end].text.split()}
    parts = {p for p in parts if p[:1].isupper() and p.lower() not in PARTICLES and len(p) > 1}
    for start, end in _compounds(doc):
        if doc[start:end].text in parts and not blocked.intersection(range(start, end)):
            add(start, end)
    return [Span(doc, start, end, label="PERSON") for start, end in sorted(mentions)]
