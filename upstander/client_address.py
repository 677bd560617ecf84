"""The address a request came from, for rate limits: read through the trusted proxies only.

Behind N proxies that each append the address they received from to `X-Forwarded-For`, the
client is the N-th entry from the right; anything further left was written by the client and
may be forged. With `TRUSTED_PROXY_COUNT = 0` (the default) the header is ignored and the
socket's `REMOTE_ADDR` decides. Used by every rate limit (concerns, claim codes, admin login);
never stored: callers hash it before it becomes a cache key.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _as_address(value: str) -> str:
    """`value` as a normalised IP address, or "" if it is not one."""
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "192.0.2.1:443"
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return ""


def client_address(request: HttpRequest) -> str:
    """The client's IP address as the trusted proxies saw it ("" if nothing usable)."""
    remote = _as_address(request.META.get("REMOTE_ADDR", ""))
    trusted = max(getattr(settings, "TRUSTED_PROXY_COUNT", 0), 0)
    if trusted == 0:
        return remote
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    forwarded = [hop.strip() for hop in header.split(",") if hop.strip()]
    if not forwarded:
        return remote  # not through the proxies: a direct connection, or a misconfigured proxy
    # Fewer entries than proxies: every entry was written by a trusted proxy; the first is the
    # furthest one known.
    hop = forwarded[-trusted] if len(forwarded) >= trusted else forwarded[0]
    return _as_address(hop) or remote


def client_network(request: HttpRequest) -> str:
    """The client for a rate limit: its IPv4 address, or the first address of its IPv6 /64.
    One home or phone gets a whole /64, so counting single IPv6 addresses would let one client
    be a new client on every request."""
    address = client_address(request)
    if ":" not in address:
        return address
    return str(ipaddress.IPv6Network(f"{address}/64", strict=False).network_address)
