"""URLs that a platform or a registration hands us: parsed once, compared by origin, and
checked before anything is fetched from them.

A URL is compared by its parts (scheme, host, port), never as a string: `http://lms-a.test@evil`
starts with `http://lms-a.test` yet points at `evil`. URLs with user information are refused
outright; no LMS needs them and they exist to deceive.

A URL we fetch because a platform said so must be https and must not lead into our own network
(private, loopback, link-local, cloud metadata, ...), unless its host is on
LTI_OUTBOUND_ALLOWED_HOSTS (development, the demo LMS, the test LMS).
"""

from __future__ import annotations

import ipaddress
import socket
from typing import NamedTuple
from urllib.parse import SplitResult, urlsplit

from django.conf import settings

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


# --- Where we may connect ------------------------------------------------------------------
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Written out rather than left to `ipaddress.is_global`, whose ranges change between Python
# versions and which counts multicast as global.
BLOCKED_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "0.0.0.0/8",  # "this network", includes the unspecified address
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT (and Alibaba's metadata at 100.100.100.200)
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local: AWS, GCP and Azure metadata at 169.254.169.254
        "172.16.0.0/12",
        "192.0.0.0/24",  # IETF protocol assignments (Oracle's metadata at 192.0.0.192)
        "192.0.2.0/24",
        "192.88.99.0/24",  # 6to4 relays
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, and the broadcast address
        "::/96",  # unspecified, loopback and the deprecated IPv4-compatible addresses
        "::ffff:0:0/96",  # IPv4-mapped: only reached when the mapped address is not unwrapped
        "64:ff9b:1::/48",  # local-use NAT64
        "100::/64",  # discard
        "2001::/23",  # IETF protocol assignments, Teredo included
        "2001:db8::/32",
        "3fff::/20",
        "fc00::/7",  # unique local (AWS's IPv6 metadata at fd00:ec2::254)
        "fe80::/10",
        "fec0::/10",
        "ff00::/8",
    )
)
NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries to the same machine (mapped, NAT64, 6to4)."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return address.sixtofour


def is_blocked_address(address: str | IPAddress) -> bool:
    """True for any address inside our own network or no one's: never a platform's."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0] if isinstance(address, str) else address)
    except ValueError:
        return True
    embedded = _embedded_ipv4(ip)
    if embedded is not None:
        return is_blocked_address(embedded)
    return any(ip in net for net in BLOCKED_NETWORKS if net.version == ip.version)


def _allowed_entries() -> set[tuple[str, int | None]]:
    entries = set()
    for raw in getattr(settings, "LTI_OUTBOUND_ALLOWED_HOSTS", ()) or ():
        entry = raw.strip().lower()
        if not entry:
            continue
        # "host", "host:port", "[v6]" or "[v6]:port"; parsed as a URL's authority.
        parts = urlsplit("//" + entry)
        try:
            port = parts.port
        except ValueError:
            continue
        if parts.hostname:
            entries.add((parts.hostname.rstrip("."), port))
    return entries


def is_allowed_host(host: str, port: int) -> bool:
    """The host (any port) or host:port is on LTI_OUTBOUND_ALLOWED_HOSTS: http and private
    addresses are accepted for it."""
    host = host.lower().strip("[]").rstrip(".")
    entries = _allowed_entries()
    return (host, None) in entries or (host, port) in entries


def resolve(host: str, port: int) -> list[tuple]:
    """getaddrinfo for a TCP connection; `UnsafeUrl` when the name does not resolve."""
    try:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise UnsafeUrl(NOT_REACHABLE) from exc


# One message for a name that does not resolve and one that resolves inside our network, so
# that nobody learns which hosts exist on our side.
NOT_REACHABLE = "The address cannot be reached from Upstander or is not allowed."


def check_destination(url: str) -> None:
    """Raise `UnsafeUrl` unless `url` is one we may fetch because a platform named it.

    https only, and every address its host resolves to outside our own network, unless the
    host is on LTI_OUTBOUND_ALLOWED_HOSTS. The connection itself checks again (the outbound
    session connects only to an address it has checked), so a name that resolves differently
    a moment later gains nothing.
    """
    parts = parse_web_url(url)
    origin = origin_of(url)
    if is_allowed_host(origin.host, origin.port):
        return
    if origin.scheme != "https":
        raise UnsafeUrl("Only https addresses are accepted.")
    host = parts.hostname or ""
    for *_, sockaddr in resolve(host, origin.port):
        if is_blocked_address(sockaddr[0]):
            raise UnsafeUrl(NOT_REACHABLE)
