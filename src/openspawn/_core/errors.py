"""Every exception the SDK raises, and the one place where an HTTP answer becomes one."""

from __future__ import annotations

import json
import reprlib
from collections.abc import Mapping
from typing import Any, ClassVar

__all__ = [
    "APIError",
    "APIResponseValidationError",
    "AlreadyExistsError",
    "AuthenticationError",
    "BadRequestError",
    "BikiniBottomError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DependenciesNotDoneError",
    "EventLoopMismatchError",
    "ExtensionNotSupportedError",
    "IdempotencyKeyReusedError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidTransitionError",
    "NotFoundError",
    "OpenSpawnError",
    "PermissionDeniedError",
    "RetryableError",
    "RetryableServerError",
    "TaskAlreadyClaimedError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "WaitTimeoutError",
]


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother, _REPR.maxlong = 3, 60, 60, 40


def short_repr(value: object) -> str:
    """A bounded repr for error messages: never huge, never a RecursionError."""
    try:
        return _REPR.repr(value)
    except Exception:
        return f"<{type(value).__name__} object>"


class BikiniBottomError(Exception):
    """Base class of everything the SDK raises."""


OpenSpawnError = BikiniBottomError
"""The name the earlier SDK used; kept so that old ``except`` clauses still work."""


class ConfigurationError(BikiniBottomError, ValueError):
    """The client was built with missing, conflicting or malformed settings."""


class ClientClosedError(BikiniBottomError, RuntimeError):
    """A request was made on a client after ``close()``."""


class InvalidArgumentError(BikiniBottomError, ValueError):
    """An argument the spec does not allow (an id that is not a UUID, ``".."``), refused before
    anything was sent. It is a ``ValueError`` too."""


class WaitTimeoutError(BikiniBottomError, TimeoutError):
    """A wait (``client.events.wait_for…``) ended without seeing what it waited for."""


class _CallOutcome:
    """What every error from a sent call says about it, so that a user can recover.

    ``idempotency_key``: the key every attempt of a mutating call carried (None for a read).
    Repeating the call with ``idempotency_key=err.idempotency_key`` cannot apply it twice.
    ``may_have_been_applied``: False only when the SDK knows the server did not act (it answered
    a refusal, or no attempt was sent); True when an attempt may have reached the handler.
    ``attempts``: every request sent for this call, retries included.
    """

    idempotency_key: str | None = None
    may_have_been_applied: bool = False
    attempts: int = 1

    def _set_outcome(
        self, idempotency_key: str | None, may_have_been_applied: bool, attempts: int
    ) -> None:
        self.idempotency_key = idempotency_key
        self.may_have_been_applied = may_have_been_applied
        self.attempts = attempts


class EventLoopMismatchError(BikiniBottomError, RuntimeError):
    """An async client was used from an event loop its connections cannot serve."""


class APIError(_CallOutcome, BikiniBottomError):
    """The server answered with an error status.

    ``message`` is the server's own ``error`` text (a list of messages is joined with "; "),
    ``response_data`` the parsed body (or the raw text when it is not JSON), ``code`` the body's
    ``code`` field and ``request_id`` the server's request id header, when there is one.
    ``idempotency_key``, ``may_have_been_applied`` and ``attempts``: see ``_CallOutcome``.
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
        idempotency_key: str | None = None,
        may_have_been_applied: bool = False,
        attempts: int = 1,
    ) -> None:
        self.message = message
        self.status_code: int | None = (
            status_code if status_code is not None else self.default_status
        )
        self.response_data = response_data
        self.code = code
        self.headers: dict[str, str] = dict(headers or {})
        self.request_id = request_id
        self._set_outcome(idempotency_key, may_have_been_applied, attempts)
        BikiniBottomError.__init__(self, message)

    def __str__(self) -> str:
        if self.status_code is None:
            return self.message
        suffix = f", request id {self.request_id}" if self.request_id else ""
        return f"{self.message} (HTTP {self.status_code}{suffix})"

    def __reduce__(self) -> Any:
        # Keyword-only fields survive a pickle (multiprocessing, celery) too.
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


def _rebuild(cls: type[BikiniBottomError], message: str, state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    BikiniBottomError.__init__(error, message)
    error.__dict__.update(state)
    return error


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


class UnsupportedOperationError(NotFoundError):
    """This server has no working route for the operation: nothing was done, and retrying
    cannot help. Raised for a route the upstream server shadows with another one (its answer,
    often a 500, says nothing about the call); ``status_code`` is the status the server sent,
    ``operation_id`` and ``route`` ("GET /api/v1/agents/capacity") name what is missing.
    """

    operation_id: str = ""
    route: str = ""


class ExtensionNotSupportedError(UnsupportedOperationError):
    """The operation is an openspawn extension (``x-bikinibottom-extension`` in openapi.yaml)
    and this server does not implement it (the upstream BikiniBottom server answers 404
    "Cannot POST ...")."""


class ConflictError(APIError):
    """409: the request conflicts with the resource's current state.

    The subclasses below tell apart the conflicts an agent reacts to differently; ``kind`` is
    the same distinction as a stable string (``"conflict"`` when none of them applies).
    """

    default_status: ClassVar[int | None] = 409
    kind: ClassVar[str] = "conflict"


class TaskAlreadyClaimedError(ConflictError):
    """409: the task is assigned to another agent (claim it elsewhere, or pick another task)."""

    kind = "task_claimed_by_another_agent"


class DependenciesNotDoneError(ConflictError):
    """409: the task cannot be completed while blocking dependencies are unfinished."""

    kind = "dependencies_not_done"


class AlreadyExistsError(ConflictError):
    """409: an agent, channel or dependency of that identity already exists."""

    kind = "already_exists"


class IdempotencyKeyReusedError(ConflictError):
    """409: the idempotency key was used before with a different request."""

    kind = "idempotency_key_reused"


class UnprocessableEntityError(APIError):
    """422: well-formed but not allowed now, e.g. an invalid task transition."""

    default_status: ClassVar[int | None] = 422
    kind: ClassVar[str] = "unprocessable"


class InvalidTransitionError(UnprocessableEntityError):
    """422 "Invalid transition: a → b": the task's state machine does not allow this step.

    ``from_status`` / ``to_status`` are the two states; claiming a task one already holds
    (``in_progress``) is one of these, not a conflict with another agent.
    """

    kind = "invalid_transition"

    @property
    def from_status(self) -> str | None:
        return _transition(self.message)[0]

    @property
    def to_status(self) -> str | None:
        return _transition(self.message)[1]


def _transition(message: str) -> tuple[str | None, str | None]:
    _, _, rest = message.partition("Invalid transition:")
    source, arrow, target = rest.partition("\u2192")
    if not arrow:
        return None, None
    return source.strip() or None, target.strip() or None


class InternalServerError(APIError):
    """5xx: the server failed. See ``may_have_been_applied`` before repeating a mutating call."""

    default_status: ClassVar[int | None] = 500


class RetryableError(_CallOutcome, BikiniBottomError):
    """A network error, timeout or retryable status outlasted the retries (or was not retried).

    ``status_code`` is None for network errors; ``attempts`` counts every request sent;
    ``__cause__`` is the last underlying error (an ``httpx2`` exception, credentials stripped,
    or an ``APIError``). For a mutating call, repeat it with ``idempotency_key=`` this error's
    ``idempotency_key``: the server applies it at most once.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        response_data: Any = None,
        attempts: int = 1,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        may_have_been_applied: bool = False,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.response_data = response_data
        self.request_id = request_id
        self.headers: dict[str, str] = dict(headers or {})
        self.code: str | None = None
        self._set_outcome(idempotency_key, may_have_been_applied, attempts)
        BikiniBottomError.__init__(self, message)

    def __reduce__(self) -> Any:
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


class RetryableServerError(InternalServerError, RetryableError):
    """A 5xx that ended the call: retries used up, turned off, or (500 to a mutating call) unsafe.

    Both an ``InternalServerError`` (status, headers, request id, body) and a ``RetryableError``
    (the guide's ``except RetryableError`` still catches it).
    """

    def __init__(
        self,
        message: str,
        status_code: int | None = None,
        response_data: Any = None,
        *,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        idempotency_key: str | None = None,
        may_have_been_applied: bool = False,
        attempts: int = 1,
    ) -> None:
        APIError.__init__(
            self,
            message,
            status_code,
            response_data,
            code=code,
            headers=headers,
            request_id=request_id,
            idempotency_key=idempotency_key,
            may_have_been_applied=may_have_been_applied,
            attempts=attempts,
        )

    def __str__(self) -> str:
        return self.message


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


_CONFLICTS: tuple[tuple[str, type[ConflictError]], ...] = (
    # The server's own messages (dev server and upstream, upstream-api.md §T, §A).
    ("Task is already assigned to another agent", TaskAlreadyClaimedError),
    ("Cannot complete:", DependenciesNotDoneError),
    ("Idempotency key reused", IdempotencyKeyReusedError),
)


def _conflict_class(message: str) -> type[ConflictError]:
    for prefix, cls in _CONFLICTS:
        if message.startswith(prefix):
            return cls
    if "already exists" in message:
        return AlreadyExistsError
    return ConflictError


def decode_body(content: bytes) -> Any:
    """The parsed JSON body, or its text when it is not JSON (never raises)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
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
    elif status_code == 409:
        cls = _conflict_class(message)
    elif status_code == 422 and message.startswith("Invalid transition:"):
        cls = InvalidTransitionError
    return cls(
        message,
        status_code,
        data,
        code=code if isinstance(code, str) else None,
        headers=headers,
        request_id=request_id,
    )


# The operations a server may lack, from openapi.yaml's markers (tests/sdk/test_unsupported_
# operations.py keeps this table equal to the spec): operationId -> (route, why, what instead).
_EXTENSION, _SHADOWED = "extension", "shadowed"
UNSUPPORTED_UPSTREAM: dict[str, tuple[str, str, str, str]] = {
    "claimTask": (
        _EXTENSION,
        "POST /api/v1/tasks/{id}/claim",
        "an openspawn extension; the upstream BikiniBottom server has no per-task claim",
        "assign the task to yourself (tasks.assign) and move it to in_progress instead",
    ),
    "getSpawnCapacity": (
        _SHADOWED,
        "GET /api/v1/agents/capacity",
        "the upstream BikiniBottom server routes it to GET /api/v1/agents/{id}",
        "count the agent's children with agents.get_hierarchy instead",
    ),
    "listPendingAgents": (
        _SHADOWED,
        "GET /api/v1/agents/pending",
        "the upstream BikiniBottom server routes it to GET /api/v1/agents/{id}",
        "list the agents (agents.list) and keep those whose status is pending",
    ),
    "listTaskTemplates": (
        _SHADOWED,
        "GET /api/v1/tasks/templates",
        "the upstream BikiniBottom server routes it to GET /api/v1/tasks/{id}",
        "no template can be created upstream either (see docs/compatibility.md)",
    ),
}


def unsupported_operation(operation_id: str, error: APIError) -> UnsupportedOperationError | None:
    """The clear error for an answer that says the server lacks the operation, else None.

    An extension is missing when the server answers 404 (or 405) naming no resource but the
    route itself ("Cannot POST /api/v1/..."), as NestJS servers do; a shadowed route is missing
    on any 404 or 5xx answer, because the route that answers it is another operation's.
    """
    entry = UNSUPPORTED_UPSTREAM.get(operation_id)
    status = error.status_code or 0
    if entry is None:
        return None
    kind, route, why, instead = entry
    if kind == _EXTENSION:
        if not (status == 405 or (status == 404 and error.message.startswith("Cannot "))):
            return None
        cls: type[UnsupportedOperationError] = ExtensionNotSupportedError
        text = f"this server does not implement {route} ({why})"
    else:
        if not (status == 404 or status >= 500):
            return None
        cls = UnsupportedOperationError
        text = f"this server cannot serve {route}, a shadowed route ({why})"
    unsupported = cls(
        f"{text}: the server answered {error.message!r}. Nothing was done and retrying "
        f"cannot help; {instead}, or use a server that has it (the openspawn dev server does)",
        status,
        error.response_data,
        code=error.code,
        headers=error.headers,
        request_id=error.request_id,
    )
    unsupported.operation_id, unsupported.route = operation_id, route
    return unsupported
