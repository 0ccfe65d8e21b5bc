"""The SDK's exceptions. ``BikiniBottomError`` is the base of everything it raises."""

from ._core.errors import (
    APIError,
    APIResponseValidationError,
    AuthenticationError,
    BadRequestError,
    BikiniBottomError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    OpenSpawnError,
    PermissionDeniedError,
    RetryableError,
    UnprocessableEntityError,
)

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
]
