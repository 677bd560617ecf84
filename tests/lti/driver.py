"""Drive the tool as an LMS and a browser would: login initiation, then the signed launch."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.test import Client

from tests.lti.platform import INSTRUCTOR, LEARNER, TestPlatform

TARGET = "https://testserver/lti/launch/"


@dataclass
class Login:
    state: str
    nonce: str
    redirect_uri: str
    response: object


class Lms:
    def __init__(self, platform: TestPlatform, client: Client) -> None:
        self.platform = platform
        self.client = client

    def login(self, method: str = "get", **extra) -> Login:
        params = self.platform.login_params(TARGET, **extra)
        send = self.client.post if method == "post" else self.client.get
        response = send("/lti/login/", params, secure=True)
        assert response.status_code == 302, response.content
        query = parse_qs(urlsplit(response["Location"]).query)
        return Login(query["state"][0], query["nonce"][0], query["redirect_uri"][0], response)

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
