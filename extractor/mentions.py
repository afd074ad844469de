"""Finding mentions of people: the statistical NER's PERSON entities plus proper names it missed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, IS_TITLE, LENGTH, LOWER, ORTH, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .dates import DOTTED_DATE, FULL_DATE, MONTHS, WEEKDAYS
from .given_names import name_gender
from .linking import PARTICLES, ROMAN, doc_text
from .patterns import nation_names, region_abbreviations
from .timeparse import ordinal_value

HONORIFICS = frozenset(
    """
    coach dame dr dr. freshman junior miss mr mr. mrs mrs. ms ms. redshirt senior sir sophomore
    herr frau fräulein fraulein madame mme mme. mademoiselle mlle mlle. signor signora signorina señor señora
    principal headmaster headmistress headteacher teacher professor prof mayor councillor councilor governor
    senator minister president chairman chairwoman captain capt sergeant sgt reverend rev physiotherapist physio
    """.split()
)
NOUN_DETERMINERS = frozenset("the a his her their its fellow compatriot".split())  # "his fellow Finn", no name
BLOCKING_LABELS = frozenset(
    """
    COMPETITION DISCIPLINE DISTANCE GAP GENDER MEDAL NATION RECORD ROUND SPORT STATUS TIME TITLE
    """.split()
)
NON_PERSON_ENTS = frozenset(
    """
    DATE EVENT FAC GPE LAW LOC NORP ORG PRODUCT TIME WORK_OF_ART
    """.split()
)
ORG_ENDINGS = frozenset(
    """
    academy arena association center centre church club college company council federation foundation group hall
    institute league park school society stadium state team tech union university
    daily record times herald gazette tribune journal courier ledger chronicle examiner observer sentinel dispatch
    """.split()  # and a newspaper's: "Wausau Daily Record"
)
STREET_ENDINGS = frozenset("avenue boulevard crescent drive road street terrace".split())  # not "Lane", a family name
CALENDAR_WORDS = frozenset(MONTHS.keys() | set(WEEKDAYS) | {day[:3] for day in WEEKDAYS})  # "Sun Jun 1"
SAINTS = frozenset("St. St Saint Sankt San Santa Sainte Ste.".split())  # places named after saints
PLACE_ENTS = frozenset("DATE GPE LOC NORP TIME".split())
RESULT_CODES = frozenset("DNF DNS DNQ DSQ DQ PEN PB SB WR OR TR NR WC PR".split())  # written in capitals after a name
NON_NAME_WORDS = frozenset(
    """
    a after agency ahead airport an and april arena as association at august beats before behind breaks bronze but by
    center centre championship championships city claims classification club committee cup day december
    defends despite division dutch earlier edges editing editor elsewhere european february federation final finals for
    friday from games gold grabs hall he heat heats her herald his hold holds hotel i ice immediately in it january
    july june ladies lake lap laps later lead leads league ledger march mass may meanwhile men moments monday
    mountain national news november october of off olympic olympics on other oval overall pair pairs photo
    podium points post powers press pursuit race radio record records relay reporting resort result results retains
    rink road round saturday season september series sets she silver skating speed sport sprint stadium standings
    start storms street sunday takes team teammate the their they thursday times to total track tribune tuesday
    since today tomorrow tonight tv union university until update updated valley we wednesday week when while win wins
    with women world writing yesterday
    champion debutant favorite favourite newcomer outsider rookie take teenager underdog veteran youngster
    """.split()
)


def _is_name_token(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text) or any(ch.isdigit() for ch in text):
        return False  # "P2", "M65": no name holds a digit
    if token.like_num:
        return False  # a time said in words: "Thirty-three ninety-eight for the gold"
    if text.lower() in NON_NAME_WORDS or text.lower().strip(".") in HONORIFICS:
        return False
    if (
        text.isupper()
        and 1 < len(text) <= 4
        and (token.whitespace_ != "" or token.i + 1 == len(token.doc) or token.nbor(1).is_space)  # or a line's end
    ):
        # a code ("NED", "DNF"), unless a family name in capitals before or after a given name ("GONG Min-jae",
        # "Sander EIDE")
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        previous = token.doc[token.i - 1] if token.i > 0 else None
        if text in nation_names() or text in RESULT_CODES or ROMAN.fullmatch(text):
            return False  # "Germany II": a sled's number
        if (
            (following is None or not (following.is_title or _capitals_name_part(following)))
            and (previous is None or not (previous.is_title and previous.is_alpha and previous.whitespace_))
            and not (previous is not None and _capitals_name_part(previous) and previous.whitespace_)
        ):
            return False
    return token.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB") or not token.is_sent_start


def _capitals_name_part(token: Token) -> bool:
    """Whether a word in capitals beside a short one makes a name of it ("LARS HOVDE", "KIM JUN-SEO"): a word of
    three letters or more that is no code."""
    text = token.text
    return (
        len(text) > 2
        and text.isalpha()
        and text.isupper()
        and text not in nation_names()
        and text not in RESULT_CODES
        and not ROMAN.fullmatch(text)
    )


def particle_in_capitals(token: Token) -> bool:
    """Whether a word that may be a nation's code is a name's particle before a family name in capitals ("VAN
    AALST Jens": not Vanuatu)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ in PARTICLES and following is not None and following.is_upper and following.is_alpha


def _blocked_tokens(doc: Doc, signals: Iterable[Span]) -> set[int]:
    blocked: set[int] = set()
    codes = nation_names()
    for span in signals:
        if span.label_ == "NATION" and span.id_ == "code":
            # "KOR Park Seo-yun": the code, not the name after it; "ROY-TESSIER Maxime": no nation's code
            blocked.update(t.i for t in span if t.text in codes and not particle_in_capitals(t))
            continue
        if span.label_ in BLOCKING_LABELS:
            blocked.update(range(span.start, span.end))
        elif span.label_ == "SAME_NATION":  # "Compatriot Jet Oudshoorn", not the name after "fellow"
            blocked.update(i for i in range(span.start, span.end) if i == span.start or not doc[i].is_title)
    return blocked


def _name_runs(doc: Doc, blocked: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised name tokens, with particles and hyphenated parts inside."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(doc)
    capital = [doc.vocab.strings[key][:1].isupper() for key in doc.to_array(ORTH).tolist()] if n else []
    while i < n:
        if i in blocked or not capital[i] or not _is_name_token(doc[i]):
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
            particles = _particles_before_name(doc, end)
            if particles:
                end += particles + 1
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


def _particles_before_name(doc: Doc, i: int) -> int:
    """How many name particles start at token i and lead to a name token ("van der Meulen", "de la Cruz"); 0 if none."""
    count = 0
    while i + count < len(doc) and count < 3 and doc[i + count].lower_ in PARTICLES:
        count += 1
    return count if count and i + count < len(doc) and _is_name_token(doc[i + count]) else 0


def _hyphen_part(doc: Doc, i: int) -> bool:
    """Whether a token is the lower-case second part of a hyphenated given name ("Da-som", "Seo-yeon"; not
    "T-shirts")."""
    return (
        i >= 2
        and doc[i].is_alpha
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].text[:1].isupper()
        and len(doc[i - 2].text) > 1
    )


def _trim(doc: Doc, start: int, end: int, blocked: set[int]) -> tuple[int, int]:
    """A name run without leading or trailing words that are no part of a name."""
    while start < end and (
        start in blocked
        or not doc[start].text[:1].isupper()
        or any(ch.isdigit() for ch in doc[start].text)
        or doc[start].lower_.strip(".") in HONORIFICS
        or doc[start].lower_ in NON_NAME_WORDS
        or _question_mark(doc, start)
    ):
        start += 1
    # "Maxime Roy-Tessier of Sherbrooke, Que.": the name ends before the home town; "Roos van der Linden    Regio
    # Noord": a table's name cell ends at the run of spaces, tab or pipe before the next cell
    cut = next(
        (i for i in range(start + 1, end) if doc[i].lower_ == "of" or doc[i].is_space or doc[i].text == "|"), None
    )
    if cut is not None:
        end = cut
    while end > start and (
        not doc[end - 1].text[:1].isupper()
        and not _hyphen_part(doc, end - 1)
        or end - 1 in blocked
        or doc[end - 1].is_punct
        or doc[end - 1].lower_ in ("'s", "’s", "'")
        or doc[end - 1].lower_ in NON_NAME_WORDS
        and not (end - start == 2 and doc[end - 1].is_title and name_gender(doc[start].text))  # "Anna Post"
    ):
        end -= 1
    return start, end


def _question_mark(doc: Doc, i: int) -> bool:
    """Whether a token is the "Q." that opens a question of an interview's transcript ("Q. Femke, 1:12.48")."""
    return doc[i].text in ("Q.", "Q") and (i == 0 or "\n" in doc[i - 1].text + doc[i - 1].whitespace_)


def _nation_adjacent(doc: Doc, start: int, end: int, nation_tokens: set[int]) -> bool:
    if start > 0 and doc[start - 1].text == "/":
        return False  # "(JPN / Nishiki Foods)": a skater's company team after the nation
    before = {start - 1, start - 2}
    after = {end, end + 1, end + 2}
    return bool(before & nation_tokens) or bool(after & nation_tokens)


def _acts_alone(doc: Doc, parts: set[str], ent_label: dict[int, str]) -> bool:
    """Whether a part of a name is used elsewhere on its own as a clause subject (as people's family
    names are, whichever order the name is written in), and is not tagged as a place there."""
    return any(
        token.text in parts
        and token.dep_ in ("nsubj", "nsubjpass")
        and ent_label.get(token.i) not in PLACE_ENTS
        and not (token.i > 0 and doc[token.i - 1].text[:1].isupper() and doc[token.i - 1].is_alpha)
        for token in _with_text(doc, parts)
    )


def _with_hometown(doc: Doc, end: int, ent_label: dict[int, str]) -> bool:
    """Whether a name is followed by a home town or an age in brackets ("Brooke Salazar (Evanston, Ill.)",
    "Ishikawa Ren (23, Nihon University)"), as people, not organisations, are in federation and local reports."""
    return (
        end + 2 < len(doc)
        and doc[end].text == "("
        and (ent_label.get(end + 1) == "GPE" or doc[end + 1].like_num and doc[end + 2].text in (",", ")", "="))
    )


def _owns_a_result(doc: Doc, end: int) -> bool:
    """Whether a name owns a race's result ("Mio Kuroda's winning time of 1:53.66", "Kuroda's third win"), as a
    person does and a place does not."""
    if end >= len(doc) or doc[end].lower_ not in POSSESSIVES:
        return False
    following = doc[end + 1 : end + 4]
    noun = next((t for t in following if t.pos_ == "NOUN"), None)
    return (
        noun is not None
        and noun.lemma_ in OWNED_RESULTS
        and all(t.pos_ in ("ADJ", "NUM", "VERB") for t in following[: noun.i - end - 1])
    )


def _placed_with(doc: Doc, start: int, end: int) -> bool:
    """Whether a name stands between "with" and a place ("with Aoi Shimazaki third in 37.35"), as an athlete
    placed in a race does."""
    if start == 0 or end >= len(doc) or doc[start - 1].lower_ != "with":
        return False
    place = doc[end].lower_
    return not place.isdigit() and ordinal_value(place) is not None


def _with_text(doc: Doc, texts: set[str]) -> list[Token]:
    """The tokens whose text is one of `texts`, found by hash without making a Token of every token."""
    ids = {get_string_id(text) for text in texts}
    return [doc[i] for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in ids] if len(doc) else []


OWNED_RESULTS = frozenset("time victory win medal gold silver bronze podium".split())  # "Kuroda's winning time"
RACING_VERBS = frozenset(
    """
    beat clock edge finish place race skate ski swim take win
    """.split()
)


def _given_name_first(doc: Doc, start: int, end: int) -> bool:
    """Whether a two- or three-word name the model takes for an organisation or place starts with a known given name
    and ends with no word an organisation's name ends with, nor runs on into one ("Lily Haverkamp", not "Grace
    Church" or "Milan Cortina Winter Games")."""
    return (
        2 <= end - start <= 3
        and bool(name_gender(doc[start].text))
        and doc[end - 1].lower_ not in ORG_ENDINGS
        and not (end < len(doc) and doc[end].text.istitle())
    )


def _races(name: Span) -> bool:
    """Whether a name is the subject of a racing verb ("Mackenzie Rourke won the 500m in 37.92"), as no
    place or organisation is."""
    root = name.root
    return root.dep_ == "nsubj" and root.head.lemma_ in RACING_VERBS and not any(t.like_num for t in name)


def _compounds(doc: Doc) -> list[tuple[int, int]]:
    """Whitespace-delimited chunks of tokens ("Rønning-Haugen" is one chunk of three tokens)."""
    chunks = []
    start = 0
    rows = doc.to_array([IS_SPACE, SPACY, IS_PUNCT, ORTH, LOWER]).tolist() if len(doc) else []
    hyphen, possessives = get_string_id("-"), {get_string_id(word) for word in POSSESSIVES}
    for i, (space, whitespace, _, _, _) in enumerate(rows):  # as token.is_space, whitespace_, is_punct, text, lower_
        if space:
            start = i + 1
            continue
        if whitespace or i == len(rows) - 1 or rows[i + 1][2] and rows[i + 1][3] != hyphen:
            end = i + 1
            while end > start and (rows[end - 1][2] and rows[end - 1][3] != hyphen or rows[end - 1][4] in possessives):
                end -= 1
            if end > start and not rows[start][2]:
                chunks.append((start, end))
            start = i + 1
    return chunks


PLACE_PREPOSITIONS = frozenset("in at near from outside".split())
POSSESSIVES = frozenset(("'s", "’s", "'", "’"))
WINNING_VERBS = frozenset("win take claim grab collect capture".split())  # "won the Alternative Elfstedentocht"
NAMED_AFTER_PEOPLE = frozenset(
    "arena award center centre cup hall memorial oval park prize rink stadium trophy".split()
)


def _common_noun(token: Token) -> bool:
    """Whether a word is a common noun in lower case ("skater"), which a name before it modifies."""
    return token.is_lower and token.pos_ == "NOUN"


def _names_a_thing(doc: Doc, end: int) -> bool:
    """Whether a name is part of a venue's, prize's or organisation's name ("the Max Aicher Arena", "the Jane Doe
    Trophy", "Prairie Masters Speed Skating Association")."""
    run = end
    while run < min(len(doc), end + 4) and doc[run].text.istitle():
        if doc[run].lower_ in NAMED_AFTER_PEOPLE | ORG_ENDINGS:
            return True
        run += 1
    return False


DATELINE_SEARCH = 600  # characters: datelines open a report
BRACKETED_CODE = re.compile(r"\(([A-Z]{3})\)")
DATELINE_LENGTH = 70
ROW_AFTER_DASH = re.compile(r"\s*(?:\d|(?:gold|silver|bronze|DNF|DNS|DQ)\b)", re.IGNORECASE)
DATELINE = re.compile(
    r"(?m)^(?:[A-Z][^\n!?]{0,80}?[,(][^\n!?]{0,60}?|[A-Z][A-Z .'-]{2,40}?)\s(?:–|—|--|-)\s"
    rf"|^[A-Z][^\n,!?]{{1,40}},\s+{DOTTED_DATE.pattern}\.?\s"  # "Tomaszów Mazowiecki, 10.01.2026."
)


def _listed_with_people(doc: Doc, start: int, end: int, person_tokens: set[int]) -> bool:
    """Whether a name is an item of a list of people ("Daan Verbeek, Jelle Hoogland, Ruben Stam and Milan de
    Graaf"): a comma or "and" joins it to a name the model tags as a person."""
    before = start > 1 and doc[start - 1].lower_ in (",", "and") and start - 2 in person_tokens
    after = end + 1 < len(doc) and doc[end].lower_ in (",", "and") and end + 1 in person_tokens
    return before or after


def _names_of_institutions(ents: Iterable[Span]) -> set[str]:
    """The words that open the names of organisations and places of more than one word ("the Lacombe Memorial
    Centre", "the Lacombe Speed Skating Club"): a town's name, so the same word alone ("Lacombe teen skates to
    bronze") is no person, unless the text also names a person with it."""
    ents = list(ents)
    named = {part for e in ents if e.label_ == "PERSON" and len(e) > 1 for part in (e[0].lower_, e[-1].lower_)}
    words = set()
    for ent in ents:
        tokens = ent[1:] if ent[0].lower_ == "the" else ent
        if ent.label_ in ("ORG", "FAC", "GPE", "LOC") and len(tokens) > 1 and tokens[0].is_title:
            words.add(tokens[0].lower_)
    return words - named


def _venue_words(doc: Doc) -> set[str]:
    """Single capitalised words the text puts after "at" or "in" ("won at Holmenkollen on Saturday"): places,
    so the same word alone elsewhere ("to win Holmenkollen 50km") is no person."""
    rows = doc.to_array([LOWER, IS_TITLE]).tolist() if len(doc) else []  # (lower_, is_title) without Token objects
    before = {get_string_id("at"), get_string_id("in")}
    possessives = {get_string_id(word) for word in POSSESSIVES}
    return {
        doc.vocab.strings[rows[i + 1][0]]
        for i in range(len(rows) - 2)
        if rows[i][0] in before and rows[i + 1][1] and not rows[i + 2][1] and rows[i + 2][0] not in possessives
    }


VENUE_NOUNS = frozenset("Arena Oval Stadium Rink Velodrome Centre Center Ice-Arena Eisstadion".split())
COMPANY_SUFFIXES = frozenset("AS ASA AB AG BV NV SA GmbH Ltd Inc Oy LLC plc".split())  # "Nordvik Blades AS"
COMPANY_WORDS = frozenset(  # the last word of a firm's name ("Vanhulle Verzekeringen", "Hokuyo Denki")
    """
    assurances bank bouw construction consulting dairy denki electric energy foods groep group gruppe holding
    holdings industries insurance insurances installatietechniek logistics makelaardij motors solutions systems
    technologies transport vastgoed verzekeringen versicherungen zuivel
    """.split()
)
CLUB_SUFFIX = re.compile(r"[A-ZÆØÅÄÖ]{2,3}")  # the capitals that end a club's name: IL, IF, SK, SC, TSV


def _affiliation(doc: Doc, start: int) -> bool:
    """Whether a name follows the age in a Japanese report's "(age = affiliation)" or "(age, affiliation)" in the
    same parenthesis."""
    for token in reversed(doc[max(0, start - 8) : start]):
        if token.text in ("(", ")"):
            return False
        if token.text == "=" or token.text == "," and doc[token.i - 1].like_num and doc[token.i - 2].text == "(":
            return True
    return False


def _in_a_capitals_heading(doc: Doc, start: int) -> bool:
    """Whether a token stands in a sentence written all in capitals without numbers (a section heading, not a
    results line in capitals such as "FEMKE RUIJTER (NED) - Gold"), whose words run together."""
    if not doc[start].is_upper:
        return False
    sent = doc[start].sent
    words = [t for t in sent if t.is_alpha]
    if len(words) < 3 or not all(t.is_upper for t in words) or any(t.like_num for t in sent):
        return False
    text = doc_text(doc)
    line_end = text.find("\n", doc[start].idx)
    line = text[sent.start_char : line_end if line_end >= 0 else len(text)]
    coded = BRACKETED_CODE.search(line)
    if coded is not None and coded.group(1) in nation_names() and not line[coded.end() :].strip():
        return False  # a speaker's or a row's "MATEUSZ KOWALCZE (POL)"
    dash = re.search(r"\s[-–—]", line)
    return dash is None or not ROW_AFTER_DASH.match(text, sent.start_char + dash.end())


def _place_in_country(doc: Doc, start: int, end: int, nation_tokens: set[int]) -> bool:
    """Whether a name follows "in", "at" or "from" and comes before a comma and a country's name ("in Tomaszów
    Mazowiecki, Poland"): a place."""
    return (
        start > 0
        and doc[start - 1].lower_ in PLACE_PREPOSITIONS
        and end + 1 < len(doc)
        and doc[end].text == ","
        and end + 1 in nation_tokens
        and doc[end + 1].pos_ == "PROPN"
    )


def _a_date(doc: Doc, start: int, end: int) -> bool:
    """Whether a run is a weekday's and a month's name or abbreviation before a day's number ("Sun Jun 1")."""
    words = {doc[i].lower_.rstrip(".") for i in range(start, end)}
    return end < len(doc) and doc[end].like_num and words <= CALENDAR_WORDS and bool(words & MONTHS.keys())


def _region_after_town(doc: Doc, start: int) -> bool:
    """Whether a word is a province's or state's abbreviation after a town and a comma ("Port-Sauvin, Que.")."""
    return (
        doc[start].text in region_abbreviations()
        and start > 0
        and doc[start - 1].text == ","
        and start + 1 < len(doc)
        and doc[start + 1].text == "."
    )


def _after_at(doc: Doc, start: int, end: int) -> bool:
    """Whether a name follows "at" without a possessive after it ("Day 9 at Milano Cortina"): a place."""
    return start > 0 and doc[start - 1].lower_ == "at" and (end == len(doc) or doc[end].lower_ not in POSSESSIVES)


def datelines(text: str) -> Iterator[re.Match]:
    """The datelines that open a report ("Collalbo (ITA), 11 January 2026 –", "OSLO, Norway (AP) —",
    "LA PLAGNE, France –"): near its start, short, led by words in capitals, holding a bracket or dated (not
    "Brenner, the leader of the World Cup, ... Hina Murata – 37.63 s" further down)."""
    for match in DATELINE.finditer(text[:DATELINE_SEARCH]):
        capitals = re.match(r"[A-Z][A-Z .'-]*", match.group(0))
        line = text[match.start() : text.find("\n", match.end()) % (len(text) + 1)].rstrip()
        if line.endswith(")") and sum(c in nation_names() for c in BRACKETED_CODE.findall(line)) > 1:
            continue  # a pairing's "Pair 1: Ethan Lau (CAN) – Yerbol Dzhaksybekov (KAZ)": people, not a place
        if ROW_AFTER_DASH.match(text, match.end()):
            continue  # a results row's "Ayano Kishida (JPN) - 1:12.69", "Femke Ruijter (NED) - Gold"
        dated = FULL_DATE.search(match.group(0)) or DOTTED_DATE.search(match.group(0))  # "Baselga di Piné, 28.12.2025"
        if len(match.group(0)) <= DATELINE_LENGTH and (
            len(capitals.group(0).strip()) > 2 or "(" in match.group(0) or dated
        ):
            yield match


def _dateline_tokens(doc: Doc) -> set[int]:
    """Tokens of datelines: places, not people."""
    tokens: set[int] = set()
    for match in datelines(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            tokens.update(range(span.start, span.end))
    return tokens


def given_name_nations(doc: Doc, signals: Iterable[Span]) -> list[Span]:
    """Nation words that are a given name instead: one the model tags as the start of a person's name ("New
    Zealand's Finn Carrow", "ahead of Arjun Mehta and Finn O'Brien", "Chad Hedrick"), and the same word alone
    where such a name is in the text ("with Finn third in 15.3"); not one after a word only a noun takes ("His
    fellow Finn Joni Mäkelä", "the Finn")."""
    people = [
        ent for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and doc[ent.start + 1].text[:1].isupper()
    ]
    given = {ent[0].text for ent in people}
    return [
        s
        for s in signals
        if s.label_ == "NATION"
        and len(s) == 1
        and s.text.istitle()
        and s.text in given
        and name_gender(s.text)
        and not (s.start > 0 and doc[s.start - 1].lower_ in NOUN_DETERMINERS)
    ]


def find_person_mentions(doc: Doc, signals: Iterable[Span]) -> list[Span]:
    """Person mentions: NER PERSON spans (trimmed; not a lone word the text names as a place, in its dateline
    or as a place entity), proper-name runs that no other entity type claims or that stand by a nation, a
    racing verb, a home town, a person noun ("Zhang's teammate Sun Yiming") or a results list's place, and repeated
    name parts."""
    signals = list(signals)
    dateline = _dateline_tokens(doc)
    blocked = _blocked_tokens(doc, signals) | dateline
    ents = doc.ents
    dateline_words = {doc[i].lower_ for i in dateline if doc[i].is_alpha}
    venues = dateline_words | _venue_words(doc)
    places = venues | {e.text.lower() for e in ents if e.label_ in ("GPE", "LOC")} | _names_of_institutions(ents)
    nation_tokens = {i for s in signals if s.label_ == "NATION" for i in range(s.start, s.end)}
    person_noun_ends = {s.end for s in signals if s.label_ in ("SAME_NATION", "ROLE")}
    # a results list's row: "2. Sierra Okafor, Kearns, Utah, 1:15.64", whatever the model takes the name for
    person_noun_ends |= {s.end for s in signals if s.label_ == "RANK" and s.id_ in ("list", "bare list")}
    ent_label = {i: ent.label_ for ent in ents for i in range(ent.start, ent.end)}
    person_tokens = {i for i, label in ent_label.items() if label == "PERSON"}
    taken: set[int] = set()
    mentions: list[tuple[int, int]] = []

    codes = nation_names()

    headline_end = next((t.i for t in doc if "\n" in t.text), 0)
    runs = _name_runs(doc, blocked)
    # "Nordvik Blades AS is proud to congratulate ...": a company's name, wherever else it stands alone
    companies = {
        doc[start:end].text
        for start, end in runs
        if end < len(doc) and doc[end].text in COMPANY_SUFFIXES or doc[end - 1].lower_ in COMPANY_WORDS
    }
    # a place the model finds after "in" or "at" is that place wherever else it stands ("RESULTS – World Cup #4,
    # Tomaszów Mazowiecki (POL)" below "won the 1000m in Tomaszów Mazowiecki"); not "a new star in Merel Bosma"
    place_names = {
        e.text
        for e in ents
        if e.label_ in ("GPE", "LOC", "FAC")
        and len(e) > 1
        and e.start > 0
        and doc[e.start - 1].lower_ in ("in", "at")
        and not name_gender(e[0].text)
    }

    def add(start: int, end: int) -> None:
        if doc[start:end].text in place_names or doc[start:end].text in companies:
            return
        while end - start > 1 and end <= headline_end and doc[end - 1].lower_ in venues:
            end -= 1  # a headline's "gives Solbakken Oberhof sprint win": the venue after the name
        if end - start == 1 and doc[start].text in codes:  # "NED (Jet Vermeulen, ...)": a nation's code
            return
        if end - start > 1 and CLUB_SUFFIX.fullmatch(doc[end - 1].text):  # "(Aktiv SK)", "Kongsberg IF": a club
            return
        if end - start > 1 and CLUB_SUFFIX.fullmatch(doc[start].text) and start > 0 and doc[start - 1].text == "(":
            return  # "(IL Skjalg)": a club named first by its capitals
        if start > 0 and doc[start - 1].text == "Team":  # "the rider of Team Zuidwester": a team
            return
        if start > 1 and doc[start - 1].lower_ == "from" and doc[start - 2].lower_ in ("old", "native"):
            return  # "a 19-year-old from Karl-Marx-Stadt": a home town
        if start > 1 and doc[start - 1].lower_ == "the" and doc[start - 2].lemma_ in WINNING_VERBS:
            return  # "won the Alternative Elfstedentocht": a race won
        if start > 0 and doc[start - 1].lower_ in ("the", "a", "an") and end < len(doc) and _common_noun(doc[end]):
            return  # "The AZS AWF Katowice skater clocked 4:05.41": a club's skater
        if _a_date(doc, start, end):  # a byline's "Sun Jun 1 2025 - 18:40"
            return
        if end - start == 1 and _region_after_town(doc, start):  # "from Port-Sauvin, Que., won"
            return
        if any(doc[i].text in VENUE_NOUNS for i in range(max(0, start - 1), min(end + 1, len(doc)))):
            return  # "brought the Arena Lodowa crowd to its feet", "the Lodowa Arena": a venue
        if end - start > 1 and _in_a_capitals_heading(doc, start):  # "DEKKER COMPLETES HER WEEK"
            return
        if _place_in_country(doc, start, end, nation_tokens):  # "at the World Cup in Tomaszów Mazowiecki, Poland"
            return
        if _affiliation(doc, start):  # "Kobayashi Airi (19 = Hokkaido Univ. of Education Kushiro)"
            return
        if end - start > 1 and doc[end - 1].lower_ in STREET_ENDINGS:  # "the family's kitchen on Birch Crescent"
            return
        of_someone = start > 1 and doc[start - 1].lower_ in ("of", "(") and start - 2 in taken
        if of_someone and not _given_name_first(doc, start, end):
            return  # "Ruby Chen of Castleford Blades", "Harper Olsen (Twin Ports)": a club or home town
        if end > start and not taken.intersection(range(start, end)) and not _names_a_thing(doc, end):
            mentions.append((start, end))
            taken.update(range(start, end))

    for ent in ents:
        if ent.label_ == "PERSON":
            start, end = _trim(doc, ent.start, ent.end, blocked)
            for run_start, run_end in runs:
                if run_start <= start < run_end:
                    start, end = min(start, _trim(doc, run_start, run_end, blocked)[0]), max(end, run_end)
            if end - start == 1 and (
                start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS or doc[start].lower_ in places
            ):
                continue
            if _after_at(doc, start, end):
                continue

            if all(doc[i].lower_ in dateline_words for i in range(start, end)):  # "Alta Badia", in the dateline
                continue
            add(start, end)
    for start, end in runs:
        start, end = _trim(doc, start, end, blocked)
        while start > 0 and doc[start - 1].lower_ in PARTICLES and doc[start - 1].text.isupper():
            start -= 1  # "VAN DER LINDE Noor", whose "VAN" is also a nation's code
        if ent_label.get(start) == "NORP" and start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
            start += 1  # "the Frisian Dieuwke Postma"
        if (
            end - start < 2
            or taken.intersection(range(start, end))
            or all(doc[i].lower_ in dateline_words for i in range(start, end))
            or _after_at(doc, start, end)
            or doc[start].text in SAINTS
            and ent_label.get(end - 1) == "GPE"  # "St. Moritz", "San Remo"
        ):
            continue
        labels = {ent_label[i] for i in range(start, end) if i in ent_label} - {"NORP"}  # "Florian" is no nation
        if (
            not labels & NON_PERSON_ENTS
            or _nation_adjacent(doc, start, end, nation_tokens)
            or _acts_alone(doc, {doc[start].text, doc[end - 1].text}, ent_label)
            or _races(doc[start:end])
            or _with_hometown(doc, end, ent_label)
            or _owns_a_result(doc, end)
            or _placed_with(doc, start, end)
            and "GPE" not in labels
            and not nation_tokens.intersection(range(start, end))
            or start in person_noun_ends
            or _listed_with_people(doc, start, end, person_tokens)
            or labels <= {"ORG", "GPE", "LOC"}
            and ent_label.get(end - 1) != "GPE"
            and _given_name_first(doc, start, end)
        ):
            add(start, end)
    for start, end in list(mentions):  # "Tyler and Jordan Kessling": brothers, the first by his given name
        given = start - 2
        if (
            end - start > 1
            and given >= 0
            and doc[start - 1].lower_ == "and"
            and doc[given].is_title
            and not (given > 0 and doc[given - 1].text == "," and given - 2 in taken)
            and name_gender(doc[given].text)
            and given not in taken
        ):
            add(given, given + 1)
    parts = {part for start, end in mentions for part in doc[start:end].text.split()}
    parts = {p for p in parts if p[:1].isupper() and p.lower() not in PARTICLES and len(p) > 1}
    full_name_parts = {part for start, end in mentions if end - start > 1 for part in doc[start:end].text.split()}
    full_text, bounds = doc_text(doc), doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
    for start, end in _compounds(doc):
        if end - start > 2 and doc[start + 1].text == "-" and doc[start].is_lower:
            start += 2  # a wire headline's "Speed skating-Coles snatches gold": the name after the sport
        text = full_text[bounds[start][0] : bounds[end - 1][0] + bounds[end - 1][1]]  # doc[start:end].text, faster
        if text not in parts or blocked.intersection(range(start, end)):
            continue
        if text not in full_name_parts and start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS:
            continue
        if start > 0 and doc[start - 1].text in SAINTS:  # the "Moritz" of "St. Moritz"
            continue
        add(start, end)
    return [Span(doc, start, end, label="PERSON") for start, end in _crews_by_slash(doc, sorted(mentions))]


def _crews_by_slash(doc: Doc, mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names joined by a slash with no space ("Lukas Grabner/Matthias Eder", "Grabner/Eder"): one crew, as luge
    doubles, beach volleyball pairs and bobsleigh crews are written."""
    merged: list[tuple[int, int]] = []
    for start, end in mentions:
        joined = merged and merged[-1][1] + 1 == start and doc[start - 1].text == "/"
        if joined and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            merged[-1] = (merged[-1][0], end)
            continue
        merged.append((start, end))
    return merged
