"""``client.credits``: Credit balances, spending, the credit ledger, transfers between agents and administrative
adjustments.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, overload

import httpx2

from openspawn._async.pagination import AsyncPaginator
from openspawn._core.arguments import (
    NO_OPTIONS,
    NO_QUERY,
    OMIT,
    body_of,
    check_query,
    request_options,
)
from openspawn._core.config import NOT_GIVEN, NotGiven
from openspawn._core.lazy import models_on_first_call
from openspawn._core.pagination import DEFAULT_PAGE_SIZE
from openspawn._core.retry import RetryPolicy

from ..types import UNSET, Endpoint, query_value

# Models and overrides are imported by the first method that needs them, and each operation's
# parser (its builder module, with the models of its answer) by its first answer: the first
# `get` imports its own parser and the models it parses, not the whole resource's
# (docs/performance.md, "First call ready"). Type checkers read the TYPE_CHECKING imports.
if TYPE_CHECKING:
    from openspawn._async.transport import AsyncTransport

    from ..models import (
        AdjustCreditsRequest,
        CreditBalance,
        CreditBalanceResponse,
        CreditHistoryResponse,
        CreditTransaction,
        CreditTransactionResponse,
        CreditType,
        OffsetPageMeta,
        SpendCreditsRequest,
        TransferCreditsRequest,
    )

__all__ = ["AsyncCredits"]

# What each method sends that is the same on every call (its path, query and body are the
# call's own): made once here, so that a call builds no `Operation`.
_BALANCE: Final[Endpoint[CreditBalanceResponse]] = Endpoint(
    "getCreditBalance", "GET", "..api.credits.get_credit_balance", __package__
)
_BALANCE_DETAILS: Final[Endpoint[CreditBalanceResponse]] = Endpoint(
    "getCreditBalance", "GET", "..api.credits.get_credit_balance", __package__
)
_SPEND: Final[Endpoint[CreditTransactionResponse]] = Endpoint(
    "spendCredits", "POST", "..api.credits.spend_credits", __package__, "data"
)
_HISTORY: Final[Endpoint[CreditHistoryResponse]] = Endpoint(
    "listCreditHistory", "GET", "..api.credits.list_credit_history", __package__
)
_TRANSFER: Final[Endpoint[CreditTransactionResponse]] = Endpoint(
    "transferCredits", "POST", "..api.credits.transfer_credits", __package__, "data"
)
_ADJUST: Final[Endpoint[CreditTransactionResponse]] = Endpoint(
    "adjustCredits", "POST", "..api.credits.adjust_credits", __package__, "data"
)


class AsyncCredits:
    """``client.credits``: Credit balances, spending, the credit ledger, transfers between agents and administrative
    adjustments."""

    __slots__ = ("_transport",)
    __operations__: ClassVar[frozenset[str]] = frozenset(
        {
            "balance",
            "balance_details",
            "spend",
            "history",
            "transfer",
            "adjust",
        }
    )
    """The methods that make one API call each (what ``client.with_raw_response`` offers)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def balance(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> int:
        """Get the caller's credit balance.

        Returns the calling agent's balance and its budget for the current period. Upstream,
        API-key callers are not agents and get 404 (the dev server's key acts as its HR agent).

        ``GET /api/v1/credits/balance`` (operation ``getCreditBalance``).

        Raises:
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
        path = "/api/v1/credits/balance"
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
            _BALANCE,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data.balance

    async def balance_details(
        self,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditBalance:
        """Get the caller's credit balance.

        Returns the calling agent's balance and its budget for the current period. Upstream,
        API-key callers are not agents and get 404 (the dev server's key acts as its HR agent).

        ``GET /api/v1/credits/balance`` (operation ``getCreditBalance``).

        Raises:
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
        path = "/api/v1/credits/balance"
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
            _BALANCE_DETAILS,
            path,
            NO_QUERY,
            UNSET,
            options,
        )
        return result.data

    @overload
    async def spend(
        self,
        request: SpendCreditsRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditTransaction: ...

    @overload
    async def spend(
        self,
        amount: int,
        reason: str,
        *,
        trigger_type: str | None = ...,
        source_task_id: str | None = ...,
        source_agent_id: str | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditTransaction: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def spend(  # type: ignore[misc]
        self,
        request: Any = OMIT,
        *more: Any,
        amount: Any = OMIT,
        reason: Any = OMIT,
        trigger_type: Any = OMIT,
        source_task_id: Any = OMIT,
        source_agent_id: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditTransaction:
        """Spend credits.

        Debits the calling agent's balance atomically and records a `debit` ledger entry. A
        balance lower than `amount` answers 400 "Insufficient balance"; spending beyond the
        budget limit of the period answers 400 "Budget limit exceeded" (a limit of 0 blocks all
        spending). Upstream, API-key callers are not agents and get 404 (the dev server's key
        acts as its HR agent).

        ``POST /api/v1/credits/spend`` (operation ``spendCredits``).

        Args:
            request: the body as a ``SpendCreditsRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (amount, reason may also be positional).
            amount: required. The number of credits to spend.
            reason: required. What the credits are spent on.
            trigger_type: A free-form category for the spending, such as `llm_call`.
            source_task_id: The UUID of the task the spending is for.
            source_agent_id: The UUID of another agent involved in the spending.

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
                request.__class__ is SpendCreditsRequest
                and not more
                and amount is OMIT
                and reason is OMIT
                and trigger_type is OMIT
                and source_task_id is OMIT
                and source_agent_id is OMIT
            )
            else body_of(
                "credits.spend",
                SpendCreditsRequest,
                request,
                more,
                (
                    "amount",
                    "reason",
                ),
                {
                    "amount": amount,
                    "reason": reason,
                    "trigger_type": trigger_type,
                    "source_task_id": source_task_id,
                    "source_agent_id": source_agent_id,
                },
                required=True,
            )
        )
        path = "/api/v1/credits/spend"
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
            _SPEND,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    async def history(
        self,
        *,
        limit: int = 50,
        offset: int = 0,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> tuple[builtins.list[CreditTransaction], OffsetPageMeta]:
        """List the caller's credit history.

        Lists the calling agent's ledger entries, newest first, a page at a time. `meta.total`
        is the number of entries in the whole ledger; the next page starts at `offset + limit`.

        ``GET /api/v1/credits/history`` (operation ``listCreditHistory``).

        Args:
            limit: The maximum number of entries to return.
            offset: The number of newest entries to skip.

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
        path = "/api/v1/credits/history"
        query: dict[str, str] = {}
        if (_value := check_query("credits.history", "limit", limit, "int")) is not None:
            query["limit"] = query_value(_value)
        if (_value := check_query("credits.history", "offset", offset, "int")) is not None:
            query["offset"] = query_value(_value)
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
            _HISTORY,
            path,
            query,
            UNSET,
            options,
        )
        return (result.data, result.meta)

    def iter_history(
        self,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AsyncPaginator[CreditTransaction]:
        """Every item of ``history``, fetching ``page_size`` at a time as iteration needs them.

        Offset pagination: nothing is fetched before iteration starts, each
        iteration walks the list again, and entries added meanwhile are neither repeated nor
        skipped (``iter_pages()`` walks page by page).
        """

        async def fetch_page(
            position: int, limit: int
        ) -> tuple[builtins.list[CreditTransaction], int | None]:
            items, meta = await self.history(
                limit=limit,
                offset=position,
                timeout=timeout,
                max_retries=max_retries,
                idempotency_key=idempotency_key,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                retry_policy=retry_policy,
            )
            return items, meta.total

        return AsyncPaginator.by_offset(fetch_page, page_size=page_size, numbered=False)

    @overload
    async def transfer(
        self,
        request: TransferCreditsRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditTransaction: ...

    @overload
    async def transfer(
        self,
        *,
        to_agent_id: str,
        amount: int,
        reason: str | None = ...,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditTransaction: ...

    async def transfer(
        self,
        request: Any = OMIT,
        *more: Any,
        to_agent_id: Any = OMIT,
        amount: Any = OMIT,
        reason: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditTransaction:
        """Transfer credits to another agent.

        Moves credits from the calling agent to one of its children or siblings (a level-10
        agent may transfer to any agent). Both ledger entries (the sender's `debit` and the
        receiver's `credit`) are written atomically, and the answer is the sender's debit with
        its `balanceAfter`. Budget limits are not checked for transfers; a balance lower than
        `amount` answers 400. The response shape is an extension: upstream intends to answer
        `{"data": {"from": BudgetStatus, "to": BudgetStatus}}` but in fact answers 500 after the
        balances have already moved.

        ``POST /api/v1/agents/credits/transfer`` (operation ``transferCredits``).

        Args:
            request: the body as a ``TransferCreditsRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead.
            to_agent_id: required. The UUID of the receiving agent.
            amount: required. The number of credits to move.
            reason: Why the credits move.

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
                request.__class__ is TransferCreditsRequest
                and not more
                and to_agent_id is OMIT
                and amount is OMIT
                and reason is OMIT
            )
            else body_of(
                "credits.transfer",
                TransferCreditsRequest,
                request,
                more,
                (),
                {
                    "to_agent_id": to_agent_id,
                    "amount": amount,
                    "reason": reason,
                },
                required=True,
            )
        )
        path = "/api/v1/agents/credits/transfer"
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
            _TRANSFER,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data

    @overload
    async def adjust(
        self,
        request: AdjustCreditsRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditTransaction: ...

    @overload
    async def adjust(
        self,
        agent_id: str,
        amount: int,
        type: CreditType,
        reason: str,
        *,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditTransaction: ...

    # mypy cannot see that `request` also takes the first positional field of overload 2.
    async def adjust(  # type: ignore[misc]
        self,
        request: Any = OMIT,
        *more: Any,
        agent_id: Any = OMIT,
        amount: Any = OMIT,
        type: Any = OMIT,
        reason: Any = OMIT,
        timeout: float | httpx2.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> CreditTransaction:
        """Adjust an agent's credits.

        Adds (`credit`) or removes (`debit`) credits on any agent of the organisation as an
        administrative adjustment. Only an HMAC-authenticated agent with the `hr` or `admin`
        role may do this. The stored reason is prefixed with `[Admin] `, the budget period is
        not touched, and an adjustment that would make the balance negative answers 400.

        ``POST /api/v1/credits/adjust`` (operation ``adjustCredits``).

        Args:
            request: the body as a ``AdjustCreditsRequest`` (or a dict of its fields); or pass
                its fields as keyword arguments instead (agent_id, amount, type, reason may also be positional).
            agent_id: required. The UUID of the agent to adjust.
            amount: required. The number of credits to add or remove.
            type: required. The direction of a ledger entry; `credit` adds to the balance, `debit` removes
                from it.
            reason: required. Why the adjustment is made; stored with the prefix `[Admin] `.

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
                request.__class__ is AdjustCreditsRequest
                and not more
                and agent_id is OMIT
                and amount is OMIT
                and type is OMIT
                and reason is OMIT
            )
            else body_of(
                "credits.adjust",
                AdjustCreditsRequest,
                request,
                more,
                (
                    "agent_id",
                    "amount",
                    "type",
                    "reason",
                ),
                {
                    "agent_id": agent_id,
                    "amount": amount,
                    "type": type,
                    "reason": reason,
                },
                required=True,
            )
        )
        path = "/api/v1/credits/adjust"
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
            _ADJUST,
            path,
            NO_QUERY,
            body,
            options,
        )
        return result.data


if not TYPE_CHECKING:
    models_on_first_call(
        AsyncCredits,
        globals(),
        __package__,
        {
            "spend": ("SpendCreditsRequest",),
            "transfer": ("TransferCreditsRequest",),
            "adjust": ("AdjustCreditsRequest",),
        },
    )
