"""Errors raised by the extractor, each with a message a user can act on."""


class ExtractorError(Exception):
    """Base class of the errors the CLI reports as a clean message."""


class PatternError(ExtractorError):
    """A pattern file is missing, unreadable or malformed."""


class ModelError(ExtractorError):
    """The named spaCy pipeline cannot be loaded."""


class InputError(ExtractorError):
    """An input article cannot be read or decoded."""
