"""HTTP errors in the upstream error envelope ``{"error": ..., "code": ...}``."""

from __future__ import annotations

from http import HTTPStatus

__all__ = ["ApiError", "error_body", "reason_phrase"]

# Statuses whose `code` is a SCREAMING_CASE constant upstream instead of the reason phrase.
_SPECIAL_CODES = {401: "UNAUTHORIZED", 429: "TOO_MANY_REQUESTS", 500: "INTERNAL_ERROR"}


def reason_phrase(status: int) -> str:
    if status in _SPECIAL_CODES:
        return _SPECIAL_CODES[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "ERROR"


def error_body(status: int, error: str | list[str]) -> dict[str, object]:
    return {"error": error, "code": reason_phrase(status)}


class ApiError(Exception):
    """Raised anywhere while handling a request; turned into the error envelope."""

    def __init__(
        self,
        status: int,
        error: str | list[str],
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(error if isinstance(error, str) else "; ".join(error))
        self.status = status
        self.error = error
        self.headers = headers or {}

    def body(self) -> dict[str, object]:
        return error_body(self.status, self.error)


def bad_request(error: str | list[str]) -> ApiError:
    return ApiError(400, error)


def unauthorized() -> ApiError:
    return ApiError(401, "Unauthorized")


def forbidden(error: str) -> ApiError:
    return ApiError(403, error)


def not_found(error: str) -> ApiError:
    return ApiError(404, error)


def conflict(error: str) -> ApiError:
    return ApiError(409, error)


def unprocessable(error: str) -> ApiError:
    return ApiError(422, error)
