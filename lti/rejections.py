"""The one exception a launch or login is refused with (lti/launch.py, lti/oidc.py, and the
pylti1p3 adapter all raise it), so that no refusal becomes a 500."""

from __future__ import annotations


class LaunchRejected(Exception):
    """A launch we refuse: `code` is for logs and tests, `message` is shown to the person."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status
