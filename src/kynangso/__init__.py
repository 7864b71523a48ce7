"""kynangso — bộ học liệu Jupyter bồi dưỡng kỹ năng số cho cán bộ cấp xã."""

__version__ = "0.2.0"
__all__ = ["__version__"]
