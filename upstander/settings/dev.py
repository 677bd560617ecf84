"""`make demo`: debug on, everything local."""

import os

os.environ.setdefault("DEBUG", "True")

from .base import *  # noqa: E402,F403
