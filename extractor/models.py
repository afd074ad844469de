"""The record written for each article: pydantic models, the single source of truth for its JSON Schema."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Medal = Literal["gold", "silver", "bronze"]
Status = Literal["finished", "dnf", "dq", "dns"]
Gender = Literal["women", "men", "mixed"]
RecordCode = Literal["WR", "OR", "TR", "NR", "PB"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """Where in the input text a value was read: character offsets and the text itself."""

    field: str
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: str


class RaceTime(_Model):
    """A result time: normalised text ("1:15.83"), seconds, and whether it was derived from a gap."""

    text: str
    seconds: Annotated[float, Field(ge=0)]
    derived: bool = False


class Result(_Model):
    """One athlete's (or team's) result in one event."""

    athlete: str
    aliases: list[str] = []
    members: list[str] = []
    nation: Annotated[str | None, Field(pattern=r"^[A-Z]{3}$")] = None
    rank: Annotated[int | None, Field(ge=1)] = None
    medal: Medal | None = None
    time: RaceTime | None = None
    status: Status = "finished"
    records: list[RecordCode] = []
    evidence: list[Evidence] = []


class Competition(_Model):
    """The competition an event belongs to; any part may be unknown."""

    name: str | None = None
    year: int | None = None
    location: str | None = None


class Event(_Model):
    """One race whose result the article states."""

    sport: str
    event: str
    distance_m: Annotated[int | None, Field(gt=0)] = None
    gender: Gender | None = None
    round: str | None = None
    competition: Competition = Competition()
    date: str | None = None
    field_size: Annotated[int | None, Field(ge=1)] = None
    results: list[Result] = []


class Person(_Model):
    """A named person who is not a result of any event, and why they are named."""

    name: str
    role: str


class Source(_Model):
    """Where the article came from."""

    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None


class ErrorInfo(_Model):
    """Why an article could not be processed."""

    type: str
    message: str


class ArticleRecord(_Model):
    """Everything extracted from one article: one JSON line of the output."""

    schema_version: str = SCHEMA_VERSION
    extractor_version: str
    model: str
    article_id: str
    source: Source = Source()
    events: list[Event] = []
    people: list[Person] = []
    warnings: list[str] = []
    error: ErrorInfo | None = None
