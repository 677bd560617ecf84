"""URLs that a platform or a registration hands us: parsed once, compared by origin, and
checked before anything is fetched from them.

A URL is compared by its parts (scheme, host, port), never as a string: `http://lms-a.test@evil`
starts with `http://lms-a.test` yet points at `evil`. URLs with user information are refused
outright; no LMS needs them and they exist to deceive.

A URL we fetch because a platform said so must be https and must not lead into our own network
(private, loopback, link-local, cloud metadata, ...), unless its host is on
LTI_OUTBOUND_ALLOWED_HOSTS (development, the demo LMS, the test LMS).

Time: a platform that answers slowly holds whoever waits for it (a web worker during a launch).
Each exchange (name lookup, connection, TLS handshake, request, answer) ends within
LTI_HTTP_TIMEOUT_SECONDS whatever the platform trickles, and a task made of several exchanges
(a launch's key set and its refetch, a roster's token and pages, a registration) runs under
`outbound_deadline`, which every exchange inside shares.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as LookupTimedOut
from contextvars import ContextVar
from typing import NamedTuple
from urllib.parse import SplitResult, urlsplit

import requests
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NameResolutionError, NewConnectionError
from urllib3.util.timeout import _DEFAULT_TIMEOUT

logger = logging.getLogger("lti.outbound")

DEFAULT_PORTS = {"http": 80, "https": 443}


class UnsafeUrl(ValueError):
    """A URL we will not fetch, render or redirect to. The message is safe to show staff, in
    their language (`str`); the log's `repr` stays in English."""

    def __repr__(self) -> str:
        with translation.override("en"):
            return f"{type(self).__name__}({', '.join(repr(str(arg)) for arg in self.args)})"


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
        raise UnsafeUrl(_("The address is empty."))
    if any(ord(ch) < 0x21 or ch == "\\" for ch in url):
        raise UnsafeUrl(_("The address contains spaces, control characters or backslashes."))
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError as exc:
        raise UnsafeUrl(_("The address is not a valid URL.")) from exc
    if parts.scheme.lower() not in DEFAULT_PORTS:
        raise UnsafeUrl(_("Only http and https addresses are accepted."))
    if not parts.hostname:
        raise UnsafeUrl(_("The address has no host."))
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise UnsafeUrl(_("Addresses with a user name or password are not accepted."))
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


def cache_lifetime(cache_control: str, ceiling: int) -> int:
    """Seconds a platform lets us keep what it sent: its `max-age`, never more than `ceiling`;
    none for `no-store` or `no-cache`; `ceiling` when it says nothing."""
    max_age = None
    for directive in (cache_control or "").lower().split(","):
        name, _eq, value = directive.strip().partition("=")
        if name in ("no-store", "no-cache"):
            return 0
        if name == "max-age":
            value = value.strip().strip('"')
            max_age = int(value) if value.isdigit() else 0
    return ceiling if max_age is None else min(max_age, ceiling)


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
    """getaddrinfo for a TCP connection; `UnsafeUrl` when the name does not resolve in time."""
    try:
        return _lookup(host, port)
    except (OSError, UnicodeError, LookupTimedOut) as exc:
        raise UnsafeUrl(NOT_REACHABLE) from exc


# A platform answers for its own names: its name server can take the resolver's whole timeout
# and retries (10 s and more) to answer, and getaddrinfo cannot be interrupted. Inside an
# exchange the lookup runs on one of a few threads and is given up at the deadline; a lookup
# given up finishes on its thread, and while they are all busy later ones wait their turn and
# time out, never the worker.
_LOOKUPS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="lti-dns")


def _lookup(host: str, port: int) -> list[tuple]:
    left = seconds_left()
    if left is None:
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    if left <= 0:
        raise LookupTimedOut()
    future = _LOOKUPS.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    return future.result(timeout=left)


# --- Deadlines ------------------------------------------------------------------------------
_deadline: ContextVar[float | None] = ContextVar("lti_outbound_deadline", default=None)


@contextlib.contextmanager
def outbound_deadline(seconds: float) -> Iterator[None]:
    """Every outbound exchange inside ends within `seconds` from now, all of them together
    (an inner deadline never extends an outer one). An exchange that would start after it, or
    is still running at it, fails like any other (`OutboundRequestFailed`)."""
    until = time.monotonic() + seconds
    outer = _deadline.get()
    token = _deadline.set(until if outer is None else min(outer, until))
    try:
        yield
    finally:
        _deadline.reset(token)


def seconds_left() -> float | None:
    """Seconds until the current deadline (the exchange's or the task's), or None outside one."""
    until = _deadline.get()
    return None if until is None else until - time.monotonic()


class DeadlinePassed(UnsafeUrl):
    """The platform took longer than the exchange or the task it belongs to may last."""


class _Exchange:
    """One request and its answer: at its deadline every socket it opened or reused is shut,
    which ends any read, TLS handshake included, however slowly the platform trickles.

    It watches duplicates of the sockets' descriptors: TLS takes over the original socket's
    descriptor, and http.client closes its connection object when the answer says
    `Connection: close` while the answer is still being read; shutting a duplicate shuts the
    one connection all of them name. The duplicates are closed when the exchange ends."""

    def __init__(self, until: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, until - time.monotonic()), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        try:
            duplicate = socket.socket(fileno=os.dup(sock.fileno()))
        except OSError:
            return  # closed already: nothing left to read from it
        with self._lock:
            self._sockets.append(duplicate)
            if self.expired:
                _shut(duplicate)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def end(self) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    # A shut socket reads as a clean end: `expired` tells a cut-off answer from a complete one.
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


_exchange: ContextVar[_Exchange | None] = ContextVar("lti_outbound_exchange", default=None)


def _watch(sock: socket.socket) -> None:
    exchange = _exchange.get()
    if exchange is not None:
        exchange.watch(sock)


# One message for a name that does not resolve and one that resolves inside our network, so
# that nobody learns which hosts exist on our side.
NOT_REACHABLE = _("The address cannot be reached from Upstander or is not allowed.")


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
        raise UnsafeUrl(_("Only https addresses are accepted."))
    host = parts.hostname or ""
    for *_info, sockaddr in resolve(host, origin.port):
        if is_blocked_address(sockaddr[0]):
            raise UnsafeUrl(NOT_REACHABLE)


# --- The session every outbound call uses ----------------------------------------------------
class OutboundRequestFailed(requests.RequestException):
    """Nothing usable came back, whatever the reason: a name that does not resolve, a refused
    or blocked address, a timeout, a redirect, an oversized answer. One message for all of
    them, so the tool cannot be used to map a network; the reason is only in the log."""

    MESSAGE = "The LMS could not be reached. Try again shortly."

    def __init__(self) -> None:
        super().__init__(self.MESSAGE)


class BlockedAddress(NewConnectionError):
    """The host resolved to an address inside our own network."""


class _CheckedAddressConnection(HTTPConnection):
    """Resolves the host once, checks every address, and connects only to a checked one: a
    name that resolves to a public address for the check and a private one for the connection
    (DNS rebinding) cannot slip past. TLS still verifies the certificate against the host.

    A read timeout alone lets a server drip a byte every few seconds for ever, holding a web
    worker: the current exchange (`_Exchange`) watches this connection's socket from the moment
    it exists, so its deadline also ends a trickled TLS handshake (for https the connection is
    made before the request is sent) and a kept-alive connection's next answer."""

    def request(self, *args, **kwargs):  # type: ignore[override]
        # A kept-alive connection, reused: the new exchange watches it too.
        if self.sock is not None:
            _watch(self.sock)
        return super().request(*args, **kwargs)

    def _new_conn(self) -> socket.socket:
        try:
            addresses = _lookup(self._dns_host, self.port)
        except (OSError, UnicodeError, LookupTimedOut) as exc:
            raise NameResolutionError(self.host, self, exc) from exc  # type: ignore[arg-type]
        if not is_allowed_host(self.host, self.port):
            blocked = [info[4][0] for info in addresses if is_blocked_address(info[4][0])]
            if blocked:
                raise BlockedAddress(self, f"{self.host} resolves to blocked {blocked}")
        error: OSError | None = None
        for family, kind, proto, _name, sockaddr in addresses:
            sock = socket.socket(family, kind, proto)
            _watch(sock)
            try:
                for option in self.socket_options or ():
                    sock.setsockopt(*option)
                if self.timeout is not _DEFAULT_TIMEOUT:
                    sock.settimeout(self.timeout)
                if self.source_address:
                    sock.bind(self.source_address)
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                error = exc
                sock.close()
        raise NewConnectionError(self, f"Failed to connect to {self.host}: {error}")


class _CheckedAddressHTTPSConnection(_CheckedAddressConnection, HTTPSConnection):
    pass


class _CheckedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _CheckedAddressConnection


class _CheckedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _CheckedAddressHTTPSConnection


class CheckedAddressAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _CheckedHTTPPool,
            "https": _CheckedHTTPSPool,
        }

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        # Through a proxy we would check the proxy's address, not the platform's.
        raise OutboundRequestFailed()


class OutboundSession(requests.Session):
    """The only way the tool fetches what a platform names: checked destination, checked
    address at connect time, short timeouts, no redirects, a size cap, and one error."""

    def __init__(self) -> None:
        super().__init__()
        from lti.pylti1p3_adapter import LIBRARY_USER_AGENT

        self.headers["User-Agent"] = f"Upstander LTI ({LIBRARY_USER_AGENT})"
        # No proxies, .netrc credentials or CA bundles from the environment.
        self.trust_env = False
        self.max_redirects = 0
        adapter = CheckedAddressAdapter(max_retries=0)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        exchange_seconds = float(settings.LTI_HTTP_TIMEOUT_SECONDS)
        left = seconds_left()
        token = _deadline.set(
            time.monotonic() + (exchange_seconds if left is None else min(left, exchange_seconds))
        )
        try:
            return self._exchange(method, url, *args, **kwargs)
        finally:
            _deadline.reset(token)

    def _exchange(self, method, url, *args, **kwargs) -> requests.Response:
        started = time.monotonic()
        try:
            left = seconds_left() or 0.0
            if left <= 0:
                raise DeadlinePassed("no time left before the deadline; not sent")
            kwargs["timeout"] = (
                min(float(settings.LTI_HTTP_CONNECT_TIMEOUT_SECONDS), left),
                min(float(settings.LTI_HTTP_TIMEOUT_SECONDS), left),
            )
            kwargs["allow_redirects"] = False
            kwargs["stream"] = True
            kwargs.pop("proxies", None)
            check_destination(url)
            exchange = _Exchange(time.monotonic() + (seconds_left() or 0.0))
            exchange_token = _exchange.set(exchange)
            try:
                response = super().request(method, url, *args, **kwargs)
                try:
                    if response.is_redirect or 300 <= response.status_code < 400:
                        raise UnsafeUrl(f"redirect ({response.status_code}) not followed")
                    response._content = _read_capped(response)
                finally:
                    response.close()
                if exchange.expired:
                    raise DeadlinePassed("the answer was still coming at the deadline")
            except (requests.RequestException, OSError) as exc:
                if exchange.expired:
                    raise DeadlinePassed(f"cut off at the deadline ({exc!r})") from exc
                raise
            finally:
                exchange.end()
                _exchange.reset(exchange_token)
        except (UnsafeUrl, requests.RequestException, OSError) as exc:
            logger.warning(
                "Outbound %s %s failed after %.1f s: %r",
                method,
                _for_log(url),
                time.monotonic() - started,
                exc,
            )
            raise OutboundRequestFailed() from exc
        return response


def _read_capped(response: requests.Response) -> bytes:
    """The body, stopped as soon as it passes LTI_HTTP_MAX_RESPONSE_BYTES (decompressed)."""
    cap = settings.LTI_HTTP_MAX_RESPONSE_BYTES
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise UnsafeUrl(f"answer of {declared} bytes is over the cap of {cap}")
    body = bytearray()
    for chunk in response.iter_content(chunk_size=64 * 1024):
        body += chunk
        if len(body) > cap:
            raise UnsafeUrl(f"answer over the cap of {cap} bytes")
    return bytes(body)


def _for_log(url: object) -> str:
    """Scheme, host, port and path: never the query, which may carry a token."""
    try:
        parts = urlsplit(str(url))
        return f"{parts.scheme}://{parts.netloc}{parts.path}"
    except ValueError:
        return "(invalid URL)"
