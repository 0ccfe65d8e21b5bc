"""``client.events``: The read-only audit log of everything that happened in the organisation.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final

import httpx2

from openspawn._async.pagination import AsyncPaginator
from openspawn._core.arguments import (
    NO_OPTIONS,
    NO_QUERY,
    check_query,
    request_options,
    uuid_segment,
)
from openspawn._core.config import NOT_GIVEN, NotGiven
from openspawn._core.lazy import lazy_functions, models_on_first_call
from openspawn._core.pagination import DEFAULT_PAGE_SIZE
from openspawn._core.retry import RetryPolicy

from ..types import UNSET, Endpoint, query_value

# Models and overrides are imported by the first method that needs them, and each operation's
# parser (its builder module, with the models of its answer) by its first answer: the first
# `get` imports its own parser and the models it parses, not the whole resource's
# (docs/performance.md, "First call ready"). Type checkers read the TYPE_CHECKING imports.
if TYPE_CHECKING:
    from openspawn._async.transport import AsyncTransport
    from openspawn._overrides import events as _events_overrides

    from ..models import Event, EventListResponse, EventPageMeta, EventResponse, EventSeverity
else:
    _events_overrides = lazy_functions(
        "openspawn._overrides.events",
        __package__,
        {
            "describe_events": ("openspawn._overrides.events", "describe_events"),
            "event_or_not_found": ("openspawn._overrides.events", "event_or_not_found"),
        },
    )

__all__ = ["AsyncEvents"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_LIST: Final[Endpoint[EventListResponse]] = Endpoint(
    "listEvents", "GET", "..api.events.list_events", __package__
)
_GET: Final[Endpoint[EventResponse]] = Endpoint(
    "getEvent", "GET", "..api.events.get_event", __package__, "data"
)


class AsyncEvents:
    """``client.events``: The read-only audit log of everything that happened in the organisation."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "list",
            "get",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def list(
        self,
        *,
        type: str | None = None,
        actor_id: str | None = None,
        entity_type: str | None = None,
        entity_id: str | None = None,
        severity: EventSeverity | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        page: int = 1,
        limit: int = 50,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> tuple[builtins.list[Event], EventPageMeta]:
        """List events.

        Lists the organisation's audit events, newest first, a page at a time, optionally
        filtered. `startDate` and `endDate` are inclusive bounds on `createdAt`. Unknown query
        parameters answer 400. In `meta`, `page` and `limit` echo the query values as sent
        (strings such as `"2"`) and are numbers when they were left to their defaults.

        ``GET /api/v1/events`` (operation ``listEvents``).

        Args:
            type: Only events of this type, such as `task.created`.
            actor_id: Only events caused by this agent (UUID).
            entity_type: Only events about this kind of entity, such as `task` or `agent`.
            entity_id: Only events about this entity (UUID).
            severity: Only events of this severity.
            start_date: Only events created at or after this instant (ISO 8601).
            end_date: Only events created at or before this instant (ISO 8601).
            page: The 1-based page number.
            limit: The number of events per page.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/events"
        query: dict[str, str] = {}
        if (_value := check_query("events.list", "type", type, "str")) is not None:
            query["type"] = query_value(_value)
        if (_value := check_query("events.list", "actor_id", actor_id, "str")) is not None:
            query["actorId"] = query_value(_value)
        if (_value := check_query("events.list", "entity_type", entity_type, "str")) is not None:
            query["entityType"] = query_value(_value)
        if (_value := check_query("events.list", "entity_id", entity_id, "str")) is not None:
            query["entityId"] = query_value(_value)
        if (_value := check_query("events.list", "severity", severity, EventSeverity)) is not None:
            query["severity"] = query_value(_value)
        if (_value := check_query("events.list", "start_date", start_date, "datetime")) is not None:
            query["startDate"] = query_value(_value)
        if (_value := check_query("events.list", "end_date", end_date, "datetime")) is not None:
            query["endDate"] = query_value(_value)
        if (_value := check_query("events.list", "page", page, "int")) is not None:
            query["page"] = query_value(_value)
        if (_value := check_query("events.list", "limit", limit, "int")) is not None:
            query["limit"] = query_value(_value)
        options = (
            NO_OPTIONS
            if (
                timeout is NOT_GIVEN
                and max_retries is NOT_GIVEN
                and idempotency_key is None
                and extra_headers is None
                and extra_query is None
                and extra_body is None
                and retry_policy is None
            )
            else request_options(
                timeout,
                max_retries,
                idempotency_key,
                extra_headers,
                extra_query,
                extra_body,
                retry_policy,
            )
        )
        result = await self._transport.send(
            _LIST,
            path,
            query,
            UNSET,
            options,
        )
        return _events_overrides.describe_events(
            (result.data, result.meta),
            {
                "type": type,
                "actor_id": actor_id,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "severity": severity,
                "start_date": start_date,
                "end_date": end_date,
                "page": page,
                "limit": limit,
            },
        )

    def iter_events(
        self,
        *,
        type: str | None = None,
        actor_id: str | None = None,
        entity_type: str | None = None,
        entity_id: str | None = None,
        severity: EventSeverity | None = None,
        start_date: datetime.datetime | None = None,
        end_date: datetime.datetime | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AsyncPaginator[Event]:
        """Every item of ``list``, fetching ``page_size`` at a time as iteration needs them.

        Page pagination: nothing is fetched before iteration starts, each
        iteration walks the list again, and entries added meanwhile are neither repeated nor
        skipped (``iter_pages()`` walks page by page).
        """

        async def fetch_page(position: int, limit: int) -> tuple[builtins.list[Event], int | None]:
            items, meta = await self.list(
                type=type,
                actor_id=actor_id,
                entity_type=entity_type,
                entity_id=entity_id,
                severity=severity,
                start_date=start_date,
                end_date=end_date,
                limit=limit,
                page=position,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                retry_policy=retry_policy,
            )
            return items, meta.total

        return AsyncPaginator.by_offset(fetch_page, page_size=page_size, numbered=True)

    async def get(
        self,
        event_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> Event:
        """Get an event.

        Returns one audit event by its UUID. For an unknown id the upstream server answers 200
        with `{"data": null}`, while the dev server answers 404; clients should treat both as
        "not found".

        ``GET /api/v1/events/{id}`` (operation ``getEvent``).

        Args:
            event_id: The event's UUID.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            NotFoundError: HTTP 404 - The resource does not exist in the caller's
                organisation (or the route is unknown).

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = f"/api/v1/events/{uuid_segment('events.get', 'event_id', event_id)}"
        options = (
            NO_OPTIONS
            if (
                timeout is NOT_GIVEN
                and max_retries is NOT_GIVEN
                and idempotency_key is None
                and extra_headers is None
                and extra_query is None
                and extra_body is None
                and retry_policy is None
            )
            else request_options(
                timeout,
                max_retries,
                idempotency_key,
                extra_headers,
                extra_query,
                extra_body,
                retry_policy,
            )
        )
        result = await self._transport.send(
            _GET,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return _events_overrides.event_or_not_found(
            result.data,
            {
                "event_id": event_id,
            },
        )


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncEvents,
        globals(),
        __package__,
        {
            "list": ("EventSeverity",),
        },
    )
