"""Rules taught in the course, as small functions that lessons, widgets and tests share."""
