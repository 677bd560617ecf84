"""Settings come from the environment: safe defaults for the demo, loud errors for typos."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from upstander.settings.env import env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]


def test_booleans_accept_the_usual_spellings_and_refuse_the_rest(monkeypatch):
    monkeypatch.setenv("FLAG", "True")
    assert env_bool("FLAG") is True
    monkeypatch.setenv("FLAG", "0")
    assert env_bool("FLAG") is False
    monkeypatch.setenv("FLAG", "yes please")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be one of"):
        env_bool("FLAG")


def test_numbers_and_lists_are_parsed_or_refused(monkeypatch):
    monkeypatch.setenv("PORT", "twelve")
    with pytest.raises(ImproperlyConfigured, match="PORT must be a whole number"):
        env_int("PORT", "1")
    monkeypatch.setenv("HOSTS", " a.example , ,b.example")
    assert env_list("HOSTS") == ["a.example", "b.example"]


def run_manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="upstander.settings.production",
        SECRET_KEY="x7!" + "k" * 30 + "Qz9#" + "m" * 30,
        ALLOWED_HOSTS="upstander.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_with_the_demo_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="upstander.settings.production")
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_the_demo_needs_no_configuration_at_all():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="upstander.settings.dev")
    assert result.returncode == 0, result.stderr
