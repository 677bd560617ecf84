"""An LMS a real browser can use: the in-process test platform (tests/lti/platform.py) also
serves, on its loopback server, the pages Canvas or Moodle would show.

* `/courses/c1?as=<user>`: the course page. The tool runs in `<iframe name="tool_content">`
  (as in Canvas); links target that frame. The page answers the 1EdTech Client Side
  postMessages `lti.capabilities`, `lti.put_data` and `lti.get_data` from the tool's origin only.
* `/courses/c1/tool/<launch>?as=<user>`: inside the iframe, the auto-submitted form of the OIDC
  third-party login initiation towards the tool, with a fresh one-time `lti_message_hint`.
* `/auth`: the authorization endpoint. It checks the tool's request as a real LMS does
  (client id, registered redirect URI, response type and mode, scope, prompt, a state and a
  fresh nonce) and spends the message hint: each works once, for the user it was made for, as
  in Moodle and Canvas. Then it auto-POSTs the signed id_token.

It behaves as Moodle 5.1 (no platform storage) or as Canvas (platform storage, one issuer for
every school): `LmsBehaviour` in tests/lti/platform.py.
* `/deep-link-return`: receives the tool's LtiDeepLinkingResponse, verifies it with the tool's
  JWKS fetched over HTTP, and places the items in the course, each with its own line item.

The browser sees the LMS at http://127.0.0.1:<port> while the tool is pytest-django's live
server at http://localhost:<port>: different sites (ports do not count), so the tool's iframe
is cross-site, as in production.
"""

from __future__ import annotations

import datetime
import html
import http.client
import ipaddress
import json
import ssl
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jwt
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.lti.platform import (
    CANVAS,
    CANVAS_ISSUER,
    CLAIM,
    INSTRUCTOR,
    LEARNER,
    LmsBehaviour,
    PendingLaunch,
    TestPlatform,
)

DL = "https://purl.imsglobal.org/spec/lti-dl/claim/"
PEOPLE = {
    "tess": ("Tess Teacher", [INSTRUCTOR]),
    "sam": ("Sam Student", [LEARNER]),
}


@dataclass
class PlacedLink:
    id: str
    title: str
    url: str
    custom: dict
    line_item: dict | None
    line_item_id: str | None


@dataclass
class Refusal:
    endpoint: str
    reason: str


@dataclass
class BrowserLmsState:
    placed: list[PlacedLink] = field(default_factory=list)
    auth_requests: list[dict] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    deep_link_responses: list[dict] = field(default_factory=list)
    nonces: set[str] = field(default_factory=set)


def page(title: str, body: str, script: str = "") -> bytes:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;margin:1rem}"
        "iframe{width:100%;height:1400px;border:1px solid #888}</style></head>"
        f"<body>{body}<script>{script}</script></body></html>"
    ).encode()


def auto_submit(action: str, fields: dict, method: str = "post") -> bytes:
    inputs = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(str(v))}">'
        for k, v in fields.items()
    )
    return page(
        "Launching…",
        f'<form id="f" method="{method}" action="{html.escape(action)}">{inputs}'
        '<button type="submit">Continue</button></form>',
        "document.getElementById('f').submit();",
    )


# The platform side of 1EdTech LTI Client Side postMessages (lti.capabilities, lti.put_data,
# lti.get_data), kept per tool origin. Every message is logged on window.ltiMessages.
STORAGE_SCRIPT = """
(function () {
  const toolOrigin = %(tool_origin)s;
  const store = new Map();
  window.ltiMessages = [];
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || typeof data !== "object" || typeof data.subject !== "string") return;
    if (!data.subject.startsWith("lti.")) return;
    window.ltiMessages.push({origin: event.origin, subject: data.subject, key: data.key});
    if (event.origin !== toolOrigin) return;  // only the launched tool may use its storage
    const reply = (message) => event.source.postMessage(
      Object.assign({message_id: data.message_id}, message), event.origin);
    const key = event.origin + " " + data.key;
    if (data.subject === "lti.capabilities") {
      reply({subject: "lti.capabilities.response", supported_messages: [
        {subject: "lti.capabilities"}, {subject: "lti.put_data"}, {subject: "lti.get_data"}]});
    } else if (data.subject === "lti.put_data") {
      if (typeof data.key !== "string" || !data.key) {
        reply({subject: "lti.put_data.response",
               error: {code: "bad_request", message: "no key"}});
        return;
      }
      store.set(key, data.value);
      reply({subject: "lti.put_data.response", key: data.key, value: data.value});
    } else if (data.subject === "lti.get_data") {
      if (!store.has(key)) {
        reply({subject: "lti.get_data.response", key: data.key,
               error: {code: "not_found", message: "no such key"}});
        return;
      }
      reply({subject: "lti.get_data.response", key: data.key, value: store.get(key)});
    } else {
      reply({subject: data.subject + ".response",
             error: {code: "unsupported_subject", message: "not supported"}});
    }
  });
})();
"""


class BrowserLms(TestPlatform):
    """The test platform plus course pages, an authorization endpoint and a deep-link return."""

    def __init__(
        self, tool_url: str, *, behaviour: LmsBehaviour = CANVAS, tool_ca: str | bool = True
    ):
        self.tool_url = tool_url.rstrip("/")
        self.tool_ca = tool_ca  # what verifies the tool's TLS certificate (requests' verify)
        self.state = BrowserLmsState()
        super().__init__(behaviour=behaviour)
        self.login_method = behaviour.login_method
        self.storage = behaviour.platform_storage
        if behaviour is CANVAS:
            self.issuer = CANVAS_ISSUER  # every Canvas school's issuer; its pages are its own
        # The LMS's pages: at 127.0.0.1, a different site from the live server at localhost.
        self.web = self.base

    # --- URLs the browser uses (the LMS's own site) -------------------------------------------
    @property
    def auth_login_url(self) -> str:
        return self.web + "/auth"

    @property
    def deep_link_return_url(self) -> str:
        return self.web + "/deep-link-return"

    def course_url(self, user: str, launch: str = "") -> str:
        return f"{self.web}/courses/c1?as={user}" + (f"&launch={launch}" if launch else "")

    @property
    def tool_login_url(self) -> str:
        return self.tool_url + "/lti/login/"

    @property
    def tool_launch_url(self) -> str:
        return self.tool_url + "/lti/launch/"

    @property
    def tool_origin(self) -> str:
        parts = urlsplit(self.tool_url)
        return f"{parts.scheme}://{parts.netloc}"

    def tool_jwks_now(self) -> dict:
        response = requests.get(
            self.tool_url + self.tool_jwks_path, timeout=10, verify=self.tool_ca
        )
        response.raise_for_status()
        return response.json()

    def install_tool(self):
        """What an administrator does: register each side with the other."""
        platform = self.register()
        self.tool_jwks = self.tool_jwks_now()
        return platform

    # --- the LMS's views --------------------------------------------------------------------
    def course_page(self, query: dict) -> tuple[int, bytes]:
        user = query.get("as", ["sam"])[0]
        if user not in PEOPLE:
            return 403, page("Forbidden", "<p>Not enrolled.</p>")
        name, roles = PEOPLE[user]
        items = []
        if INSTRUCTOR in roles:
            items.append(
                f'<li><a href="/courses/c1/tool/deep_link?as={user}" target="tool_content">'
                "Add Upstander lessons</a></li>"
            )
        for link in self.state.placed:
            items.append(
                f'<li><a href="/courses/c1/tool/{link.id}?as={user}" target="tool_content">'
                f"{html.escape(link.title)}</a></li>"
            )
        launch = query.get("launch", [""])[0]
        src = f"/courses/c1/tool/{html.escape(launch)}?as={user}" if launch else "about:blank"
        body = (
            f"<header><h1>Grade 7 Citizenship</h1><p>Signed in as {html.escape(name)}</p>"
            f'</header><nav aria-label="Course"><ul id="modules">{"".join(items)}</ul></nav>'
            f'<iframe name="tool_content" id="tool_content" title="Upstander" src="{src}"'
            ' allow="clipboard-write"></iframe>'
        )
        script = STORAGE_SCRIPT % {"tool_origin": json.dumps(self.tool_origin)}
        return 200, page("Grade 7 Citizenship", body, script)

    def tool_launch_form(self, launch: str, query: dict) -> tuple[int, bytes]:
        user = query.get("as", ["sam"])[0]
        if launch != "deep_link" and not any(link.id == launch for link in self.state.placed):
            return 404, page("Not found", "<p>No such link.</p>")
        hint = self.issue_hint(user, launch)
        target = self.tool_launch_url
        if launch != "deep_link":
            target = next(link.url for link in self.state.placed if link.id == launch)
        fields = {
            "iss": self.issuer,
            "login_hint": user,
            "target_link_uri": target,
            "lti_message_hint": hint,
            "client_id": self.client_id,
            "lti_deployment_id": self.deployment_id,
        }
        if self.storage:
            fields["lti_storage_target"] = "_parent"
        return 200, auto_submit(self.tool_login_url, fields, self.login_method)

    def authorize(self, params: dict) -> tuple[int, bytes]:
        """The OIDC authorization endpoint, as strict as a real LMS."""
        p = {k: v[0] for k, v in params.items()}
        with self._lock:
            self.state.auth_requests.append(p)
        problems = []
        expected = {
            "scope": "openid",
            "response_type": "id_token",
            "response_mode": "form_post",
            "prompt": "none",
            "client_id": self.client_id,
            "redirect_uri": self.tool_launch_url,  # the only registered redirect URI
        }
        problems += [f"{k}={p.get(k)!r}" for k, v in expected.items() if p.get(k) != v]
        # Spent here whatever follows, as Moodle and Canvas do: a second login with the same
        # hint (a retry in a new tab after the frame used it) is refused.
        pending, refusal = self.spend_hint(p.get("lti_message_hint", ""), p.get("login_hint", ""))
        if pending is None:
            problems.append(refusal)
        if not p.get("state"):
            problems.append("no state")
        nonce = p.get("nonce", "")
        if not nonce or nonce in self.state.nonces:
            problems.append("no nonce, or a nonce used before")
        if problems:
            with self._lock:
                self.state.refusals.append(Refusal("auth", "; ".join(problems)))
            return 400, page("Refused", f"<p>Bad authorization request: {problems}</p>")
        with self._lock:
            self.state.nonces.add(nonce)
        claims = self.launch_claims(pending, nonce)
        return 200, auto_submit(
            p["redirect_uri"], {"id_token": self.sign(claims), "state": p["state"]}
        )

    def launch_claims(self, pending: PendingLaunch, nonce: str) -> dict:
        name, roles = PEOPLE[pending.user]
        sub = f"lms-user-{pending.user}"
        if pending.kind == "deep_link":
            claims = self.deep_linking_claims(
                nonce, self.tool_launch_url, sub=sub, roles=roles, data="course-c1-modules"
            )
            claims[DL + "deep_linking_settings"]["deep_link_return_url"] = self.deep_link_return_url
        else:
            link = next(link for link in self.state.placed if link.id == pending.kind)
            claims = self.resource_link_claims(
                nonce,
                link.url,
                sub=sub,
                roles=roles,
                resource_link_id=link.id,
                line_item=link.line_item_id,
            )
            claims[CLAIM + "resource_link"]["title"] = link.title
            claims[CLAIM + "custom"] = dict(link.custom)
        claims["name"] = name
        return claims

    def deep_link_return(self, form: dict) -> tuple[int, bytes]:
        """Verify the tool's response as Canvas would, then place its items in the course."""
        token = (form.get("JWT") or [""])[0]
        try:
            kid = jwt.get_unverified_header(token)["kid"]
            keyset = self.tool_jwks_now()  # fetched over HTTP from the tool, like an LMS
            jwk = next(k for k in keyset["keys"] if k["kid"] == kid)
            claims = jwt.decode(
                token,
                jwt.PyJWK(jwk).key,
                algorithms=["RS256"],
                audience=self.issuer,
                issuer=self.client_id,
                options={"require": ["exp", "iat", "iss", "aud", "nonce"]},
            )
            assert claims[CLAIM + "message_type"] == "LtiDeepLinkingResponse", "message type"
            assert claims[CLAIM + "version"] == "1.3.0", "version"
            assert claims[CLAIM + "deployment_id"] == self.deployment_id, "deployment"
            assert claims.get(DL + "data") == "course-c1-modules", "data not echoed"
            assert claims["nonce"] not in self.state.nonces, "nonce replayed"
            items = claims.get(DL + "content_items") or []
            for item in items:
                assert item["type"] == "ltiResourceLink", "only ltiResourceLink accepted"
                assert urlsplit(item["url"]).netloc == urlsplit(self.tool_url).netloc, "url"
        except Exception as exc:  # noqa: BLE001 - any bad response is refused and recorded
            with self._lock:
                self.state.refusals.append(Refusal("deep-link-return", repr(exc)))
            return 400, page(
                "Refused", f"<p>Bad deep linking response: {html.escape(repr(exc))}</p>"
            )
        placed = []
        with self._lock:
            self.state.nonces.add(claims["nonce"])
            self.state.deep_link_responses.append(claims)
            for item in items:
                n = len(self.state.placed) + 1
                line_item = item.get("lineItem")
                link = PlacedLink(
                    id=f"link-{n}",
                    title=item["title"],
                    url=item["url"],
                    custom=item.get("custom") or {},
                    line_item=line_item,
                    line_item_id=str(n) if line_item else None,
                )
                self.state.placed.append(link)
                placed.append(link)
        titles = "".join(f"<li>{html.escape(link.title)}</li>" for link in placed)
        return 200, page(
            "Added",
            f'<h1 id="placed">{len(placed)} items added to Grade 7 Citizenship</h1>'
            f"<ul>{titles}</ul>",
        )

    # --- HTTP --------------------------------------------------------------------------------
    def _handler_class(self):
        base = super()._handler_class()
        lms = self

        class Handler(base):
            def _html(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                if parts.path == "/courses/c1":
                    return self._html(*lms.course_page(query))
                if parts.path.startswith("/courses/c1/tool/"):
                    return self._html(*lms.tool_launch_form(parts.path.rsplit("/", 1)[1], query))
                if parts.path == "/auth":
                    return self._html(*lms.authorize(query))
                return super().do_GET()

            def do_POST(self):
                path = urlsplit(self.path).path
                if path in ("/auth", "/deep-link-return"):
                    form = parse_qs(self._body().decode())
                    if path == "/auth":
                        return self._html(*lms.authorize(form))
                    return self._html(*lms.deep_link_return(form))
                return super().do_POST()

        return Handler


# --- TLS in front of the live server, as in production -----------------------------------------
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "upgrade"}


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "tool.crt", directory / "tool.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class _QuietTlsServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # Chromium probes a self-signed certificate before accepting it (ignore_https_errors),
        # and drops idle connections: failed handshakes and resets are not test failures.
        if not isinstance(sys.exc_info()[1], (ssl.SSLError, ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class TlsFront:
    """A TLS-terminating reverse proxy for the live server, like the load balancer in front of
    production: it forwards every request unchanged (Host included) with
    `X-Forwarded-Proto: https`, which the tool trusts through SECURE_PROXY_SSL_HEADER."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self._dir = tempfile.TemporaryDirectory(prefix="upstander-tls-")
        self.cert_path, key_path = self_signed_certificate(Path(self._dir.name))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_path, key_path)
        front = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 30

            def setup(self):
                self.request.settimeout(self.timeout)
                self.request = context.wrap_socket(self.request, server_side=True)
                super().setup()

            def log_message(self, *args):
                pass

            def _forward(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                headers["X-Forwarded-Proto"] = "https"
                upstream = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
                try:
                    upstream.request(self.command, self.path, body=body or None, headers=headers)
                    response = upstream.getresponse()
                    data = response.read()
                finally:
                    upstream.close()
                self.send_response(response.status, response.reason)
                for name, value in response.getheaders():
                    if name.lower() not in HOP_BY_HOP:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                with front._lock:
                    front.requests.append((self.command, self.path, response.status))

            do_GET = do_POST = do_HEAD = _forward

        self.requests: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()
        self.server = _QuietTlsServer(("127.0.0.1", 0), Handler)
        self.url = f"https://localhost:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._dir.cleanup()
