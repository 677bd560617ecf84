"""pylti1p3 is touched in one place (lti/pylti1p3_adapter.py), pinned to the version it was
written for, and the library's restored-launch guard holds (issue 11).

Our `validate()` replaces the library's, and had dropped its first lines: a launch restored
from the cache must never be validated again, and a verified launch is not verified again as
if it were new. An upgrade that renames a method we override, or a private attribute we read,
fails here instead of silently skipping one of our checks.
"""

from __future__ import annotations

import ast
import inspect
import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from django.test import RequestFactory

import lti
from lti import pylti1p3_adapter as adapter
from lti.launch import ToolLaunchChecks
from lti.pylti1p3_adapter import LtiLaunch
from lti.rejections import LaunchRejected
from tests.lti.driver import TARGET
from tests.lti.platform import LEARNER

LTI_DIR = Path(lti.__file__).parent
PYPROJECT = LTI_DIR.parent / "pyproject.toml"


def test_the_installed_library_is_the_version_the_adapter_was_written_for():
    assert version(adapter.PINNED_DISTRIBUTION) == adapter.PINNED_VERSION
    pins = tomllib.loads(PYPROJECT.read_text())["project"]["dependencies"]
    assert f"{adapter.PINNED_DISTRIBUTION}=={adapter.PINNED_VERSION}" in pins


@pytest.mark.parametrize(
    ("owner", "name"),
    list(adapter.OVERRIDDEN),
    ids=[f"{owner.__name__}.{name}" for owner, name in adapter.OVERRIDDEN],
)
def test_every_library_method_we_override_or_call_keeps_the_parameters_we_expect(owner, name):
    method = getattr(owner, name, None)
    assert method is not None, f"pylti1p3 {owner.__name__}.{name} is gone"
    parameters = tuple(inspect.signature(method).parameters)
    assert parameters == adapter.OVERRIDDEN[(owner, name)], f"{owner.__name__}.{name} changed"


# Methods of our subclasses that override nothing in the library.
OUR_OWN_METHODS = {"platform", "_cache_key", "_step"}


@pytest.mark.parametrize(
    "ours",
    [
        adapter._ToolMessageLaunch,
        adapter.DbToolConf,
        adapter.ToolRegistration,
        adapter.CachedTokenConnector,
        adapter._DynamicRegistration,
    ],
    ids=lambda cls: cls.__name__,
)
def test_every_override_is_in_the_pinned_list_so_a_renamed_library_method_is_noticed(ours):
    library = [base for base in ours.__mro__[1:] if base.__module__.startswith("pylti1p3")]
    overridden = {
        name
        for name, value in vars(ours).items()
        if callable(value) and any(name in vars(base) for base in library)
    }
    # A method of ours that the library does not have must be one we call ourselves.
    assert {name for name, value in vars(ours).items() if callable(value)} - overridden - {
        "__init__"
    } <= OUR_OWN_METHODS
    for name in overridden:
        assert any((base, name) in adapter.OVERRIDDEN for base in ours.__mro__[1:]), name


@pytest.mark.parametrize(
    "owner", list(adapter.PRIVATE_ATTRIBUTES), ids=lambda owner: owner.__name__
)
def test_every_private_attribute_we_read_is_still_set_by_the_library(owner):
    source = inspect.getsource(owner)
    for name in adapter.PRIVATE_ATTRIBUTES[owner]:
        assert re.search(rf"self\.{name}\s*(:[^=\n]+)?=[^=]", source), f"{owner.__name__}.{name}"


def test_no_lti_module_but_the_adapter_imports_pylti1p3():
    importers = set()
    for path in LTI_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] == "pylti1p3" for name in names):
                importers.add(path.relative_to(LTI_DIR).as_posix())
    assert importers == {"pylti1p3_adapter.py"}


def launch_request(lms, sub="student-1"):
    """What the browser posts after the LMS's login, with the cookies the login set."""
    login = lms.login()
    claims = lms.platform.resource_link_claims(login.nonce, TARGET, sub=sub, roles=[LEARNER])
    request = RequestFactory().post(
        "/lti/launch/",
        {"id_token": lms.platform.sign(claims), "state": login.state},
        secure=True,
    )
    request.COOKIES.update({name: morsel.value for name, morsel in lms.client.cookies.items()})
    return request


def test_a_verified_launch_is_not_verified_again_as_new(lms):
    request = launch_request(lms)
    launch = LtiLaunch.from_request(request, ToolLaunchChecks(request)).validate()
    with pytest.raises(LaunchRejected) as refused:
        launch.validate()
    assert refused.value.code == "already_validated"
    # What the first verification proved still stands.
    assert launch.claims["sub"] == "student-1"


def test_a_launch_restored_from_the_cache_is_never_validated_again(lms):
    request = launch_request(lms)
    first = LtiLaunch.from_request(request, ToolLaunchChecks(request)).validate()

    restored = LtiLaunch.restore(launch_request(lms), first.launch_id)
    # It reads what the launch kept (never the person) ...
    assert restored.claims["iss"] == lms.platform.issuer
    assert "sub" not in restored.claims
    # ... and is refused as a launch: it carries no id_token, nonce or state to check.
    with pytest.raises(LaunchRejected) as refused:
        restored.validate()
    assert refused.value.code == "restored_launch"
