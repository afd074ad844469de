"""Reading input articles: text, JSON Lines, HTML pages and RSS/Atom feeds, gzip or not, files or stdin."""

from .sources import FORMATS, InputOptions, format_of, iter_articles

__all__ = ["FORMATS", "InputOptions", "format_of", "iter_articles"]
