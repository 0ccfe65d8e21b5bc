"""The exceptions, at the import path the user guide uses (`openspawn.http_client`)."""

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
