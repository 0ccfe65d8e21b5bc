"""One logical API call: builds, signs, judges and parses its attempts — everything but I/O.

The sync and async transports drive a ``Call`` the same way::

    call = Call(config, endpoint, path, query, body, options)  # checks every option first
    while True:
        method, url, params, headers, content, timeout = call.next_attempt()
        try:
            response = <send it>
        except Exception as exc:                  # nothing but the SDK's own errors escapes
            error = exc
        else:
            delay = call.after_response(response)  # None when the call is finished
            if delay is None:
                return call.result
        delay = call.after_error(error)            # outside the except: no hidden __context__
        <sleep delay>

The retry rule (``retry.py``, docs/retries.md): a mutating call is only sent again, with the
same idempotency key, where its first run cannot be repeated by doing so.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from typing import Any, Generic, NoReturn, TypeAlias, TypeVar
from urllib.parse import urlencode

import httpx2
from pydantic import ValidationError

from .._generated.types import UNSET, Endpoint, Operation, WireModel
from . import capture
from .config import ClientConfig
from .errors import (
    APIError,
    APIResponseValidationError,
    BikiniBottomError,
    InternalServerError,
    RetryableError,
    RetryableServerError,
    decode_body,
    error_for_status,
    unsupported_operation,
)
from .logs import RedactedHeaders, logger, redact_headers
from .options import RequestOptions, check_options
from .retry import NOT_SENT_EXCEPTIONS, RETRYABLE_EXCEPTIONS, RetryPolicy
from .wirejson import dumps

__all__ = [
    "Call",
    "EndpointLike",
    "Prepared",
    "RedactedHeaders",
    "new_idempotency_key",
    "observing",
    "parse_answer",
    "prepare",
]

T = TypeVar("T")
_NO_BODY_METHODS = frozenset({"GET", "HEAD", "DELETE"})
_READ_METHODS = frozenset({"GET", "HEAD"})
# The variant digit of a UUID4 (10xx in binary) for each hex digit of 16 random bits' nibble.
_DEBUG = logging.DEBUG
_VARIANT_DIGIT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def new_idempotency_key() -> str:
    """A random UUID4 in its canonical string form, without building a ``uuid.UUID``."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT_DIGIT[h[16]]}{h[17:20]}-{h[20:]}"


def _plural(n: int) -> str:
    return f"{n} attempt{'s' if n != 1 else ''}"


Prepared = tuple[str, Mapping[str, str], RedactedHeaders, bytes | None, str | None, bool]
"""A call's request as every attempt sends it, before signing (``prepare``): URL, query,
headers, body bytes, idempotency key, and whether each attempt must set the credentials'
headers (agent signing, or extra headers the credentials must win over; False for an API
key, which the header template holds). A plain tuple: one is built per call, and a named
tuple costs three times as much."""


EndpointLike: TypeAlias = "Endpoint[T] | Operation[T]"
"""What a call needs of its operation besides the path, query and body (its id, method,
``parse`` and ``stamp``): an `Endpoint` (what generated resource methods send) or an `Operation`
(what the builders make)."""


def observing() -> bool:
    """Whether anyone watches calls: an active ``capture_responses()`` or debug logging."""
    return capture.current_capture() is not None or logger.isEnabledFor(_DEBUG)


def prepare(
    config: ClientConfig,
    method: str,
    path: str,
    query: Mapping[str, str],
    body: Any,
    options: RequestOptions,
) -> Prepared:
    """Check a call's options and build its request; raises before anything is sent."""
    if type(path) is not str or not path.isascii():
        # Generated builders percent-encode every path parameter; anything else is a bug
        # in the caller's arguments, reported before any request is made.
        raise ValueError(f"{method} request path must be percent-encoded ASCII: {path!r:.80}")
    extra_headers: Mapping[str, str] | None = None
    if options:
        check_options(options)
        extra_query = options.get("extra_query")
        if extra_query:
            query = {**query, **extra_query}
        extra_body = options.get("extra_body")
        if extra_body:
            body = _with_extra_body(method, path, body, extra_body)
        extra_headers = options.get("extra_headers")
    if config.default_query:
        # The client's defaults, then the operation's own parameters, then this call's.
        query = {**config.default_query, **query}
    content: bytes | None
    # `type(...).__name__`: a package regenerated elsewhere (tests) has its own UNSET.
    if body is not UNSET and type(body).__name__ != "Unset":
        content = _encode_body(method, path, body)
    elif method in _NO_BODY_METHODS:
        content = None
    else:
        # The server signs "{}" for a body-less POST/PATCH: send exactly that.
        content = b"{}"
    mutating = method not in _READ_METHODS
    template = config.header_templates[(content is not None) * 2 + mutating]
    signs = config.credentials.signs_each_request
    if not (mutating or signs or extra_headers):
        # An API-key read sends its template as it is: nothing in a call changes it.
        return config.base_url + path, query, template, content, None, False
    headers = RedactedHeaders(template)
    key: str | None = None
    if mutating:
        key = options.get("idempotency_key") if options else None
        if not key:
            key = new_idempotency_key()
        for name in config.idempotency_slots:
            headers[name] = key
    if extra_headers:
        headers.update(extra_headers)
        signs = True  # the credentials' headers go last, over any given here
    return config.base_url + path, query, headers, content, key, signs


def parse_answer(endpoint: EndpointLike[T], path: str, response: httpx2.Response) -> T:
    """The result of a 2xx answer, given the answer's headers (for ``_request_id``)."""
    status_code = response.status_code
    try:
        result = endpoint.parse(status_code, response.content)
    except (ValidationError, ValueError, TypeError, RecursionError) as exc:
        raise APIResponseValidationError(
            f"{endpoint.method} {path} answered {status_code} with a body that does "
            f"not match the API contract ({endpoint.operation_id}): "
            f"{type(exc).__name__}: {exc!s:.500}",
            status_code=status_code,
            response_data=decode_body(response.content),
        ) from None
    endpoint.stamp(result, response.headers)
    return result


class Call(Generic[T]):
    """The state of one logical call across its attempts: signing each, judging each answer.

    A call given no options and watched by nobody sends its first attempt without one: the
    transport makes a ``Call`` from that attempt's ``Prepared`` only when it fails
    (docs/performance.md).
    """

    __slots__ = (
        "_attempt",
        "_config",
        "_content",
        "_endpoint",
        "_headers",
        "_key",
        "_may_have_applied",
        "_observed",
        "_options",
        "_path",
        "_query",
        "_signs",
        "_started",
        "_timeout",
        "_url",
        "result",
    )

    def __init__(
        self,
        config: ClientConfig,
        endpoint: EndpointLike[T],
        path: str,
        query: Mapping[str, str],
        body: Any,
        options: RequestOptions,
        sent: Prepared | None = None,
    ) -> None:
        """A call about to make its first attempt, or (``sent``) one that has made it."""
        self._config = config
        self._endpoint = endpoint
        self._path = path
        self._options = options
        request = (
            prepare(config, endpoint.method, path, query, body, options) if sent is None else sent
        )
        self._url, self._query, self._headers, self._content, self._key, self._signs = request
        self._attempt = 0 if sent is None else 1
        self._may_have_applied = False
        self._timeout: Any = (
            options.get("timeout", httpx2.USE_CLIENT_DEFAULT)
            if options
            else httpx2.USE_CLIENT_DEFAULT
        )
        self._observed = sent is None and observing()

    @property
    def attempts(self) -> int:
        return self._attempt

    @property
    def idempotency_key(self) -> str | None:
        return self._key

    def next_attempt(
        self,
    ) -> tuple[str, str, Mapping[str, str], dict[str, str], bytes | None, Any]:
        """Method, URL, query, freshly signed headers, body bytes and timeout of the next try."""
        self._attempt += 1
        op = self._endpoint
        headers = self._headers
        if self._signs:
            self._config.credentials.apply(headers, op.method, self._path, self._content or b"")
        if self._observed:
            self._started = time.perf_counter()
            logger.debug(
                "request %s %s attempt %d/%d query=%s headers=%s",
                op.method,
                self._url,
                self._attempt,
                self._max_retries() + 1,
                dict(self._query),
                redact_headers(headers),
            )
        return op.method, self._url, self._query, headers, self._content, self._timeout

    def after_response(self, response: httpx2.Response) -> float | None:
        """Judge an answer: None when the call is done (its value in ``result``), else the
        delay before the next try."""
        status_code = response.status_code
        if self._observed:
            self._record(response)
        if 200 <= status_code < 300:
            self.result = parse_answer(self._endpoint, self._path, response)
            return None
        return self._after_failure(response)

    def _after_failure(self, response: httpx2.Response) -> float:
        op = self._endpoint
        status_code = response.status_code
        headers = response.headers
        request_id = headers.get("x-request-id")
        error = error_for_status(
            status_code, response.content, headers, response.reason_phrase, request_id
        )
        mutating = self._key is not None
        if mutating and status_code >= 500:
            # The server (or a gateway in front of it) may have run the handler.
            self._may_have_applied = True
        unsupported = unsupported_operation(op.operation_id, error)
        if unsupported is not None:
            # The server lacks the route (an extension, or a route upstream shadows): a retry
            # would get the same answer.
            self._stamp(unsupported)
            raise unsupported
        policy = self._policy()
        if not policy.retries_status(status_code, mutating=mutating):
            if isinstance(error, InternalServerError):
                self._fail_server(error, self._not_retried_why(status_code))
            self._stamp(error)
            raise error
        delay = policy.delay(self._attempt, headers.get("retry-after"))
        if self._attempt > self._max_retries() or delay > policy.max_retry_after:
            why = (
                f"the server asked to wait {delay:.0f} s"
                if delay > policy.max_retry_after
                else _plural(self._attempt)
            )
            if isinstance(error, InternalServerError):
                self._fail_server(error, f"failed after {why}")
            raise RetryableError(
                f"{op.method} {self._path} failed after {why}: {error.message} (HTTP {status_code})"
                + self._repeat_hint(),
                status_code=status_code,
                response_data=error.response_data,
                attempts=self._attempt,
                request_id=request_id,
                headers=headers,
                idempotency_key=self._key,
                may_have_been_applied=self._may_have_applied,
            ) from None
        self._log_retry(f"HTTP {status_code}", delay)
        return delay

    def _record(self, response: httpx2.Response) -> None:
        """Hand the answer to an active ``capture_responses()`` and the debug log."""
        op = self._endpoint
        elapsed = time.perf_counter() - self._started
        headers = response.headers
        capture.record(
            capture.CapturedResponse(
                op.operation_id,
                op.method,
                f"{self._url}?{urlencode(self._query)}" if self._query else self._url,
                response.status_code,
                headers,
                response.content,
                self._attempt,
                elapsed,
            )
        )
        logger.debug(
            "response %s %s -> %d in %.1f ms (request id %s)",
            op.method,
            self._url,
            response.status_code,
            elapsed * 1000,
            headers.get("x-request-id"),
        )

    def _max_retries(self) -> int:
        options = self._options
        return (
            options.get("max_retries", self._config.max_retries)
            if options
            else (self._config.max_retries)
        )

    def _policy(self) -> RetryPolicy:
        options = self._options
        policy = options.get("retry_policy") if options else None
        return policy or self._config.retry_policy

    def after_error(self, exc: BaseException) -> float:
        """Judge an exception from sending: the delay before the next try, or raise the SDK error.

        The original exception is never chained (its request holds the credentials and its
        traceback the frames that built them); a copy without them is the ``__cause__``.
        """
        op = self._endpoint
        exc.__traceback__ = None
        if isinstance(exc, BikiniBottomError):
            raise exc
        if not isinstance(exc, httpx2.HTTPError):
            self._refuse_unsendable(exc)
        clean = self._scrubbed(exc)
        if not isinstance(exc, RETRYABLE_EXCEPTIONS):
            raise BikiniBottomError(
                f"{op.method} {self._path} could not be sent: {type(exc).__name__}: {exc}"
            ) from clean
        if self._key is not None and not isinstance(exc, NOT_SENT_EXCEPTIONS):
            # The request may have left, and the server may have acted on it.
            self._may_have_applied = True
        if self._attempt > self._max_retries():
            kind = "timed out" if isinstance(exc, httpx2.TimeoutException) else "network error"
            raise RetryableError(
                f"{op.method} {self._path} failed after {_plural(self._attempt)} "
                f"({kind}: {type(exc).__name__}: {exc})" + self._repeat_hint(),
                attempts=self._attempt,
                idempotency_key=self._key,
                may_have_been_applied=self._may_have_applied,
            ) from clean
        delay = self._policy().delay(self._attempt)
        self._log_retry(type(exc).__name__, delay)
        return delay

    def _refuse_unsendable(self, exc: BaseException) -> NoReturn:
        """httpx2 refused to build the request (a URL too long, a header it cannot encode)."""
        op = self._endpoint
        message = (
            f"{op.method} {self._path:.120} cannot be sent: {type(exc).__name__}: {exc!s:.300}"
        )
        if isinstance(exc, TypeError):
            raise TypeError(message) from None
        if isinstance(exc, ValueError | httpx2.InvalidURL):
            raise ValueError(message) from None
        raise BikiniBottomError(message) from None

    def _scrubbed(self, exc: httpx2.HTTPError) -> BaseException:
        """The same kind of httpx2 error, with a request that carries no headers."""
        bare = httpx2.Request(self._endpoint.method, self._url)
        try:
            clean: BaseException = type(exc)(str(exc), request=bare)  # type: ignore[call-arg]
        except Exception:
            clean = BikiniBottomError(f"{type(exc).__name__}: {exc}")
        return clean

    def _stamp(self, error: APIError) -> None:
        error.idempotency_key = self._key
        error.may_have_been_applied = self._may_have_applied
        error.attempts = self._attempt

    def _not_retried_why(self, status_code: int) -> str:
        if self._key is not None and status_code == 500:
            return (
                "was not retried: a 500 means the server ran the request and failed, and a "
                "server that keeps no failed answer would apply it again on a retry"
            )
        return f"was not retried (HTTP {status_code} is not in the retry policy)"

    def _fail_server(self, error: InternalServerError, why: str) -> NoReturn:
        op = self._endpoint
        message = f"{op.method} {self._path} {why}: {error.message} (HTTP {error.status_code}"
        message += f", request id {error.request_id})" if error.request_id else ")"
        if self._key is not None:
            message += (
                f". The change may have been applied (idempotency key {self._key}): check "
                "before repeating it"
                if error.status_code == 500
                else self._repeat_hint()
            )
        raise RetryableServerError(
            message,
            error.status_code,
            error.response_data,
            code=error.code,
            headers=error.headers,
            request_id=error.request_id,
            idempotency_key=self._key,
            may_have_been_applied=self._may_have_applied,
            attempts=self._attempt,
        ) from None

    def _repeat_hint(self) -> str:
        if self._key is None:
            return ""
        if not self._may_have_applied:
            return f". The server did not act on it; idempotency key {self._key}"
        return (
            f". The change may have been applied: repeat the call with "
            f"idempotency_key={self._key!r} to complete it without applying it twice"
        )

    def _log_retry(self, cause: str, delay: float) -> None:
        if logger.isEnabledFor(logging.INFO):
            op = self._endpoint
            logger.info(
                "retrying %s %s in %.1f s after %s (attempt %d of %d)",
                op.method,
                self._path,
                delay,
                cause,
                self._attempt + 1,
                self._max_retries() + 1,
            )


def _with_extra_body(method: str, path: str, body: Any, extra: Mapping[str, Any]) -> Any:
    """The body with ``extra_body``'s members added at its top level (they win)."""
    if method in _NO_BODY_METHODS:
        raise ValueError(
            f"extra_body cannot be used with {method} {path:.120}: a {method} request has no "
            "body; use extra_query for extra parameters"
        )
    if body is UNSET or type(body).__name__ == "Unset":
        return dict(extra)
    if isinstance(body, WireModel):
        body = body.to_wire()
    if not isinstance(body, dict):
        raise TypeError(
            f"extra_body cannot be merged into the body of {method} {path:.120}: it is a "
            f"{type(body).__name__}, not a JSON object"
        )
    return {**body, **extra}


def _encode_body(method: str, path: str, body: Any) -> bytes:
    """The body's JSON bytes; whatever the encoder refuses becomes a clear TypeError/ValueError."""
    if isinstance(body, WireModel):
        exact = body.wire_json()
        if exact is not None:
            return exact
        body = body.to_wire()
    try:
        return dumps(body)
    except TypeError as exc:
        raise TypeError(f"{method} {path:.120}: the body cannot be sent as JSON: {exc}") from None
    except RecursionError:
        raise ValueError(
            f"{method} {path:.120}: the body is nested too deeply to be sent as JSON"
        ) from None
    except (ValueError, UnicodeError, OverflowError) as exc:
        raise ValueError(
            f"{method} {path:.120}: the body cannot be sent as JSON: {exc!s:.300}"
        ) from None
