"""A web worker keeps what it loaded at start-up out of the garbage collector's full passes,
so no request pays for walking the whole application."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_web_application_is_frozen_for_the_garbage_collector_once_loaded():
    script = "import gc, upstander.wsgi; print(gc.get_freeze_count(), len(gc.get_objects()))"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "upstander.settings.test"}
    command = [sys.executable, "-c", script]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    frozen, still_tracked = map(int, result.stdout.split())
    assert frozen > 50_000  # Django, Wagtail and the project's modules
    assert still_tracked < frozen / 10
