"""kynangso — bộ học liệu Jupyter bồi dưỡng kỹ năng số cho cán bộ cấp xã."""

from kynangso import lazy_iri

lazy_iri.install()  # before anything reads a notebook (see lazy_iri)

__version__ = "0.2.0"
__all__ = ["__version__"]
