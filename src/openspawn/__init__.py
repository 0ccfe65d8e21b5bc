"""openspawn: the Python SDK for BikiniBottom.

``BikiniBottomClient`` (sync) and ``AsyncBikiniBottomClient`` (async) are the entry points;
models live in ``openspawn.models``, enums in ``openspawn.enums``, errors in ``openspawn.errors``.
Clients and models are imported on first use, so ``import openspawn`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._core.errors import (
    AlreadyExistsError,
    APIError,
    APIResponseValidationError,
    AuthenticationError,
    BadRequestError,
    BikiniBottomError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    DependenciesNotDoneError,
    EventLoopMismatchError,
    ExtensionNotSupportedError,
    IdempotencyKeyReusedError,
    InsufficientCreditsError,
    InternalServerError,
    InvalidArgumentError,
    InvalidTransitionError,
    NotFoundError,
    PermissionDeniedError,
    RetryableError,
    RetryableServerError,
    TaskAlreadyClaimedError,
    UnprocessableEntityError,
    UnsupportedOperationError,
    WaitTimeoutError,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._async.client import AsyncBikiniBottomClient
    from ._async.pagination import AsyncPaginator
    from ._core.capture import CapturedResponse, ResponseCapture
    from ._core.options import RequestOptions
    from ._core.retry import RetryPolicy
    from ._sync.client import BikiniBottomClient
    from ._sync.pagination import Paginator

__all__ = [
    "APIError",
    "APIResponseValidationError",
    "AlreadyExistsError",
    "AsyncBikiniBottomClient",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BikiniBottomClient",
    "BikiniBottomError",
    "CapturedResponse",
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
    "Paginator",
    "PermissionDeniedError",
    "RequestOptions",
    "ResponseCapture",
    "RetryPolicy",
    "RetryableError",
    "RetryableServerError",
    "TaskAlreadyClaimedError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "WaitTimeoutError",
    "__version__",
]

_LAZY = {
    "BikiniBottomClient": ("._sync.client", "BikiniBottomClient"),
    "AsyncBikiniBottomClient": ("._async.client", "AsyncBikiniBottomClient"),
    "Paginator": ("._sync.pagination", "Paginator"),
    "AsyncPaginator": ("._async.pagination", "AsyncPaginator"),
    "CapturedResponse": ("._core.capture", "CapturedResponse"),
    "ResponseCapture": ("._core.capture", "ResponseCapture"),
    "RequestOptions": ("._core.options", "RequestOptions"),
    "RetryPolicy": ("._core.retry", "RetryPolicy"),
}


def __getattr__(name: str) -> Any:
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'openspawn' has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module_name, __name__), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
