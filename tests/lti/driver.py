"""Drive the tool as an LMS and a browser would: login initiation, then the signed launch.

A browser tells the tool where a page opens (`Sec-Fetch-Dest`): inside the LMS's frame the
login answers with a page that asks whether the tool's cookies came back before it goes on to
the platform; in a tab of its own it redirects at once. `Lms.login()` acts as the browser in
the frame, checking as the page's script does."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.test import Client

from tests.lti.platform import INSTRUCTOR, LEARNER, TestPlatform

TARGET = "https://testserver/lti/launch/"
IN_FRAME = {"HTTP_SEC_FETCH_DEST": "iframe"}
IN_OWN_TAB = {"HTTP_SEC_FETCH_DEST": "document"}


def script_value(response, element_id: str):
    """A value the page hands its script (`json_script`)."""
    pattern = rf'<script id="{element_id}" type="application/json">(.*?)</script>'
    return json.loads(re.search(pattern, response.content.decode(), re.S).group(1))


def new_tab_link(response) -> str:
    """Where the page's "Open Upstander in a new tab" button goes."""
    found = re.search(r'id="lti-new-tab" href="([^"]+)"', response.content.decode())
    return html.unescape(found.group(1))


@dataclass
class Login:
    state: str
    nonce: str
    redirect_uri: str
    response: object
    auth_url: str

    @property
    def query(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(urlsplit(self.auth_url).query).items()}


def auth_url_of(client, response) -> str:
    """Where the browser goes after the login initiation: the redirect's target, or, from the
    login page in a frame, the platform's address once the check says the cookies came back."""
    if response.status_code == 302:
        return response["Location"]
    assert response.status_code == 200, response.content[:300]
    answer = client.get(script_value(response, "lti-check-url"), secure=True).json()
    assert answer == {"cookies": True}, "the tool's cookies did not come back"
    return script_value(response, "lti-auth-url")


def login_of(client, response) -> Login:
    auth_url = auth_url_of(client, response)
    query = parse_qs(urlsplit(auth_url).query)
    return Login(query["state"][0], query["nonce"][0], query["redirect_uri"][0], response, auth_url)


class Lms:
    def __init__(self, platform: TestPlatform, client: Client) -> None:
        self.platform = platform
        self.client = client

    def login(self, method: str = "get", *, own_tab: bool = False, **extra) -> Login:
        params = self.platform.login_params(TARGET, **extra)
        send = self.client.post if method == "post" else self.client.get
        where = IN_OWN_TAB if own_tab else IN_FRAME
        return login_of(self.client, send("/lti/login/", params, secure=True, **where))

    def post_launch(self, id_token: str, state: str, **extra):
        return self.client.post(
            "/lti/launch/", {"id_token": id_token, "state": state, **extra}, secure=True
        )

    def launch(self, claims_for, *, mutate=None, sign=None):
        """Log in, build claims with `claims_for(nonce, target)`, let `mutate` spoil them, post."""
        login = self.login()
        claims = claims_for(login.nonce, TARGET)
        if mutate:
            mutate(claims)
        token = (sign or self.platform.sign)(claims)
        return self.post_launch(token, login.state)

    def student_launch(self, lesson=None, sub="student-1", **kwargs):
        return self.launch(
            lambda nonce, target: self.platform.resource_link_claims(
                nonce,
                target,
                sub=sub,
                roles=[LEARNER],
                lesson_id=lesson.pk if lesson else None,
                **kwargs,
            )
        )

    def teacher_launch(self, lesson=None, sub="teacher-1", **kwargs):
        return self.launch(
            lambda nonce, target: self.platform.resource_link_claims(
                nonce,
                target,
                sub=sub,
                roles=[INSTRUCTOR],
                lesson_id=lesson.pk if lesson else None,
                **kwargs,
            )
        )

    def deep_linking_launch(self, sub="teacher-1", roles=None, **kwargs):
        return self.launch(
            lambda nonce, target: self.platform.deep_linking_claims(
                nonce, target, sub=sub, roles=roles or [INSTRUCTOR], **kwargs
            )
        )
