"""``client.consensus``: Put decisions to a vote of agents, vote, and follow the outcome.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, overload

import httpx2

from openspawn._core.arguments import (
    NO_OPTIONS,
    NO_QUERY,
    OMIT,
    body_of,
    request_options,
    uuid_segment,
)
from openspawn._core.config import NOT_GIVEN, NotGiven
from openspawn._core.lazy import models_on_first_call
from openspawn._core.retry import RetryPolicy

from ..types import UNSET, Endpoint

# Models and overrides are imported by the first method that needs them, and each operation's
# parser (its builder module, with the models of its answer) by its first answer: the first
# `get` imports its own parser and the models it parses, not the whole resource's
# (docs/performance.md, "First call ready"). Type checkers read the TYPE_CHECKING imports.
if TYPE_CHECKING:
    from openspawn._async.transport import AsyncTransport

    from ..models import (
        CastVoteRequest,
        ConsensusRequest,
        ConsensusRequestListResponse,
        ConsensusRequestResponse,
        ConsensusType,
        ConsensusVote,
        ConsensusVoteResponse,
        CreateConsensusRequest,
        VoteValue,
    )

__all__ = ["AsyncConsensus"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_CREATE: Final[Endpoint[ConsensusRequestResponse]] = Endpoint(
    "createConsensusRequest",
    "POST",
    "..api.consensus.create_consensus_request",
    __package__,
    "data",
)
_LIST_VOTABLE: Final[Endpoint[ConsensusRequestListResponse]] = Endpoint(
    "listVotableConsensusRequests",
    "GET",
    "..api.consensus.list_votable_consensus_requests",
    __package__,
)
_LIST_PENDING: Final[Endpoint[ConsensusRequestListResponse]] = Endpoint(
    "listPendingConsensusRequests",
    "GET",
    "..api.consensus.list_pending_consensus_requests",
    __package__,
)
_GET: Final[Endpoint[ConsensusRequestResponse]] = Endpoint(
    "getConsensusRequest", "GET", "..api.consensus.get_consensus_request", __package__, "data"
)
_CANCEL: Final[Endpoint[ConsensusRequestResponse]] = Endpoint(
    "cancelConsensusRequest",
    "DELETE",
    "..api.consensus.cancel_consensus_request",
    __package__,
    "data",
)
_VOTE: Final[Endpoint[ConsensusVoteResponse]] = Endpoint(
    "voteOnConsensusRequest",
    "POST",
    "..api.consensus.vote_on_consensus_request",
    __package__,
    "data",
)


class AsyncConsensus:
    """``client.consensus``: Put decisions to a vote of agents, vote, and follow the outcome."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "create",
            "list_votable",
            "list_pending",
            "get",
            "cancel",
            "vote",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @overload
    async def create(
        self,
        request: CreateConsensusRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ConsensusRequest: ...

    @overload
    async def create(
        self,
        *,
        type: ConsensusType,
        title: str,
        description: str,
        subject_id: str | None = ...,
        subject_type: str | None = ...,
        quorum_required: int | None = ...,
        approval_threshold: int | None = ...,
        expires_in_hours: int | None = ...,
        voter_ids: builtins.list[str] | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ConsensusRequest: ...

    async def create(
        self,
        request: Any = OMIT,
        *more: Any,
        type: Any = OMIT,
        title: Any = OMIT,
        description: Any = OMIT,
        subject_id: Any = OMIT,
        subject_type: Any = OMIT,
        quorum_required: Any = OMIT,
        approval_threshold: Any = OMIT,
        expires_in_hours: Any = OMIT,
        voter_ids: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ConsensusRequest:
        """Open a consensus vote.

        Opens a vote among the organisation's agents, with the caller as requester. It is
        decided once `quorumRequired` votes are cast (default 2): approved when approvals make
        at least `approvalThreshold` percent (default 50) of the approve and reject votes,
        rejected otherwise; while every vote is an abstention it stays pending. It expires after
        `expiresInHours` (default 24). `voterIds` limits who may vote (every agent otherwise)
        and is kept as `metadata.eligibleVoters`. Records a `consensus.created` event.

        ``POST /api/v1/tasks/consensus`` (operation ``createConsensusRequest``).

        Args:
            request: the body as a ``CreateConsensusRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            type: required. What kind of decision a consensus request is about.
            title: required. A short title.
            description: required. What is being decided.
            subject_id: The UUID of the entity the decision is about (an agent, a task...).
            subject_type: The kind of that entity, such as `agent` or `task`.
            quorum_required: How many votes decide the request; 2 when omitted.
            approval_threshold: The approval percentage (of approve and reject votes) needed to approve; 50 when
                omitted.
            expires_in_hours: How long voting stays open, in hours; 24 when omitted.
            voter_ids: UUIDs of the only agents allowed to vote (kept as `metadata.eligibleVoters`);
                every agent of the organisation when omitted.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            ConflictError: HTTP 409 - The idempotency key was already used by the caller
                with a different method, path or body. This is an extension: upstream keys are
                global and never conflict.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        body = (
            request
            if (
                request.__class__ is CreateConsensusRequest
                and not more
                and type is OMIT
                and title is OMIT
                and description is OMIT
                and subject_id is OMIT
                and subject_type is OMIT
                and quorum_required is OMIT
                and approval_threshold is OMIT
                and expires_in_hours is OMIT
                and voter_ids is OMIT
            )
            else body_of(
                "consensus.create",
                CreateConsensusRequest,
                request,
                more,
                (),
                {
                    "type": type,
                    "title": title,
                    "description": description,
                    "subject_id": subject_id,
                    "subject_type": subject_type,
                    "quorum_required": quorum_required,
                    "approval_threshold": approval_threshold,
                    "expires_in_hours": expires_in_hours,
                    "voter_ids": voter_ids,
                },
                required=True,
            )
        )
        path = "/api/v1/tasks/consensus"
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
            _CREATE,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def list_votable(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[ConsensusRequest]:
        """List the votes the caller can still cast.

        The pending consensus requests of the organisation that the caller is eligible for and
        has not voted on yet, soonest expiry first, each with its `requester`.

        ``GET /api/v1/tasks/consensus/votable`` (operation ``listVotableConsensusRequests``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/tasks/consensus/votable"
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
            _LIST_VOTABLE,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def list_pending(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> builtins.list[ConsensusRequest]:
        """List the organisation's pending votes.

        The consensus requests of the organisation that are still pending, soonest expiry first,
        each with its `requester`.

        ``GET /api/v1/tasks/consensus/pending`` (operation ``listPendingConsensusRequests``).

        Raises:
            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = "/api/v1/tasks/consensus/pending"
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
            _LIST_PENDING,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    async def get(
        self,
        request_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ConsensusRequest:
        """Get a consensus request with its votes.

        One consensus request with its `requester` and its `votes` (oldest first), each with its
        `voter`.

        ``GET /api/v1/tasks/consensus/{requestId}`` (operation ``getConsensusRequest``).

        Args:
            request_id: The consensus request's UUID.

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
        path = f"/api/v1/tasks/consensus/{uuid_segment('consensus.get', 'request_id', request_id)}"
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
        return result.data

    async def cancel(
        self,
        request_id: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ConsensusRequest:
        """Cancel a pending consensus request.

        The requester cancels a pending request (`CANCELLED`); anybody else answers 403 and a
        request that is no longer pending answers 400. No event is recorded.

        ``DELETE /api/v1/tasks/consensus/{requestId}`` (operation ``cancelConsensusRequest``).

        Args:
            request_id: The consensus request's UUID.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            PermissionDeniedError: HTTP 403 - The caller is authenticated but not allowed to
                do this (wrong role, level or relationship).

            NotFoundError: HTTP 404 - The resource does not exist in the caller's
                organisation (or the route is unknown).

            ConflictError: HTTP 409 - The idempotency key was already used by the caller
                with a different method, path or body. This is an extension: upstream keys are
                global and never conflict.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        path = (
            f"/api/v1/tasks/consensus/{uuid_segment('consensus.cancel', 'request_id', request_id)}"
        )
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
            _CANCEL,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def vote(
        self,
        request_id: str,
        request: CastVoteRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ConsensusVote: ...

    @overload
    async def vote(
        self,
        request_id: str,
        *,
        vote: VoteValue,
        reason: str | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ConsensusVote: ...

    async def vote(
        self,
        request_id: str,
        request: Any = OMIT,
        *more: Any,
        vote: Any = OMIT,
        reason: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ConsensusVote:
        """Vote on a consensus request.

        Casts the caller's vote (once per request) and decides the request when the quorum is
        reached. A request that is no longer pending, has expired or was already voted on by the
        caller answers 400; a caller outside `metadata.eligibleVoters` answers 403. Records
        `consensus.voted` (after `consensus.decided` when the vote decides).

        ``POST /api/v1/tasks/consensus/{requestId}/vote`` (operation ``voteOnConsensusRequest``).

        Args:
            request_id: The consensus request's UUID.
            request: the body as a ``CastVoteRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            vote: required. A vote; abstentions count towards the quorum but not towards the approval
                percentage.
            reason: Why the agent votes so.

        Raises:
            BadRequestError: HTTP 400 - The request is invalid: a body or parameter failed
                validation (then `error` is a list of messages), or the operation was refused
                for a business reason such as "Insufficient balance" (then `error` is a single
                message).

            AuthenticationError: HTTP 401 - Authentication failed: missing or invalid
                credentials, an unknown or inactive agent, a stale timestamp, a bad signature or
                a reused nonce. The body never says which.

            PermissionDeniedError: HTTP 403 - The caller is authenticated but not allowed to
                do this (wrong role, level or relationship).

            NotFoundError: HTTP 404 - The resource does not exist in the caller's
                organisation (or the route is unknown).

            ConflictError: HTTP 409 - The idempotency key was already used by the caller
                with a different method, path or body. This is an extension: upstream keys are
                global and never conflict.

            APIError: HTTP 429 - The rate limit was exceeded; retry after the number of
                seconds in `Retry-After`.

            InternalServerError: HTTP 500 - The server failed unexpectedly; the detail is
                not disclosed.

        """
        body = (
            request
            if (
                request.__class__ is CastVoteRequest
                and not more
                and vote is OMIT
                and reason is OMIT
            )
            else body_of(
                "consensus.vote",
                CastVoteRequest,
                request,
                more,
                (),
                {
                    "vote": vote,
                    "reason": reason,
                },
                required=True,
            )
        )
        path = f"/api/v1/tasks/consensus/{uuid_segment('consensus.vote', 'request_id', request_id)}/vote"
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
            _VOTE,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncConsensus,
        globals(),
        __package__,
        {
            "create": ("CreateConsensusRequest",),
            "vote": ("CastVoteRequest",),
        },
    )
