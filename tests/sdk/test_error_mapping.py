"""HTTP answers become the exceptions the guide catches, with the server's message."""

from __future__ import annotations

import json

import pytest

from openspawn import errors
from openspawn._core.errors import error_for_status
from openspawn.http_client import APIError, AuthenticationError, BikiniBottomError, RetryableError


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (500, errors.InternalServerError),
        (501, errors.InternalServerError),
        (418, errors.APIError),
    ],
)
def test_status_to_class(status: int, cls: type[errors.APIError]) -> None:
    error = error_for_status(status, b'{"error":"boom","code":"X"}', {}, "Reason", None)
    assert type(error) is cls
    assert error.status_code == status
    assert error.message == "boom"
    assert error.code == "X"
    assert "boom" in str(error)


def test_validation_list_is_joined() -> None:
    body = (
        b'{"error":["title must be a string","property foo should not exist"],"code":"Bad Request"}'
    )
    error = error_for_status(400, body, {}, "Bad Request", None)
    assert error.message == "title must be a string; property foo should not exist"
    assert error.response_data["error"][1] == "property foo should not exist"


@pytest.mark.parametrize(
    "text", ["Insufficient balance", "Insufficient balance (5 < 10)", "Budget limit exceeded"]
)
def test_credit_errors(text: str) -> None:
    body = json.dumps({"error": text, "code": "Bad Request"}).encode()
    error = error_for_status(400, body, {}, "Bad Request", None)
    assert isinstance(error, errors.InsufficientCreditsError)
    assert isinstance(error, errors.BadRequestError)


def test_html_body_is_a_clean_message() -> None:
    error = error_for_status(502, b"<html><body>Bad gateway</body></html>", {}, "Bad Gateway", None)
    assert "HTML" in error.message
    assert error.response_data.startswith("<html>")


def test_empty_body() -> None:
    error = error_for_status(404, b"", {}, "Not Found", None)
    assert error.message == "Not Found"
    assert error.response_data is None


def test_users_can_raise_insufficient_credits_themselves() -> None:
    error = errors.InsufficientCreditsError("Balance too low")
    assert str(error) == "Balance too low (HTTP 400)"
    assert error.status_code == 400


def test_hierarchy_matches_the_guide() -> None:
    assert issubclass(AuthenticationError, APIError)
    assert issubclass(APIError, BikiniBottomError)
    assert issubclass(RetryableError, BikiniBottomError)
    assert not issubclass(RetryableError, APIError)
    assert errors.OpenSpawnError is BikiniBottomError


def test_authentication_error_text() -> None:
    error = error_for_status(401, b'{"error":"Unauthorized","code":"UNAUTHORIZED"}', {}, "", None)
    assert str(error).startswith("Authentication failed")
    assert error.message == "Unauthorized"
