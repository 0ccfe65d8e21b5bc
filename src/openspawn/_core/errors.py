"""Every exception the SDK raises, and the one place where an HTTP answer becomes one."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar

__all__ = [
    "APIError",
    "APIResponseValidationError",
    "AuthenticationError",
    "BadRequestError",
    "BikiniBottomError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InsufficientCreditsError",
    "InternalServerError",
    "NotFoundError",
    "OpenSpawnError",
    "PermissionDeniedError",
    "RetryableError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]


class BikiniBottomError(Exception):
    """Base class of everything the SDK raises."""


OpenSpawnError = BikiniBottomError
"""The name the earlier SDK used; kept so that old ``except`` clauses still work."""


class ConfigurationError(BikiniBottomError, ValueError):
    """The client was built with missing, conflicting or malformed settings."""


class ClientClosedError(BikiniBottomError, RuntimeError):
    """A request was made on a client after ``close()``."""


class WaitTimeoutError(BikiniBottomError, TimeoutError):
    """A wait (``client.events.wait_for…``) ended without seeing what it waited for."""


class APIError(BikiniBottomError):
    """The server answered with an error status.

    ``message`` is the server's own ``error`` text (a list of messages is joined with "; "),
    ``response_data`` the parsed body (or the raw text when it is not JSON), ``code`` the body's
    ``code`` field and ``request_id`` the server's request id header, when there is one.
    """

    default_status: ClassVar[int | None] = None

    def __init__(
        self,
        message: str,
        status_code: int | None = None,
        response_data: Any = None,
        *,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
    ) -> None:
        self.message = message
        self.status_code: int | None = (
            status_code if status_code is not None else self.default_status
        )
        self.response_data = response_data
        self.code = code
        self.headers: dict[str, str] = dict(headers or {})
        self.request_id = request_id
        super().__init__(message)

    def __str__(self) -> str:
        if self.status_code is None:
            return self.message
        suffix = f", request id {self.request_id}" if self.request_id else ""
        return f"{self.message} (HTTP {self.status_code}{suffix})"


class BadRequestError(APIError):
    """400: the server rejected the request's content."""

    default_status: ClassVar[int | None] = 400


class InsufficientCreditsError(BadRequestError):
    """400 "Insufficient balance" or "Budget limit exceeded"; also raised by users themselves."""


class AuthenticationError(APIError):
    """401: the credentials were not accepted."""

    default_status: ClassVar[int | None] = 401

    def __str__(self) -> str:
        return (
            f"Authentication failed: {self.message} (HTTP {self.status_code}). Check the API key, "
            "or for HMAC the agent's slug (X-Agent-Id), its 64-hex secret, that the agent is "
            "active, and that the system clock is within 5 minutes of the server's."
        )


class PermissionDeniedError(APIError):
    """403: authenticated, but not allowed to do this."""

    default_status: ClassVar[int | None] = 403


class NotFoundError(APIError):
    """404: no such resource (or route)."""

    default_status: ClassVar[int | None] = 404


class ConflictError(APIError):
    """409: the request conflicts with the resource's current state."""

    default_status: ClassVar[int | None] = 409


class UnprocessableEntityError(APIError):
    """422: well-formed but not allowed now, e.g. an invalid task transition."""

    default_status: ClassVar[int | None] = 422


class InternalServerError(APIError):
    """5xx answers that are not retried (or 500 with retries turned off)."""

    default_status: ClassVar[int | None] = 500


class RetryableError(BikiniBottomError):
    """A network error, timeout or retryable status (408/429/500/502/503/504) outlasted the retries.

    ``status_code`` is None for network errors; ``attempts`` counts every request sent;
    ``__cause__`` is the last underlying error (an ``httpx2`` exception or an ``APIError``).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        response_data: Any = None,
        attempts: int = 1,
        request_id: str | None = None,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.response_data = response_data
        self.attempts = attempts
        self.request_id = request_id
        super().__init__(message)


class APIResponseValidationError(BikiniBottomError):
    """A success answer whose body does not match the API contract."""

    def __init__(self, message: str, *, status_code: int, response_data: Any) -> None:
        self.message = message
        self.status_code = status_code
        self.response_data = response_data
        super().__init__(message)


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
}
_CREDIT_MESSAGES = ("Insufficient balance", "Budget limit exceeded")


def decode_body(content: bytes) -> Any:
    """The parsed JSON body, or its text when it is not JSON (never raises)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")


def server_message(status_code: int, data: Any, reason: str) -> str:
    """The human text of an error answer: the body's ``error`` field when there is one."""
    if isinstance(data, dict):
        error = data.get("error")
        if isinstance(error, list):
            return "; ".join(str(item) for item in error)
        if error is not None:
            return str(error)
        if isinstance(data.get("message"), str):
            return str(data["message"])
    if isinstance(data, str) and data.strip():
        text = " ".join(data.split())
        if text.lstrip().startswith("<"):
            return f"{reason or 'HTTP error'} (the server answered with an HTML page)"
        return text[:300]
    return reason or f"HTTP {status_code}"


def error_for_status(
    status_code: int,
    content: bytes,
    headers: Mapping[str, str],
    reason: str,
    request_id: str | None,
) -> APIError:
    """Map one error answer to the exception a user catches."""
    data = decode_body(content)
    message = server_message(status_code, data, reason)
    code = data.get("code") if isinstance(data, dict) else None
    cls = InternalServerError if status_code >= 500 else _BY_STATUS.get(status_code, APIError)
    if status_code == 400 and message.startswith(_CREDIT_MESSAGES):
        cls = InsufficientCreditsError
    return cls(
        message,
        status_code,
        data,
        code=code if isinstance(code, str) else None,
        headers=headers,
        request_id=request_id,
    )
