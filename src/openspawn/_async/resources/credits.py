"""``client.credits``: the caller's balance, spending, history and transfers."""

from __future__ import annotations

import builtins
from typing import Any, Unpack

from ..._core.options import RequestOptions
from ..._core.pagination import DEFAULT_PAGE_SIZE
from ..._generated.api import credits as api
from ..._generated.models import (
    AdjustCreditsRequest,
    CreditBalance,
    CreditTransaction,
    CreditType,
    OffsetPageMeta,
    SpendCreditsRequest,
    TransferCreditsRequest,
)
from ..pagination import AsyncPaginator
from ._base import AsyncResource

__all__ = ["AsyncCredits"]


class AsyncCredits(AsyncResource):
    """Credits of the calling agent."""

    async def balance(self, **options: Unpack[RequestOptions]) -> int:
        """The caller's current balance."""
        return (await self._transport.request(api.get_credit_balance(), options)).data.balance

    async def balance_details(self, **options: Unpack[RequestOptions]) -> CreditBalance:
        """Balance with the budget period's limit and spending."""
        return (await self._transport.request(api.get_credit_balance(), options)).data

    async def spend(
        self,
        amount: int,
        reason: str,
        *,
        trigger_type: str | None = None,
        source_task_id: str | None = None,
        source_agent_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreditTransaction:
        """Record spending; raises ``InsufficientCreditsError`` past the balance or budget."""
        fields: dict[str, Any] = {"amount": amount, "reason": reason}
        for key, value in (
            ("trigger_type", trigger_type),
            ("source_task_id", source_task_id),
            ("source_agent_id", source_agent_id),
        ):
            if value is not None:
                fields[key] = value
        op = api.spend_credits(body=SpendCreditsRequest(**fields))
        return (await self._transport.request(op, options)).data

    async def transfer(
        self, request: TransferCreditsRequest, **options: Unpack[RequestOptions]
    ) -> CreditTransaction:
        """Move credits to a child, a sibling, or (from level 10) anyone.

        Returns the sender's debit, whose ``balance_after`` is the new balance.
        """
        return (await self._transport.request(api.transfer_credits(body=request), options)).data

    async def adjust(
        self,
        agent_id: str,
        amount: int,
        type: CreditType,
        reason: str,
        **options: Unpack[RequestOptions],
    ) -> CreditTransaction:
        """Credit or debit any agent (HR or admin role)."""
        body = AdjustCreditsRequest(agent_id=agent_id, amount=amount, type=type, reason=reason)
        return (await self._transport.request(api.adjust_credits(body=body), options)).data

    async def history(
        self, limit: int = 50, offset: int = 0, **options: Unpack[RequestOptions]
    ) -> tuple[builtins.list[CreditTransaction], OffsetPageMeta]:
        """One page of the caller's ledger, newest first, and its ``meta`` (``meta["total"]``)."""
        page = await self._transport.request(
            api.list_credit_history(limit=limit, offset=offset), options
        )
        return page.data, page.meta

    def iter_history(
        self, *, page_size: int = DEFAULT_PAGE_SIZE, **options: Unpack[RequestOptions]
    ) -> AsyncPaginator[CreditTransaction]:
        """Every ledger entry, newest first, fetching ``page_size`` at a time as needed.

        Entries added while the walk is under way do not make it repeat or skip one.
        """

        async def fetch_page(
            offset: int, limit: int
        ) -> tuple[builtins.list[CreditTransaction], int]:
            items, meta = await self.history(limit=limit, offset=offset, **options)
            return items, meta.total

        return AsyncPaginator.by_offset(fetch_page, page_size=page_size)
