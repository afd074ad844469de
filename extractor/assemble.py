"""Result assembly: attach the matched signals to people and races, derive what the text implies, check it.

The rules decide numbers, the statistical model supplies people and syntax. Each signal (a time, gap,
placing, medal, record, status or nation) is attached to the person mention nearest to it in the
dependency tree of its sentence; each result signal belongs to the race mentioned nearest to it (or the
race the report is currently about). A race is known by gender, distance and discipline, and by its run
(weekday, ordinal, round) where one distance is raced more than once. Signals in background clauses
(earlier seasons, other races, quotes, provisional positions) are ignored.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from itertools import chain, pairwise
from typing import TypeVar

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from .dates import MONTH_NAMES, MONTHS, RELATIVE_DAYS, WEEKDAYS, published_in_text
from .folding import fold
from .given_names import field_gender, name_gender
from .linking import CHILD_NOUNS, Entity, doc_text, link_mentions, named_as_relative, quoted_tokens
from .mentions import PARTICLES, WINNING_VERBS, datelines, particle_in_capitals
from .patterns import name_romanisations, nation_names, venue_nations
from .tables import NOT_RESULT_ROLES, Cell, Table, read_tables
from .timeparse import Duration, TimeParseError, format_seconds, ordinal_value, parse_duration, word_to_number

RESULT_REACH = 3  # tokens from a result to the race it is in: "a bronze in the men's 1,000m"
RESULT_LABELS = {"TIME", "GAP", "RANK", "WIN", "MEDAL", "RECORD", "STATUS", "FIELD"}
MEDAL_RACES = {"olympics", "worlds", "continental"}
TITLE_COMPETITIONS = {"olympic": "olympics", "world": "worlds", "european": "continental", "continental": "continental"}
SPEECH_VERBS = frozenset("say tell add explain admit reveal write post announce confirm insist recall".split())
CLUB_NOUNS = frozenset(
    "club clubs centre center arena hall association federation union society academy league".split()
)
COMPARED_WITH = frozenset("beating beat edging edged from over".split())
POSSESSIVES = ("'s", "’s", "'", "’")
CONTRAST_MARKS = ("while", "whereas", "whilst")
NATION_BEFORE_COMPETITION = 3  # tokens: "the U.S. Olympic Speedskating Trials"
NON_MEDAL_ROUNDS = {"heat", "semi-final", "quarter-final", "final B", "division B", "skate-off"}
MEDAL_RANK = {"gold": 1, "silver": 2, "bronze": 3}
RANK_MEDAL = {rank: medal for medal, rank in MEDAL_RANK.items()}
SUBJECT_PRONOUNS = {"he", "she"}
TEAM_LIST_MARKS = frozenset((",", "with", "of", "—", "–", ":"))  # "Italy, with Giulia Ferraro"
LIST_NATION_MARKS = frozenset(("'s", "’s", "'", "’", "-", "–", "—", ":", "("))
PRONOUN_GENDERS = {
    **dict.fromkeys(("she", "her", "hers", "herself"), "women"),
    **dict.fromkeys(("he", "his", "him", "himself"), "men"),
}
OBJECT_PRONOUNS = {"her", "him", "his", "herself", "himself"}
PAIR_WORDS = frozenset("both pair duo two".split())
FIRST_PERSON = frozenset("i me my myself".split())  # a transcript's speaker: "KISHIDA: 1:12.69 is my personal best"
SECOND_PERSON = frozenset("you your".split())  # whom a question is put to: "Q. Ayano, you were 0.21 behind Femke"
ANCHOR_WORDS = SUBJECT_PRONOUNS | OBJECT_PRONOUNS | PAIR_WORDS | FIRST_PERSON | SECOND_PERSON | {"the", "who"}
ANAPHOR_NOUNS = {
    "skater",
    "star",
    "sprinter",
    "veteran",
    "teenager",
    "youngster",
    "champion",
    "winner",
    "athlete",
    "racer",
    "skier",
    "swimmer",
    "runner",
    "biathlete",
    "rower",
    "favourite",
    "favorite",
    "newcomer",
    "rookie",
    "member",
    "native",  # "the Milwaukee native"
    "graduate",  # "The 2019 Marquette Senior High graduate"
}
CONTESTS = frozenset("sprint duel battle tussle photo fight".split())
PAIR_CONTESTS = frozenset("duel battle tussle fight pair pairing head-to-head".split())  # within a race
RACING_TOGETHER = frozenset("pair relay".split())
NICKNAMING = frozenset("ice speed sprint skating track oval".split())  # "ice queen": no role
CLOCK_WORDS = frozenset("clock clocked timed time stopped".split())
T = TypeVar("T")
OTHER_GENDER = {"women": "men", "men": "women"}
AHEAD = frozenset(("ahead", "clear"))
IMPLIED_RANKS = {"first": 1, "second": 2, "third": 3}
RACE_PART_SPRINTS = frozenset("intermediate final bonus points first second third fourth last".split())
UNITS = frozenset("- m metre metres meter meters km k kilometre kilometres kilometer kilometers".split())
COMPARISONS = frozenset("behind ahead than after before".split())
TALLY_NOUNS = frozenset(("golds", "silvers", "bronzes", "medals", "titles", "wins", "victories"))
GAP_AHEAD = {"ahead", "clear", "faster", "quicker"}
BEAT_VERBS = frozenset("beat defeat crush thrash trounce edge overtake pass pip deny hold".split())
# their inflections, which the tagger may not lemmatise ("pipping China's Sun Haoyu by three hundredths")
BEAT_FORMS = frozenset(
    form
    for verb in BEAT_VERBS
    for form in (verb, f"{verb}s", f"{verb}ed", f"{verb}d", f"{verb}ing", f"{verb[:-1]}ing", f"{verb}{verb[-1]}ing")
    + (f"{verb}{verb[-1]}ed",)
)
OUT_VERB = re.compile(
    r"out(?:battl|class|du|gun|kick|last|lean|pac|perform|rac|row|run|ski|skat|sprint|swim|touch)\w*$"
)
RESULT_VERBS = {
    "set",
    "sets",
    "setting",
    "clocked",
    "clocking",
    "skated",
    "posted",
    "broke",
    "smashed",
    "lowered",
    "new",
    "a",
    "an",
    "in",
    "with",
    "swam",
    "ran",
    "improved",
    "equalled",
    "equaled",
}
NEGATED_WIN = {"not", "never", "without", "a", "first", "his", "her", "their"}
HOPED_WIN = frozenset(
    """
    attempt bid chance expected failed favorite favourite hate hated hates hope hoped hopes hoping like liked
    likes love loved loves need needed needs tipped want wanted wants
    """.split()
)
MAX_DISTANCE = 7
RESULT_INFINITIVES = frozenset("win take claim clinch grab seize snatch secure finish place land".split())
MOVING_VERBS = frozenset("drop slip slide fade fall sink tumble move climb rise".split())
PODIUM_PLACES = frozenset("podium medals medal bronze".split())
LINE_OPENING = re.compile(r"([IO]n the\s+)?(\w+['’]s\s+)?")  # before a race's name opening a line: "In the women's "
PODIUM_LIST_REACH = 3  # words from "The podium was" to its first name: "The podium: the Dutchwoman Post"
TOTAL_WORDS = frozenset("combined total aggregate overall cumulative".split())
PARTIAL_TIME_RATIO = 0.6
FAMILY_ROLES = frozenset(
    """
    aunt brother daughter dad father grandfather grandmother husband mom mother mum parents partner sibling
    sister son uncle wife boyfriend girlfriend fiance fiancé fiancee fiancée
    """.split()
)
MAX_DISTANCE_ALONE = 11
YEAR = re.compile(r"(19|20)\d\d(?:/\d\d)?")  # a season: "2023/24"
DEPENDENT_PENALTY = 3
SUBORDINATORS = frozenset("when while as whereas although though because".split())
PLACE_VERBS = frozenset("leave visit enter tour reach".split())  # "leaving the Netherlands with silver"
PLACE_PREPOSITIONS = frozenset("in from at across around throughout into".split())  # "travelled to race in Norway"
LIST_REACH = 4  # words from a bracketed list of members to a result of its team: ") took second in"
# "still hopes to add the 3,000m on Monday" (the forms: the small model's lemma of "hopes" is "hop")
INTENT_VERBS = frozenset(
    "hope hopes hoped hoping plan plans planned planning aim aims aimed aiming want wants wanted wanting "
    "expect expects expected expecting intend intends intended intending".split()
)
FASTEST = frozenset(("fastest", "quickest"))
LONG_UNITS = frozenset("km k kilometres kilometers kilometre kilometer mi mile miles".split())
APPROXIMATE_FILLERS = frozenset("a little bit just well slightly shade touch fraction".split())  # "a little over"
APPROXIMATE_WORDS = frozenset("more less than over under nearly almost about around".split())
DAY_PARTS = frozenset("morning afternoon evening".split())  # "this afternoon": the story's day
MEET_DAYS_AFTER = 2  # the days of a meet after its first day: a Friday-to-Sunday weekend
MIN_RACE_SECONDS = 5.0
BEST_KINDS = frozenset(("season best", "reference", "record value", "target"))  # "has a season best of 12:47.33"
# metres per second a skater of any level covers a race at, slowest and fastest: no 500m takes 1:13.88
LOOMING_VERBS = frozenset("loom approach beckon await".split())  # "with the 1500m looming"
# "1500m world title", "champion over 1500 metres", "the Dutch sprint champion"
TITLE_WORDS = frozenset("title titles crown champion champions".split())
CAUSATIVE_VERBS = frozenset("make let help see watch hear".split())  # "made the ice look slow": a bare infinitive
AIMING_VERBS = frozenset("eye target".split())  # "now eyes the 1500m": a race aimed at is still to come
SKATING_SPEEDS = {"speed skating": (8.0, 15.5), "short track": (8.0, 15.5)}
MAX_SPEED = 25.0  # metres per second: faster than any race over a stated distance (track cycling ~22)
MAX_SKATING_SPEED = 17.0  # faster than any skater's average over a distance (and than a 4000m cycling pursuit's)
MAX_NATION_DISTANCE = 4
FAMILY_NAME_FIRST_NATIONS = frozenset("JPN KOR PRK CHN TPE HKG MAC MGL".split())
TIE_WORDS = frozenset(
    "tie tied ties tying shared share sharing joint equal dead-heated separated same identical".split()
)
RACE_PRIZES = frozenset("gold silver bronze medal title crown victory win".split())  # "for 3000m gold"
BYLINE_SEPARATORS = frozenset("· | • ‧ ∙".split())
BYLINE_VERBS = frozenset("posted published written updated".split())
MOVING_ON = frozenset("before then eventually finally ultimately".split())  # from a point in the race to its end
PROMOTING_VERBS = frozenset("promote upgrade elevate".split())  # a medal given by a later decision sets the place
LAP_NOUNS = frozenset("lap laps loop loops circuit circuits round rounds".split())
STARTING_VERBS = frozenset("start race go skate ski run compete".split())  # "the last of the 30 starters to race"
GENDERLESS_MAN = ("german", "roman", "norman", "oman")  # demonyms that end like "Dutchman" but are no man's
MEDALLIST = ("medallist", "medalist", "medallists", "medalists")
# "Brandt clocked 1:15.31": the forms, since the parser may take the verb for an adjective
TIMING_VERBS = frozenset(
    "clocked clocks posted posts recorded records logged logs registered registers skated skates swam swims "
    "ran runs rode rides skied skis".split()
)
NATION_CROWDS = frozenset(  # a nation's things, no person's nation: "the Polish ice", "The Dutch people around us"
    "supporters fans crowd team federation media ice track oval rink public press people audience viewers".split()
)
# people of a nation named by a common noun, not the nation of someone named unless a name follows: "the Dutch
# ladies go off like rockets", "Tremblay-Roy wins gold after Italian leader crashes"
NATION_GROUPS = frozenset(
    "ladies guys lads girls boys skaters riders athletes racers contingent camp spectators leader rival rivals "
    "favourite favorite veteran youngster teenager pair duo trio starter starters jumpers skiers entrants "
    "delegation".split()
)
GROUP_FRAMES = frozenset("of among for".split())  # "Of the other Norwegians, Lunde was ninth and Rø 16th"
NUMBERED_RUNS = frozenset("123")  # "Men's 500m (2)" in a results list
RACE_ORDINALS = {
    "first": "1",
    "opening": "1",
    "second": "2",
    "third": "3",
    "closing": "last",
    "concluding": "last",
    "final": "last",
    "last": "last",
}
ORDINAL_NAMES = {"1": "first race", "2": "second race", "3": "third race", "last": "last race"}
ORDINAL_NUMBERS = {word: n for n, word in enumerate("first second third fourth fifth sixth".split(), 1)}
DATING_WORDS = frozenset("on earlier later".split())
ROUND_MOVES = frozenset("from into to for through".split())
RACE_NOUNS = frozenset("race races final event heat leg run".split())
POINTS_WORDS = frozenset(("pts", "pts.", "points", "pt"))  # a points column's unit
PODIUM_MAKING_VERBS = frozenset("make form fill complete".split())  # "X, Y and Z made up the podium"
RACE_NAME_LEADS = frozenset(("in", "at", "the", "men", "women", "ladies", "'s", "’s", "'", "’"))
CHAMPIONSHIP_NOUNS = frozenset("championship title standings classification".split())  # "the men's championship"
FRAMING_TEAM_NOUNS = frozenset(
    "team squad skaters athletes medal medals medallists medalists".split()
)  # "Canada's medals"
TEAM_QUALIFIERS = frozenset("long short track long-track short-track speed skating national olympic".split())
AGE_CLASSES = {
    **dict.fromkeys(("junior", "juniors"), "junior"),
    **dict.fromkeys(("senior", "seniors", "elite"), "senior"),
    **dict.fromkeys(("masters", "veterans"), "masters"),
    **dict.fromkeys(("youth", "u23", "under-23"), "youth"),
}
NUMBERED_AGE_CLASS = re.compile(r"[mwf]\d{2}\+?")  # a masters class: "M65", "W45", "M70+"
GENDERED_RACE_NOUNS = frozenset("race event competition field final podium category".split())  # "the women's race"
# an age or class between a gender and its race noun: "the women's 50+ race", "the men's U23 category"
AGE_CLASS = re.compile(r"\d{2}\+?|\+|u-?\d{2}|under-?\d{2}|masters|veterans|juniors?|seniors?|elite|open|amateurs?")
EDGING_VERBS = frozenset("edge pip outsprint outlean nip beat".split())
NEXT_PLACE_WORDS = frozenset("directly immediately right just".split())
NEXT_PLACE_NOUNS = ("place", "spot", "position", "rank")
TIME_NOUNS = frozenset("time best mark result".split())  # "Tennant's time in Nagano was 1:52.40"
DAY_NOUNS = RACE_NOUNS | {"result", "results", "win", "victory"}
WON_NOUNS = RACE_NOUNS | {
    "victory",
    "title",
    "gold",
    "crown",
    "sprint",
    "distance",
}  # "the race was won by X"  # "Canada's other Friday result"
PASSIVE_WINNING_VERBS = frozenset("win take claim celebrate secure earn capture".split())  # "was taken by"
DAY_REACH = 5  # tokens from a weekday's possessive to the race it dates: "Thursday's women's sprint"
LIST_ROW = re.compile(
    r"[ \t]*(=?\d{1,3}[.)=]?|[TP]\d{1,3}|DNF|DNS|DQ|DSQ)[ \t|]"
)  # "3. Lammers", "=2  Hoek", "DQ  Horvath", "P3 CAN Marchand"
LIST_ROW_RUN_IN = re.compile(rf"[^\n:]{{1,40}}:{LIST_ROW.pattern}")  # "Men 1500 m: 2. Eide 1:44.33, 5. ..."
TABLE_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?: [\w'’.-]+){1,4}")  # a name cell's words: "Demi Bakhuis", "van der"
PLACE_CELL = re.compile(r"[=T]?(\d{1,3})[.=]?")  # a table's place: "2", "=2", "2=", "T2", "2."
COLUMN_LABELS = frozenset("TIME GAP RANK WIN MEDAL DISTANCE".split())  # what a table's other columns cannot say
PLACE_COLUMNS = frozenset("rank rk pos pos. position place pl. pl #".split())
SEASONS = frozenset("spring summer autumn fall winter season year".split())
FULL_DATE = re.compile(  # a line's publication date: "25 January 2026", "Jan. 25, 2026"
    r"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (19|20)\d\d\b"
    r"|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (19|20)\d\d\b"
)
POINTS_TOTAL = re.compile(r"\d{2,3}\.\d{3}")  # an allround or sprint points total: "137.580"
# a line with a photo credit: "(Photo by Tom Keller/Getty Images)", "Photo: Kjell Aune / SkatingPulse", "(Photo)"
PHOTO_CAPTION = re.compile(
    r"(?im)^[^\n]*(?:\(photo\b[^)\n]*\)|\[(?:photo|image|picture)(?: caption)?\]"
    r"|\b(?:photo|image|picture)(?: caption)?:|\bcaption:|\bphoto by\b)[^\n]*$"
)
# a web page's links to other stories ("Related: ...", "Read more: ...", "More on this story" over a list of headlines),
# up to the next blank line
LINK_LINES = re.compile(
    r"(?im)^(?:related(?: stories| articles| topics| coverage)?|read more|read also|also read|see also|more on this"
    r" story|more from [^\n:]{1,30}|recommended(?: for you)?|most read|watch|listen)\b(?:[ \t]*[:|\-–][^\n]*)?$"
    r"(?:\n[^\n]+)*"
)
# a web page's menu or breadcrumb line: four or more short items of words between pipes, tabs or wide gaps ("NL | EN
# Nieuws    Langebaan    Shorttrack    Marathon"), not a table's header over rows
NAVIGATION_LINE = re.compile(
    r"(?m)^[ \t]*[^\W\d]+(?: [^\W\d]+){0,3}(?:(?:\t+| {2,}|[ \t]*[|·•>][ \t]*)[^\W\d]+(?: [^\W\d]+){0,3}){3,}[ \t]*$"
    r"(?!\n[^\n]*\d)"
)
MONTH_RUN_IN = re.compile(  # a timeline's paragraph opening: "November – ", "March 2025: "
    rf"(?im)^({'|'.join(MONTH_NAMES)})(?: \d{{4}})?[ \t]*[–—:-][ \t]"
)
UPDATE_LINE = re.compile(r"(?im)^[\[(]?\s*(?:updated?|update \d+)\b")  # "[Updated at 4:30 a.m.]", "UPDATE:"
LATER_WORDS = frozenset("later afterwards afterward".split())
LATER_OPENING = re.compile(
    r"(?i)(an?|one|two|three|four|five|six|\d+) (days?|weeks?|weekends?|months?) later\b"
    r"|the (next|following) (day|week|weekend|month)\b"
)
RULING_NOUNS = frozenset("ruling decision verdict judgment judgement sanction annulment".split())
THAT_TIME = ("then ,", "back then", "that year", "that season", "that day", "that time", "at the time")
RECLASSING_VERBS = frozenset("classify relegate demote promote".split())
COURSE_PARTS = frozenset("bend bends corner curve turn bell straight exchange".split())
NATION_JOINERS = frozenset(
    "' ’ 's ’s short track speed long cross country alpine ski - teammate teammates team-mate team-mates "
    "compatriot compatriots team mate skater skaters skier skiers swimmer swimmers star stars quartet trio duo crew "
    "squad".split()
)
STANDINGS_HEADER = re.compile(r"(?m)^(?!.*\bTime\b)(?:[A-Z][\w.]*(?:\t+| {2,}))+(?:Points|Pts\.?)[ \t]*$")
# "continues on Sunday with", "The pursuit starts on Saturday"
CALLED_OFF_VERBS = frozenset("postpone cancel scrap abandon reschedule".split())  # a race not run (yet)
PROGRAMME_VERBS = frozenset("continue resume conclude close finish end wrap start begin open follow".split())
TITLE_NOUNS = frozenset("winner winners champion champions medallist medalist runner-up victor holder".split())
COMPETITOR_NOUNS = frozenset(
    "skater athlete racer rider skier swimmer runner competitor entrant representative".split()
)
NEAR_MISS = frozenset(
    "within short shy outside off missed miss missing near close chasing against pace schedule".split()
)
NAME_LIST_WORDS = frozenset(("'s", "’s", "and", ",", "the", "compatriot", "teammate", "team-mate"))
MISREPORTING_VERBS = frozenset("say give describe state report list put misstate call".split())
STORY_NOUNS = frozenset("article story version report it".split())
CORRECTION_WORDS = ("correction", "corrected", "corrects", "correcting")
PASSING_MARKS = frozenset(("-", "–", "—", "→", ">"))  # between the passing times of one race
LIST_TIME = re.compile(r"\+?\d{1,2}(:\d{2}){0,2}([.,]\d{1,3})?")
TEAM_MEMBERS_JOINERS = frozenset(", with of".split())
SKATING_SPORTS = {"speed skating", "short track"}
OFF_OVAL_SKATING = {"marathon skating", "inline skating"}  # whose "marathon" is no 42.195 km and no athletics
METRE_SPORTS = {*SKATING_SPORTS, *OFF_OVAL_SKATING, "swimming", "athletics", "rowing"}  # "1500m", not "1.5km"
JUMPING_SPORTS = frozenset(("ski jumping",))  # metres are a jump's length
HEATS_ARE_NO_ROUNDS = frozenset(("speed skating", "bobsleigh", "luge", "skeleton"))
SLED_CREWS = frozenset(("two-man", "four-man", "two-woman", "four-woman"))
DISCIPLINE_SPORT = {
    **dict.fromkeys(SLED_CREWS, "bobsleigh"),
    "downhill": "alpine skiing",
    "super-G": "alpine skiing",
    "giant slalom": "alpine skiing",
    "slalom": "alpine skiing",
    "combined": "alpine skiing",
    "skiathlon": "cross-country skiing",
    "classic": "cross-country skiing",
    "backstroke": "swimming",
    "breaststroke": "swimming",
    "butterfly": "swimming",
    "individual medley": "swimming",
    "individual pursuit": "track cycling",
    "marathon": "athletics",
    "steeplechase": "athletics",
    "hurdles": "athletics",
    "single sculls": "rowing",
    "double sculls": "rowing",
    "team pursuit": "speed skating",
    "team sprint": "speed skating",
    "allround classification": "speed skating",
    "skeleton": "skeleton",
    "monobob": "bobsleigh",
}
TECHNIQUES = frozenset(("classic", "freestyle"))  # a cross-country race's technique
STROKES = frozenset(("freestyle", "backstroke", "breaststroke", "butterfly"))  # a medley's legs
POINTS_RACES = frozenset(("mass start",))  # races whose final order is decided by points
LONG_RACE = 15_000  # metres: a mass start this long is a way of starting it, not an event of its own
MODIFIER_DISCIPLINES = {
    "freestyle",
    "classic",
    "backstroke",
    "breaststroke",
    "butterfly",
    "individual medley",
    "sprint",
    "pursuit",
    "individual pursuit",
    "skiathlon",
}
JUDGED_DISCIPLINES = frozenset({"halfpipe", "slopestyle", "big air", "moguls", "aerials", "doubles"})  # no times
TEAM_NUMERALS = frozenset("I II III IV".split())
TEAM_DISCIPLINES = {
    *SLED_CREWS,
    "relay",
    "team pursuit",
    "team sprint",
    "double sculls",
    "quadruple sculls",
    "pair",
    "four",
    "eight",
    "doubles",
}
REPEAT_NOUNS = frozenset("rematch repeat replay reprise rerun copy".split())  # "a rematch of last year's final"
TEAM_NOUNS = frozenset("crew men quartet squad team trio women line-up lineup".split())
HOME_PEOPLE = frozenset("favourite favorite hope hopes hero heroine star darling boy girl".split())  # "home favourite"
HOME_THINGS = frozenset("ice crowd crowds fans soil track oval snow supporters stop event".split())  # "on home ice"
# a nation's people as a group: "the other Norwegians", "the Dutch pair", "the Korean team", "Japanese jumpers"
GROUP_NOUNS = NATION_GROUPS | TEAM_NOUNS | frozenset("selection member members one ones".split())
NOT_BEFORE_RACE = frozenset(
    """
    about after all another around at both by closing every extra final first for four last opening
    passed passes passing past reach reached reaches reaching remaining second third three through to toward
    towards two until with within
    """.split()
)
NOT_AFTER_RACE = frozenset(
    """
    bike checkpoint circuit climb cycle lake lap laps left leg legs loop loops mark medalist medalists
    medallist medallists of opener oval ride squad squads swim
    part penalty phase point points pool
    portion races reaction remaining rink run runs section sign specialist specialists split splits
    skater skaters skier skiers runner runners swimmer swimmers rider riders
    sprint-finish stage straight stretch technique time times to track turn wall
    """.split()
)
DISCIPLINE_DISTANCE = {"marathon": 42195}
NON_RANK_NOUNS = frozenset(
    """
    attempt career consecutive cup day gold group groups heat heats lap laps medal pair pairs podium
    race races round rounds run runs season start straight time title victory win world
    """.split()
)
CLAUSE_BREAKS = frozenset("AUX PRON SCONJ VERB".split())  # the parts of speech no noun phrase runs across
SPRINT_DISTANCES = (500, 1000)
CHAMPIONSHIP_DISTANCES = frozenset((500, 1000, 1500, 3000, 5000, 10000))  # raced at allround/sprint championships
OVAL_DISTANCES = CHAMPIONSHIP_DISTANCES | {100}  # the distances a long-track race is held over
RESULT_FIELDS = ("rank", "medal", "time")  # what an account of an athlete's result may state
MEDAL_NOUNS = frozenset({"gold", "silver", "bronze", "medal", "medals"})
MAX_RELATIVE_ASIDE = 16  # tokens of a relative clause between commas
MAX_ASIDE = 18  # tokens
SWEEP_NATION_REACH = 4  # tokens between a nation and its sweep: "Dutch skaters went one-two-three"
MIN_GALLERY = 3  # captions: a report told in photo captions alone
MIN_BLOG_ENTRIES = 3
# "CROSS-COUNTRY SKIING", or with a title after a dash or colon ("ALPINE - Aubry gets her revenge"), not a
# dateline's sentence ("BERLIN - Smith won the 500m.")
HEADING = re.compile(r"(?m)^[^\n.!?]{1,60}$|^[A-Z][^\n.!?:]{2,30}:(?=[ \t])")  # a line, or a run-in "Looking back:"
SECTION_HEADING = re.compile(r"(?m)^[A-Z][A-Z &/-]{2,40}(?:[ \t]+[-–—:|][ \t]+[^\n]{1,80}[^.!?\"”\n])?$")
SPLIT_NOUNS = frozenset("passage split splits checkpoint".split())  # "a 700-metre passage of 51.9"
# "her 500m disappointment", "her near miss in the 500m": a race told as a setback of someone's, not a result
SETBACK_NOUNS = frozenset(
    "disappointment heartbreak misery woes struggles nightmare disaster frustration miss crash fall".split()
)
ROUND_RESULTS = 3  # results that make an early round news beside its final's
EARLIER_ROUNDS = frozenset(("heat", "quarter-final", "semi-final"))
# rounds a story turns to for a paragraph ("In the semi-finals, ...", "In Division B, ..."); one goes out in an
# earlier round, never in a B group
ROUNDS_TURNED_TO = EARLIER_ROUNDS | {"division B"}
EXIT_VERBS = frozenset("eliminate knock go crash exit bow fall lose miss".split())  # "was knocked out in the semis"
HEADING_NOUNS = frozenset(("results", "events", "races"))  # a heading's words beside a gender ("Men's results")
# a heading's words beside a round ("SEMI-FINAL 1 RESULT")
ROUND_HEADING_WORDS = frozenset(("result", "results", "1", "2", "3", "4", "5", "6", "one", "two", "three", "four"))
GENDER_HEADING = re.compile(r"(?mi)^(men|women|ladies)(?:'s)?(?: results| events| races)?:?[ \t]*$")
CLASSING_VERBS = frozenset("classify rank place count".split())
SPLIT_MARKS = ("at", "through", "past", "after")
QUESTIONER_LABEL = re.compile(r"Q \([^)\n]*\):")  # "Q (Kang Min-seo, Yonhap):"
QUESTION_LINE = re.compile(r"Q[:.] ")  # an interview's question: "Q: You crossed the line in 4:01.77"
UNNAMED_OTHERS = CHILD_NOUNS | {"partner", "opponent", "rival"}  # someone else, when no name goes with the noun
ADVANCING = {(verb, "to") for verb in ("advance", "advances", "progress", "progresses", "go", "goes")}
SPEAKER_LABEL = re.compile(
    r"(?:Q|[A-Z][A-Z .'-]{1,40})(?: \([^)\n]*\))?: "
)  # "MARSH: ", "KISHIDA (through interpreter): "
# a line naming a speaker alone ("JORDAN WHITLOCK (CAN)", "Tanabe Hiroki") over a paragraph that is their quotation
SPEAKER_HEADING = re.compile(
    r"(?m)^([A-Z][^\s()]*(?: [A-Z][^\s()]*){1,3})(?: \([A-Z]{3}\))?[ \t]*\n[ \t]*\n?([“\"][^\n]*)$"
)
UPCOMING_PERIODS = (["this", "weekend"], ["this", "week"], ["next", "week"], ["next", "weekend"])
SECTION_OPENING = 4  # tokens: "[19:35] World Rowing Cup III, Varese: the men's single sculls"
# nouns that turn a competition's name into something else: a venue ("the Olympic Oval"), or a team and a place on
# it ("her second Olympic team berth", "the last two Olympic teams")
SUPERLATIVE_REACH = 8  # tokens from a superlative to the time marker that closes its phrase
PASSED = frozenset("through past at after by passing reaching".split())  # "went through 700m in 52.6"
STRETCH_LIST_REACH = 5  # tokens from a split's distance to the next one listed ("300m in 25.9 and 700m")
FIRST_RESULT_SENTENCES = 3  # the sentences whose competition is the report's, as a reader takes it
NOT_THE_EVENT = frozenset(
    "arena center centre hall oval park pool rink stadium venue venues village team teams berth berths spot spots"
    " quota quotas ticket tickets selection squad squads roster hopes hopeful hopefuls dream dreams committee".split()
)
DISTANCE_WORD = re.compile(r"\d[\d,.]*(m|km|k)?|m|metres|meters|km|kilometres|kilometers|laps?")
TENTHS_BEFORE = frozenset("in of clocked clocking timed".split())  # the words a time to a tenth follows
FINISHING_ORDER = re.compile(r"(?i)\bin (?:finishing|finish) order\b|\bin (?:the )?order of finish(?:ing)?\b")
HEADING_WORDS = 4  # a line of no more words than this over results is a heading ("SUNDAY", "Saturday: the sprint")
HEADING_REACH = 12  # sentences back from a place to the heading of its section
COMPETITION_TO_COME = re.compile(
    r"(?i)\b(next|upcoming|coming|forthcoming)\b|\bthis (summer|winter|season|year|month) ?['’]s\b"
    r"|\b(tickets?|berths?|spots?|way) to\b|\b(qualify|qualified|qualifying|standard|selection|selected) for\b"
    r"|\b(focus|focuses|focusing|concentrate|concentrating) on\b|\b(prepare|prepares|preparing|preparation) for\b"
    r"|\blook(s|ing)? ahead to\b"
)
CLASSIFICATIONS = {"allround classification", "sprint classification", "overall classification"}


@dataclass
class Signal:
    """A matched rule span with its label and the value its pattern id or text gives."""

    label: str
    kind: str
    span: Span

    @property
    def root(self) -> Token:
        """The token that stands for the span in the dependency tree."""
        return self.span.root


@dataclass(frozen=True)
class RaceKey:
    """What identifies a race within one article."""

    gender: str | None
    distance: int | None
    discipline: str | None


@dataclass(frozen=True)
class Run:
    """What singles out one run of a race at a meet: its weekday, its ordinal ("1", "2", "last"), its round
    ("heat", "semi-final", "final", "final B", ...) and the round's number ("the third quarter-final")."""

    day: str | None = None
    ordinal: str | None = None
    round: str | None = None
    number: int | None = None
    age: str | None = None  # "junior", "masters", "M65", "55-59": when the article races one distance in several

    def merged(self, other: Run) -> Run:
        """This run with the parts it lacks taken from another."""
        round_ = self.round or other.round
        number = self.number or (other.number if other.round == round_ else None)
        return Run(self.day or other.day, self.ordinal or other.ordinal, round_, number, self.age or other.age)


@dataclass
class Gap:
    """A stated difference between two athletes' times: time(behind) = time(ahead) + seconds."""

    behind: Entity | None
    ahead: Entity | None
    duration: Duration
    approximate: bool
    span: Span
    ahead_rank: int = 1  # with no athlete ahead named: the gap is to the winner, or to third ("off the podium")
    last_timed: Entity | None = None  # "slower" with no one named: than the athlete stated before
    whole_seconds: bool = False  # "one second behind": exact against a time stated to the second (a marathon's 5:21:07)


@dataclass
class Facts:
    """What the article states about one athlete in one race."""

    entity: Entity
    rank: int | None = None
    medal: str | None = None
    time: Duration | None = None
    derived: bool = False
    status: str = "finished"
    records: list[str] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    winner: bool = False
    win_span: Span | None = None
    members: list[str] = field(default_factory=list)
    other_times: list[tuple[Duration, Span]] = field(default_factory=list)

    def note(self, name: str, span: Span) -> None:
        """Keep the text a value was read from, with its character offsets."""
        self.evidence.append({"field": name, "start": span.start_char, "end": span.end_char, "text": span.text})

    def award(self, medal: str, span: Span) -> None:
        """Give the athlete a medal the text states, unless one is already stated."""
        if self.medal is None:
            self.medal = medal
            self.note("medal", span)


@dataclass
class Race:
    """One race of the article and what it says of each athlete in it; `run` tells apart runs of one
    distance at a meet ("Saturday's first 500m", "the second semi-final")."""

    key: RaceKey
    run: Run = field(default_factory=Run)
    section: int = -1
    dated: str | None = None
    field_size: int | None = None
    facts: dict[int, Facts] = field(default_factory=dict)
    gaps: list[Gap] = field(default_factory=list)
    # (behind, ahead, places between them, evidence)
    next_places: list[tuple[Entity, Entity, int, Span]] = field(default_factory=list)
    first_result: int | None = None

    def of(self, entity: Entity, position: int) -> Facts:
        """The facts of an athlete in this race, created on first use."""
        if self.first_result is None:
            self.first_result = position
        if entity.key not in self.facts:
            self.facts[entity.key] = Facts(entity)
        return self.facts[entity.key]


def _counterfactual(verb: Token) -> bool:
    """Whether a clause tells what would have been ("would have placed him fourth", "could have been second")."""
    children = [c.lower_ for c in verb.children]
    return "have" in children and any(c in ("would", "could", "might", "'d") for c in children)


def _name_words(noun: Token, marker: Span) -> frozenset[str]:
    """The words that name a meeting before its noun ("Olympic qualification" of "... tournament"), outside a
    marker of its time and without numbers."""
    return frozenset(
        t.lower_
        for t in noun.lefts
        if t.dep_ in ("compound", "amod") and t.is_alpha and not marker.start <= t.i < marker.end
    )


def _demonym_gender(word: str) -> str | None:
    """The gender a demonym states ("Dutchwoman", "Frenchmen"); none for "German" or "Germans"."""
    if word.endswith(("woman", "women")):
        return "women"
    if word.endswith(("man", "men")) and not word.startswith(GENDERLESS_MAN):
        return "men"
    return None


def _compared_with(token: Token) -> bool:
    """Whether a description's noun is what the sentence compares with ("behind the Norwegian", "faster than the
    Dutchwoman", "ahead of the Canadian", "in front of Bertagnolli")."""
    noun = token.head if token.dep_ == "det" else token
    preposition = noun.head if noun.dep_ == "pobj" else None
    if preposition is None:
        return False
    if preposition.lower_ == "of" and preposition.head.lower_ in ("ahead", "clear"):
        return True
    if preposition.lower_ == "of" and preposition.head.lower_ == "front" and preposition.head.head.lower_ == "in":
        return True  # "closed in 1'58"44, in front of Sofia Bertagnolli"
    if preposition.lower_ == "with" and preposition.head.lower_ in ("level", "even", "alongside"):
        return True  # "who were level with Japan after three laps"
    return preposition.lower_ in ("behind", "than", "beyond")


def _inside(span: Span, outer: Span) -> bool:
    """Whether a span lies within another."""
    return outer.start <= span.start and span.end <= outer.end


def _ranked_pipe_row(row: Span) -> bool:
    """Whether a pipe table's row, holding a time, sits under a header whose first column is the place ("Rank |
    Pair | Lane | Name | Country | Time")."""
    if not any(LIST_TIME.fullmatch(t.text) for t in row):
        return False
    text = doc_text(row.doc)[: row.start_char]
    header = next((line for line in reversed(text.splitlines()) if line[:1].isalpha() and "|" in line), "")
    return header.split("|")[0].strip().lower() in PLACE_COLUMNS


def _days_before(day: str, later: str) -> int:
    """How many days a weekday comes before a later one (Friday before Saturday: 1)."""
    return (WEEKDAYS.index(later) - WEEKDAYS.index(day)) % 7


def _same_race(a: RaceKey, b: RaceKey) -> bool:
    """Whether two race keys can name one race: the same distance and discipline, and no clash of gender."""
    return (a.distance, a.discipline) == (b.distance, b.discipline) and None in (a.gender, b.gender) or a == b


def _one_event(a: RaceKey, b: RaceKey) -> bool:
    """Whether two race keys may name one event, one of them more fully ("the Sprint", "the women's 7.5 km
    Sprint")."""
    return a.discipline == b.discipline and (a.distance == b.distance or None in (a.distance, b.distance))


def _fill_from(kept: Facts, facts: Facts, fields: tuple[str, ...]) -> None:
    """Give an athlete's facts the values of these fields another account of the race states and they lack, with
    their evidence (a time's derivation too)."""
    for name in fields:
        if getattr(kept, name) is None and getattr(facts, name) is not None:
            setattr(kept, name, getattr(facts, name))
            kept.evidence += [e for e in facts.evidence if e["field"] == name]
            if name == "time":
                kept.derived = facts.derived


def _agree(a: Facts, b: Facts) -> bool:
    """Whether two accounts of an athlete's result state no different rank, medal or time."""
    return all(
        None in (getattr(a, name), getattr(b, name)) or getattr(a, name) == getattr(b, name) for name in RESULT_FIELDS
    )


def _rank_by_time(facts: Facts, rank: int) -> None:
    """Give an athlete the rank their time implies, with the time as its evidence."""
    facts.rank = rank
    facts.evidence.extend({**e, "field": "rank"} for e in facts.evidence[:] if e["field"] == "time")


def _phrase_head(token: Token, deps: tuple[str, ...]) -> Token:
    """The noun a race mention's token modifies through the given relations ("1,500" in "the men's 1,500m")."""
    while token.dep_ in deps and token.head != token:
        token = token.head
    return token


def _subject_of_a_subordinate_clause(token: Token, root: Token) -> bool:
    """Whether a word is the subject of a "when", "while" or "as" clause that does not hold the signal ("Gervais
    held on to the bronze in 1:55.68 when Onishi, in the final pair, tied up"): that clause tells of another."""
    verb = token.head
    if token.left_edge.lower_ in SUBORDINATORS and token.left_edge.i > root.i:
        return True  # "in 1:55.68 when Japan's Haruka Onishi ...", the name parsed as the time's apposition
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS for c in verb.children)
        and root not in verb.subtree
    )


def _agent_of_a_passive_before(token: Token, signal: Token) -> bool:
    """Whether a word is the agent of a passive verb that a later clause with the signal is joined to ("was
    passed by Daan Kroes and had to settle for bronze"): the joined clause shares the subject, not the agent."""
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    verb = token.head.head
    return any(c.dep_ == "conj" and c.i > token.i and signal in c.subtree for c in verb.children)


def _of_an_absolute_phrase_after(token: Token, span: Span) -> bool:
    """Whether a word is the person of an absolute "with" phrase after a signal ("to take the title in 2:27.905,
    with Carver 0.526 seconds behind"): the phrase tells of someone else's result."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "with"
        and token.head.i >= span.end
        and token.head.i > 0
        and token.doc[token.head.i - 1].text == ","
    )


def _role_by_verb(mention: Span) -> str | None:
    """A role a verb gives a person: one who died ("Dueck ... died Friday evening", "Dueck, who died on Friday")
    races no more; one who coached ("Dueck, who coached three generations of skaters", "trained under Dueck")."""
    root = mention.root
    verbs = [root.head] if root.dep_ == "nsubj" else []  # not "Aarnes is coached by ..."
    verbs += [
        c
        for c in root.children
        if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.tag_ in ("WP", "WDT") for g in c.children)
    ]
    lemmas = {verb.lemma_ for verb in verbs}
    if "die" in lemmas:
        return "deceased"
    if "coach" in lemmas or root.dep_ == "pobj" and root.head.lower_ == "under" and root.head.head.lemma_ == "train":
        return "coach"
    return None


def _when_it_comes(clause: Token) -> bool:
    """Whether a verb heads a "when" clause in the present or future tense, a race to come in a report of one
    run ("by Sunday, when she races the 1000m")."""
    return (
        clause.dep_ == "advcl"
        and any(c.lower_ == "when" for c in clause.children)
        and (clause.tag_ in ("VBZ", "VBP") or any(c.lower_ in ("will", "'ll") for c in clause.children))
    )


def _days_later(day: str, main_day: str) -> bool:
    """Whether a weekday is one or two days after the main race's, later in the same meet: results stated for it
    are news of a report written after them ("Castillo finished 17th in the men's 500 meters on Saturday" after
    Friday's 1,500 meters), where an earlier day's are background."""
    if day not in WEEKDAYS or main_day not in WEEKDAYS:
        return False
    return 1 <= (WEEKDAYS.index(day) - WEEKDAYS.index(main_day)) % 7 <= MEET_DAYS_AFTER


def _subject_of_a_clause_below(token: Token, verb: Token) -> bool:
    """Whether a word is the subject of a clause under a verb that has no subject of its own ("Lindahl, who set off
    fifth, climbed to third, while Fournier faded to fourth", the parser hanging "faded" under "climbed")."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and verb.pos_ in ("VERB", "AUX")
        and token.head != verb
        and verb in token.head.ancestors
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def _dated_verb(day: Token) -> Token:
    """The word a weekday dates, past its "on" ("won on Sunday", "said Monday")."""
    return day.head.head if day.head.lower_ == "on" else day.head


def _beats(token: Token) -> bool:
    """Whether a word is a verb of beating someone: "beat", "edged", "pipped", an "out-" verb ("outkicked",
    "outtouched"), also in a headline whose verb the parser takes for a noun ("Håkansson outsprints X")."""
    return token.lemma_ in BEAT_VERBS or token.lower_ in BEAT_FORMS or bool(OUT_VERB.match(token.lower_))


def _words(sent: Span) -> list[Token]:
    """A sentence's tokens without spaces and punctuation (a heading's words)."""
    return [t for t in sent if not (t.is_space or t.is_punct)]


def _team_noun(token: Token) -> Token:
    """The noun a nation adjective names a team by ("The Polish men's team finished fifth": "team")."""
    while token.head.lower_ in TEAM_NOUNS and (
        token.dep_ in ("amod", "compound") or token.dep_ == "poss" and token.lower_ in ("men", "women")
    ):
        token = token.head
    return token


def _attachment(span: Span) -> Token:
    """The span's first token attached outside it: its root, or, where the parser split the span ("in 1
    minute, 14.80 seconds" with "seconds" hung on the main verb), the part that comes first."""
    return next((t for t in span if not span.start <= t.head.i < span.end or t.head == t), span.root)


def _tree_distance(a: Token, b: Token) -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    depth_a = {a.i: 0}
    for steps, ancestor in enumerate(a.ancestors, 1):
        depth_a[ancestor.i] = steps
    if b.i in depth_a:
        return depth_a[b.i]
    for steps, ancestor in enumerate(b.ancestors, 1):
        if ancestor.i in depth_a:
            return steps + depth_a[ancestor.i]
    return 99


class _Assembler:
    def __init__(self, doc: Doc, spans: list[Span], mentions: list[Span]) -> None:
        self.doc = doc
        self.lowers = [doc.vocab.strings[key] for key in doc.to_array(LOWER).tolist()] if len(doc) else []
        self.ents = doc.ents
        self.warnings: list[str] = []
        self.quoted = quoted_tokens(doc)
        self.speaker_quotes = self._speaker_quotes()
        self.tables = read_tables(doc_text(doc))
        # the first character of each line of a table, header included
        self.table_lines = {
            doc_text(doc).rfind("\n", 0, row[0].start) + 1 for t in self.tables for row in (t.header, *t.rows) if row
        }
        self.tables_read: set[int] = set()  # the rows read, by id
        self.read_in_tables: set[int] = set()  # the signals read from table rows, by id
        self.signals = self._outside_other_columns(self._clean(doc, spans)) + self._months_of_another_time()
        self.by_sentence: dict[tuple[int, int], dict[tuple[str, ...] | None, list[Signal]]] = {}
        self.clause_heads: dict[int, Token] = {}
        self.side_clauses: dict[int, bool] = {}
        self.lede_years = self._lede_years()
        self.lede_end = self._lede()[-1].end if len(doc) else 0
        self.lede_text = doc[: self.lede_end].text.lower()
        self.signals = sorted(self.signals + self._named_again(), key=lambda s: s.span.start)
        self.race_keys: dict[int, RaceKey | None] = {}
        self.races_to_come: dict[int, bool] = {}
        self.antecedents: dict[int, Entity | None] = {}
        self.sentence_cache: dict[tuple[str, int], object] = {}
        mentions = self._outside_other_cells(mentions)
        self.entities, self.entity_at = link_mentions(mentions, self.quoted)
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_at = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self.signals = [
            s
            for s in self.signals
            if s.label not in RESULT_LABELS or not all(i in self.mention_at for i in range(s.span.start, s.span.end))
        ]
        self.nation_tokens = {i for s in self.signals if s.label == "NATION" for i in range(s.span.start, s.span.end)}
        self.nation_at: dict[int, Signal] = {}  # the first nation signal starting at a token
        for signal in self.signals:
            if signal.label == "NATION":
                self.nation_at.setdefault(signal.span.start, signal)
        self.same_nation_tokens = {
            i for s in self.signals if s.label == "SAME_NATION" for i in range(s.span.start, s.span.end)
        }
        self.person_noun_tokens = self.same_nation_tokens | {
            i for s in self.signals if s.label == "ROLE" for i in range(s.span.start, s.span.end)
        }
        self.crew_role_tokens = {s.span.start for s in self.signals if s.label == "CREW_ROLE"}
        self.roles = self._roles()
        self.time_starts = {s.span.start for s in self.signals if s.label == "TIME"}
        self.time_ends = {s.span.end - 1 for s in self.signals if s.label == "TIME"}
        self.nations: dict[int, tuple[int, str, Span]] = {}
        self.sweeps: list[tuple[Race, int, Signal]] = []
        # a winner's facts, and the person of the other gender who shares the win's subject with them
        self.co_winners: list[tuple[Facts, Entity, Span]] = []
        self.same_nation: list[tuple[Entity, Entity | None, int]] = []
        self.races: list[Race] = []
        self.adjective_teams: set[str] = set()
        self.teams: dict[str, Entity] = {}
        self.listed_crews: dict[tuple[int, str], list[Entity]] = {}
        self.named_subjects: list[tuple[Token, Entity]] | None = None
        self.context_races: list[Race] = []
        self.background_tokens: set[int] = set()
        self.pronouns = [
            (doc[i], PRONOUN_GENDERS[lower]) for i, lower in enumerate(self.lowers) if lower in PRONOUN_GENDERS
        ]
        self.current: Race | None = None
        self.pending_day: str | None = None
        self.pending_paragraph: int | None = None  # where the sentence that named the pending day stands
        # the paragraph whose sentence turned the story to an earlier round, and the race told before it
        self.round_turn: tuple[int, Race] | None = None
        self.story_race: Race | None = None  # the race the story goes back to after one of another day
        self.news_day: str | None = None  # the first weekday the report's own news is dated by ("On Sunday she ...")
        self.sentence_anchors: list[tuple[Token, Entity]] = []
        self.date_before: str | None = None
        self.dated_races: set[int] = set()  # the races whose first result's sentence has been read for their date
        self.unnamed_key = RaceKey(None, None, None)
        self.course_distances: set[int] = set()
        self.lede_days: set[str] | None = None
        self.background_places: set[str] | None = None
        self.at_background_place: dict[int, bool] = {}
        self.race_ordinals: dict[int, tuple[str, int]] = {}
        self.age_classes: set[str] = set()
        self.timed_medals = False
        self.gender_tokens: set[int] = set()
        self.distance_tokens = {
            i for s in self.signals if s.label == "DISTANCE" for i in range(s.span.start, s.span.end)
        }
        self.last_subject: Entity | None = None
        self.gender_headings: list[tuple[int, str]] | None = None
        self.column_tables: list[tuple[int, int, list[int]]] | None = None
        self.sport = self._sport()
        self.sport_headings = self._sport_headings()
        self.section = -1
        if self.sport == "speed skating":
            self._sprint_titles()
        self.olympics_named = any(s.label == "COMPETITION" and s.kind == "olympics" for s in self.signals)
        self.competition_kind: str | None = None  # until the report's competition is known
        self.competitions = self._competitions()
        self.competition_kind, self.competition = self._competition()
        self.host_nation = self._host_nation()
        self.team_nation = self._team_nation()

    # ---- signals -------------------------------------------------------------------------------
    def _outside_other_columns(self, signals: list[Signal]) -> list[Signal]:
        """Drop the times, places and distances of a table's columns that hold no result of the race (a split, a
        points total, a pair number), header cells included ("Pl | Name | Nat | 5000m | Time")."""
        cells = [c for t in self.tables for row in (t.header, *t.rows) for c in row if c.role in NOT_RESULT_ROLES]
        return [
            s for s in signals if s.label not in COLUMN_LABELS or not any(c.holds(s.span.start_char) for c in cells)
        ]

    def _outside_other_cells(self, mentions: list[Span]) -> list[Span]:
        """The people of a table with a name column are the names in that column: drop the names in its other
        cells ("Regio Noord" under "Team"), add a name cell the model found no name in ("Demi Bakhuis")."""
        cells = [c for t in self.tables if "name" in t.roles for row in t.rows for c in row]
        kept = [m for m in mentions if not any(c.role != "name" and c.holds(m.start_char) for c in cells)]
        for cell in cells:
            span = self.doc.char_span(cell.start, cell.end, label="PERSON", alignment_mode="expand")
            if (
                cell.role == "name"
                and span is not None
                and not any(cell.holds(m.start_char) for m in kept)
                and TABLE_NAME.fullmatch(span.text)
                and not any(s.label == "NATION" and _inside(s.span, span) for s in self.signals)  # "United States"
            ):
                kept.append(span)
        return sorted(kept, key=lambda m: m.start)

    def _clean(self, doc: Doc, spans: list[Span]) -> list[Signal]:
        """Drop overlapped and blocked matches ("in 0.4 seconds" and "the clock at 37.19" are no gaps) and those in a
        page's menu lines; keep the longest match per label."""
        by_label: dict[str, list[Span]] = {}
        menus = [range(m.start(), m.end()) for m in NAVIGATION_LINE.finditer(doc_text(doc))]
        for span in spans:
            if any(span.start_char in menu for menu in menus):
                continue  # a page's menu ("Langebaan    Shorttrack    Marathon") names no race of the story
            if span.label_ == "GAP" and span.start > 0 and doc[span.start - 1].lower_ == "in":
                continue
            if (
                span.label_ == "GAP"
                and span.id_ == "at"
                and span.start > 0
                and doc[span.start - 1].lower_ in CLOCK_WORDS
            ):
                continue
            if span.label_ == "WIN" and span.id_ == "title" and span.start > 0 and doc[span.start - 1].lower_ == "who":
                continue  # "Kok, who is the world champion": a title, not the news
            if span.label_ == "TIME" and span.id_ == "tenths" and not self._time_to_a_tenth(span):
                continue
            if (
                span.label_ == "DISTANCE"
                and span.id_ == "bare"
                and span.end < len(doc)
                and doc[span.end].lower_ in LONG_UNITS
            ):
                continue  # "the 200km Elfstedentocht": not "the 200"
            if span.label_ == "DISTANCE" and span.id_ == "number after":  # "Inoue 2nd in 1,000", "World Cup 500"
                span = Span(doc, span.end - 1, span.end, label=span.label_, span_id=span.id_)
            if span.label_ == "RANK" and span.id_ == "bare list" and not self._bare_list_item(span):
                continue  # "2 Norwegians made the podium": a count, not "1 Kim Yeon-ji (KOR) 37.02"
            if span.label_ == "BACKGROUND" and span.text.lower() == "will" and self._classifies(span):
                continue  # "wins it in 2:29.330 and will be classified sixth": what the result means, not a future race
            if span.label_ == "BACKGROUND" and span.id_ == "yesterday" and not self._today_beside(span):
                continue  # "won the 1500m yesterday" in the next day's paper: the news
            by_label.setdefault(span.label_, []).append(span)
        kept: dict[str, list[Span]] = {}
        for label, group in by_label.items():
            group.sort(key=lambda s: (-(s.end - s.start), s.start))
            chosen: list[Span] = []
            used: set[int] = set()
            for span in group:
                if not used.intersection(range(span.start, span.end)):
                    chosen.append(span)
                    used.update(range(span.start, span.end))
            kept[label] = chosen

        def covered(label: str) -> set[int]:
            return {i for s in kept.get(label, []) for i in range(s.start, s.end)}

        new_champion = {i for sp in kept.get("WIN", []) if sp.id_ == "title" for i in range(sp.start, sp.end)}
        title = covered("TITLE") - new_champion
        distances = covered("DISTANCE")
        not_gaps = covered("NOT_GAP")
        directions = {i for sp in kept.get("NOT_GAP", []) if sp.id_ == "direction" for i in range(sp.start, sp.end)}
        gaps = {  # "clocking one minute 53.47 seconds down the icy Streif": no gap, the time stands
            i
            for sp in kept.get("GAP", [])
            if not directions.intersection(range(sp.start, sp.end))
            for i in range(sp.start, sp.end)
        }
        years_in_distances = {  # "Mixed 2000m relay:" names no year
            i
            for sp in kept.get("BACKGROUND", [])
            if sp.id_ == "year" and sp[-1].i in distances
            for i in range(sp.start, sp.end)
        }
        blockers = {
            "MEDAL": covered("NOT_MEDAL") | title,
            "WIN": title | covered("MEDAL") | covered("NOT_WIN"),
            "ROUND": covered("NOT_ROUND"),
            "GAP": not_gaps,  # "18.9 seconds down at the start" of a pursuit
            "STATUS": covered("NOT_STATUS"),  # "Oudeman, now retired and working as a commentator"
            "RANK": title
            | distances  # "500 Meters — 1. Kim Jun-seo": the race, not a place
            | covered("NOT_RANK")
            | {i for sp in kept.get("NONRESULT", []) if sp.id_ == "season best" for i in range(sp.start, sp.end)},
            "TIME": gaps
            | distances  # "42.195 kilometres"
            | title
            | {i for sp in kept.get("NONRESULT", []) if sp.id_ == "timestamp" for i in range(sp.start, sp.end)},
            "BACKGROUND": title | years_in_distances,
            "DISCIPLINE": title | covered("NOT_DISCIPLINE"),  # "the 2006 world sprint champion"
            "DISTANCE": covered("NOT_DISTANCE"),  # "230 kilometers southeast of Seoul"
            "RECORD": title,
            "NONRESULT": covered("NOT_NONRESULT"),  # "Her winning time, for the record, was 7:52.61"
            "COMPETITION": title | covered("RECORD"),
            "TITLE": new_champion,
        }
        signals: list[Signal] = []
        for label, group in kept.items():
            blocked = blockers.get(label, set())
            for span in group:
                # "relegating defending champion Marcus Leigh to second": only "to second" is the place
                start = span.end - 2 if span.id_ == "object" else span.start
                if blocked.intersection(range(start, span.end)):
                    continue
                if label == "COMPETITION" and any(
                    n.start < span.end and span.start < n.end and not (span.start <= n.start and n.end < span.end)
                    for n in kept.get("NOT_COMPETITION", [])
                ):
                    continue  # "Olympic selection" is no Olympics, "the national Olympic selection competition" one
                if (
                    label in RESULT_LABELS
                    and self.quoted.intersection(range(span.start, span.end))
                    and span.start not in self.speaker_quotes
                ):
                    continue
                kind = "list" if span.id_ == "bare list" else span.id_ or ""
                if label == "SPORT" and self._names_a_club(span):
                    continue  # "the Pembrook Falls Curling Club"
                if label == "NONRESULT" and kind == "split" and self._at_the_finish(span.start):
                    continue  # "crossing the line in 59:03 after 42.195 kilometres": the race's whole length
                if (
                    label == "NONRESULT"
                    and kind == "split"
                    and span.end < len(self.doc)
                    and self.lowers[span.end] in RACE_PRIZES
                ):
                    continue  # "her first 500m win of the season": a count of wins, not a part of a race
                if (
                    label == "NONRESULT"
                    and kind == "split"
                    and self.lowers[span.end - 1] == "sprint"
                    and span.start >= 2
                    and self.doc[span.start - 2].lemma_ in ("win", "take")
                    and self.lowers[span.start - 1] == "the"
                ):
                    continue  # a mass start's "won the final sprint in 7:41.88": the finish, not a part of the race
                if label == "NONRESULT" and kind == "season best" and self._best_set_here(span, kept):
                    continue  # "took bronze with a season's best 4:02.40", "clocked a season's best": set in this race
                if label == "GENDER" and kind == "mixed":  # "mixed relay", "mixed 2000m": the word, not its race
                    span = span[:1]
                if label == "BACKGROUND" and len(span) > 1 and span[-1].is_punct:  # "since November," ends before ","
                    span = span[:-1]
                if kind == "inline list":  # ", 2 Hoekman": the place ends before the name
                    span = span[:2]
                if kind == "inverted":  # "Third, and a first senior medal at 20, went to": the place alone
                    span = span[:1]
                if label == "NATION" and kind == "code":  # a bare IOC code in a table or a list ("Endo, JPN, 33.88")
                    code = next(t for t in span if len(t.text) == 3 and t.is_upper and t.is_alpha)
                    kind, span = code.text, span[code.i - span.start : code.i - span.start + 1]
                    if kind not in nation_names() or particle_in_capitals(code):
                        continue
                signals.append(Signal(label, kind, span))
        signals.sort(key=lambda s: s.span.start)
        return signals

    def _best_set_here(self, span: Span, kept: dict[str, list[Span]]) -> bool:
        """Whether a season's best is the time just set: "clocked a season's best", or "with a" or "in a" one right
        after a place, medal or win ("took bronze with a season's best 4:02.40"; not "arrived with a season's best
        of 4:01.10, took bronze")."""
        if span.start < 2 or self.lowers[span.start - 1] != "a":
            return False
        before = self.doc[span.start - 2]
        if before.lower_ in TIMING_VERBS:  # not "had posted a season's best of 6:52.40 ... in January"
            return not any(c.dep_ == "aux" for c in before.children)
        return before.lower_ in ("in", "with") and any(
            span.sent.start <= s.start and span.start - 8 <= s.start and s.end <= span.start - 2
            for label in ("MEDAL", "RANK", "WIN")
            for s in kept.get(label, [])
        )

    @cached_property
    def _published(self) -> str | None:
        """The date the report states at its top, if any (ISO)."""
        return published_in_text(doc_text(self.doc))

    def _news_months(self) -> set[int]:
        """The months of the news: the one the report is dated to at its top and the one before (none undated)."""
        published = self._published
        if published is None:
            return set()
        month = int(published[5:7])
        return {month, (month - 2) % 12 + 1}

    def _months_of_another_time(self) -> list[Signal]:
        """A month that ends a clause in the past ("crossed the line ... in the 500m final in Nagano in March.") in a
        report dated at its top to another month than that one or the one after: a time that is not the news's
        ("misses the ticket for the World Cups in January" is to come)."""
        news = self._news_months()
        if not news:
            return []
        found = []
        for token in self.doc[1:-1]:
            named = MONTHS.get(token.lower_) if token.is_title and len(token) > 3 else None
            if named is not None and named not in news and token.nbor(-1).lower_ in ("in", "since", "during"):
                verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
                past = verb is not None and (
                    verb.tag_ in ("VBD", "VBN")
                    # "had been working on his sprint since his fourth place in Varese in April"
                    or verb.tag_ == "VBG"
                    and any(c.lower_ in ("had", "was", "were") for c in verb.children)
                )
                if not past:
                    continue
                if token.nbor(1).text in (".", "!", "?", ")", ",", ";") or "\n" in token.nbor(1).text:
                    found.append(Signal("BACKGROUND", "other time", self.doc[token.i - 1 : token.i + 1]))
        return found

    def _today_beside(self, span: Span) -> bool:
        """Whether the text names today outside quotes before a "yesterday" or in its sentence ("Three distances
        today ... who won yesterday's 500m", "Yesterday Aasen won the 1500m; today it is the turn of the 3000
        women", "sealed the title this afternoon"): yesterday is then another day than the story's."""
        return any(
            (t.lower_ in ("today", "tonight") or t.lower_ in DAY_PARTS and t.i > 0 and t.nbor(-1).lower_ == "this")
            and t.i not in self.quoted
            for t in span.doc[: span.sent.end]
        )

    @staticmethod
    def _names_a_club(span: Span) -> bool:
        """Whether a sport's word is part of an organisation's or a venue's name ("Pembrook Falls Curling Club",
        "Speed Skating Canada"), or of a sport named more fully ("Short Track Speed Skating")."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 2 : span.start] if span.start >= 2 else None
        return (
            span[0].is_title
            and after is not None
            and after.is_title
            and (after.lower_ in CLUB_NOUNS or after.text in nation_names().values())
            or before is not None
            and [t.lower_ for t in before] == ["short", "track"]
        )

    @staticmethod
    def _time_to_a_tenth(span: Span) -> bool:
        """Whether a number to a tenth reads as a time: a hand time "won the 500 metres in 38.7", "a time of 43.0";
        not "7.5 km", "9.5 points" or a split "600m in 40.6"."""
        doc = span.doc
        if span.start == 0 or doc[span.start - 1].lower_ not in TENTHS_BEFORE:
            return False
        i = span.start - 2
        while i >= 0 and DISTANCE_WORD.fullmatch(doc[i].lower_):
            i -= 1
        passed = i < span.start - 2  # a distance before "in": the race's ("the men's 500 metres") or a split's
        return not passed or i >= 0 and doc[i].lower_ in ("the", "'s", "’s", "senior", "junior")

    @staticmethod
    def _bare_list_item(span: Span) -> bool:
        """Whether a line's leading number without a full stop places the name after it: a capitalised word
        follows and the line ends in a time or a nation's code ("1 Kim Yeon-ji (KOR) 37.02", "4= Pokorna (CZE) /
        Ruiter (NED) 37.30", "3 McALLISTER Tess (USA) 37.44", "2 Marta Ludwiczak POL")."""
        sent = span.sent
        if span.end < sent.end and span.doc[span.end].text == "|":
            return _ranked_pipe_row(sent)
        last = next((t for t in reversed(sent) if not (t.is_space or t.is_punct)), None)
        return (
            span.end < sent.end
            and (span.doc[span.end].text[:1].isupper() or span.doc[span.end].lower_ in PARTICLES)
            and last is not None
            and last.i > span.end
            and (LIST_TIME.fullmatch(last.text) is not None or last.text in nation_names())
        )

    def _named_again(self) -> list[Signal]:
        """A meeting first named under a marker of another time ("at last week's Olympic qualification
        tournament", "at the 2024 World Single Distances Championships") is that time wherever the text names it
        again with "the" and a word of its name ("who was fourth at the qualification tournament in 34.79"): a
        background marker on each later naming."""
        first: dict[str, tuple[int, frozenset[str]]] = {}
        for signal in self.signals:
            if signal.label != "BACKGROUND" or signal.kind not in ("other time", "year"):
                continue
            if signal.kind == "year" and self._year_of(signal.span) in self.lede_years:
                continue
            for token in signal.span:
                noun = token.head
                if (
                    token.dep_ in ("poss", "nummod", "compound", "amod")
                    and not signal.span.start <= noun.i < signal.span.end
                ):
                    words = _name_words(noun, signal.span)
                    earlier = any(
                        t.lower_ == noun.lower_ and words & _name_words(t, signal.span) for t in self.doc[: noun.i]
                    )
                    if noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in first and not earlier:
                        first[noun.lower_] = (noun.i, words)
        markers = []
        for token in self.doc:
            named = first.get(token.lower_)
            if named is None or token.i <= named[0] or token.pos_ not in ("NOUN", "PROPN"):
                continue
            words = _name_words(token, token.doc[token.i : token.i])
            determiner = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("the", "that")), None)
            if determiner is not None and words and words <= named[1]:
                markers.append(Signal("BACKGROUND", "other time", token.doc[determiner.i : token.i + 1]))
        return markers

    @staticmethod
    def _classifies(span: Span) -> bool:
        """Whether "will" goes with a verb of classing ("will be classified sixth", "will rank him seventh")."""
        following = span.doc[span.end : min(span.end + 2, span.sent.end)]
        return any(t.lemma_ in CLASSING_VERBS for t in following)

    def _per_sentence(self, find: Callable[[Span], T], sent: Span) -> T:
        """What `find` gives for a sentence, computed once per sentence."""
        key = (find.__name__, sent.start)
        if key not in self.sentence_cache:
            self.sentence_cache[key] = find(sent)
        return self.sentence_cache[key]

    def _in_sentence(self, sent: Span, *labels: str) -> list[Signal]:
        """The signals of the given labels that start in a sentence or other span (kept per span and labels, the
        span's signals under None)."""
        start = sent.start
        found = self.by_sentence.get((start, sent.end))
        if found is None:
            found = self.by_sentence[start, sent.end] = {
                None: [s for s in self.signals if start <= s.span.start < sent.end]
            }
        chosen = found.get(labels)
        if chosen is None:
            chosen = found[labels] = [s for s in found[None] if s.label in labels]
        return chosen.copy()

    # ---- article context -------------------------------------------------------------------------
    def _competitions(self) -> list[tuple[Signal, dict]]:
        """The competitions the report names outside background clauses and quotations, with the name, year and
        location each mention gives."""
        named = []
        for signal in self.signals:
            if signal.label != "COMPETITION" or signal.span.start in self.quoted or self._background(signal.span):
                continue
            span = signal.span
            longer = [o for o in self.signals if o.label == "COMPETITION" and len(o.span) > len(span)]
            if any(_inside(span, o.span) for o in longer):
                continue  # "Olympic" in "Olympic Speedskating Trials"
            if span.end < len(self.doc) and self.lowers[span.end] in NOT_THE_EVENT:
                continue  # "the Olympic Oval", "an Olympic team berth"
            if self._competition_to_come(span):
                continue
            start = span.start
            while start > span.sent.start and self.doc[start - 1].is_title and not self.doc[start - 1].is_sent_start:
                start -= 1
            name_span = self.doc[start : span.end]
            year = None
            location = None
            window = self.doc[max(span.sent.start, start - 3) : min(span.sent.end, span.end + 4)]
            for token in window:
                if YEAR.fullmatch(token.text) and token.text.isdigit():
                    year = int(token.text)
            for ent in self.ents:
                if (
                    ent.label_ == "GPE"
                    and (name_span.start <= ent.start < name_span.end or ent.start in (span.end + 1, span.end + 2))
                    and not any(s.label == "NATION" and s.span.start <= ent.start < s.span.end for s in self.signals)
                ):
                    location = ent.text
                    break
            name = re.sub(r"^(the|The)\s+", "", name_span.text).strip()
            named.append((signal, {"name": name, "year": year, "location": location}))
        return named

    def _competition_to_come(self, span: Span) -> bool:
        """Whether a competition is named as one still to come or to qualify for ("punching his ticket to this
        summer's world championships", "the qualifying standard for the world championships", "next month's
        Europeans", "The Junior World Championships follow in Calgary")."""
        verb = span.root.head
        # "The Junior World Championships follow in Calgary at the end of February."
        follows = (
            span.root.dep_ == "nsubj"
            and verb.lemma_ in ("follow", "begin", "start", "open")
            and (verb.tag_ in ("VBP", "VBZ") or any(c.lower_ == "will" for c in verb.children))
        )
        return follows or bool(
            COMPETITION_TO_COME.search(self.doc[max(span.sent.start, span.start - 4) : span.start].text)
        )

    def _competition(self) -> tuple[str | None, dict]:
        """The competition the report is about: a national one named in the sentences of the report's first
        results, else the kind named most often outside background clauses and quotations, a mention in those
        sentences counting five times."""
        kinds = Counter(signal.kind for signal, _ in self.competitions)
        result_sentences = {
            s.span.sent.start
            for s in self.signals
            if s.label in ("WIN", "RANK", "TIME", "MEDAL") and s.span.start not in self.quoted
        }
        first = sorted(result_sentences)[:FIRST_RESULT_SENTENCES]
        kinds.update(4 * [signal.kind for signal, _ in self.competitions if signal.span.sent.start in first])
        national = self._national_of_first_results(first)
        if national is not None:
            # "won the women's 500 meters at the national Olympic selection competition": the Games its report
            # names again and again are the goal, not the race's competition
            return national[0].kind, national[1]
        for signal, info in self.competitions:
            if kinds[signal.kind] == max(kinds.values()):
                return self._kind(signal), info
        return self._title_won(), {"name": None, "year": None, "location": None}

    def _national_of_first_results(self, first: list[int]) -> tuple[Signal, dict] | None:
        """The national competition (championships, trials, a selection race) named in the sentences of the
        report's first results, when a result there is the report's own ("skated the 5000 metres in 6:14.38 in
        the Norwegian selection race"), even where a selection race elsewhere would be another race."""
        infos = {id(s): info for s, info in self.competitions}
        for signal in self.signals:
            if (
                signal.label != "COMPETITION"
                or signal.kind != "national"
                or signal.span.sent.start not in first
                or signal.span.start in self.quoted
            ):
                continue
            if id(signal) in infos:
                return signal, infos[id(signal)]
            if any(
                not self._background(r.span)
                for r in self._in_sentence(signal.span.sent, "WIN", "RANK", "TIME")
                if r.span.start not in self.quoted
            ):
                return signal, {"name": signal.span.text, "year": None, "location": None}
        return None

    def _title_won(self) -> str | None:
        """The kind of competition a report naming none tells of by the title won in its news ("Bellandi crowned
        European allround champion on home ice")."""
        for signal in self.signals:
            if signal.label != "WIN" or signal.kind != "title" or signal.span.start in self.quoted:
                continue
            words = [t.lower_ for t in signal.span]
            kinds = [
                TITLE_COMPETITIONS[w]
                for w, nxt in zip(words, [*words[1:], ""], strict=True)
                if w in TITLE_COMPETITIONS and nxt != "cup"
            ]
            if kinds and not self._background(signal.span):
                return kinds[0]
        return None

    def _kind(self, signal: Signal) -> str:
        """A competition mention's kind ("the Milan Cortina Games" in an Olympic report are the Olympics, "the
        Bislett Games" a meeting)."""
        if signal.kind == "games" and self.olympics_named:
            return "olympics"
        return signal.kind

    def _host_nation(self) -> Signal | None:
        """The nation of a national championship named with it ("the U.S. Olympic Speedskating Trials", "the Dutch
        championships"), if the report names one: only that nation's athletes race there."""
        for signal, _ in self.competitions:
            if self._kind(signal) != "national":
                continue
            span = signal.span
            for nation in self._in_sentence(span.sent, "NATION"):
                if span.start - NATION_BEFORE_COMPETITION <= nation.span.start < span.end:
                    return nation
        return None

    def _team_nation(self) -> Signal | None:
        """The nation whose team the headline and lede say the report is about ("Every Canadian medal from the long
        track World Cup", "Team Canada's skaters collected 5 podiums", "Canada's long track team left ... with seven
        medals"), if only one: a national outlet's own athletes go without a nation, the others' are stated."""
        lede_end = self._first_full_stop()
        framed = {}
        for signal in self.signals:
            if signal.label != "NATION" or signal.span.start >= lede_end:
                continue
            after = self.lowers[signal.span.end : signal.span.end + 7]
            after = [w for w in after if w not in TEAM_QUALIFIERS]  # "Canada's long track speed skaters"
            if after[:1] in (["'s"], ["’s"]):
                after = after[1:]
            # not "Norway win team pursuit"
            if after[:1] and after[0] in FRAMING_TEAM_NOUNS and after[1:2] not in (["pursuit"], ["sprint"], ["relay"]):
                framed.setdefault(signal.kind, signal)
        return next(iter(framed.values())) if len(framed) == 1 else None

    def _competition_of(self, race: Race) -> tuple[str | None, dict]:
        """The competition of one race: in a report on several competitions ("European Aquatics Championships,
        Rome: the women's 100m butterfly final ... World Rowing Cup III, Varese: the men's single sculls"), the
        one that opens the last paragraph before its first result to open with one; else the report's."""
        if len({self._kind(signal) for signal, _ in self.competitions}) < 2 or race.first_result is None:
            return self.competition_kind, self.competition
        before = [
            (signal, info)
            for signal, info in self.competitions
            if signal.span.start < race.first_result
            and len(self._opening_words(signal.span)) <= SECTION_OPENING
            and self._opens_paragraph(signal.span.sent.start_char)
        ]
        if not before:
            return self.competition_kind, self.competition
        signal, info = before[-1]
        return self._kind(signal), info

    def _opening_words(self, span: Span) -> list[Token]:
        """The words of a sentence before a span, its day and the prepositions and articles leading to the span
        left out ("On Saturday, at the Norwegian championships": none)."""
        return [
            t
            for t in self.doc[span.sent.start : span.start]
            if not (t.is_punct or t.pos_ in ("ADP", "DET") or t.ent_type_ in ("DATE", "TIME"))
        ]

    def _sport(self) -> str:
        """The sport the report names most (short track counting three times in the headline or lede); with none
        named, skating, on a short track when its races have quarter- or semi-finals (a long track has none)."""
        counts = Counter(s.kind for s in self.signals if s.label == "SPORT")
        if any(s.kind == "short track" and s.span.start < self.lede_end for s in self.signals if s.label == "SPORT"):
            counts["short track"] += 2  # not "her mother was a short track skater in the 1990s" further down
        if counts:  # a tie goes to skating, the home ground ("Polish sprinter second in 500 m at European Speed ...")
            return max(counts, key=lambda kind: (counts[kind], kind in SKATING_SPORTS, kind == "speed skating"))
        rounds = {s.kind for s in self.signals if s.label == "ROUND"}
        return "short track" if rounds & {"quarter-final", "semi-final"} else "speed skating"

    @cached_property
    def _jumps_only(self) -> bool:
        """Whether the report is of jumps alone, whose metres are a jump's length, never a race (a ski jumping
        report, where "ski" may also name alpine skiing)."""
        kinds = {s.kind for s in self.signals if s.label == "SPORT"}
        return bool(kinds & JUMPING_SPORTS) and not kinds - JUMPING_SPORTS - {"alpine skiing"}

    def _sport_headings(self) -> list[tuple[int, str]]:
        """Lines that name only a sport ("SPEED SKATING", "Luge") and head a roundup's sections, by start token; a
        lone one is no roundup's ("Published 8 February 2025 | Long track" on a federation's page)."""
        headings = [
            (s.span.sent.start, s.kind)
            for s in self.signals
            if s.label == "SPORT" and (self._is_its_line(s) or self._leads_a_dashed_heading(s))
        ]
        sections = {
            s.span.sent.start for s in self.signals if s.label in ("SPORT", "OTHER_SPORT") and self._heads_a_section(s)
        }
        return headings if len(sections) > 1 else []

    @staticmethod
    def _is_its_line(signal: Signal) -> bool:
        """Whether a sport's name is all of its line ("SPEED SKATING", "Luge")."""
        words = _words(signal.span.sent)
        return bool(words) and all(signal.span.start <= t.i < signal.span.end for t in words)

    def _heads_a_section(self, signal: Signal) -> bool:
        """Whether a sport's name is a line's heading: all the line or its run-in ("Figure skating: Lambert and
        Okafor waltz to ice dance gold")."""
        sent, end = signal.span.sent, signal.span.end
        return (
            self._is_its_line(signal)
            or signal.span.start == sent.start
            and end < sent.end
            and self.doc[end].text == ":"
            or self._leads_a_dashed_heading(signal)
        )

    def _leads_a_dashed_heading(self, signal: Signal) -> bool:
        """Whether a sport in capitals opens its line before a dash ("SHORT TRACK — Great Lakes Open, Milwaukee",
        "BIATHLON — France's Camille Roussel won ...")."""
        span = signal.span
        return (
            span.text.isupper()
            and span.end < len(self.doc)
            and self.doc[span.end].text in ("—", "–", "-", "|")
            and (span.start_char == 0 or doc_text(self.doc)[span.start_char - 1] == "\n")
        )

    def _other_sport_sections(self, text: str) -> set[int]:
        """The tokens of a roundup's sections headed by a sport without races ("FOOTBALL", "Tennis", "Figure
        skating: ..."), up to the next heading in capitals or of a sport: their places are a league's, a draw's or
        a judged event's."""
        tokens: set[int] = set()
        headings = [
            s.span.sent.start for s in self.signals if s.label in ("SPORT", "OTHER_SPORT") and self._heads_a_section(s)
        ]
        for signal in (s for s in self.signals if s.label == "OTHER_SPORT" and self._heads_a_section(s)):
            sent = signal.span.sent
            following = SECTION_HEADING.search(text, sent.end_char)
            end = self.doc.char_span(following.start(), following.end(), alignment_mode="expand") if following else None
            stop = min([end.start if end is not None else len(self.doc)] + [h for h in headings if h > sent.start])
            tokens.update(range(sent.start, stop))
        return tokens

    def _section_of(self, token: int) -> int:
        """The index of the sport heading above a token, or -1 above the first."""
        return sum(1 for start, _ in self.sport_headings if start <= token) - 1

    def _sprint_titles(self) -> None:
        """In speed skating a sprint title is the sprint classification's ("the Dutch sprint champion"), where
        in skiing or athletics it is a sprint race's."""
        for signal in self.signals:
            after = self.lowers[signal.span.end] if signal.span.end < len(self.doc) else ""
            sprint = signal.label == "DISCIPLINE" and signal.kind == "lower" and signal.span.text.lower() == "sprint"
            if sprint and after in TITLE_WORDS:
                signal.kind = "sprint classification"

    def _roles(self) -> dict[int, str]:
        """Entities described by a non-competitor role word next to one of their mentions (a "pair partner"
        races beside them: no role)."""
        roles: dict[int, str] = {}
        role_tokens = {
            s.span.start: s.span.text.lower()
            for s in self.signals
            if s.label == "ROLE"
            # a "pair partner" races beside them; an "ice queen" is a skater's nickname
            and not (s.span.start > 0 and self.doc[s.span.start - 1].lower_ in RACING_TOGETHER | NICKNAMING)
        }
        for mention in self.mentions:
            entity = self.entity_at.get(mention.start)
            if entity is None:
                continue
            if mention.start in role_tokens and len(mention) > 1:  # "Trainer Gerrit", taken into the name
                roles.setdefault(entity.key, role_tokens[mention.start])
            # words of the name's own phrase ("her father, former NHL defenseman Luc Gravel") lead on to its role
            phrase = {t.i for t in mention.root.subtree if t.dep_ in ("compound", "amod")}
            for i in range(mention.start - 1, max(mention.sent.start, mention.start - 5) - 1, -1):
                token = self.doc[i]
                if i in role_tokens and token.pos_ in ("NOUN", "PROPN"):
                    roles.setdefault(entity.key, role_tokens[i])
                    for conj in mention.root.conjuncts:
                        if conj.i in self.mention_at and conj.i > mention.start:
                            other = self._person_at(conj.i)
                            if other is not None:
                                roles.setdefault(other.key, role_tokens[i])
                    break
                if not (token.text == "," or token.pos_ in ("DET", "ADJ", "PRON") or i in self.nation_tokens | phrase):
                    break
            after = mention.end
            if after + 2 < len(self.doc) and self.doc[after].text == "," and after + 3 <= mention.sent.end:
                for i in range(after + 1, min(after + 4, mention.sent.end)):
                    if i in role_tokens and self.doc[i - 1].lower_ in ("a", "an", "the", "her", "his", ","):
                        roles.setdefault(entity.key, role_tokens[i])
                        break
            if self._in_byline(mention):
                roles.setdefault(entity.key, "author")
            elif (
                mention.start >= 2
                and self.doc[mention.start - 1].lower_ == "by"
                # not "set by Ferland's countryman Denis Boucher": the countryman's
                and not (mention.end < len(self.doc) and self.lowers[mention.end] in ("'s", "’s"))
            ):
                verb = self.doc[mention.start - 2]
                if verb.lower_ in ("coached", "trained", "guided", "managed"):
                    roles.setdefault(entity.key, "coach")
                elif verb.lower_ in ("set", "held", "owned", "established"):
                    roles.setdefault(entity.key, "record holder")
            role = self._parent_role(mention) or _role_by_verb(mention)
            if role is not None:
                roles.setdefault(entity.key, role)
        return roles

    def _in_byline(self, mention: Span) -> bool:
        """Whether a name stands in a byline: a line of no verb that starts with "By" ("By Jenna Kowalczyk",
        "By Ana Ruiz and Tom Hale, Staff Writers"), or a line of no result that starts with the name and a
        separator ("Marc-André Pelletier · CBC Sports · Posted: Nov 23, 2025")."""
        sent = mention.sent
        if self.lowers[sent.start] == "by":
            return not any(t.pos_ in ("VERB", "AUX") for t in sent)
        if self.lowers[sent.start] in BYLINE_VERBS and self.lowers[mention.start - 1] == "by":
            return not self._in_sentence(sent, *RESULT_LABELS)  # "Posted 10 November 2025 by Sarah de Graaf"
        return (
            mention.start == sent.start
            and mention.end < sent.end
            and self.doc[mention.end].text in BYLINE_SEPARATORS
            and not self._in_sentence(sent, *RESULT_LABELS)
        )

    def _parent_role(self, mention: Span) -> str | None:
        """ "Deb Brandt said, a few hours after watching her son finish fourth": the subject of a sentence that
        speaks of "her son" or "his daughter" racing is a parent."""
        if mention.root.dep_ not in ("nsubj", "nsubjpass") or mention.root.head != mention.sent.root:
            return None
        results = self._in_sentence(mention.sent, "RANK", "MEDAL", "TIME", "WIN")
        for token in mention.sent:
            possessor = next((c.lower_ for c in token.children if c.dep_ == "poss"), None)
            # not "Holloway, who returned to skating after her daughter Emma joined the junior programme, said"
            racing = any(self._clause_head(r.root) == self._clause_head(token) for r in results)
            if token.lower_ in CHILD_NOUNS and possessor in ("her", "his") and racing:
                return "mother" if possessor == "her" else "father"
        return None

    # ---- background ------------------------------------------------------------------------------
    def _clause_head(self, token: Token) -> Token:
        """The first verb or root from a token up its ancestors, past participles used as adjectives ("the
        closing 10,000 metres", "the defending champion") (kept per token)."""
        head = self.clause_heads.get(token.i)
        if head is None:
            head = self.clause_heads[token.i] = next(
                (
                    c
                    for c in chain((token,), token.ancestors)
                    if c.pos_ in ("VERB", "AUX") and c.dep_ != "amod" or c.dep_ == "ROOT"
                ),
                token,
            )
        return head

    def _background(self, span: Span) -> bool:
        """Whether a span sits in a clause about another time or race (a background marker governs it, or
        governs the noun its relative clause describes: "in the semi-finals, where Whitford's 1:54.09 ...";
        a future "will" in a clause beside the span's does not: "tied for third in 38.31, and both will
        stand on the podium")."""
        if span.start in self.background_tokens or self._aside_on_another_race(span):
            return True
        sent = span.sent
        if (
            self._per_sentence(self._continued_background, sent)
            or self._per_sentence(self._under_background_caption, sent)
            or self._per_sentence(self._answer_on_another_time, sent)
        ):
            return True
        background = self._in_sentence(sent, "BACKGROUND")
        marker_heads = [self._clause_head(s.root) for s in background if s.kind != "perfect"]
        if any(
            child.dep_ in ("relcl", "acl") and any(_within_clause(marker, child) for marker in marker_heads)
            for child in span.root.children
        ):
            return True
        head = self._clause_head(span.root)
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in head.children):
            return True  # "the best since Blake Tuhoe was fifth in Dresden in 2019"
        clause = self._clause_head(_attachment(span))  # not a trailing full stop's: "with Isla Gurney fifth."
        if any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children) and any(
            t.lower_ in WEEKDAYS and t.lower_ != self.news_day and t.lower_ not in self._lede_days()
            for t in clause.subtree
        ):
            return True  # "after Tuesday's women's 10,000m was won by Femke Raaijmakers, with Isla Gurney fifth"
        if head.dep_ in ("advcl", "acl") and head.tag_ == "VBG" and head.i > 1 and self.doc[head.i - 1].text == ",":
            # "the American, who won both races in Salt Lake City last month, clocking 1:06.21 in the second": the
            # participle goes on with the relative clause before it, however the parser attached it
            before = self.doc[head.i - 2]
            relative = next((a for a in (before, *before.ancestors) if a.dep_ == "relcl"), None)
            if relative is not None and self._background(self.doc[relative.i : relative.i + 1]):
                return True
        for signal in background:
            if signal.kind == "year" and self._year_of(signal.span) in self.lede_years:
                continue
            later = self._clause_head(signal.root) if signal.span[-1].lower_ == "later" else None
            tenses = [later.tag_, *(c.tag_ for c in later.children if c.dep_ == "aux")] if later is not None else []
            if {"VBZ", "VBP"} & set(tenses):
                continue  # "Fourteen years later he is still doing it": the story's present after a flashback
            if signal.kind == "that race":
                # "Brackley originally finished fourth in the 2019 final. ... Schaub, who finished third in that
                # final, was upgraded to silver": the race the sentence before set in another time, all of it
                if self._after_background(sent):
                    return True
                continue
            aside = self._aside(signal.span) or self._relative_aside(signal.span)
            if aside is not None and not aside.start <= span.start < aside.end:
                continue  # "the United States, runners-up in Calgary a week ago, finished fourth"
            if signal.kind == "other race" and self._the_reports_own(signal):
                continue  # "the women's 1,000 meters at the U.S. Olympic Speedskating Trials" opening a trials report
            described = signal.root.head if signal.root.dep_ == "poss" else None
            if described is not None and described.lower_ in TITLE_NOUNS and span.root not in described.subtree:
                continue  # "last season's Calgary winner, Rick Swinkels, was third": who he is, not when
            year = signal.span[-1]
            if (
                signal.kind == "year"
                and year.dep_ in ("nummod", "compound", "amod")
                and year.head.dep_ in ("nsubj", "nsubjpass")
                and (year.head.lower_ in ANAPHOR_NOUNS or year.head.lower_ in TITLE_NOUNS)
                and span.root not in year.head.subtree
            ):
                continue  # "The 2019 Marquette Senior High graduate finished 14th": who she is, not when
            if signal.root.head.lower_ == "than":
                continue  # "three places better than last year": a comparison with then, in a clause about now
            if signal.kind == "other time" and self._news_week(signal):
                continue  # "Friesen won gold in the M60 500 metres in Inzell last weekend": the story's news
            if signal.kind == "other time" and self._superlative_opening(signal.span):
                continue  # "produced the tightest finish of the championships so far", "a first gold since 2013"
            first = self._superlative_opening(signal.span, firsts=True) if signal.span[0].lower_ == "since" else None
            if signal.kind == "year" and first is not None and span.end <= first.i:
                continue  # "won silver, the first medal in the event since 2019"; not "..., when she was fifth"
            if signal.kind == "standings" and signal.span[0].lower_ == "overall" and self._championship_standings():
                continue  # "climbed to silver in the overall standings" of an allround championship: its result
            if signal.kind == "earlier result":
                # "third medal of the Games, after silver in the 1,000m and gold in the 1,500m", "added silver to her
                # 500m title": the phrase only
                phrase = (
                    next(t for t in reversed(signal.span) if t.lower_ == "to")
                    if signal.span[0].lemma_ == "add"
                    else signal.span[0]
                )
                # "adds 1,500m silver to 1,000m bronze": the latter only; not ", finishing in 6:47.31" after it
                if span.root in phrase.subtree and not any(
                    t.text in (",", ";", ":") for t in self.doc[phrase.i : span.start]
                ):
                    return True
                continue
            marker_head = self._clause_head(signal.root)
            apposition = next(
                (a for a in signal.root.ancestors if a.dep_ == "appos" and marker_head in a.ancestors), None
            )
            if (
                apposition is not None
                and (apposition.head.dep_ == "pobj" or apposition.head.ent_type_ in ("FAC", "GPE", "LOC", "ORG"))
                and span.root not in apposition.subtree
            ):
                continue  # "in 2:28.417 at Gangneung Ice Arena, the venue of the 2018 Olympics": the venue's past
            if signal.kind == "year" and self._in_own_with_clause(span, signal.span):
                continue  # "erasing the 1:42.61 set by Romein in 2018, with Tyler Brooks taking silver in 1:42.15"
            repeated = next((a.head for a in signal.root.ancestors if a.lower_ == "of"), None)
            if repeated is not None and repeated.lemma_ in REPEAT_NOUNS and span.root not in repeated.subtree:
                continue  # "The 1000m A final was a rematch of last year's": the race now, told as a repeat
            if signal.kind == "event after":
                # "third, a day after placing 11th in the 1,000m", "comes a day after Kral took bronze": the
                # clause after "after" only
                after = signal.span[-1]
                clause = next((c for c in after.children if c.dep_ in ("pcomp", "pobj") and c.pos_ == "VERB"), None)
                if clause is None and after.dep_ == "mark":
                    clause = after.head
                if clause is not None and span.start > after.i and (clause == head or clause in head.ancestors):
                    # "Two days after winning the 1500m in 1:54.09, Sato still sounded as if ...": with no result
                    # of its own beside it ("Choi's victory came a day after"), the race after "after" is the story's;
                    # what comes before "after" is outside its clause, however parsed ("taking the men's 10,000
                    # metres ..., twenty-five years to the day after his father won")
                    return (
                        signal.span[-2].lower_.rstrip("s") not in ("day", "week", "month")
                        or any(
                            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RACE_PRIZES
                            for c in signal.root.head.children
                        )
                        or any(
                            r.root not in clause.subtree and not signal.span.start <= r.span.start < signal.span.end
                            for r in self._in_sentence(sent, *RESULT_LABELS)
                        )
                    )
                finish = next((c for c in after.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
                if finish is not None and span.root in finish.subtree:
                    return True  # "a day after a disappointing fifth-place finish in Friday's first 500"
                continue
            future = marker_head.head if marker_head.dep_ == "aux" else marker_head
            if not self._governs(future, head, shared=False):
                continue  # an auxiliary marks its verb's clause: "will have to rely on the 1,500 meters"
            # "were both timed in 1:09.40, and officials said both will be listed third"
            will = signal.span.text.lower() == "will"
            if will and head not in future.subtree and self._coordinated_below(future, head):
                continue
            if (
                signal.kind != "perfect"
                or future.dep_ == "relcl"
                and (
                    any(e.label_ in ("GPE", "DATE") and e.root in future.subtree for e in self.ents)
                    or future.head.ent_type_ == "DATE"
                    or any(t.lower_ == "times" and t.nbor(-1).like_num for t in future.subtree if t.i > 0)
                )
            ):
                # a pluperfect relative clause with a place or a day, or of a day: "Ferrante, who had won in
                # Calgary", "Pike, who had finished fourth on Saturday", "on Saturday, when she had finished ninth";
                # or of a count: "De Haan, who had finished second at this tournament three times"
                return True
            current = self.current.key if self.current else None
            headline = self._headline_results
            other_race = [
                s
                for s in self._in_sentence(sent, "DISTANCE", "DISCIPLINE")
                if current is not None
                and (key := self._race_key_of(s)) not in (None, current)
                # a race not named yet is the one the sentence names: "had just skated ... in the women's 1500 metres"
                and not (
                    current.distance is None and current.discipline is None and current.gender in (None, key.gender)
                )
                and not self._another_instance(s)
                and not self._race_to_come(s)  # "to postpone the men's 20km, hours after Skjervold had won the 15km"
                # "Earlier, Dufresne had led from the front to take 1,000m gold" below "... after Dufresne's 1,000m win"
                and not any(k.distance in (key.distance, None) and k.discipline == key.discipline for k in headline)
            ]
            other_round = [
                s
                for s in self._in_sentence(sent, "ROUND")
                if self.current is not None and s.kind != (self.current.run.round or "final")
            ]
            # "Earlier on Sunday, Boomsma had won the second 500 metres": an earlier race of a championship's days
            championship_day = self._weekdays(sent) and self._classification_race() is not None
            # "Kramer had also been runner-up on Saturday" in the report of Sunday's race
            other_day = (
                self.current is not None
                and self.current.run.day is not None
                and any(d.lower_ != self.current.run.day for d in self._weekdays(sent))
            )
            # "Earlier in the afternoon Rossetti had conquered the silver in the 500 meters": that day's other race
            same_day = all(s.label == "DISTANCE" for s in other_race) and self._earlier_the_same_day(sent)
            if other_race and not championship_day and not same_day or other_round or other_day:
                return True
            # "Ashcroft had already won bronze in the 400m freestyle on Monday" in the report of last night's 200m
            if not championship_day and any(
                d.lower_ not in {self.news_day, *self._lede_days()} for d in self._weekdays(sent)
            ):
                reports = [r for r in self.races if self._the_reports_race(r)]
                if reports and self.current not in reports:
                    return True
        relative = self._relative_aside(self.doc[head.i : head.i + 1]) if head.dep_ == "relcl" else None
        if relative is not None and not relative.start <= span.start < relative.end:
            return False  # "Jonker, who won the classic last winter, clocked 34:02": the parser put the time in it
        if (
            head.dep_ == "relcl"
            and head.tag_ == "VBD"
            and head.head.pos_ == "PROPN"
            and any(c.lower_ == "who" for c in head.children)
            and self._elsewhere(head)
        ):
            return True  # "Briton Mollie Vance, who won the title in Singapore in 1:54.12, missed the final"
        if (
            head.dep_ == "relcl"
            and head.tag_ in ("VBD", "VBN")
            and self.current is not None
            and self.current.run.day is not None
            and any(t.lower_ in WEEKDAYS and t.lower_ != self.current.run.day for t in head.subtree)
        ):
            return True  # "The Canadian, who won Saturday's race in 37.41, did not finish in the top ten on Sunday"
        if head.dep_ == "relcl" and head.head.i < head.i:
            return self._background(self.doc[head.head.i : head.head.i + 1])
        return self._at_a_background_place(head)

    def _earlier_the_same_day(self, sent: Span) -> bool:
        """Whether a sentence dates itself earlier on the report's day ("Earlier in the afternoon Rossetti had
        conquered the silver in the 500 meters", "earlier today"): another race of the day's news."""
        words = self.lowers[sent.start : sent.end]
        return any(
            word == "earlier" and (set(words[n + 1 : n + 4]) & (DAY_PARTS | {"today", "tonight", "day"}))
            for n, word in enumerate(words)
        )

    @staticmethod
    def _in_own_with_clause(span: Span, marker: Span) -> bool:
        """Whether a span sits in a with-clause with a subject of its own ("with Tyler Brooks taking silver") that
        does not hold a marker: whatever the parser hung it on, it tells the race's result."""
        with_ = next((a for a in span.root.ancestors if a.lower_ == "with" and a.dep_ == "prep"), None)
        if with_ is None or marker.root in with_.subtree:
            return False
        return any(c.dep_ == "pcomp" and any(g.dep_ == "nsubj" for g in c.children) for c in with_.children)

    def _at_a_background_place(self, head: Token) -> bool:
        """Whether a clause happens "in" a place the lede does not name and an earlier background clause placed
        another race at ("won the 1,500m at last season's world championships in Rotterdam" before "Han claimed
        the men's overall title in Rotterdam")."""
        if self.background_places is None:
            self.background_places = set()  # no place is a background place while they are being found
            self.background_places = {
                ent.text.lower()
                for ent in self.ents
                if ent.label_ == "GPE" and ent.text.lower() not in self.lede_text and self._background(ent)
            }
        if not self.background_places:
            return False
        if head.i not in self.at_background_place:  # once per clause: assembly asks for every signal in it
            self.at_background_place[head.i] = any(
                child.dep_ == "prep"
                and child.lower_ == "in"
                # "in" on the verb or its object, not in an aside on its subject
                and (child.head if child.head.dep_ != "dobj" else child.head.head) == head
                and any(
                    c.dep_ == "pobj" and c.ent_iob_ != "O" and self._entity_text(c) in self.background_places
                    for c in child.children
                )
                for child in head.subtree
            )
        return self.at_background_place[head.i]

    def _entity_text(self, token: Token) -> str:
        """The lower-cased text of the named entity a token is part of."""
        return next((e.text.lower() for e in self.ents if e.start <= token.i < e.end), "")

    def _set_elsewhere(self, noun: Token, prepositions: tuple[str, ...] = ("in", "at")) -> bool:
        """Whether a time noun is placed "in" or "at" a name the lede does not state ("time in Nagano")."""
        return any(
            prep.dep_ == "prep"
            and prep.lower_ in prepositions
            and any(
                p.dep_ == "pobj" and p.pos_ == "PROPN" and p.i not in self.mention_at and p.lower_ not in self.lede_text
                for p in prep.children
            )
            for prep in noun.children
        )

    def _elsewhere(self, head: Token) -> bool:
        """Whether a clause names a place the lede does not, so another race's ("who won the title in Singapore")."""
        subtree = {t.i for t in head.subtree}
        return any(
            ent.label_ == "GPE"
            and ent.start in subtree
            and ent.text[:1].isupper()  # the model takes a time for a place now and then
            and ent.start not in self.mention_at  # nor a name ("a collision with Poland's Natalia Wrobel")
            and ent.text.lower() not in self.lede_text
            and (
                self.lowers[ent.start - 1] in ("in", "at")  # "in Singapore", not "skated for Great Britain"
                or not any(s.label == "NATION" and _inside(ent, s.span) for s in self.signals)
            )
            for ent in self.ents
        )

    def _aside(self, span: Span) -> Span | None:
        """The aside that holds a span, if any: a parenthesis, or a verbless phrase between commas that describes
        the noun before it ("the United States, runners-up in Calgary a week ago, finished fourth")."""
        sent = span.sent
        opened = next((t.i for t in reversed(self.doc[sent.start : span.start]) if t.text in ("(", ")")), None)
        closed = next((t.i for t in self.doc[span.end : sent.end] if t.text in ("(", ")")), None)
        if opened is not None and closed is not None and self.doc[opened].text == "(" and self.doc[closed].text == ")":
            return self.doc[opened + 1 : closed]  # "(his previous best was 34.52 from Calgary in November)"
        left = next((t.i for t in reversed(self.doc[sent.start : span.start]) if t.text == ","), None)
        right = next((t.i for t in self.doc[span.end : sent.end] if t.text == ","), None)
        if (
            left is None
            or right is None
            or left == sent.start
            or self.doc[left - 1].pos_ not in ("NOUN", "PROPN")
            and self.lowers[left - 1] != "old"  # "The 29-year-old, fourth in this race four years ago, attacked"
        ):
            return None
        inside = self.doc[left + 1 : right]
        if (
            len(inside) > MAX_ASIDE
            or inside[0].pos_ in ("ADP", "CCONJ", "SCONJ", "ADV", "PROPN")  # a name's date dates the noun before
            and ordinal_value(inside[0].text) is None  # "Coleman, fourth the previous day, improved to second"
            or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.text in (";", ":") for t in inside)
        ):
            return None  # a verb makes it a clause; a participle describing a noun does not ("the defending champion")
        return inside

    def _relative_aside(self, span: Span) -> Span | None:
        """The relative clause between commas after a name that holds a span, if any ("Jonker, who won the classic
        last winter, clocked 34:02"), however the parser attached what follows it."""
        sent = span.sent
        who = next((t for t in reversed(self.doc[sent.start : span.start]) if t.lower_ in ("who", "whose")), None)
        if who is None or who.i - 2 < sent.start or self.doc[who.i - 1].text != "," or who.i - 2 not in self.mention_at:
            return None
        right = next((t.i for t in self.doc[span.end : sent.end] if t.text == ","), None)
        if right is None or right - who.i > MAX_RELATIVE_ASIDE:
            return None
        return self.doc[who.i : right]

    def _negated(self, signal: Signal) -> bool:
        """Whether the clause of a medal or win is negated ("Hendry did not come home with the gold medal"; a place
        may be negated and still stated: "did not come further than a ninth place")."""
        head = self._clause_head(signal.root)
        # not "Liu and Whitford could not be separated for the bronze": a tie
        return head.lemma_ not in ("separate", "split", "divide") and any(c.dep_ == "neg" for c in head.children)

    def _day_of_another_distance(self, day: Token) -> bool:
        """Whether a weekday follows a distance other than the story's race's in a clause dating the sentence by it
        ("to capture her second gold medal after the 1,000m on Friday")."""
        current = self.current.key.distance if self.current is not None else None
        return current is not None and any(
            0 < day.i - s.span.end <= 2
            and self._distance(s.span) not in (None, current)
            and self._in_time_clause(s.span)
            for s in self._in_sentence(day.sent, "DISTANCE")
        )

    def _in_a_persons_aside(self, span: Span) -> bool:
        """Whether a race is named in an aside on a person once the story is on a race ("Dutch sprinter Jutta
        Lemstra, third in Saturday's opening 500m, was pushed off the podium"): who the person is, not the race."""
        if self.current is None:
            return False
        aside = self._aside(span)
        return aside is not None and aside.start - 2 in self.mention_at and self.doc[aside.start - 1].text == ","

    def _in_contrast_clause(self, token: Token) -> bool:
        """Whether a token sits in a clause set against the sentence's main one ("..., while Y won the women's
        race")."""
        head = self._clause_head(token)
        while head.dep_ != "ROOT" and not _contrast_clause(head):
            head = self._clause_head(head.head)
        return _contrast_clause(head)

    def _aside_on_another_race(self, span: Span) -> bool:
        """Whether a span sits in an aside on a named person's place in another race than the current one
        ("Brinkman, fourth in the 3,000m, finally had her medal" in a team pursuit's report)."""
        named = self._in_sentence(span.sent, "DISTANCE", "DISCIPLINE") if self.current is not None else []
        aside = self._aside(span) if named else None  # most sentences name no race: no aside to look for
        if aside is None or aside.start - 2 not in self.mention_at:
            return False
        described = self.mention_at[aside.start - 2].root
        if described.dep_ == "dobj" and described.head.lemma_ in WINNING_VERBS:
            return False  # "won the Alternative Elfstedentocht, a 200-kilometre marathon": the race won, not a person
        keys = [
            key for s in named if aside.start <= s.span.start < aside.end and (key := self._race_key_of(s)) is not None
        ]
        return bool(keys) and not any(_same_race(key, self.current.key) for key in keys)

    def _under_background_caption(self, sent: Span) -> bool:
        """Whether a sentence is a row of a results list or table whose caption sets it in another race or time
        ("For comparison – women's 3000m, World Cup Heerenveen, 15 November:", "For reference: Japan selection
        race") or calls it a list of entrants ("Men's 1000m – top 16 seeds"): the first line above its rows, past
        one blank line at most, that is no row and states no result."""
        caption = self._caption_of(sent)
        if caption is None:
            return False
        # the caption's last sentence, right over the rows: "17:38 That's all from us. ... do join us tomorrow for
        # the women's 5000m. Here's the top eight once more:"
        caption = self.doc[max(caption.start, self.doc[caption.end - 1].sent.start) : caption.end]
        if self._in_sentence(caption, "TIME", "RANK", "WIN", "MEDAL"):
            return False
        return any(
            s.kind in ("other time", "year") or s.kind == "other race" and not self._the_reports_own(s)
            for s in self._in_sentence(caption, "BACKGROUND")
        ) or any(s.kind == "entry list" for s in self._in_sentence(caption, "PREVIEW"))

    def _caption_of(self, sent: Span, run_in: bool = False) -> Span | None:
        """The caption of the results list or table a sentence is a row of: the first line above its rows, past one
        blank line at most, that is no row."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, sent.start_char) + 1
        if not (self._is_row(text, start) or run_in and LIST_ROW_RUN_IN.match(text, start)):
            return None
        blanks = 0
        while start > 0:
            start = text.rfind("\n", 0, start - 1) + 1
            line = text[start : text.find("\n", start)]
            if not line.strip():
                blanks += 1
                if blanks > 1:
                    return None
                continue
            if self._is_row(text, start) or run_in and LIST_ROW_RUN_IN.match(text, start):
                continue
            return self.doc.char_span(start, start + len(line.rstrip()), alignment_mode="expand")
        return None

    def _caption_nation(self, sent: Span) -> Signal | None:
        """The nation a results list's caption names as the list's ("Norwegian results, World Cup Hamar:", "Results
        TeamNL", "Results for Canada"): that of every row's athlete who has none stated."""
        caption = self._caption_of(sent, run_in=True)  # rows run in or not: "Men 1500 m: 2. Eide ..."
        if caption is None:
            return None
        for signal in self._in_sentence(caption, "NATION"):
            near = self.lowers[max(caption.start, signal.span.start - 2) : signal.span.end + 1]
            if "results" in near or "result" in near:
                return signal
        return None

    def _is_row(self, text: str, start: int) -> bool:
        """Whether the line starting at a character is a results list's row ("3. Esther Lammers NED 3:58.02") or a
        table's header or row."""
        return start in self.table_lines or bool(LIST_ROW.match(text, start))

    def _answer_on_another_time(self, sent: Span) -> bool:
        """Whether a sentence answers an interviewer set in another time ("OKONJO: I want to go back to Beijing.
        Four years ago. The 1500. You were fifth." over "MARSH: ... I crossed in 1:56.41"; "Who won that day?"),
        or one going on from such an answer with no time of its own ("And then?"): told in that time."""
        return self._turn_on_another_time(sent.start_char, depth=3)

    def _turn_on_another_time(self, char: int, depth: int) -> bool:
        text = doc_text(self.doc)
        start = text.rfind("\n\n", 0, char)
        if start < 0 or depth == 0 or not SPEAKER_LABEL.match(text, start + 2):
            return False
        asked = text.rfind("\n\n", 0, start)
        question = self.doc.char_span(asked + 2 if asked >= 0 else 0, start, alignment_mode="expand")
        if (
            question is None
            or not SPEAKER_LABEL.match(question.text)
            or "?" not in question.text
            and not {"you", "your"} & {t.lower_ for t in question}
        ):
            return False  # not a turn that puts a question or addresses the one who answers
        kinds = {s.kind for s in self._in_sentence(question, "BACKGROUND")}
        if kinds & {"other time", "year", "that race"} or any(w in question.text.lower() for w in THAT_TIME):
            return True
        return not kinds and asked > 0 and self._turn_on_another_time(asked, depth - 1)

    def _continued_background(self, sent: Span) -> bool:
        """ "Last season's Heerenveen meeting belonged to Jutta Brouwer. The Dutchwoman won the 1500m in
        1:53.84": a sentence that goes on about the person of a sentence set wholly in another time (a
        marker on its main clause, no result of its own), with a pronoun or description as subject and no
        time of its own, is set in that time too; so is a sentence that goes on with the places of a result
        set in another time."""
        if sent.start == 0:
            return False
        before = self.doc[sent.start - 1].sent
        if "\n\n" in self.doc[sent.start - 1].whitespace_ + self.doc[sent.start - 1].text:
            # "... the annulment of all her results from February 2024 onward. || The ruling moves Takeda up to the
            # gold medal": a decision the paragraph before told of, in that race
            subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head == sent.root), None)
            return (
                subject is not None
                and subject.lower_ in RULING_NOUNS
                and any(c.lower_ in ("the", "this", "that") for c in subject.children)
                and any(s.kind not in ("perfect", "standings") for s in self._in_sentence(before, "BACKGROUND"))
            )
        if LATER_OPENING.match(sent.text) and any(
            self._background(r.span) for r in self._in_sentence(before, *RESULT_LABELS)
        ):
            return True  # "... in Beijing last month she won in 2:20.118. A week later in Seoul she finished second"
        # "that final" after a sentence on another time sets all its sentence there
        markers = [
            s
            for s in self._in_sentence(before, "BACKGROUND")
            # the season's standings are no other time: "the overall globe went to Park. The South Korean came
            # into the men's 1500m final"
            if s.kind not in ("perfect", "standings")
            and not (s.kind == "year" and self._year_of(s.span) in self.lede_years)  # a dateline's "3 December 2025"
            and (s.kind != "that race" or self._after_background(before))
            # "went even faster than at the Norwegian championships a month ago": a comparison with then
            and s.root.head.lower_ != "than"
        ]
        if not any(m.kind == "that race" or self._clause_head(m.root) == before.root for m in markers):
            return False
        if self._in_sentence(sent, "BACKGROUND") or self._weekdays(sent):
            return False
        opening = " ".join(t.lower_ for t in sent[:3])
        if opening.startswith(THAT_TIME):  # "The contrast with 2025 was stark. Then, Dion led every lap"
            return True
        if self._in_sentence(before, *RESULT_LABELS):
            # "Last season's standings were won by Nakagawa. Brouwer was second overall": the places of that
            # result go on, in a sentence that names no race and states no time of its own; not after an aside on
            # someone of the current race ("Novotna, 29, finished fourth in the same race a year ago. American
            # Hailey Voss was sixth")
            if self.current is not None and any(
                t.dep_ in ("nsubj", "nsubjpass")
                and (e := self._person_at(t.i)) is not None
                and e.key in self.current.facts
                for t in before
            ):
                return False
            # after "that final" set in another time, its medals too: "The gold medal, won by Kim, was unaffected"
            places = ("RANK", "MEDAL") if any(m.kind == "that race" for m in markers) else ("RANK",)
            return bool(self._in_sentence(sent, *places)) and not self._in_sentence(
                sent, "DISTANCE", "DISCIPLINE", "TIME"
            )
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head == sent.root]
        anaphor = any(
            t.i not in self.mention_at and (t.lower_ in SUBJECT_PRONOUNS or any(c.lower_ == "the" for c in t.children))
            for t in subjects
        )
        return anaphor

    def _after_background(self, sent: Span) -> bool:
        """Whether the sentence before is about another time ("that race" then points back to it)."""
        if sent.start == 0:
            return False
        before = self.doc[sent.start - 1].sent
        return any(s.kind not in ("perfect", "that race") for s in self._in_sentence(before, "BACKGROUND"))

    @staticmethod
    def _year_of(span: Span) -> int | None:
        return next((int(t.text[:4]) for t in span if YEAR.fullmatch(t.text)), None)

    def _lede(self) -> list[Span]:
        """The headline, a dateline or byline and the first sentence: the lede runs to the first sentence that
        ends with a full stop (headlines, sub-headlines and bylines do not), or to the second long sentence."""
        lede = []
        for sent in self.doc.sents:
            lede.append(sent)
            # short lines ("(LEAD)", "2026/03/20", "17:41") do not count towards the six
            if (
                sum(len(s) > 8 for s in lede) >= 2
                and re.search(r"[.!?][\"”’]?\s*$", sent.text)
                or sum(len(s) > 3 for s in lede) == 6
            ):
                break
        return lede

    def _the_reports_own(self, signal: Signal) -> bool:
        """Whether a marker of another race names the report's own competition, as its lede or headline does."""
        return self._names_the_lede_competition(signal.span) or self._headline_reports(signal)

    def _names_the_lede_competition(self, span: Span) -> bool:
        """Whether a span lies inside a competition the lede names (a trials report's "Olympic Trials"), in the
        lede or again later ("U.S. Olympic Trials – Women's 1,000 meters" heading the results)."""
        around = [s for s in self.signals if s.label == "COMPETITION" and _inside(span, s.span)]
        if span.start < self.lede_end:
            return bool(around) or any(  # "at the season-opening IBU World Cup" in the lede: a word of its name
                s.label == "COMPETITION" and 0 <= s.span.start - span.end <= 1 and span.root.head in s.span
                for s in self.signals
            )
        word = span.text.lower()
        return any(
            s.label == "COMPETITION"
            and s.span.start < self.lede_end
            and s.kind in {a.kind for a in around}
            and word in s.span.text.lower()
            for s in self.signals
        )

    def _headline_reports(self, signal: Signal) -> bool:
        """Whether a headline with a result names the same event as a marker of another race ("Okafor wins trials
        1,000" over "finished third in the women's 1,000 meters at the U.S. Olympic speedskating trials"): the
        event is the report's own."""
        headline = self.headline
        if headline is None or not self._in_sentence(headline, "WIN", "RANK", "MEDAL", "TIME"):
            return False
        word = signal.span.text.lower()
        return any(
            s.kind == signal.kind and s.span.text.lower() == word for s in self._in_sentence(headline, "BACKGROUND")
        )

    def _lede_years(self) -> set[int]:
        """Years named in the lede: the year of the reported competition (within a year of the report's date, when
        its top states one: not "the 2019 World Championships" of a medal presented in 2025), nor one after "after"
        ("days after being awarded 2024 world title")."""
        words = self.lowers  # a year's digits are its own lower case
        # not a year after "after" ("Takeda wins World Cup 500m days after being awarded 2024 world title")
        years = {
            int(words[i][:4])
            for sent in self._lede()
            for i in range(sent.start, sent.end)
            if YEAR.fullmatch(words[i]) and "after" not in words[max(sent.start, i - 5) : i]
        }
        published = self._published
        if published:
            return {y for y in years if abs(y - int(published[:4])) <= 1}
        # undated: not a year the story has moved on from ("a number her dad set in 1994" over "four years later in
        # Nagano he was 15th, and he retired in 1999")
        lede_end = max((sent.end for sent in self._lede()), default=0)
        told = [
            int(words[i][:4])
            for i in range(lede_end, len(self.doc))
            if YEAR.fullmatch(words[i]) and self._clause_head(self.doc[i]).tag_ == "VBD"
        ]
        return {y for y in years if not told or y >= max(told) - 1}

    def _news_week(self, signal: Signal) -> bool:
        """Whether "last week" or "last weekend" sets the first sentence below the headline that states a result, which
        names no weekday: the time of the story's news, as a weekly or local paper tells it."""
        if self.lowers[signal.span.start : signal.span.end] not in (["last", "week"], ["last", "weekend"]):
            return False
        first = self._first_result_sentence
        return first is not None and first.start <= signal.span.start < first.end and not self._weekdays(first)

    @cached_property
    def _first_result_sentence(self) -> Span | None:
        """The first sentence below the headline that states a win, medal, place or time."""
        below = self.headline.end if self.headline is not None else 0
        return next(
            (s for s in self.doc.sents if s.start >= below and self._in_sentence(s, "WIN", "MEDAL", "RANK", "TIME")),
            None,
        )

    def _superlative_opening(self, span: Span, firsts: bool = False) -> Token | None:
        """The superlative that opens the phrase a time marker closes, with no verb between ("the tightest finish of
        the championships so far", "the fastest time this season"), or with `firsts` a first ("the country's first
        medal in the event since 2019", "the first Norwegian to win the title since 2016"); None if it closes none."""
        for token in reversed(self.doc[max(span.sent.start, span.start - SUPERLATIVE_REACH) : span.start]):
            if firsts and token.tag_ == "VB" and token.i > 0 and self.lowers[token.i - 1] == "to":
                continue  # "the first Norwegian to win the title since 2016"
            if token.pos_ in ("VERB", "AUX"):
                return None
            if token.tag_ in ("JJS", "RBS") or firsts and token.lower_ == "first":
                return token
        return None

    def _governs(self, marker: Token, head: Token, shared: bool = True) -> bool:
        """Whether a marker's clause covers a signal's clause: the same clause, a clause above it (not across a
        "but": "won this title a year ago in 1:08.14 but had to settle for 1:09.02 this time"), or a complement
        below it (not a relative or adverbial side clause); unless `shared`, not from a coordinated clause with a
        subject of its own (a day is shared so, "A took the relay title and B won the 500m on Sunday"; a
        background is not)."""
        if marker == head:
            return True
        if marker in head.ancestors:
            node = head
            while node != marker:
                if node.dep_ == "conj" and any(
                    c.dep_ == "cc" and c.lower_ in ("but", "yet") and node.head.i < c.i < node.i
                    for c in node.head.children
                ):
                    return False
                node = node.head
            return True
        node = marker
        while node != node.head and node != head:
            if node.dep_ in ("relcl", "acl", "advcl", "appos", "parataxis") and not self._dates_the_setting(node):
                return False
            if not shared and node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return False  # "won in 7:09.66, but Hartwell was right behind her ... inside her previous best"
            node = node.head
        return node == head

    @staticmethod
    def _coordinated_below(clause: Token, head: Token) -> bool:
        """Whether a clause hangs from a clause coordinated with the head's rather than from the head's own."""
        node = clause
        while node != head and node != node.head:
            if node.dep_ == "conj":
                return True
            node = node.head
        return False

    @staticmethod
    def _dates_the_setting(clause: Token) -> bool:
        """Whether a participle clause dates the meeting where its sentence is set ("At the last German
        championships held in the hall two years ago, Felix Rauch won the 500 metres")."""
        noun = clause.head
        return (
            clause.dep_ == "acl" and clause.tag_ == "VBN" and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in")
        )

    def _in_side_clause(self, span: Span) -> bool:
        """Whether a span sits in a relative clause ("Weststra, who won the 3000m title on Wednesday, ...") or a
        clause of a race to come ("she would be fine by Sunday, when she races the 1000m"); kept per root token."""
        root = span.root
        side = self.side_clauses.get(root.i)
        if side is None:
            side = self.side_clauses[root.i] = any(
                t.dep_ == "relcl"
                and any(
                    c.tag_ in ("WP", "WDT", "WP$", "WRB") or any(g.tag_ == "WP$" for g in c.children)  # "whose partner"
                    for c in t.children
                )
                and not self._venue_programme(t)
                or _when_it_comes(t)
                for t in chain((root,), root.ancestors)
            ) or self._in_whose_aside(span)
        return side

    def _in_whose_aside(self, span: Span) -> bool:
        """Whether a span sits in a "whose" clause set off by a comma or a dash, however the parser attached it
        ("said Wolters, whose only previous international podium was a bronze in the World Cup mass start")."""
        sent = span.sent
        whose = next((i for i in range(span.start - 1, sent.start, -1) if self.lowers[i] == "whose"), None)
        if whose is None or self.lowers[whose - 1] not in (",", "-", "–", "—", "("):
            return False
        closing = {"(": ")"}.get(self.lowers[whose - 1], self.lowers[whose - 1])
        return not any(self.lowers[i] in (closing, ",") for i in range(whose + 1, span.start))

    @staticmethod
    def _in_time_clause(span: Span) -> bool:
        """Whether a span sits in a clause that dates the sentence by another event ("Twenty minutes after
        winning the women's 1,000 metres, ... anchored Canada to gold in the relay")."""
        return any(t.lower_ in ("after", "before") and t.dep_ in ("prep", "mark") for t in span.root.ancestors)

    def _titles_someone(self, mention: Signal) -> bool:
        """Whether a race is named in a title before a name ("behind sprint winner Ida Kvamme", "1500m champion
        Jorrit Bergsma"): who the person is, not the race the sentence is about."""
        head = mention.root.head
        return (
            mention.root.dep_ in ("compound", "nmod", "amod")
            and head.lower_ in TITLE_NOUNS
            and (
                head.head.i in self.mention_at
                or head.i + 1 in self.mention_at
                # "1:05 behind Friday's sprint winner": someone of that day's race
                or any(c.dep_ == "poss" and c.lower_.rstrip("'’s") in WEEKDAYS for c in head.children)
            )
        )

    @staticmethod
    def _setback_in(mention: Signal) -> bool:
        """Whether a race is named as someone's setback ("her 500m disappointment", "her near miss in the 500m")."""
        head = mention.root.head
        if head.dep_ == "prep" and mention.root.dep_ == "pobj":
            head = head.head
        return head.lower_ in SETBACK_NOUNS and any(c.dep_ == "poss" for c in head.children)

    def _anothers_title(self, signal: Signal) -> bool:
        """Whether a winner's title names another race ("sprint winner Ida Kvamme" in a pursuit report)."""
        return signal.label == "WIN" and any(
            m.root.head == signal.root and self._titles_someone(m)
            for m in self._in_sentence(signal.span.sent, "DISTANCE", "DISCIPLINE")
        )

    @staticmethod
    def _in_after_clause(span: Span) -> bool:
        """Whether a span sits in a clause headed by "after" or "since", which tells of an earlier event."""
        return any(t.lower_ in ("after", "since") and t.dep_ in ("prep", "mark") for t in span.root.ancestors)

    def _venue_programme(self, clause: Token) -> bool:
        """Whether a "where" clause says what was raced at the venue, with no person as its subject ("at the
        Arena Lodowa, where the women contested the 5000m and the men the 10,000m")."""
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        return (
            any(c.lower_ == "where" for c in clause.children)
            and bool(subjects)
            and all(s.pos_ != "PRON" and s.i not in self.mention_at for s in subjects)
            and not any(
                s.label == "BACKGROUND" and s.root in clause.subtree
                for s in self._in_sentence(clause.sent, "BACKGROUND")
            )
        )

    def _provisional(self, span: Span) -> bool:
        """Whether a place is said of a point in the race near a marker of one ("at the bell", "intermediate"), not
        after the text moves on to the end ("picked up six points in the intermediate sprints before finishing
        11th"), or under a heading of one ("LAP 4 – FIRST INTERMEDIATE SPRINT")."""
        return (
            self._under_an_interim_heading(span)
            or any(
                (
                    abs(signal.span.start - span.start) <= 5
                    or self._in_phrase_of(signal.root, span)
                    # "Kim sat in third place behind Zhang and Lee for most of the race": the clause's own marker
                    or signal.kind == "provisional"
                    and signal.span[0].lower_ == "for"
                    and signal.span.start > span.start
                    and self._clause_head(signal.root) == self._clause_head(span.root)
                )
                and not any(self.lowers[i] in MOVING_ON for i in range(signal.span.end, span.start))
                # "Rourke was fourth after leading into the final bend": the place comes after the point in the race
                and "after" not in self.lowers[span.end : signal.span.start]
                # "With two laps to go, Kim was fourth"; not "crashed with 18 laps to go and crossed the line fourth"
                and (signal.kind != "laps to go" or self._clause_head(signal.root) == self._clause_head(span.root))
                # not "Hartley, who led at halfway, had to settle for third"
                and not (self._in_side_clause(signal.span) and not self._in_side_clause(span))
                for signal in self._in_sentence(span.sent, "PROVISIONAL")
            )
        )

    def _in_phrase_of(self, token: Token, span: Span) -> bool:
        """Whether a token is in a phrase of "in" or "at" that a place, or the verb it is the object of, governs
        ("took second place in the first intermediate sprint")."""
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "at")
            and c.i >= span.end
            and (c.head in span or c.head == span.root.head and span.root.dep_ == "dobj")
            for c in token.ancestors
        )

    def _under_an_interim_heading(self, span: Span) -> bool:
        """Whether the nearest heading line above a span tells of a point in the race ("LAP 12 – THIRD
        INTERMEDIATE SPRINT", "LAP 6"), not its result ("THE RESULT")."""
        start = span.sent.start
        for _ in range(HEADING_REACH):
            if start == 0:
                return False
            heading = self.doc[start - 1].sent
            words = _words(heading)
            if (
                words
                and len(words) <= 2 * HEADING_WORDS  # capitals make a longer line a heading
                and heading.text.strip() == heading.text.strip().upper()
                and not any(t.pos_ in ("VERB", "AUX") for t in heading)
            ):
                return bool(self._in_sentence(heading, "PROVISIONAL")) or any(
                    t.lower_ in ("lap", "laps") for t in words
                )
            start = heading.start
        return False

    def _at_a_split(self, span: Span) -> bool:
        """Whether a place is said at a split of the current race, just after it ("She was third at 500m in
        1:46.30")."""
        race = self.current.key.distance if self.current is not None else None
        sent = span.sent
        head = self._clause_head(span.root)
        if any(
            s.kind == "split"
            and s.root.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ in ("poss", "det") for c in s.root.children)
            and self._clause_head(s.root) == head
            for s in self._in_sentence(sent, "NONRESULT")
        ):
            return True  # "His opener of 9.52 over the first 100 metres was only the fifth-best": the split's place
        # "Through 5km she's 14th", "At 600m, Kok was third": a split opening the sentence
        opening = [
            s
            for s in self._in_sentence(sent, "DISTANCE")
            if sent.start < s.span.start
            and s.span.end <= span.start
            and self.lowers[s.span.start - 1] in SPLIT_MARKS
            and not any(t.is_alpha for t in self.doc[sent.start : s.span.start - 1])  # "15:10 Through 5km"
        ]
        return any((self._distance(s.span) or 0) < (race or math.inf) for s in opening) or (
            race is not None
            and any(
                0 <= signal.span.start - span.end <= 3
                and self.lowers[signal.span.start - 1] in SPLIT_MARKS
                and "after" not in self.lowers[span.end : signal.span.start - 1]  # "took silver after leading at 100m"
                and (self._distance(signal.span) or race) < race
                for signal in self._in_sentence(sent, "DISTANCE")
            )
        )

    def _interim_standings(self, span: Span) -> bool:
        """Whether a place in a classification is its standing part-way ("After two distances, Kvamme leads on
        78.461 points. Hoekstra is second on 78.688"): said in a sentence that names no distance, itself or the one
        before it in its paragraph marking the standings as after some days or distances."""
        sent = span.sent
        if self._in_sentence(sent, "DISTANCE"):
            return False
        head = self._clause_head(span.root)
        sents = [sent]
        if sent.start > 0 and self._paragraph_start(sent.start_char) == self._paragraph_start(sent.start_char - 1):
            sents.append(self.doc[sent.start - 1].sent)
        markers = [s for one in sents for s in self._in_sentence(one, "PROVISIONAL") if s.kind == "standings after"]
        # "After two distances, Kvamme leads", "Kvamme leads after day one"; not "Gao, the leader after the first day,"
        return any(
            m.span.start == m.span.sent.start
            or m.root.head.pos_ in ("VERB", "AUX")
            and self._clause_head(m.root) == head
            for m in markers
        )

    def _in_a_standings_list(self, span: Span) -> bool:
        """Whether a place is in a list of standings its line introduces ("Slalom standings (after 6 of 10
        races): 1. Noiret 365 points; 2. Moen Bakke 340"): a standings marker before it in its paragraph, a colon
        between them."""
        line_start = self._paragraph_start(span.start_char)
        return any(
            line_start < s.span.start_char
            and s.span.end <= span.start
            and any(t.is_punct and ":" in t.text for t in self.doc[s.span.end - 1 : span.start])
            for s in self._standings_markers
        )

    @cached_property
    def _standings_markers(self) -> list[Signal]:
        """The article's markers of standings ("World Cup standings", "Slalom standings ("), read once."""
        return [s for s in self.signals if s.label == "BACKGROUND" and s.kind == "standings"]

    # ---- races -----------------------------------------------------------------------------------
    def _gender_near(self, span: Span) -> str | None:
        """The gender a race mention names: next to it, else the sentence's one gender, unless that sits in
        a clause beside the mention's ("Blackwood blitzes to 60m gold, Okafor-Eze takes women's title")."""
        genders = self._in_sentence(span.sent, "GENDER")
        for signal in genders:
            if span.start <= signal.span.start < span.end or 0 <= span.start - signal.span.end <= 3:
                return signal.kind
        counter = self._race_counter(span)  # "won his second 500m of the season"
        if counter in ("his", "her"):
            return "men" if counter == "his" else "women"
        head = self._clause_head(span.root)
        others = [s.span for s in self._in_sentence(span.sent, "DISTANCE", "DISCIPLINE") if s.span != span]
        kinds = {
            s.kind
            for s in genders
            if not self._coordinated_clauses(self._clause_head(s.root), head)
            # "Hesselink v Sato in the 1000m, then the men's 500m": another race's own gender
            and not any(o.start <= s.span.start < o.end or 0 <= o.start - s.span.end <= 3 for o in others)
        }
        if len(kinds) == 1:
            return kinds.pop()
        return None if kinds else self._gender_heading(span.start_char)

    def _opens_a_race_section(self, sent: Span) -> bool:
        """Whether a sentence follows a heading line that names the current race ("MEN'S TEAM SPRINT")."""
        if sent.start == 0 or self.current is None:
            return False
        heading = self.doc[sent.start - 1].sent
        return (
            len(_words(heading)) <= HEADING_WORDS
            and not any(t.pos_ in ("VERB", "AUX") for t in heading)
            and any(
                self._race_key_of(s) == self.current.key for s in self._in_sentence(heading, "DISTANCE", "DISCIPLINE")
            )
        )

    def _gender_heading(self, char: int) -> str | None:
        """The gender of the last heading line above a character that names only a gender ("WOMEN" over a
        results box's races)."""
        if self.gender_headings is None:
            self.gender_headings = [
                (match.start(), "women" if match.group(1).lower().startswith("w") else "men")
                for match in GENDER_HEADING.finditer(doc_text(self.doc))
            ]
        above = [gender for start, gender in self.gender_headings if start < char]
        return above[-1] if above else None

    def _distance(self, span: Span) -> int | None:
        """A race's distance in metres, with the unit a shorter match left after it ("the women's 100" +
        "-kilometre race"); a relay's is its legs' total ("4x5 km" is 20000)."""
        text = self.doc[span.start : self._unit_end(span)].text.lower().replace(",", "")
        legs = re.match(r"(\d)\s*[x×]\s*", text)
        if legs:
            text = text[legs.end() :]
        number = re.search(r"\d+(?:\.\d+)?", text)
        word = re.search(r"([a-z]+)[\s-]+kilomet", text)  # "the four kilometres"
        spelled = word_to_number(word.group(1)) if word and not number else None
        hundreds = re.search(r"([a-z]+) (hundred|thousand) met", text)  # a script's "five hundred metres"
        if hundreds and not number and (count := word_to_number(hundreds.group(1))):
            spelled = count * (100 if hundreds.group(2) == "hundred" else 1000)
        if not number and not spelled:
            return None
        value = (float(number.group(0)) if number else spelled) * (int(legs.group(1)) if legs else 1)
        if re.search(r"k(m|ilomet|$)|\dk\b", text):
            value *= 1000
        return int(round(value)) if value >= 50 else None

    def _race_key_of(self, signal: Signal) -> RaceKey | None:
        """The race a distance or discipline mention names; None for splits and partial mentions."""
        if id(signal) not in self.race_keys:
            self.race_keys[id(signal)] = self._read_race_key(signal)
        return self.race_keys[id(signal)]

    def _read_race_key(self, signal: Signal) -> RaceKey | None:
        """The race a mention names; none for a split, a title, or "a sprint for third" (an indefinite). At an
        allround or sprint championship "the final 5000m" and "the second-fastest 5000m" are its distance
        races, not stretches of one ("the first 100" still is). In a sport of jumps, metres are a jump's length
        ("127 meters in the final round"), never a race."""
        if signal.label == "DISTANCE" and self._jumps_only:
            return None
        if (
            (not self._classification_championship() or self._distance(signal.span) not in CHAMPIONSHIP_DISTANCES)
            and not self._race_counter(signal.span)
            and any(
                s.label == "NONRESULT"
                and s.kind == "split"
                and s.span.start < signal.span.end
                and signal.span.start < s.span.end
                for s in self._in_sentence(signal.span.sent, "NONRESULT")
            )
        ):
            return None
        if any(  # "the fastest European this season over 3,000m": a season's best, not a race
            s.kind == "season best" and -3 <= signal.span.start - s.span.end <= 3
            for s in self._in_sentence(signal.span.sent, "NONRESULT")
        ):
            return None
        gender = self._gender_near(signal.span)
        if signal.label == "DISTANCE":
            distance = self._distance(signal.span)
            after = next((t for t in self.doc[signal.span.end : signal.span.end + 3] if t.lower_ not in UNITS), None)
            titled = after is not None and after.lower_ in ("champion", "champions")
            if distance is None or titled or not self._names_a_race(signal.span):
                return None
            discipline = None
            end = self._unit_end(signal.span)
            inserted = self._gender_and_competition_tokens(signal.span.sent)
            for other in self._in_sentence(signal.span.sent, "DISCIPLINE"):
                if other.kind == "overall classification" and other.span[0].lower_ == "final":
                    continue  # "LADIES 500 m   FINAL CLASSIFICATION": the distance's result list
                name = self._discipline_name(other)
                # "500m freestyle", "the 3,200-metre men's team pursuit", "the 10km World Cup pursuit"
                between = [
                    i for i in range(end, other.span.start) if i not in inserted and self.lowers[i] not in POSSESSIVES
                ]
                # not a list of races: "second in 1,500m, team sprint silver"
                beside = (
                    other.span.start - end >= 0
                    and len(between) <= 1
                    and not any(self.lowers[i] in (",", ";", "and", "&") for i in between)
                )
                if (
                    beside
                    or name in TEAM_DISCIPLINES
                    and self._defines_distance(signal, name)
                    or self._distance_after(other.span, signal.span)
                ):
                    discipline = name  # "the women's team pursuit, six laps and 2,400 metres"
            return RaceKey(gender, distance, discipline)
        if signal.label == "DISCIPLINE":
            if signal.kind == "the classification":  # "fifth in the classification"
                classification = self._classification_race()
                if classification is None or signal.span.start in self.quoted:
                    return None
                return RaceKey(gender, None, classification.key.discipline)
            if signal.kind not in CLASSIFICATIONS and not self._names_a_race(signal.span):
                return None
            if self._final_classification_of_current(signal):
                return None
            if signal.kind in CLASSIFICATIONS and "single distance" in (self.competition.get("name") or "").lower():
                # "the women's sprint crown at the world single distances championships": one of its races
                return RaceKey(gender, None, None) if gender else None
            before = self.doc[signal.span.start - 1].lower_ if signal.span.start > 0 else ""
            after = self.lowers[signal.span.end] if signal.span.end < len(self.doc) else ""
            sprint = signal.kind == "lower" and signal.span.text.lower() in ("sprint", "sprints")
            if sprint and (before in RACE_PART_SPRINTS or after.isdigit() or self.sport in OFF_OVAL_SKATING):
                return None  # a mass start's "intermediate sprints", "FINAL SPRINT!!", "sprint 2", a marathon's
            if sprint and self.sport in SKATING_SPORTS:
                # skating races no "sprint" of its own: "In the sprint, Veenstra won the 500" is the sprint
                # classification's, "Koopmans wins in sprint" a finish; "sprint trio", "sprint coach" are read on
                if any(s.kind == "sprint classification" for s in self.signals if s.label == "DISCIPLINE"):
                    return RaceKey(gender, None, "sprint classification")
                if signal.span.end == signal.span.sent.end or self.doc[signal.span.end].pos_ not in ("NOUN", "PROPN"):
                    return None
            if before in ("a", "an") or sprint and (before in ("his", "her", "their") or after == "for"):
                return None  # "a sprint for third", "launched his sprint", "won the sprint for the line"
            inserted = self._gender_and_competition_tokens(signal.span.sent)
            before = [
                d
                for d in self._in_sentence(signal.span.sent, "DISTANCE")
                if signal.span.start >= self._unit_end(d.span)
                and sum(i not in inserted for i in range(self._unit_end(d.span), signal.span.start)) <= 1
            ]
            if before or any(
                self._distance_after(signal.span, d.span) for d in self._in_sentence(signal.span.sent, "DISTANCE")
            ):
                return None  # the distance names the race, with this discipline
            if any(
                c.span.start == signal.span.end for c in self._in_sentence(signal.span.sent, "COMPETITION")
            ) and self._in_sentence(signal.span.sent, "DISTANCE"):
                # the sport's branch in a competition's name beside the race: "the women's K1 500m at the canoe
                # sprint World Cup"; not "won a chaotic women's snowboard cross World Cup"
                return None
            name = self._discipline_name(signal)
            if name in MODIFIER_DISCIPLINES and any(
                other.span.start == signal.span.end and self._discipline_name(other) not in MODIFIER_DISCIPLINES
                for other in self._in_sentence(signal.span.sent, "DISCIPLINE")
            ):
                return None  # "the freestyle team sprint": the team sprint
            if name in SLED_CREWS and self.sport != "bobsleigh":
                return None  # a short-track "four-man final"
            if name == "marathon" and self.sport in OFF_OVAL_SKATING:
                return RaceKey(gender, None, name)  # "the 60-lap top-division race" of the Marathon Cup
            return RaceKey(gender, DISCIPLINE_DISTANCE.get(name), name)
        return None

    def _distance_of_current(self, key: RaceKey, signal: Signal) -> bool:
        """Whether a distance alone, "over" it after a time, is the distance of the race told, which has none yet
        ("in 4:07.914 over the 4km distance" of the women's team pursuit)."""
        current = self.current
        sent = signal.span.sent
        return (
            current is not None
            and current.key.distance is None
            and current.key.discipline is not None
            and current.key.discipline not in CLASSIFICATIONS
            and key.discipline is None
            and key.gender in (None, current.key.gender)
            and signal.span.start > 0
            and (
                "over" in self.lowers[max(0, signal.span.start - 2) : signal.span.start]
                and any(t.span.end <= signal.span.start for t in self._in_sentence(sent, "TIME"))
                # "She certainly didn't feel them in the relay. The Dutch quartet ... controlled the 3000m final"
                or current.key.discipline in TEAM_DISCIPLINES
                and any(t.lower_ in TEAM_NOUNS - {"men", "women"} and t.dep_ in ("nsubj", "nsubjpass") for t in sent)
            )
        )

    def _final_classification_of_current(self, signal: Signal) -> bool:
        """Whether "the final classification" is the result list of the race told, in a report that names no
        classification otherwise ("Tremblay-Roy was removed from the final classification" of a 500m)."""
        return (
            signal.kind == "overall classification"
            and signal.span[0].lower_ == "final"
            and self.current is not None
            and bool(self.current.facts)
            and self.current.key.discipline not in CLASSIFICATIONS
            and not any(t.lower_ in ("points", "title", "titles") for t in signal.span.sent)
            and not any(
                s.label == "DISCIPLINE" and s.kind in CLASSIFICATIONS and s.span[0].lower_ != "final"
                for s in self.signals
            )
        )

    def _distance_after(self, discipline: Span, distance: Span) -> bool:
        """Whether a distance follows its discipline ("the sprint over 7.5 kilometres", "Results women's sprint
        7.5 km")."""
        return discipline.end <= distance.start and self.lowers[discipline.end : distance.start] in (
            [],
            ["over"],
            ["over", "the"],
        )

    def _gender_and_competition_tokens(self, sent: Span) -> set[int]:
        """The tokens of a sentence's genders and competitions, which may stand between a distance and its
        discipline ("the 3,200-metre men's team pursuit", "the 10km World Cup pursuit")."""
        return {i for s in self._in_sentence(sent, "GENDER", "COMPETITION") for i in range(s.span.start, s.span.end)}

    def _unit_end(self, span: Span) -> int:
        """Where a distance ends with the unit words a shorter match left after it ("women's 400" + "-meter")."""
        end = span.end
        while end < span.sent.end and end - span.end < 2 and self.lowers[end] in UNITS:
            end += 1
        return end

    def _race_counter(self, span: Span) -> str | None:
        """The possessive that counts a distance among someone's races ("won his second 500m of the season"),
        if it is so counted."""
        before = self.doc[span.start - 1] if span.start > span.sent.start else None
        ordinal = span[0] if not span[0].is_digit and ordinal_value(span[0].text) is not None else before
        end = self._unit_end(span)
        if (
            ordinal is not None
            and ordinal.i > span.sent.start
            and ordinal_value(ordinal.text) is not None
            and self.lowers[ordinal.i - 1] in ("his", "her", "their")
            and self.lowers[end : end + 2] == ["of", "the"]
        ):
            return self.lowers[ordinal.i - 1]
        return None

    def _names_a_race(self, span: Span) -> bool:
        """Whether a distance names a race ("the women's 500m", "won the 1,500") rather than a stretch of
        one ("for 199 metres", "the 150m penalty loop", "with 15 metres to go") or a title ("the world
        10,000m silver medallist")."""
        if span.start in self.race_ordinals:
            return True
        before = self.doc[span.start - 1] if span.start > span.sent.start else None
        if span.label_ == "DISTANCE" and span.id_ == "bare" and not span[0].like_num and span[0].lower_ != "the":
            before = span[0]  # "to win 10,000": the verb, not what comes before it, stands before the distance
        if self._race_counter(span) or self._won_championship_distance(span) or self._closing_distance(span):
            return True
        start = span.start + (span[0].lower_ == "the")
        before_the = self.lowers[max(span.sent.start, start - 2) : start]
        if before_the in (["after", "the"], ["before", "the"]):
            # "came back an hour after the pursuit to take silver in the 1,000m": a time of day; but "held a
            # minute's silence before the men's 500m", with no result beside it, names the race told next
            return before_the[0] == "before" and not self._in_sentence(span.sent, *RESULT_LABELS)
        if span[0].lower_ == "the" and len(span) > 1:
            before = span[0]
            if span[1].lower_ in NOT_BEFORE_RACE:
                return False
        elif (
            before is not None
            and before.lower_ in NOT_BEFORE_RACE
            and span[0].lower_ not in ("men", "women", "ladies")  # "the second men's 500m of the weekend"
            # "for 3000m gold", not "Poland's first sprint medal"
            and not (span.text[:1].isdigit() and span.end < len(self.doc) and self.lowers[span.end] in RACE_PRIZES)
            or span[0].lower_ in NOT_BEFORE_RACE
            and not span[0].like_num  # "over four kilometres"
        ):
            return False
        elif before is not None and before.lower_ == "and" and self.lowers[before.i - 2 : before.i - 1] == ["between"]:
            return False  # "between 35 and 40 kilometres"
        elif before is not None and before.lower_ == "of" and self.lowers[before.i - 1] in LAP_NOUNS:
            return False  # "16 laps of 12.5 kilometres": a lap's length
        elif before is not None and before.lower_ in ("and", ",") and self._after_a_stretch(span):
            return False  # "went through 300m in 25.9 and 700m in 52.6"
        if any(
            s.label == "TITLE"
            and (0 <= span.start - s.span.end <= 4 or 0 <= s.span.start - span.end <= 1)
            and s.span.sent == span.sent
            # not "beating world champion Remco Veenstra in the 5000 metres": a name between
            and not any(i in self.mention_at for i in range(s.span.end, span.start))
            for s in self.signals
        ):
            return False
        after = self.doc[span.end] if span.end < span.sent.end else None
        if after is None or after.lower_ not in NOT_AFTER_RACE:
            return True
        gendered = self.lowers[max(span.start - 2, 0) : span.start - 1] in (["men"], ["women"], ["ladies"])
        if after.lower_ == "of" and gendered and self.lowers[span.start - 1] in POSSESSIVES:
            return True  # "the women's 100 km of the Alternative Elfstedentocht": a race of the meet, no stretch
        if after.lower_ in ("squad", "squads") and " ".join(self.lowers[span.start : span.end]) in TEAM_DISCIPLINES:
            return True  # "Canada's women's team pursuit squad ... winning gold": the race's team
        following = self.doc[after.i + 1] if after.i + 1 < len(self.doc) else None
        if after.lower_ == "to" and following is not None:  # "the decisive 1,000 metres to hold off", not "to go"
            return following.pos_ == "VERB" and following.lower_ != "go"
        return after.lower_ == "time" and following is not None and following.lower_ == "trial"

    def _after_a_stretch(self, span: Span) -> bool:
        """Whether a distance is listed after a stretch of a race (a split's "through 300m in 25.9", "led through 100
        and 150 metres")."""
        earlier = [
            s for s in self._in_sentence(span.sent, "DISTANCE") if 0 < span.start - s.span.end <= STRETCH_LIST_REACH
        ]
        if not earlier:
            start = span.start
            return start - 3 >= span.sent.start and self.lowers[start - 3] in PASSED and self.doc[start - 2].like_num
        return not self._names_a_race(earlier[-1].span)

    def _passed(self, span: Span) -> bool:
        """Whether a distance is a point of a race passed on the way ("through 300m", "at 700m", "and 700m in
        52.6" after one)."""
        before = self.lowers[span.start - 1] if span.start > span.sent.start else ""
        return before in PASSED or before in ("and", ",") and self._after_a_stretch(span)

    @cached_property
    def _classification_named(self) -> bool:
        """Whether the report names an allround or sprint classification anywhere."""
        return any(
            s.label == "DISCIPLINE" and self._discipline_name(s) in CLASSIFICATIONS - {"overall classification"}
            for s in self.signals
        )

    def _classification_championship(self) -> bool:
        """Whether the report is of an allround or sprint championship: it has a classification race so far, or
        names one anywhere (so a distance before the title is named is read alike)."""
        return self._classification_race() is not None or self._classification_named

    def _closing_distance(self, span: Span) -> bool:
        """Whether an allround championship's distance is named as its last or first ("the closing 10,000 metres",
        "the opening 1500m"): a distance race, not a stretch of one, when it is 1500m or more."""
        words = [t.lower_ for t in self.doc[max(span.start - 2, span.sent.start) : span.end]]
        adjective = next((i for i, w in enumerate(words) if w in ("closing", "final", "last", "opening")), 0)
        return (
            adjective > 0
            and words[adjective - 1] == "the"  # not "thanks to a storming final 5000m"
            and (self._distance(span) or 0) >= 1500
            and self._championship_distance(span)
        )

    def _discipline_name(self, signal: Signal) -> str:
        if signal.kind == "lower":
            return signal.span.text.lower()
        if signal.kind == "upper":
            return signal.span.text.upper().replace("-", "")
        return signal.kind

    def _find_race(self, key: RaceKey, run: Run = Run()) -> Race:
        """The race a mention refers to: an earlier race with the same distance/discipline (and no other
        day, ordinal or round), or a new one; the race takes on what the mention says of its run. A team pursuit's
        B final is its race for bronze, whose places are the final's."""
        current = self.current.key if self.current is not None and key.distance is None else None
        if run.round == "final B" and (key.discipline or current and current.discipline) == "team pursuit":
            run = replace(run, round=None)
        race = self._match_race(key, run)
        race.run = race.run.merged(run)
        return race

    @staticmethod
    def _same_run(race: Race, run: Run) -> bool:
        """Whether a race can be the run a mention describes ("the closing 1000m" can be the second, not the
        first; "the final" can be the race reported so far, a heat cannot)."""
        known = race.run
        if run.day and known.day and run.day != known.day:
            return False
        if run.age and run.age != known.age and (known.age or race.facts):
            return False  # "the junior men's 1500m" and "the senior race", or the men's 1500m told before
        if run.round and known.round:
            if run.round != known.round or run.number and known.number and run.number != known.number:
                return False
        elif run.round and run.round != "final" and race.facts:
            return False
        if not run.ordinal or not known.ordinal or run.ordinal == known.ordinal:
            return True
        return "last" in (run.ordinal, known.ordinal) and "1" not in (run.ordinal, known.ordinal)

    def _match_race(self, key: RaceKey, run: Run) -> Race:
        current = self.current
        races = [r for r in self.races if r.section == self.section]
        gender_only = key.distance is None and key.discipline is None and key.gender is not None
        if key == RaceKey(key.gender, None, "pursuit") and any(r.key.discipline == "team pursuit" for r in races):
            key = RaceKey(key.gender, None, "team pursuit")  # "the men's team pursuit ... the pursuit final"
        if key.distance is None and key.discipline is None:
            if current is None:
                key = RaceKey(key.gender, None, None)
            else:
                key = RaceKey(key.gender or current.key.gender, current.key.distance, current.key.discipline)
        if (
            key.distance is None
            and current is not None
            and current.key.distance is not None
            and current.key.discipline in (None, key.discipline)
            and key.discipline in MODIFIER_DISCIPLINES
            and key.gender in (None, current.key.gender)
            # "the men's 50km ... the classic-technique mass start": a long race started as a mass start
            or key.discipline == "mass start"
            and key.distance is None
            and current is not None
            and (current.key.distance or 0) >= LONG_RACE
            and current.key.discipline in (None, *MODIFIER_DISCIPLINES)
        ):
            if current.key.discipline is None:
                current.key = RaceKey(current.key.gender or key.gender, current.key.distance, key.discipline)
            return current
        if (
            key.discipline == "overall classification"
            and key.distance is None
            and current is not None
            and current.key.discipline in POINTS_RACES
        ):
            return current  # a mass start's "Final standings (points)" are its result
        placeholder = next((r for r in races if r.key == RaceKey(None, None, None)), None)
        # not a race of a day before the lede's: "On Saturday Mila Jansen lowered the women's 3000m junior record"
        another_day = run.day is not None and bool(self._lede_days()) and run.day not in self._lede_days()
        if placeholder is not None and key != placeholder.key and not another_day:
            gender = self._pronoun_gender(placeholder) if key.gender is not None else None
            if gender is None or gender == key.gender:
                placeholder.key = key
                return placeholder
            # "Lorenz won in 1:44.33 ... he said" before "the women's 1500m": his race was the men's
            placeholder.key = RaceKey(gender, key.distance, key.discipline)
        same = [
            r
            for r in races
            if (r.key.distance, r.key.discipline) == (key.distance, key.discipline)
            or key.distance is not None
            and r.key.distance == key.distance
            and None in (r.key.discipline, key.discipline)
            and {r.key.discipline, key.discipline} - {None} <= MODIFIER_DISCIPLINES | TEAM_DISCIPLINES | {"mass start"}
            # "two hours of classic skiing ... over 50 kilometres", then "The 50km mass start": one long race
            or key.distance is not None
            and r.key.distance == key.distance
            and key.distance >= LONG_RACE
            and len({r.key.discipline, key.discipline} & TECHNIQUES) == 1
            and "mass start" in {r.key.discipline, key.discipline}
            # "the final classification" is either; the allround's and the sprint's, at combined championships, two
            or {r.key.discipline, key.discipline} <= CLASSIFICATIONS
            and "overall classification" in {r.key.discipline, key.discipline}
            or key.distance is not None
            and r.key.distance is None
            and r.key.discipline == key.discipline
            and key.discipline in TEAM_DISCIPLINES  # "relay win" in the headline, "the 4x5 km relay" after
            and (None in (key.gender, r.key.gender) or key.gender == r.key.gender)  # not the men's of the mixed
            and not any((o.key.distance, o.key.discipline) == (key.distance, key.discipline) for o in races)
            or key.distance is None
            and r.key.distance is not None
            and r.key.discipline == key.discipline
            and key.gender in (None, r.key.gender)
            # a "MEN'S 5000M RELAY" heading, then "the men's relay title"; "a 3000m relay final", then "the relay"
            and key.discipline in TEAM_DISCIPLINES
            # "the single sculls ... on the 2,000m course", then "Women's single sculls A final: 1 A Carney"
            or key.distance is None
            and key.discipline is not None
            and r.key.discipline == key.discipline
            and r.key.distance in self.course_distances
            and key.gender in (None, r.key.gender)
        ]
        for race in same:
            if race.key.distance is None and key.distance is not None:
                race.key = RaceKey(race.key.gender, key.distance, race.key.discipline)
            if race.key.discipline in (None, "overall classification") and key.discipline is not None:
                race.key = RaceKey(race.key.gender, race.key.distance, key.discipline)
        same = [r for r in same if self._same_run(r, run)]
        if run.round is None:
            same = [r for r in same if r.run.round in (None, "final")] or same
        if key.gender is None:
            if current is not None and current in same:
                return current
            if same:
                return same[-1]
        else:
            exact = [r for r in same if r.key.gender == key.gender]
            if exact:
                return exact[-1]
            # with no race of this gender, a race of no stated gender is this one, unless its pronouns or its
            # athletes' given names disagree ("Norway's women did not qualify for the team pursuit" after the men's)
            unknown = [r for r in same if r.key.gender is None]
            if (
                unknown
                and self._pronoun_gender(unknown[-1]) in (None, key.gender)
                and self._given_names_gender(unknown[-1]) in (None, key.gender)
            ):
                race = unknown[-1]
                race.key = RaceKey(key.gender, race.key.distance, race.key.discipline or key.discipline)
                return race
        if gender_only:  # "the women's final" after a lede naming the women's 3000m relay and the mixed relay
            named = [
                r
                for r in races
                if (r.key.gender, r.key.discipline) == (key.gender, key.discipline) and self._same_run(r, run)
            ]
            if named:
                return named[-1]
        race = Race(key, section=self.section)
        self.races.append(race)
        return race

    def _words_between(self, a: Span, b: Span) -> int:
        """How many words stand between two spans, not counting those that lead into a race's name ("in the
        men's")."""
        start, end = (a.end, b.start) if a.start < b.start else (b.end, a.start)
        return sum(self.lowers[i] not in RACE_NAME_LEADS for i in range(start, end))

    def _race_for(self, span: Span, owner: Entity | None = None) -> Race:
        """The race a result signal belongs to: the race named in its clause (else nearest in its sentence,
        outside clauses coordinated with its own), with the run its clause names ("the second semi-final");
        else the race its athlete, or another athlete of the sentence, was reported in; else the current one."""
        side = self._in_side_clause(span)
        mentions = [
            s
            for s in self._in_sentence(span.sent, "DISTANCE", "DISCIPLINE")
            if self._race_key_of(s)
            and (side or not self._in_side_clause(s.span))
            and not self._split_of_current(self._race_key_of(s), s)
            and not self._leg_of_current(self._race_key_of(s), s)
            and not (s.label == "DISTANCE" and self._names_course(s.span))
            and not self._race_to_come(s)
            and not self._titles_someone(s)
            and not self._technique_of_a_race(s)
            # "Dabrowska, who earned a second medal after her near miss in the 500m, with bronze in 2:23.118"
            and not (self._in_after_clause(s.span) and not self._in_after_clause(span))
            and not (
                self._another_days_race(self._race_key_of(s), s)
                and (
                    self._clause_head(s.root) != self._clause_head(_attachment(span))
                    # "won the race in 1:14.62, her second victory of the trials after Friday's 500"
                    or s.root.head.lower_ in ("after", "since", "before")
                )
            )
        ]
        background = [s for s in mentions if self._background(s.span)]
        if background and not self._background(span):
            # "was fifth in 1:15.97 and will have to rely on the 1,500 meters on Tuesday"
            mentions = [s for s in mentions if s not in background]
        round_run = self._round_near(span)
        head = self._clause_head(_attachment(span))
        own_rounds = (
            [
                s
                for s in self._in_sentence(span.sent, "ROUND")
                if s.kind != "final" and self._clause_head(s.root) == head and not self._background(s.span)
            ]
            if side and round_run == Run() and self.current is not None and self.current.facts
            else []
        )
        if own_rounds:
            # "Lie-Strand, who finished third in his quarter-final in 2:53.02": the aside's own round, not the race's
            return self._find_race(self.current.key, Run(round=own_rounds[0].kind))
        if not any(self._clause_head(s.root) == head for s in mentions):
            gender = self._gendered_race_of_clause(span, head)
            if gender is not None:  # "while Gebre won a cagey women's race"
                self._other_gender_beside(gender, span.sent)
                race = self._find_race(RaceKey(gender, None, None), round_run)
                if race not in self.context_races:
                    self.context_races.append(race)
                return race
        if mentions:
            mentions = (
                [s for s in mentions if self._clause_head(s.root) == head]
                # "fading in the 10,000, where his 13:10.62 left him sixth": the race a relative clause describes
                or [s for s in mentions if head.dep_ == "relcl" and s.span.start <= head.head.i < s.span.end]
                # "won the men's 10,000 meters, finishing in 13:39.21, while Rößler took the women's 5,000"
                or [
                    s
                    for s in mentions
                    if head.dep_ in ("advcl", "acl", "xcomp")  # a participle or infinitive clause of the race's
                    and self._clause_head(s.root) in head.ancestors
                    and not self._purpose_clause(s.span)
                ]
                or [
                    s
                    for s in mentions
                    if not self._coordinated_clauses(self._clause_head(s.root), head)
                    and not self._purpose_clause(s.span)
                ]
            )
        if mentions:
            # the words between the two, edge to edge, past "in the men's": "Inoue 2nd in 1,000" is the 1,000's after
            # "Takeda wins 500", "and Kowalski bronze in the men's mass start" the mass start's
            nearest = min(mentions, key=lambda s: self._words_between(s.span, span))
            key, run = self._race_key_of(nearest), round_run.merged(self._run_of(nearest))
            genders = self._paired_genders(nearest, owner) if owner is not None else []
            # the races in the order named, the first taking a race of no gender named before ("Hazenberg and
            # Declercq win gold" over the lede)
            races = [self._find_race(RaceKey(gender, key.distance, key.discipline), run) for gender in genders]
            return races[-1] if races else self._find_race(key, run)
        if round_run != Run():
            current = self.current.key if self.current is not None else self.unnamed_key
            return self._find_race(current, round_run)
        day = self._day_near(span)
        if day is not None and self.current is not None:
            runs = [r for r in self.races if _same_race(r.key, self.current.key)]
            fitting = [r for r in runs if r.run.day == day] or [r for r in runs if r.run.day is None]
            if len(runs) > 1 and fitting:
                fitting[-1].run = fitting[-1].run.merged(Run(day=day))
                return fitting[-1]
            if runs == [self.current] and self.current.run.day not in (None, day):
                # "took Saturday's race in 36.84 and came back Sunday to go even faster, stopping the clock at 36.71"
                return self._find_race(self.current.key, Run(day=day))
        # a team's result, or one in a sentence about teams, is of a team race ("China claimed the mixed relay title
        # and Hao won the men's 500m. The Chinese quartet clocked 2:38.215 to beat the Netherlands by 0.225 seconds")
        team_races = [r for r in self.context_races if r.key.discipline in TEAM_DISCIPLINES]
        of_teams = bool(team_races) and (owner is not None and owner.key >= 10_000 or self._team_subject(span.sent))
        pool = team_races if of_teams else self.context_races
        if owner is not None and len(self.context_races) > 1:
            known = [r for r in pool if owner.key in r.facts]
            peers = {e.key for _, e in self.sentence_anchors} - {owner.key}
            known = known or [r for r in pool if peers & set(r.facts)]
            start = self._paragraph_start(span.start_char) if not known else span.start_char
            for mention in reversed(self.mentions):
                # "Kristoffersen ... skating against Harm Wijnstra ... Wijnstra finished second": the race of the
                # last person named before in the paragraph
                if mention.start_char < start:
                    break
                peer = self.entity_at.get(mention.start)
                if peer is not None and peer is not owner and mention.start_char < span.start_char:
                    known = [r for r in pool if peer.key in r.facts]
                    if known:
                        break
            if len(known) == 1 or known and owner.key in known[-1].facts:
                return known[-1]
        if self.current is None:
            self.current = self._find_race(self.unnamed_key)
        if of_teams and self.current not in team_races:
            return team_races[-1]
        return self._of_their_gender(owner, span.sent) or self.current

    def _paired_genders(self, race: Signal, owner: Entity) -> list[str]:
        """Where two athletes and two genders of a race are named in turn ("The Netherlands' Lotte Hazenberg and
        Belgium's Ruben Declercq struck gold in the women's and men's mass start"), the genders up to the athlete's:
        ["women"] for Hazenberg, ["women", "men"] for Declercq; else []."""
        sent = race.span.sent
        genders = sorted(
            {s.span.start: s for s in self._in_sentence(sent, "GENDER")}.values(), key=lambda s: s.span.start
        )
        pair = next(
            (
                (first, second)
                for first, second in pairwise(genders)
                if self.lowers[first.span.end : second.span.start] == ["and"]
                and 0 <= race.span.start - second.span.end <= 1
                and first.kind != second.kind
            ),
            None,
        )
        if pair is None:
            return []
        named = list(
            {
                e.key: e
                for m in self.mentions
                if sent.start <= m.start < pair[0].span.start
                for e in [self.entity_at.get(m.start)]
                if e is not None
            }.values()
        )
        return [s.kind for s in pair[: named.index(owner) + 1]] if len(named) == 2 and owner in named else []

    def _of_their_gender(self, owner: Entity | None, sent: Span) -> Race | None:
        """The last race of the other gender over the current race's distance (else over any, when the name's order
        is sure), for an athlete whose given name is of that gender ("Second place went to Noor van der Linde" after
        a lede that ends on the men's 500m)."""
        current = self.current
        parts = owner.full_form.split() if owner is not None and owner.key < 10_000 else []
        gender = name_gender(parts[0]) if len(parts) > 1 else None
        if current is None or gender is None or current.key.gender not in OTHER_GENDER or gender == current.key.gender:
            return None
        same_distance = (
            r
            for r in reversed(self.races)
            if r.section == self.section
            and r.key == RaceKey(gender, current.key.distance, current.key.discipline)
            and r.run == current.run
        )
        # else their gender's last race, when a pronoun of the sentence agrees or the name's order is sure (not
        # "Mei Shangbo" of China, a family name first): "Sanne de Bruin finished fourth, 0.21 behind her teammate"
        # back on the women's 500m after a lede that ended on the men's 1000m
        nation = self._nation_of(owner)[0]
        agrees = any(PRONOUN_GENDERS.get(t.lower_) == gender for t in sent) or (
            nation is not None and nation not in FAMILY_NAME_FIRST_NATIONS
        )
        of_gender = (r for r in reversed(self.races) if agrees and r.section == self.section and r.key.gender == gender)
        return next(same_distance, None) or next(of_gender, None)

    @staticmethod
    def _coordinated_clauses(a: Token, b: Token) -> bool:
        """Whether two clause heads sit in clauses joined side by side ("Kiptanui runs 2:03:48 to win
        Valencia, Alemayehu takes women's race"), not one inside the other; verbs sharing one subject ("X
        controlled the women's final and crossed in 4:05.412") are one clause."""
        for lower, upper in ((a, b), (b, a)):
            node = lower
            while node != upper and node.head != node:
                if (
                    node.dep_ == "conj"
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
                    or node.dep_ == "parataxis"
                    or node.dep_ == "ccomp"
                    and node.i < node.head.i
                    or _contrast_clause(node)
                ):
                    return True
                node = node.head
            if node == upper:
                return False
        return True

    def _follow_the_story(self, sent: Span) -> None:
        """After a sentence that names no race, the story is about the race its results went to ("Tan
        clocked 40.108 to beat Gao ..." after a lede naming two races)."""
        if len(self.context_races) < 2 or self._in_sentence(sent, "DISTANCE", "DISCIPLINE"):
            return
        told = [
            race
            for race in self.context_races
            if any(
                sent.start_char <= item["start"] < sent.end_char
                for facts in race.facts.values()
                for item in facts.evidence
                if item["field"] != "athlete"
            )
        ]
        if len(told) == 1:
            self.current = told[0]

    def _the_reports_race(self, race: Race | None) -> bool:
        """Whether a race is the one the report is about: its results start in the lede, on the report's day."""
        return (
            race is not None
            and race.first_result is not None
            and race.first_result < self.lede_end
            and (race.run.day in (None, self.news_day) or race.run.day in self._lede_days())
        )

    def _told_in_passing(self, race: Race | None) -> bool:
        """Whether a race is one of a day before the report's news, which neither the headline nor the lede names:
        told in passing, after which the story goes back to its own race; not a race of a championship's days
        (a sprint championship's Saturday 500m)."""
        report_days = {self.news_day} if self.news_day else self._lede_days()
        return (
            race is not None
            and self._classification_race() is None
            and race.run.day is not None
            and bool(report_days)
            and race.run.day not in report_days | self._lede_days()
            # an earlier day's: a later day's results are news of a report written after them
            and not any(_days_later(race.run.day, day) for day in report_days)
        )

    def _round_near(self, span: Span) -> Run:
        """The round or numbered race named in a span's own clause ("won the third quarter-final in 1:25.97",
        "37.62 in the first race") or leading its sentence ("In the second semi-final, Conti won ..."); a
        relative clause with none of its own takes its antecedent's ("second in the second semi-final, behind
        Lee, who won it in 1:24.881")."""
        head = self._clause_head(span.root)
        sent = span.sent

        def scoped(token: Token) -> bool:
            return self._clause_head(token) == head or sent[0].lower_ == "in" and token.i - sent.start <= 4

        rounds = [
            s
            for s in self._in_sentence(sent, "ROUND")
            if (scoped(s.root) or self._object_of(s.span, span)) and self._names_a_round(s)
        ]
        if not rounds and head.dep_ == "relcl":
            head = self._clause_head(head.head)
            rounds = [s for s in self._in_sentence(sent, "ROUND") if scoped(s.root) and self._names_a_round(s)]
        ordinals = [(t, o) for t, o in self._numbered_races(sent) if scoped(t)]
        run = Run()
        if rounds:
            nearest = min(rounds, key=lambda s: abs(s.span.start - span.start))
            run = Run(round=nearest.kind, number=self._round_number(nearest.span))
        if ordinals:
            run = run.merged(Run(ordinal=min(ordinals, key=lambda item: abs(item[0].i - span.start))[1]))
        return run

    def _object_of(self, named: Span, span: Span) -> bool:
        """Whether a phrase directly follows a signal, however parsed ("Mac Giolla wins B Final")."""
        return span.end <= named.start <= span.end + 1 and all(
            t.pos_ == "DET" for t in self.doc[span.end : named.start]
        )

    def _numbered_races(self, sent: Span) -> list[tuple[Token, str]]:
        """ "the first race", "the second race" outside quotes, with their ordinals."""
        return self._per_sentence(self._find_numbered_races, sent)

    def _find_numbered_races(self, sent: Span) -> list[tuple[Token, str]]:
        lowers = self.lowers
        return [
            (self.doc[i], RACE_ORDINALS[lowers[i - 1]])
            for i in range(sent.start + 1, sent.end)
            if lowers[i] == "race" and lowers[i - 1] in RACE_ORDINALS and i not in self.quoted
        ]

    def _names_a_round(self, signal: Signal) -> bool:
        """Whether a round word names the round a result was raced in: not "the final lap", "the 2022
        final", "the World Cup final" (a meet), "advanced from a semi-final", one aimed at, a relative clause about
        another race, a long-track "heat" (a pair) or a sled's "heat" (one run of its aggregate)."""
        after = self.doc[signal.span.end] if signal.span.end < signal.span.sent.end else None
        if signal.kind == "final" and after is not None and after.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
            return False
        if signal.kind == "heat" and self.sport in HEATS_ARE_NO_ROUNDS and signal.span[-1].lower_ not in FASTEST:
            return False  # but "qualified second fastest with 3:38.06" is a qualifying round
        if any(s.span.end == signal.span.start for s in self._in_sentence(signal.span.sent, "COMPETITION")):
            return False
        if self._aimed_at(signal.span):
            return False
        window = list(self.doc[max(signal.span.sent.start, signal.span.start - 3) : signal.span.start])
        verbs = [i for i, t in enumerate(window) if t.pos_ in ("VERB", "AUX")]
        if any(t.lower_ in ROUND_MOVES for t in window[verbs[-1] + 1 if verbs else 0 :]):
            return False
        return not self._background(signal.span) and not self._in_side_clause(signal.span)

    def _round_of_the_sentence(self, signal: Signal) -> bool:
        """Whether a round before the final is what a sentence's main verb tells of ("skated the quarter-final",
        "In the semi-finals, ..."), not a heat of the weather ("in the 31-degree heat"), one moved out of ("top seed
        out of the semifinals") or someone's exit ("was eliminated in the semifinals")."""
        root = signal.root
        sent = signal.span.sent
        head = root.head
        if head.dep_ == "prep" and root.dep_ == "pobj" and head.lower_ not in ("out", "of", "from", "into", "than"):
            head = head.head
        before = self.doc[signal.span.start - 1] if signal.span.start > sent.start else None
        weather = signal.kind == "heat" and before is not None and (before.pos_ == "ADJ" or "degree" in before.lower_)
        return (
            signal.kind in ROUNDS_TURNED_TO
            and (signal.kind == "division B" or sent.root.lemma_ not in EXIT_VERBS)  # "In Division B, X went faster"
            and head == sent.root
            and root.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr")
            and not weather
            and self._names_a_round(signal)
        )

    def _round_number(self, span: Span) -> int | None:
        """A round's number: "the third quarter-final", "heat 3", "semi-final No. 2"."""
        before = self.doc[span.start - 1] if span.start > span.sent.start else None
        if before is not None and before.lower_ in ORDINAL_NUMBERS:
            return ORDINAL_NUMBERS[before.lower_]
        after = self.doc[span.end : min(span.sent.end, span.end + 2)]
        for token in after:
            if token.lower_ in ("no", "no.", "number"):
                continue
            return int(token.text) if re.fullmatch(r"\d{1,2}", token.text) else None
        return None

    def _purpose_clause(self, span: Span) -> bool:
        """Whether a span sits in an infinitive clause below the main one ("skated 6:47.30 to lock up the
        bronze in the final classification"): a classification there says what a result led to, not
        which race it was."""
        head = self._clause_head(span.root)
        return head != span.sent.root and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)

    def _on_points(self, ordinal: Token) -> bool:
        """Whether a place is stated with a points total ("De Ruiter second on 137.580", "third with 147.832
        points"): a place in a championship's classification."""
        following = [t.text for t in self.doc[ordinal.i + 1 : min(ordinal.i + 4, len(self.doc))]]
        return (
            len(following) > 1
            and following[0].lower() in ("on", "with")
            and (POINTS_TOTAL.fullmatch(following[1]) is not None or following[2:3] in (["points"], ["pts"]))
        )

    def _lede_aside_names_the_race(self, mention: Signal) -> bool:
        """Whether a race named in a relative clause of the lede is the story's, before any other is named: the
        clause states a result in it (' "Fourth again," said Laurent Roy, who clocked 1:08.91 in the men's 1,000
        metres on Saturday')."""
        clause = self._clause_head(mention.root)
        return (
            self.current is None
            and mention.span.start < self.lede_end
            and clause.dep_ == "relcl"
            and any(self._clause_head(r.root) == clause for r in self._in_sentence(mention.span.sent, "TIME", "RANK"))
        )

    def _gendered_race_of_clause(self, span: Span, head: Token) -> str | None:
        """The gender of a race a result's clause names by gender alone ("won a cagey women's race", "took silver
        among the women"), if it does with no other person named between ("Hylkema wins by a single second, Feenstra
        alone in women's race")."""
        sent = span.sent
        framed = self.lowers[sent.start] in GROUP_FRAMES
        comma = next((t.i for t in sent if t.text == ","), sent.end) if framed else sent.end
        for signal in self._in_sentence(sent, "GENDER"):
            end = signal.span.end
            if framed and end <= comma < span.start and self.lowers[end] != "'s":
                return signal.kind  # "Among the other Japanese women, Sugawara Ayano was seventh"
            between = range(min(span.end, signal.span.start), max(span.start, signal.span.end))
            among = self.lowers[max(signal.span.start - 2, 0) : signal.span.start] == ["among", "the"]
            if (
                end < len(self.doc)
                and (self.lowers[end] in GENDERED_RACE_NOUNS or among and self.lowers[end] != "'s")
                and self._clause_head(signal.root) == head
                and not self._background(signal.span)
                and not self._names_someone(between)
            ):
                return signal.kind
        return None

    def _update_context(self, sent: Span) -> None:
        if self.round_turn is not None and self.round_turn[0] != self._paragraph_start(sent.start_char):
            # the paragraph that turned to an earlier round is over: the story is on the race told before
            if self.current is not None and self.current.run.round in ROUNDS_TURNED_TO:
                self.current = self.round_turn[1]
            self.round_turn = None
        mentions = [
            s
            for s in self._in_sentence(sent, "DISTANCE", "DISCIPLINE")
            if s.span.start not in self.quoted
            and not self._background(s.span)
            and not self._titles_someone(s)
            and (not self._in_side_clause(s.span) or self._lede_aside_names_the_race(s))
            and not (s.kind in CLASSIFICATIONS and self.current is not None and self._purpose_clause(s.span))
            and not self._race_to_come(s)
            and not self._technique_of_a_race(s)
            and not self._of_another_competition(s)
            and not self._in_a_persons_aside(s.span)
            and not self._at_the_finish(s.span.start - 1)  # the length of the race told, for `_distance_raced_over`
        ]
        if len(mentions) > 1:
            mentions = [s for s in mentions if not self._setback_in(s)] or mentions
        named = [(k, s) for k, s in ((self._race_key_of(s), s) for s in mentions) if k is not None]
        earlier = [(k, s) for k, s in named if self._in_time_clause(s.span)]
        if len(earlier) < len(named) or earlier and self._opens_a_race_section(sent):
            # "Twenty minutes after winning the 1,000 metres, anchored Canada ..."; under a heading "MEN'S TEAM
            # SPRINT", "Gao came back two hours after his 1000m to anchor China"
            named = [n for n in named if n not in earlier]
        named = [
            (k, s)
            for k, s in named
            if not self._course_of_current(k, s) and not self._split_of_current(k, s) and not self._leg_of_current(k, s)
        ]
        if any(k.discipline in CLASSIFICATIONS and k.gender for k, _ in named):
            # "Final classification, men's allround": one classification, named twice
            named = [(k, s) for k, s in named if k.discipline not in CLASSIFICATIONS or k.gender]
        named = [(self._gendered_by_subject(k, sent), s) for k, s in named]
        off_day = [s for k, s in named if self._another_days_race(k, s)]
        # a race of another day may make its sentence background, the other races it names with it too
        named = [(k, s) for k, s in named if s not in off_day and s.span.start not in self.background_tokens]
        finals = [
            s
            for s in self._in_sentence(sent, "ROUND")
            if s.kind == "final" and self._clause_head(s.root) == sent.root and self._names_a_round(s)
        ]
        if not named and self._classification_race() is not None:
            distance = self._distance_referred_to(sent)
            if distance is not None:
                self.current = self._find_race(RaceKey(None, distance, None))
                return
        if len(named) == 1 and self._distance_of_current(*named[0]):
            key = self.current.key  # "stopped the clock in 4:07.914 over the 4km distance" of the team pursuit told
            self.current.key = RaceKey(key.gender, named[0][0].distance, key.discipline)
            return
        if named:
            key = named[0][0]
            current = self.current.key if self.current is not None else None
            if (
                current is not None
                and key.gender
                and (current.distance, current.discipline) == (key.distance, key.discipline)
            ):
                self._other_gender_before(key.gender, sent)
            races = [self._find_race(k, self._run_of(s).merged(self._round_near(s.span))) for k, s in named]
            self.context_races = list({id(r): r for r in races}.values())
            programme = len(self.context_races) > 1 and not self._in_sentence(sent, "TIME", "GAP", "MEDAL", "WIN")
            # "The women's 500m is first up, the men's 1000m follows.": the story starts with the first; so it does
            # after "X won the men's 1,000 meters, while Y defended her women's 500-meter title"
            contrasted = len(self.context_races) > 1 and self._in_contrast_clause(named[-1][1].root)
            distances = [r for r in races if r.key.discipline not in CLASSIFICATIONS]
            # "X added a bronze in the men's 1,000m before Y helped GB to bronze in the mixed relay" after the lede's
            # race: a summary of the other races, and the story goes on with the race it told
            results = self._in_sentence(sent, "MEDAL", "RANK", "WIN")
            told = [s for _, s in named if any(0 <= s.span.start - r.span.end <= RESULT_REACH for r in results)]
            # "... beat Seo by four thousandths, and later in the afternoon she helped the Dutch women to victory in
            # the relay": a race told as later in a clause joined to the story's, which goes on with the one it told
            later = all(
                (clause := self._clause_head(s.root)).dep_ == "conj"
                and any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS for c in clause.children)
                for _, s in named
            )
            summary = (
                (len(told) > 1 or later)
                and self.current is not None
                and bool(self.current.facts)
                and self.current not in races
            )
            # "won gold in the women's 500m and also took silver in the overall standings": the story goes on
            # with the race, not with the classification it counts towards
            if not summary:
                self.current = races[0] if programme or contrasted else (distances or races)[-1]
            self.pending_day = None
            self._on_to_the_final(sent, named[-1][1])
            return
        fitting = self._race_the_times_fit(sent)
        if fitting is not None:
            # "stopped the clock at 1:13.88 to win the last race of the weekend" after the 500m's results, in a
            # sprint championship whose lede named the closing 1,000 metres: no 500m takes 1:13.88
            self.current = fitting
        rounds = self._in_sentence(sent, "ROUND")
        words = _words(sent)
        genders = self._in_sentence(sent, "GENDER")
        heading = (
            len(genders) == 1
            and words
            and all(
                _inside(sent[t.i - sent.start : t.i - sent.start + 1], genders[0].span) or t.lower_ in HEADING_NOUNS
                for t in words
            )
        )
        # "Among the men, Yiming Zhou secured the overall gold", a run-in "Men: Ødegaard wins, Kärkkäinen ninth": the
        # other gender's run of the same event
        among = len(genders) == 1 and len(words) > 2 and [t.lower_ for t in words[:2]] == ["among", "the"]
        run_in = (
            len(genders) == 1
            and bool(words)
            and genders[0].span.start == words[0].i
            and genders[0].span.end < sent.end
            and self.doc[self._past_brackets(genders[0].span.end, sent.end)].text in (":", "):")  # "Women (40 laps):"
        )
        if (among and genders[0].span.start == words[2].i or run_in) and self.current is not None:
            self._other_gender_before(genders[0].kind, sent)
            heading = True
        if heading and self.current is not None and self.current.key.gender not in (None, genders[0].kind):
            key = self.current.key  # a "WOMEN" heading over the other gender's results of the same event
            self.current = self._find_race(RaceKey(genders[0].kind, key.distance, key.discipline))
            return
        if (
            len(rounds) == 1
            and words
            and all(_inside(self.doc[t.i : t.i + 1], rounds[0].span) or t.lower_ in ROUND_HEADING_WORDS for t in words)
        ):
            # a "Final B" or "SEMI-FINAL 1 RESULT" heading over its results
            key = self.current.key if self.current is not None else self.unnamed_key
            number = self._round_number(rounds[0].span)
            self.current = self._find_race(key, Run(round=rounds[0].kind, number=number))
            return
        if self.current is None:
            self._note_races_run(sent)
        numbered = [o for t, o in self._numbered_races(sent) if self._clause_head(t) == sent.root]
        if finals or numbered:
            key = self.current.key if self.current is not None else self.unnamed_key
            # "Bellandi ... drew the inside lane in the five-woman final" after a lede naming her race and another:
            # the final of the race the sentence's people have results in
            named = {
                self.entity_at[m.start].key
                for m in self.mentions
                if sent.start <= m.start < sent.end and m.start in self.entity_at
            }
            theirs = [r for r in self.context_races if named & set(r.facts)]
            if len(self.context_races) > 1 and len(theirs) == 1:
                key = theirs[0].key
            run = Run(round="final" if finals else None, ordinal=numbered[-1] if numbered else None)
            self.current = self._find_race(key, run)
        other_rounds = [s for s in rounds if self._round_of_the_sentence(s)]
        if other_rounds and not any(s.kind == "final" for s in rounds) and self.current is not None:
            # "Koen Stellingwerf skated the quarter-final in place of Bakema, and the Dutch line-up clocked 3:36.98"
            # after the final's result: the story turns to another round of the race
            run = Run(day=self.current.run.day, round=other_rounds[0].kind)
            if self.current.run.round != run.round:
                if self.current.run.round not in EARLIER_ROUNDS:
                    self.round_turn = (self._paragraph_start(sent.start_char), self.current)
                self.current = self._find_race(self.current.key, run)
        statuses = {s.root.i for s in self._in_sentence(sent, "STATUS")}
        days = [
            t
            for t in self._weekdays(sent)
            if not self._background(self.doc[t.i : t.i + 1])
            and t.head.head.i not in statuses  # "withdrew on Friday"
            # "Saturday's 10-kilometre classic", "a fall in the 500 on Friday"
            and not any(0 < s.span.start - t.i <= DAY_REACH or 0 < t.i - s.span.end <= 2 for s in off_day)
            # "an improvement on Saturday, when she had finished ninth": the day of a background clause
            and not any(c.dep_ == "relcl" and self._background(self.doc[c.i : c.i + 1]) for c in t.children)
            # "Holm gets to prove it in Salt Lake City on Friday" after her result: a day still to come
            and not (self.current is not None and self.current.facts and self._ahead(t))
            # "had swum 1:06.40 in the semifinal on Thursday": the day of that round, not of the race told
            and not any(r.kind != "final" and abs(r.span.end - t.i) <= 2 for r in rounds)
            # "the pair sat down Friday night and went through the video": an evening's, not a race's
            and not (t.i + 1 < sent.end and self.lowers[t.i + 1] == "night")
            and not self._in_a_persons_aside(self.doc[t.i : t.i + 1])  # "Lemstra, third in Saturday's 500m,"
            and not self._day_of_another_distance(t)  # "her second gold of the competition after the 1,000m on Friday"
        ]
        if any(self._race_to_come(s) for s in self._in_sentence(sent, "DISTANCE", "DISCIPLINE")):
            days = []  # "The World Cup continues on Sunday with the Mass Start": the day of the race to come
        if len(words) == 1 and words[0].lower_ in WEEKDAYS:  # a "SUNDAY" heading over that day's results
            days = words
        if days:
            self.pending_day = days[0].lower_
            self.news_day = self.news_day or self.pending_day
            # a day a heading or a sentence of the results' own paragraph names, not one paragraphs before
            self.pending_paragraph = None if len(words) <= HEADING_WORDS else self._paragraph_start(sent.start_char)
        if self.pending_day and self.pending_paragraph not in (None, self._paragraph_start(sent.start_char)):
            self.pending_day = None
        if self.pending_day and self._in_sentence(sent, "TIME", "RANK", "WIN", "MEDAL", "GAP"):
            if self._a_day_before_the_news(self.pending_day, sent):
                # "Ogata clocked 34.71 in the first 500m race on Saturday, when he finished fifth" after the results
                # of Sunday's race, told without a day: that day's results, background
                self.background_tokens.update(range(sent.start, sent.end))
            else:
                key = self.current.key if self.current is not None else self.unnamed_key
                self.current = self._find_race(key, Run(day=self.pending_day))
            self.pending_day = None
        self._age_class_race(sent)
        sports = {s.span.start for s in self._in_sentence(sent, "SPORT")}  # "the men's triathlon"
        for signal in self._in_sentence(sent, "GENDER"):
            after = signal.span.end
            while after < sent.end - 1 and AGE_CLASS.fullmatch(self.lowers[after]):
                after += 1
            nxt = self.doc[after] if after < len(self.doc) else None
            team_race = self.current is not None and self.current.key.discipline in TEAM_DISCIPLINES
            if (
                nxt is not None
                # "the Canadian men's team of A, B and C finished sixth" in a team pursuit report
                and (
                    nxt.lower_ in GENDERED_RACE_NOUNS
                    or nxt.i in sports
                    or team_race
                    and nxt.lower_ in TEAM_NOUNS
                    # "In the men's championship, ...": leading the sentence, as "took the men's title" does not
                    or nxt.lower_ in CHAMPIONSHIP_NOUNS
                    and sent[0].lower_ in ("in", "among")
                    and self._classification_race() is not None
                )
                and not self._background(signal.span)
                # "The men's race takes place on Sunday morning."
                # "The elite women race on Sunday"
                and not (
                    (self._programme(sent.root) or nxt.tag_ == "VBP")
                    and any(self._ahead(d) for d in self._weekdays(sent))
                )
                and self._about_the_results(signal, sent)
                and not self._of_someone_after_the_results(signal, sent)
            ):
                classification = self._classification_race()
                if (
                    nxt.lower_ in CHAMPIONSHIP_NOUNS
                    and classification is not None
                    and classification.key.gender != signal.kind
                    and self._dated_elsewhere(self.doc[nxt.i : nxt.i + 1])
                ):
                    continue  # "In the women's championship, which finished on Saturday, Ilse Koning ..."
                self._other_gender_before(signal.kind, sent)
                if nxt.lower_ in CHAMPIONSHIP_NOUNS and classification is not None:
                    # "In the men's championship, Calgary's Owen Brenneman claimed gold with 151.204 points"
                    self.current = self._find_race(
                        RaceKey(signal.kind, None, classification.key.discipline), Run(day=self._day_of_its_clause(nxt))
                    )
                else:
                    self.current = self._find_race(RaceKey(signal.kind, None, None))
                # "In the men's event the Netherlands ... kept their title" after a lede naming both genders' races:
                # the sentence's race, not one its people have results in
                self.context_races = [self.current]

    def _race_the_times_fit(self, sent: Span) -> Race | None:
        """The race of another distance that a sentence naming no race belongs to when its times do not fit the
        current race's distance and fit that one's, at the skating speeds of its sport. A time too fast for the
        current race may be its split, so it moves the story only to a race of the same day that already has
        results."""
        speeds = SKATING_SPEEDS.get(self.sport or "")
        current = self.current
        if speeds is None or current is None or current.key.distance is None:
            return None
        if any(s.kind in BEST_KINDS for s in self._in_sentence(sent, "NONRESULT")):
            return None  # "has a season best of 12:47.33, Dabrowski 12:49.10": bests, of no race
        slowest, fastest = speeds
        seconds = []
        for signal in self._in_sentence(sent, "TIME"):
            try:
                value = parse_duration(signal.span.text).seconds
            except TimeParseError:
                continue
            misfit = not current.key.distance / fastest <= value <= current.key.distance / slowest
            if misfit and signal.span.start not in self.quoted and not self._non_result_time(signal):
                seconds.append(value)
        slow = [value for value in seconds if value > current.key.distance / slowest]
        too_fast = not slow
        if too_fast and current.key.discipline in TEAM_DISCIPLINES:
            return None  # a relay's or a team pursuit's times too fast for it are a member's or a lap's
        seconds = slow or seconds  # "went out in 17.9 seconds ... and stopped the clock at 1:13.88": the slow one
        if not seconds:
            return None

        def fit(race: Race) -> bool:
            distance = race.key.distance or 0
            return all(distance / fastest <= value <= distance / slowest for value in seconds) and (
                not too_fast or (bool(race.facts) and race.run.day in (None, current.run.day))
            )

        others = [
            r
            for r in self.races
            if r is not current
            and r.key.distance is not None
            and r.section == current.section
            and (None in (r.key.gender, current.key.gender) or r.key.gender == current.key.gender)
            and fit(r)
        ]
        return others[-1] if others else None

    def _technique_of_a_race(self, mention: Signal) -> bool:
        """Whether a technique follows the race it is skied in ("Men's 50km mass start classic"): no race of its
        own."""
        return (
            self._race_key_of(mention) == RaceKey(None, None, mention.kind)
            and mention.kind in TECHNIQUES
            and any(
                0 <= mention.span.start - s.span.end <= 1
                for s in self._in_sentence(mention.span.sent, "DISTANCE", "DISCIPLINE")
                if s is not mention
            )
        )

    def _race_to_come(self, mention: Signal) -> bool:
        """Whether a race is named as one still to come beside results of the past ("finished 31st of 98 starters,
        but keeps the yellow bib going into Sunday's pursuit", "and will start Sunday's pursuit first"); kept per
        mention, which every result signal of the sentence asks about."""
        if id(mention) not in self.races_to_come:
            self.races_to_come[id(mention)] = self._read_race_to_come(mention)
        return self.races_to_come[id(mention)]

    def _of_another_competition(self, mention: Signal) -> bool:
        """Whether a race past the lede is named as one of another kind of competition than the report's ("She won
        the Olympic 500m when I was seven" in a World Cup report, "winning bronze in the 1,000 at the world
        championships in March" in a trials report): background, with the results its sentence states in it."""
        start = self._past_genders(mention.span.start - 1, -1)
        end = mention.span.end

        def named_with(c: Signal) -> bool:  # "the Olympic 500m", "the 1,000 at the world championships"
            between = self.lowers[end : c.span.start]
            return c.span.end - 1 == start or 0 < len(between) <= 2 and set(between) <= {"at", "of", "the"}

        other = next(
            (c for c, _ in self.competitions if named_with(c) and self.competition_kind not in (None, self._kind(c))),
            None,
        )
        if other is None or mention.span.start < self._first_full_stop():
            return False
        if self._result_stated_in(mention):
            sent = mention.span.sent
            self.background_tokens.update(range(sent.start, sent.end))
        return True

    def _read_race_to_come(self, mention: Signal) -> bool:
        sent = mention.span.sent
        before = self.lowers[max(sent.start, mention.span.start - 4) : mention.span.start]
        pairs = set(zip(before, before[1:], strict=False))
        if any(a.startswith("qualif") and b == "for" for a, b in pairs) and set(before) & {*WEEKDAYS, "tomorrow"}:
            return True  # "The top 60 qualify for Saturday's pursuit"
        going = bool(pairs & {("going", "into"), ("heading", "into"), ("ahead", "of")})
        verb = self._clause_head(mention.root)
        future = (
            going
            or any(c.lower_ in ("will", "'ll", "shall") for c in verb.children)
            # "still hopes to add the 3,000m on Monday"
            or verb.dep_ == "xcomp"
            and verb.head.lower_ in INTENT_VERBS
        )
        if verb.lemma_ in LOOMING_VERBS and verb.tag_ == "VBG":
            return True  # "Halvorsen's silver is only half the job, with the 1500m looming Saturday"
        if self._aimed_at(mention.span):
            return True
        if verb.lemma_ in CALLED_OFF_VERBS:
            return True  # "Thick fog forced organisers to postpone Thursday's men's 20km individual"
        results = self._in_sentence(sent, "RANK", "TIME", "MEDAL", "WIN")
        if not results and pairs & ADVANCING:
            return True  # "The time trial decides which 16 skaters advance to the mass start final"
        if not results and (self._programme(verb) or future or verb.tag_ in ("VBZ", "VBP")):
            # "The World Cup continues on Sunday with the Mass Start 12.5km", "hopes to add the 3,000m on Monday", "He
            # gets another chance on Sunday in the 500 metres": a day still to come
            return any(self._ahead(day) for day in self._weekdays(sent))
        return future and any(self._clause_head(r.root) != verb for r in results)

    def _aimed_at(self, span: Span) -> bool:
        """Whether a race or round is what someone aims at ("sets sights on the A group", "now eyes the 1500m"):
        one still to come."""
        verb = self._clause_head(span.root)
        return verb.lemma_ in AIMING_VERBS or verb.lemma_ == "set" and any(c.lower_ == "sights" for c in verb.children)

    @staticmethod
    def _programme(verb: Token) -> bool:
        """Whether a verb tells of the programme ("continues with", "takes place")."""
        return (
            verb.lemma_ in PROGRAMME_VERBS or verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children)
        )

    def _ahead(self, day: Token) -> bool:
        """Whether a weekday dates something still to come ("gets to prove it in Salt Lake City on Friday", "will
        race again on Sunday"): a clause in the present or future tense, or one such a clause governs."""
        verb = self._clause_head(day)
        while not _speech(verb):  # "she says she won on Sunday"
            if verb.tag_ in ("VBZ", "VBP") or any(c.tag_ == "MD" for c in verb.children):
                return True
            if verb.dep_ not in ("ccomp", "xcomp") or verb.head == verb:
                return False
            verb = verb.head
        return False

    def _distance_referred_to(self, sent: Span) -> int | None:
        """At an allround or sprint championship, the distance "the distance" (or the closing, final, last
        distance) refers to: the one named last before it ("climbed to bronze thanks to a storming final 5000m.
        Takagi won the closing distance in 6:54.71")."""
        for i in range(sent.start + 1, sent.end):
            if self.lowers[i] == "distance" and self.lowers[i - 1] in ("the", "closing", "final", "last", "concluding"):
                named = [  # not "at the 7,000 metre mark"
                    s
                    for s in self.signals
                    if s.label == "DISTANCE"
                    and s.span.end <= i
                    and self.lowers[s.span.end] not in ("mark", "point")
                    and not self._passed(s.span)  # not "went through 300m in 25.9 and 700m in 52.6"
                ]
                return self._distance(named[-1].span) if named else None
        return None

    def _split_of_current(self, key: RaceKey, signal: Signal) -> bool:
        """Whether a distance with a time straight after it is a split of the current race: one passed
        ("went through 30 kilometres in 1:27:51"), or one shorter than the race's ("600m in 40.6... 1:06.51!!!"), or
        one a split noun follows ("a 700-metre passage of 51.9")."""
        following = self.doc[signal.span.end : signal.span.end + 2]
        if key.discipline is None and following and following[0].lower_ in SPLIT_NOUNS:
            return True  # "after a 700-metre passage of 51.9"
        timed = any(t.i in self.time_starts or re.fullmatch(r"\d+\.\d+", t.text) for t in following)
        current = self.current.key if self.current is not None else None
        shorter = current is not None and current.distance is not None and (key.distance or 0) < current.distance
        if shorter and key.discipline is None and self._split_after_its_times(signal):
            return True  # "(10.28 against 10.31 on the 100m)"
        passage = signal.span.start > 0 and self.lowers[signal.span.start - 1] == "at" and (key.distance or 500) < 500
        if shorter and key.discipline is None and passage:
            return True  # "was up on the Pole's time at the 100": a passage of a longer race
        if (
            shorter
            and key.discipline is None
            and self.sport == "speed skating"
            and key.distance is not None
            and key.distance not in OVAL_DISTANCES
            and current.distance in OVAL_DISTANCES
        ):
            return True  # "14:48 1100m: Brouwer 1:22.9, Morimoto 1:23.1" in a 1500m: no distance an oval races
        if key.discipline is not None or key.distance is None or not timed:
            return False
        start = signal.span.start
        while start > 0 and self.lowers[start - 1] in ("the", "first", "opening"):
            start -= 1  # "came through the opening 100 meters in 10.31"
        before = self.doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ in ("through", "past"):
            return True
        if not shorter:
            return False
        if self._next_passage(signal.span):
            return True
        return before is None or before.is_punct or before.is_space or before.lower_ == "at"

    def _next_passage(self, distance: Span) -> bool:
        """Whether a distance after "and" follows a passage its sentence told ("went through 200m in 16.38, the
        fastest opener of the afternoon, and 600m in 41.90"): the next split."""
        before = distance.start - 1
        if before < distance.sent.start or self.lowers[before] not in ("and", "then"):
            return False
        return any(s.kind == "split" and s.span.end <= before for s in self._in_sentence(distance.sent, "NONRESULT"))

    def _split_after_its_times(self, signal: Signal) -> bool:
        """Whether a distance follows the times taken at it ("10.28 against 10.31 on the 100m", "in 17.9 for the
        first 200 metres")."""
        after = signal.span.end
        if after < signal.span.sent.end and self.doc[after].pos_ in ("NOUN", "PROPN"):
            return False  # "a ride of 59.412 over the 1km time trial": a race
        start = signal.span.start
        while start > signal.span.sent.start and self.lowers[start - 1] in ("the", "first", "opening"):
            start -= 1
        if start == signal.span.sent.start or self.lowers[start - 1] not in ("on", "at", "over", "for", "after"):
            return False
        window = range(max(signal.span.sent.start, start - 6), start - 1)
        return any(i in self.time_starts or re.fullmatch(r"\d{1,2}\.\d{1,2}", self.doc[i].text) for i in window)

    def _leg_of_current(self, key: RaceKey | None, signal: Signal) -> bool:
        """Whether a stroke or style named alone is a leg of the current medley or relay ("Her breaststroke was
        the difference", "on the final climb of the freestyle anchor leg")."""
        current = self.current.key if self.current is not None else None
        if key is None or key.distance is not None or current is None:
            return False
        if key.discipline in STROKES and "medley" in (current.discipline or ""):
            return True
        following = self.lowers[signal.span.end : signal.span.end + 2]
        return current.discipline in TEAM_DISCIPLINES and bool({"leg", "legs"} & set(following))

    def _course_of_current(self, key: RaceKey, signal: Signal) -> bool:
        """Whether a distance names the course of the current race ("sat third at halfway on the 2000m
        course", "the 2000m Rotsee course"), which gives that race (and races stated later without one,
        see `_course_distance`) its distance when it has none."""
        current = self.current
        if self._lap_length(signal.span) and key.discipline is None:
            return True  # "after six laps of the 7km course": a lap's length, no race's
        if not self._names_course(signal.span) or key.discipline is not None:
            return False
        self.course_distances.add(key.distance)
        if current is None:
            return True
        if current.key.distance is None and key.gender in (None, current.key.gender):
            current.key = RaceKey(current.key.gender, key.distance, current.key.discipline)
        return True

    def _past_brackets(self, i: int, end: int) -> int:
        """The token after a bracketed group that opens at token i ("(40 laps)"; its closing token when the
        tokenizer joined a colon to it, "):"), or i when none opens there."""
        if self.doc[i].text != "(":
            return i
        closing = next((j for j in range(i + 1, min(i + 8, end)) if self.doc[j].text.startswith(")")), None)
        if closing is None or closing + 1 >= end:
            return i
        return closing if self.doc[closing].text == "):" else closing + 1

    def _distance_raced_over(self, sent: Span) -> None:
        """The race told, stated without a distance, takes the one its sentence says it was raced over ("the
        men's race of the Kellenbach Inline Marathon ... at the end of 42.195 kilometres"), in whatever clause, or
        the last one told when "the same distance"."""
        current = self.current
        if current is None or current.key.distance is not None:
            return
        same = next(
            (i for i in range(sent.start, sent.end - 1) if self.lowers[i : i + 2] == ["same", "distance"]), None
        )
        if same is not None and not self._background(self.doc[same : same + 2]):
            # "The women's race, held over the same distance an hour earlier", not "finished fourth over the same
            # distance at last season's World Championships"
            told = [r.key.distance for r in self.races if r is not current and r.key.distance is not None]
            if told:
                current.key = RaceKey(current.key.gender, told[-1], current.key.discipline)
            return
        over = [
            s
            for s in self._in_sentence(sent, "DISTANCE")
            if s.span.start not in self.quoted
            and self._raced_over(s.span)
            and not self._background(s.span)
            and not self._titles_someone(s)  # "the country's 1984 Olympic champion over 5000 metres"
        ]
        results = [r for r in self._in_sentence(sent, *RESULT_LABELS) if not self._background(r.span)]
        others = [s for s in self._in_sentence(sent, "DISTANCE", "DISCIPLINE") if s not in over]
        if (
            len(over) != 1
            or not results
            or any(
                (key := self._race_key_of(s)) is not None
                and (key.distance, key.discipline) != (None, current.key.discipline)
                for s in others
            )
        ):
            return  # not "became world junior champions over 1000m ..., while the Dutch women won the team sprint"
        distance = self._distance(over[0].span)
        if distance is not None:
            current.key = RaceKey(current.key.gender, distance, current.key.discipline)

    def _lap_length(self, span: Span) -> bool:
        """Whether a distance is the length of a lap ("six laps of the 7km course", "the 7km loop")."""
        before = self.lowers[max(span.sent.start, span.start - 3) : span.start]
        after = self.lowers[span.end] if span.end < len(self.doc) else ""
        return before[-3:-1] in (["laps", "of"], ["lap", "of"]) or after in ("loop", "loops", "circuit", "lap")

    def _names_course(self, span: Span) -> bool:
        """Whether a distance is followed by "course", perhaps with the course's name between ("the 2000m
        Rotsee course"), or is what a crew covered ("The quartet covered the 2,000 metres in 2:38.104")."""
        before = span.start - 1 if span.start > 0 and self.lowers[span.start - 1] == "the" else span.start
        if before > 0 and self.doc[before - 1].lemma_ in ("cover", "complete"):
            # not "who completed the 200km Elfstedentocht on natural ice in 1963": a distance of another time
            return not self._background(span)
        after = span.end
        while after < len(self.doc) and after - span.end < 2 and self.doc[after].pos_ == "PROPN":
            after += 1
        return after < len(self.doc) and self.lowers[after] == "course"

    def _raced_over(self, span: Span) -> bool:
        """Whether a distance is the whole length a race is ridden or skated over ("a new Scottish best over the
        four kilometres", "at the end of 42.195 kilometres"), not a stretch of it ("over the last 200m", "just over
        500m to go")."""
        before = self.lowers[max(span.sent.start, span.start - 3) : span.start]
        return (
            (
                before[-1:] == ["over"]
                or before[-2:] in (["over", "the"], ["end", "of"])  # "at the end of 42.195km"
                or self._at_the_finish(span.start - 1)  # "crossing the line in 59:03 after 42.195 kilometres"
            )
            and (span[0].like_num or span[0].text[:1].isdigit())
            and not set(before) & {"just", "little", "than", "well", "almost", "nearly"}
            and self.lowers[span.end : span.end + 2] != ["to", "go"]
            and not (span.end < len(self.doc) and self.lowers[span.end] in ("remaining", "left"))
        )

    def _at_the_finish(self, after: int) -> bool:
        """Whether an "after" comes after the finish told just before it ("crossing the line in 59:03 after 42.195
        kilometres"): the whole length of the race follows, not a stretch of it."""
        if after < 0 or self.lowers[after] != "after":
            return False
        start = max(self.doc[after].sent.start, after - 6)
        return any(t.lower_ == "line" or t.lemma_ == "finish" for t in self.doc[start:after])

    def _about_the_results(self, signal: Signal, sent: Span) -> bool:
        """Whether a sentence's results are about the race a phrase names: it leads the sentence ("In the
        women's race, ..."), or a result sits in its clause or one below, not only in clauses beside it
        ("Kiptanui runs 2:03:48 to win Valencia, Alemayehu takes women's race")."""
        head = self._clause_head(signal.root)
        results = self._in_sentence(sent, *RESULT_LABELS)
        return (
            sent[0].lower_ == "in"
            or not results
            or any(not self._coordinated_clauses(self._clause_head(r.root), head) for r in results)
        )

    def _of_someone_after_the_results(self, signal: Signal, sent: Span) -> bool:
        """Whether a race named by gender belongs to a person named after every result of its sentence ("Hylkema
        wins by a single second, Feenstra alone in women's race"): not the race of those results."""
        results = self._in_sentence(sent, *RESULT_LABELS)
        return bool(results) and all(
            r.span.end <= signal.span.start and self._names_someone(range(r.span.end, signal.span.start))
            for r in results
        )

    def _names_someone(self, tokens: range) -> bool:
        """Whether a person is named within a range of tokens."""
        return any(i in self.mention_at for i in tokens)

    def _other_gender_before(self, gender: str, sent: Span) -> None:
        """ "In the women's race, Alemayehu won ..." (or "The women's race was much closer", "In the men's 1000
        metres ...") after two or more results of a race of no stated gender, naming none of its athletes: that
        race was the other gender's."""
        current = self.current
        if (
            current is None
            or current.key.gender is not None
            or gender not in OTHER_GENDER
            or sent[0].lower_ not in ("in", "the", "among")
            or len(current.facts) < 2
        ):
            return
        named = {
            self.entity_at[m.start].key
            for m in self.mentions
            if sent.start <= m.start < sent.end and m.start in self.entity_at
        }
        # not when its athletes' given names are that gender's: "The men's tour moves on to Mont-Valerien" after
        # Matej Ravnik's, Henrik Solbakken's and Loris Amsler's slalom
        names = (f.entity.full_form.split() for f in current.facts.values() if f.entity.key < 10_000)
        if not named & set(current.facts) and field_gender(p[0] for p in names if len(p) > 1) != gender:
            current.key = RaceKey(OTHER_GENDER[gender], current.key.distance, current.key.discipline)

    def _other_gender_beside(self, gender: str, sent: Span) -> None:
        """A race of no stated gender whose first result stands beside a clause naming a gender's race is the
        other gender's ("Kiprono broke the course record in 2:04:11, while Gebre won the women's race")."""
        current = self.current
        if (
            current is not None
            and current.key.gender is None
            and gender in OTHER_GENDER
            and current.first_result is not None
            and current.first_result >= sent.start
        ):
            current.key = RaceKey(OTHER_GENDER[gender], current.key.distance, current.key.discipline)

    def _on_to_the_final(self, sent: Span, mention: Signal) -> None:
        """A sentence that names a race's earlier round and then its final leaves the story at the final ("In
        the men's 500m, Park set a record of 40.298 in the quarterfinals but couldn't reproduce that speed in
        the final")."""
        current = self.current
        rounds = [
            s
            for s in self._in_sentence(sent, "ROUND")
            if s.span.start > mention.span.start and self._names_a_round(s) and not self._background(s.span)
        ]
        if current is not None and rounds and rounds[-1].kind == "final" and current.run.round not in (None, "final"):
            self.current = self._find_race(current.key, Run(day=current.run.day, round="final"))

    def _another_days_race(self, key: RaceKey, signal: Signal) -> bool:
        """Whether a mention names another weekday's race than the current one's, a day the headline and lede
        do not report ("on the strength of his result in Saturday's 10-kilometre classic" in a report of
        Sunday's pursuit, "after a fall in the 500 on Friday"): background, which the stories after it do not
        follow. A race of a day or two before the story's day whose results the sentence states makes the whole
        sentence background."""
        current = self.current
        day = next(
            (
                t.lower_
                for t in self._weekdays(signal.span.sent)
                if 0 < signal.span.start - t.i <= DAY_REACH
                and (self.lowers[t.i + 1] in ("'s", "’s") or t.dep_ == "compound" and t.head.lower_ in DAY_NOUNS)
                or 0 < t.i - signal.span.end <= 2
                and self.lowers[t.i - 1] == "on"  # "a fall in the 500 on Friday"
            ),
            None,
        )
        if self._classification_of_another_day(key, signal):
            return True
        if self._yesterdays_race(key, signal):
            sent = signal.span.sent
            self.background_tokens.update(range(sent.start, sent.end))
            return True
        if current is None or not current.facts or day is None or self._classification_race() is not None:
            return False
        current_day = current.run.day or current.dated or self.news_day
        if current_day not in WEEKDAYS or day == current_day or day in self._lede_days():
            return False
        # "Okafor added a 14th place in the 3,000 meters on Sunday" after her Friday race, in a report of the weekend;
        # not in a report of the news day, of a day before it: "Canada's other Friday result came in the men's
        # 5,000m, where Kieran Doyle was seventh" in Saturday's
        if self._result_stated_in(signal) or self._subject_of_its_sentence(signal):
            if current_day not in {self.news_day, *self._lede_days()} or _days_before(day, current_day) not in (1, 2):
                return False
            sent = signal.span.sent
            self.background_tokens.update(range(sent.start, sent.end))  # its results are that day's
            return True
        return not any((r.key.distance, r.key.discipline) == (key.distance, key.discipline) for r in self.races)

    def _yesterdays_race(self, key: RaceKey, signal: Signal) -> bool:
        """Whether a mention is of "yesterday's" race in a report whose headline and lede tell of no yesterday
        and name another race ("Morimoto won yesterday's 1000m in a track record" in a live blog of the 1500m)."""
        start = signal.span.start + (self.lowers[signal.span.start] in ("'s", "’s"))
        if start < 2 or self.lowers[start - 2] != "yesterday" or self.lowers[start - 1] not in ("'s", "’s"):
            return False
        if any(t.lower_ == "yesterday" for sent in self._lede() for t in sent):
            return False
        headline = self._headline_races()
        return bool(headline) and all(k.distance != key.distance or k.discipline != key.discipline for k in headline)

    def _a_day_before_the_news(self, day: str, sent: Span) -> bool:
        """Whether a sentence's weekday is a day or two before the day the lede reports, said after the results of
        a race told without a day of its own (so of the lede's day), and not in an "after" clause ("but never
        threatened after a slow opening 500m on Saturday")."""
        current = self.current
        if current is None or not current.facts or current.run.day is not None or day in self._lede_days():
            return False
        if any(t.lower_ == day and self._in_after_clause(sent[t.i - sent.start : t.i - sent.start + 1]) for t in sent):
            return False
        lede = self.doc[: self._first_full_stop()]
        said = {  # "the federation said on Monday": the day of the news told, not of the race
            t.lower_ for t in lede if _dated_verb(t).lemma_ in SPEECH_VERBS
        }
        news_days = self._lede_days() - said if self._lede_days() else {self.news_day} - {None}
        return any(_days_before(day, news) in (1, 2) for news in news_days)

    def _classification_of_another_day(self, key: RaceKey, signal: Signal) -> bool:
        """Whether a classification of the other gender than the one told is dated to a day the lede does not
        report ("In the women's championship, which finished on Saturday, Ilse Koning defended her title" after
        the men's on Sunday): background, its sentence's results with it."""
        current = self.current
        if (
            key.discipline not in CLASSIFICATIONS
            or current is None
            or current.key.discipline not in CLASSIFICATIONS
            or key.gender in (None, current.key.gender)
        ):
            return False
        return self._dated_elsewhere(signal.span)

    def _dated_elsewhere(self, span: Span) -> bool:
        """Whether a race or result is dated to a weekday the lede does not report, by the verb of its clause or
        one above it ("was decided on Saturday, when Veenstra retained her crown") or by a relative clause on it
        ("the women's championship, which finished on Saturday"), not by a phrase on a noun ("despite a fall in
        the semi-final on Saturday"); then its sentence is background with its results."""
        sent = span.sent
        clause = self._clause_head(span.root)
        verbs = [
            _dated_verb(t)
            for t in sent
            if t.lower_ in WEEKDAYS
            and t.lower_ not in (self._lede_days() or {self.news_day})
            or t.lower_ == "yesterday"
            and self._today_beside(span)  # "The women's title went to Kuiper yesterday" after "this afternoon"
        ]
        if not any(
            verb.pos_ in ("VERB", "AUX")
            and (
                verb == clause
                or verb in clause.ancestors
                or verb.dep_ == "relcl"
                and span.start <= verb.head.i < span.end
            )
            for verb in verbs
        ):
            return False
        self.background_tokens.update(range(sent.start, sent.end))
        return True

    def _gendered_by_subject(self, key: RaceKey, sent: Span) -> RaceKey:
        """A distance named without a gender, where the other gender's race of it is reported, is the race of
        the gender the given names of the sentence's subjects (else of all it names) show ("Albers ... was eighth
        in the 1000m" after the women's 1000m)."""
        classification = key.discipline in CLASSIFICATIONS  # "In the final classification Hazenberg collected ..."
        if key.gender is not None or key.distance is None and not classification:
            return key
        subjects = [t.i for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
        named = [m.start for m in self.mentions if sent.start <= m.start < sent.end]  # "The 1500m title went to X"
        people = [e for i in subjects if (e := self._person_at(i)) is not None] or [
            e for i in named if (e := self._person_at(i)) is not None
        ]
        # "In the last 1000 m he showed the time 1:08,71": a pronoun subject's gender
        pronouns = {PRONOUN_GENDERS.get(self.lowers[i]) for i in subjects if self.lowers[i] in ("he", "she")}
        genders = ({self._name_gender(e) for e in people} | pronouns) - {None}
        if len(genders) != 1:
            return key
        gender = genders.pop()
        if not any(
            (r.key.discipline in CLASSIFICATIONS if classification else r.key.distance == key.distance)
            and self._race_gender(r) not in (None, gender)
            for r in self.races
        ):
            return key
        return RaceKey(gender, key.distance, key.discipline)

    def _race_gender(self, race: Race) -> str | None:
        """A race's gender: its key's, else the one its athletes' given names show."""
        genders = {self._name_gender(f.entity) for f in race.facts.values()} - {None}
        return race.key.gender or (genders.pop() if len(genders) == 1 else None)

    def _subject_of_its_sentence(self, signal: Signal) -> bool:
        """Whether a race is what its sentence is about, the subject of its main verb ("Saturday's individual
        1.3-kilometer freestyle sprint had already shown the Americans were in good form"): the story follows it."""
        noun = _phrase_head(signal.root, ("nummod", "compound", "amod"))
        return noun.dep_ in ("nsubj", "nsubjpass") and noun.head == signal.span.sent.root

    def _result_stated_in(self, signal: Signal) -> bool:
        """Whether a race is named as the one a result of its sentence is in ("finished 17th in the men's 500
        meters", "won the 500 on Saturday"), not in passing ("after a fall in the 500", "his result in Saturday's
        10-kilometre classic")."""
        head = signal.span.root.head
        if head.dep_ == "prep" and head.lower_ in ("in", "over", "at"):
            head = head.head
        results = self._in_sentence(signal.span.sent, "RANK", "TIME", "MEDAL", "WIN")
        noun = _phrase_head(signal.root, ("nummod", "compound"))
        if results and noun.dep_ in ("nsubj", "dobj") and noun.head == signal.span.sent.root:
            return True  # "Sand turned Sunday's 5000m into a time trial and won it in 6:53.17"
        return any(
            s.span.start <= head.i < s.span.end or head == s.root.head and s.root.dep_ not in ("pobj", "prep")
            for s in results
        )

    def _lede_days(self) -> set[str]:
        """The weekdays the headline and first sentence (up to its full stop) name; a weekend's days where they
        report a weekend ("sift through the weekend's World Cup racing")."""
        if self.lede_days is None:
            lede = self.lowers[: self._first_full_stop()]
            self.lede_days = {w for w in lede if w in WEEKDAYS}
            if "weekend" in lede:
                self.lede_days |= {"friday", "saturday", "sunday"}
            if not self.lede_days:
                self.lede_days = self._dateline_day()
        return self.lede_days

    def _dateline_day(self) -> set[str]:
        """The weekday of the full date a dateline gives ("Salt Lake City, 2 March 2025 –": Sunday), the day its
        report's lede tells of when it names none."""
        text = doc_text(self.doc)
        for match in datelines(text):
            dated = published_in_text(match.group(0))
            if dated is not None:
                return {WEEKDAYS[date.fromisoformat(dated).weekday()]}
        return set()

    def _first_full_stop(self) -> int:
        """The end of the first sentence that ends with a full stop (headlines and bylines do not)."""
        return next((s.end for s in self.doc.sents if re.search(r"[.!?][\"”’]?\s*$", s.text)), 0)

    def _note_races_run(self, sent: Span) -> None:
        """Before any race is named, "both women's 500m races" says what the unnamed races are."""
        for signal in self._in_sentence(sent, "DISTANCE"):
            following = self.doc[signal.span.end : min(sent.end, signal.span.end + 3)]
            distance = self._distance(signal.span)
            if "races" in [t.lower_ for t in following] and distance and not self._background(signal.span):
                self.unnamed_key = RaceKey(self._gender_near(signal.span), distance, None)

    def _another_instance(self, signal: Signal) -> bool:
        """Whether a mention names another day's or another round's run of a race already reported
        ("On Saturday, Kitamura had won the first 500"): the same meet, not background."""
        key = self._race_key_of(signal)
        return (
            key is not None
            and self._run_of(signal) != Run()
            and any((r.key.distance, r.key.discipline) == (key.distance, key.discipline) for r in self.races if r.facts)
        )

    def _weekdays(self, sent: Span) -> list[Token]:
        """Weekdays that date a sentence's races: "on Sunday", "Saturday's first race", "Sunday's 500"."""
        return self._per_sentence(self._find_weekdays, sent)

    def _find_weekdays(self, sent: Span) -> list[Token]:
        days = []
        titles = {s.span.end - 1 for s in self._in_sentence(sent, "TITLE")}
        for i in range(sent.start, sent.end):
            if self.lowers[i] not in WEEKDAYS:
                continue
            token = self.doc[i]
            if token.i in self.quoted or self._in_side_clause(token.doc[token.i : token.i + 1]):
                continue
            if _speech(self._clause_head(token)):
                continue  # the day someone spoke: "Brisebois told the Herald by phone from Utah on Monday"
            aside = self._aside(token.doc[i : i + 1])
            if aside is not None and titles.intersection(range(aside.start, aside.end)):
                continue  # the day of a title: "Marit Dekker, silver medallist in the 3,000m on Saturday, was fifth"
            before = token.doc[token.i - 1] if token.i > sent.start else None
            if before is not None and before.lower_ in ("every", "each", "next"):
                continue  # "Every Monday we sift through the weekend's racing", "races again next Sunday"
            after = token.doc[token.i + 1 : min(sent.end, token.i + 4)]
            # "Thursday's 1000m champion" dates another race's title, not a race of the sentence
            possessive = len(after) > 1 and after[0].lower_ in ("'s", "’s") and not titles & set(range(i, i + 6))
            if (
                before is not None
                and before.lower_ in DATING_WORDS
                or token.dep_ == "npadvmod"  # "came back Sunday to go even faster"
                and token.head.pos_ == "VERB"
                or possessive
                and any(t.lower_ in RACE_NOUNS or t.i in self.distance_tokens for t in after[1:])
                or token.dep_ == "compound"
                and token.head.lower_ in DAY_NOUNS
                # "Sunday was a different story.", "Saturday belonged to Li."
                or token.dep_ == "nsubj"
                and token.head.lemma_ in ("be", "belong")
            ):
                days.append(token)
        return days

    def _day_near(self, span: Span) -> str | None:
        """The weekday dating a result's own clause, nearest first ("sixth on Saturday, but tenth on Sunday")."""
        head = self._clause_head(span.root)

        def same_clause(other: Token) -> bool:  # "had to settle for tenth on Sunday, 0.61 behind"
            if head in (other, other.head if other.dep_ == "xcomp" else None):
                return True
            node = head  # "came back Sunday to go even faster, stopping the clock at 36.71"
            while node.dep_ in ("xcomp", "advcl") and node.head != other:
                node = node.head
            return node.dep_ in ("xcomp", "advcl") and node.head == other

        statuses = {s.root.i for s in self._in_sentence(span.sent, "STATUS")}
        days = [
            t
            for t in self._weekdays(span.sent)
            if (self.doc[t.i - 1].lower_ in DATING_WORDS or t.dep_ == "npadvmod")
            and same_clause(self._clause_head(t))
            and t.head.head.i not in statuses  # "withdrew on Friday": the day of a withdrawal, not of a race
        ]
        if not days:
            return None
        return min(days, key=lambda t: span.start - t.i if t.i < span.start else max(0, t.i - span.end + 1)).lower_

    def _run_of(self, signal: Signal) -> Run:
        """The day and ordinal that single out a race mention: "Saturday's opening 500m", "on Sunday ... the
        second 500m" (a weekday written before the mention, or dating the clause the mention is in)."""
        ordinal = self.race_ordinals.get(signal.span.start, (None, 0))[0]
        age = self._age_class_before(signal.span)
        head = self._clause_head(signal.root)
        for token in self._weekdays(signal.span.sent):
            if 0 < signal.span.start - token.i <= DAY_REACH and token.doc[token.i + 1].lower_ in ("'s", "’s"):
                return Run(token.lower_, ordinal, age=age)
            if token.doc[token.i - 1].lower_ in DATING_WORDS and self._governs(self._clause_head(token), head):
                return Run(token.lower_, ordinal, age=age)
        return Run(day=self._day_of_its_clause(signal.root), ordinal=ordinal, age=age)

    def _age_class_before(self, span: Span) -> str | None:
        """The age class a race mention's words before it name ("the junior men's 1500m", "the men's junior
        1500m", "the senior race"), in an article that races one distance in more than one age class."""
        i = self._past_genders(span.start - 1, -1)
        age = self._age_class_ending(i) if i >= span.sent.start else None
        return age if age in self.age_classes else None

    def _age_class_ending(self, i: int) -> str | None:
        """The age class whose words end at token i: a named one ("junior", "seniors", "masters") or a numbered
        one ("M65", "W45", "55-59")."""
        lower = self.lowers[i]
        if lower in AGE_CLASSES:
            return AGE_CLASSES[lower]
        if NUMBERED_AGE_CLASS.fullmatch(lower):
            return lower.upper()
        if lower.isdigit() and len(lower) == 2 and i >= 2 and self.lowers[i - 1] in ("-", "–"):
            first = self.lowers[i - 2]
            return f"{first}-{lower}" if first.isdigit() and len(first) == 2 and first < lower else None
        return None

    def _past_genders(self, i: int, step: int) -> int:
        """The first token from i on (forward or back by step) that is no gender word or possessive ("junior
        men's" | "1500m")."""
        while 0 <= i < len(self.lowers) and (self.lowers[i] in POSSESSIVES or i in self.gender_tokens):
            i += step
        return i

    def _age_class_race(self, sent: Span) -> None:
        """ "The senior race itself went to form" after the junior race's results: the story turns to the race of
        that age class over the same distance."""
        if not self.age_classes or self.current is None:
            return
        for i in range(sent.start, sent.end - 1):
            age = self._age_class_ending(i)
            j = self._past_genders(i + 1, 1)
            if (
                age in self.age_classes
                and age != self.current.run.age
                and j < sent.end
                and self.lowers[j] in GENDERED_RACE_NOUNS
                and not self._background(self.doc[i : j + 1])
            ):
                self.current = self._find_race(self.current.key, Run(age=age))
                return

    def _age_classes(self) -> set[str]:
        """The age classes the article names races of, when it names more than one (else none, so that "the
        junior 1500m" of a junior championship is its 1500m)."""
        self.gender_tokens = {i for s in self.signals if s.label == "GENDER" for i in range(s.span.start, s.span.end)}
        race_starts = {s.span.start for s in self.signals if s.label in ("DISTANCE", "DISCIPLINE")}
        named = set()
        for i in range(len(self.lowers) - 1):
            age = self._age_class_ending(i)
            if age is None:
                continue
            j = self._past_genders(i + 1, 1)
            if j in race_starts or j < len(self.lowers) and self.lowers[j] in GENDERED_RACE_NOUNS:
                named.add(age)
        return named if len(named) > 1 else set()

    def _day_of_its_clause(self, noun: Token) -> str | None:
        """The weekday a race noun's relative clause dates it to ("the women's championship, which finished on
        Saturday")."""
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            day = next(
                (t for t in clause.subtree if t.lower_ in WEEKDAYS and self.lowers[t.i - 1] in DATING_WORDS), None
            )
            if day is not None:
                return day.lower_
        return None

    def _race_ordinals(self) -> dict[int, tuple[str, int]]:
        """Ordinals that single out one of several races over a distance ("the first 500", "the closing
        1000m"), with the ordinal's token, by the mention's start token. An ordinal is a race's, not a
        stretch's ("the first 500m in 38.2"), when the article singles out two runs of that distance ("the
        first 500" and "Sunday's 500", "the opening 1000m" and "the closing 1000m"; at a sprint championship,
        whose 500 and 1000 metres are each raced twice, any) and the sentence names no longer race. Ordinals in
        quotes and stretches of a course the article names are not counted."""
        distances = [s for s in self.signals if s.label == "DISTANCE" and self._distance(s.span)]
        course = max((self._distance(s.span) or 0 for s in distances if self._names_course(s.span)), default=0)
        ordered: dict[int, tuple[Signal, Token]] = {}
        for signal in distances:
            if signal.span.start in self.quoted or (self._distance(signal.span) or 0) < course:
                continue  # "trust the third 500", "over the final 500m" of "the 2000m course"
            first = signal.span[0]
            before = self.doc[first.i - 1] if first.i > signal.span.sent.start else None
            for word in (first, before):
                if word is not None and word.lower_ in RACE_ORDINALS:
                    ordered[signal.span.start] = (signal, word)
            end = self._unit_end(signal.span)
            if end + 2 < len(self.doc) and self.lowers[end] == "(" and self.lowers[end + 2].startswith(")"):
                number = self.doc[end + 1]  # a results list's "Men's 500m (2):"
                if number.lower_ in NUMBERED_RUNS:
                    ordered[signal.span.start] = (signal, number)
        qualifiers: dict[int | None, set[str]] = {}
        for signal, word in ordered.values():
            qualifiers.setdefault(self._distance(signal.span), set()).add(self._run_ordinal(word))
        for signal in distances:
            day = self.doc[signal.span.start - 1] if signal.span[0].lower_ in ("'s", "’s") else None
            if day is not None and day.lower_ in WEEKDAYS:
                qualifiers.setdefault(self._distance(signal.span), set()).add(day.lower_)
        sprint = any(s.label == "DISCIPLINE" and s.kind == "sprint classification" for s in self.signals)
        # "Two 500 metres, two winners", "won both 500s": a distance raced twice
        counted = {
            int(match.group(1).replace(",", ""))
            for i in range(len(self.doc) - 1)
            if self.lowers[i] in ("two", "both")
            and (match := re.fullmatch(r"(\d{1,2},?\d{3}|\d{3})(?:s|m|ms)?", self.lowers[i + 1]))
        }
        found = {}
        for start, (signal, word) in ordered.items():
            distance = self._distance(signal.span)
            longer = any(
                (self._distance(s.span) or 0) > (distance or 0) and s.span.start not in ordered
                for s in self._in_sentence(signal.span.sent, "DISTANCE")
            )
            twice = len(qualifiers[distance]) > 1 or sprint and distance in SPRINT_DISTANCES or distance in counted
            if twice and not longer:
                found[start] = (self._run_ordinal(word), word.i)
        return found

    @staticmethod
    def _run_ordinal(word: Token) -> str:
        """The run an ordinal word or a bracketed number stands for ("second" and "(2)" -> "2", "closing" ->
        "last")."""
        return word.lower_ if word.lower_ in NUMBERED_RUNS else RACE_ORDINALS[word.lower_]

    # ---- attachment ------------------------------------------------------------------------------
    def _anchors(self, sent: Span) -> list[tuple[Token, Entity]]:
        """Person anchors of a sentence: named mentions, resolved pronouns and descriptions."""
        anchors: list[tuple[Token, Entity]] = []
        start, end = sent.start, sent.end
        named = [m for m in self.mentions if m.start < end and m.end > start]
        for mention in named:
            entity = self.entity_at.get(mention.start)
            if entity is not None and not self._labels_its_line(mention):
                inside = self.doc[max(mention.start, sent.start) : min(mention.end, sent.end)]
                root = inside.root
                code = root.head
                if code.i == mention.end + 1 and self.lowers[mention.end] == "(" and code.i in self.nation_tokens:
                    root = code  # "Shin Da-eun (KOR) was second", parsed with the code as the subject
                anchors.append((root, entity))
        for i in range(sent.start, sent.end):
            lower = self.lowers[i]
            if i in self.mention_at or lower not in ANCHOR_WORDS:
                continue
            token = self.doc[i]
            resolved = None
            if lower in PAIR_WORDS:
                anchors.extend((token, entity) for entity in self._pair_before(token))
                continue
            if lower in FIRST_PERSON or lower in SECOND_PERSON:
                resolved = self._speaker_or_addressee(token)
            elif lower in SUBJECT_PRONOUNS or lower in OBJECT_PRONOUNS and self._free_object(token, named):
                resolved = self._antecedent(token)
            elif (
                lower == "the"
                and token.i + 1 < sent.end
                and token.head.i not in self.mention_at
                # not "The oldest skater of the weekend, 78-year-old Walter Obermeier, won"
                and not any(c.dep_ == "appos" and c.i in self.mention_at for c in token.head.children)
                # "went to the Dutch skater Marit Zwaagstra": a title
                and not (token.head.pos_ == "NOUN" and token.head.i + 1 in self.mention_at)
            ):
                resolved = self._description(token, sent)  # not "The 18-year-old Zofia Krawiec"
            elif lower == "who" and token.i > sent.start and token.nbor(-1).is_punct:
                resolved = self._relative_antecedent(token, sent)
            if resolved is not None:
                anchors.append((token.head if token.lower_ == "the" else token, resolved))
        if self._team_sentence(sent):
            anchors = self._crews_as_teams(sent, anchors) + self._team_anchors(sent) + self._team_pronoun(sent)
        if not anchors and (speaker := self._speaker_of_quote(sent.start)) is not None:
            anchors = [(sent.root, speaker)]  # "Seventh in 34.31." under "LARS HOVDE (NOR)"
        return anchors

    def _team_pronoun(self, sent: Span) -> list[tuple[Token, Entity]]:
        """A subject "They" in a team race is the one team that was a subject of the sentence before ("But the
        British crew ... drew level with 300m to go. They crossed the line in 5:24.91")."""
        they = next((t for t in sent if t.lower_ == "they" and t.dep_ == "nsubj"), None)
        if they is None or sent.start == 0:
            return []
        before = self.doc[sent.start - 1].sent
        teams = {
            s.kind: s
            for s in self._in_sentence(before, "NATION")
            if _team_noun(s.root).dep_ in ("nsubj", "nsubjpass") and self._names_a_team(s)
        }
        return [(they, self._team(s.kind, s.span)) for s in teams.values()] if len(teams) == 1 else []

    @staticmethod
    def _free_object(pronoun: Token, named: list[Span]) -> bool:
        """Whether an object pronoun may be resolved: no one is named before it ("X beat him" is not X), or it is
        the object of a relative clause about a thing ("Rewiti won the B final, a result that ranks him sixth")."""
        verb = pronoun.head
        return all(m.start > pronoun.i for m in named) or (
            verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children)
        )

    def _crews_as_teams(self, sent: Span, anchors: list[tuple[Token, Entity]]) -> list[tuple[Token, Entity]]:
        """In a team race, a list of skaters written with their nation ("Japan's Rin Aoyama, Sayaka Morioka and
        Mei Hoshino", "Sverre Lunde, Aksel Berge and Håkon Rø of Norway", "The United States - Connor Walsh, Tyler
        Brandt and Evan Marsh -") races as that nation's team: each name of the list stands for the team, whose members
        the list names."""
        for names in self._name_lists(sent):
            nation = self._nation_of_list(names, sent) if len(names) > 1 else None
            if nation is None:
                continue
            team = self._team(nation.kind, nation.span)
            crew = [e for m in names if (e := self.entity_at.get(m.start)) is not None]
            anchors = [(t, e) for t, e in anchors if e not in crew]
            anchors.extend((m.root, team) for m in names)
            if self.current is not None:
                listed = self.listed_crews.setdefault((id(self.current), nation.kind), [])
                listed.extend(e for e in crew if e not in listed)
        return anchors

    def _nation_of_list(self, names: list[Span], sent: Span) -> Signal | None:
        """The nation written for a whole list of names: just before it ("Japan's A, B and C", "The United States
        - A, B and C", "The U.S. team — A, B and C") or after "of" just after it ("A, B and C of Norway")."""
        first, last = names[0], names[-1]
        for signal in self._in_sentence(sent, "NATION"):
            between = [w for w in self.lowers[signal.span.end : first.start] if w not in TEAM_NOUNS]
            if signal.span.end <= first.start and len(between) <= 1 and set(between) <= LIST_NATION_MARKS:
                return signal
            after = self.lowers[last.end : signal.span.start]
            if after in (["of"], ["of", "the"]):
                return signal
        return None

    def _name_lists(self, sent: Span) -> list[list[Span]]:
        """The sentence's person mentions, grouped into lists joined by commas and "and", a seat in a crew allowed
        before a name ("..., Ben Huxtable, cox Isla Morrow")."""
        groups: list[list[Span]] = []
        previous_end = None
        for mention in (m for m in self.mentions if sent.start <= m.start < sent.end):
            joined = previous_end is not None and all(
                self.lowers[i] in (",", "and") or i in self.crew_role_tokens for i in range(previous_end, mention.start)
            )
            if not joined:
                groups.append([])
            groups[-1].append(mention)
            previous_end = mention.end
        return groups

    def _pair_before(self, token: Token) -> list[Entity]:
        """The two people a subject "Both" ("The pair", "The two") refers to: the only two the sentence before
        names ("... after a photo finish with Norway's Marte Haugen Sæther. Both were timed at 1:18:44.6")."""
        determiner = [c.lower_ for c in token.children if c.dep_ == "det"]
        if token.dep_ not in ("nsubj", "nsubjpass") or (token.lower_ != "both") != (determiner == ["the"]):
            return []
        sent = token.sent
        if sent.start == 0 or any(m.start < token.i for m in self.mentions if sent.start <= m.start):
            return []
        before = self.doc[sent.start - 1].sent
        named = list(
            {
                self.entity_at[m.start].key: self.entity_at[m.start]
                for m in self.mentions
                if before.start <= m.start < before.end and m.start in self.entity_at
            }.values()
        )
        return named if len(named) == 2 else []

    def _carried_subject(self, sent: Span, before: list[tuple[Token, Entity]]) -> list[tuple[Token, Entity]]:
        """A sentence stating a result but naming nobody ("Opener 16.21... 600m in 40.6... 1:06.51!!!") is about
        the one person of the sentence before it in its paragraph, when that one states no result; one whose
        subject is "That" or "This" ("That was good enough for 87th place") is about the one subject of the
        sentence before."""
        people = {e.key: e for _, e in before}
        if sent.start == 0 or not self._in_sentence(sent, "TIME", "RANK", "GAP", "MEDAL"):
            return []
        last = self.doc[sent.start - 1]
        # "Hennessy ran 2:31:07 to take four minutes off his best. That was good enough for 87th place."
        that = [t for t in sent if t.dep_ == "nsubj" and t.lower_ in ("that", "this") and t.head == sent.root]
        subjects = [e for t, e in before if t.dep_ in ("nsubj", "nsubjpass")]
        if that and len({e.key for e in subjects}) == 1 and "\n\n" not in last.text + last.whitespace_:
            return [(that[0], subjects[0])]
        if len(people) != 1 or "\n" in last.text + last.whitespace_ or self._in_sentence(last.sent, *RESULT_LABELS):
            return []
        return [(sent.root, next(iter(people.values())))]

    def _relative_antecedent(self, who: Token, sent: Span) -> Entity | None:
        """The person a relative clause is about, the name written just before it: "Ava Lindgren-Price
        (Fairfax, Va.), who finished second" (the small model's parse often attaches it elsewhere)."""
        for token in reversed(self.doc[max(sent.start, who.i - 8) : who.i]):
            if token.i in self.mention_at:
                return self._person_at(token.i)
            if token.pos_ == "VERB":
                return None
        return None

    def _team_sentence(self, sent: Span) -> bool:
        """Whether the sentence reports a team race (relay, team pursuit, team sprint)."""
        named = [k for k in (self._race_key_of(s) for s in self._in_sentence(sent, "DISTANCE", "DISCIPLINE")) if k]
        if named:
            return any(k.discipline in TEAM_DISCIPLINES for k in named)
        if self.current is not None and self.current.key.discipline in TEAM_DISCIPLINES:
            return True
        if self.current is not None and self.current.key == RaceKey(None, None, None):
            # "Canada's veteran signs off with team pursuit silver" above a story that names no race of its own
            headlined = self._headline_races()
            if headlined:
                return all(k.discipline in TEAM_DISCIPLINES for k in headlined) and self._team_subject(sent)
        # "China claimed the mixed relay title and Hao won the men's 500m. The Chinese quartet clocked 2:38.215"
        return any(r.key.discipline in TEAM_DISCIPLINES for r in self.context_races) and self._team_subject(sent)

    def _team_subject(self, sent: Span) -> bool:
        """Whether a nation or its team is a subject of the sentence ("The Chinese quartet clocked", "Canada came
        third"; not "Canada's Anna Berg won")."""
        return any(_team_noun(s.root).dep_ in ("nsubj", "nsubjpass") for s in self._in_sentence(sent, "NATION"))

    def _team_anchors(self, sent: Span) -> list[tuple[Token, Entity]]:
        """Nations named as teams: "Canada won the team pursuit" and "Italy, with Giulia Ferraro, ...", not
        "Canada's Anna Berg"; where the sentence also names a race of one, the nations nearest a team race
        ("Bellandi gave Italy its first gold, winning the 500 metres, and the Netherlands won the relay")."""
        races = [(s, k) for s in self._in_sentence(sent, "DISTANCE", "DISCIPLINE") if (k := self._race_key_of(s))]

        def for_a_team(nation: Signal) -> bool:
            if not races:
                return True
            # the races of the nation's own clause first, where they name a discipline: "and the Netherlands brought
            # the event to a close by taking gold in the Men's 5000m Relay", after "Matteo Gallo of Italy won the
            # Men's 1000m"; not "the Netherlands retained the women's 3000m title" after "two relay finals"
            clause = self._clause_head(nation.span.root)
            own = [item for item in races if _in_own_clause(item[0].span.root, clause)]
            if not any(key.discipline for _, key in own):
                own = races
            _, key = min(own, key=lambda item: abs(item[0].span.start - nation.span.start))
            return key.discipline in TEAM_DISCIPLINES

        return [
            (_team_noun(s.root), self._team(s.kind, s.span))
            for s in self._in_sentence(sent, "NATION")
            if self._names_a_team(s) and for_a_team(s)
        ]

    def _names_a_team(self, signal: Signal) -> bool:
        """Whether a nation is named as a team, not as a person's ("Canada's Anna Berg"): no person named within
        three tokens after it, unless a comma, a dash, "with" or "of" comes first ("Italy, with Giulia Ferraro", "the
        Dutch team of Isa de Graaf", "The U.S. team — Brennan, Ortiz, ..."; "Japan (Miho Takagi, ...)" names the
        team's skaters as the nation's)."""
        span = signal.span
        if span.start >= 2 and self.lowers[span.start - 1] in ("(", "of") and span.start - 2 in self.mention_at:
            return False  # "Seo-yun Baek (KOR) and Yiming Zhou (CHN) were crowned", "Matteo Gallo of Italy": theirs
        root = span.root
        if (
            root.dep_ == "dobj"
            and root.head.lemma_ in PLACE_VERBS
            or root.dep_ == "pobj"
            and root.head.lower_ in PLACE_PREPOSITIONS
            and root.head.i in (span.start - 1, span.start - 2)
            and (root.head.head.pos_ in ("VERB", "AUX") or root.head.lower_ == "in" and root.tag_ != "POS")
        ):
            return False  # "leaving the Netherlands with silver", "raced in Norway", "the oval in Italy": a place
        following = self.doc[span.end : min(span.end + 3, span.sent.end)]
        person = next((t for t in following if t.i in self.mention_at), None)
        return person is None or any(t.lower_ in TEAM_LIST_MARKS for t in following[: person.i - span.end])

    def _team(self, code: str, span: Span) -> Entity:
        """The team entity of a nation, created on first mention and named by the nation's name ("Italy",
        not the adjective in "the Italian team" nor "the Canadians"): the text's, once it uses it, else the
        name `patterns/nation_names.tsv` gives; a numbered team ("Germany II") is one of its own."""
        name = re.sub(r"^(the|The)\s+", "", span.text)
        name = re.sub(r"(’s|'s|')$", "", name).strip(" ()")
        adjective = span.root.pos_ == "ADJ" or span.root.dep_ == "amod" or span.root.tag_ in ("NNS", "NNPS")
        # "the US quartet", "TeamNL", a flag "🇨🇦"
        if adjective or name.isupper() or re.fullmatch(r"Team[A-Z]+", name) or not any(c.isalpha() for c in name):
            name = nation_names().get(code, name)
        numeral = self.doc[span.end].text if span.end < len(self.doc) else ""
        slot = code
        if numeral in TEAM_NUMERALS and not adjective:  # "the Germany II sled": a nation's second team
            name = slot = f"{name} {numeral}"
        team = self.teams.get(slot)
        if team is None:
            team = Entity(key=10_000 + len(self.teams), mentions=[span], forms=[name])
            self.teams[slot] = team
            self.nations[team.key] = (0, code, span)
            if adjective:
                self.adjective_teams.add(code)
        elif not adjective and code in self.adjective_teams:
            team.forms = [name]
            self.adjective_teams.discard(code)
        elif not adjective and name not in team.forms and not name.isupper():
            team.forms.append(name)
        return team

    def _description(self, det: Token, sent: Span) -> Entity | None:
        """Resolve "the Dutchwoman", "the 27-year-old", "the Norwegian star" to the last subject."""
        nxt = self.doc[det.i + 1]
        nation = self.nation_at.get(nxt.i)
        if nation is not None:
            after = self.doc[nation.span.end] if nation.span.end < sent.end else None
            titled = any(
                s.span.start in (nation.span.start, nation.span.end) and s.span.end - 1 == det.head.i
                for s in self._in_sentence(sent, "TITLE")
            )
            if titled and det.head.dep_ in ("nsubj", "nsubjpass"):
                return self._antecedent(det, nation.kind)  # "The Dutch world champion finished 0.14 behind"
            if after is None or after.lower_ in ANAPHOR_NOUNS or not after.text[:1].isupper():
                if after is not None and after.pos_ in ("NOUN", "PROPN") and after.lower_ not in ANAPHOR_NOUNS:
                    return None
                if nation.span[-1].tag_ in ("NNS", "NNPS"):
                    return None
                return self._antecedent(det, nation.kind)
            return None
        # the window's text starts with the next word's: only a digit there can start an age
        window = self.doc[det.i + 1 : min(det.i + 7, sent.end)].text.lower() if nxt.text[:1].isdigit() else ""
        if re.match(r"\d+ ?- ?year ?- ?old\b", window):
            return self._antecedent(det)
        # "the veteran", "The youngest member of the Dutch women's team", "the reigning champion"
        noun = det.head
        between = self.doc[det.i + 1 : noun.i]
        described = [t for t in between if t.pos_ in ("ADJ", "VERB") or t.tag_ == "JJS"]
        # "The Carrick Rowing Club athlete": a club's or town's name before the noun
        # "The 2019 Marquette Senior High graduate": a year and a school's name
        placed = [
            t
            for t in between
            if t.pos_ == "PROPN"
            and t.dep_ in ("compound", "nmod", "amod")
            and t.i not in self.mention_at
            or YEAR.fullmatch(t.text)
        ]
        named = next((t for t in self.doc[noun.i + 1 : min(noun.i + 3, sent.end)] if t.text != ","), None)
        if (
            noun.lower_ in ANAPHOR_NOUNS
            and noun.dep_ == "nsubj"
            and len(described) <= 2
            and len(described) + len(placed) == len(between) <= 4
            and (named is None or named.i not in self.mention_at)  # not "The defending champion, Laurent Dubois"
        ):
            return self._antecedent(det)
        return None

    def _speakers_of_line(self, token: Token) -> set[int]:
        """The person a transcript's line is labelled with ("SOPHIE: I think she was fourth."), whom the line's
        "she" is not."""
        entity = self._line_label(token, (":",))
        return {entity.key} if entity is not None else set()

    def _labels_its_line(self, mention: Span) -> bool:
        """Whether a name opens its line as the label of a transcript's speaker ("DELANEY: Forty-one oh-four for
        the gold"), or the questioner in a question's label ("Q (Kang Min-seo, Yonhap): Han Ye-rin, Korea was
        fourth"): who speaks, not whom the line is about."""
        text = doc_text(self.doc)
        questioner = QUESTIONER_LABEL.match(text, text.rfind("\n", 0, mention.start_char) + 1)
        if questioner is not None and mention.end_char <= questioner.end():
            return True
        if mention.start > 0 and "\n" not in self.doc[mention.start - 1].text + self.doc[mention.start - 1].whitespace_:
            return False
        return self._mark_after(mention) == ":"

    def _mark_after(self, mention: Span) -> str:
        """The word or mark right after a name, past a bracket ("KISHIDA (through interpreter):" gives ":")."""
        if mention.end >= len(self.doc):
            return ""
        i = self._past_brackets(mention.end, len(self.doc))
        return ":" if self.doc[i].text == "):" else self.doc[i].text if i < len(self.doc) else ""

    def _line_label(self, token: Token, marks: tuple[str, ...]) -> Entity | None:
        """The person named at the start of a token's line before one of `marks` ("KISHIDA (through interpreter):",
        "Q. Ayano,"), if any."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, token.idx) + 1
        label = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if label is not None and label[0].text in ("Q.", "Q", "Q:"):
            label = self.doc[label.start + 1 : label.start + 2]
        mention = self.mention_at.get(label.start) if label is not None else None
        if mention is None or mention.end >= token.i or self._mark_after(mention) not in marks:
            return None
        return self.entity_at.get(mention.start)

    def _speaker_quotes(self) -> dict[int, int]:
        """The tokens of quotations that make up a paragraph under a line naming their speaker alone, mixed-zone
        style ("JORDAN WHITLOCK (CAN)" over "\"I'll take the silver. 34.06 ...\""), by the heading's first character:
        the speaker's own account of the race."""
        found: dict[int, int] = {}
        for match in SPEAKER_HEADING.finditer(doc_text(self.doc)):
            quote = self.doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
            if quote is not None:
                found.update(dict.fromkeys(range(quote.start, quote.end), match.start(1)))
        return found

    def _speaker_of_quote(self, i: int) -> Entity | None:
        """The person named over the quotation that holds token i, if it is a speaker's paragraph."""
        heading = self.speaker_quotes.get(i)
        span = self.doc.char_span(heading, heading + 1, alignment_mode="expand") if heading is not None else None
        return self._person_at(span.start) if span is not None else None

    def _speaker_or_addressee(self, token: Token) -> Entity | None:
        """Whom "I", "my" or "me" means in a transcript's line labelled with its speaker ("KISHIDA: 1:12.69 is my
        personal best") or in a quotation under its speaker's name, or "you" in a question put to someone by name
        ("Q. Ayano, you were 0.21 behind Femke")."""
        if token.i in self.quoted:
            return self._speaker_of_quote(token.i) if self.lowers[token.i] in FIRST_PERSON else None
        if self.lowers[token.i] in FIRST_PERSON:
            return self._line_label(token, (":",))
        return self._line_label(token, (",",)) or self._interviewee(token)

    def _interviewee(self, token: Token) -> Entity | None:
        """The person a Q&A's question line ("Q: You crossed the line in 4:01.77.") is put to: the one its
        headline names ("Q&A: Hanna Lindqvist on European bronze")."""
        text = doc_text(self.doc)
        line = text.rfind("\n", 0, token.idx) + 1
        headline = self.headline
        if not QUESTION_LINE.match(text, line) or headline is None:
            return None
        asked = self.doc.char_span(line, token.idx, alignment_mode="expand")
        current = self.current.key.distance if self.current is not None else None
        if asked is None or any(
            self._distance(s.span) not in (None, current) for s in self._in_sentence(asked, "DISTANCE")
        ):
            return None  # "Q: The 1000 metres on Thursday didn't go to plan. You were 11th."
        named = {
            e.key: e
            for m in self.mentions
            if headline.start <= m.start < headline.end
            for e in [self.entity_at.get(m.start)]
            if e
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _antecedent(self, token: Token, nation: str | None = None) -> Entity | None:
        """The most recent person who was a clause subject before a pronoun, else the last person named; for
        a nation's description ("the Norwegian") only a person of that nation, or a person of no known nation
        yet named or referred to in this sentence or the one before."""
        if token.i not in self.antecedents:
            self.antecedents[token.i] = self._find_antecedent(token, nation)
        return self.antecedents[token.i]

    def _only_spoken_before(self, entity: Entity, i: int) -> bool:
        """Whether every mention of a person before token i is the subject of a verb of speech ("Karen Olafson
        said Monday")."""
        before = [m for m in entity.mentions if m.start < i]
        return bool(before) and all(m.root.dep_ == "nsubj" and _speech(m.root.head) for m in before)

    def _find_antecedent(self, token: Token, nation: str | None) -> Entity | None:
        described = token.head
        if self.lowers[token.i] == "the" and described.dep_ == "nsubj" and described.head.lemma_ == "be":
            named = [self._person_at(c.i) for c in described.head.children if c.dep_ == "attr"]
            if named and named[0] is not None:
                return named[0]  # "The oldest winner of the weekend was Eberhard Koll": the one it is said to be
        headline = self.headline
        if (
            nation is not None
            and headline is not None
            and headline.start <= token.i < headline.end
            and any(token.sent.start <= m.start < token.i for m in self.mentions)
        ):
            return None  # "Wrzesinska rules the 500m as the Canadian settles for second": someone the story names
        # a mention that starts before the token starts in a sentence that does
        candidates = [
            entity
            for mention in reversed(self.mentions)
            if mention.start < token.i
            for entity in [self.entity_at.get(mention.start)]
            if entity is not None and entity.key not in self.roles
        ]
        # recent sentences first, a main clause's subject before others; a pronoun counts as its person ("He did
        # not know she would be sitting ..." after "Mathilde Brekke would be in the stands": then "the
        # 24-year-old said" is he)
        if self.named_subjects is None:
            self.named_subjects = [
                (m.root, entity)
                for m in self.mentions
                if m.root.dep_ in ("nsubj", "nsubjpass") and (entity := self.entity_at.get(m.start)) is not None
            ]
        referred = [  # pronouns and descriptions; a relative "who" is a side clause's
            (self.doc[i].head if self.lowers[i] == "the" else self.doc[i], e)
            for i, e in self.antecedents.items()
            if self.lowers[i] != "who" and e is not None and self.doc[i].dep_ in ("nsubj", "nsubjpass", "det")
        ]
        # "The 23-year-old from Font-Romeu, who was 31st ..., came through his quarter-final": a description
        # opening its sentence is its subject, however parsed
        openers = {head.i for head, _ in referred if self.doc[head.left_edge.i].is_sent_start}
        subject_people = sorted(
            (
                (subject, entity)
                for subject, entity in self.named_subjects + referred
                if subject.i < token.i and (subject.dep_ in ("nsubj", "nsubjpass") or subject.i in openers)
            ),
            key=lambda item: (-item[0].sent.start, item[0].head.dep_ != "ROOT", -item[0].i),
        )
        subjects = [entity for _, entity in subject_people]
        allowed = {e.key for e in candidates} - self._speakers_of_line(token)
        sentence_start = token.sent.start
        previous = self.doc[sentence_start - 1].sent if sentence_start > 0 else None
        before = [
            m
            for m in reversed(self.mentions)
            if previous is not None and previous.start <= m.start < previous.end and m.start in self.entity_at
        ]
        # "The hard-luck story belonged to Italy's Chiara Dellantonio. She missed two targets": the sentence
        # before has people but none as its subject
        subject_before = previous is not None and any(
            t.dep_ in ("nsubj", "nsubjpass")
            and (t.i in self.mention_at or t.lower_ in SUBJECT_PRONOUNS)
            or t.i in openers
            for t in previous
        )
        # "Defending champion Jelmer Postma, paired with Wouter Boersma, passed halfway", parsed with no subject: a
        # name in a participle's phrase after the others
        aside = [m for m in before if m.root.dep_ == "pobj" and m.root.head.head.dep_ == "acl"]
        last_named = (
            []
            if subject_before
            else [self.entity_at[m.start] for m in before if m not in aside] + [self.entity_at[m.start] for m in aside]
        )
        # "The Canadian Isabelle Gauthier was too strong for everyone: she won in 6:49.12": a subject earlier in
        # the pronoun's own sentence comes first
        in_sentence = [e for t, e in sorted(subject_people, key=lambda item: -item[0].i) if t.i >= sentence_start]
        # "For Brunnhofer it was a clear improvement on Saturday, when she had finished ninth": a person named
        # earlier in a sentence without a named subject
        named_here = (
            [
                self.entity_at[m.start]
                for m in reversed(self.mentions)
                if sentence_start <= m.start < token.i and m.start in self.entity_at
            ]
            if not in_sentence and token.head.dep_ != "ROOT"
            else []
        )
        # "Fortier's second place moved him into the lead": an object's verb's subject's possessor
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None) if token.dep_ == "dobj" else None
        possessor = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
        if possessor is not None and (entity := self._person_at(possessor.i)) is not None:
            in_sentence = [entity, *in_sentence]
        if _compared_with(token):  # "two Dutchwomen on the podium behind the Norwegian": no one of the sentence
            in_sentence, named_here = [], []
            allowed -= {e.key for t, e in subject_people if t.i >= sentence_start}
        # "She", "the Dutchman": no one whose given name is the other gender's
        gender = self._referent_gender(token)
        ordered = [
            e
            for e in [e for e in in_sentence if e is not None and e.key in allowed]
            + [e for e in named_here if e.key in allowed]
            + [e for e in last_named if e.key in allowed]
            + [e for e in subjects if e is not None and e.key in allowed]
            + [e for e in candidates if e.key in allowed]
            if gender is None or self._name_gender(e) in (None, gender)
        ]
        # "The 22-year-old Pinecrest product finished 11th" after '..., Karen Olafson said': a description is of
        # someone the story has told of before a speaker who has only spoken
        ordered.sort(key=lambda e: self._only_spoken_before(e, token.i))
        if self.lowers[token.i] == "the":  # "The 26-year-old finished third": not the mother quoted just before
            ordered.sort(key=named_as_relative)
        if nation is None:
            return next(iter(ordered), None)
        known = {e.key: self.nations[e.key][1] for e in ordered if e.key in self.nations}
        # "Canada's Antoine Leblanc, paired with Brandvold, finished third, a tenth behind the American": a nation
        # written against a name in this sentence counts before the sentence's nations are read
        for i in range(sentence_start, token.i):
            mention = self.mention_at.get(i)
            if mention is not None and mention.start == i and i in self.entity_at:
                code = self._nation_written_before(mention)
                if code is not None:
                    known.setdefault(self.entity_at[i].key, code)
        for i, entity in list(self.antecedents.items()):  # "The Norwegian ... relegated the Dutchwoman to second"
            described = self.nation_at.get(i + 1) if self.lowers[i] == "the" and i < token.i else None
            if entity is not None and described is not None:
                known.setdefault(entity.key, described.kind)
        previous = self.doc[sentence_start - 1].sent.start if sentence_start > 0 else 0
        recent = {
            self.entity_at[m.start].key
            for m in self.mentions
            if previous <= m.start < token.i and m.start in self.entity_at
        } | {e.key for i, e in self.antecedents.items() if previous <= i < token.i and e is not None}
        # "Kalsbeek started 0.31 points behind Solbakken. In the 1500 metres the Norwegian was fastest": a recent
        # person of that nation first, then a recent one of no known nation, then one of that nation named earlier
        return next(
            chain(
                (e for e in ordered if known.get(e.key) == nation and e.key in recent),
                # "Hina Nakagawa needed one clean lap. Kacper Wróblewski needed a little luck. The Japanese
                # sprinter won": one of no known nation whose name is romanised as that nation's, named in the
                # last three sentences, before one of no known nation named recently
                (
                    e
                    for e in ordered
                    if e.key not in known
                    and self._romanised_as(e, nation)
                    and any(m.start >= self._sentences_back(token, 2) for m in e.mentions)
                ),
                (e for e in ordered if e.key not in known and e.key in recent),
                (e for e in ordered if known.get(e.key) == nation),
                # "Maude Tessier thought she had won. For a few minutes, so did most of the people watching. The
                # Canadian crossed the line in 1:53.90": the last subject, of no known nation, a sentence further back
                # where no one is named nearer
                (
                    e
                    for e in subjects[:1]
                    if not recent and e is not None and e.key not in known and e.key in allowed and not self._titled(e)
                ),
            ),
            None,
        )

    def _sentences_back(self, token: Token, count: int) -> int:
        """Where the sentence `count` sentences before a token's starts (the document's start if none)."""
        start = token.sent.start
        for _ in range(count):
            start = self.doc[start - 1].sent.start if start > 0 else 0
        return start

    @staticmethod
    def _romanised_as(entity: Entity, nation: str) -> bool:
        """Whether every part of a person's name is romanised as names from a nation are ("Hina Nakagawa" as
        Japanese), for the nations `patterns/name_romanisations.tsv` knows."""
        pattern = name_romanisations().get(nation)
        return pattern is not None and all(pattern.fullmatch(part) for part in fold(entity.full_form).split())

    def _titled(self, entity: Entity) -> bool:
        """Whether a title is written just before a mention of the person ("former Olympic champion Marieke
        Brouwer")."""
        title_ends = {s.span.end for s in self.signals if s.label == "TITLE"}
        return any(m.start in title_ends for m in entity.mentions)

    def _referent_gender(self, token: Token) -> str | None:
        """The gender a pronoun or a description states ("she", "the Dutchman"), if any."""
        lower = self.lowers[token.i]
        if lower == "the" and token.i + 1 < len(self.doc):
            word = self.lowers[token.i + 1]
            return _demonym_gender(word)
        return PRONOUN_GENDERS.get(lower)

    def _name_gender(self, entity: Entity) -> str | None:
        """The gender an athlete's given name is nearly always borne with, if the name shows it (not a surname
        alone that opens with a particle: "Van Dalen")."""
        parts = entity.full_form.split()
        return name_gender(parts[0]) if len(parts) > 1 and parts[0].lower() not in PARTICLES else None

    def _nation_written_before(self, mention: Span) -> str | None:
        """The nation written just before a name ("Canada's Antoine Leblanc", "Norwegian Even Solberg"), if any."""
        for signal in self._in_sentence(mention.sent, "NATION"):
            between = self.lowers[signal.span.end : mention.start]
            if 0 <= mention.start - signal.span.end <= 1 and between in ([], ["'s"], ["’s"]):
                return signal.kind
        return None

    def _owner(
        self,
        signal: Signal,
        anchors: list[tuple[Token, Entity]],
        exclude: set[int] = frozenset(),
        limit: int = MAX_DISTANCE,
    ) -> Entity | None:
        """The person a signal is about: the subject of a relative clause the signal ends ("X, who claimed
        silver 0.081 seconds behind", however the parser attached it); the name just before a verb the
        parser left without a subject ("... in 1:18.70 and Norway were second"); else nearest in the
        dependency tree, then nearest preceding in the text, never the possessor of a person noun ("Zhang's
        teammate")."""
        for token, entity in anchors:
            verb = token.head
            if (
                token.lower_ == "who"
                and entity.key not in exclude
                and token.i < verb.i < signal.span.start <= verb.i + 4
                and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in self.doc[verb.i + 1 : signal.span.start])
            ):
                return entity
        bracketed = (
            self._bracketed_owner(signal, exclude)
            or self._named_before_brackets(signal, anchors, exclude)
            or self._compared_owner(signal, exclude)
            or self._named_right_before(signal, exclude)
        )
        if bracketed is not None:
            return bracketed
        agent = self._agent_of_a_race_won(signal, anchors, exclude)
        if agent is not None:
            return agent
        if self._unresolved_subject(signal, anchors):
            return None
        verb = self._clause_head(signal.root)
        if any(
            c.dep_ == "nsubj" and c.lower_ in UNNAMED_OTHERS and not any(t.i in self.mention_at for t in c.subtree)
            for c in verb.children
        ):
            # "after watching her son finish fourth", "and her daughter had just won the bronze medal", "after her
            # pairing partner withdrew"
            return None
        absolute = self._absolute_subject(signal, anchors, exclude) or self._controller(signal, anchors, exclude)
        if absolute is not None:
            return absolute
        verb = signal.root if signal.root.pos_ in ("VERB", "AUX") else signal.root.head
        # "Iris Wolters completed the podium in 1:56.02", however the parser attached the name
        clause = verb.head if verb.dep_ == "prep" and signal.root.dep_ == "pobj" else verb
        if (
            clause.pos_ in ("VERB", "AUX")
            and clause.i > 0
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        ):
            previous = clause.i - 1
            if self.doc[previous].text == ")":
                previous = next(
                    (i - 1 for i in range(previous, max(previous - 5, 0), -1) if self.doc[i].text == "("), previous
                )
            elif self.doc[previous].text == ",":
                # "Belgium's Arne Vandewalle, 0.88 seconds behind the winner, finished fifth": past the aside
                opening = next(
                    (
                        i
                        for i in range(previous - 1, max(previous - 10, clause.sent.start), -1)
                        if self.lowers[i] == ","
                    ),
                    None,
                )
                if opening is not None and not any(
                    t.pos_ in ("VERB", "AUX") or t.i in self.mention_at for t in self.doc[opening + 1 : previous]
                ):
                    previous = opening - 1
            elif previous in self.nation_tokens:  # "and Noor Verbeek of the Netherlands grabbed bronze"
                nation = previous
                while nation > clause.sent.start and (nation in self.nation_tokens or self.lowers[nation] == "the"):
                    nation -= 1
                if self.lowers[nation] == "of":
                    previous = nation - 1
            before = next((e for t, e in anchors if previous <= t.i < clause.i and e.key not in exclude), None)
            if before is not None:
                return before
        best = None
        best_score = None
        if limit == MAX_DISTANCE and len({e.key for _, e in anchors}) == 1:
            limit = MAX_DISTANCE_ALONE
        for token, entity in anchors:
            if entity.key in exclude or not self._may_own(entity, token, signal):
                continue
            if token.dep_ == "poss" and token.head.i in self.person_noun_tokens:
                continue  # "Zhang's teammate was penalised": the teammate, not Zhang
            if signal.label == "TIME" and self._bracketed_time_after(token) not in (None, signal.span.start):
                continue  # "in 1:28.914 to beat Park Ji-yoon (1:29.003) and Hanna Visser (1:29.120)": theirs are theirs
            if (
                signal.label in ("TIME", "GAP", "RANK", "MEDAL", "RECORD")
                and _compared_with(token)
                and not token.is_ancestor(signal.root)  # "ahead of China (1:25.91)" is China's
            ):
                continue  # "took silver, 0.32 seconds behind the Swiss, in 2:08.35": not the Swiss's
            if _in_relative_clause_without(token, signal.root) or self._in_whose_aside_without(token, signal):
                continue  # "1:50.12 took out the 1:50.34 that Sondre Halvorsrud set here in 2015"
            clause = self._clause_head(token)
            if (
                clause.dep_ in ("advcl", "relcl")
                and signal.root not in clause.subtree
                and self._background(self.doc[token.i : token.i + 1])
                and not self._background(signal.span)
            ):
                continue  # "The gold is China's first since Zhao Pengfei won the title in 2017": not Zhao's
            if self._opens_the_next_clause(token, signal):
                continue
            distance = _tree_distance(signal.root, token)
            if distance > limit:
                continue
            if self._told_of_elsewhere(signal, token, verb):
                distance += DEPENDENT_PENALTY
            linear = signal.span.start - token.i
            score = (distance, 0 if linear > 0 else 1, abs(linear))
            if best_score is None or score < best_score:
                best, best_score = entity, score
        return best

    def _opens_the_next_clause(self, token: Token, signal: Signal) -> bool:
        """Whether a name after "and" right after a time is the subject of a verb further on: the next clause's
        ("was second in 35.21 and local skater Ville Rautio, who grew up nearby, was third", however parsed)."""
        sent = signal.span.sent
        return (
            signal.label == "TIME"
            and token.pos_ == "PROPN"
            and token.i > signal.span.end
            and signal.span.end < sent.end
            and self.lowers[signal.span.end] == "and"
            and any(
                t.pos_ in ("VERB", "AUX") and self._clause_head(t).dep_ not in ("relcl", "acl")
                for t in self.doc[token.i + 1 : sent.end]
            )
        )

    def _agent_of_a_race_won(
        self, signal: Signal, anchors: list[tuple[Token, Entity]], exclude: set[int]
    ) -> Entity | None:
        """The person by whom the race, title, gold or place of a passive clause was won or taken ("the race was won
        by the Austrian Gernot Pichler in 3:02:44, a course record", "The second place was taken by the
        representative of the USA Tyler Hanks", "The victory was celebrated by X"), for the clause's result and
        time, whoever else is near."""
        verb = self._clause_head(signal.root)
        if verb.lemma_ not in PASSIVE_WINNING_VERBS or not any(
            c.dep_ == "nsubjpass" and (c.lower_ in WON_NOUNS or c.lower_ in NEXT_PLACE_NOUNS) for c in verb.children
        ):
            return None
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:
            return None
        # "by the representative of the USA Tyler Hanks": the first person in the agent's phrase
        return next(
            (e for t, e in sorted(anchors, key=lambda a: a[0].i) if t in agent.subtree and e.key not in exclude),
            None,
        )

    def _in_whose_aside_without(self, token: Token, signal: Signal) -> bool:
        """Whether a person is named in an aside that opens with "whose", however the parser hung it, and the
        signal is outside it ("Szekeres, whose grandfather Gyula Szekeres was a speed skater for Hungary, said
        the gold was for his family")."""
        sent = token.sent
        opening = next(
            (i for i in range(token.i - 1, max(sent.start, token.i - 6) - 1, -1) if self.lowers[i] in ("whose", ",")),
            None,
        )
        if opening is None or self.lowers[opening] != "whose" or self.lowers[opening - 1] != ",":
            return False
        closing = next((i for i in range(token.i + 1, sent.end) if self.lowers[i] == ","), sent.end)
        return not opening < signal.span.start < closing

    def _told_of_elsewhere(self, signal: Signal, token: Token, verb: Token) -> bool:
        """Whether a person stands in a construction of the sentence that tells of someone else than the signal's
        owner, however near the parse puts them: a conjunct below the signal, the subject of a clause under a
        subjectless verb or of a "when" clause, the person of an absolute "with" phrase after the signal, one
        beaten in a clause below, the object of a participle the signal's verb is joined to."""
        return (
            signal.root in token.ancestors
            and token.dep_ == "conj"
            or token.head != signal.root
            and _subject_of_a_clause_below(token, verb)
            or _of_an_absolute_phrase_after(token, signal.span)
            or _agent_of_a_passive_before(token, signal.root)
            or _subject_of_a_subordinate_clause(token, signal.root)
            or self._beaten_in_a_clause_below(signal, token)
            or self._object_of_a_participle_before(signal, token)
        )

    def _named_right_before(self, signal: Signal, exclude: set[int]) -> Entity | None:
        """The person named right before a time or gap, or before the timing verb it follows ("with Canada's Felix
        Ouellet 0.086sec behind", "Marchetti was second in 1:15.09 and Brandt clocked 1:15.31"), or before "the"
        and a medal ("and American Claire Hadley the bronze"), or before "in" and a place ("taking bronze ahead of
        Hungary's Bence Szabados in fourth"), or the one a result went to before "in" and a time ("handed gold to
        Vermeulen in 1:28.905"), however the parser attached them."""
        before = signal.span.start - 1
        in_place = signal.label == "RANK" and self.lowers[signal.span.start] == "in"
        if signal.label not in ("TIME", "GAP", "MEDAL") and not in_place or before < 1:
            return None
        if signal.label == "TIME" and self.lowers[before] in TIMING_VERBS:
            before -= 1
        if signal.label == "TIME" and self.lowers[before] == "in" and before - 1 in self.mention_at:
            mention = self.mention_at[before - 1]  # "That handed gold to Vermeulen in 1:28.905": the one it went to
            if mention.start == 0 or self.lowers[mention.start - 1] != "to":
                return None
            before -= 1
        if signal.label == "MEDAL":  # "with Tvedt taking silver and American Claire Hadley the bronze"
            if self.lowers[before] != "the" or before < 2:
                return None
            before -= 1
            if before in self.nation_tokens:  # "and Jitske Hoogland of the Netherlands the bronze"
                nation = before
                while nation > signal.span.sent.start and (
                    nation in self.nation_tokens or self.lowers[nation] == "the"
                ):
                    nation -= 1
                before = nation - 1 if self.lowers[nation] == "of" else before
        person = self._person_at(before)
        preposition, word = self.doc[before].head, signal.span[0]
        # "Lie was 0.2 seconds behind Sonnega in second place": the one behind, when the place hangs from the verb
        # "behind" does (not "crossed in 2:22.604, a fraction behind Donadoni in third")
        if (
            in_place
            and preposition.lower_ == "behind"
            and word.head == preposition.head
            and word.head.pos_ in ("VERB", "AUX")
            and not any(s is not signal for s in self._in_sentence(signal.span.sent, "RANK"))
        ):
            return None
        return person if person is not None and person.key not in exclude else None

    def _bracketed_time_after(self, token: Token) -> int | None:
        """The first token of a time in brackets right after the name a token is part of, or after its nation
        ("Hanna Visser of the Netherlands (1:29.120)"), if there is one."""
        mention = self.mention_at.get(token.i)
        if mention is None:
            return None
        end = min(mention.end + 5, mention.sent.end - 1)
        for i in range(mention.end, end):
            if self.lowers[i] == "(":
                return i + 1 if i + 1 in self.time_starts else None
            if i in self.mention_at or not (i in self.nation_tokens or self.lowers[i] in ("of", "the")):
                return None
        return None

    def _races_despite_role(self, entity: Entity) -> bool:
        """Whether a person may race whatever role the text gives them: none, or a relative's (a sister races too)."""
        role = self.roles.get(entity.key)
        return role is None or role in FAMILY_ROLES

    def _may_own(self, entity: Entity, token: Token, signal: Signal) -> bool:
        """Whether a person may own a result: anyone but those the text gives a role beside racing (a coach, a
        commentator); one who set a record in the past may race again, and owns what they are the subject of
        ("Brennhaug, the defending Olympic champion, finished sixth")."""
        if self._races_despite_role(entity):
            return True
        role = self.roles.get(entity.key)
        clause = self._clause_head(signal.root)
        subject_of = (clause, clause.head) if clause.dep_ == "conj" else (clause,)
        return role == "record holder" and token.dep_ == "nsubj" and token.head in subject_of

    def _object_of_a_participle_before(self, signal: Signal, token: Token) -> bool:
        """Whether a person is the object of a participle the signal's finite verb is parsed as joined to ("fell
        on the final bend while challenging Seitkali and finished fourth"): a finite verb goes on with the
        participle's subject, not its object."""
        clause = self._clause_head(signal.root)
        return (
            token.dep_ == "dobj"
            and token.head.tag_ == "VBG"
            and clause.dep_ == "conj"
            and clause.head == token.head
            and clause.tag_ in ("VBD", "VBZ", "VBP")
        )

    def _beaten_in_a_clause_below(self, signal: Signal, token: Token) -> bool:
        """Whether a person is the object of a clause that depends on the signal's ("clocking an Olympic record
        of one minute 13.04 seconds to push Dutch favourite Femke Zwart down to silver"): the one beaten."""
        verb = token.head
        return (
            token.dep_ == "dobj"
            and verb.dep_ in ("advcl", "xcomp")
            and verb.head == self._clause_head(signal.root)
            and verb.head != signal.root
        )

    def _person_at(self, i: int) -> Entity | None:
        """The person whose name covers token i, if any."""
        mention = self.mention_at.get(i)
        return self.entity_at.get(mention.start) if mention is not None else None

    def _unresolved_subject(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> bool:
        """Whether the signal's clause is about a nation's description, or a "who", no one was found for ("as the
        Canadian settles for second" in a headline), whom nobody else named stands for."""
        verb = self._clause_head(signal.root)
        while verb.dep_ == "xcomp":  # "who had to settle for second"
            verb = verb.head
        anchored = {t.i for t, _ in anchors}
        return any(
            c.dep_ in ("nsubj", "nsubjpass", "amod")
            and c.i < verb.i
            and c.i not in anchored
            and (
                c.i in self.nation_at
                and c.i > 0
                and self.lowers[c.i - 1] == "the"
                # "faster than her Dutch rival, who had to settle for second": a "who" no one was found for
                or c.lower_ == "who"
                and verb.dep_ == "relcl"
                and verb.head.i not in self.mention_at
                and verb.head.i not in self.nation_tokens  # "past the United States, who were fourth"
            )
            for c in verb.children
        )

    def _bracketed_owner(self, signal: Signal, exclude: set[int]) -> Entity | None:
        """The person named just before the brackets that hold a signal ("behind the Dutch winner Anouk Verbeek
        (37,41 seconds)", "Verbeek (NED, 37.41)")."""
        start = signal.span.start
        opening = next((i for i in range(start - 1, max(start - 4, 0) - 1, -1) if self.doc[i].text in "()"), None)
        if (
            opening is None
            or self.doc[opening].text != "("
            or any(t.text == ")" for t in self.doc[start : signal.span.end])
        ):
            return None
        team_race = self.current is not None and self.current.key.discipline in TEAM_DISCIPLINES
        nation = next(
            (s for s in self.signals if s.label == "NATION" and s.span.start <= opening - 1 < s.span.end), None
        )
        if nation is not None and team_race:
            entity = self._team(nation.kind, nation.span)  # "just ahead of Norway (1:19.97)"
        elif nation is not None:
            # "ahead of Kim Yoo-na of South Korea (37.70)"
            of = nation.span.start - 1 - (self.lowers[nation.span.start - 1] == "the") if nation.span.start > 1 else 0
            entity = self._person_at(of - 1) if of > 0 and self.lowers[of] == "of" else None
        elif opening - 1 in self.mention_at:
            entity = self._person_at(opening - 1)
        else:
            return None
        return entity if entity is not None and entity.key not in exclude else None

    def _named_before_brackets(
        self, signal: Signal, anchors: list[tuple[Token, Entity]], exclude: set[int]
    ) -> Entity | None:
        """The one named before brackets that a signal follows within a few words: the team of a bracketed list of
        its members ("with Hungary (Bence Szalontai, Adam Berenyi, ...) third in 6:52.090"), the person before a
        bracketed code or gap ("Tomas Hradil (CZE) third") or a bracketed code a time follows ("Kim (KOR) 1:15.66")."""
        i = signal.span.start if signal.span[0].text == ")" else signal.span.start - 1
        start = signal.span.start
        points = (  # "2. Rinaldi (ITA) 40 pts, +0.09": past the points column between
            start >= 4
            and self.lowers[start - 1] == ","
            and self.lowers[start - 2] in POINTS_WORDS
            and self.doc[start - 3].like_num
            and self.doc[start - 4].text == ")"
        )
        if points:
            i = start - 4
        while i > signal.span.sent.start and signal.span.start - i <= LIST_REACH and self.doc[i].text != ")":
            if self.doc[i].is_punct or i in self.mention_at:
                return None
            i -= 1
        if self.doc[i].text != ")":
            return None
        opening = next((j for j in range(i - 1, signal.span.sent.start, -1) if self.doc[j].text in "()"), None)
        if opening is None or self.doc[opening].text != "(":
            return None
        if any(opening < m < i for m in self.mention_at):
            owner = next((e for t, e in anchors if opening - 1 <= t.i < i and e.key >= 10_000), None)
        elif signal.span[0].text == ")" or i == signal.span.start - 1 and signal.label == "TIME" or points:
            # "Tomas Hradil (CZE) third on 138.901", "Kang Min-jun (+0.081) second", "Kim Min-ji (KOR) 1:15.66"
            owner = self._person_at(opening - 1)
        else:
            return None
        return owner if owner is not None and owner.key not in exclude else None

    def _compared_owner(self, signal: Signal, exclude: set[int]) -> Entity | None:
        """The person a result is compared with, whose own time follows the name after a time stated earlier in
        the sentence ("crossed the line in 1:24.817, ahead of South Korea's Park Ji-hoon in 1:24.902"), or the team
        in a team race ("won gold in 3:55.61, ahead of Korea in 3:56.94")."""
        start, sent = signal.span.start, signal.span.sent
        if signal.label != "TIME" or start < 2 or self.lowers[start - 1] != "in":
            return None
        mention = self.mention_at.get(start - 2)
        nation = None
        if mention is None:
            nation = next((n for n in self._in_sentence(sent, "NATION") if n.span.end == start - 1), None)
            if nation is None or not self._team_sentence(sent):
                return None
        first = mention.start if mention is not None else nation.span.start
        before = self.lowers[max(sent.start, first - 5) : first]
        # "ahead of", "well clear of", "in front of"; "beating", "edging"
        compared = (
            bool({"ahead", "clear", "front"} & set(before))
            and "of" in before
            or any(w in COMPARED_WITH for w in before)
        )
        if not compared or not any(s.span.end <= first for s in self._in_sentence(sent, "TIME")):
            return None
        entity = self._person_at(first) if mention is not None else self._team(nation.kind, nation.span)
        return entity if entity is not None and entity.key not in exclude else None

    def _absolute_subject(
        self, signal: Signal, anchors: list[tuple[Token, Entity]], exclude: set[int]
    ) -> Entity | None:
        """The person of an absolute "with" phrase that holds the signal (", with Norway's Ingrid Solheim another
        0.12 back in third"; "With Kok third, ..."; "with Canada settling for bronze"): no finite verb and no other
        person between them, an aside apart ("with Florian Moosbrugger, racing for Austria, third at +0.33")."""
        anchor_tokens = {t.i for t, _ in anchors}
        for token, entity in anchors:
            preposition = token.head
            if (
                entity.key not in exclude
                and token.dep_ == "pobj"
                and preposition.lower_ == "with"
                and (
                    preposition.is_sent_start
                    or preposition.i > 0
                    and (self.doc[preposition.i - 1].text == "," or preposition.i - 1 in self.time_ends)
                )  # "With Kok third", ", with Solheim third", "in 1:41:22 with Postma 48 seconds later in second"
                and token.i <= signal.span.start  # "with Finland third at 21.7 seconds" starts at the name
                and not any(  # the signal's first token is taken in, as it may close the aside (", third at")
                    t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" or t.is_punct or t.i in anchor_tokens
                    for t in self._without_aside(self.doc[token.i + 1 : signal.span.start + 1])[:-1]
                )
            ):
                return entity
        return None

    @staticmethod
    def _without_aside(span: Span) -> Span:
        """Tokens after a name without an aside set off by commas (", racing for Austria,")."""
        if len(span) and span[0].text == ",":
            close = next((t.i for t in span[1:] if t.text == ","), None)
            if close is not None:
                return span.doc[close + 1 : span.end]
        return span

    def _controller(self, signal: Signal, anchors: list[tuple[Token, Entity]], exclude: set[int]) -> Entity | None:
        """The subject of the clause an infinitive of result or a participle hangs from, who is its subject too:
        "Langat kicked away from Worku on the final bend to win in 12:58.41" (Langat won, not Worku); "Kim led
        for most of the final but was passed by Choi and then by Pelletier at the line, finishing fourth"."""
        head = self._clause_head(signal.root)
        while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):  # "to win in 7:34.18 and collect ..."
            head = head.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        participle = head.tag_ == "VBG" and head.dep_ == "advcl" and signal.label in ("RANK", "TIME")
        if (
            head.lemma_ not in RESULT_INFINITIVES
            or not (infinitive or participle)
            or any(c.dep_.startswith("nsubj") for c in head.children)
        ):
            return None
        for verb in head.ancestors:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return next(
                    (e for t, e in anchors if t in subjects and e.key not in exclude and t.i < signal.span.start),
                    None,
                )
        return None

    def _sharing(self, owner: Entity, anchors: list[tuple[Token, Entity]], signal: Signal) -> list[Entity]:
        """The owner and the people coordinated with it as the clause's subject ("Gstrein and Solhaug
        finished in the same time", "Liu and Whitford could not be separated for the bronze"), however the
        parser joined them ("Oyelaran (Brookfield, Wis.) and Salazar (Evanston, Ill.) tied for third")."""
        subjects = [t for t, e in anchors if e is owner and t.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return [owner]
        # "Tallis and Wohl finished fifth and seventh, with Tallis timed in 37.89": the clause's own subject
        token = next((t for t in subjects if t.head == self._clause_head(signal.root)), subjects[0])
        shared = [owner] + [e for t, e in anchors if t == token and e is not owner]
        for conj in token.conjuncts:
            if conj.i > token.head.i or conj.i > signal.span.start:
                continue
            other = next((e for t, e in anchors if t == conj), None)
            if other is not None and other not in shared:
                shared.append(other)
        if len(shared) == 1 and not self._team_sentence(signal.span.sent):
            between = self.doc[token.i + 1 : min(token.head.i, signal.span.start)]
            if any(t.lower_ == "and" for t in between) and not any(t.pos_ in ("VERB", "AUX") for t in between):
                shared += [
                    e
                    for t, e in anchors
                    if token.i < t.i < between.end and e is not owner and e not in shared and not _compared_with(t)
                ]  # not "Oudshoorn, second in the 5,000 and 1.90 seconds behind Verhoef, took silver"
        # not "Natalie Simard and her guide Ben Arsenault won silver": a guide or a coach beside the athlete
        return [e for e in shared if e is owner or self._races_despite_role(e)]

    # ---- the main pass ---------------------------------------------------------------------------
    def _recent_paragraphs(self, text: str) -> set[int]:
        """The tokens of the paragraphs past the lede that open with a day of the news ("On Saturday, at the
        national championships", "Last weekend") or name one and no year, and of those after them up to one that
        names a year: the news an obituary or a look back ends with."""
        tokens: set[int] = set()
        lede_end = len(text[: self._lede()[-1].end_char].rstrip())
        start = text.find("\n", lede_end) % (len(text) + 1)  # past the lede's paragraph
        going_on = False
        for match in re.finditer(r"[^\n]+", text[start:]):
            paragraph = self.doc.char_span(start + match.start(), start + match.end(), alignment_mode="expand")
            if paragraph is None:
                continue
            dated = any(t.lower_ == "ago" or YEAR.fullmatch(t.text) for t in paragraph)
            going_on = (
                self._dated_recently(paragraph[:3]) or not dated and (self._dated_recently(paragraph) or going_on)
            )
            if going_on:
                tokens.update(range(paragraph.start, paragraph.end))
        return tokens

    @staticmethod
    def _dated_recently(span: Span) -> bool:
        """Whether a span dates something to a day of the news: a weekday (not "on the Sunday" of a story told, not
        the day someone said something or died), "yesterday", "last weekend" or "last week"."""
        for token in span:
            if token.lower_ == "yesterday" or token.lower_ in ("weekend", "week") and token.nbor(-1).lower_ == "last":
                return True
            if (
                token.lower_ in WEEKDAYS
                and token.nbor(-1).lower_ != "the"
                and _dated_verb(token).lemma_ not in {*SPEECH_VERBS, "die"}
            ):
                return True
        return False

    def _reports_training(self, lede_end: int) -> bool:
        """Whether the headline and lede tell of a training session ("was fastest in the opening session of official
        training") and of no race won: its times and places are no race's."""
        before = [s for s in self.signals if s.span.start < lede_end]
        return any(
            s.label == "BACKGROUND" and any(t.lower_ in ("training", "practice") for t in s.span) for s in before
        ) and not any(s.label in ("WIN", "MEDAL") for s in before)

    def _background_sections(self) -> set[int]:
        """Tokens under a heading about another time ("Last season in Tomaszów", a paragraph's run-in "Looking
        back:") or a list of records ("CLUB RECORDS SET IN 2024-25"), up to the next blank line (past one after a
        colon that opens a list); all of an obituary's (its headline or lede says someone "has died",
        "dies at 84"); and photo captions, unless the report is a gallery of them."""
        lede = self._lede()
        text = doc_text(self.doc)
        if lede and self._reports_training(lede[-1].end):
            return set(range(len(self.doc)))
        if lede and any(
            s.label == "BACKGROUND" and s.kind in ("obituary", "retrospective") and s.span.start < lede[-1].end
            for s in self.signals
        ):
            recent = self._recent_paragraphs(text)
            # "Last weekend, at the North American Masters Championships, he won": the news of a look back
            self.signals = [
                s
                for s in self.signals
                if not (s.label == "BACKGROUND" and s.kind == "other time" and s.span.start in recent)
            ]
            self.by_sentence = {}
            return set(range(len(self.doc))) - recent
        tokens: set[int] = set()
        for match in STANDINGS_HEADER.finditer(text):  # "Rank  Skater  Country  Points": a table of standings
            stop = text.find("\n\n", match.end())
            rows = self.doc.char_span(match.end(), stop if stop > 0 else len(text), alignment_mode="expand")
            if rows is not None:
                tokens.update(range(rows.start, rows.end))
        tokens.update(self._other_sport_sections(text))
        captions = list(PHOTO_CAPTION.finditer(text))
        paragraphs = [line for line in text.split("\n")[1:] if re.search(r"[.!?][\"”’]?\s*$", line)]  # prose, not "1/9"
        gallery = len(captions) >= MIN_GALLERY and len(captions) >= len(paragraphs) - 1  # the captions are the story
        for match in [] if gallery else captions:  # a photo's caption tells of the picture, not the story
            caption = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if caption is not None:
                tokens.update(range(caption.start, caption.end))
        tokens.update(self._timeline_paragraphs(text))
        for match in LINK_LINES.finditer(text):
            links = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if links is not None:
                tokens.update(range(links.start, links.end))
        for match in HEADING.finditer(text):
            heading = self.doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if heading is not None and self.headline is not None and heading.start == self.headline.start:
                continue  # the headline heads the whole report: "Sun clinches crystal globe" over the race's story
            if heading is None or not any(
                s.kind != "perfect"
                and heading.start <= s.span.start < heading.end
                and not (s.kind == "year" and self._year_of(s.span) in self.lede_years)
                and not (s.kind == "year" and FULL_DATE.search(heading.text))  # "Published 25 January 2026 at 15:41"
                and not (s.kind == "other race" and self._the_reports_own(s))  # "Okafor wins trials 1,000"
                for s in self.signals
                if s.label == "BACKGROUND"
            ):
                continue
            stop = text.find("\n\n", match.end() + 1)
            while stop > 0 and text[:stop].rstrip().endswith(":"):  # "... were set during the season:", a list
                stop = text.find("\n\n", stop + 2)
            section = self.doc.char_span(match.end(), stop if stop > 0 else len(text), alignment_mode="expand")
            if section is not None:
                tokens.update(range(section.start, section.end))
        return tokens

    def _timeline_paragraphs(self, text: str) -> set[int]:
        """The tokens of a timeline's paragraphs, two or more opening on a month ("November – At the national
        championships she won the 3000m", "December: ..."): a look back at a season, unless the month is the news's
        (the one a dateline gives, or the one before)."""
        openings = list(MONTH_RUN_IN.finditer(text))
        if len(openings) < 2:
            return set()
        news = self._news_months()
        tokens: set[int] = set()
        for match in openings:
            if MONTHS[match.group(1).lower()[:3]] in news:
                continue
            end = text.find("\n", match.end())
            paragraph = self.doc.char_span(match.start(), end if end > 0 else len(text), alignment_mode="expand")
            if paragraph is not None:
                tokens.update(range(paragraph.start, paragraph.end))
        return tokens

    def run(self) -> dict:
        self.background_tokens = self._background_sections()
        self.race_ordinals = self._race_ordinals()
        self.age_classes = self._age_classes()
        self.timed_medals = self._timed_medals()
        if self.race_ordinals:
            ordinal_tokens = {i for _, i in self.race_ordinals.values()}
            self.signals = [
                s
                for s in self.signals
                if not (
                    s.label == "NONRESULT"
                    and s.kind == "split"
                    and ordinal_tokens & set(range(s.span.start, s.span.end))
                )
            ]
            self.by_sentence = {}
        entries = self._entries_newest_first()
        for sent in self.doc.sents:
            section = self._section_of(sent.start)
            if section != self.section:  # a roundup's next sport: its races are its own
                self.section, self.current, self.context_races = section, None, []
                self.unnamed_key = RaceKey(None, None, None)
            if self.story_race is not None and not (
                any(self._names_a_race(s.span) for s in self._in_sentence(sent, "DISTANCE", "DISCIPLINE"))
                or self._in_sentence(sent, "ROUND")
                or self._weekdays(sent)
            ):
                self.current, self.context_races = self.story_race, [self.story_race]
            self.story_race = None
            before = self.current
            if sent.start in entries and not self._names_any_race(*entries[sent.start]):
                self._race_of_the_entries_below(sent.start, entries)
            self._update_context(sent)
            self._distance_raced_over(sent)
            if self.current is not None and self.current not in self.context_races:
                self.context_races = [self.current]
            anchors = self._anchors(sent) or self._carried_subject(sent, self.sentence_anchors)
            self.sentence_anchors = anchors
            self._nations(sent, anchors)
            self._results(sent, anchors)
            if self.current is before:
                self._follow_the_story(sent)
            elif (
                self._told_in_passing(self.current)
                and self._the_reports_race(before)
                and (before.run.day is not None or not _one_event(self.current.key, before.key))
            ):
                self.story_race = before  # "On Saturday, Seo won the 1,500m in 2:21.330." in a report of Sunday's race
            self._date_races(sent)
            subjects = [e for t, e in anchors if t.dep_ in ("nsubj", "nsubjpass")] or [
                e for t, e in anchors if t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass")
            ]  # "Brennan's individual weekend was quieter. He finished 11th"
            if subjects:
                self.last_subject = subjects[0]
        self._places_in_stated_order()
        return self._finish()

    def _places_in_stated_order(self) -> None:
        """A list whose heading says it is in finishing order ("MEN'S 1500M (top 10, in finishing order)" over
        "1:44.21 – Håkon Brekke, NOR" lines): each line's athlete, timed in it, takes the line's place in the list
        when the text states none."""
        text = doc_text(self.doc)
        for heading in FINISHING_ORDER.finditer(text):
            line_start = text.find("\n", heading.end()) + 1
            if not line_start:
                continue
            list_end = text.find("\n\n", line_start) % (len(text) + 1)  # the list runs to a blank line
            for place, line in enumerate(re.finditer(r"[^\n]+", text[line_start:list_end]), 1):
                span = self.doc.char_span(line_start + line.start(), line_start + line.end(), alignment_mode="expand")
                mention = next((self.mention_at[t.i] for t in span if t.i in self.mention_at), None) if span else None
                entity = self.entity_at.get(mention.start) if mention is not None else None
                for race in self.races if entity is not None else ():
                    facts = race.facts.get(entity.key)
                    timed = facts is not None and any(
                        e["field"] == "time" and span.start_char <= e["start"] < span.end_char for e in facts.evidence
                    )
                    if timed and facts.rank is None:
                        facts.rank = place
                        facts.note("rank", span)

    def _entries_newest_first(self) -> dict[int, tuple[int, int]]:
        """The entries of a live blog written newest first (paragraphs opened by clock times that run
        backwards), by first token: (first token, end token)."""
        starts = []
        for signal in self.signals:
            span = signal.span
            if (
                signal.label == "NONRESULT"
                and signal.kind == "timestamp"
                and span.start == span.sent.start
                and self._opens_paragraph(span.start_char)
            ):
                clock = next((m for t in span if (m := re.fullmatch(r"(\d{1,2})\D(\d{2})", t.text))), None)
                if clock is not None:  # "17:21 -", or a dated byline's "2025.12.29 07:00"
                    starts.append((span.start, int(clock.group(1)) * 60 + int(clock.group(2))))
        if len(starts) < MIN_BLOG_ENTRIES or starts[0][1] <= starts[-1][1]:
            return {}
        ends = [start for start, _ in starts[1:]] + [len(self.doc)]
        return {start: (start, end) for (start, _), end in zip(starts, ends, strict=True)}

    def _race_named_in(self, start: int, end: int) -> tuple[RaceKey, Run] | None:
        """The first race a stretch of text names outside background clauses, with its run; not one still to
        come ("Next up for him is the team pursuit on Saturday")."""
        for signal in self.signals:
            if start <= signal.span.start < end and signal.label in ("DISTANCE", "DISCIPLINE"):
                key = self._race_key_of(signal)
                if key is not None and not self._background(signal.span) and not self._race_to_come(signal):
                    return key, self._run_of(signal).merged(self._round_near(signal.span))
        return None

    def _names_any_race(self, start: int, end: int) -> bool:
        """Whether a stretch of text names a race, a round or a gender ("Women's Final B")."""
        return any(
            start <= s.span.start < end and s.label in ("DISTANCE", "DISCIPLINE", "ROUND", "GENDER")
            for s in self.signals
        )

    def _race_of_the_entries_below(self, start: int, entries: dict[int, tuple[int, int]]) -> None:
        """An entry of a newest-first live blog that names no race follows up the race of the entries below it,
        which came before ("17:21 - PENALTY CONFIRMED. Ozola is penalised" above "17:17 - WOMEN'S 1500M FINAL
        A")."""
        for entry_start, entry_end in entries.values():
            named = self._race_named_in(entry_start, entry_end) if entry_start > start else None
            if named is not None:
                self.current = self._find_race(*named)
                return

    def _ents_in(self, sent: Span) -> list[Span]:
        """The named entities within a sentence (`sent.ents`, from the entities read once per document)."""
        found = []
        for ent in self.ents:
            if ent.start >= sent.start:
                if ent.end > sent.end:
                    break
                found.append(ent)
        return found

    def _date_races(self, sent: Span) -> None:
        """Note what dates a race ("yesterday", "on Feb. 17") in the sentence that states its first result, or
        in the sentence before it when that one states no result ("Yesterday she went faster than ever.")."""
        phrase = next((t.lower_ for t in self._weekdays(sent)), None)
        relative = (self.lowers[i] for i in range(sent.start, sent.end) if i not in self.quoted)
        phrase = phrase or next((lower for lower in relative if lower in RELATIVE_DAYS), None)
        headline_end = self.headline.end if self.headline is not None else 0
        first = [
            r
            for r in self.races
            if r.dated is None
            and id(r) not in self.dated_races
            and (
                r.first_result in range(sent.start, sent.end)
                # a race whose first result the headline states is dated by the body's first sentence that states a
                # result: "Kowalski skates to career-best ninth in Calgary" ... "Yesterday she went faster than ever.
                # The 21-year-old ... finished ninth"
                or r.first_result is not None
                and r.first_result < headline_end <= sent.start
                and bool(self._in_sentence(sent, *RESULT_LABELS))
            )
        ]
        if sent.start < headline_end and phrase is None:
            first = []
        self.dated_races.update(id(r) for r in first)
        for ent in self._ents_in(sent) if phrase is None and first else ():
            before = self.doc[ent.start - 1] if ent.start > sent.start else None
            # "on Feb. 17", "on 17/2"; not "second on 73" (points)
            if (
                ent.label_ == "DATE"
                and before is not None
                and before.lower_ == "on"
                and re.search(r"\d\D|\D\d", ent.text)
            ):
                phrase = ent.text
                break
        for race in first:
            race.dated = phrase or self.date_before
        self.date_before = None if self._in_sentence(sent, *RESULT_LABELS) else phrase

    def _nations(self, sent: Span, anchors: list[tuple[Token, Entity]]) -> None:
        sweeping = self._sweeps(sent, anchors)
        for signal in self._in_sentence(sent, "NATION"):
            if signal in sweeping or self._names_a_place(signal.span) or signal.span.start in self.mention_at:
                continue  # a sweep, a place, or part of a name ("VAN DER LINDEN Roos")
            nxt = self.doc[signal.span.end] if signal.span.end < len(self.doc) else None
            if (
                nxt is not None
                and nxt.lower_ in NATION_CROWDS
                and nxt.dep_ != "compound"  # not "Dutch ice speed skater Bas Vermeer"
                and signal.span.end + 1 not in self.same_nation_tokens
            ):
                continue
            if nxt is not None and nxt.lower_ in NATION_GROUPS and signal.span.end + 1 not in self.mention_at:
                continue
            owner = self._adjacent_person(signal.span)
            adjacent = owner is not None
            if adjacent:
                self._list_crew(signal, owner)
            start = signal.span.start
            described = (  # "the Canadian" as a noun; not "the US", not "the best of the Dutch"
                start > sent.start + 1
                and self.lowers[start - 1] == "the"
                and self.lowers[start - 2] != "of"
                and signal.root.ent_type_ != "GPE"
                and (signal.root.dep_ != "amod" or signal.root.head.pos_ in ("VERB", "AUX"))
            )
            if not adjacent and described and signal.root.dep_ == "appos" and signal.root.head.i in self.mention_at:
                owner = self._person_at(signal.root.head.i)  # "Kooistra, the Dutchwoman from Gorredijk, went out hard"
                adjacent = owner is not None
            elif not adjacent and described:
                # "as the Canadian settles for second": a description no one was found for is nobody else's nation
                owner = next((e for t, e in anchors if t == signal.root), None)
            elif not adjacent:
                if _compared_with(signal.root):
                    continue  # "behind the Norwegian": whoever that is, not the one behind
                if signal.root.dep_ == "dobj" and _beats(signal.root.head):
                    continue  # the beaten side's nation: "took bronze with Tyler Voss ..., edging the Netherlands"
                group = signal.root.head
                if signal.root.dep_ == "amod" and group.lower_ in GROUP_NOUNS and group.dep_ in ("dobj", "pobj"):
                    continue  # the others' nation: "The 26-year-old from Pine Hollow split the Dutch pair"
                if (
                    signal.root.dep_ in ("dobj", "pobj")
                    and (
                        signal.root.lower_.endswith("men")
                        or signal.root.tag_ in ("NNS", "NNPS")
                        and signal.root.lower_.endswith("s")
                    )
                    and signal.root.head.lower_ not in ("for", "of")  # not "Tremblay best of the Canadians"
                ):
                    continue  # others of a nation: "left Hendry sandwiched between the two Dutchmen"
                if (
                    start > sent.start
                    and self.lowers[start - 1] in ("a", "an")
                    and signal.root.dep_ not in ("appos", "attr")
                    and (nxt is None or nxt.pos_ in ("PUNCT", "ADP", "PART", "PRON", "SCONJ", "CCONJ", "AUX", "VERB"))
                ):
                    continue  # someone else: "found a Belgian to shelter behind"; not "X, a Belgian,", "a Dutch double"
                owner = self._owner(signal, anchors, limit=MAX_NATION_DISTANCE)
            if owner is None:
                continue
            token = next((t for t, e in anchors if e is owner), None)
            if token is None and not adjacent:
                continue
            # a description resolved to someone ("the Norwegian said") counts after a nation written beside a name
            distance = (
                0
                if adjacent
                else max(1, _tree_distance(signal.root, token))
                if described
                else _tree_distance(signal.root, token)
            )
            known = self.nations.get(owner.key)
            if known is None or distance < known[0]:
                self.nations[owner.key] = (distance, signal.kind, signal.span)
            for conj in token.conjuncts if token is not None else ():
                if adjacent and conj.i < signal.span.start:
                    continue  # "behind Romy Harkema and Poland's Karolina Bąk": Poland is Bąk's alone
                other = self.entity_at.get(conj.i) or next((e for t, e in anchors if t == conj), None)
                if other is not None and other.key not in self.nations:
                    self.nations[other.key] = (distance + 1, signal.kind, signal.span)
        self._group_nations(sent, anchors)
        self._headline_person_of_the_others(sent)
        self._home_nations(sent)
        captioned = self._caption_nation(sent)
        for token, entity in anchors if captioned is not None else ():
            if token.i in self.mention_at:
                self.nations.setdefault(entity.key, (MAX_NATION_DISTANCE + 1, captioned.kind, captioned.span))
        for signal in self._in_sentence(sent, "SAME_NATION"):
            reference = None
            start = signal.span.start
            while start > sent.start + 1 and (start - 1 in self.nation_tokens or self.doc[start - 1].pos_ == "ADJ"):
                start -= 1
            # "his seventh-placed compatriot Jelle Tuinstra": the possessive, however many words modify the noun
            owners = [
                c
                for c in signal.span.root.children
                if c.dep_ == "poss" and c.i < signal.span.start and c.lower_ in ("his", "her", "their")
            ]
            prev = owners[0] if owners else self.doc[start - 1] if start > 0 else None
            if prev is not None and prev.lower_ in ("'s", "’s") and prev.i - 1 in self.mention_at:
                reference = self._person_at(prev.i - 1)
            elif prev is not None and prev.lower_ in ("his", "her", "their"):
                reference = self._antecedent(prev)
            named = self.mention_at.get(signal.span.end)  # "her teammate Lee Soo-ah", however it was parsed
            owner = self.entity_at.get(named.start) if named is not None and named.start == signal.span.end else None
            if owner is None or reference is not None and owner is reference:
                owner = self._owner(signal, anchors, exclude={reference.key} if reference else set(), limit=3)
            if owner is None:
                continue
            if reference is None:
                reference = self.last_subject
            if reference is not None and reference is not owner:
                self.same_nation.append((owner, reference, signal.span.start))
                token = next((t for t, e in anchors if e is owner), None)
                for conj in token.conjuncts if token is not None else ():
                    other = self.entity_at.get(conj.i) or next((e for t, e in anchors if t == conj), None)
                    if other is not None and other is not reference:
                        self.same_nation.append((other, reference, signal.span.start))

    def _list_crew(self, signal: Signal, person: Entity) -> None:
        """Keep the skaters a team race's nation is written with ("The Netherlands, with Anna Jonker, Roos
        Brinkman and Evi Langeveld, had the stronger start") as the members of that nation's team."""
        sent = signal.span.sent
        first = next((m for m in person.mentions if m.sent == sent), None)
        between = self.doc[signal.span.end : first.start] if first is not None else []
        if (
            self.current is None
            or not any(t.lower_ in ("with", "of") for t in between)
            or not self._team_sentence(sent)
            or self._background(signal.span)
        ):
            return
        crew = self.listed_crews.setdefault((id(self.current), signal.kind), [])
        crew.extend(e for e in [person, *self._crew_of(person, sent)] if e not in crew)

    def _group_nations(self, sent: Span, anchors: list[tuple[Token, Entity]]) -> None:
        """Give the people a sentence places in a nation's group that nation, when no nation of their own is
        known: a frame opening the sentence ("Of the other Norwegians, Lunde was ninth, while Rø was 16th"), a
        description in apposition ("Kim Da-eun, the youngest member of the Korean team, placed fifth", "the third
        Dutchman, Jorrit Pals,"), a copula ("The best Canadian was Live Ekren"), a lead ("X led the American
        contingent")."""
        for signal in self._in_sentence(sent, "NATION"):
            if self._names_a_place(signal.span) or signal.span.start in self.mention_at:
                continue
            noun = self._group_noun(signal)
            if noun is None:
                continue
            owners = self._group_members(noun, sent)
            for owner in owners:
                self.nations.setdefault(owner.key, (MAX_NATION_DISTANCE + 1, signal.kind, signal.span))

    @cached_property
    def _headline_person(self) -> Entity | None:
        """The first person the headline names, if any."""
        headline = self.headline
        named = [m for m in self.mentions if headline is not None and headline.start <= m.start < headline.end]
        return self.entity_at.get(named[0].start) if named else None

    def _headline_person_of_the_others(self, sent: Span) -> None:
        """Give the person a headline names the nation of "the other" people of a nation ("The other Polish skater,
        Weronika Mazur, finished 21st" in a report headed "Grabowska 14th in Olympic 1000 m") or of its second
        competitor ("Norway's second skater"), when none is known."""
        person = self._headline_person
        for signal in self._in_sentence(sent, "NATION") if person is not None else ():
            root = signal.span.root
            noun = root.head if root.dep_ in ("amod", "poss") else root
            other = any(c.lower_ == "other" and c.i < root.i for c in noun.children)
            # "Norway's second skater, Even Nyhus, finished tenth"
            second = (
                root.dep_ == "poss"
                and noun.lemma_ in COMPETITOR_NOUNS
                and any(c.lower_ == "second" for c in noun.children)
            )
            if noun.pos_ in ("NOUN", "PROPN") and (other or second):
                self.nations.setdefault(person.key, (MAX_NATION_DISTANCE + 1, signal.kind, signal.span))

    def _home_nations(self, sent: Span) -> None:
        """Give the host nation to the people a sentence calls the home side's ("beat home favourite Jelle Postma",
        "Home hope Giulia Ferrando was seventh") or has race at home ("won gold on home ice", "in front of his
        home crowd"), when no nation of their own is known."""
        people = []
        for token in sent:
            if token.lower_ not in ("home", "hometown", "local") or token.i + 1 >= sent.end:
                continue
            following = self.doc[token.i + 1]
            if following.lower_ in HOME_PEOPLE and (person := self._person_at(following.i + 1)) is not None:
                people.append(person)
            elif token.lower_ != "local" and following.lower_ in HOME_THINGS:
                clause = self._clause_head(token)
                people.extend(
                    p for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and (p := self._person_at(c.i))
                )
        if not people or (host := self._host_nation_of_the_venue) is None:  # the venue looked up for a home side only
            return
        for person in people:
            self.nations.setdefault(person.key, (MAX_NATION_DISTANCE + 1, *host))

    @cached_property
    def _host_nation_of_the_venue(self) -> tuple[str, Span] | None:
        """The nation a report is set in: the one its dateline names ("ROTTERDAM, Netherlands, March 8"), else that
        of the first venue of `patterns/venues.tsv` its lede names."""
        text = doc_text(self.doc)
        for match in datelines(text):
            for signal in self.signals:
                if signal.label == "NATION" and match.start() <= signal.span.start_char < match.end():
                    return signal.kind, signal.span
            break
        venues = venue_nations()
        lede = self.doc[: self.lede_end]
        for token in lede:
            for length in (3, 2, 1):
                words = lede[token.i : token.i + length] if token.i + length <= len(lede) else None
                if words is not None and words.text.lower() in venues:
                    return venues[words.text.lower()], words
        return None

    def _group_noun(self, signal: Signal) -> Token | None:
        """The head of the noun phrase that names a nation's people as a group or one of them ("the other
        Norwegians", "the Dutch pair", "the youngest member of the Korean team", "the best Canadian")."""
        token = signal.span.root
        if token.dep_ in ("amod", "compound", "nmod") and token.head.i > token.i:
            token = token.head
            if token.lower_ not in GROUP_NOUNS:
                return None
        elif token.pos_ not in ("NOUN", "PROPN") or signal.root.ent_type_ == "GPE":
            return None  # "Norway" is a country; "Norwegians", "the Dutchman" are people
        for _ in range(2):  # "the youngest member of the Korean team", "one of three Norwegians"
            prep = token.head
            if token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PRON", "ADJ", "NUM"):
                token = prep.head
        return token

    def _group_members(self, noun: Token, sent: Span) -> list[Entity]:
        """The people a nation's group noun frames in its sentence."""
        opener = self.doc[sent.start]
        after = noun.right_edge.i + 1
        if (
            opener.lower_ in GROUP_FRAMES
            and noun.left_edge.i - sent.start <= 1
            and after < sent.end
            and self.lowers[after] == ","
        ):
            return self._listed_after(after, sent.end)  # "Of the other Norwegians, Lunde was ninth, while Rø ..."
        colon = next((t.i for t in self.doc[noun.i : sent.end] if t.text == ":"), None)
        if noun.dep_ == "nsubj" and colon is not None and colon + 1 < len(self.doc):
            # "The Dutch had a disappointing afternoon: Brouwer was sixth, ahead of his compatriot Tuinstra"
            return self._listed_after(colon, self.doc[colon + 1].sent.end)
        people = [self._person_at(c.i) for c in noun.children if c.dep_ == "appos"]
        named = noun.i + 1 + (noun.i + 1 < sent.end and self.lowers[noun.i + 1] == ",")
        if named < sent.end and (person := self._person_at(named)) is not None:  # "the third Dutchman, Jorrit Pals,"
            people.append(person)
            people.extend(e for e in self._crew_of(person, sent) if e.mentions[-1].start > named)
        if noun.dep_ == "appos":
            people.append(self._person_at(noun.head.i))
        team_race = self.current is not None and self.current.key.discipline in TEAM_DISCIPLINES
        if noun.lower_ in GROUP_NOUNS and not team_race:  # "The Dutch trio of Lieke Brouwer, Anna Post and ..."
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            people.extend(
                self._person_at(t.i) for t in (of.subtree if of is not None else ()) if t.i in self.mention_at
            )
        others = any(t.lower_ in ("other", "others") or t.like_num for t in noun.lefts)
        plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in NATION_GROUPS
        if others and plural and not any(sent.start <= m.start < sent.end for m in self.mentions):
            # "The other two Americans were well back. Kelsey Marchetti finished 14th, and Ava Lindqvist ...": the
            # sentence after a group's with no one named
            following = self.doc[sent.end].sent if sent.end < len(self.doc) else None
            return self._listed_after(following.start - 1, following.end) if following is not None else []
        if others and plural and noun.dep_ == "nsubj":
            # "Two other Canadians finished further back, with Jessica Tran ninth and Megan Ostapchuk 11th"
            with_ = next((t.i for t in self.doc[noun.i : sent.end] if t.lower_ == "with" and t.head == noun.head), None)
            if with_ is not None:
                people.extend(self._person_at(m.start) for m in self.mentions if with_ < m.start < sent.end)
        head = noun.head
        if noun.dep_ in ("nsubj", "attr") and head.lemma_ == "be":
            people.extend(self._person_at(c.i) for c in head.children if c.dep_ in ("nsubj", "attr") and c != noun)
        if noun.dep_ == "dobj" and head.lemma_ == "lead" and noun.lower_ in GROUP_NOUNS:
            people.extend(self._person_at(c.i) for c in head.children if c.dep_ == "nsubj")
        return [p for p in people if p is not None]

    def _listed_after(self, start: int, end: int) -> list[Entity]:
        """The people named between two tokens, not as a preposition's or verb's object ("ahead of X")."""
        return [
            e
            for m in self.mentions
            if start < m.start < end
            and m.root.dep_ not in ("pobj", "dobj")
            and (e := self.entity_at.get(m.start)) is not None
        ]

    def _names_a_place(self, span: Span) -> bool:
        """Whether a nation is named as where something happened or goes ("in Heerenveen, the Netherlands", "in
        Norway", "on the plane to Italy"), not as whose a person is ("In Heerenveen, Italy's Matteo Pianezze won",
        "second to Italy's Anna Rossi")."""
        before = self.doc[max(span.sent.start, span.start - 2) : span.start]
        if before and before[-1].lower_ in ("in", "at"):
            return True
        possessive = (
            span.end + 1 < len(self.doc) and self.lowers[span.end] in ("'s", "’s") and span.end + 1 in self.mention_at
        )
        # a nation gone to is a place; not one that says whose ("went to American Trent Albrecht")
        whose = span.end < len(self.doc) and (self.lowers[span.end] in POSSESSIVES or span.end in self.mention_at)
        if before and before[-1].lower_ in ("to", "into", "toward", "towards") and not whose:
            return True
        if before and before[-1].lower_ == "from" and before[-1].head.pos_ in ("VERB", "AUX") and not whose:
            return True  # "she told the Herald from Norway"; not "Ingrid Skaar from Norway", "from Japan's Morikawa"
        return (
            len(before) == 2
            and before[-1].text == ","
            and before[0].ent_type_ in ("GPE", "LOC", "FAC")
            and not possessive
        )

    def _sweeps(self, sent: Span, anchors: list[tuple[Token, Entity]]) -> list[Signal]:
        """Note a nation's sweep of the top places ("a Dutch one-two", "a Norwegian 1-2-3", "a Dutch podium
        sweep", "an all-Dutch podium"), which gives the nation to the race's first two or three; return the
        nations that sweep."""
        sweeping = []
        for sweep in self._in_sentence(sent, "SWEEP"):
            nations = self._in_sentence(sent, "NATION")
            nation = next(
                (
                    s
                    for s in nations
                    if s.span.end == sweep.span.start or sweep.span.start < s.span.start < sweep.span.end
                ),
                None,
            ) or next(  # "a Dutch one-two", "an all-Dutch podium"; "Dutch skaters went one-two-three"
                (
                    s
                    for s in reversed(nations)
                    if 0 < sweep.span.start - s.span.end <= SWEEP_NATION_REACH and self._adjacent_person(s.span) is None
                ),
                None,
            )
            if nation is not None:
                self.sweeps.append((self._race_for(sweep.span), int(sweep.kind), nation))
                sweeping.append(nation)
            self._places_of_the_sweep(sweep, anchors)
        return sweeping

    def _places_of_the_sweep(self, sweep: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        """The places of the people a sweep's sentence lists after it, in their order, when it lists as many as
        the sweep has places ("Dutch skaters went one-two-three, with Hoekstra ahead of Wolters and de Graaf")."""
        sent = sweep.span.sent
        words = self.lowers[sweep.span.end : sent.end]
        in_that_order = any(words[i : i + 2] == ["that", "order"] for i in range(len(words)))
        # "The Dutch trio of Brouwer, Post and Span swept the podium in the 1500m, finishing in that order"
        listed = list(
            {
                e.key: e for t, e in anchors if (t.i < sweep.span.start if in_that_order else t.i >= sweep.span.end)
            }.values()
        )
        placed = any(s.span.start >= sweep.span.end for s in self._in_sentence(sent, "RANK", "MEDAL"))
        if len(listed) != int(sweep.kind) or placed:  # not "a Dutch one-two: Berg was second and Lind third"
            return
        for place, entity in enumerate(listed, start=1):
            facts = self._facts(sweep, entity)
            if facts is not None and facts.rank is None:
                facts.rank = place
                facts.note("rank", sweep.span)

    def _adjacent_person(self, span: Span) -> Entity | None:
        """The person a nation is written against: "Italy's Federica Bassani", "GB team-mate Harvey Lomas",
        "the Dutch winner Anouk Verbeek", "Dutchman Jayden Kromhout", "Federica Bassani (ITA)", "Sindre Aarnes of
        Norway", "Florian Moosbrugger, racing for Austria"; a team's "Norway, with Brekke, Eide, ...", "the Dutch
        team of Isa de Graaf")."""
        after = self.doc[span.end : min(span.sent.end, span.end + 6)]
        for n, token in enumerate(after):
            if token.i in self.mention_at:
                return self._person_at(token.i)
            listing = (
                token.lower_ in TEAM_MEMBERS_JOINERS and (n or token.text == ",") and self._team_sentence(span.sent)
            )
            # "Dutch defending champion Fenna Kuiper", "Norway's two-time winner": a modifier of a word further on
            modifier = token.dep_ in ("amod", "compound", "nummod", "npadvmod") and token.i < token.head.i <= after.end
            if not (
                token.lower_ in NATION_JOINERS
                or token.lower_ in TITLE_NOUNS
                or token.text == "-"
                or listing
                or modifier
            ):
                break
        start = span.start - 1 if span.start > span.sent.start and self.lowers[span.start - 1] == "the" else span.start
        before = self.doc[max(span.sent.start, start - 2) : start]
        if before and before[-1].i in self.mention_at and start == span.start:
            return self._person_at(before[-1].i)
        # "Sindre Aarnes of Norway", "Jakub Hrdlička of the Czech Republic"
        if len(before) == 2 and before[-1].lower_ in ("of", "for", "from") and before[0].i in self.mention_at:
            return self._person_at(before[0].i)
        preposition = span.root.head
        if preposition.lower_ == "for" and preposition.dep_ == "prep" and span.root.dep_ == "pobj":
            # "Jorien Bakker has won the European title on the 500 metres for the Netherlands": the subject's
            verb = self._clause_head(preposition)
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i < preposition.i:
                # not "KIM Ji-woo finished fifth, LIU Yutong sixth and SUZUKI Hana seventh for Japan"
                named = {id(e): e for i in range(subject.i, preposition.i) if (e := self._person_at(i)) is not None}
                if len(named) == 1 and subject.i in self.mention_at:
                    return self._person_at(subject.i)
        name = span.start - 4  # "Florian Moosbrugger, racing for Austria"
        if (
            name >= span.sent.start
            and name in self.mention_at
            and self.doc[name + 1].text == ","
            and self.doc[name + 2].lemma_ in ("race", "ski", "skate", "compete", "run", "swim", "ride")
            and self.doc[name + 3].lower_ == "for"
        ):
            return self._person_at(name)
        return None

    def _results(self, sent: Span, anchors: list[tuple[Token, Entity]]) -> None:
        self._medallist_in_apposition(sent)
        self._podium_list(sent, anchors)
        self._beaten_in_a_final(sent, anchors)
        signals = [s for s in self._in_sentence(sent, *RESULT_LABELS)]
        paired = self._paired_places(sent, signals, anchors)
        if not signals:
            self._winner_ahead(sent, anchors)
            self._placed_behind(sent, anchors)  # "Stokke finished just behind Ishikawa"
            return
        handled = self._respective_values(sent, signals, anchors) | paired | self._column_values(sent, signals)
        self._table_row(sent)
        for signal in signals:
            if id(signal) in handled or id(signal) in self.read_in_tables:
                continue
            if self._background(signal.span) or self._misreported(signal.span) or self._anothers_title(signal):
                continue
            if signal.label in ("MEDAL", "WIN") and self._negated(signal):
                continue  # "did not come home with the gold medal he wanted"
            if signal.label in ("RANK", "MEDAL", "WIN", "GAP") and (
                self._provisional(signal.span)
                or self._interim_standings(signal.span)
                or self._in_a_standings_list(signal.span)
                or self._at_a_split(signal.span)
            ):
                continue
            handler = getattr(self, f"_on_{signal.label.lower()}")
            handler(signal, anchors)
        self._winner_ahead(sent, anchors)  # after the sentence's own values: "took gold in 2:14.338, followed by"
        self._placed_behind(sent, anchors)

    def _beaten_in_a_final(self, sent: Span, anchors: list[tuple[Token, Entity]]) -> None:
        """ "In the final they beat the Netherlands", "the USA, who beat Italy in the small final", "Norway won the C
        final ahead of China": a team pursuit's final and its race for bronze are two teams' duel, so the team beaten
        is the next place."""
        if self.current is None or self.current.key.discipline != "team pursuit":
            return
        teams = [(t, e) for t, e in anchors if e.key >= 10_000]
        for signal in self._in_sentence(sent, "ROUND"):
            root = signal.span.root
            if signal.kind not in ("final", "final B"):
                continue
            if root.dep_ == "dobj" and root.head.lemma_ == "win":  # "Norway won the C final ahead of China"
                verb = root.head
                beaten = {
                    e.key: e
                    for t, e in teams
                    if t.dep_ == "pobj"
                    and t.head.lower_ == "of"
                    and t.head.head.lower_ in ("ahead", "clear")
                    and t.head.head.head == verb
                }
            elif root.head.lower_ == "in" and _beats(root.head.head):
                verb = root.head.head
                beaten = {e.key: e for t, e in teams if t.dep_ == "dobj" and t.head == verb}
            else:
                continue
            antecedent = verb.head if verb.dep_ == "relcl" else None  # "the USA, who beat Italy"
            winners = {e.key: e for t, e in teams if t.dep_ == "nsubj" and t.head == verb or t == antecedent}
            if len(beaten) == 1 and len(winners) == 1 and beaten.keys() != winners.keys():
                self._next_place(signal.span, *beaten.values(), *winners.values())

    def _medallist_in_apposition(self, sent: Span) -> None:
        """ "Zielińska, the silver medalist, had set the fastest time of the weekend", "Silver medalist Keisha
        Moultrie ... poses on the podium": a bare medallist title set beside a name or opening it says the medal of
        the race the story is on (a past one is qualified: "the 2022 silver medallist", "the Olympic silver
        medallist", "the bronze medallist at the worlds in March")."""
        times = {s.span.start for s in self._in_sentence(sent, "TIME")}
        for signal in self._in_sentence(sent, "TITLE"):
            span = signal.span
            if len(span) != 2 or span[0].lower_ not in MEDAL_RANK or span[1].lower_ not in MEDALLIST:
                continue
            before, after = self.lowers[span.start - 1], self.lowers[span.end] if span.end < len(self.doc) else ""
            if span.root.dep_ == "appos" and before == "the":
                person = self._person_at(span.root.head.i)
                # not "the bronze medallist at the worlds", but "the bronze medallist in 2:12.44"
                if not (after in (",", ")", "-", "–", "—") or after == "in" and span.end + 1 in times):
                    person = None
            else:
                # "Silver medalist Keisha Moultrie of the United States, left, gold medalist Mio Kanzaki ..."
                opening = span.start == sent.start or before in (",", "and", "(")
                person = self._person_at(span.end) if opening and span.end in self.mention_at else None
            if person is not None and self.current is not None:
                self.current.of(person, span.start).award(span[0].lower_, span[:1])

    def _table_row(self, sent: Span) -> None:
        """Read a row of a table with a header by its columns ("2 | Hina Morikawa | JPN | 1:13.62 | +0.04"): the
        place and the time of the person in the name column, in the race of the story; a row of a points table
        that is no classification's (World Cup standings) holds no result. The signals read are kept in
        `read_in_tables`."""
        for table in self.tables:
            for row in table.rows:
                # every row the sentence holds or starts in: the parser may run two rows into one sentence
                if (
                    row
                    and row[0].start < sent.end_char
                    and sent.start_char < row[-1].end
                    and id(row) not in self.tables_read
                ):
                    self.tables_read.add(id(row))
                    self._read_row(table, row)

    def _read_row(self, table: Table, row: list[Cell]) -> None:
        """Read one row of a table with a header (see `_table_row`)."""
        signals = [
            s for s in self.signals if s.label in COLUMN_LABELS and row[0].start <= s.span.start_char < row[-1].end
        ]
        standings = "time" not in table.roles and "points" in table.roles
        classification = None
        if standings:
            # "Rk | Name | Nat | 500m | 3000m | 1500m | 5000m | Points": an allround classification's, under any
            # heading; a points table without distances, only under the classification's
            current = self.current if self.current and self.current.key.discipline in CLASSIFICATIONS else None
            classification = self._classification_race() if "race" in table.roles else current
            if classification is None:
                self.read_in_tables.update(id(s) for s in signals)
                return
        cell = {c.role: c for c in row}
        name = cell.get("name")
        mention = next((m for m in self.mentions if name and name.holds(m.start_char)), None)
        owner = self.entity_at.get(mention.start) if mention is not None else None
        if owner is None:
            return
        race = classification or self.current or self._race_for(mention, owner)
        facts = race.of(owner, mention.start)
        nation = cell.get("nation")
        if nation is not None:
            span = self.doc.char_span(nation.start, nation.end, alignment_mode="expand")
            signal = next((s for s in self.signals if s.label == "NATION" and nation.holds(s.span.start_char)), None)
            code = span.text.upper() if span.text.upper() in nation_names() else signal.kind if signal else None
            if code is not None:
                self.nations[owner.key] = (0, code, span)
        place = cell.get("place")
        number = PLACE_CELL.fullmatch(doc_text(self.doc)[place.start : place.end]) if place else None
        if place is not None and number is not None:
            facts.rank = int(number.group(1))
            facts.note("rank", self.doc.char_span(place.start, place.end, alignment_mode="expand"))
        times = [s for s in signals if s.label == "TIME" and "time" in cell and cell["time"].holds(s.span.start_char)]
        if times:
            try:
                facts.time, facts.derived = parse_duration(times[0].span.text), False
                facts.note("time", times[0].span)
            except TimeParseError:
                times = []
        if times or number is not None:
            self.read_in_tables.update(id(s) for s in signals if s.label != "GAP" or times)

    def _tables_in_columns(self) -> list[tuple[int, int, list[int]]]:
        """Tables whose rows give a time per race, in columns under a header naming the races in order ("500m /
        1,000m / 500m / 1,000m, race placing in brackets"): the rows' first and end characters, and the distances."""
        if self.column_tables is None:
            self.column_tables = []
            text = doc_text(self.doc)
            for line in re.finditer(r"(?m)^.*/.*$", text):
                distances = [
                    self._distance(s.span)
                    for s in self.signals
                    if s.label == "DISTANCE" and line.start() <= s.span.start_char < line.end()
                ]
                if len(distances) < 2 or None in distances or line.group().count("/") != len(distances) - 1:
                    continue
                stop = text.find("\n\n", line.end() + 2)
                self.column_tables.append((line.end(), stop if stop > 0 else len(text), distances))
        return self.column_tables

    def _column_values(self, sent: Span, signals: list[Signal]) -> set[int]:
        """Give each time of a row of a table in columns, and the place in brackets after it, to the race of its
        column, to the person the row names; return the signals used."""
        table = next((t for t in self._tables_in_columns() if t[0] <= sent.start_char < t[1]), None)
        if table is None:
            return set()
        times = [s for s in signals if s.label == "TIME"]
        owner = self._next_on_line(self.doc[sent.start : sent.start])
        if owner is None or len(times) < len(table[2]):
            return set()
        distances = table[2]
        gender = self.current.key.gender if self.current is not None else None
        used = set()
        for n, (distance, signal) in enumerate(zip(distances, times[-len(distances) :], strict=True)):
            nth = distances[: n + 1].count(distance)
            run = Run(ordinal=str(nth) if distances.count(distance) > 1 else None)
            facts = self._find_race(RaceKey(gender, distance, None), run).of(owner, signal.span.start)
            try:
                duration = parse_duration(signal.span.text)
            except TimeParseError:
                continue
            # the table's values stand over what the prose was read to say
            facts.evidence = [e for e in facts.evidence if e["field"] not in ("time", "rank")]
            facts.time, facts.derived, facts.rank = duration, False, None
            facts.note("time", signal.span)
            end = signal.span.end_char
            place = re.match(r"\s*\((\d{1,3})\)", doc_text(self.doc)[end : end + 8])
            if place is not None:
                span = self.doc.char_span(end + place.start(1), end + place.end(1), alignment_mode="expand")
                self._place(facts, int(place.group(1)), span)
            used.update(id(s) for s in signals if s.span.start <= signal.span.start < s.span.end)
        return used

    def _placed_behind(self, sent: Span, anchors: list[tuple[Token, Entity]]) -> None:
        """ "Park settled for silver behind Italy's Alessio Marchetti", "was third behind X and Y": the people named
        right after "behind" fill the places before the one stated, in order, when they are as many."""
        for token in sent:
            if self.lowers[token.i] not in ("ahead", "behind") or _medal_count_before(token):
                continue
            if self.lowers[token.i] == "ahead" and token.i + 1 < sent.end and self.lowers[token.i + 1] == "of":
                self._next_place_ahead(token, sent, anchors)
                continue
            if self.lowers[token.i] != "behind":
                continue
            behind = self.doc[token.i : token.i + 1]
            if self._background(behind):
                continue
            ahead: list[Entity] = []
            i = token.i + 1
            while i < sent.end:
                mention = self.mention_at.get(i)
                if mention is not None:
                    entity = self.entity_at.get(mention.start)
                    if entity is not None and entity not in ahead:
                        ahead.append(entity)
                    i = mention.end
                elif (
                    i in self.nation_tokens
                    or self.lowers[i] in NAME_LIST_WORDS
                    and (ahead or self.lowers[i] not in (",", "and"))
                ):
                    i += 1
                else:
                    break
            subject = self._clause_subject(token, anchors)
            steps = self._places_apart(token)
            if steps and not ahead:  # "finished two places behind her teammate"
                ahead = [e for t, e in anchors if token.i < t.i <= token.i + 3 and t.i not in self.mention_at][:1]
            if steps and len(ahead) == 1 and subject is not None and subject not in ahead:
                self._next_place(behind, subject, ahead[0], steps)  # "Stokke finished just behind Brandt"
                continue
            for placed in {e.key: e for t, e in anchors if t.i < token.i and e not in ahead}.values():
                facts = self._race_for(behind, placed).facts.get(placed.key)
                stated = facts is not None and any(
                    e["field"] in ("rank", "medal") and sent.start_char <= e["start"] < token.idx
                    for e in facts.evidence
                )
                place = (facts.rank or MEDAL_RANK.get(facts.medal or "")) if facts is not None and stated else None
                if place is not None and place - 1 == len(ahead):
                    for rank, entity in enumerate(ahead, 1):
                        known = self._race_for(behind, entity).facts.get(entity.key)
                        if known is None or not (known.winner and rank == 1):
                            self._place(self._facts(Signal("RANK", "behind", behind), entity), rank, behind)
                    return

    def _next_place_ahead(self, ahead: Token, sent: Span, anchors: list[tuple[Token, Entity]]) -> None:
        """ "Park took third, narrowly ahead of Japan's Kazuki Endo": the one person named after "just/narrowly
        ahead of" is placed next behind the clause's subject."""
        steps = 1 if self.lowers[ahead.i - 1] == "narrowly" else self._places_apart(ahead)
        if ahead.i == sent.start or not steps:
            return
        span = self.doc[ahead.i : ahead.i + 2]
        if self._background(span):
            return
        following = [e for t, e in anchors if ahead.i + 1 < t.i <= ahead.i + 6]
        subject = self._clause_subject(ahead, anchors)
        if subject is not None and following and following[0] is not subject:
            self._next_place(span, following[0], subject, steps)

    def _race_placed_in(self, sent: Span, entity: Entity) -> Race | None:
        """The race a sentence states a place of a person in ("finished fourth overall, one place ahead of
        Benvegnù": the classification)."""
        return next(
            (
                race
                for race in reversed(self.races)
                if (facts := race.facts.get(entity.key)) is not None
                and any(
                    e["field"] in ("rank", "medal") and sent.start_char <= e["start"] < sent.end_char
                    for e in facts.evidence
                )
            ),
            None,
        )

    def _places_apart(self, word: Token) -> int | None:
        """How many places "ahead" or "behind" says lie between two athletes: 1 for "just behind", "one place ahead
        of", "one spot behind", 2 for "two places behind"; None if it does not say."""
        before = self.lowers[max(0, word.i - 2) : word.i]
        if before and before[-1] in NEXT_PLACE_WORDS:
            return 1
        if len(before) == 2 and before[-1].rstrip("s") in NEXT_PLACE_NOUNS:
            return word_to_number(before[0]) or None
        return None

    def _clause_subject(self, token: Token, anchors: list[tuple[Token, Entity]]) -> Entity | None:
        """The person who is the subject of a token's clause."""
        verb = self._clause_head(token)
        return next((e for t, e in anchors if t.dep_ in ("nsubj", "nsubjpass") and t.head == verb), None)

    def _medal_after_a_time(self, signal: Signal) -> Entity | None:
        """The owner of a time a medal is set beside ("Tanaka finished in 41.955, the silver, and Shin took bronze")."""
        start = signal.span.start
        if start < 3 or self.lowers[start - 2 : start] != [",", "the"]:
            return None
        time = next((s for s in self._in_sentence(signal.span.sent, "TIME") if s.span.end == start - 2), None)
        if time is None:
            return None
        return next(  # the owner the time was given to, not one found again
            (
                f.entity
                for race in self.races
                for f in race.facts.values()
                if any(e["field"] == "time" and e["start"] == time.span.start_char for e in f.evidence)
            ),
            None,
        )

    def _held_off_for(self, signal: Signal, owner: Entity, anchors: list[tuple[Token, Entity]]) -> None:
        """ "Lennox held off Canada's Sophie Arsenault in a photo finish for the final podium spot" (or "for
        bronze"): the one held off is the next place."""
        before = self.lowers[max(0, signal.span.start - 2) : signal.span.start]
        if not (before[-1:] == ["for"] or before == ["for", "the"]):
            return
        verb = self._clause_head(self.doc[signal.span.start - 1 - (before[-1] != "for")])  # the verb of "for"
        held = {e.key: e for t, e in anchors if t.dep_ == "dobj" and t.head == verb and _beats(verb)}
        held.pop(owner.key, None)
        headline = self.headline is not None and self.headline.start <= signal.span.start < self.headline.end
        if len(held) == 1 and not headline:
            race = self._race_for(signal.span, owner)  # the race of the place or medal, not another the sentence names
            behind = next(iter(held.values()))
            race.of(behind, signal.span.start)
            race.next_places.append((behind, owner, 1, signal.span))

    def _next_place(self, span: Span, behind: Entity, ahead: Entity, steps: int = 1) -> None:
        """Note that one athlete finished right behind another (or `steps` places behind), in the race of the one
        ahead."""
        race = self._race_placed_in(span.sent, ahead) or self._race_placed_in(span.sent, behind)
        race = race or self._race_for(span, ahead)
        race.of(behind, span.start)
        race.of(ahead, span.start)
        race.next_places.append((behind, ahead, steps, span))

    def _last_team(self, race: Race) -> Entity | None:
        """The team most recently given a result in a team race (skaters named without a nation race for it)."""
        teams = [f for f in race.facts.values() if f.entity.key >= 10_000]
        return teams[-1].entity if teams else None

    @staticmethod
    def _team_listing(race: Race, entity: Entity) -> Entity | None:
        """The team of a race that already lists a skater as its member."""
        return next((f.entity for f in race.facts.values() if entity.full_form in f.members), None)

    def _crew_of(self, entity: Entity, sent: Span) -> list[Entity]:
        """The people named in one list with a person in a sentence, before or after them ("the Netherlands' Evi
        Jansen and Maud Koster, who won in 7:01.84")."""
        for names in self._name_lists(sent):
            crew = [self.entity_at.get(m.start) for m in names]
            if entity in crew:
                return [e for e in crew if e is not None and e is not entity]
        return []

    def _paragraph_start(self, char: int) -> int:
        """The offset of the line break that opens the paragraph holding a character (-1 for the first)."""
        return doc_text(self.doc).rfind("\n", 0, char)

    def _opens_paragraph(self, char: int) -> bool:
        """Whether only whitespace stands between a paragraph's start and a character."""
        return not doc_text(self.doc)[self._paragraph_start(char) + 1 : char].strip()

    def _team_named_before(self, span: Span, since: int | None = None) -> Entity | None:
        """The nation named as a group last before a team result in its paragraph (or since a character offset),
        whose skaters the result names ("The Dutch men then completed a perfect afternoon. In the 5000 metres
        relay, Daan Verbeek, Jelle Hoogland, Ruben Stam and Milan de Graaf took gold")."""
        since = self._paragraph_start(span.start_char) if since is None else since
        groups = [
            s
            for s in self.signals
            if s.label == "NATION"
            and since <= s.span.start_char < span.start_char
            and self._names_a_team(s)
            and not _compared_with(s.span.root)  # "the Norwegians, who were level with Japan after three laps"
            and not (s.span.root.dep_ == "dobj" and _beats(s.span.root.head))  # "A, B and C beat the United States"
            # "the Dutch men", "a second Swiss medal"; not "an Irish record"
            and (s.span.root.dep_ != "amod" or s.span.root.head.lower_ in TEAM_NOUNS | PODIUM_PLACES)
        ]
        return self._team(groups[-1].kind, groups[-1].span) if groups else None

    def _crew_by_name(self, entity: Entity) -> bool:
        """Whether a person entity is a crew named by its members ("Grabner/Eder"), not one in brackets after the
        team it makes ("Germany (Lena Kühn/Paul Seidel)")."""
        return "/" in entity.full_form and not any(self.lowers[m.start - 1] == "(" for m in entity.mentions)

    def _as_team(self, entity: Entity | None) -> Entity | None:
        """A person's team (their nation's) in a team race; teams and crews named by their members
        ("Grabner/Eder") stay themselves."""
        if entity is None or entity.key >= 10_000 or self._crew_by_name(entity):
            return entity
        _, code, span = self.nations.get(entity.key, (0, None, None))
        return self._team(code, span) if code and span is not None else None

    def _team_raced_for(self, span: Span) -> Entity | None:
        """The team a result just before "for" is stated for ("Kurosawa, Ueda and Hamano covered the distance in
        3:38.90 for Japan")."""
        after = self.doc[span.end : min(span.end + 2, span.sent.end)]
        if not after or after[0].lower_ != "for":
            return None
        nations = self._in_sentence(span.sent, "NATION")
        nation = next((s for s in nations if s.span.start in (after[0].i + 1, after[0].i + 2)), None)
        return self._team(nation.kind, nation.span) if nation is not None else None

    def _crew_team(self, entity: Entity, sent: Span) -> Entity | None:
        """The team of the first of a person's crew whose nation is known ("Austria (Pichler, Gruber, and doubles
        Eder and Wallner) were 0.201 seconds back": Eder races for Pichler's)."""
        return next(filter(None, map(self._as_team, self._crew_of(entity, sent))), None)

    def _facts(self, signal: Signal, entity: Entity) -> Facts | None:
        """The facts of the athlete (or, in a team race, of the athlete's team) in the signal's race."""
        race = self._race_for(signal.span, entity)
        if race.key.discipline in TEAM_DISCIPLINES and entity.key < 10_000:
            team = (
                self._as_team(entity)
                or self._team_listing(race, entity)
                or self._crew_team(entity, signal.span.sent)
                # "piloted the Germany I sled to the title": a nation within the signal counts too
                or self._team_named_before(signal.span[-1:], since=signal.span.sent.start_char)
                or self._team_raced_for(signal.span)
                # "Those winners were the Netherlands. Ruben Klaassen, ... crossed the line in 6:49.872"
                or self._team_named_before(signal.span)
                or self._last_team(race)
                # "Canadian men smash national record on way to pursuit gold" over "Osei, Falkner and Marsh won"
                or (self._team_named_before(self.headline[-1:], since=0) if self.headline is not None else None)
            )
            if team is None:
                return None
            facts = race.of(team, signal.span.start)
            for member in [entity, *self._crew_of(entity, signal.span.sent)]:
                if member.full_form not in facts.members:
                    facts.members.append(member.full_form)
            return facts
        return race.of(entity, signal.span.start)

    def _respective_values(self, sent: Span, signals: list[Signal], anchors: list[tuple[Token, Entity]]) -> set[int]:
        """ "A and B were second and third, +8.3 and +15.9 respectively": pair listed times, gaps, medals or
        places with the people listed before them, in order; listed numbers that end in a gap ("31.0 and 33.6 seconds
        behind the winner respectively") are gaps. Returns the signals used."""
        marker = next((t for t in sent if t.lower_ == "respectively"), None)
        if marker is None or self._background(sent):
            return set()
        used: set[int] = set()
        for label in ("GAP", "TIME"):
            values = [s for s in signals if s.label == label and s.span.end <= marker.i]
            after = [  # "finished 11th and 15th respectively, 1.86sec and 2.40sec off the pace"
                s
                for s in signals
                if s.label == label
                and s.span.start > marker.i
                and not any(i in self.mention_at for i in range(marker.i, s.span.start))
            ]
            values = values if len(values) >= 2 or not after else after
            values = self._listed_before(values[0], signals) + values if values else values
            if len(values) < 2:
                continue
            people = self._people_listed(anchors, before=values[0].span.start)[-len(values) :]
            if len(people) != len(values):
                continue
            gaps = label == "GAP" or any(s.label == "GAP" and s.span.start == values[-1].span.start for s in signals)
            for entity, signal in zip(people, values, strict=True):
                try:
                    duration = parse_duration(signal.span.text)
                except TimeParseError:
                    continue
                race = self._race_for(signal.span, entity)
                race.of(entity, signal.span.start)
                if gaps:
                    race.gaps.append(Gap(entity, None, duration, False, signal.span))
                else:
                    facts = self._facts(signal, entity)
                    if facts is not None and facts.time is None:
                        facts.time = duration
                        facts.note("time", signal.span)
                used.add(id(signal))
        # "ahead of Poland's Ewa Zielinska and Japan's Mei Hoshino, who took silver and bronze respectively"
        medals = [s for s in signals if s.label == "MEDAL" and s.span.end <= marker.i]
        people = self._people_listed(anchors, before=medals[0].span.start)[-len(medals) :] if medals else []
        if len(medals) >= 2 and len(people) == len(medals):
            for entity, signal in zip(people, medals, strict=True):
                facts = self._facts(signal, entity)
                if facts is not None:
                    facts.award(signal.kind, signal.span)
                used.add(id(signal))
        ordinals = [
            t
            for t in self.doc[sent.start : marker.i]
            if (t.is_alpha or re.fullmatch(r"\d{1,3}(st|nd|rd|th)", t.lower_)) and ordinal_value(t.text) is not None
        ]
        people = self._people_listed(anchors, before=ordinals[0].i)[-len(ordinals) :] if ordinals else []
        if len(ordinals) >= 2 and len(people) == len(ordinals):
            for entity, ordinal in zip(people, ordinals, strict=True):
                span = self.doc[ordinal.i : ordinal.i + 1]
                self._place(
                    self._facts(Signal("RANK", "respectively", span), entity), ordinal_value(ordinal.text), span
                )
            used.update(
                id(s) for s in signals if s.label == "RANK" and any(s.span.start <= t.i < s.span.end for t in ordinals)
            )
        return used

    def _paired_places(self, sent: Span, signals: list[Signal], anchors: list[tuple[Token, Entity]]) -> set[int]:
        """Two places joined by "and" right after two people joined by "and", "respectively" left out ("Behind them
        came Joy Veenstra and Iris Bakhuis, fourth and fifth", "with Veenstra and Bakhuis fourth and fifth"): in
        order. Returns the signals used."""
        if any(t.lower_ == "respectively" for t in sent):
            return set()
        for first in sent[:-2]:
            second = self.doc[first.i + 2]
            if not (
                self.lowers[first.i + 1] == "and"
                and first.is_alpha
                and second.is_alpha
                and ordinal_value(first.text) is not None
                and ordinal_value(second.text) is not None
            ):
                continue
            before = [(t, e) for t, e in sorted(anchors, key=lambda a: a[0].i) if t.i < first.i]
            if len(before) < 2:
                return set()
            (one, a), (two, b) = before[-2:]
            between = self.lowers[one.i + 1 : two.i]
            if a is b or "and" not in between or any(t.is_punct for t in self.doc[one.i : two.i]):
                return set()
            if any(t.i in self.mention_at or t.lower_ in ("were", "was") for t in self.doc[two.i + 1 : first.i]):
                return set()  # "A and B were fourth and fifth" is read by its verb
            places = self.doc[first.i : second.i + 1]
            if self._background(places) or self._provisional(places):
                return set()
            for entity, ordinal in ((a, first), (b, second)):
                span = self.doc[ordinal.i : ordinal.i + 1]
                self._place(
                    self._facts(Signal("RANK", "respectively", span), entity), ordinal_value(ordinal.text), span
                )
            return {id(s) for s in signals if s.label == "RANK" and s.span.start <= second.i and s.span.end > first.i}
        return set()

    def _listed_before(self, value: Signal, signals: list[Signal]) -> list[Signal]:
        """The times and bare numbers listed before a gap or time, which take its kind and unit ("31.0 and
        33.6 seconds behind", "1.86sec and 2.40sec off the pace")."""
        listed: list[Signal] = []
        i = value.span.start
        while i >= 2 and self.doc[i - 1].lower_ in ("and", ","):
            before = next((s for s in signals if s.label == "TIME" and s.span.end == i - 1), None)
            if before is None and re.fullmatch(r"\d+\.\d+", self.doc[i - 2].text):
                before = Signal(value.label, "shared unit", self.doc[i - 2 : i - 1])
            if before is None or before in listed:
                break
            listed.insert(0, before)
            i = before.span.start
        return listed

    @staticmethod
    def _people_listed(
        anchors: list[tuple[Token, Entity]], before: int | None = None, after: int | None = None
    ) -> list[Entity]:
        """The distinct people named before (or after) a token position, in text order."""
        listed: list[Entity] = []
        for token, entity in sorted(anchors, key=lambda a: a[0].i):
            inside = (before is None or token.i < before) and (after is None or token.i > after)
            if inside and entity not in listed:
                listed.append(entity)
        return listed

    def _podium_list(self, sent: Span, anchors: list[tuple[Token, Entity]]) -> None:
        """ "The podium is Noh, Haverkamp and Arnold": up to three names listed after 'podium' are ranks 1-3; so are
        the three subjects of "made up the podium" ("Thibodeau, Anouk Rietveld and Sakura Inoue made up the
        podium")."""
        for signal in self._in_sentence(sent, "PODIUM"):
            following = self.doc[signal.span.end : min(sent.end, signal.span.end + 2)]
            verb = next((t for t in following if t.lower_ in ("is", "was", "were", ":", "reads", "read")), None)
            if verb is None:
                self._podium_made_up(signal, anchors)
                continue
            listed = self._people_listed(anchors, after=signal.span.end)
            # the names follow the verb: not "the last Canadians to reach the podium were led by Bissonnette"
            first = min((t.i for t, e in anchors if listed and e is listed[0]), default=verb.i)
            if not 2 <= len(listed) <= 3 or first - verb.i > PODIUM_LIST_REACH or self._background(signal.span):
                continue
            for rank, entity in enumerate(listed, 1):
                self._place(self._facts(signal, entity), rank, signal.span)

    def _podium_made_up(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        """Three people, the subjects of "made up" (or "formed", "filled") "the podium", take ranks 1-3 in the
        order named."""
        verb = signal.root.head
        if signal.root.dep_ != "dobj" or verb.lemma_ not in PODIUM_MAKING_VERBS or self._background(signal.span):
            return
        listed = self._people_listed(
            [(t, e) for t, e in anchors if any(a.dep_ == "nsubj" and a.head == verb for a in (t, *t.ancestors))],
            before=verb.i,
        )
        if len(listed) == 3:
            for rank, entity in enumerate(listed, 1):
                self._place(self._facts(signal, entity), rank, signal.span)

    def _on_time(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        """A time goes to the athlete nearest it in the sentence, not to one it is compared with ("behind
        X") or one beaten ("overtaking X on the last lap to finish in 1:24.617", but "edged X, who took silver
        in 34.45"), unless nobody else is named."""
        if self._non_result_time(signal):
            return
        compared = {
            e.key
            for child in signal.root.children
            if child.lower_ in COMPARISONS
            for t, e in anchors
            if t in child.subtree
        }
        beaten = self._beaten(signal, anchors)
        beaten |= {  # "Japan stopped the clock at 2:55.46, the Dutch at 2:55.91": the Dutch own the later time
            e.key
            for later in self._in_sentence(signal.span.sent, "TIME")
            if later.span.start > signal.span.end and (e := self._gapped_owner(later, anchors)) is not None
        }
        whose = self._whose_time(signal)
        owner = (
            whose
            or self._side_of_a_score(signal, anchors)
            or self._bracketed_owner(signal, set())  # "beating American Cole Whitaker (1:07.41)": his, beaten or not
            or self._compared_owner(signal, set())  # "won gold in 1:26.105, ahead of Sem de Graaf in 1:26.233"
            or self._gapped_owner(signal, anchors)
            or self._placed_just_before(signal)
            or self._winner_of(signal, compared | beaten)
            or self._owner(signal, anchors, exclude=compared | beaten)
            or self._owner(signal, anchors, exclude=compared)
        )
        if owner is None:
            return
        try:
            duration = self._colon_decimals(parse_duration(signal.span.text), signal)
        except TimeParseError:
            return
        if duration.seconds < MIN_RACE_SECONDS:
            return
        for athlete in self._sharing(owner, anchors, signal):
            self._set_time(signal, athlete, duration)
        facts = self._facts(signal, owner) if whose is not None else None
        if facts is not None and "winning" in self.lowers[max(0, signal.span.start - 3) : signal.span.start]:
            facts.winner, facts.win_span = True, facts.win_span or signal.span  # "Mio Kuroda's winning time of 1:53.66"

    def _colon_decimals(self, duration: Duration, signal: Signal) -> Duration:
        """A skating time written with a colon for the decimal point ("Novak won it in 1:58:42" in a 1500m): hours
        and minutes are no time over an oval's or a short track's distance, minutes, seconds and hundredths are
        one skated at a skater's speed."""
        match = re.fullmatch(r"(\d{1,2}):(\d{2}):(\d{2})", signal.span.text)
        distance = self.current.key.distance if self.current is not None else None
        speeds = SKATING_SPEEDS.get(self.sport)
        if match is None or speeds is None or not distance or distance > 10_000:
            return duration
        minutes, seconds, hundredths = map(int, match.groups())
        skated = minutes * 60 + seconds + hundredths / 100
        return Duration(skated, 2) if speeds[0] <= distance / skated <= speeds[1] else duration

    def _side_of_a_score(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> Entity | None:
        """The side a time of a score stands for ("Japan beat the Netherlands in the final, 2:51.76 to 2:52.40"):
        the first time the winner's, the one after "to" the beaten side's, or the side it is written as ("3:39.12
        to the Americans' 3:40.03")."""
        span, sent = signal.span, signal.span.sent
        times = {s.span.start: s for s in self._in_sentence(sent, "TIME")}
        possessor = self._score_possessor(span.start, sent)
        to = possessor.start - 1 if possessor is not None else span.start - 1
        after = self.lowers[span.end : span.end + 1] == ["to"] and any(
            start == span.end + 1
            or (side := self._score_possessor(start, sent)) is not None
            and side.start == span.end + 1
            for start in times
        )
        before = to > sent.start and self.lowers[to] == "to" and any(s.span.end == to for s in times.values())
        if not (after or before):
            return None
        if before and possessor is not None:
            named = next((e for t, e in anchors if possessor.start <= t.i < possessor.end), None)
            if named is not None:
                return named
        verb = next((t for t in reversed(self.doc[sent.start : span.start]) if _beats(t) and t.pos_ == "VERB"), None)
        if verb is None or verb.dep_ == "relcl":
            return None  # not "Bosma, who beat Vondrackova at the World Cup here in December, 6:54.02 to 6:55.40"
        side = [c for c in verb.children if c.dep_ == ("nsubj" if after else "dobj")]
        if not side and after and verb.dep_ in ("advcl", "xcomp", "conj"):  # "Italy took bronze, beating the Dutch"
            side = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return next((e for t, e in anchors for c in side if t in c.subtree), None)

    def _score_possessor(self, time_start: int, sent: Span) -> Span | None:
        """The side written with a possessive before a time of a score, after "to" ("to the Americans' 3:40.03",
        "to Japan's 2:52.40"): the words between."""
        i = time_start - 1
        if i <= sent.start or self.lowers[i] not in POSSESSIVES:
            return None
        to = next((j for j in range(i - 1, max(sent.start, i - 5) - 1, -1) if self.lowers[j] == "to"), None)
        return self.doc[to + 1 : i] if to is not None and to + 1 < i else None

    def _whose_time(self, signal: Signal) -> Entity | None:
        """The athlete a time is said to be of, whoever the sentence is about: "1.02 seconds off Mio Kuroda's
        winning time of 1:53.66", "off the winning time of 1:53.66 set by Japan's Mio Kuroda"."""
        root = signal.span.root
        holders = {root}
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in TIME_NOUNS:
            holders.add(root.head.head)
        for holder in holders:
            owners = [c for c in holder.children if c.dep_ == "poss" and holder is not root] + [
                person
                for acl in holder.children
                if acl.dep_ == "acl"
                for agent in acl.children
                if agent.dep_ == "agent"
                for person in agent.children
                if person.dep_ == "pobj"
            ]
            found = next((self._person_at(t.i) for t in owners if t.i in self.mention_at), None)
            if found is not None:
                return found
        return None

    def _beaten_one_before(self, pronoun: Token) -> Entity | None:
        """Whom an object pronoun of a verb of beating stands for: the last person its sentence names before it
        who is no subject ("taking gold ahead of Dutchman Jelle Brouwer, beating him by five hundredths"), else
        the one the sentences before were about ("Finch clocked 1:07.93. But Nowicki pipped him")."""
        sent = pronoun.sent
        named = [
            m for m in self.mentions if sent.start <= m.start < pronoun.i and m.root.dep_ not in ("nsubj", "nsubjpass")
        ]
        if named:
            return self._person_at(named[-1].start)
        return self._find_antecedent(self.doc[sent.start], None)

    def _gapped_owner(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> Entity | None:
        """The athlete of an elided clause: "... and Fabbri third in 1:47.88", "... and Austria's Lengauer
        third, 0.60 behind", "... and Botswana's Sekgoma bronze in 9.86"; after a time, also unplaced
        ("Japan stopped the clock at 2:55.46, the Dutch at 2:55.91")."""
        placed = False
        anchored = {t.i: e for t, e in anchors}
        sent = signal.span.sent
        for i in range(signal.span.start - 1, max(sent.start, signal.span.start - 5) - 1, -1):
            token = self.doc[i]
            entity = self._person_at(i) if i in self.mention_at else anchored.get(i)
            if entity is not None:
                return entity if placed or self._elided_after_time(i, sent) else None
            if ordinal_value(token.text) is not None or token.lower_ in MEDAL_RANK:
                placed = True
            elif token.text not in (",", "in", "at"):
                return None
        return None

    def _elided_after_time(self, i: int, sent: Span) -> bool:
        """Whether the name ending at token i opens a clause without a verb after a comma or "and" that
        follows a time ("..., the Dutch at 2:55.91")."""
        while i > sent.start and (i in self.mention_at or self.doc[i].pos_ in ("DET", "PROPN", "PART")):
            i -= 1
        return self.doc[i].lower_ in (",", "and", ";") and any(s.span.end <= i for s in self._in_sentence(sent, "TIME"))

    def _set_time(self, signal: Signal, owner: Entity, duration: Duration) -> None:
        facts = self._facts(signal, owner)
        if facts is None:
            return
        total = any(t.lower_ in TOTAL_WORDS for t in self.doc[max(0, signal.span.start - 4) : signal.span.start])
        if (
            facts.time is None
            or facts.derived
            or total
            and duration.seconds > facts.time.seconds
            or self._corrects(signal.span)
        ):
            facts.time, facts.derived = duration, False
            facts.evidence = [e for e in facts.evidence if e["field"] != "time"]
            facts.note("time", signal.span)
        elif abs(facts.time.seconds - duration.seconds) > 0.005:
            facts.other_times.append((duration, signal.span))

    def _misreported(self, span: Span) -> bool:
        """Whether a correction says a value is what the story had wrongly said ("Correction: ... The article also
        said Julia Kaczmarek finished fifth; she was fourth.")."""
        return self._corrects(span) and any(
            verb.lemma_ in MISREPORTING_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ in STORY_NOUNS for c in verb.children)
            for verb in (span.root, *span.root.ancestors)
        )

    def _corrects(self, span: Span) -> bool:
        """Whether the line of a value says it corrects an earlier one ("14:07 CORRECTION: Hoshino's time is
        37.19, not 37.91")."""
        text = doc_text(self.doc)
        line = text[text.rfind("\n", 0, span.start_char) + 1 : span.start_char].lower()
        return any(word in line for word in CORRECTION_WORDS)

    def _winner_of(self, signal: Signal, exclude: set[int]) -> Entity | None:
        """The athlete (or team) already found to have won with the verb a time hangs from ("Poland's Kaczmarek,
        Lis and Sobczak won in 1:25.48 ahead of China, while Japan were third": not Japan, whom the parse puts
        nearer)."""
        verb, head = self._clause_head(signal.root), signal.root.head
        if head != verb and not (head.dep_ == "prep" and head.head == verb):
            return None  # "ahead of China (1:25.91)"
        return next(
            (
                f.entity
                for race in self.races
                for f in race.facts.values()
                if f.win_span is not None and f.win_span.root == verb and f.entity.key not in exclude
            ),
            None,
        )

    def _part_in_brackets(self, span: Span) -> bool:
        """Whether a time is one of several in brackets right after a time or gap, its parts ("1:42.18 (51.37,
        50.81)", "+0.31 (50.94, 51.55)": a two-run total and its runs)."""
        lowers, doc = self.lowers, self.doc
        start = span.start - 1
        while start > 0 and (lowers[start] in (",", ";", "and", "+") or LIST_TIME.fullmatch(doc[start].text)):
            start -= 1
        if doc[start].text != "(" or not any(s.label in ("TIME", "GAP") and s.span.end == start for s in self.signals):
            return False
        end = start + 1
        while end < len(doc) and doc[end].text != ")" and not doc[end].is_space:
            end += 1
        return sum(bool(LIST_TIME.fullmatch(t.text)) for t in doc[start + 1 : end]) >= 2

    def _non_result_time(self, signal: Signal) -> bool:
        """A lap, split, season best, old record or other non-result value near the time."""
        span = signal.span
        sent = span.sent
        if self._under_a_split_label(signal) or self._part_in_brackets(span):
            return True
        following = self.doc[span.end : min(span.end + 2, sent.end)]
        if len(following) == 2 and following[0].text in PASSING_MARKS and LIST_TIME.fullmatch(following[1].text):
            return True  # "Japan: 20.1 - 51.0 - 1:22.1 - 1:53.4 - 2:24.8 - 2:56.48": passing times up to the last
        before = span.start - 1
        while before > sent.start and self.lowers[before] in APPROXIMATE_FILLERS:
            before -= 1
        if before >= sent.start and any(s.label == "APPROX" and s.span.end == before + 1 for s in self.signals):
            return True  # "in a little over 1 minute, 57 seconds", "in about 37 seconds": no exact time
        after = span.end
        while (
            after < sent.end
            and after - span.end < 4
            and (self.lowers[after] in (",", "or", "and") or LIST_TIME.fullmatch(self.doc[after].text))
        ):
            after += 1
        if after < sent.end and self.lowers[after] in ANAPHOR_NOUNS and self.doc[after].pos_ == "NOUN":
            return True  # "She's been a 1:54, 1:55 skater for two years": what kind of skater, not a result
        if self._set_elsewhere(span.root, ("from",)):
            return True  # "Kees Molenaar's 12:34.12 from Salt Lake": a time brought from another race
        described = span.root.head
        if span.root.dep_ == "appos" and described.lemma_ in ("record", "best") and described.dep_.startswith("nsubj"):
            return True  # "The Asian record in the event, 1:44.02, belongs to China's Liang Wenhao"
        subject = next((c for c in described.children if c.dep_ == "nsubj"), None)
        if (
            span.root.dep_ == "attr"
            and subject is not None
            and subject.lemma_ in TIME_NOUNS
            and self._set_elsewhere(subject)
        ):
            return True  # "Tennant's time in Nagano was 1:52.40": a time set at a place the lede does not name
        if span.root.dep_ == "attr" and subject is not None and subject.lemma_ in ("record", "best"):
            return True  # "The old record was Ada Brink's 1:13.56", "The track record is still Pieter's 33.61"
        clause = self._clause_head(span.root)
        if clause.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lower_ in ("record", "best") and not _best_of_a_group(c) for c in clause.children
        ):
            return True  # "The old Polish record was Agnieszka Sowa's, 37.55", "Timmerman's best in Thialf was 6:18.40"
        if any(
            0 <= span.start - s.span.end <= 1 and self._next_passage(s.span)
            for s in self._in_sentence(sent, "DISTANCE")
        ):
            return True  # "..., and 600m in 41.90"
        for other in self._in_sentence(sent, "NONRESULT"):
            if other.kind == "split" and self._championship_distance(other.span):
                continue  # "won the closing 5000m in 6:54.12" at an allround championship: a distance race
            if other.kind == "split" and any(
                0 <= s.span.start - other.span.end <= 2 for s in self._in_sentence(sent, "COMPETITION")
            ):
                continue  # "at the season-opening IBU World Cup in 20:41.3": the meeting, not a part of the race
            if other.kind == "record value":
                if other.span.end <= span.start and span.start - other.span.end <= 2:
                    before = self.doc[max(sent.start, other.span.start - 5) : other.span.start]
                    if not any(t.lower_ in RESULT_VERBS for t in before) or any(
                        s.label == "NONRESULT" and s.kind == "reference" and s.span.start >= before.start
                        for s in self._in_sentence(sent, "NONRESULT")
                    ):
                        return True
                continue
            if other.kind == "unit":
                if 0 <= other.span.start - span.end <= 1:
                    return True
                continue
            if (
                other.kind == "reference"
                and 0 <= other.span.start - span.end <= 2
                and self.lowers[max(sent.start, span.start - 3) : span.start] != ["winning", "time", "of"]
            ):
                return True  # not "the winning time of 1:53.66 set by Japan's Mio Kuroda"
            if other.kind in ("negated", "target", "labelled best") and other.span.start <= span.start < other.span.end:
                return True  # "Hoshino's time is 37.19, not 37.91", "needed 37.40 or better to win", "PB 1:57.84"
            if (
                other.kind == "season best"
                and span.root.dep_ == "nsubj"
                and span.root.head.lemma_ == "be"
                and other.root in span.root.head.subtree
            ):
                return True  # "His 34.56sec in Salt Lake City is the third-fastest 500 this season"
            if 0 <= span.start - other.span.end <= 4 and other.kind != "unit":
                between = self.doc[other.span.end : span.start]
                if not any(t.i in self.mention_at or t.pos_ == "VERB" for t in between):
                    return True
            verb = other.root.head
            if other.kind == "split" and other.root.dep_ == "nsubj" and verb in (span.root.head, span.root.head.head):
                return True  # "His standing stage took 24.9 seconds"
            if other.kind == "split" and self._describes_the_time(span, other.span):
                return True  # "clocked 1min 13.23sec on a steep, icy second run"
            clause = self._clause_head(span.root)
            if (
                other.kind == "split"
                and clause.dep_ == "relcl"
                and other.span.start <= clause.head.i < other.span.end
                and any(c.tag_ == "WDT" for c in clause.children)
            ):
                return True  # "through 8K, which went by in 23:52"
            which = next((c for c in clause.children if c.tag_ == "WDT" and c.i < clause.i), None)
            if other.kind == "split" and which is not None and other.span.end in (which.i - 1, which.i):
                return True  # "up at halfway, which he passed in 3:19.40", however the parser attached the clause
        return False

    def _under_a_split_label(self, signal: Signal) -> bool:
        """Whether a time follows, in its sentence, a label that is a split of the current race ("1100m: Brouwer
        1:22.9, Morimoto 1:23.1" in a live blog of a 1500m)."""
        for distance in self._in_sentence(signal.span.sent, "DISTANCE"):
            end = distance.span.end
            if end < signal.span.start and self.lowers[end] == ":" and (key := self._race_key_of(distance)) is not None:
                return self._split_of_current(key, distance)
        return False

    def _describes_the_time(self, time: Span, phrase: Span) -> bool:
        """Whether a phrase after a time says what it was the time of ("1:13.23 on a steep, icy second run",
        "28.6 seconds, the fastest lap")."""
        between = self.doc[time.end : phrase.start]
        total = any(t.lower_ in TOTAL_WORDS for t in self.doc[max(0, time.start - 4) : time.start])
        return (
            0 < len(between) <= 6
            and (
                between[0].lower_ in ("on", "in", "during", "over")
                or between[0].text == ","
                and not total
                and not any(t.like_num for t in phrase)
            )
            and all(t.pos_ in ("DET", "ADJ", "ADV", "PRON") or t.text == "," for t in between[1:])
        )

    def _on_gap(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        span = signal.span
        try:
            duration = parse_duration(span.text)
        except TimeParseError:
            return
        words = {t.lower_ for t in span} | ({"+"} if span.text.startswith("+") else set())
        prev = self.doc[max(span.sent.start, span.start - 2) : span.start]
        marked = any(s.label == "APPROX" and s.span.end in (span.start, span.start - 1) for s in self.signals) or any(
            t.lower_ in ("nearly", "almost", "about", "around", "roughly", "over", "under") for t in prev
        )
        approximate = signal.kind == "vague" or marked or bool(words & APPROXIMATE_WORDS)  # "by more than 11.84"
        whole = signal.kind == "vague" and not marked and span[0].lower_ not in ("a", "half")
        after = self.doc[span.end : min(span.sent.end, span.end + 8)]
        reference = None
        team_race = self._race_for(span).key.discipline in TEAM_DISCIPLINES
        # "behind the Dutchman": a description, not a pronoun ("at +0.15, who came from nowhere")
        described = {t.i: e for t, e in anchors if t.i not in self.mention_at and t.pos_ != "PRON"}
        titled = None  # "behind gold medallist Sem Pronk": the medal of this race the one ahead won
        for token in after:
            if token.lower_ in MEDAL_RANK and token.i + 1 < len(self.doc) and self.lowers[token.i + 1] in MEDALLIST:
                titled = token
            if token.i in self.mention_at:
                reference = self._person_at(token.i)
                break
            if (
                token.i in described
                and not team_race
                and not any(t.i in self.mention_at for t in token.head.subtree)  # "the Norwegian winner Ingrid Skaar"
            ):
                reference = described[token.i]
                break
            if team_race and token.i in self.nation_tokens:
                nation = next(s for s in self.signals if s.label == "NATION" and s.span.start <= token.i < s.span.end)
                reference = self._team(nation.kind, nation.span)
                break
            if (
                token.lower_ in ("the", "of", "than", "to", "behind", "ahead", "on", "from", ",", "'s", "’s", "'", "’")
                or token.lower_ in ("slower", "quicker", "faster")  # "one hundredth of a second slower than Blake"
                or token.lower_ in ("winner", "winning", "champion", "leader", *MEDALLIST, *MEDAL_RANK)
                or token.lower_ in COMPETITOR_NOUNS | {"compatriot", "teammate", "team-mate"}  # "Dutch skater X"
                or token.i in self.nation_tokens
                or token.lower_ == "over"
                and signal.kind == "by"  # "won by 0.08 seconds over Laurens Mol"
            ):
                continue
            if token.lower_ in ("her", "his") and token.i + 1 < len(self.doc):
                continue
            if token.lower_ in PARTICLES and token.i + 1 in self.mention_at:  # "0.21 seconds behind de Graaf"
                continue
            break
        clause = self._clause_head(span.root)
        if any(
            other.kind == "split"
            and (
                other.root.dep_ == "nsubj"
                and other.root.head == clause
                or 0 <= other.span.start - span.end <= 3
                and any(t.lower_ in ("at", "through") for t in self.doc[span.end : other.span.start])
            )
            for other in self._in_sentence(span.sent, "NONRESULT")
        ):
            return  # "The Canadian's opener was a hundredth slower", "led by 3.2 seconds at the checkpoint": a split's
        if self._to_the_podium(span, after):
            owner = self._owner(signal, anchors)
            if owner is not None:
                race = self._race_for(span, owner)
                race.of(owner, span.start)
                race.gaps.append(Gap(owner, None, duration, approximate, span, ahead_rank=3))
            return
        ahead = bool(words & GAP_AHEAD) or any(t.lower_ in ("ahead", "clear") for t in after[:1])
        cumulative = (
            any(t.lower_ in ("further", "another") for t in prev)
            or bool(words & {"further", "another", "still"})
            or any(t.lower_ in ("further", "still") for t in after[:2])
        )
        owner_exclude = {reference.key} if reference else set()
        by = signal.kind == "by" or span.start > 0 and self.lowers[span.start - 1] == "by"
        over = (
            next((self._person_at(t.i) for t in after[1:6] if t.i in self.mention_at), None)
            if by and after and after[0].lower_ == "over"
            else None
        )
        if over is not None:
            # "good enough for bronze by four-hundredths of a second over South Korea's Yang Ho-jun": Yang behind
            owner = self._owner(signal, anchors, exclude={over.key})
            if owner is not None:
                race = self._race_for(span, owner)
                race.gaps.append(Gap(over, owner, duration, approximate, span))
                behind = race.of(over, span.start)
                if clause.lemma_ == "win":  # "Kwon won by 0.08 seconds over Laurens Mol": Mol second
                    self._place(behind, 2, span)
            return
        if signal.kind == "by":
            verb = span.root.head
            beaten = [t for t in self.doc[span.sent.start : span.start] if _beats(t)] + [
                s.span[0]  # "to push Dutch favourite Merel Dijkstra into second by 1.21 seconds"
                for s in self._in_sentence(span.sent, "RANK")
                if s.kind == "object" and 0 <= span.start - s.span.end <= 1
            ]
            if beaten and verb.lemma_ == "win" and verb.i > beaten[-1].i:
                beaten = []  # "was passed by Xu on the final lap but came back ..., winning by 0.066 seconds"
            if beaten:
                target = None
                pronouns = {
                    t.i: e
                    for t in beaten[-1].children
                    if t.dep_ == "dobj" and t.lower_ in ("him", "her")
                    for e in [self._beaten_one_before(t)]
                    if e is not None
                }
                for token in self.doc[beaten[-1].i + 1 : span.start]:
                    if token.i in self.mention_at and not (team_race and self._team_owner(self.mention_at[token.i])):
                        target = self._person_at(token.i)
                        break
                    if token.i in pronouns:  # "Nowicki pipped him to bronze by two hundredths"
                        target = pronouns[token.i]
                        break
                    if team_race and token.i in self.nation_tokens:
                        nation = next(
                            s for s in self.signals if s.label == "NATION" and s.span.start <= token.i < s.span.end
                        )
                        target = self._team(nation.kind, nation.span)
                        break
                owner = self._owner(signal, anchors, exclude={target.key} if target else set())
                if target is not None and owner is not None:
                    race = self._race_for(span, owner)
                    if team_race:
                        owner = self._as_team(owner) or self._last_team(race) or owner
                    race.of(target, span.start)
                    if any(c.dep_ in ("nsubjpass", "auxpass") for c in beaten[-1].children):
                        # "Hayashi was beaten into second by Coles by two hundredths": the subject is behind
                        race.gaps.append(Gap(owner, target, duration, approximate, span))
                        return
                    race.gaps.append(Gap(target, owner, duration, approximate, span))
                    won = beaten[-1].head
                    if (
                        beaten[-1].dep_ == "advcl"
                        and won.lemma_ == "win"
                        and not any(c.lower_ in ("silver", "bronze", "medal") for c in won.children)
                    ):  # "won in 1:08.19, beating Aasen by 0.03"; not "won bronze, holding off Brouwer by 0.02"
                        self._place(race.of(target, span.start), 2, span)
                return
            if verb.lemma_ in ("win", "lead", "triumph"):
                owner = self._owner(signal, anchors, exclude=owner_exclude)
                if owner is None:
                    return
                race = self._race_for(span, owner)
                race.gaps.append(Gap(reference, owner, duration, approximate, span))
                if reference is not None and verb.lemma_ == "win":
                    self._place(race.of(reference, span.start), 2, span)
            return
        owner = self._gapped_owner(signal, anchors) or self._owner(signal, anchors, exclude=owner_exclude)
        if owner is None:
            return
        race = self._race_for(span, owner)
        if any(g.behind is owner and g.span.sent.start == span.sent.start for g in race.gaps):
            owner = self._later_subject(signal, anchors, owner) or owner  # "X took silver, 0.19 behind, while Y ..."
        if race.key.discipline in TEAM_DISCIPLINES:
            named = next(
                (
                    m
                    for m in self.mentions
                    if span.sent.start <= m.start < span.start and self.entity_at.get(m.start) is owner
                ),
                None,
            )  # "Austria (Pichler, Gruber, and doubles Eder and Wallner) were 0.201 seconds back"
            team = (
                self._as_team(owner)
                or self._crew_team(owner, span.sent)
                or (self._team_named_before(named, since=span.sent.start_char) if named is not None else None)
                or self._last_team(race)
            )
            owner, reference = team, self._as_team(reference)
            if owner is None or owner is reference:
                return
        race.of(owner, span.start)
        if titled is not None and reference is not None and (reference.key < 10_000 or team_race):
            race.of(reference, span.start).award(titled.lower_, self.doc[titled.i : titled.i + 1])
        if cumulative and reference is None:
            reference = self._previous_athlete(race, owner, span.start_char)
        if ahead:
            if reference is not None:
                race.of(reference, span.start)
            race.gaps.append(Gap(reference, owner, duration, approximate, span, whole_seconds=whole))
            return
        slower = "slower" in words or any(t.lower_ == "slower" for t in after[:1])
        last = self._previous_athlete(race, owner, span.start_char) if slower and reference is None else None
        named_winner = any(t.lower_ in ("winner", "winning", "champion", "leader") for t in after[:4])
        if reference is None and not (cumulative or named_winner) and race.of(owner, span.start).time is None:
            reference = self._timed_before_in_sentence(race, owner, span)
        for athlete in [owner] if owner.key >= 10_000 else self._sharing(owner, anchors, signal):
            race.of(athlete, span.start)
            race.gaps.append(Gap(athlete, reference, duration, approximate, span, last_timed=last, whole_seconds=whole))

    def _team_owner(self, mention: Span) -> bool:
        """Whether a name is the possessor of a team named after it ("Lee's South Korean team"): the team is meant."""
        end = mention.end
        return self.lowers[end] in POSSESSIVES and bool(TEAM_NOUNS.intersection(self.lowers[end + 1 : end + 4]))

    def _to_the_podium(self, span: Span, after: Span) -> bool:
        """Whether a gap is measured to third place ("0.07 off the podium", "1.23 seconds outside the medals",
        "missed the podium by eight hundredths of a second")."""
        directions = ("off", "outside", "short", "away")
        # the direction in the gap or right after it ("four tenths of a second off the bronze", "0.19sec away from
        # the bronze"), and the words after it
        tokens = [*span, *after[:1]]
        at = next((k for k, t in enumerate(tokens) if t.lower_ in directions), None)
        rest = [*span, *after][at + 1 : at + 4] if at is not None else []
        following = [t for t in rest if t.lower_ not in ("the", "a", "of", "from")][:1]
        if following and following[0].lower_ in PODIUM_PLACES:
            return True
        by = span[0] if span[0].lower_ == "by" else span.doc[span.start - 1] if span.start else None
        verb = by.head if by is not None and by.lower_ == "by" else None
        return (
            verb is not None
            and verb.lemma_ == "miss"
            and any(c.lower_ in PODIUM_PLACES for c in verb.children if c.dep_ == "dobj")
        )

    def _on_rank(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        """A stated place; not a place someone came from ("charging from eighth place after the opening leg")
        or a standing as it stands ("Montferrand climbs to third overall", "Voskuil drops to second")."""
        span = signal.span
        before = self.doc[max(span.sent.start, span.start - 3) : span.start]
        moving = any(t.lower_ == "overall" for t in span) or any(t.lemma_ in MOVING_VERBS for t in (span[0], *before))
        head = self._clause_head(span.root)
        if moving and (head.tag_ in ("VBZ", "VBP") or any(c.lower_ in ("has", "have") for c in head.children)):
            return  # a standing as it stands: "climbs to third overall", "Voskuil drops to second", "has moved up to"
        if _counterfactual(self._clause_head(span.root)):
            return  # "Bråten's time would have placed him fourth in the senior race"
        ordinals = [
            t
            for t in span
            if ordinal_value(t.text) is not None
            and (re.fullmatch(r"\d{1,3}(st|nd|rd|th)", t.lower_) or t.lower_.isalpha() or signal.kind == "list")
        ]
        if span.start > 0 and self.doc[span.start - 1].lower_ == "from" or self._on_the_way(span):
            return
        if signal.kind == "list" and self._numbered_heading(span.sent):
            return
        if signal.kind in IMPLIED_RANKS:
            named = next((self.mention_at[i] for i in range(span.start, span.end + 1) if i in self.mention_at), None)
            # "Bettinelli held off Canada's Renée Dufresne for the final podium place": not the one held off
            owner = (
                self.entity_at.get(named.start)
                if named is not None
                else self._owner(signal, anchors, exclude=self._beaten(signal, anchors))
            )
            if owner is not None:
                self._place(self._facts(signal, owner), IMPLIED_RANKS[signal.kind], span)
                self._held_off_for(signal, owner, anchors)
                # "touching together in 48.62 for a dead heat for the title", "X and Y shared victory"
                if span[0].lower_ == "dead" or span[0].lemma_ == "share":
                    for athlete in self._sharing(owner, anchors, signal)[1:]:
                        self._place(self._facts(signal, athlete), IMPLIED_RANKS[signal.kind], span)
            return
        if signal.kind == "range":
            self._place_range(signal, anchors)
            return
        if signal.kind == "top":
            self._top_places(signal, anchors)
            return
        if signal.kind == "inline list":
            self._inline_list_item(signal)
            return
        if signal.kind == "last of":  # "crossed the line last of the 20 starters"
            following = self.doc[span.end : min(span.end + 6, span.sent.end)]
            if any(
                a.lower_ == "to" and b.lower_ in STARTING_VERBS for a, b in zip(following, following[1:], strict=False)
            ):
                return  # the start order: "the last of the 30 starters to race"
            owner = self._owner(signal, anchors)
            total = word_to_number(span[-1].text)
            if owner is not None and total:
                self._place(self._facts(signal, owner), total, span)
                self._race_for(span).field_size = total
            return
        if not ordinals:
            return
        if signal.kind == "out_of":
            total = [t for t in span if t.like_num and ordinal_value(t.text) is not None][-1:]
            if total and total[0] is not ordinals[0]:
                value = word_to_number(total[0].text)
                if value:
                    self._race_for(span).field_size = value
        if signal.kind == "respectively":
            self._respectively(signal, ordinals, anchors)
            return
        last = ordinals[-1]
        if self.lowers[last.i - 1] in ("a", "an") and last.lower_ in ("first", "second") and span[0].lemma_ == "be":
            return  # "the men's 1,000 metres was a first in three ways", "was a second slower": no place
        following = self.doc[last.i + 1 : min(last.i + 5, span.sent.end)]
        noun = next((t for t in following if t.pos_ in ("NOUN", "PROPN")), None)
        if (
            noun is not None
            and noun.lower_ in NON_RANK_NOUNS
            and self.lowers[noun.i - 1] not in ("this", "that")  # "was ninth this time"
            # "classified only sixth under the mass start rules", "finished 12th with the time 6:24.50": that
            # preposition's noun is no ordinal's
            and not any(t.is_punct or t.lower_ in ("in", "under", "with") for t in following[: noun.i - last.i])
            # "finished fourth and misses a World Cup ticket": the noun of another clause
            and not any(t.pos_ in CLAUSE_BREAKS for t in following[: noun.i - last.i - 1])
            # "settle for fourth for the second time": another ordinal's noun
            and self.lowers[noun.i - 3 : noun.i - 1] != ["for", "the"]
        ):
            return
        nxt = self.doc[last.i + 1] if last.i + 1 < span.sent.end else None
        if nxt is not None and nxt.lower_ == "of" and {"second", "point"} & {t.lemma_ for t in following[1:3]}:
            return  # "was a tenth of a second outside the track record": a fraction
        if (
            signal.kind in ("verb", "in", "object")
            and nxt is not None
            and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
            and nxt.lower_ not in ("place", "position", "overall", "fastest", "out", "spot")
        ):
            return
        if signal.kind == "list":
            owner = next((e for t, e in anchors if t.i >= span.end), None) or self._next_on_line(span)
            if owner is not None and not self._leads_the_line(span, owner):
                return  # an agenda's "4. Head coach's report (Miriam Ostrander)"
            following = self.lowers[span.end : span.end + 2]
            if len(following) == 2 and following[0].isdigit() and following[1] in (".", ")"):
                return  # "Japan, 598. 3. Lee Ha-eun": a points total, the next number the place
        elif signal.kind == "bare" and span.start in self.mention_at:
            owner = self._person_at(span.start)
        elif signal.kind == "bare" and (person := self._person_of_the_nation(span.start)) is not None:
            owner = person  # "and Natalia Wróbel of Poland fifth in 1:54.97": the elided clause's own
        elif signal.kind == "bare" and any(t.i == span.start for t, _ in anchors):
            owner = next(e for t, e in anchors if t.i == span.start)  # "with Canada second and Italy third"
        elif signal.kind == "placed":
            owner = self._next_on_line(span)
        elif signal.kind == "inverted":
            # "while third place went to Isabelle Gagnon (CAN)"; not "Hirano's" of "went to Hirano's compatriot X"
            named_after = (e for t, e in anchors if t.i >= span.end and t.dep_ != "poss")
            owner = next(named_after, None) or self._owner(signal, anchors)
        elif signal.kind == "object":  # "relegating Norway's Ingrid Sletten to second"; "dropped back to third"
            owner = next((e for t, e in anchors if span.start < t.i < span.end), None) or self._owner(signal, anchors)
        elif signal.kind == "points":
            before = [(t, e) for t, e in anchors if 0 < span.start - t.i <= 6]
            owner = before[-1][1] if before else self._owner(signal, anchors)
        else:
            owner = self._owner(signal, anchors)
        if owner is None:
            return
        value = ordinal_value(ordinals[0].text)
        if signal.kind in ("in", "bare"):
            owner = self._named_before_place(signal, owner, value)
        if signal.kind == "in":
            owner = self._ahead_of_the_place(signal, owner, value)
        classification = self._classification_race()
        overall = "overall" in span.text.lower() or self._overall_after(span)
        if classification is not None and (signal.kind == "points" or overall or self._on_points(ordinals[0])):
            facts = classification.of(owner, span.start)
        else:
            facts = self._facts(signal, owner)
        if facts is None:
            return
        # "crossed the line in fourth place but was classified only sixth": the classing is the result
        if facts.rank is None or span[0].lemma_ in RECLASSING_VERBS and facts.rank != value:
            facts.evidence = [e for e in facts.evidence if e["field"] != "rank"]
            facts.rank = value
            facts.note("rank", span)
        if span[0].lemma_ in EDGING_VERBS:  # "Ishikawa edged American Cole Brandt in a fight for fourth place"
            beaten = next((e for t, e in anchors if t.head == span[0] and t.dep_ == "dobj" and e is not owner), None)
            if beaten is not None:
                self._next_place(span, beaten, owner)
        if [t.lower_ for t in self.doc[span.end : span.end + 3]][1:] in (["both", "days"], ["both", "races"]):
            race = self._race_for(span, owner)  # "fourth on both days": every run of the race
            for other in self.races:
                if other is not race and _same_race(other.key, race.key):
                    self._place(other.of(owner, span.start), value, span)
        if any(t.lower_ in TIE_WORDS for t in span) or span.start > 0 and self.doc[span.start - 1].lower_ in TIE_WORDS:
            for athlete in self._sharing(owner, anchors, signal)[1:]:
                self._place(self._facts(signal, athlete), value, span)
        elif signal.kind == "list" and ordinals[0].text.endswith("="):  # "4= Pokorna (CZE) / Ruiter (NED) 37.30"
            for athlete in {e.key: e for t, e in anchors if t.i >= span.end and e is not owner}.values():
                self._place(self._facts(signal, athlete), value, span)

    def _placed_just_before(self, signal: Signal) -> Entity | None:
        """The person of a place stated right before "in" and a time ("Fortier of Canada was fourth in 1:54.52 and
        Natalia Wróbel of Poland fifth in 1:54.97"): the clause's time, elided verb or not, whatever the parse."""
        start = signal.span.start
        if start == 0 or self.lowers[start - 1] != "in":
            return None
        rank = next((s for s in self._in_sentence(signal.span.sent, "RANK") if s.span.end in (start, start - 1)), None)
        if rank is None:
            return None
        if rank.kind == "bare":
            return (
                self._person_at(rank.span.start)
                or self._person_of_the_nation(rank.span.start)
                or self._placed_by(rank)  # "with Magnus Ødegård of Hamar IL second in 35.30"
            )
        # "Isabelle Fortier of Canada was fourth in 1:54.52": the subject of the place's verb
        subjects = [c for c in rank.span[0].children if c.dep_ in ("nsubj", "nsubjpass")]
        return self._person_at(subjects[0].i) if len(subjects) == 1 else None

    def _placed_by(self, signal: Signal) -> Entity | None:
        """The athlete of the story's race a place signal has already been read for, if any."""
        span = signal.span
        return next(
            (
                facts.entity
                for facts in (self.current.facts.values() if self.current else ())
                if any(e["field"] == "rank" and span.start_char <= e["start"] < span.end_char for e in facts.evidence)
            ),
            None,
        )

    def _person_of_the_nation(self, i: int) -> Entity | None:
        """The person named just before "of" and the nation at token i ("Natalia Wróbel of (the) Poland")."""
        if i not in self.nation_tokens:
            return None
        j = i - 1 - (self.lowers[i - 1] == "the")
        return self._person_at(j - 1) if j > 0 and self.lowers[j] == "of" else None

    def _top_places(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        """The last places of a top N, in the order its subjects are named ("Simkova (1:14.51), Aasheim (1:14.88)
        and Rinaldi (1:15.02) completed the top six": fourth, fifth and sixth)."""
        total = word_to_number(signal.span[-1].text)
        verb = self._clause_head(signal.root)
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < signal.span.start]
        subjects += [c for t in subjects for c in t.conjuncts if c.i < signal.span.start]  # however it was parsed
        athletes = list({e.key: e for t, e in sorted(anchors, key=lambda a: a[0].i) if t in subjects}.values())
        if not total or not athletes or len(athletes) > total:
            return
        for place, athlete in enumerate(athletes, start=total - len(athletes) + 1):
            self._place(self._facts(signal, athlete), place, signal.span)

    def _inline_list_item(self, signal: Signal) -> None:
        """A place in a run of numbered names ("Top eight: 1 Vermolen, 2 Hoekman, 3 Moen", "4th place Kim Min-ji
        (KOR) 1:15.66, 5th Sophie Lachance (CAN) 1:15.91"): the name right after the number, in a sentence of two
        such items at least."""
        span = signal.span
        start = span.end + (self.lowers[span.end] in ("place", "position"))  # ", 4th place KIM Min-ji (KOR) 1:15.66"
        mention = self.mention_at.get(start)
        items = [s for s in self._in_sentence(span.sent, "RANK") if s.kind == "inline list"]
        place = ordinal_value(span[-1].text)
        if mention is None or mention.start != start or len(items) < 2 or place is None:
            return
        owner = self.entity_at.get(mention.start)
        facts = self._facts(signal, owner) if owner is not None else None
        self._place(facts, place, span[-1:])

    def _on_the_way(self, span: Span) -> bool:
        """Whether a place is one held at a point of the course ("came off the final bend in third position",
        "was fifth at the bell", a relay's changeover): the place's verb also governs a part of the course."""
        verb = self._clause_head(span.root)
        if verb.lemma_ in ("tag", "hand") and any(c.lower_ in ("off", "over") for c in verb.children):
            return True  # a relay's changeover: "Moreau tagged off to Ravel in third"
        return any(
            t.lower_ in COURSE_PARTS and t.dep_ == "pobj" and t.head.head == verb and not span.start <= t.i < span.end
            for t in verb.subtree
        )

    def _named_before_place(self, signal: Signal, owner: Entity, value: int) -> Entity:
        """The person named right before "in third" when the place found for it belongs to someone already placed
        otherwise in the sentence ("finished fourth ... behind the Norwegian Sindre Haugland in third", "was fifth,
        ahead of the Czech Tereza Novotna, sixth in 37.77")."""
        end = signal.span.start - 1
        if end > 0 and self.doc[end].text == ",":
            end -= 1
        before = self._person_at(end)
        if before is None or before is owner:
            return owner
        facts = self._facts(signal, owner)
        sent = signal.span.sent
        placed = facts is not None and any(
            e["field"] == "rank" and sent.start_char <= e["start"] < sent.end_char for e in facts.evidence
        )
        return before if placed and facts.rank != value else owner

    def _ahead_of_the_place(self, signal: Signal, owner: Entity, value: int) -> Entity:
        """The person a gap behind someone already placed otherwise is said of, for "in fifth" right after that
        someone ("Norway's Ingrid Saether, 0.95 behind Morikawa in fifth" after Morikawa's gold)."""
        mention = self.mention_at.get(signal.span.start - 1)
        if mention is None or self._person_at(mention.start) is not owner or self.current is None:
            return owner
        behind = mention.root.head
        facts = self.current.facts.get(owner.key)
        if (
            mention.root.dep_ != "pobj"
            or behind.lower_ != "behind"
            or facts is None
            or (facts.rank or MEDAL_RANK.get(facts.medal or "")) in (None, value)
        ):
            return owner
        return next((person for t in behind.ancestors if (person := self._person_at(t.i)) is not None), owner)

    def _numbered_heading(self, sent: Span) -> bool:
        """Whether a numbered line is a heading of a listicle ("3. Verbrugge owns the Inzell ice"), not a result:
        a verb and no time, gap or nation code."""
        return any(t.pos_ in ("VERB", "AUX") for t in sent) and not self._in_sentence(sent, "TIME", "GAP", "NATION")

    @staticmethod
    def _place(facts: Facts | None, rank: int, span: Span) -> None:
        """Give an athlete a rank the text implies, unless one is already stated."""
        if facts is not None and facts.rank is None:
            facts.rank = rank
            facts.note("rank", span)

    def _timed_before_in_sentence(self, race: Race, owner: Entity, span: Span) -> Entity | None:
        """The other athlete whose own time the sentence states before a gap with no one named ("Kjaergaard won
        in 4:06.118, Baumann coming home seven hundredths of a second down")."""
        sent = span.sent
        timed = [
            (e["start"], f.entity)
            for f in race.facts.values()
            if f.entity is not owner and f.time is not None and not f.derived
            for e in f.evidence
            if e["field"] == "time" and sent.start_char <= e["start"] < span.start_char
        ]
        return max(timed, key=lambda item: item[0])[1] if timed else None

    def _previous_athlete(self, race: Race, owner: Entity, position: int) -> Entity | None:
        """The athlete whose result (a value or a gap) was stated last before a character offset ("a further
        0.15 behind")."""
        stated = [
            (max(e["start"] for e in f.evidence if e["start"] < position), f.entity)
            for f in race.facts.values()
            if f.entity is not owner and any(e["start"] < position for e in f.evidence)
        ] + [
            (gap.span.start_char, gap.behind)
            for gap in race.gaps
            if gap.behind is not None and gap.behind is not owner and gap.span.start_char < position
        ]
        return max(stated, key=lambda item: item[0])[1] if stated else None

    def _won_championship_distance(self, span: Span) -> bool:
        """Whether a distance of the allround or sprint championship the article reports is said won ("won the
        closing 5000m"): a race, as no stretch of one is won."""
        before = self.doc[max(span.sent.start, span.start - 2) : span.start]
        return any(t.lemma_ == "win" for t in before) and self._championship_distance(span)

    def _points_clause_classification(self, span: Span) -> Race | None:
        """The classification a span's clause scores in points, when the article reports one ("won the closing 5000m
        in 6:54.12 and ended on 161.204 points, ahead of X": X is behind her in the classification)."""
        classification = self._classification_race()
        head = self._clause_head(_attachment(span))
        scored = classification is not None and any(
            s.kind == "unit" and s.span.text.lower() == "points" and self._clause_head(s.root) == head
            for s in self._in_sentence(span.sent, "NONRESULT")
        )
        return classification if scored else None

    def _championship_distance(self, span: Span) -> bool:
        """Whether a span names a distance raced at the allround or sprint championship the article reports ("the
        closing 5000m"), not a stretch of a race."""
        return self._classification_championship() and any(
            s.label == "DISTANCE" and _inside(s.span, span) and self._distance(s.span) in CHAMPIONSHIP_DISTANCES
            for s in self._in_sentence(span.sent, "DISTANCE")
        )

    def _classification_race(self) -> Race | None:
        """The allround or sprint classification the article reports, if it names one: the one the story is
        about when there are two (the women's and the men's), else the one of the current race's gender."""
        current = self.current
        if current is not None and current.key.discipline in CLASSIFICATIONS:
            return current
        classifications = [r for r in self.races if r.key.discipline in CLASSIFICATIONS]
        gender = current.key.gender if current is not None else None
        same = [r for r in classifications if gender is not None and r.key.gender == gender]
        return (same or classifications or [None])[0]

    def _leads_the_line(self, span: Span, owner: Entity) -> bool:
        """Whether a numbered line's person (or team) comes before words in lower case after the number ("1. Jutta
        Leerdam (NED)", "4. (tie) Piotr Mazur"; not "4. Head coach's report (Miriam Ostrander)")."""
        start = next((m.start for m in owner.mentions if m.start >= span.end), None)
        return start is None or sum(t.is_alpha and t.is_lower for t in self.doc[span.end : start]) < 2

    def _next_on_line(self, span: Span) -> Entity | None:
        """The first person named after a span on the same line, even past a sentence break ("1." | "Lukas ...")."""
        for token in self.doc[span.end : min(len(self.doc), span.end + 12)]:
            if "\n" in token.text:
                return None
            if token.i in self.mention_at:
                return self._person_at(token.i)
        return None

    def _respectively(self, signal: Signal, ordinals: list[Token], anchors: list[tuple[Token, Entity]]) -> None:
        """ "Kiss and Boerma's compatriot Mirjam Kuipers were sixth and seventh": the people listed before take the
        places in order, not the possessor of a person noun."""
        listed = [(t, e) for t, e in anchors if not self._possessor_of_a_person_noun(t)]
        people = self._people_listed(listed, before=signal.span.start)[-len(ordinals) :]
        if len(people) != len(ordinals):
            return
        for entity, ordinal in zip(people, ordinals, strict=False):
            facts = self._facts(signal, entity)
            if facts is not None and facts.rank is None:
                facts.rank = ordinal_value(ordinal.text)
                facts.note("rank", signal.span)

    def _possessor_of_a_person_noun(self, token: Token) -> bool:
        """Whether a name is the possessor of a person noun ("Boerma's compatriot"), however the parser attached it."""
        mention = self.mention_at.get(token.i)
        end = mention.end if mention is not None else token.i + 1
        return end + 1 < len(self.doc) and self.lowers[end] in POSSESSIVES and end + 1 in self.person_noun_tokens

    def _place_range(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        """ "X, Y and Z filled places four to six": the people listed before take the places in order."""
        first, last = (ordinal_value(t.text) or word_to_number(t.text) for t in (signal.span[-3], signal.span[-1]))
        if first is None or last is None or last <= first:
            return
        people = self._people_listed(anchors, before=signal.span.start)[-(last - first + 1) :]
        if len(people) != last - first + 1:
            return
        for rank, entity in enumerate(people, first):
            self._place(self._facts(signal, entity), rank, signal.span)

    def _on_win(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        """A win of the race; not a hoped or denied one, a medal of another colour, a heat, or a contest
        within the race ("winning a sprint for third")."""
        span = signal.span
        before = [t.lower_ for t in self.doc[max(span.sent.start, span.start - 2) : span.start]]
        if (
            before[-1:]
            and before[-1] in NEGATED_WIN
            or before[-2:-1]
            and before[-1] == "to"
            and before[-2] in HOPED_WIN
        ):
            return
        nxt = self.doc[span.end : min(span.end + 3, span.sent.end)]
        if any(t.lower_ in MEDAL_NOUNS - {"gold"} for t in nxt):
            return
        if signal.kind == "title" and span.root.dep_ == "pobj" and span.root.head.lower_ != "as":
            return  # "Priya Nand, who's with the new world champion": someone beside the champion
        if (
            span.root.pos_ == "NOUN"
            and span.root.head.lower_ == "with"
            and any(
                s.kind in ("silver", "bronze") and self._clause_head(s.root) == self._clause_head(span.root.head)
                for s in self._in_sentence(span.sent, "MEDAL")
            )
        ):
            return  # "took the bronze with an 8-4 win over Canada": the means of another place
        if any(t.lower_ in ("heat", "semifinal", "semi", "quarterfinal") for t in nxt) and self._race_for(
            span
        ).run.round in (None, "final"):
            return  # "won her heat" is no win of the final, but is of a semi-final the sentence is about
        if len(nxt) > 1 and (
            nxt[0].lower_ in ("a", "an")
            and nxt[1].lower_ in CONTESTS
            or nxt[0].lower_ in ("the", "that", "this", "their", "her", "his")
            and nxt[1].lower_ in PAIR_CONTESTS
        ):
            return  # "winning a sprint for third", "Fraser won that duel in 6:55.01"
        if signal.kind == "winner":
            if span.end < len(self.doc) and self.lowers[span.end] in POSSESSIVES:
                return  # "Camille, the winner's older sister": someone of the winner's
            between = self.doc[span.end : min(span.sent.end, span.end + 6)]
            owner = None
            # "Germany's Anna-Lena Brückner was the winner, while ...", "The winner was Germany's Anna Brückner"
            other_side = {"attr": "nsubj", "nsubj": "attr"}.get(span.root.dep_)
            if other_side is not None and span.root.head.lemma_ == "be":
                between = []
                owner = next((e for t, e in anchors if t.head == span.root.head and t.dep_ == other_side), None)
            for token in between:
                found = next(
                    (e for t, e in anchors if t.i == token.i or self._person_at(token.i) is e),
                    None,
                )
                if found is not None:
                    owner = found
                    break
                if token.pos_ in ("VERB", "AUX"):
                    break
            if owner is None:
                return
        else:
            owner = self._owner(signal, anchors, exclude=self._beaten(signal, anchors)) or self._owner(signal, anchors)
        if owner is None:
            return
        classification = self._classification_race()
        if classification is not None and any(t.lower_ in ("title", "crown") for t in span):
            # "finished 3.18 behind her to secure the title"; "The men's title went to Sem Hoekman"
            gender = self._gender_near(span)
            if (
                classification.key.gender is None
                and gender in OTHER_GENDER
                and any(f.winner for f in classification.facts.values())
            ):
                # a champion of no stated gender, then "Jang took the men's title": the first was the women's
                classification.key = RaceKey(OTHER_GENDER[gender], None, classification.key.discipline)
            if gender not in (None, classification.key.gender) and self._dated_elsewhere(span):
                return  # "The women's title was decided on Saturday, when Lotte Veenstra retained her crown"
            if gender not in (None, classification.key.gender):
                # "The men's European title went to Sander Fossheim": the story turns to that classification
                classification = self.current = self._find_race(RaceKey(gender, None, classification.key.discipline))
            facts = classification.of(owner, span.start)
        else:
            race = self._race_for(span, owner)
            named = {s.kind for s in self._in_sentence(span.sent, "GENDER") if span.start <= s.span.start < span.end}
            if named and race.key.gender not in named and any(k != owner.key for k in race.facts):
                return  # "Blackwood blitzes to 60m gold, Okafor-Eze takes women's title": not the 60m just named
            facts = self._facts(signal, owner)
        if facts is None:
            return
        if self._in_a_race_for_bronze(span):
            facts.award("bronze", span)  # "The bronze medal ride was almost as close. Kjærgaard ... to win in 4:06.118"
            return
        if not facts.winner:
            facts.winner = True
            facts.win_span = span
        self.co_winners += [(facts, other, span) for other in self._winners_beside(signal, owner, anchors)]
        self._runners_up(signal, owner, anchors)

    def _winners_beside(self, signal: Signal, owner: Entity, anchors: list[tuple[Token, Entity]]) -> list[Entity]:
        """The other of a woman and a man who are the coordinated subject of a win ("Japan's Sota Ishikawa and
        Natalia Wiśniewska won the 500 meters", "Ishikawa, Wiśniewska win 500s"): each won their gender's race, if
        the race is still of no gender once assembled; not the partner in a medal ("Simard and her guide Arsenault
        won Canada's first medal")."""
        verb = signal.span.root
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ == "VERB" else []
        clauses = {u.i for c in subjects for t in c.subtree if t.dep_ in ("relcl", "acl") for u in t.subtree}
        coordinated = {t.i for c in subjects for t in c.subtree} - clauses
        if not (len(subjects) > 1 or any(self.doc[i].dep_ == "cc" for i in coordinated)) or any(
            c.dep_ == "dobj" and c.lower_ in MEDAL_NOUNS for c in verb.children
        ):
            return []
        people = {e.key: e for t, e in anchors if t.i in coordinated}
        genders = {self._name_gender(e) for e in people.values()}
        if len(people) != 2 or owner.key not in people or genders != set(OTHER_GENDER):
            return []
        return [e for e in people.values() if e.key != owner.key]

    def _in_a_race_for_bronze(self, span: Span) -> bool:
        """Whether a win is of the race for bronze its sentence or the one before in its paragraph names ("The
        bronze medal ride was almost as close", "won the race for bronze")."""
        sent = span.sent
        sents = [sent]
        if sent.start > 0:
            before = self.doc[sent.start - 1].sent
            if self._paragraph_start(before.start_char) == self._paragraph_start(sent.start_char):
                sents.append(before)
        named = any(
            s.kind == "race" and s.span[0].lower_ == "bronze"
            for one in sents
            for s in self._in_sentence(one, "NOT_MEDAL")
        )
        after = self.lowers[span.end : min(span.end + 4, sent.end)]
        # "the USA won the small final" of a team pursuit
        duel = (
            self.current is not None
            and self.current.key.discipline == "team pursuit"
            and any(s.kind == "final B" for one in sents for s in self._in_sentence(one, "ROUND"))
        )
        return named or duel or after[1:] == ["for", "bronze"] or after[2:] == ["for", "bronze"]

    def _beaten(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> set[int]:
        """The people a signal's sentence says were beaten ("overtaking X on the last lap to finish in 1:24.617";
        a headline's "Håkansson outsprints Kristiansen to win", whose verb the parser may take for a noun), not
        in a relative clause about them ("edged X, who took silver in 34.45") nor by another subject in a clause
        of their own ("X retained the title, while Italy edged the Dutch in the mixed relay")."""
        clause = self._clause_head(signal.root)
        if clause.dep_ == "relcl":
            return set()
        own = {clause.i, *(t.i for t in clause.ancestors)}
        beaten = {
            e.key
            for t, e in anchors
            if t.dep_ == "dobj"
            and _beats(t.head)
            and (t.head.i in own or not any(c.dep_ == "nsubj" for c in t.head.children))
            or t.i > t.sent.start
            and _beats(self.doc[t.i - 1])
            or t.dep_ == "pobj"  # "swept past South Korea's Nam Gi-hoon ... to the line in 2:16.902"
            and t.head.lower_ == "past"
        }
        if clause.dep_ == "pcomp" and clause.head.lower_ == "with":
            # "held off Lien Vermeulen to win, with Vermeulen taking silver": the subject of the with-clause
            beaten -= {e.key for t, e in anchors if t.dep_ == "nsubj" and t.head == clause}
        return beaten

    @staticmethod
    def _later_subject(signal: Signal, anchors: list[tuple[Token, Entity]], owner: Entity) -> Entity | None:
        """The subject named last before a signal, other than the owner the parse gave it, when that owner already
        has another such value in the sentence ("Hochreiter took silver, 0.19 seconds behind, while Strand and
        Kranjc could not be separated, sharing bronze 0.44 seconds adrift": the parser hangs "sharing" on
        "took")."""
        subjects = [
            (t, e)
            for t, e in anchors
            if t.dep_ in ("nsubj", "nsubjpass") and t.i < signal.span.start and e is not owner
        ]
        return max(subjects, key=lambda pair: pair[0].i)[1] if subjects else None

    def _runners_up(self, signal: Signal, winner: Entity, anchors: list[tuple[Token, Entity]]) -> None:
        """ "X won ... ahead of A and B": the one or two athletes named after 'ahead of' (or 'clear of')
        placed 2nd and 3rd; after 'followed by', up to three."""
        tokens = list(self.doc[signal.span.start : signal.span.sent.end])
        start, words = next(
            ((t.i, n) for t, after in zip(tokens, tokens[1:], strict=False) if (n := _runners_up_follow(t, after))),
            (None, 0),
        )
        if start is None:
            return
        most = 3 if self.lowers[start] == "followed" else 2  # "followed by A, B and C": the rest of the top four
        following: list[tuple[int, Entity]] = []
        clause_break = 0  # the athletes named before a ", with ..." clause
        for token in self.doc[start + words : signal.span.sent.end]:
            if token.pos_ in ("VERB", "AUX") or token.text in (";", "."):
                break
            if token.text == "," and self.lowers[token.i + 1 : token.i + 2] in (["with"], ["while"], ["as"], ["but"]):
                clause_break = clause_break or len(following)
            entity = next((e for t, e in anchors if t == token), None)
            possessor = token.i + 1 < len(self.doc) and self.lowers[token.i + 1] in POSSESSIVES  # "A's teammate"
            if (
                entity is not None
                and entity is not winner
                and entity not in [e for _, e in following]
                and not possessor
            ):
                following.append((token.i, entity))
        if len(following) > most and clause_break:
            following = following[:clause_break]  # "ahead of A and B, with Farrow just missing out on the podium"
        if not 1 <= len(following) <= most:
            return
        # "won the B final in 43.350 for sixth place, ahead of Zsofia Kiss in seventh": the places stated otherwise
        bounds = [signal.span.start] + [i for i, _ in following] + [signal.span.sent.end]
        for r in self._in_sentence(signal.span.sent, "RANK"):
            place = next((v for t in r.span if (v := ordinal_value(t.text)) is not None), None)
            if place is not None and bounds[0] <= r.span.start and place != bisect_right(bounds, r.span.start):
                return
        # "won the closing 5000m in 6:54.12 and ended on 161.204 points, ahead of A and B": places in the classification
        classification = self._points_clause_classification(self.doc[start : start + 1])
        for rank, (_, entity) in enumerate(following, 2):
            facts = classification.of(entity, signal.span.start) if classification else self._facts(signal, entity)
            self._place(facts, rank, signal.span)

    def _winner_ahead(self, sent: Span, anchors: list[tuple[Token, Entity]]) -> None:
        """ "The 23-year-old finished 0.460 points ahead of Femke ter Laak" or "The 24-year-old was followed by A and
        B" about a race's winner, in a sentence with no win of its own: the athletes named after are 2nd (and 3rd)."""
        if self._in_sentence(sent, "WIN"):
            return
        for i in range(sent.start, sent.end - 1):
            if not _runners_up_follow(self.doc[i], self.doc[i + 1]):
                continue
            token = self.doc[i]
            signal = Signal("WIN", "ahead", self.doc[token.i : token.i + 1])
            if self._background(signal.span):
                continue
            owner = self._owner(signal, [(t, e) for t, e in anchors if t.i < token.i])
            race = self._race_for(signal.span, owner) if owner is not None else None
            facts = race.facts.get(owner.key) if race is not None else None
            if race is not None and race.key.discipline in TEAM_DISCIPLINES and owner.key < 10_000:
                # "Côté, Tsai, Bouchard and Kowalczyk ... stopped the clock at 4:07.655, ahead of the Netherlands"
                facts = self._facts(signal, owner)
                owner = facts.entity if facts is not None else None
            if facts is not None and (facts.winner or facts.rank == 1 or facts.medal == "gold"):
                self._runners_up(signal, owner, anchors)

    def _on_medal(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        """A medal goes to the athlete's race; at allround and sprint championships, where only the
        classification gives medals, to the classification unless the sentence names a single race."""
        if self._elided_for_someone_unknown(signal, anchors):
            return  # "So the podium: Koh gold, Wijnberg silver": a name not known as a person's
        noun = _phrase_head(signal.root, ("compound", "amod"))
        clause = noun.head  # a main or adverbial clause: not "Garnier said the silver felt like a victory"
        if (
            noun.dep_ in ("nsubj", "nsubjpass")
            and clause.dep_ in ("ROOT", "advcl")
            and not any(t in clause.subtree for t, _ in anchors)
        ):
            return  # "The bronze medal was shared.", "as bronze is shared": the clause is the medal's, whoever won it
        # "as the Netherlands' Yara Bosch took silver and South Korea's Choi Eun-ji bronze": each her own
        later = {
            e.key
            for s in self._in_sentence(signal.span.sent, "MEDAL")
            if s.span.start > signal.span.start and (e := self._elided_medal_owner(s, anchors)) is not None
        }
        owner = (
            self._given_to(signal)
            or self._medal_after_a_time(signal)
            or self._elided_medal_owner(signal, anchors)
            or self._subject_of_the_verb_before(signal, anchors)
            or self._medal_for(signal, anchors)
            # "held off Italy for bronze"
            or self._owner(signal, anchors, exclude=self._beaten(signal, anchors) | later)
            or self._owner(signal, anchors, exclude=later)
        )
        if owner is None:
            return
        self._held_off_for(signal, owner, anchors)
        stated = self._race_for(signal.span, owner).facts.get(owner.key)
        if (
            stated is not None
            and stated.medal not in (None, signal.kind)
            and any(e["field"] == "medal" and e["start"] >= signal.span.sent.start_char for e in stated.evidence)
        ):
            owner = self._later_subject(signal, anchors, owner) or owner  # "X took silver, while Y ..., sharing bronze"
        classification = self._classification_race()
        # "took silver overall", "silver in the overall standings", "had to settle for silver on 147.685"
        overall = self._overall_after(signal.span) or self._on_points(signal.span[-1])
        single_race = not overall and (
            self._on_the_distance(signal.span)
            or any(
                key is not None and key.discipline not in CLASSIFICATIONS
                for key in map(self._race_key_of, self._in_sentence(signal.span.sent, "DISTANCE", "DISCIPLINE"))
            )
        )
        sharing = self._sharing(owner, anchors, signal)
        sent = signal.span.sent
        if sum(e.key >= 10_000 for e in sharing) > 1 and TIE_WORDS.isdisjoint(self.lowers[sent.start : sent.end]):
            return  # "Netherlands and Korea take relay gold": each in a relay of its own
        if signal.span.start > 0 and self.doc[signal.span.start - 1].lower_ in ("shared", "joint"):
            token = next((t for t, e in anchors if e is owner), None)  # "a shared bronze for Ozawa and Kim"
            sharing += [e for t, e in anchors if token is not None and t in token.conjuncts and e not in sharing]
        for athlete in sharing:
            if classification is not None and (overall or not single_race and self._only_the_classification_medals()):
                facts = classification.of(athlete, signal.span.start)
            else:
                facts = self._facts(signal, athlete)
            if facts is not None:
                facts.award(signal.kind, signal.span)
            if facts is not None and self._clause_head(signal.root).lemma_ in PROMOTING_VERBS:
                # "The penalty promoted Vos, who had come home fourth, to bronze": the later decision's place
                facts.rank = MEDAL_RANK[signal.kind]
                facts.evidence = [e for e in facts.evidence if e["field"] != "rank"]
                facts.note("rank", signal.span)

    def _given_to(self, signal: Signal) -> Entity | None:
        """The person a medal goes "to" right after it ("The title went to X, the bronze to the Polish Natalia
        Wójcik", "and bronze to the 44-year-old Annika Reuter", "handed the silver to Ida Moe")."""
        i = signal.span.end
        if i >= signal.span.sent.end or self.lowers[i] != "to":
            return None
        i += 1
        while i < signal.span.sent.end and (
            self.lowers[i] in ("the", "-", "year", "years", "old", "year-old")
            or self.doc[i].like_num
            or i in self.nation_tokens
        ):
            i += 1
        return self._person_at(i) if i in self.mention_at else None

    def _subject_of_the_verb_before(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> Entity | None:
        """The subject of the verb right before a medal ("Jorrit Bakhuis took silver and home favourite Riccardo
        Zanon delighted the crowd with bronze"), however the parser hung the medal."""
        start = signal.span.start
        verb = self.doc[start - 1] if start > signal.span.sent.start else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_ not in WINNING_VERBS:
            return None
        return next((e for t, e in anchors if t.head == verb and t.dep_ in ("nsubj", "nsubjpass")), None)

    def _elided_medal_owner(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> Entity | None:
        """The athlete named right before a medal that follows another medal or place and "and" or a comma, with
        its verb left out ("took silver and South Korea's Choi Eun-ji bronze", "received the silver medal, Van Dalen
        the bronze")."""
        start = signal.span.start
        name_end = start - 1 if self.lowers[start - 1] == "the" else start
        named = next((e for t, e in anchors if t.i == name_end - 1), None)
        earlier = [s for s in self._in_sentence(signal.span.sent, "MEDAL", "RANK") if s.span.end <= start]
        if named is None or not earlier:
            return None
        between = self.lowers[earlier[-1].span.end : start]
        return named if "and" in between or "," in between else None

    def _elided_for_someone_unknown(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> bool:
        """Whether a medal follows a proper noun that opens its clause and is no known athlete ("Koh gold"), or is
        said to be for one ("home bronze for Wróbel" in a headline the model read as an organisation's)."""
        start, end = signal.span.start, signal.span.end
        if end + 1 < signal.span.sent.end and self.lowers[end] == "for":
            name = self.doc[end + 1]
            if (
                name.pos_ == "PROPN"
                and name.is_title
                and name.ent_type_ not in ("GPE", "NORP")  # "bronze for Poland"
                and name.i not in self.nation_tokens
                and name.i not in self.mention_at  # "bronze for Ter Velde", known by "Velde"
            ):
                return True
        if start - 2 < signal.span.sent.start:
            return False
        word, before = self.doc[start - 1], self.doc[start - 2]
        return (
            word.pos_ == "PROPN"
            and word.is_title
            and before.text in (":", ",", ";", "and")
            and not any(t.i == word.i for t, _ in anchors)
        )

    def _only_the_classification_medals(self) -> bool:
        """Whether only the classification gives medals: at allround and sprint championships, not at short-track
        championships, whose overall standings come on top of each distance's medals."""
        classification = self._classification_race()
        return (
            classification is not None
            and classification.key.discipline != "overall classification"
            and not self.timed_medals
        )

    def _timed_medals(self) -> bool:
        """Whether the article tells a medal won in a time ("won gold in 44.21", "the bronze medallist in
        2:12.44"): then its distances give medals, whatever classification the championship also has."""
        times = {s.span.start for s in self.signals if s.label == "TIME"}
        return any(
            s.label == "MEDAL"
            and "in" in self.lowers[s.span.end : s.span.end + 2]
            and bool(times & {s.span.end + 1, s.span.end + 2})
            for s in self.signals
        )

    def _championship_standings(self) -> bool:
        """Whether "the overall standings" are a championship's classification (an allround championship's, a
        short-track championship's, in a report that names no World Cup), not a season's."""
        if self._classification_race() is not None:
            return True
        if self.competition_kind is not None:  # not a World Cup Park hopes to prove himself at, in a trials report
            return self.competition_kind in ("continental", "worlds", "national")
        kinds = {s.kind for s in self.signals if s.label == "COMPETITION"}
        return bool(kinds & {"continental", "worlds", "national"}) and "world_cup" not in kinds

    def _overall_after(self, span: Span) -> bool:
        """Whether a place or medal is said to be the classification's: "overall" after or before it, "in the
        overall standings", "in the final classification"."""
        after = self.lowers[span.end : min(span.end + 5, span.sent.end)]
        if after[:1] == ["overall"] or span.start > span.sent.start and self.lowers[span.start - 1] == "overall":
            return True  # "took silver overall", "secured the overall gold"
        return (
            after[:1] in (["in"], ["of"])
            and after[1:2] == ["the"]
            and bool({"overall", "final"} & set(after[2:3]))
            and bool({"standings", "classification", "rankings"} & set(after[3:4]))
        ) or after[:3] == ["in", "the", "classification"]

    def _on_the_distance(self, span: Span) -> bool:
        """Whether a medal is said to be one distance's at a classification championship ("took bronze on the
        distance", "good enough for the distance silver")."""
        before = self.lowers[span.start - 1] if span.start > span.sent.start else ""
        after = self.lowers[span.end : min(span.end + 3, span.sent.end)]
        return before == "distance" or after[:1] in (["on"], ["over"], ["in"]) and after[1:3] == ["the", "distance"]

    @staticmethod
    def _medal_for(signal: Signal, anchors: list[tuple[Token, Entity]]) -> Entity | None:
        """The athlete a medal is said to be for ("Gold for Bassani", "a shared bronze for Ozawa and Kim") or to
        have gone to ("while the silver went to Lee Seung-min of South Korea")."""
        root = signal.root
        preposition = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        if preposition is None and root.dep_ == "nsubj" and root.head.lemma_ in ("go", "belong"):
            preposition = next((c for c in root.head.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        return next((e for t, e in anchors if preposition is not None and t.head == preposition), None)

    def _on_record(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        span = signal.span
        nxt = self.doc[span.end : min(span.end + 2, span.sent.end)]
        prev = self.doc[max(span.sent.start, span.start - 4) : span.start]
        if any(
            t.lower_
            in (
                "previous",
                "old",
                "existing",
                "former",
                "outside",
                "short",
                "off",
                "under",
                "holder",
                "missed",
            )
            for t in [*prev, *nxt]
        ):
            return
        clause = self._clause_head(span.root)
        path = [t for t in span.root.ancestors if t == clause or clause in t.ancestors]
        if any(t.lower_ in NEAR_MISS for t in path):
            return  # "came within seven hundredths of a second of the world record"
        if any(t.lower_ in ("of", "is", "stands") for t in nxt) and not any(t.lower_ in RESULT_VERBS for t in prev):
            return
        # "Norway crushed the Dutch - team pursuit gold and Olympic record": the winner's
        owner = self._owner(signal, anchors, exclude=self._beaten(signal, anchors)) or self._owner(signal, anchors)
        if owner is None:
            return
        code = signal.kind if signal.kind != "code" else span.text.upper()
        facts = self._facts(signal, owner)
        if facts is None:
            return
        if code not in facts.records:
            facts.records.append(code)
            facts.note("records", span)

    def _on_status(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        """A fall, a disqualification or a withdrawal; not a fall in the order ("fell back to 17th")."""
        ranks = self._in_sentence(signal.span.sent, "RANK")
        if any(s.span.start <= signal.span.start < s.span.end for s in ranks) or self._career_end(signal.span):
            return
        # "the referee's video review disqualified home favorite Felix Tremblay-Roy": the verb's object
        disqualified = next((e for t, e in anchors if t.dep_ == "dobj" and t.head == signal.root), None)
        if len(signal.span) == 1 and signal.root.lemma_ == "disqualify":
            owner = disqualified  # not "a German contender disqualified for a lane infringement"
        else:
            owner = self._owner(signal, anchors)
        if owner is None:
            return
        code = signal.kind if signal.kind != "code" else {"DSQ": "dq"}.get(signal.span.text, signal.span.text.lower())
        facts = self._facts(signal, owner)
        if facts is None:
            return
        if facts.status == "finished":
            facts.status = code
            facts.note("status", signal.span)

    @staticmethod
    def _career_end(span: Span) -> bool:
        """Whether "retired" ends a career, not a race: "retired in the spring", "retired from the sport"."""
        verb = span[0]
        return verb.lower_ == "retired" and any(
            c.dep_ == "prep"
            and (c.lower_ == "from" or any(t.ent_type_ == "DATE" or t.lower_ in SEASONS for t in c.subtree))
            for c in verb.children
        )

    def _on_field(self, signal: Signal, anchors: list[tuple[Token, Entity]]) -> None:
        """The number of starters the text states for the current race ("a total of 30 skaters", "fourth place of
        the 20 starters")."""
        number = next((t for t in reversed(signal.span) if t.like_num), None)
        if number is None:
            return
        hyphenated = number.i >= 2 and self.lowers[number.i - 1] == "-"  # "Ninety-eight athletes started"
        value = hyphenated and word_to_number(self.doc[number.i - 2 : number.i + 1].text) or word_to_number(number.text)
        if value and self.current is not None:
            self.current.field_size = value

    # ---- derivations and output ------------------------------------------------------------------
    @staticmethod
    def _merge_into(race: Race, main: Race) -> None:
        """Give one race's results to another that is the same race: an athlete's facts the other has stay its
        own, a time it lacks taken from this race ("Canada took bronze ... beat the US in the final B in 3:39.12")."""
        for key, facts in race.facts.items():
            kept = main.facts.setdefault(key, facts)
            if kept is not facts:
                _fill_from(kept, facts, ("time",))
        race.facts = {}

    def _fold_division_b(self) -> None:
        """A race with no winner named without its division is the Division B race of its distance that has one
        ("represented Team USA in Division B ... In Friday's 1,500 meters she finished 11th ... The Division B race
        was won by Jansma"); a race with its own winner is Division A's."""
        for race in [r for r in self.races if r.run.round == "division B"]:
            for plain in [r for r in self.races if r.run.round is None and _same_race(r.key, race.key)]:
                if not any(f.rank == 1 or f.winner or f.medal == "gold" for f in plain.facts.values()):
                    self._merge_into(plain, race)

    def _fold_ungendered_race(self) -> None:
        """A race of no gender whose athletes the report places again in the one race of its distance with a gender
        ("Li Haoran and Ito Sakura opened the championships with gold in the 500 metres ... In the women's race Ito
        ...") gives them to that race, their facts joined where they agree; the athletes it keeps raced the other
        gender's."""
        for race in [r for r in self.races if r.key.gender is None and r.facts]:
            gendered = [
                r
                for r in self.races
                if r.key.gender in OTHER_GENDER
                and (r.key.distance, r.key.discipline) == (race.key.distance, race.key.discipline)
                and (r.section, r.run.round) == (race.section, race.run.round)
                and r.run.day in (None, race.run.day)
            ]
            if len(gendered) != 1:
                continue
            main = gendered[0]
            shared = [k for k in race.facts if k in main.facts and k < 10_000]
            if not shared or not all(_agree(race.facts[k], main.facts[k]) for k in shared):
                continue
            rest = Race(race.key, facts={k: f for k, f in race.facts.items() if k not in shared})
            if rest.facts and self._infer_gender(rest) != OTHER_GENDER[main.key.gender]:
                continue  # "Maren Hølaas won the women's 3000 metres" told again of the race's winner, one of them
            if any(
                self._pronoun_gender(Race(race.key, facts={k: race.facts[k]})) not in (None, main.key.gender)
                for k in shared
            ):
                continue
            for key in shared:
                _fill_from(main.facts[key], race.facts.pop(key), RESULT_FIELDS)
            if race.facts:
                race.key = RaceKey(OTHER_GENDER[main.key.gender], race.key.distance, race.key.discipline)

    def _split_by_winners_genders(self) -> None:
        """A race of no gender that has a winner of each gender, or one whose win is shared with a person of the
        other gender, is two races over one distance ("Nakagawa, Wróblewski win World Cup 500s"): each athlete
        goes to the race of their own gender, told by pronouns, descriptions and given name, else to that of the
        winner the text referred to last before their result."""
        for race in [r for r in self.races if r.key.gender is None]:
            winners = [f.entity for f in race.facts.values() if f.rank == 1 or f.winner or f.medal == "gold"]
            shared = {o.key: (o, span) for f, o, span in self.co_winners if f in race.facts.values()}
            winners += [o for key, (o, _) in shared.items() if key not in {e.key for e in winners}]
            genders = {e.key: self._person_gender(e) for e in winners}
            if len(winners) != 2 or set(genders.values()) != set(OTHER_GENDER):
                continue
            for other, span in shared.values():
                co_winner = race.of(other, span.start)
                if not co_winner.winner:
                    co_winner.winner, co_winner.win_span = True, span
            told = sorted((char, genders[e.key]) for char, e in self._references() if e.key in genders)
            split = {g: Race(replace(race.key, gender=g), race.run, race.section, race.dated) for g in OTHER_GENDER}
            for key, facts in race.facts.items():
                first = min([e["start"] for e in facts.evidence] or [m.start_char for m in facts.entity.mentions])
                before = [gender for char, gender in told if char < first]
                gender = self._person_gender(facts.entity) or (before[-1] if before else genders[winners[0].key])
                split[gender].facts[key] = facts
            for target in split.values():
                first = min((e["start"] for f in target.facts.values() for e in f.evidence), default=None)
                target.first_result = self._token_at_char(first) if first is not None else race.first_result
                keys = target.facts.keys()
                target.gaps = [g for g in race.gaps if {e.key for e in (g.behind, g.ahead) if e is not None} <= keys]
                target.next_places = [n for n in race.next_places if {n[0].key, n[1].key} <= keys]
            index = self.races.index(race)
            self.races[index : index + 1] = [r for r in split.values() if r.facts]

    def _token_at_char(self, char: int) -> int:
        """The index of the token a character offset falls in."""
        return self.doc.char_span(char, char + 1, alignment_mode="expand").start

    def _references(self) -> list[tuple[int, Entity]]:
        """Where the text refers to each person: their names, and the pronouns and descriptions resolved to
        them, by character offset."""
        named = [(m.start_char, e) for e in self.entities for m in e.mentions]
        return named + [(self.doc[i].idx, e) for i, e in self.antecedents.items() if e is not None]

    def _person_gender(self, entity: Entity) -> str | None:
        """A person's gender as the text shows it: the pronouns and descriptions ("the Dutchman") that refer to
        them, else their given name."""
        counts: Counter[str] = Counter()
        for token, gender in self.pronouns:
            if self._antecedent(token) is entity:
                counts[gender] += 1
        for i, referent in self.antecedents.items():
            if referent is entity and self.lowers[i] == "the" and (gender := self._referent_gender(self.doc[i])):
                counts[gender] += 1
        ranked = counts.most_common()
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None if ranked else self._name_gender(entity)

    def _fold_final_b(self) -> None:
        """A Final B decides places behind the final's. An athlete whose overall place the text states
        ("won the Final B in 1:28.210 to finish sixth overall", "which will rank him seventh") is placed in the
        final's event, with the Final B time, and so is every athlete of a Final B whose places go on from the
        final's; the Final B stays an event of its own for the athletes it only ranks within itself."""
        for race in [r for r in self.races if r.run.round == "final B"]:
            finals = [
                r for r in self.races if r.run.round in (None, "final") and _same_race(r.key, race.key) and r.facts
            ]
            main = next((r for r in finals if r.key == race.key), finals[0] if finals else None)
            if main is None:
                continue
            bronze = [k for k, f in main.facts.items() if f.medal == "bronze"]
            if any(f.medal for f in race.facts.values()) and not bronze or len(bronze) == 1 and bronze[0] in race.facts:
                # "In the final B, Canada took bronze in 2:58.90", or the bronze medallists beat the US in it: the
                # race for bronze
                self._merge_into(race, main)
                continue
            main_ranks = [f.rank for k, f in main.facts.items() if f.rank is not None and k not in race.facts]
            ranks = [f.rank for f in race.facts.values() if f.rank is not None]
            # a results list whose Final B goes on counting from the final's places ("5 ... Final B: 6, 7, 8")
            below = [r for r in main_ranks if ranks and r < min(ranks)]
            counted_on = (
                bool(below)
                and len(ranks) >= 2
                and min(ranks) == max(below) + 1
                and not set(ranks) & set(main_ranks)
                # "won the B final in 43.350 for sixth place": its winner placed behind the final's
                and not any(f.winner and f.rank in (None, 1) for f in race.facts.values())
            )
            # its winner placed below first ("won it, which put her sixth"): its places are overall ones
            won_below_first = any(f.winner and f.rank not in (None, 1) for f in race.facts.values())
            for key, facts in list(race.facts.items()):
                overall = [
                    e
                    for e in facts.evidence
                    if e["field"] == "rank"
                    and (counted_on or won_below_first or self._placed_overall(e["start"], e["end"]))
                ]
                if overall and key not in main.facts:
                    placed = main.of(facts.entity, overall[0]["start"])
                    placed.rank = facts.rank
                    placed.evidence.extend(overall[:1])
                if key not in main.facts or main.facts[key].rank is None:
                    continue
                placed = main.facts[key]
                if placed.time is None and facts.time is not None:
                    placed.time, placed.derived = facts.time, facts.derived
                    placed.evidence.extend(e for e in facts.evidence if e["field"] == "time")
                del race.facts[key]
            if not race.facts:
                self.races.remove(race)

    def _placed_overall(self, start: int, end: int) -> bool:
        """Whether a place is an overall one: "sixth overall", "which will rank him seventh", "sixth in the final
        classification"."""
        text = doc_text(self.doc)
        said = text[start:end] + re.split(r"[.;]", text[end : end + 32])[0]
        return re.search(r"overall|classif|rank", said.lower()) is not None

    def _course_distance(self, races: list[Race]) -> None:
        """Races reported without a distance take the one course distance: the one the text names as a course
        (the women's double sculls of a regatta "on the 2000m Rotsee course"), or at a regatta, where every boat
        class races one course, the one its other races state ("a commanding row over 2,000m")."""
        stated = {race.key.distance for race in races if race.key.distance is not None}
        named = {  # also in a background clause: "drew level in the third quarter of the 2000m course"
            self._distance(s.span)
            for s in self.signals
            if s.label == "DISTANCE"
            and s.span.start not in self.quoted
            and self._names_course(s.span)
            and not self._lap_length(s.span)
        }
        raced_over = {
            self._distance(s.span)
            for s in self.signals
            if s.label == "DISTANCE"
            and s.span.start not in self.quoted
            and self._raced_over(s.span)
            and not self._of_another_year(s.span)  # "who skated at the 1968 Olympics and finished ninth over 10,000m"
        }
        courses = (
            self.course_distances | named - {None}
            or (stated if self.sport == "rowing" else set())
            or (raced_over - {None} if not stated else set())
        )
        if len(courses) != 1:
            return
        (distance,) = courses
        for race in races:
            if race.key.distance is None and race.key.discipline not in CLASSIFICATIONS:
                race.key = RaceKey(race.key.gender, distance, race.key.discipline)

    def _of_another_year(self, span: Span) -> bool:
        """Whether a span is background in a sentence that names a year other than the report's."""
        return self._background(span) and any(
            s.kind == "year" and self._year_of(s.span) not in self.lede_years
            for s in self._in_sentence(span.sent, "BACKGROUND")
        )

    def _team_race_distance(self, races: list[Race]) -> None:
        """A team race reported without its distance takes the one distance the text says it is ("The women's
        team pursuit is six laps, 2,400 metres", "the mixed 2,000-meter relay"; in a report of that race alone, the
        one it names as "the event": "The 2,000m event was making its second Olympic appearance"), unless another
        race has it."""
        for race in races:
            if race.key.distance is not None or race.key.discipline not in TEAM_DISCIPLINES:
                continue
            named = {
                self._distance(s.span)
                for s in self.signals
                if s.label == "DISTANCE"
                and (
                    len(races) == 1
                    and "the" in (s.span[0].lower_, self.doc[max(s.span.start - 1, 0)].lower_)
                    and s.span.end < len(self.doc)
                    and self.doc[s.span.end].lower_ in ("event", "race", "relay")
                    and not self._in_sentence(s.span.sent, "GENDER")
                    or self._defines_distance(s, race.key.discipline)
                    or self._names_with_distance(s, race.key)
                )
            }
            # not the distance of another gender's race of the discipline ("gold in the 3000m relay, while the
            # mixed relay team added a bronze")
            named -= {
                r.key.distance
                for r in races
                if r.key.discipline == race.key.discipline and r.key.gender != race.key.gender
            }
            if len(named) == 1 and None not in named:
                race.key = RaceKey(race.key.gender, named.pop(), race.key.discipline)

    def _programme_distance(self, races: list[Race]) -> None:
        """Races reported without a distance take the one a sentence of no result says every race was held over
        ("All A-finals were rowed over the standard 2000m in a light tailwind")."""
        stated = {
            self._distance(s.span)
            for s in self.signals
            if s.label == "DISTANCE"
            and (self._raced_over(s.span) or self._over_the_usual(s.span))
            and self._of_every_race(s.span)
            and not self._background(s.span)
            and not self._in_sentence(s.span.sent, *RESULT_LABELS)
        }
        if len(stated) != 1 or None in stated:
            return
        distance = stated.pop()
        for race in races:
            if race.key.distance is None and race.key.discipline not in (None, *CLASSIFICATIONS):
                race.key = RaceKey(race.key.gender, distance, race.key.discipline)

    def _over_the_usual(self, span: Span) -> bool:
        """Whether a distance follows "over the" and a word on its kind ("over the standard 2000m"), not on a
        stretch of the race ("over the last 200m")."""
        start = span.start
        return (
            start >= 3
            and self.lowers[start - 3 : start - 1] == ["over", "the"]
            and self.doc[start - 1].pos_ == "ADJ"
            and self.lowers[start - 1] not in NOT_BEFORE_RACE
        )

    def _of_every_race(self, span: Span) -> bool:
        """Whether a distance's sentence opens on every race before it ("All A-finals were", "Every heat is")."""
        words = self.doc[span.sent.start : span.start]
        return any(
            t.lower_ in ("all", "every", "each") and any(u.lemma_ in RACE_NOUNS for u in words[k + 1 : k + 4])
            for k, t in enumerate(words)
        )

    def _names_with_distance(self, distance: Signal, key: RaceKey) -> bool:
        """Whether a distance names the team race with its discipline and gender ("the mixed 2,000-meter relay"
        for the headline's "mixed relay")."""
        named = self._race_key_of(distance)
        return named is not None and named.discipline == key.discipline and named.gender in (key.gender, None)

    def _defines_distance(self, distance: Signal, discipline: str | None) -> bool:
        """Whether a distance is what the sentence says the race is ("The women's team pursuit is six laps,
        2,400 metres", "the relay is raced over 5,000 metres", "In the women's team pursuit, six laps and 2,400
        metres, ...", "won the team pursuit in 3:35.82 over the eight-lap, 3,200-metre distance", "Mixed Team Relay
        (2000m)")."""
        end = self._unit_end(distance.span)
        over_the_distance = (  # "won the men's team pursuit ..., stopping the clock ... over the 3,200-metre distance"
            end < len(self.doc)
            and self.lowers[end] in ("distance", "course")
            and "over" in self.lowers[max(distance.span.sent.start, distance.span.start - 7) : distance.span.start]
        )
        return any(
            self._discipline_name(s) == discipline
            and (
                0 <= distance.span.start - s.span.end <= 6
                and (
                    any(t.lemma_ == "be" or t.lower_ == "over" for t in self.doc[s.span.end : distance.span.start])
                    or all(
                        t.like_num or t.lower_ in (",", "and", "or", "lap", "laps")
                        for t in self.doc[s.span.end : distance.span.start]
                    )
                    and self.lowers[s.span.end] == ","
                    or self.lowers[s.span.end : distance.span.start] == ["("]  # a heading's "Mixed Team Relay (2000m)"
                )
                or over_the_distance
                and s.span.end <= distance.span.start
            )
            for s in self._in_sentence(distance.span.sent, "DISCIPLINE")
        )

    @staticmethod
    def _runs_in_order(races: list[Race]) -> None:
        """Put numbered runs of one race in their order, in the places they hold among the events ("the last
        1000m" told in the lede before a table gives the first)."""
        for key in {r.key for r in races}:
            runs = [i for i, r in enumerate(races) if r.key == key and r.run.ordinal]
            ordered = sorted((races[i] for i in runs), key=lambda r: (r.run.ordinal == "last", r.run.ordinal))
            for i, race in zip(runs, ordered, strict=True):
                races[i] = race

    def _headline_discipline(self, races: list[Race]) -> None:
        """The races of a report whose body names no race of its own take the one discipline its headline names
        when it names no distance ("Canada's veteran signs off with team pursuit silver")."""
        if not races or any(r.key.distance is not None or r.key.discipline is not None for r in races):
            return
        named = self._headline_races()
        if len(named) == 1 and named[0].discipline in TEAM_DISCIPLINES:
            for race in races:
                race.key = RaceKey(race.key.gender, None, named[0].discipline)

    def _only_distance_named(self, races: list[Race]) -> None:
        """The race (and its rounds) of a report that names no race of its own takes the one distance the article
        names outside its background and races to come ("to watch one of their own skate the 1000 metres", with "a
        week earlier ... placed 15th in the 1000", "the 3000 metres at the 1988 Games" and "continue on Sunday with
        the 1000 metres"), else outside its background, else outside races to come, else the one it names at all ("A
        year ago, Dion won the men's 500 metres here ... On Sunday he was third"), else the last one named before
        the first result in its paragraph, else the one of the titles its headline and lede tell."""
        races = self._of_the_main_day(races)  # not "On Saturday Mila Jansen lowered the women's 3000m record"
        if not races or any(r.key.distance is not None or r.key.discipline is not None for r in races):
            return
        days = {None, races[0].run.day}
        named = [
            (s, key.distance)
            for s in self.signals
            if s.label == "DISTANCE"
            and (key := self._race_key_of(s))
            and (self._run_of(s).day in days or self._race_to_come(s))
        ]
        background = {id(s) for s, _ in named if self._background(s.span)}
        to_come = {id(s) for s, _ in named if self._race_to_come(s)}
        choices = [
            {d for s, d in named if id(s) not in left_out}
            for left_out in (background | to_come, background, to_come, set())
        ]
        placings = [e["start"] for r in races for f in r.facts.values() for e in f.evidence if e["field"] == "rank"]
        first = min(placings, default=None)
        if first is not None:  # "she skipped the 1000m and went all in on the 1500m. In the A final she was fourth"
            paragraph = self._paragraph_start(first)
            before = [d for s, d in named if paragraph < s.span.start_char < first and id(s) not in to_come]
            choices.append(set(before[-1:]))
        # "Rozendaal skates junior world record to 1500m world title ... is junior world champion over 1500 metres":
        # the title the headline and lede tell is the race's
        choices.append(
            {
                self._distance(s.span)
                for s in self.signals
                if s.label == "DISTANCE"
                and s.span.start < self.lede_end
                and TITLE_WORDS & {*self.lowers[max(0, s.span.start - 3) : s.span.end + 3]}
                and not self._background(s.span)
            }
        )
        distances = next((c for c in choices if len(c) == 1 and None not in c), None)
        if distances is not None:
            distance = distances.pop()
            for race in races:
                race.key = RaceKey(race.key.gender, distance, None)

    def _of_the_main_day(self, races: list[Race]) -> list[Race]:
        """The races of the day the report is about: a race dated to another weekday is background ("On
        Thursday, Ouellette won the men's 500m" in a report on Friday's women's 500m races), unless it is
        another run of a race of that day or part of an allround or sprint classification. The days whose
        results the headline and first sentence (up to its full stop) state ("winning Sunday's 1500m after
        finishing second in Saturday's 1000m") are all the report's days. A first race dated "yesterday" or
        "today" is of no weekday the text names ("Kowalski was 14th in Friday's 1,000m" is another day). Each
        section of a roundup under its own heading has its own day. With no day on the first race, a race dated to a
        weekday is background when the headline names other races only ("Brinkhorst European champion in 1500
        metres" above "On Saturday she had to settle for fifth in the 500 metres")."""
        main = races[0] if races else None
        if main is None or self._classification_race() is not None:
            return races
        main_day = main.run.day or (main.dated if main.dated in RELATIVE_DAYS else None)
        if main_day is None:
            return self._named_by_the_headline(races)
        lede_end = self._first_full_stop()
        days = {main_day} | {r.run.day for r in races if r.first_result is not None and r.first_result < lede_end}
        lede = self.lowers[:lede_end]
        if "weekend" in lede and not set(WEEKDAYS) & set(lede):
            days |= self._lede_days()  # "The home team made the most of its own ice this weekend.": all its days
        that_day = [r.key for r in races if r.run.day is None or r.run.day in days]
        headings = [match.start() for match in SECTION_HEADING.finditer(doc_text(self.doc))]
        return [
            r
            for r in races
            if r.run.day is None
            or r.run.day in days
            or _days_later(r.run.day, main_day)
            and self._dated_with_its_result(r)
            or _podium_told(r)  # "In the junior men's 1000m on Saturday, X won ..., Y second ... Z was third"
            or any(_same_race(k, r.key) for k in that_day)
            or self._section(r, headings) != self._section(main, headings)
        ]

    def _dated_with_its_result(self, race: Race) -> bool:
        """Whether the sentence of a race's first result names the race's day ("finished 17th in the men's 500
        meters in 35.90 on Saturday")."""
        if race.first_result is None:
            return False
        sent = self.doc[race.first_result].sent
        return race.run.day in (self.lowers[i] for i in range(sent.start, sent.end))

    def _section(self, race: Race, headings: list[int]) -> int:
        """The section of a roundup a race's first result is in: the number of headings in capitals ("CROSS-COUNTRY
        SKIING", at the offsets given) before it, whose races are each the news of their own day."""
        return bisect_right(headings, self.doc[race.first_result].idx if race.first_result is not None else 0)

    def _named_by_the_headline(self, races: list[Race]) -> list[Race]:
        """With no day on the first race: when the first race stated below the headline has no day either,
        a race dated to a weekday is kept only if the headline names its distance or discipline."""
        headline = self._headline_races()
        if not headline:
            return races
        body = self.headline.end_char
        first = min(
            races,
            key=lambda r: min(
                (e["start"] for f in r.facts.values() for e in f.evidence if e["start"] >= body), default=math.inf
            ),
        )
        if first.run.day is not None:
            return races
        return [
            r
            for r in races
            if r is first
            or r.run.day is None
            or any(k.distance in (r.key.distance, None) and k.discipline in (r.key.discipline, None) for k in headline)
        ]

    @cached_property
    def headline(self) -> Span | None:
        """The report's headline: its first line, when more follows ("Speed skating betting tips: Wang the one to
        beat", which the parser may cut in two)."""
        text = doc_text(self.doc)
        end = text.find("\n")
        if end <= 0 or not text[end:].strip():
            return None
        return self.doc.char_span(0, end, alignment_mode="expand")

    def _headline_is_a_preview(self) -> bool:
        """Whether the headline calls the report a preview ("Mass start preview: Dekker chases a third medal",
        "Five things to watch") and does not promise results too ("Preview, Odds & Result"): the results it
        states are of races before the one it looks ahead to."""
        headline = self.headline
        previews = self._in_sentence(headline, "PREVIEW") if headline is not None else []
        kinds = {s.kind for s in previews}
        if not kinds or not kinds <= {"preview", "entry list"}:
            return False
        # not "Preview: Dekker won the 3,000m, now she wants more", a result beside the preview, nor a preview
        # updated with the result below ("[Updated at 4:30 a.m. JST, December 14]")
        stated = any(
            not any(p.span.start <= s.span.start < p.span.end for p in previews)
            for s in self._in_sentence(headline, *RESULT_LABELS)
        )
        return not stated and UPDATE_LINE.search(doc_text(self.doc)) is None

    def _lede_looks_ahead(self) -> bool:
        """Whether the lede tells of racing still to come, and of no race or result ("The World Cup arrives at the
        Sørmarka Arena this weekend for the third stop of the season"): a preview, whose results are of races
        before; not one whose headline promises results ("Preview, Odds & Result")."""
        end = self._first_full_stop()
        headline = self.headline
        if not end or headline is not None and self._in_sentence(headline, "PREVIEW"):
            return False
        lede = self.doc[end - 1].sent
        if (
            lede.root.pos_ not in ("VERB", "AUX")
            or self._in_sentence(lede, "DISTANCE", "DISCIPLINE", *RESULT_LABELS)
            or any(w in RACE_PRIZES for w in self.lowers[lede.start : lede.end])
        ):
            return False  # not "Dutch skater Lieke Baarda celebrates her women's 3000m title on Saturday"
        when = [self.doc[i + 1] for i in range(lede.start, lede.end - 1) if self.lowers[i : i + 2] in UPCOMING_PERIODS]
        return any(self._told_as_to_come(t) for t in when + self._weekdays(lede))

    def _told_as_to_come(self, token: Token) -> bool:
        """Whether a word sits in a clause of the future or of the present of an action ("will try ... when they
        race on Saturday", "arrives at the Sørmarka Arena this weekend"; not "is the new champion after a race on
        Saturday")."""
        verb = self._clause_head(token)
        if verb.is_title and not verb.is_sent_start:
            return False  # "IceLine Live | Sunday 16 November 2025": a heading's word, no verb
        will = any(c.lower_ in ("will", "'ll", "shall") for c in verb.children)
        if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in CAUSATIVE_VERBS and not will:
            return False  # "made the Olympic Oval's ice look slow on Saturday": a bare infinitive, no present
        return will or verb.tag_ in ("VBZ", "VBP") and verb.lemma_ != "be"

    def _headline_races(self) -> list[RaceKey]:
        """The distances and disciplines the headline names, as race keys (a headline's grammar is too terse
        to tell a race from a title or a stretch)."""
        headline = self.headline
        signals = self._in_sentence(headline, "DISTANCE", "DISCIPLINE") if headline is not None else []
        return [self._headline_key(s) for s in signals]

    def _headline_key(self, signal: Signal) -> RaceKey:
        """The race key a headline's distance or discipline names, read word for word."""
        if signal.label == "DISTANCE":
            return RaceKey(None, self._distance(signal.span), None)
        return RaceKey(None, None, self._discipline_name(signal))

    @cached_property
    def _headline_results(self) -> list[RaceKey]:
        """The races the headline states a result of, a win or medal right after the race ("after Dufresne's
        1,000m win"; not "turned 1,000m heartbreak into 1,500m gold" for the 1,000m)."""
        headline = self.headline
        if headline is None:
            return []
        results = self._in_sentence(headline, "WIN", "MEDAL")
        return [
            self._headline_key(s)
            for s in self._in_sentence(headline, "DISTANCE", "DISCIPLINE")
            if any(0 <= r.span.start - s.span.end <= 1 for r in results)
        ]

    def _finish(self) -> dict:
        self._fold_final_b()
        self._fold_division_b()
        self._fold_ungendered_race()
        self._split_by_winners_genders()
        self._name_orders()
        events = []
        competitor_keys: set[int] = set()
        for race in self.races:
            race.facts = {k: f for k, f in race.facts.items() if not self._of_a_background_story(f.entity)}
        self._headline_facts_in_their_race()
        preview = self._headline_is_a_preview() or self._lede_looks_ahead()
        races = [r for r in self.races if r.facts] if not preview else []
        races.sort(key=lambda r: r.first_result or 0)
        self._runs_in_order(races)
        self._team_race_distance(races)
        self._programme_distance(races)
        self._headline_discipline(races)
        self._only_distance_named(races)
        self._course_distance(races)
        for race in self._of_the_main_day(races):
            for facts in race.facts.values():
                code = self.nations[facts.entity.key][1] if facts.entity.key >= 10_000 else None
                for member in self.listed_crews.get((id(race), code or ""), []):
                    if member.full_form not in facts.members:
                        facts.members.append(member.full_form)
            self._medallists_into_teams(race)
            self._nations_out_of_a_race_of_people(race)
            self._other_genders_names_out(race)
            event = self._event(race)
            if self._aside_round(race, races, event["results"]):
                continue
            won = race.key.discipline in CLASSIFICATIONS and any(f.winner for f in race.facts.values())
            final = event["round"] in (None, "final", "division B")
            if self._reported(event["results"], won, final) or self._placed_on_its_line(race):
                events.append(event)
                competitor_keys.update(f.entity.key for f in race.facts.values() if self._reportable(f))
        members = {m for e in events for r in e["results"] for m in r["members"]}
        people = []
        for entity in self.entities:
            if entity.key in competitor_keys or entity.full_form in members:
                continue
            people.append({"name": entity.full_form, "role": self.roles.get(entity.key, "other")})
        return {
            "events": events,
            "people": people,
            "warnings": self.warnings,
        }

    def _other_genders_names_out(self, race: Race) -> None:
        """A skater whose given name is nearly always the other gender's is no result of a race the text names as
        men's or women's ("The women's title was decided on Saturday, when Astrid Haugen completed a wire-to-wire
        win" in a report on the men's allround)."""
        gender = race.key.gender
        if gender not in ("men", "women"):
            return
        for key, facts in list(race.facts.items()):
            entity = facts.entity
            # a name of a nation that writes the family name first may show it first ("Noh Eun-chae")
            romanised = re.search(r"-[a-z]", entity.full_form) is not None
            if (
                key < 10_000
                and not (entity.family_name_first_nation or romanised)
                and self._name_gender(entity) not in (None, gender)
            ):
                self.warnings.append(
                    f"{entity.full_form}: a given name of the other gender in a {gender}'s race; left out"
                )
                del race.facts[key]

    @staticmethod
    def _nations_out_of_a_race_of_people(race: Race) -> None:
        """A nation is no result of a race of single skaters ("handing the Dutch their first gold of the Games",
        "a race won by Canada" in a women's 3,000m): its medal is a skater's, or another race's."""
        if race.key.discipline is None and any(key < 10_000 for key in race.facts):
            for key in [key for key, facts in race.facts.items() if key >= 10_000 and not facts.members]:
                del race.facts[key]

    def _medallists_into_teams(self, race: Race) -> None:
        """In a team race, a skater given the medal of their nation's team is one of its members ("Canada's
        veteran signs off with team pursuit silver" above "Canada clocked 2:55.74, good for silver")."""
        if race.key.discipline not in TEAM_DISCIPLINES:
            return
        teams = {self.nations[k][1]: f for k, f in race.facts.items() if k >= 10_000 and k in self.nations}
        for key, facts in list(race.facts.items()):
            team = teams.get(self._nation_of(facts.entity)[0]) if key < 10_000 and facts.medal else None
            if team is not None and team.medal == facts.medal:
                if facts.entity.full_form not in team.members:
                    team.members.append(facts.entity.full_form)
                del race.facts[key]

    def _headline_facts_in_their_race(self) -> None:
        """A win or medal only the headline states ("Szekeres wins", "Verlinde win short track gold") stays out of
        a race the headline does not name when the body reports that athlete winning another: the headline's race
        became the body's first race ("Wierzbicka won the women's 1500m ... Szekeres won the men's 1500m")."""
        if self.headline is None:
            return
        end = self.headline.end_char
        named = self._headline_races()

        def won(facts: Facts, in_body: bool) -> bool:
            spans = [e["start"] for e in facts.evidence] + ([facts.win_span.start_char] if facts.win_span else [])
            first = facts.winner or facts.rank == 1 or facts.medal == "gold"
            return first and any((start >= end) == in_body for start in spans)

        def medalled_in_headline_only(facts: Facts) -> bool:
            results = [e["start"] for e in facts.evidence if e["field"] in ("rank", "medal", "time")]
            return facts.medal is not None and bool(results) and all(start < end for start in results)

        def medalled_in_body(facts: Facts) -> bool:
            return facts.medal is not None and any(e["field"] == "medal" and e["start"] >= end for e in facts.evidence)

        for race in self.races:
            # a headline naming the race names its winner; without its gender it names neither gender's
            # ("Speed skating mass start: Hazenberg and Declercq win gold", the women's and the men's)
            exactly = any(_same_race(key, race.key) and key.gender == race.key.gender for key in named)
            ungendered = any(_same_race(key, race.key) for key in named)
            winners = [f for f in race.facts.values() if won(f, False) or won(f, True)]
            for key, facts in list(race.facts.items()):
                if not (won(facts, False) and not won(facts, True) or medalled_in_headline_only(facts)):
                    continue
                elsewhere = [
                    other
                    for other in self.races
                    if other is not race
                    and key in other.facts
                    and (won(other.facts[key], True) or medalled_in_body(other.facts[key]))
                ]
                if exactly:
                    # "De Haan grabs first national title, gold for Hendriks in the 10,000m": two winners, one of
                    # whom the body has win another distance
                    moved = (
                        len(winners) > 1 and any(not _same_race(o.key, race.key) for o in elsewhere) and key < 10_000
                    )
                elif ungendered:  # a person races one gender's race; a nation's teams race both
                    moved = key < 10_000 and any(o.key == self._other_genders(race.key) for o in elsewhere)
                else:
                    moved = bool(elsewhere)
                if moved:
                    del race.facts[key]

    @staticmethod
    def _other_genders(key: RaceKey) -> RaceKey:
        """The same race of the other gender."""
        return RaceKey(OTHER_GENDER.get(key.gender or ""), key.distance, key.discipline)

    def _name_orders(self) -> None:
        """Mark the people of nations that write the family name first ("Japan's Sato Haruki"), and whether the text
        writes their names so, as it shows for one of them ("Sakamoto Rina ... Sakamoto"). English copy that writes
        Korean and Chinese names family name first often writes Japanese names given name first ("Lee Na-yeon ...
        Lee" beside "Japan's Aoi Fukuda"), so what the text shows for the one is not taken for the other."""
        nations = {}
        for entity in self.entities:
            nation = nations[entity.key] = self._nation_of(entity)[0]
            entity.family_name_first_nation = nation in FAMILY_NAME_FIRST_NATIONS
            entity.given_name_first_nation = nation is not None and nation not in FAMILY_NAME_FIRST_NATIONS
        written = {
            nations[e.key] == "JPN" for e in self.entities if e.family_name_first_nation and e.shows_family_name_first()
        }
        for entity in self.entities:
            entity.family_name_first_text = (nations[entity.key] == "JPN") in written

    def _aside_round(self, race: Race, races: list[Race], results: list[dict]) -> bool:
        """Whether an early round is told only in asides of its final's story ("Jiang had set the tone early ...
        before winning his quarterfinal in 40.704", "Li Zechen, who finished second behind Jiang in the same
        semifinal in 41.020"): fewer than three of its results, all in clauses below their sentence's main one,
        beside a final with results."""
        if race.run.round not in EARLIER_ROUNDS or len(results) >= ROUND_RESULTS:
            return False
        spans = [
            self.doc.char_span(e["start"], e["end"], alignment_mode="expand")
            for facts in race.facts.values()
            for e in facts.evidence
            if e["field"] in ("rank", "time", "medal")
        ]
        return all(span is None or self._clause_head(span.root) != span.sent.root for span in spans) and any(
            r is not race and _same_race(r.key, race.key) and r.run.round in (None, "final") for r in races
        )

    @staticmethod
    def _reported(results: list[dict], classification_won: bool, final: bool) -> bool:
        """Whether a race is reported as news: two or more results, or one with a time (a classification
        someone is said to have won, scored in points, without) and a place.

        A lone placing or time is far more often background (a profile, a preview, an old race)
        than the result of the race the article reports.
        """
        if len(results) >= 2:
            return True
        if len(results) != 1:
            return False
        result = results[0]
        if result["time"] is None and not classification_won:
            return False
        # a winner or medallist; a place with its time ("was fourth in Saturday's men's 500m in 34.52") unless in an
        # early round ("only fifth-fastest in the heats (58.02)"), an aside of the final's story
        return result["rank"] == 1 or result["medal"] is not None or result["rank"] is not None and final

    def _placed_on_its_line(self, race: Race) -> bool:
        """Whether a race's places are stated on lines that open with the race's name, a results list's rows
        ("Women's 1000m (Sunday) – Chloé Bergeron, 4th") or a paragraph on it ("In the women's 1000m, India's Shruti
        Pawar finished 11th"): news, even one place alone."""
        text = doc_text(self.doc)
        opening = {
            text.rfind("\n", 0, s.span.start_char) + 1
            for s in self.signals
            if s.label in ("DISTANCE", "DISCIPLINE")
            and (key := self._race_key_of(s)) is not None
            and _same_race(key, race.key)
            and LINE_OPENING.fullmatch(text[text.rfind("\n", 0, s.span.start_char) + 1 : s.span.start_char])
        }
        if self.headline is not None:
            opening.discard(self.headline.start_char)
        return any(
            text.rfind("\n", 0, e["start"]) + 1 in opening
            for facts in race.facts.values()
            for e in facts.evidence
            if e["field"] == "rank"
        )

    def _of_a_background_story(self, entity: Entity) -> bool:
        """Whether the text names a person, after the headline, only in background sections (a roundup's tennis
        section below "Hart wins in Loughborough and Carver pipped on home ice"): the headline tells that story."""
        headline_end = self.headline.end if self.headline is not None else 0
        body = [m.start for m in entity.mentions if m.start >= headline_end]
        return bool(body) and all(i in self.background_tokens for i in body)

    def _reportable(self, facts: Facts) -> bool:
        return facts.rank is not None or facts.medal is not None or facts.time is not None or facts.status != "finished"

    def _medal_race(self, race: Race) -> bool:
        """Whether a race's top three get medals: a championship final (at a national championship, one whose
        text gives someone a medal; elsewhere, one whose text gives two medals), and at allround and sprint
        championships only the classification (the single distances give none)."""
        if race.key.discipline not in CLASSIFICATIONS and self._only_the_classification_medals():
            return False
        kind = self._competition_in_its_sentence(race) or self._competition_of(race)[0]
        medals = {f.medal for f in race.facts.values()} - {None}
        # "Kramer took the bronze" at a national championship; silver and bronze said given at a World Tour stop
        awarded = len(medals) >= (1 if kind == "national" else 2)
        return (kind in MEDAL_RACES or awarded) and race.run.round not in NON_MEDAL_ROUNDS

    def _competition_in_its_sentence(self, race: Race) -> str | None:
        """The kind of competition the sentence of a race's first result names, if one ("On Saturday in Salt Lake
        City, at the second World Cup meeting of the season, Lena finished ninth" in a story full of the
        Olympics)."""
        if race.first_result is None:
            return None
        sent = self.doc[race.first_result].sent
        if self.headline is not None and sent.start == self.headline.start:
            return None  # "Takahashi sprints to 500-meter win as Japan names Olympic team": the report's says more
        return next((self._kind(signal) for signal, _ in self.competitions if signal.span.sent == sent), None)

    def _event(self, race: Race) -> dict:
        medal_race = self._medal_race(race)
        for facts in race.facts.values():
            if facts.status in ("dq", "dns"):
                facts.rank, facts.medal, facts.time, facts.winner = None, None, None, False
            if facts.medal and facts.rank is None:
                facts.rank = MEDAL_RANK[facts.medal]
            if facts.winner and facts.rank is None:
                facts.rank = 1
                facts.note("rank", facts.win_span)
        self._settle_times(race)
        self._next_places(race)
        self._winner_by_time(race)
        self._drop_partial_times(race)
        self._derive(race)
        self._winner_by_time(race)
        self._second_by_time(race)
        self._first_places_by_time(race)
        self._ahead_of_the_second(race)
        for swept, places, nation in self.sweeps:
            for facts in race.facts.values() if swept is race else ():
                if facts.rank is not None and facts.rank <= places and self._nation_of(facts.entity)[0] is None:
                    self.nations[facts.entity.key] = (MAX_NATION_DISTANCE, nation.kind, nation.span)
        for facts in race.facts.values():
            if medal_race and facts.medal is None and facts.rank in RANK_MEDAL:
                facts.medal = RANK_MEDAL[facts.rank]
        self._check(race)
        results = []
        ordered = sorted(
            race.facts.values(),
            key=lambda f: (f.rank or 999, f.time.seconds if f.time else 1e9, f.entity.mentions[0].start),
        )
        host = self.host_nation if self._competition_of(race)[0] == "national" else self.team_nation
        for facts in ordered:
            if not self._reportable(facts):
                continue
            results.append(self._result(facts, host))
        key = race.key
        gender = key.gender or self._infer_gender(race)
        sport = DISCIPLINE_SPORT.get(key.discipline or "", self.sport)
        if self.sport in OFF_OVAL_SKATING:
            sport = self.sport  # a skating marathon
        if self.sport == "track cycling" and key.discipline in TEAM_DISCIPLINES:
            sport = self.sport  # a velodrome's team pursuit or team sprint
        if race.section >= 0:
            sport = self.sport_headings[race.section][1]  # a roundup's "SPEED SKATING" section beside "SHORT TRACK"
        elif sport == "speed skating" and self.sport == "short track":
            sport = "short track"
        if key.discipline in CLASSIFICATIONS and sport in ("speed skating", "short track"):
            for result in results:  # a skating classification is scored in points: a time is a distance's
                result["time"] = None
                result["evidence"] = [e for e in result["evidence"] if e["field"] != "time"]
        return {
            "sport": sport,
            "event": self._event_name(gender, race, sport),
            "distance_m": key.distance if key.discipline not in CLASSIFICATIONS else None,
            "gender": gender,
            "round": race.run.round,
            "competition": self._competition_of(race)[1],
            "date": None,
            "date_phrase": race.run.day or race.dated,
            "field_size": race.field_size,
            "results": results,
        }

    @staticmethod
    def _winner_by_time(race: Race) -> None:
        """With a runner-up placed and no winner, the one unplaced athlete with a stated time faster than
        every placed athlete's won ("Song timed 1:29.745, holding off Cloutier, who was second in
        1:29.806"; "X was the class of the field in 1:12.48. Y was second, edging Z, third in 1:12.90"); with
        no placed athlete timed, the one timed athlete is who an untimed runner-up's gap is to ("X stopped the
        clock at 74.38. Y was second on the distance, 0.09 slower"). It runs before and after the gaps are
        turned into times, since each can give the other its input."""
        placed = [f for f in race.facts.values() if f.rank is not None]
        if any(f.rank == 1 for f in placed) or not any(f.rank == 2 for f in placed):
            return
        timed = [f.time.seconds for f in placed if f.time]
        second = {f.entity.key for f in placed if f.rank == 2}
        gapped = any(g.ahead is None and g.behind is not None and g.behind.key in second for g in race.gaps)
        if not timed and not gapped:
            return
        faster = [
            f
            for f in race.facts.values()
            if f.rank is None and f.time and not f.derived and f.time.seconds < min(timed, default=math.inf)
        ]
        if len(faster) == 1:
            _rank_by_time(faster[0], 1)

    @staticmethod
    def _first_places_by_time(race: Race) -> None:
        """With third or fourth the best place stated and timed, the two or three unplaced athletes timed faster
        were the places above in the order of their times ("Liu clocked 1:24.655 to beat Lee by 0.038 seconds.
        Hoekstra came in third in 1:24.920"; a sweep of three timed skaters above "Zhelezova was fourth in
        1:22.40")."""
        placed = {f.rank: f for f in race.facts.values() if f.rank is not None}
        best = min(placed, default=None)
        if best not in (3, 4) or placed[best].time is None:
            return
        line = placed[best].time.seconds
        faster = sorted(
            (f for f in race.facts.values() if f.rank is None and f.time and f.time.seconds < line),
            key=lambda f: f.time.seconds,
        )
        times = [f.time.seconds for f in faster]
        if len(faster) == best - 1 and len(set(times)) == len(times):
            for rank, facts in enumerate(faster, start=1):
                _rank_by_time(facts, rank)

    @staticmethod
    def _second_by_time(race: Race) -> None:
        """With the winner and third placed and timed, the one unplaced athlete timed between them was
        second ("won in 2:56.14 to beat Japan by 0.41 seconds. The Netherlands were third in 2:57.10"); with third
        untimed, the one unplaced timed finisher when every other place is taken."""
        placed = {f.rank: f for f in race.facts.values() if f.rank is not None}
        first, third = placed.get(1), placed.get(3)
        if 2 in placed or first is None or third is None or first.time is None:
            return
        if third.time is None:
            # "beat Jelle Postma by 0.083 seconds, winning in 1:25.617. Zawadzki took bronze, with Fraser fourth":
            # every place but second is taken, by all but one timed finisher
            finished = [f for f in race.facts.values() if f.status == "finished"]
            unplaced = [f for f in finished if f.rank is None]
            ranks = {f.rank for f in finished} - {None}
            if len(unplaced) == 1 and unplaced[0].time and ranks == set(range(1, len(finished) + 1)) - {2}:
                _rank_by_time(unplaced[0], 2)
            return
        between = [
            f
            for f in race.facts.values()
            if f.rank is None and f.time and first.time.seconds <= f.time.seconds < third.time.seconds
        ]
        if len(between) == 1:
            _rank_by_time(between[0], 2)

    def _event_name(self, gender: str | None, race: Race, sport: str) -> str:
        """ "women's 500m", "men's 1000m semi-final 2", "women's 500m (Sunday)"."""
        key, run = race.key, race.run
        numbered = run.age is not None and run.age not in AGE_CLASSES.values()
        parts = [run.age] if run.age and not numbered else []
        if gender:
            parts.append(f"{gender}'s" if gender != "mixed" else "mixed")
        if numbered:
            parts.append(run.age)  # "men's M65 1500m", "women's 55-59 500m"
        if key.distance:
            metres = key.distance
            if metres < 1000 or metres <= 10_000 and sport in METRE_SPORTS:
                parts.append(f"{metres}m")
            else:
                parts.append(f"{metres / 1000:g}km")
        if key.discipline:
            parts.append(key.discipline)
        elif not key.distance:
            parts.append(sport)  # "women's triathlon"
        if run.round:
            parts.append(run.round + (f" {run.number}" if run.number else ""))
        twins = [r for r in self.races if r.facts and r.key == key and r.run.round == run.round]
        if len(twins) > 1:
            which = [ORDINAL_NAMES[run.ordinal]] if run.ordinal else []
            parts.append("(" + ", ".join(which + ([run.day.title()] if run.day else [])) + ")")
        return " ".join(p for p in parts if p != "()") or "race"

    def _pronoun_gender(self, race: Race, finished: bool = False) -> str | None:
        """The gender of the pronouns that refer to a race's athletes (once it is assembled, to those with a
        result in it), if any."""
        athletes = {key for key, facts in race.facts.items() if not finished or self._reportable(facts)}
        counts: Counter[str] = Counter()
        for token, gender in self.pronouns:
            antecedent = self._antecedent(token)
            if antecedent is not None and antecedent.key in athletes:
                counts[gender] += 1
        return counts.most_common(1)[0][0] if counts else None

    def _given_names_gender(self, race: Race) -> str | None:
        """The gender the given names of a race's athletes show, a team's members standing for it ("Kim Ha-rin, Ryu
        Ji-an, Baek Seo-hee and Moon Yu-na crossed in 4:05.877"; "Torstein Vik, Henrik Aasland and Magnus Rød of
        Norway won")."""
        crews = [e.full_form for (race_id, _), crew in self.listed_crews.items() if race_id == id(race) for e in crew]
        names = [name.split() for f in race.facts.values() for name in f.members or [f.entity.full_form]]
        return field_gender(parts[0] for parts in names + [name.split() for name in crews] if len(parts) > 1)

    def _infer_gender(self, race: Race) -> str | None:
        """A race's gender when no mention states it: pronouns, the gender named last before its first result
        in its paragraph, its athletes' given names, then the article's only gender word or demonym."""
        pronouns = self._pronoun_gender(race, finished=True) or self._paragraph_gender(race)
        if pronouns:
            return pronouns
        by_names = self._given_names_gender(race)
        if by_names:
            return by_names
        genders = Counter(s.kind for s in self.signals if s.label == "GENDER")
        if len(genders) == 1:
            return genders.most_common(1)[0][0]
        demonyms = Counter(
            gender
            for s in self.signals
            if s.label == "NATION" and (gender := _demonym_gender(s.span.text.lower())) is not None
        )
        if len(demonyms) == 1:
            return demonyms.most_common(1)[0][0]
        return None

    def _paragraph_gender(self, race: Race) -> str | None:
        """The gender named last before a race's first result in its paragraph ("The Dutch men then completed
        a perfect afternoon. In the 5000 metres relay, Verbeek, Hoogland, Stam and de Graaf took gold")."""
        if race.first_result is None:
            return None
        first = self.doc[race.first_result].idx
        paragraph = self._paragraph_start(first)
        named = [
            s.kind
            for s in self.signals
            if s.label == "GENDER"
            and paragraph < s.span.start_char < first
            and not self._background(s.span)
            and not self.quoted.intersection(range(s.span.start, s.span.end))
        ]
        return named[-1] if named else None

    @staticmethod
    def _next_places(race: Race) -> None:
        """Place athletes said to finish right behind another once that one's place is known, and the one ahead
        once the one behind's is, chains included ("Ishikawa edged Brandt for fourth place, while Stokke finished
        just behind Brandt"; "Dijkstra did not come further than a ninth place. She ended directly behind Bos")."""
        for _ in range(len(race.next_places)):
            for behind, ahead, steps, span in race.next_places:
                placed, before = race.facts.get(behind.key), race.facts.get(ahead.key)
                if placed is None or before is None:
                    continue
                if placed.rank is None and before.rank is not None:
                    placed.rank = before.rank + steps
                    placed.note("rank", span)
                elif before.rank is None and placed.rank is not None and placed.rank > steps:
                    before.rank = placed.rank - steps
                    before.note("rank", span)

    @staticmethod
    def _ahead_of_the_second(race: Race) -> None:
        """The one the second-placed finished a gap behind is first ("Seo took silver ..., just 0.047 second behind
        Canada's Etienne Bouchard"), where the race has no first yet."""
        if any(f.rank == 1 or f.winner or f.medal == "gold" for f in race.facts.values()):
            return
        for gap in race.gaps:
            behind = race.facts.get(gap.behind.key) if gap.behind is not None else None
            if behind is not None and gap.ahead is not None and behind.rank == 2:
                ahead = race.of(gap.ahead, gap.span.start)
                if ahead.rank is None:
                    ahead.rank = 1
                    ahead.note("rank", gap.span)

    def _settle_times(self, race: Race) -> None:
        """Of two times stated for one athlete keep the first, unless a later one alone fits the places and the
        exact gaps stated ("beat her in December, 6:54.02 to 6:55.40" before "had set 6:52.31" for the winner
        of a race the runner-up lost by 1.49 seconds in 6:53.80); warn either way."""
        for facts in race.facts.values():
            if not facts.other_times or facts.time is None:
                continue
            candidates = [(facts.time, None), *facts.other_times]
            misfits = [self._misfits(race, facts, time) for time, _ in candidates]
            best = min(range(len(candidates)), key=lambda n: misfits[n])
            kept = facts.time
            if misfits[best] < misfits[0]:
                kept, span = candidates[best]
                facts.time, facts.derived = kept, False
                facts.evidence = [e for e in facts.evidence if e["field"] != "time"]
                facts.note("time", span)
            stated = ", ".join(t.text for t, _ in candidates)
            self.warnings.append(
                f"{facts.entity.full_form}: {len(candidates)} times stated ({stated}); kept {kept.text}"
            )

    def _misfits(self, race: Race, facts: Facts, time: Duration) -> int:
        """How many stated places and exact gaps a time for an athlete contradicts (a time far below a lower
        place's is no finishing time, nor is one faster than anyone covers the race's distance)."""
        count = int(time.seconds < self._fastest_covering(race))
        for other in race.facts.values():
            if other is facts or other.time is None or other.derived or None in (other.rank, facts.rank):
                continue
            if (other.rank - facts.rank) * (other.time.seconds - time.seconds) < -0.0005:
                count += 1
            if other.rank > facts.rank and time.seconds < PARTIAL_TIME_RATIO * other.time.seconds:
                count += 1  # a split: "ahead of Dahl (1:37.80 and 3:19.44)" before he won in 6:41.22
        for gap in race.gaps:
            if gap.approximate or None in (gap.ahead, gap.behind):
                continue
            ahead, behind = race.facts.get(gap.ahead.key), race.facts.get(gap.behind.key)
            if facts is ahead and behind is not None and behind.time is not None and not behind.derived:
                count += abs(behind.time.seconds - gap.duration.seconds - time.seconds) > 0.005
            if facts is behind and ahead is not None and ahead.time is not None and not ahead.derived:
                count += abs(ahead.time.seconds + gap.duration.seconds - time.seconds) > 0.005
        return count

    def _fastest_covering(self, race: Race) -> float:
        """The fewest seconds anyone covers a race's stated distance in (0 with none stated), at the sport's top
        average speed."""
        return (race.key.distance or 0) / (MAX_SKATING_SPEED if self.sport in SKATING_SPEEDS else MAX_SPEED)

    def _drop_partial_times(self, race: Race) -> None:
        """A stated time far below the winner's is no finisher's result in the same race but a run or a lap
        of it ("could only manage 1:13.78 in the afternoon" against a winning 2:28.63), nor one faster than
        anyone covers the race's distance (a lap of 28.6 in a 2,400m team pursuit): drop it. A judged event keeps
        no times at all."""
        winner = next((f for f in race.facts.values() if f.rank == 1 and f.time and not f.derived), None)
        fastest = max(self._fastest_covering(race), PARTIAL_TIME_RATIO * winner.time.seconds if winner else 0)
        if race.key.discipline in JUDGED_DISCIPLINES:  # a halfpipe's 94.25 is a score, not a time
            for facts in race.facts.values():
                facts.time = None
                facts.evidence = [e for e in facts.evidence if e["field"] != "time"]
            return
        for facts in race.facts.values():
            if facts.time and facts.time.seconds < fastest:
                self.warnings.append(f"{facts.entity.full_form}: {facts.time.text} is no finishing time; dropped")
                facts.time = None
                facts.evidence = [e for e in facts.evidence if e["field"] != "time"]

    def _derive(self, race: Race) -> None:
        """Turn exact gaps into derived times, chains included."""
        winner = next((f for f in race.facts.values() if f.rank == 1), None) or next(
            (f for f in race.facts.values() if f.winner), None
        )
        changed = True
        rounds = 0
        while changed and rounds < 10:
            changed = False
            rounds += 1
            for gap in race.gaps:
                if gap.approximate and not gap.whole_seconds:
                    continue
                behind = race.facts.get(gap.behind.key) if gap.behind else None
                # "finished 17th, four hundredths of a second slower": than the athlete stated before, else the winner
                previous = race.facts.get(gap.last_timed.key) if gap.last_timed is not None else None
                timed = previous if previous is not None and previous.time is not None else None
                ahead = race.facts.get(gap.ahead.key) if gap.ahead else timed or winner
                if gap.ahead is None and gap.ahead_rank != 1:
                    ahead = next((f for f in race.facts.values() if f.rank == gap.ahead_rank), None)
                if gap.ahead is not None and ahead is None:
                    ahead = race.of(gap.ahead, gap.span.start)
                if gap.behind is None:
                    behind = next((f for f in race.facts.values() if f.rank == 2), None)
                if behind is None or ahead is None or behind is ahead:
                    continue
                if gap.approximate and not (ahead.time is not None and ahead.time.decimals == 0):
                    continue
                if ahead.time is not None and behind.time is None:
                    decimals = max(ahead.time.decimals, gap.duration.decimals)
                    seconds = round(ahead.time.seconds + gap.duration.seconds, decimals)
                    behind.time, behind.derived = Duration(seconds, decimals), True
                    behind.note("time", gap.span)
                    changed = True
                elif behind.time is not None and ahead.time is None:
                    decimals = max(behind.time.decimals, gap.duration.decimals)
                    seconds = round(behind.time.seconds - gap.duration.seconds, decimals)
                    if seconds > 0:
                        ahead.time, ahead.derived = Duration(seconds, decimals), True
                        ahead.note("time", gap.span)
                        changed = True

    def _check(self, race: Race) -> None:
        """Warn about ranks that clash with each other or with the times."""
        ranked = [f for f in race.facts.values() if f.rank is not None]
        counts = Counter(f.rank for f in ranked)
        for rank, count in counts.items():
            if count > 1:
                names = ", ".join(f.entity.full_form for f in ranked if f.rank == rank)
                self.warnings.append(f"rank {rank} given to {count} athletes: {names}")
        timed = sorted((f for f in ranked if f.time is not None), key=lambda f: f.rank)
        for better, worse in zip(timed, timed[1:], strict=False):
            if better.rank < worse.rank and better.time.seconds > worse.time.seconds + 0.0005:
                self.warnings.append(
                    f"{better.entity.full_form} ranked {better.rank} in {better.time.text} but "
                    f"{worse.entity.full_form} ranked {worse.rank} in {worse.time.text}"
                )

    def _nation_of(self, entity: Entity, seen: frozenset[int] = frozenset()) -> tuple[str | None, Span | None]:
        """An athlete's nation as stated, else a teammate's or compatriot's, whichever of the two the text
        gives a nation ("Her U.S. teammate Avery Chen-Whitlock" gives her one too)."""
        if entity.key in self.nations:
            _, code, span = self.nations[entity.key]
            return code, span
        for owner, reference, _ in self.same_nation:
            other = reference if owner is entity else owner if reference is entity else None
            if other is not None and other.key not in seen:
                code, span = self._nation_of(other, seen | {entity.key})
                if code is not None:
                    return code, span
        return None, None

    def _result(self, facts: Facts, host: Signal | None = None) -> dict:
        """One result row; an athlete with no nation stated takes the `host` nation: a national championship's, or
        that of the team the report is about."""
        entity = facts.entity
        nation, nation_span = self._nation_of(entity)
        if nation is None and host is not None and entity.key < 10_000:
            nation, nation_span = host.kind, host.span
        evidence = list(facts.evidence)
        if nation_span is not None:
            evidence.append(
                {
                    "field": "nation",
                    "start": nation_span.start_char,
                    "end": nation_span.end_char,
                    "text": nation_span.text,
                }
            )
        first = entity.mentions[0]
        evidence.insert(0, {"field": "athlete", "start": first.start_char, "end": first.end_char, "text": first.text})
        time = None
        if facts.time is not None:
            time = {
                "text": format_seconds(facts.time.seconds, facts.time.decimals),
                "seconds": round(facts.time.seconds, 3),
                "derived": facts.derived,
            }
        crew = entity.full_form.split("/") if self._crew_by_name(entity) else []  # "Lukas Grabner/Matthias Eder"
        return {
            "athlete": entity.full_form,
            "aliases": entity.aliases,
            "members": crew or facts.members,
            "nation": nation,
            "rank": facts.rank,
            "medal": facts.medal,
            "time": time,
            "status": facts.status if facts.rank is None and facts.time is None else "finished",
            "records": facts.records,
            "evidence": evidence,
        }


def _best_of_a_group(word: Token) -> bool:
    """Whether "best" names the one of a group who did best ("The best of the Soviet skaters, Olga Zhelezova,
    was fourth"), not a time ("Her best in Thialf was 6:18.40")."""
    return any(
        child.dep_ == "appos"
        or child.dep_ == "prep"
        and child.lower_ == "of"
        and any(g.tag_ in ("NNS", "NNPS") for g in child.children)
        for child in word.children
    )


def assemble_record(doc: Doc, signals: list[Span], mentions: list[Span]) -> dict:
    """Build the article's events, results, people and warnings as plain data from its annotations."""
    return _Assembler(doc, list(signals), list(mentions)).run()


def _podium_told(race: Race) -> bool:
    """Whether a race's whole podium is told, places or medals, as a race reported in its own right is."""
    places = {f.rank or MEDAL_RANK.get(f.medal or "") or (1 if f.winner else None) for f in race.facts.values()}
    return {1, 2, 3} <= places


def _speech(verb: Token) -> bool:
    """Whether a verb tells of speech ("said", "told", "added"), not of adding a race ("to add the 3,000m")."""
    return verb.lemma_ in SPEECH_VERBS and not any(c.dep_ == "dobj" for c in verb.children)


def _runners_up_follow(word: Token, following: Token) -> int:
    """How many words, from this one, introduce the athletes behind the one before them ("ahead of", "clear of",
    "followed by"; a British "won from"); 0 if these do not."""
    if word.lower_ in AHEAD and following.lower_ == "of" and not _medal_count_before(word):
        return 2
    if word.lower_ == "followed" and following.lower_ == "by":
        return 2
    beaten = any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in word.children)  # not "won from the last pair"
    return 1 if word.lower_ == "from" and word.head.lemma_ == "win" and beaten else 0


def _in_own_clause(token: Token, clause: Token) -> bool:
    """Whether a token sits in a clause below no other subject's ("by taking gold in the relay" under "the
    Netherlands brought"; not "while Oh took the 500m" under "beating the Netherlands")."""
    if not clause.is_ancestor(token):
        return False
    node = token.head
    while node != clause:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False
        node = node.head
    return True


def _medal_count_before(word: Token) -> bool:
    """Whether "ahead" or "behind" follows a count of medals or wins, a medal table's lead ("four golds ahead of the
    USA", "with three gold medals, ahead of Italy"), not a race's."""
    before = [t for t in word.doc[max(word.i - 4, 0) : word.i] if not t.is_punct]
    return bool(before) and before[-1].lower_ in TALLY_NOUNS and any(t.like_num for t in before[-3:-1])


def _contrast_clause(head: Token) -> bool:
    """Whether a clause with a subject of its own is set against the one above it ("X broke the course record,
    while Y won the women's race")."""
    return (
        head.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in head.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    )


def _in_relative_clause_without(token: Token, other: Token) -> bool:
    """Whether a token sits in a relative clause that describes something and does not hold `other`."""
    node = token
    while node.head != node:
        if node.dep_ == "relcl":
            return other not in node.subtree
        node = node.head
    return False


def _within_clause(token: Token, clause: Token) -> bool:
    """Whether a token sits in a clause, not in an adverbial clause of it ("finishing in 4:21.37 and denying the
    hosts a first gold since 2013" is no part of what "the sled" is)."""
    node = token
    while node != clause:
        if node.dep_ == "advcl" or node.head == node:
            return False
        node = node.head
    return True
