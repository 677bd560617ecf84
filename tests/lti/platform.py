"""A faithful in-process LMS for tests: it signs id_tokens with its own RSA key and serves its
JWKS, an OAuth2 token endpoint (client credentials with a signed JWT assertion), AGS line item
scores and NRPS memberships over real HTTP on 127.0.0.1 (a random port), so the tool fetches
keys and posts scores exactly as it would against Canvas or Moodle.

It also keeps the one-time `lti_message_hint`s it hands out with each login initiation, as both
real LMSs do (`authorize`): Moodle stores the launch in the user's session under the hint's
launch id and deletes it at the first authorization request (mod/lti/auth.php), Canvas keeps it
five minutes in Redis and deletes it on first read (fetch_and_delete_launch). Where they differ
for the tool, `LmsBehaviour` says so: Moodle 5.1 offers no platform storage; Canvas does, and
uses one issuer for every school and developer key, with new deployment ids when a course is
copied."""

from __future__ import annotations

import json
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

CLAIM = "https://purl.imsglobal.org/spec/lti/claim/"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
AGS_SCOPES = [
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
]


@dataclass
class PlatformKey:
    kid: str
    private: rsa.RSAPrivateKey = field(repr=False)

    @classmethod
    def generate(cls, kid: str) -> PlatformKey:
        return cls(kid, rsa.generate_private_key(public_exponent=65537, key_size=2048))

    def public_jwk(self) -> dict:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.private.public_key()))
        return {**jwk, "kid": self.kid, "alg": "RS256", "use": "sig"}


@dataclass(frozen=True)
class LmsBehaviour:
    """What the tool can tell apart between LMSs."""

    name: str
    product_family_code: str
    platform_storage: bool  # offers lti_storage_target (LTI Client Side postMessages)
    hint_lifetime: float | None  # seconds; None: as long as the user's LMS session
    login_method: str = "post"  # both send the login initiation as an auto-posted form


MOODLE = LmsBehaviour("Moodle 5.1", "moodle", platform_storage=False, hint_lifetime=None)
CANVAS = LmsBehaviour("Canvas", "canvas", platform_storage=True, hint_lifetime=300)
CANVAS_ISSUER = "https://canvas.test.example"  # one issuer for every Canvas school and key
# Where a Moodle's NRPS lists course 2's members for tool type 1.
MOODLE_MEMBERSHIPS_PATH = "/mod/lti/services.php/CourseSection/2/bindings/1/memberships"


@dataclass
class PendingLaunch:
    """What the LMS remembers between a login initiation and the authorization request."""

    hint: str
    user: str
    kind: str  # "deep_link" or a placed link id
    issued_at: float


@dataclass
class SeenRequest:
    method: str
    path: str
    authorization: str


@dataclass
class ReceivedScore:
    path: str
    body: dict
    content_type: str
    query: str = ""


class _CountingServer(ThreadingHTTPServer):
    def __init__(self, address, handler, platform: TestPlatform) -> None:
        self.platform = platform
        super().__init__(address, handler)

    def verify_request(self, request, client_address) -> bool:
        with self.platform._lock:
            self.platform.connections += 1
        return True


def jwks_path_of(platform) -> str:
    """The tool key set address an administrator is shown for `platform` (lti.addresses)."""
    return f"/lti/jwks/{platform.tool_key_set}/" if platform.tool_key_set else "/lti/jwks/"


class TestPlatform:
    __test__ = False  # not a pytest class

    def __init__(
        self,
        client_id: str = "upstander-client",
        deployment_id: str = "deployment-1",
        behaviour: LmsBehaviour = MOODLE,
    ) -> None:
        self.client_id = client_id
        self.deployment_id = deployment_id
        self.behaviour = behaviour
        self.pending: dict[str, PendingLaunch] = {}
        self.spent_hints: list[str] = []
        self.keys = [PlatformKey.generate("platform-key-1")]
        self.published_keys: list[PlatformKey] | None = None  # None: publish self.keys
        self.tool_jwks: dict = {"keys": []}
        # Where this LMS was told the tool's keys are (register() sets its own set's address).
        self.tool_jwks_path = "/lti/jwks/"
        self.scores: list[ReceivedScore] = []
        self.members: list[dict] = []
        self.ags_down = False
        self.token_requests = 0
        self.jwks_requests = 0
        self.issued_tokens: set[str] = set()
        self.token_lifetime = 3600
        # Moodle's token endpoint (mod/lti/token.php) finds the tool by the assertion's `sub`
        # and checks its signature, never its `aud`; Canvas checks `aud` too.
        self.token_checks_audience = True
        # Moodle on MySQL (utf8mb4_unicode_ci) finds the tool's client id case-insensitively.
        self.client_id_case_insensitive = False
        self.assertions_received: list[str] = []  # every client assertion posted to /token
        self.registrations: list[dict] = []
        self.registration_client_id = "dynamic-client"  # what its registration endpoint answers
        self.registration_answer: object = None  # if set, answered instead of a registration
        self.configuration_answer: object = None  # if set, served as its openid-configuration
        # What a real LMS may also do: say how long its keys may be kept, pad its key set,
        # redirect. Every request it receives is recorded with its Authorization header.
        self.jwks_cache_control: str | None = None
        self.jwks_padding_bytes = 0
        self.jwks_sends_length = True
        self.jwks_drip_seconds = 0.0  # > 0: the key set is sent a byte at a time, this far apart
        self.jwks_extra_keys: list = []  # published as they are, after the real keys
        self.memberships_next_url: str | None = None
        self.memberships_pages_forever = False  # each page names a next one, page=N+1
        self.memberships_new_people_each_page = False  # ...with members of its own ("-pN")
        # A slow or hostile LMS: path -> seconds between the bytes of its answer (the headers
        # come at once, then the body trickles).
        self.slow_paths: dict[str, float] = {}
        self.requests_seen: list[SeenRequest] = []
        self.connections = 0  # TCP connections accepted, whether or not a request followed
        self._lock = threading.Lock()
        self.server = _CountingServer(("127.0.0.1", 0), self._handler_class(), self)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.issuer = self.base
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    # --- URLs -------------------------------------------------------------------------------
    @property
    def auth_login_url(self) -> str:
        return self.base + "/auth"

    @property
    def token_url(self) -> str:
        return self.base + "/token"

    @property
    def jwks_url(self) -> str:
        return self.base + "/jwks"

    def line_item_url(self, name: str = "1") -> str:
        return f"{self.base}/courses/c1/lineitems/{name}"

    @property
    def memberships_url(self) -> str:
        return self.base + "/courses/c1/memberships"

    def redirect_url(self, location: str) -> str:
        """A URL on this LMS that answers 302 to `location`."""
        return f"{self.base}/redirect?{urlencode({'to': location})}"

    def openid_configuration(self) -> dict:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": self.auth_login_url,
            "token_endpoint": self.token_url,
            "jwks_uri": self.jwks_url,
            "registration_endpoint": self.base + "/register",
            "https://purl.imsglobal.org/spec/lti-platform-configuration": {
                "product_family_code": self.behaviour.product_family_code,
                "version": "1",
            },
        }

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reset(self) -> None:
        with self._lock:
            self.scores.clear()
            self.members.clear()
            self.ags_down = False
            self.token_requests = 0
            self.jwks_requests = 0
            self.issued_tokens.clear()
            self.token_lifetime = 3600
            self.token_checks_audience = True
            self.client_id_case_insensitive = False
            self.assertions_received.clear()
            self.published_keys = None
            self.keys = self.keys[:1]
            self.jwks_cache_control = None
            self.jwks_padding_bytes = 0
            self.jwks_sends_length = True
            self.jwks_drip_seconds = 0.0
            self.jwks_extra_keys = []
            self.memberships_next_url = None
            self.memberships_pages_forever = False
            self.memberships_new_people_each_page = False
            self.slow_paths = {}
            self.requests_seen.clear()
            self.connections = 0
            self.pending.clear()
            self.spent_hints.clear()

    # --- the database side: how an administrator registers this platform -------------------
    def platform_record(self, **overrides):
        """The platform as an administrator would enter it by hand (not saved)."""
        from lti.models import Platform

        fields = {
            "name": "Test LMS",
            "issuer": self.issuer,
            "client_id": self.client_id,
            "auth_login_url": self.auth_login_url,
            "auth_token_url": self.token_url,
            "key_set_url": self.jwks_url,
        }
        return Platform(**{**fields, **overrides})

    def register(self, **overrides):
        from lti.models import PlatformDeployment

        platform = self.platform_record(**overrides)
        platform.save()
        PlatformDeployment.objects.create(platform=platform, deployment_id=self.deployment_id)
        # What the administrator then pastes into this LMS: the platform's own key set.
        self.tool_jwks_path = jwks_path_of(platform)
        return platform

    # --- messages --------------------------------------------------------------------------
    def login_params(self, target_link_uri: str, **extra) -> dict:
        params = {
            "iss": self.issuer,
            "login_hint": "hint-" + uuid.uuid4().hex[:8],
            "target_link_uri": target_link_uri,
            "lti_message_hint": "msg-hint",
            "client_id": self.client_id,
            "lti_deployment_id": self.deployment_id,
        }
        params.update(extra)
        return {k: v for k, v in params.items() if v is not None}

    # --- the one-time message hints ----------------------------------------------------------
    def issue_hint(self, user: str, kind: str) -> str:
        """A login initiation's `lti_message_hint`, shaped as the LMS shapes it."""
        if self.behaviour.product_family_code == "moodle":
            hint = json.dumps({"launchid": f"ltilaunch{kind}_{secrets.randbelow(10**9)}"})
        else:
            hint = "eyJ" + secrets.token_urlsafe(48)  # Canvas: a signed JWT naming a verifier
        with self._lock:
            self.pending[hint] = PendingLaunch(hint, user, kind, time.monotonic())
        return hint

    def spend_hint(self, hint: str, login_hint: str) -> tuple[PendingLaunch | None, str]:
        """Take the launch a hint names, at most once (deleted on first use, whatever follows),
        and only for the user it was issued to."""
        with self._lock:
            pending = self.pending.pop(hint, None)
            if pending is not None:
                self.spent_hints.append(hint)
        if pending is None:
            return None, "launch_no_longer_valid: unknown or already used lti_message_hint"
        lifetime = self.behaviour.hint_lifetime
        if lifetime is not None and time.monotonic() - pending.issued_at > lifetime:
            return None, "launch_no_longer_valid: the hint expired"
        if pending.user != login_hint:
            return None, "access_denied: login_hint is not the user the launch was made for"
        return pending, ""

    def base_claims(self, nonce: str, target_link_uri: str, *, sub: str, roles: list[str]) -> dict:
        now = int(time.time())
        return {
            "iss": self.issuer,
            "aud": self.client_id,
            "sub": sub,
            "iat": now,
            "exp": now + 300,
            "nonce": nonce,
            "name": f"Person {sub}",
            "email": f"{sub}@school.example",
            CLAIM + "version": "1.3.0",
            CLAIM + "deployment_id": self.deployment_id,
            CLAIM + "target_link_uri": target_link_uri,
            CLAIM + "roles": roles,
            CLAIM + "context": {"id": "course-1", "title": "Grade 7 Citizenship", "label": "G7"},
        }

    def resource_link_claims(
        self, nonce, target, *, sub, roles, resource_link_id="rl-1", lesson_id=None, line_item="1"
    ) -> dict:
        claims = self.base_claims(nonce, target, sub=sub, roles=roles)
        claims[CLAIM + "message_type"] = "LtiResourceLinkRequest"
        claims[CLAIM + "resource_link"] = {"id": resource_link_id, "title": "Lesson link"}
        if lesson_id is not None:
            claims[CLAIM + "custom"] = {"upstander_lesson": str(lesson_id)}
        claims["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = {
            "scope": AGS_SCOPES,
            "lineitems": self.base + "/courses/c1/lineitems",
            **({"lineitem": self.line_item_url(line_item)} if line_item else {}),
        }
        claims["https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"] = {
            "context_memberships_url": self.memberships_url,
            "service_versions": ["2.0"],
        }
        return claims

    def deep_linking_claims(
        self, nonce, target, *, sub, roles, accept_multiple=True, data="opaque-data"
    ) -> dict:
        claims = self.base_claims(nonce, target, sub=sub, roles=roles)
        claims[CLAIM + "message_type"] = "LtiDeepLinkingRequest"
        settings = {
            "deep_link_return_url": self.base + "/deep-link-return",
            "accept_types": ["ltiResourceLink"],
            "accept_presentation_document_targets": ["iframe", "window"],
            "accept_multiple": accept_multiple,
            "auto_create": True,
        }
        if data is not None:
            settings["data"] = data
        claims["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = settings
        return claims

    def sign(
        self, claims: dict, *, key: PlatformKey | None = None, alg: str = "RS256", headers=None
    ) -> str:
        key = key or self.keys[0]
        return jwt.encode(
            claims, key.private, algorithm=alg, headers={"kid": key.kid, **(headers or {})}
        )

    # --- the HTTP side ---------------------------------------------------------------------
    def _handler_class(self):
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def _json(self, status: int, body, headers=None, *, send_length=True, drip=0.0) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                if send_length:  # without it, the body ends when the connection closes
                    self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                drip = drip or platform.slow_paths.get(urlsplit(self.path).path, 0.0)
                if not drip:
                    self.wfile.write(data)
                    return
                try:
                    for byte in data:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(drip)
                except OSError:
                    pass  # the tool hung up

            def _body(self) -> bytes:
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _record(self) -> None:
                seen = SeenRequest(
                    self.command, urlsplit(self.path).path, self.headers.get("Authorization", "")
                )
                with platform._lock:
                    platform.requests_seen.append(seen)

            def _redirect(self) -> None:
                self.send_response(302)
                self.send_header("Location", parse_qs(urlsplit(self.path).query)["to"][0])
                self.send_header("Content-Length", "0")
                self.end_headers()

            def _authorised(self) -> bool:
                token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                return token in platform.issued_tokens

            def do_GET(self):
                self._record()
                path = urlsplit(self.path).path
                if path == "/redirect":
                    return self._redirect()
                if path == "/jwks":
                    with platform._lock:
                        platform.jwks_requests += 1
                        keys = (
                            platform.published_keys
                            if platform.published_keys is not None
                            else platform.keys
                        )
                    body: dict = {"keys": [k.public_jwk() for k in keys] + platform.jwks_extra_keys}
                    if platform.jwks_padding_bytes:
                        body["padding"] = "x" * platform.jwks_padding_bytes
                    headers = {}
                    if platform.jwks_cache_control is not None:
                        headers["Cache-Control"] = platform.jwks_cache_control
                    return self._json(
                        200,
                        body,
                        headers,
                        send_length=platform.jwks_sends_length,
                        drip=platform.jwks_drip_seconds,
                    )
                if path == "/.well-known/openid-configuration":
                    if platform.configuration_answer is not None:
                        return self._json(200, platform.configuration_answer)
                    return self._json(200, platform.openid_configuration())
                if path == MOODLE_MEMBERSHIPS_PATH:
                    return self._moodle_memberships()
                if path == "/courses/c1/memberships":
                    if not self._authorised():
                        return self._json(401, {"error": "unauthorised"})
                    next_page = platform.memberships_next_url
                    page = int((parse_qs(urlsplit(self.path).query).get("page") or ["0"])[0])
                    if platform.memberships_pages_forever:
                        next_page = f"{platform.memberships_url}?page={page + 1}"
                    members = platform.members
                    if platform.memberships_new_people_each_page:
                        members = [{**m, "user_id": f"{m['user_id']}-p{page}"} for m in members]
                    return self._json(
                        200,
                        {
                            "id": platform.memberships_url,
                            "context": {"id": "course-1"},
                            "members": members,
                        },
                        {"Link": f'<{next_page}>; rel="next"'} if next_page else None,
                    )
                return self._json(404, {"error": "not found"})

            def do_POST(self):
                self._record()
                path = urlsplit(self.path).path
                body = self._body()
                if path == "/redirect":
                    return self._redirect()
                if path == "/register":
                    if self.headers.get("Authorization") != "Bearer reg-token":
                        return self._json(401, {"error": "bad registration token"})
                    with platform._lock:
                        platform.registrations.append(json.loads(body))
                    if platform.registration_answer is not None:
                        return self._json(200, platform.registration_answer)
                    return self._json(
                        200,
                        {
                            "client_id": platform.registration_client_id,
                            "scope": json.loads(body)["scope"],
                            "https://purl.imsglobal.org/spec/lti-tool-configuration": {
                                "deployment_id": "dynamic-deployment"
                            },
                        },
                    )
                if path == "/token":
                    return self._token(parse_qs(body.decode()))
                # Canvas: /courses/c1/lineitems/1/scores; Moodle:
                # /mod/lti/services.php/2/lineitems/5/lineitem/scores?type_id=1
                if path.endswith("/scores"):
                    if platform.ags_down:
                        return self._json(503, {"error": "maintenance"})
                    if not self._authorised():
                        return self._json(401, {"error": "unauthorised"})
                    with platform._lock:
                        platform.scores.append(
                            ReceivedScore(
                                path,
                                json.loads(body),
                                self.headers.get("Content-Type", ""),
                                urlsplit(self.path).query,
                            )
                        )
                    return self._json(200, {})
                return self._json(404, {"error": "not found"})

            def _moodle_memberships(self) -> None:
                """Moodle's NRPS: every member at once, unless the tool asks for `limit`; then
                pages of that size, each but the last naming the next in a Link header
                (`<...?limit=2&from=2>; rel="next"`), as mod/lti/service/memberships does."""
                if not self._authorised():
                    return self._json(401, {"error": "unauthorised"})
                query = parse_qs(urlsplit(self.path).query)
                limit = int((query.get("limit") or ["0"])[0])
                start = int((query.get("from") or ["0"])[0])
                members = platform.members
                page = members[start : start + limit] if limit else members
                headers = {}
                if limit and start + limit < len(members):
                    endpoint = platform.base + MOODLE_MEMBERSHIPS_PATH
                    headers["Link"] = f'<{endpoint}?limit={limit}&from={start + limit}>; rel="next"'
                body = {
                    "id": platform.base + MOODLE_MEMBERSHIPS_PATH,
                    "context": {"id": "2", "label": "G7", "title": "Grade 7 Citizenship"},
                    "members": page,
                }
                return self._json(200, body, headers)

            def _token(self, form: dict) -> None:
                with platform._lock:
                    platform.token_requests += 1
                assertion = (form.get("client_assertion") or [""])[0]
                with platform._lock:
                    platform.assertions_received.append(assertion)
                try:
                    header = jwt.get_unverified_header(assertion)
                    jwk = next(k for k in platform.tool_jwks["keys"] if k["kid"] == header["kid"])
                    claims = jwt.decode(
                        assertion,
                        jwt.PyJWK(jwk).key,
                        algorithms=["RS256"],
                        audience=platform.token_url,
                        options={"verify_aud": platform.token_checks_audience},
                    )
                    fold = str.lower if platform.client_id_case_insensitive else str
                    assert fold(claims["sub"]) == fold(platform.client_id)
                    assert claims["iss"] == claims["sub"]
                    assert form["grant_type"] == ["client_credentials"]
                except Exception as exc:  # noqa: BLE001 - any bad assertion is a 400 here
                    return self._json(400, {"error": "invalid_client", "detail": str(exc)})
                token = secrets.token_urlsafe(16)
                with platform._lock:
                    platform.issued_tokens.add(token)
                return self._json(
                    200,
                    {
                        "access_token": token,
                        "token_type": "Bearer",
                        "expires_in": platform.token_lifetime,
                        "scope": (form.get("scope") or [""])[0],
                    },
                )

        return Handler
