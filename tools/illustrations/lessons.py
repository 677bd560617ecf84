# ruff: noqa: E501  (SVG path data reads best on one line per part)
"""One scene per lesson: lessons_content/images/lessons/<strand>/<slug>.svg.

Each scene (lessons_cb_to_gc.py, lessons_ml_to_rr.py) is the strand's backdrop plus a few parts from shapes.py; the lesson's `::: image`
block holds the alt text describing it.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.illustrations import lessons_cb_to_gc, lessons_ml_to_rr

LESSONS: dict[str, Callable[[], str]] = {**lessons_cb_to_gc.SCENES, **lessons_ml_to_rr.SCENES}
