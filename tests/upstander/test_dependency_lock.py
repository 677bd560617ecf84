"""A fresh machine installs exactly what CI tested: every package in the lock, with hashes."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;\\]+)")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name.split("[")[0]).lower()


def _lock() -> dict[str, tuple[str, list[str]]]:
    """Package -> (version, hashes), read from requirements.lock."""
    pins: dict[str, tuple[str, list[str]]] = {}
    current = None
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        match = PIN.match(line)
        if match:
            current = _normal(match.group(1))
            pins[current] = (match.group(2), [])
        elif current and "--hash=sha256:" in line:
            pins[current][1].append(line.split("--hash=sha256:")[1].split()[0])
        elif not line.startswith(" "):
            current = None
    return pins


def _direct_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements += extra
    pins = {}
    for requirement in requirements:
        name, _, version = requirement.partition("==")
        assert version, f"{requirement} is not pinned with == in pyproject.toml"
        pins[_normal(name)] = version
    return pins


def test_every_direct_dependency_is_locked_at_the_version_pyproject_pins():
    lock = _lock()
    for name, version in _direct_pins().items():
        assert name in lock, f"{name} is in pyproject.toml but not in requirements.lock: make lock"
        assert lock[name][0] == version, f"{name}: pyproject {version}, lock {lock[name][0]}"


def test_every_locked_package_carries_a_hash():
    lock = _lock()
    assert len(lock) > len(_direct_pins())  # transitive packages are locked too
    for name, (_version, hashes) in lock.items():
        assert hashes, f"{name} has no hash in requirements.lock"
