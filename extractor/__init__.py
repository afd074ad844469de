"""Turn race reports into structured, validated results records."""

__version__ = "0.1.0"

from .api import Article, extract, extract_many, get_pipeline  # noqa: E402
from .models import ArticleRecord  # noqa: E402
from .pipeline import load  # noqa: E402

__all__ = ["Article", "ArticleRecord", "__version__", "extract", "extract_many", "get_pipeline", "load"]
