"""The concern tests share the personas and keyword library of the REST API and concern tests."""

from tests.moderation.api.conftest import (  # noqa: F401 - fixtures
    counsellor,
    keyword_library,
    lead,
    other_adult,
    student,
    windows_clock_held,
)
