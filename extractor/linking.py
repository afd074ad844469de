"""Mention linking: full names, surnames, given names and misspellings of one person become one entity."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .folding import fold
from .given_names import name_gender

POSSESSIVE = ("'s", "’s", "'", "’")


RELATIVE_WORDS = frozenset(
    "aunt dad father grandfather grandmother grandma grandpa husband mom mother mum parents uncle wife".split()
)
CHILD_NOUNS = frozenset(("son", "daughter"))
CHILD_REACH = 8  # tokens from "her son" to the name it introduces ("Her son heard it too. Lorenzo Bellandi")
PARTICLES = frozenset("af da de del den der di dos du la le te ten ter van von zu".split())  # "van der", "de"
ROMAN = re.compile(r"[IVX]+")  # a number of a team's boats or sleds ("Germany I", "Germany II")
CAPITAL_INITIALS = re.compile(r"(^mc|^|[-'’])(\w)")  # where a name's capitals go: "o'neill" -> "O'Neill"
MIN_GIVEN_NAMES_ALONE = 2  # people called by their given name alone before the text's style is judged by them
NICKNAME_VERBS = frozenset("nicknamed dubbed aka nickname".split())  # 'nicknamed "Kez" by his team-mates'
NICKNAME_REACH = 40  # tokens from the full name to the nickname given to it


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """A mention's text without a nickname in quotation marks ('Brianne "Rocket" Sawchuk'), a possessive
    ending or stray whitespace."""
    text = " ".join(re.sub(r"\s[\"“”][^\"“”]{1,30}[\"“”]\s", " ", f" {text} ").split())
    for ending in POSSESSIVE:
        if text.endswith(ending):
            return text[: -len(ending)].rstrip()
    return text


def name_tokens(text: str) -> list[str]:
    """The folded word parts of a name ("Park Seo-yeon" -> ["park", "seo-yeon"])."""
    return list(_name_tokens(text))


@lru_cache(maxsize=65536)
def _name_tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(part) for part in re.split(r"[\s/]+", clean_name(text)) if part)  # a crew's "Grabner/Eder"


@lru_cache(maxsize=65536)
def _name_parts(forms: tuple[str, ...]) -> frozenset[str]:
    """The folded word parts of several forms of a name, together."""
    return frozenset(t for form in forms for t in name_tokens(form))


def _in_capitals(part: str) -> bool:
    """Whether a name part is written in capitals, as results tables write family names ("KITAMURA",
    "McALLISTER", "VAN")."""
    return len(part) > 1 and part[2:].isupper() if len(part) > 2 else part.isupper()


def _recased(part: str) -> bool:
    """Whether a part in capitals of a name otherwise in lower case is a family name's, to write as names are
    written: not a code or a sled's number ("Team GB", "Germany II")."""
    return part.isupper() and (len(part) > 2 and not ROMAN.fullmatch(part) or part.lower() in PARTICLES)


def _close(a: str, b: str) -> bool:
    """Whether two name parts are one edit apart (a misspelling), for parts of five letters or more; or,
    for parts of six letters or more, two letters apart inside the name ("Westra", "Weststra")."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=False)) == 1
    short, long_ = sorted((a, b), key=len)
    extra = len(long_) - len(short)
    if extra == 2 and len(short) < 6:
        return False
    inside = range(1, len(long_) - extra) if extra == 2 else range(len(long_))
    return any(long_[:i] + long_[i + extra :] == short for i in inside)


@dataclass
class Entity:
    """One person: every mention of them and the forms of the name the text uses."""

    key: int
    mentions: list[Span] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    used_alone: list[str] = field(default_factory=list)
    # the text calls people by their given name alone (a club newsletter's "Helen", "Dave"): the first part
    # of a name used alone is then the given name, even if it could be a family name ("Martin Pryce")
    given_names_alone: bool = False
    # the person's nation writes the family name first (Japan, Korea, China): "Japan's Sato Haruki", whose
    # second part alone is a known given name, is Haruki Sato
    family_name_first_nation: bool = False
    # the text writes such names family name first, as it shows for another of them ("Sakamoto Rina" ... "Sakamoto")
    family_name_first_text: bool = False
    # the person's nation is known to write the given name first: "Germany's Jutta Kramer", whom an interview
    # calls "Jutta", stays Jutta Kramer
    given_name_first_nation: bool = False
    # a relative named in the same order bears the second part as a family name: "Jordan Kessling" beside
    # "Tyler Kessling", however often the text calls him "Jordan"
    family_name_shared: bool = False

    @property
    def tokens(self) -> frozenset[str]:
        """All folded name parts of all forms."""
        return _name_parts(tuple(self.forms))

    @property
    def longest_form(self) -> str:
        """The form with the most parts (and letters), as the text writes it."""
        return max(self.forms, key=lambda f: (len(f.split()), len(f)))

    @property
    def full_form(self) -> str:
        """The longest form, in given-name-first order when the text shows the family name first (a form with
        the family name in capitals shows it for the others: "Zhang Ruyi" beside "ZHANG Ruyi"), a family name
        in capitals written as another form writes it, else with capital initials ("MONTANARI Valeria" gives
        "Valeria Montanari")."""
        best = self.longest_form
        parts = best.split()
        in_capitals = next(
            (
                form.split()
                for form in self.forms
                if sorted(name_tokens(form)) == sorted(name_tokens(best)) and _in_capitals(form.split()[0])
            ),
            None,
        )
        if in_capitals is not None and not all(p.isupper() for p in in_capitals):
            parts = in_capitals
        if len(parts) > 2 and all(_in_capitals(p) for p in parts[:-1]) and not parts[-1].isupper():
            parts = [parts[-1], *parts[:-1]]  # "VAN DER LINDE Noor"
        elif len(parts) == 2 and self._family_first(parts):
            parts = [parts[1], parts[0]]
        if all(p.isupper() for p in parts) and not all(_recased(p) for p in parts):
            return " ".join(parts)  # a sled's "USA I", written all in capitals
        # "FEMKE RUIJTER (NED) - Gold" as "Femke Ruijter of the Netherlands" writes it, else "Mateusz Kowalcze"
        return " ".join(self._as_written_elsewhere(p) if _recased(p) else p for p in parts)

    def _as_written_elsewhere(self, part: str) -> str:
        """A name part in capitals as another form writes it ("Mowbray" for "MOWBRAY"), else a particle in lower
        case ("de") and other parts with capital initials ("Zielińska", "Anna-Lena", "O'Neill", "McAllister")."""
        written = (w for form in self.forms for w in form.split() if fold(w) == fold(part) and not w.isupper())
        if (found := next(written, None)) is not None:
            return found
        if part.lower() in PARTICLES:
            return part.lower()
        return CAPITAL_INITIALS.sub(lambda m: m.group(1).capitalize() + m.group(2).upper(), part.lower())

    def _family_first(self, parts: list[str]) -> bool:
        """Whether a two-part name is written family name first: never when only the first part is a known
        given name (unless the second is a hyphenated given name); else the report's own words (not a
        quotation, where "Darnell" is a given name) use the first part alone more than the second, or (with
        no such short form) the second part is a hyphenated given name such as "Seo-yeon"; a first part in
        capitals is a family name ("KITAMURA Rin"); an initial is a given name's."""
        first, last = fold(parts[0]), fold(parts[1])
        if _abbreviated(parts[0]):
            return False  # the initial is the given name's: "T Novotna"
        if _abbreviated(parts[1]) and not ROMAN.fullmatch(parts[1]):
            return True  # "Novotna T.", not a sled's "Germany I"
        if _in_capitals(parts[0]) and not parts[1].isupper():
            return True  # a results table's "KITAMURA Rin", "McALLISTER Tess"
        pieces = parts[1].split("-")
        hyphenated_given = len(pieces) == 2 and pieces[1][:1].islower()
        if (
            self.given_name_first_nation
            or self.family_name_shared
            or name_gender(parts[0])
            and not (name_gender(parts[1]) and self.family_name_first_nation)  # "Lena Brandt", though "Brandt" is one
            and not hyphenated_given
        ):
            return False  # "Tom Hennessy", however often a club's news page says "Tom"
        if self.family_name_first_nation and name_gender(parts[1]) and not name_gender(parts[0]):
            return True
        if self.used_alone:
            if self.given_names_alone and name_gender(parts[0]):
                return False
            return self.used_alone.count(first) > self.used_alone.count(last)
        return hyphenated_given or self.family_name_first_nation and self.family_name_first_text

    def shows_family_name_first(self) -> bool:
        """Whether the text shows this two-part name written family name first by using its first part alone."""
        parts = self.longest_form.split()
        return len(parts) == 2 and self.used_alone.count(fold(parts[0])) > self.used_alone.count(fold(parts[1]))

    @property
    def aliases(self) -> list[str]:
        """The other forms the text uses, in order of first use."""
        full = self.full_form
        seen: list[str] = []
        for form in self.forms:
            if form != full and form not in seen:
                seen.append(form)
        return seen


TEXT_KEY = "race_text"


def doc_text(doc: Doc) -> str:
    """The document's text, joined from its tokens once and kept in `doc.user_data` (spaCy joins it anew at
    each `doc.text`, and the race components ask for it several times)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def quoted_tokens(doc: Doc) -> set[int]:
    """Tokens inside quotation marks (“...”, "...", «...», „...“), and an interview's answers ("A: No idea. ..."):
    what someone said is not the report's result. A double mark between digits is a time's ("1'58"44")."""
    inside: set[int] = set()
    text = re.sub(r'(?<=\d)"(?=\d)', "'", doc_text(doc))
    for match in re.finditer(r"(?m)“[^”]*”|\"[^\"\n]*\"|«[^»]*»|„[^“”\n]*[“”]|^A: [^\n]*", text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def link_mentions(mentions: list[Span], quoted: set[int]) -> tuple[list[Entity], dict[int, Entity]]:
    """Group person mentions into entities; return them and a map from a mention's start token to its entity.
    `quoted` holds the tokens inside quotation marks (a name used alone there says nothing of its order)."""
    entities: list[Entity] = []
    by_start: dict[int, Entity] = {}
    if not mentions:
        return entities, by_start
    doc = mentions[0].doc
    place = _Places([n for n, sent in enumerate(doc.sents) for _ in range(len(sent))], doc_text(doc).find("\n"))
    forms = _shared_family_names(mentions)
    ordered = sorted(mentions, key=lambda m: (-len(forms[m.start].split()), _abbreviated(forms[m.start]), m.start))
    nicknames = _nicknames(mentions)
    for mention in ordered:
        form = forms[mention.start]
        tokens = name_tokens(form)
        if not tokens:
            continue
        named = nicknames.get(form)
        target = by_start.get(named) if named is not None else _find(entities, tokens, mention.start, place)
        if target is None:
            target = Entity(key=len(entities))
            entities.append(target)
        target.mentions.append(mention)
        if form not in target.forms:
            target.forms.append(form)
        if len(tokens) == 1 and mention.start not in quoted:
            target.used_alone.append(tokens[0])
        by_start[mention.start] = target
    given_names_alone = sum(_given_name_used_alone(e) for e in entities) >= MIN_GIVEN_NAMES_ALONE
    family_names = {
        fold(parts[1]) for e in entities for f in e.forms if len(parts := f.split()) == 2 and name_gender(parts[0])
    }
    for entity in entities:
        entity.mentions.sort(key=lambda m: m.start)
        entity.given_names_alone = given_names_alone
        entity.family_name_shared = any(
            len(parts := f.split()) == 2 and fold(parts[1]) in family_names and not name_gender(parts[1])
            for f in entity.forms
        )
    entities.sort(key=lambda e: e.mentions[0].start)
    for index, entity in enumerate(entities):
        entity.key = index
    return entities, by_start


def _nicknames(mentions: list[Span]) -> dict[str, int]:
    """Nicknames given to someone named before them ("Kieran Doyle ... The 22-year-old from Birkenhead, nicknamed
    "Kez" by his team-mates"): the nickname -> the start of the last full name before it."""
    doc = mentions[0].doc
    found = {}
    for token in doc:
        if not (
            token.lower_ in NICKNAME_VERBS or token.lower_ == "as" and token.i and token.nbor(-1).lower_ == "known"
        ):
            continue
        nickname = next((t for t in doc[token.i + 1 : token.i + 3] if not t.is_quote), None)
        full = [m for m in mentions if m.end <= token.i and len(m) > 1]
        if nickname is not None and nickname.is_title and full and token.i - full[-1].end <= NICKNAME_REACH:
            found[nickname.text] = full[-1].start
    return found


def _initial(part: str) -> bool:
    """Whether a name part is an initial ("F", "A.")."""
    return len(part.rstrip(".")) == 1


def _abbreviated(form: str) -> bool:
    """Whether a name gives a part by its initial ("F Bosman", "A. Carney")."""
    return any(_initial(part) for part in form.split())


def _shared_family_names(mentions: list[Span]) -> dict[int, str]:
    """Each mention's name form; a given name joined by "and" to a full name takes its family name ("Tyler and
    Jordan Kessling": Tyler Kessling), not the last of a list ("Bai Lanqing, Hao and Zhou Yiming")."""
    forms = {m.start: clean_name(m.text) for m in mentions}
    by_start = {m.start: m for m in mentions}
    ends = {m.end for m in mentions}
    for mention in mentions:
        following = by_start.get(mention.end + 1)
        if (
            len(mention) == 1
            and following is not None
            and mention.doc[mention.end].lower_ == "and"
            and not (mention.start > 0 and mention.doc[mention.start - 1].text == "," and mention.start - 1 in ends)
            and len(forms[following.start].split()) == 2
            and name_gender(mention.text)
        ):
            forms[mention.start] = f"{forms[mention.start]} {forms[following.start].split()[-1]}"
    return forms


def _given_name_used_alone(entity: Entity) -> bool:
    """Whether the text calls a person by a given name alone that is plainly the given name: the first part of
    a two-part name that is a known given name while the second is not ("Helen" of "Helen Marsh")."""
    for form in entity.forms:
        parts = form.split()
        if (
            len(parts) == 2
            and name_gender(parts[0])
            and not name_gender(parts[1])
            and fold(parts[0]) in entity.used_alone
        ):
            return True
    return False


@dataclass(frozen=True)
class _Places:
    """Where a token is: its sentence's number, and the end of the headline (in characters)."""

    sentence: list[int]
    headline_end: int


def _find(entities: list[Entity], tokens: list[str], position: int, place: _Places) -> Entity | None:
    """The entity a mention belongs to: same parts, a subset of parts, or parts one letter apart."""
    wanted = set(tokens)
    if len(tokens) == 1:  # "Kleppe" is not the Gunhild Kleppe the text calls "Kleppe's mother"
        entities = [e for e in entities if tokens[0] not in _possessors(e)]
    exact = [e for e in entities if wanted <= e.tokens]
    if len(tokens) > 1:
        exact = [e for e in exact if any(set(name_tokens(f)) == wanted for f in e.forms)] or [
            e for e in exact if len(wanted) < max(len(name_tokens(f)) for f in e.forms)
        ]
    if exact:
        return _nearest(exact, position, place)
    initials = {t.rstrip(".") for t in tokens if _initial(t)}
    if initials and len(initials) < len(tokens):  # "F Bosman" is Femke Bosman; "Germany I" is not "Germany II"
        spelled = {t for t in wanted if not _initial(t)}
        abbreviated = [
            e
            for e in entities
            if spelled <= e.tokens
            and all(any(t.startswith(i) and t.strip("ivx") for t in e.tokens - spelled) for i in initials)
        ]
        if abbreviated:
            return _nearest(abbreviated, position, place)
    if len(tokens) == 1:
        fuzzy = [e for e in entities if any(_close(tokens[0], t) for t in e.tokens)]
        if fuzzy:
            return _nearest(fuzzy, position, place)
    else:
        fuzzy = [
            e
            for e in entities
            if any(
                len(name_tokens(f)) == len(tokens)
                and all(a == b or _close(a, b) for a, b in zip(sorted(name_tokens(f)), sorted(tokens), strict=True))
                for f in e.forms
            )
        ]
        if fuzzy:
            return _nearest(fuzzy, position, place)
    return None


def _relative_word(mention: Span) -> int | None:
    """The index of the relative noun that introduces a mention ("His mother, Lori Markusson"), or None."""
    doc, start = mention.doc, mention.start
    if start >= 1 and doc[start - 1].lower_ in RELATIVE_WORDS:
        return start - 1
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in RELATIVE_WORDS:
        return start - 2
    return None


def _named_as_child(entity: Entity) -> bool:
    """Whether the text introduces a person as someone's child, naming no one between ("as his son, Marcus
    Oyelaran, lined up", "Her son heard it too. Lorenzo Bellandi, 26, skated the last four laps")."""
    for mention in entity.mentions:
        doc = mention.doc
        for token in reversed(doc[max(0, mention.start - CHILD_REACH) : mention.start]):
            if token.pos_ == "PROPN":
                break
            if token.i and _a_child_of(doc[token.i - 1]):
                return True
    return False


def _a_child_of(token: Token) -> bool:
    """Whether a word and the next are a possessive pronoun and a child noun ("her son", "Their daughter")."""
    doc = token.doc
    return token.lower_ in ("his", "her", "their") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in CHILD_NOUNS


def _relative_after(mention: Span) -> bool:
    """Whether an apposition after a name makes the person someone's relative ("Thérèse Gagnon — Liam's
    grandmother", "Luc Gravel, her father")."""
    doc = mention.doc
    after = [t.lower_ for t in doc[mention.end : mention.end + 4]]
    if not after or after[0] not in (",", "—", "–", "-", "("):
        return False
    if len(after) > 2 and after[1] in ("his", "her", "their") and after[2] in RELATIVE_WORDS:
        return True
    return len(after) > 3 and after[2] in ("'s", "’s") and after[3] in RELATIVE_WORDS


def named_as_relative(entity: Entity) -> bool:
    """Whether the text introduces a person as someone's parent or spouse ("His mother, Lori Markusson")."""
    return any(_relative_word(m) is not None or _relative_after(m) or _parent_by_pronoun(m) for m in entity.mentions)


def _possessors(entity: Entity) -> set[str]:
    """The names whose relative the text introduces a person as ("Kleppe's mother, Gunhild Kleppe": kleppe)."""
    names = set()
    for mention in entity.mentions:
        word = _relative_word(mention)
        if word is not None and word >= 2 and mention.doc[word - 1].lower_ in ("'s", "’s"):
            names.add(fold(mention.doc[word - 2].text))
    return names


def _parent_by_pronoun(mention: Span) -> bool:
    """Whether a person is the subject of a sentence that goes on to "her son" before naming anyone else
    ("Sylvie Desrosiers had made a deal with herself: she would not cry until her son crossed the line"), or
    of one the next sentence opens with "Their son" ("Dan and Lisa Brandt were holding up a bedsheet ... Their
    son did not win a medal")."""
    root = mention.root
    if not (root.dep_ == "nsubj" or root.dep_ == "conj" and root.head.dep_ == "nsubj"):
        return False
    doc, end = mention.doc, mention.sent.end
    for token in doc[mention.end : end]:
        if token.pos_ == "PROPN":
            break
        if _a_child_of(token):
            return True
    return end < len(doc) and _a_child_of(doc[end])


def _nearest(entities: list[Entity], position: int, place: _Places) -> Entity:
    """Of several candidate entities, the one mentioned in this or the sentence before; else, of those named
    before the mention if any, the one its headline and text name, else the one the article introduced first below its
    headline (a relative quoted a paragraph earlier does not take the subject's surname, nor a mother named later
    her daughter's, nor a mother named first the headline's daughter's). A surname
    alone is never a parent's or spouse's while another person bears it ("Markusson" after "His mother, Lori
    Markusson"), and is a child's the text introduces as one ("his son, Marcus Oyelaran")."""
    entities = [e for e in entities if not named_as_relative(e)] or entities
    entities = [e for e in entities if _named_as_child(e)] or entities

    def last_before(entity: Entity) -> int:
        before = [m.start for m in entity.mentions if m.start <= position]
        return max(before) if before else -1

    recent = max(entities, key=last_before)
    last = last_before(recent)
    if last >= 0 and place.sentence[last] >= place.sentence[position] - 1:
        return recent

    def introduced(entity: Entity) -> tuple[bool, bool, bool, int]:
        below = [m.start for m in entity.mentions if m.start_char >= place.headline_end]
        headlined = bool(below) and len(below) < len(entity.mentions)
        return last_before(entity) < 0, not headlined, not below, min(below, default=0)

    return min(entities, key=introduced)
