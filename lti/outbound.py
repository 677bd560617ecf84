"""URLs that a platform or a registration hands us: parsed once, compared by origin.

A URL is compared by its parts (scheme, host, port), never as a string: `http://lms-a.test@evil`
starts with `http://lms-a.test` yet points at `evil`. URLs with user information are refused
outright; no LMS needs them and they exist to deceive.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import SplitResult, urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


class UnsafeUrl(ValueError):
    """A URL we will not fetch, render or redirect to. The message is safe to show staff."""


class Origin(NamedTuple):
    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        default = DEFAULT_PORTS[self.scheme] == self.port
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}" + ("" if default else f":{self.port}")


def parse_web_url(url: object) -> SplitResult:
    """An absolute http(s) URL with a host and no user information, or `UnsafeUrl`."""
    if not isinstance(url, str) or not url:
        raise UnsafeUrl("The address is empty.")
    if any(ord(ch) < 0x21 or ch == "\\" for ch in url):
        raise UnsafeUrl("The address contains spaces, control characters or backslashes.")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError as exc:
        raise UnsafeUrl("The address is not a valid URL.") from exc
    if parts.scheme.lower() not in DEFAULT_PORTS:
        raise UnsafeUrl("Only http and https addresses are accepted.")
    if not parts.hostname:
        raise UnsafeUrl("The address has no host.")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise UnsafeUrl("Addresses with a user name or password are not accepted.")
    return parts


def origin_of(url: object) -> Origin:
    parts = parse_web_url(url)
    scheme = parts.scheme.lower()
    host = parts.hostname.lower().rstrip(".")  # type: ignore[union-attr]
    return Origin(scheme, host, parts.port or DEFAULT_PORTS[scheme])


def same_origin(a: object, b: object) -> bool:
    """Both are valid web URLs with the same scheme, host and port."""
    try:
        return origin_of(a) == origin_of(b)
    except UnsafeUrl:
        return False


def is_under(url: object, base: object) -> bool:
    """`url` has `base`'s origin and its path lies at or below `base`'s path."""
    if not same_origin(url, base):
        return False
    path = parse_web_url(url).path or "/"
    base_path = parse_web_url(base).path or "/"
    if path == base_path or base_path.endswith("/") and path.startswith(base_path):
        return True
    return path.startswith(base_path.rstrip("/") + "/")
