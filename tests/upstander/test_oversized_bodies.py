"""A body far larger than any page's form is refused on its declared length, before a byte of it
is read. The launch and login endpoints take a POST from anyone (an LMS posts them across
sites, so they are exempt from CSRF), and a form anywhere is read before its CSRF token is
checked once the Origin header names the site, which a script sets freely: a 40 MB multipart
body with a file in it was read whole, its file spooled to disk, and the launch then refused
for want of an id_token. The staff admin, where documents are uploaded, has a larger limit of
its own."""

from __future__ import annotations

import io

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


class CountingBody(io.BytesIO):
    """The request's body, counting what the server reads of it."""

    bytes_read = 0

    def read(self, size=-1):
        data = super().read(size)
        self.bytes_read += len(data)
        return data

    def readline(self, size=-1):
        data = super().readline(size)
        self.bytes_read += len(data)
        return data


def multipart_with_a_file(size: int) -> tuple[bytes, str]:
    boundary = "upstander-test-boundary"
    body = (
        (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="id_token"\r\n\r\nx.y.z\r\n'
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="upload"; filename="big.bin"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + b"\0" * size
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def send(client, path: str, body: bytes, content_type: str):
    stream = CountingBody(body)
    response = client.generic(
        "POST",
        path,
        b"",
        secure=True,
        HTTP_ORIGIN="https://testserver",
        CONTENT_TYPE=content_type,
        CONTENT_LENGTH=str(len(body)),
        **{"wsgi.input": stream},
    )
    return response, stream.bytes_read


@pytest.mark.parametrize("path", ["/lti/launch/", "/lti/login/", "/concern/", "/concern/claim/"])
def test_a_body_of_tens_of_megabytes_is_refused_unread(client, path):
    body, content_type = multipart_with_a_file(40 * MB)
    response, read = send(client, path, body, content_type)
    assert response.status_code == 413
    assert read == 0


def test_a_form_of_ordinary_size_is_still_read(client):
    body = b"text=" + b"a" * (MB // 2)
    response, read = send(client, "/concern/", body, "application/x-www-form-urlencoded")
    assert response.status_code != 413
    assert read == len(body)


@override_settings(MAX_REQUEST_BODY_BYTES=MB, ADMIN_MAX_REQUEST_BODY_BYTES=8 * MB)
def test_the_admin_where_documents_are_uploaded_has_its_own_larger_limit(client):
    body, content_type = multipart_with_a_file(4 * MB)
    response, read = send(client, "/admin/login/", body, content_type)
    assert response.status_code != 413
    body, content_type = multipart_with_a_file(9 * MB)
    response, read = send(client, "/admin/login/", body, content_type)
    assert response.status_code == 413
    assert read == 0


def test_a_length_that_is_not_a_number_is_a_bad_request(client):
    response = client.generic("POST", "/lti/launch/", b"", secure=True, CONTENT_LENGTH="lots")
    assert response.status_code == 400
