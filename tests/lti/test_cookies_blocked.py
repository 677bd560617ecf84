"""Inside an iframe whose cookies the browser blocks: platform storage, or a new tab."""

import json
import re
from urllib.parse import parse_qs, urlsplit

from tests.lti.driver import TARGET
from tests.lti.platform import LEARNER


def script_value(response, element_id):
    pattern = rf'<script id="{element_id}" type="application/json">(.*?)</script>'
    return json.loads(re.search(pattern, response.content.decode(), re.S).group(1))


def test_without_cookies_or_platform_storage_it_offers_a_new_tab(lms, lessons):
    login = lms.login()
    token = lms.platform.sign(
        lms.platform.resource_link_claims(
            login.nonce, TARGET, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
        )
    )
    lms.client.cookies.clear()
    response = lms.post_launch(token, login.state)
    assert response.status_code == 403
    assert b"Open Upstander in a new tab" in response.content
    assert b'href="/lti/login/?iss=' in response.content
    assert "lti_sessionid" not in response.cookies


def test_platform_storage_completes_the_launch_then_a_one_time_link_opens_it(lms, lessons):
    params = lms.platform.login_params(TARGET, lti_storage_target="_parent")
    page = lms.client.get("/lti/login/", params, secure=True)
    secret = script_value(page, "lti-secret")
    auth = parse_qs(urlsplit(script_value(page, "lti-auth-url")).query)
    token = lms.platform.sign(
        lms.platform.resource_link_claims(
            auth["nonce"][0], TARGET, sub="student-1", roles=[LEARNER], lesson_id=lessons[0].pk
        )
    )
    lms.client.cookies.clear()  # the browser kept none of them

    asks = lms.post_launch(token, auth["state"][0])
    assert asks.status_code == 200 and b"lti.get_data" in asks.content
    assert script_value(asks, "lti-origin") == lms.platform.base

    wrong = lms.post_launch(token, auth["state"][0], lti_storage_secret="guessed")
    assert wrong.status_code == 403

    done = lms.post_launch(token, auth["state"][0], lti_storage_secret=secret)
    assert done.status_code == 200, done.content[:300]
    link = re.search(rb'href="(/lti/continue/[^"]+/)"', done.content).group(1).decode()
    opened = lms.client.get(link)
    assert opened.status_code == 302 and opened["Location"].startswith("/learn/")
    assert lms.client.get(link).status_code == 400  # single use
