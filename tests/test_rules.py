"""The rule matcher (`race_rules`): each pattern file's phrasings, and what must not match."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.pipeline import SpanRuler

from extractor.patterns import load_patterns
from extractor.rules import RaceRules, literal_form

CORPUS = Path(__file__).resolve().parent / "corpus"


def spans(nlp: Language, text: str, label: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.id_) for s in doc.spans["race"] if s.label_ == label]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won in 1:12.31.", "1:12.31"),
        ("He clocked 41.398 in the final.", "41.398"),
        ("She finished in 1 minute, 13.19 seconds.", "1 minute, 13.19 seconds"),
        ("She finished in one minute 13.19 seconds.", "one minute 13.19 seconds"),
        ("He skated 1min 13.19sec.", "1min 13.19sec"),
        ("A time of 37.2 seconds was enough.", "37.2 seconds"),
        ("He won in 2:05:41.", "2:05:41"),
        ("He crossed the line in 2hr 05min 14.3sec.", "2hr 05min 14.3sec"),
        ("His time: thirty-four point five six seconds.", "thirty-four point five six seconds"),
        ("Her time: one minute, fourteen point three zero seconds.", "one minute, fourteen point three zero seconds"),
    ],
)
def test_times(nlp: Language, text: str, expected: str) -> None:
    assert expected in [t for t, _ in spans(nlp, text, "TIME")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niels Hjorthaug (NOR) +0.45", "+0.45"),
        ("She was 0.64 seconds behind the winner.", "0.64 seconds behind"),
        ("She beat Austad by 0.58 seconds.", "by 0.58 seconds"),
        ("She finished a hundredth of a second slower.", "a hundredth of a second"),
        ("Caminada was third at 0.61sec.", "at 0.61sec"),
        ("Schaefer was 14th, 1min 21.7sec behind the winner.", "1min 21.7sec behind"),
        ("Schaefer was 14th, 1 min 21.7 sec behind the winner.", "1 min 21.7 sec behind"),
        ("Szilagyi took bronze, 0.23 seconds further back.", "0.23 seconds further back"),
        ("Jeon was a hundredth slower still in third.", "a hundredth slower"),
        ("Rennie finished eighteen hundredths of a second slower.", "eighteen hundredths of a second"),
        ("Baumann was twenty-two hundredths behind.", "twenty-two hundredths behind"),
        ("Kwon won by a margin of 0.08 seconds over Mol.", "by a margin of 0.08 seconds"),
        ("Wielinga had to beat him by more than 11.84 seconds.", "by more than 11.84 seconds"),
        ("19. Veera Lahteenmaki FIN +1.21,6", "+1.21,6"),
        ("2. Noemi Wyss (SUI) +0''28", "+0''28"),
    ],
)
def test_gaps(nlp: Language, text: str, expected: str) -> None:
    assert expected in [t for t, _ in spans(nlp, text, "GAP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smeding finished sixth.", "finished sixth"),
        ("Dale came home in 24th place.", "24th place"),
        ("Smeding finished 11th out of 30 competitors.", "11th out of 30"),
        ("Kok was fifth fastest.", "fifth fastest"),
        ("Holt, Sand and Dale finished 14th, 15th and 22nd respectively.", "14th, 15th and 22nd respectively"),
        ("Lammerts faded to seventh.", "faded to seventh"),
        ("She missed five targets and fell back to 17th.", "fell back to 17th"),
        ("Sato slipped to sixth in 37.71.", "slipped to sixth"),
        ("Koopman struggled to ninth after a cold.", "struggled to ninth"),
        ("Brandt skates to career-best 4th at World Cup.", "skates to career-best 4th"),
        ("Baptiste was a disappointing eleventh.", "was a disappointing eleventh"),
        ("1, Ryota Kanemura (JPN) 34.71. 2, Hidde Wolters (NED) 34.78.", "1,"),
        ("1, Ryota Kanemura (JPN) 34.71. 2, Hidde Wolters (NED) 34.78.", "34.71. 2,"),
    ],
)
def test_placings(nlp: Language, text: str, expected: str) -> None:
    assert expected in [t for t, _ in spans(nlp, text, "RANK")]


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Kok claimed silver.", "MEDAL", "silver"),
        ("She had to settle for bronze.", "MEDAL", "bronze"),
        ("It was a new world record.", "RECORD", "WR"),
        ("She set an Olympic record.", "RECORD", "OR"),
        ("He skated a personal best.", "RECORD", "PB"),
        ("Japan's Aiko Mori won.", "NATION", "JPN"),
        ("Marieke Dekkers of the Netherlands took bronze.", "NATION", "NED"),
        ("Park Seo-yeon (KOR) was second.", "NATION", "KOR"),
        ("2. Lotte Smit (Ned) 1:29.934", "NATION", "NED"),
        ("Team GB's Ellia Smeding finished 11th.", "NATION", "GBR"),
        ("Great Britain & Northern Ireland took bronze.", "NATION", "GBR"),
        ("The Dutchwoman won.", "NATION", "NED"),
        ("Chinese Taipei's Lin won.", "NATION", "TPE"),
        ("at the Milan Winter Olympics", "COMPETITION", "olympics"),
        ("at the World Cup in Heerenveen", "COMPETITION", "world_cup"),
        ("at World Rowing Cup III in Varese", "COMPETITION", "world_cup"),
        ("at the World Single Distances Championships", "COMPETITION", "worlds"),
        ("at the European Championships", "COMPETITION", "continental"),
        ("the women's 1,000m", "GENDER", "women"),
        ("in the ladies' 500 metres", "GENDER", "women"),
        ("in the mass start", "DISCIPLINE", "mass start"),
        ("in the team pursuit", "DISCIPLINE", "team pursuit"),
        ("the men's super-G", "DISCIPLINE", "super-G"),
        ("She was disqualified.", "STATUS", "dq"),
        ("He did not finish.", "STATUS", "dnf"),
        ("Disqualified: China.", "STATUS", "dq"),
    ],
)
def test_vocabularies(nlp: Language, text: str, label: str, value: str) -> None:
    assert value in [v for _, v in spans(nlp, text, label)]


@pytest.mark.parametrize(
    ("text", "distance"),
    [
        ("the women's 1,000m", "1,000m"),
        ("the 1000 metres", "1000 metres"),
        ("the 1,000-meter race", "1,000-meter"),
        ("the 10km classic", "10km"),
        ("won the 500", "the 500"),
        ("Dalseth wins 5,000 for hosts", "5,000"),
        ("THE 200KM TOUR", "200KM"),
        ("the 100km masters race", "100km"),
        ("the men's five hundred metres", "five hundred metres"),
        ("Saturday\n\n1,500\n1, Rens Achterberg (NED) 1:44.96.", "1,500"),
    ],
)
def test_distances(nlp: Language, text: str, distance: str) -> None:
    found = [t for t, _ in spans(nlp, text, "DISTANCE")]
    assert any(distance in t for t in found), found


@pytest.mark.parametrize(
    ("text", "label", "blocker"),
    [
        ("She sat in provisional gold medal position.", "MEDAL", "NOT_MEDAL"),
        ("She beat Marchetto in the gold-medal final.", "MEDAL", "NOT_MEDAL"),
        ("The bronze-medal ride was over early.", "MEDAL", "NOT_MEDAL"),
        ("a sea of orange-clad supporters", "MEDAL", None),
        ("She is the defending Olympic champion.", "TITLE", None),
        ("She opened in 10.38 seconds.", "NONRESULT", None),
        ("her season best of 37.8", "NONRESULT", None),
        ("the previous Olympic record of 1:13.56", "NONRESULT", None),
        ("He raced the 1,500 in 2022.", "BACKGROUND", None),
        ("Marchand won three individual titles at the meet.", "WIN", "NOT_WIN"),
        ("Seo Jae-won was third.", "WIN", "NOT_WIN"),
        ("It was a hard-won victory.", "WIN", "NOT_WIN"),
        ("Veenstra had predicted a Polish win the night before.", "WIN", "NOT_WIN"),
        ("Her leg time of 19:21.4 was the fifth-fastest.", "NONRESULT", None),
        ("His brother was the first to reach him.", "RANK", "NOT_RANK"),
        ("She was the first Dutchwoman to win the title.", "RANK", "NOT_RANK"),
        ("Oudeman, now retired and working as a commentator, was at the rink.", "STATUS", "NOT_STATUS"),
        ("She retired from international skating in 2019.", "STATUS", "NOT_STATUS"),
        ("Defending sprint Crystal Globe winner Alva Nystrom missed the race with a cold.", "TITLE", None),
        ("Alva Nystrom missed the race with a cold.", "STATUS", None),
        ("It is her best result since the season 2023/24, when she was fifth.", "BACKGROUND", None),
        ("Fourth, losing the bronze by only 0.04, finished Aasheim.", "MEDAL", "NOT_MEDAL"),
        ("14.02.2026, 19:47 | Tomasz Wrobel, Inzell", "NONRESULT", None),
        ("It is the first medal since the year 2017, when Lis won.", "BACKGROUND", None),
        ("Morioka set off fast, passing 300 metres in 23.4.", "NONRESULT", None),
        ("She never went slower than 32.6 seconds per lap.", "NONRESULT", None),
        ("Kalsbeek started the final day in second place.", "PROVISIONAL", None),
        ("She skied the second, classic leg for the United States.", "RANK", "NOT_RANK"),
        ("It was Zwart's third medal, after silver in the 1,000m.", "BACKGROUND", None),
        ("Choi added silver to her 500m title.", "BACKGROUND", None),
        ("Lunde won the 1500m four days after taking silver in the 5000m.", "BACKGROUND", None),
        ("Mass start preview: Dekker chases a third medal", "PREVIEW", None),
        ("THE MASTERS RACES (Tuesday 27th)", "RANK", "NOT_RANK"),
        ("It was held on the 27th of January.", "RANK", "NOT_RANK"),
        ("Fournier, 18.9 seconds down at the start, faded to fourth.", "GAP", "NOT_GAP"),
        ("Lindahl started 31 seconds behind.", "GAP", "NOT_GAP"),
        ("He had been only third at the 3,000-metre mark.", "PROVISIONAL", None),
        ("He was still lapping under 31.5 seconds at the 7,000 metre mark.", "NONRESULT", None),
        ("Haugland needed to finish inside 13:10.28.", "NONRESULT", None),
        ("Looking back: last season's races were split.", "BACKGROUND", None),
        ("Speed skating betting tips: Wang the one to beat", "PREVIEW", None),
        ("FOOTBALL", "OTHER_SPORT", None),
        ("Aune skated in the second-to-last pair.", "RANK", "NOT_RANK"),
        ("Park clipped a block on the third of four and a half laps.", "RANK", "NOT_RANK"),
        ("Baumann goes 1:45.66, which slots him in second for now.", "PROVISIONAL", None),
        ("She finished fourth, just 0.37 seconds short of bronze.", "MEDAL", "NOT_MEDAL"),
        ("He won, clocking one minute 53.47 seconds down the icy Streif.", "GAP", "NOT_GAP"),
        ("Morrow had been seventh in the morning.", "RANK", "NOT_RANK"),
        ("With South Korea's Park Seong-min seventh in 34.71.", "RANK", None),
        ("Welcome to live coverage of the men's 1500m, the classic distance.", "DISCIPLINE", "NOT_DISCIPLINE"),
        ("Slalom standings (after 6 of 10 races): 1. Noiret 365 points", "BACKGROUND", None),
        ("GIMCHEON, 230 kilometers southeast of Seoul, hosted the trials.", "DISTANCE", "NOT_DISTANCE"),
        ("The rink is 40km from Oslo.", "DISTANCE", "NOT_DISTANCE"),
        ("It delighted the 10,000 orange-clad supporters in Thialf.", "DISTANCE", "NOT_DISTANCE"),
        ("They drove 110 kilometres up Highway 73 to the oval.", "DISTANCE", "NOT_DISTANCE"),
        ("The family has driven something like 300,000 kilometres to get here.", "DISTANCE", "NOT_DISTANCE"),
        ("It was a 40-km drive to the rink.", "DISTANCE", "NOT_DISTANCE"),
        (
            "Moretti went long and for a glorious 300 metres looked as though he might hold on.",
            "DISTANCE",
            "NOT_DISTANCE",
        ),
        ("Vermeulen's winning time, for the record, was 7:52.61.", "NONRESULT", "NOT_NONRESULT"),
        ("American skating has been waiting for a gold medal for a long time.", "MEDAL", "NOT_MEDAL"),
        ("She is chasing a first Olympic gold.", "MEDAL", "NOT_MEDAL"),
        ("Rakhimov, who crossed the line fourth, was later disqualified.", "STATUS", None),
    ],
)
def test_context_markers(nlp: Language, text: str, label: str, blocker: str | None) -> None:
    if label == "MEDAL" and blocker is None:
        assert not spans(nlp, text, "MEDAL")
    elif blocker:
        assert spans(nlp, text, blocker)
    else:
        assert spans(nlp, text, label)


@pytest.mark.parametrize("text", ["He was born in 1998.", "the 11th pair", "us and them", "Jordan Stolz won."])
def test_no_false_nations_or_times(nlp: Language, text: str) -> None:
    assert not spans(nlp, text, "NATION")
    assert not spans(nlp, text, "TIME")


@pytest.mark.parametrize(
    "text",
    [
        "He overhauled the field on the last length to win in 2:05.94.",
        "She took the lead on the last climb to win by 12 seconds.",
    ],
)
def test_a_stretch_of_the_race_before_a_win_is_no_other_time(nlp: Language, text: str) -> None:
    assert not spans(nlp, text, "BACKGROUND")


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ([{"LOWER": "team"}, {"TEXT": "GB"}], None),
        ([{"LOWER": "kiwis"}], ("LOWER", [["kiwis"]])),
        ([{"TEXT": "Oranje"}], ("ORTH", [["Oranje"]])),
        ([{"LOWER": {"IN": ["a", "b"]}, "OP": "?"}, {"TEXT": "-"}], ("LOWER", [["a", "-"], ["b", "-"], ["-"]])),
        ([{"LOWER": "x", "OP": "*"}], None),
        ([{"LOWER": {"REGEX": "^x$"}}], None),
        ([{"TEXT": {"NOT_IN": ["x"]}}], None),
        ([{"LOWER": "Kiwis"}], None),
    ],
)
def test_literal_form(pattern: list[dict], expected: tuple | None) -> None:
    assert literal_form(pattern) == expected


def test_same_spans_as_a_plain_span_ruler(nlp: Language) -> None:
    """The phrase matchers change the cost of matching, never its result."""
    plain = SpanRuler(nlp, "plain", spans_key="race", validate=True)
    plain.add_patterns(load_patterns(tokenizer=nlp.tokenizer))
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[::3]]  # a spread of them
    ours = nlp.get_pipe("race_rules")
    docs = nlp.pipe(texts, disable=["race_rules", "race_people", "race_results"])
    for text, doc in zip(texts, docs, strict=True):
        assert ours.match(doc) == plain.match(doc), text[:60]


ANCHORING_PATTERNS = [
    ("OFFSET", [{"LIKE_NUM": True}, {"LOWER": {"IN": ["gold", "golds", "medals"]}}]),
    ("OFFSET", [{"POS": "PROPN"}, {"LOWER": {"REGEX": "^(first|second|\\d+(st|nd|rd|th))$"}}, {"IS_PUNCT": True}]),
    ("OFFSET", [{"TEXT": "A", "OP": "!"}, {"LOWER": "final"}]),
    ("WORD", [{"LOWER": "world"}, {"IS_TITLE": True, "OP": "*"}]),
    ("WORD", [{"LOWER": "hong"}, {"LOWER": "kong"}, {"TEXT": "SAR", "OP": "?"}]),
    ("LEADING", [{"LOWER": {"IN": ["reigning", "world"]}, "OP": "*"}, {"LOWER": "champion"}]),
    ("LEADING", [{"LOWER": {"IN": ["world", "youth"]}, "OP": "+"}, {"IS_TITLE": True}]),
    ("UNBOUNDED", [{"LEMMA": {"IN": ["be", "finish"]}}, {"IS_ALPHA": True, "OP": "{0,}"}, {"LOWER": "third"}]),
    ("UNBOUNDED", [{"LOWER": {"IN": ["european", "four"]}}, {"IS_TITLE": True, "OP": "*"}, {"LOWER": "games"}]),
    ("NONE", [{"POS": "PROPN"}, {"IS_TITLE": True, "OP": "+"}]),
    ("NONE", [{"IS_TITLE": True, "OP": "+"}, {"LOWER": {"IN": ["cup", "games"]}}]),
]
ANCHORING_TEXTS = [
    "The reigning world champion, Hong Kong SAR's Li Wei, won 3 gold medals at the Four Continents Games.",
    "He was 4 golds up in the World Cup Final; the World Single Distances Championships follow. She finished "
    "a distant and tired third, Anna second.",
    "European Youth Olympic Winter Games: world champion Kim first, then the B final and the A final. "
    "World champion reigning champion champion.",
]


def test_anchored_patterns_match_as_a_plain_matcher(nlp: Language) -> None:
    """Anchors at a distance from the start, single words, leading repeats and unbounded lengths change
    the cost of matching, never its result."""
    rows = [{"label": "ROUND", "pattern": pattern, "id": kind} for kind, pattern in ANCHORING_PATTERNS]
    plain = SpanRuler(nlp, "plain", spans_key="test", validate=True)
    plain.add_patterns(rows)
    ours = RaceRules(nlp, "anchored", spans_key="test", validate=True)
    ours.add_patterns(rows)
    assert len(ours.matcher) == 1  # only the patterns with no anchor are left to a plain Matcher
    kinds = set()
    for doc in nlp.pipe(ANCHORING_TEXTS, disable=["race_rules", "race_people", "race_results"]):
        expected = plain.match(doc)
        kinds.update(span.id_ for span in expected)
        assert ours.match(doc) == expected, doc.text[:60]
    assert kinds == {kind for kind, _ in ANCHORING_PATTERNS}


def test_removed_patterns_no_longer_match(nlp: Language) -> None:
    ruler = RaceRules(nlp, "removal", spans_key="test")
    ruler.add_patterns(
        [
            {"label": "NATION", "pattern": [{"LOWER": "kiwis"}], "id": "NZL"},
            {"label": "TIME", "pattern": [{"TEXT": {"REGEX": r"^\d\.\d\d$"}}], "id": "clock"},
            {"label": "GAP", "pattern": [{"LOWER": {"IN": ["by", "at"]}}, {"TEXT": {"REGEX": r"^\d$"}}], "id": "gap"},
        ]
    )
    doc = nlp.make_doc("The Kiwis won in 1.23 by 2")
    assert [(s.text, s.label_) for s in ruler.match(doc)] == [("Kiwis", "NATION"), ("1.23", "TIME"), ("by 2", "GAP")]
    ruler.remove("TIME")
    ruler.remove_by_id("NZL")
    assert [(s.text, s.label_) for s in ruler.match(doc)] == [("by 2", "GAP")]
