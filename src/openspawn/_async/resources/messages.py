"""``client.messages``: channel messages and threads."""

from __future__ import annotations

import builtins
from typing import Unpack

from ..._core.options import RequestOptions
from ..._core.pagination import DEFAULT_PAGE_SIZE
from ..._generated.api import messages as api
from ..._generated.models import Message, SendMessageRequest
from ..pagination import AsyncPaginator
from ._base import AsyncResource

__all__ = ["AsyncMessages"]


class AsyncMessages(AsyncResource):
    """Messages in channels (a task's channel is ``task.channel_id``)."""

    async def send(self, request: SendMessageRequest, **options: Unpack[RequestOptions]) -> Message:
        """Post a message; set ``parent_message_id`` to reply in a thread."""
        return (await self._transport.request(api.send_message(body=request), options)).data

    async def list(
        self,
        channel_id: str,
        *,
        limit: int = 50,
        before: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Message]:
        """The newest ``limit`` messages of a channel (older than ``before``), oldest first.

        Because a page is in chronological order, the cursor for the next *older* page is the
        first message's id: ``before=page[0].id``. ``iter_messages`` does this for you.
        """
        op = api.list_messages(channel_id=channel_id, limit=limit, before=before)
        return (await self._transport.request(op, options)).data

    def iter_messages(
        self,
        channel_id: str,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Message]:
        """Every message of a channel, newest first, fetching older pages as needed."""

        async def fetch_page(before: str | None, limit: int) -> builtins.list[Message]:
            return await self.list(channel_id, limit=limit, before=before, **options)

        return AsyncPaginator.by_cursor(
            fetch_page, lambda page: page[0].id, page_size=page_size, reverse=True
        )

    async def get(self, message_id: str, **options: Unpack[RequestOptions]) -> Message:
        """One message by id."""
        return (await self._transport.request(api.get_message(message_id), options)).data

    async def get_thread(
        self, message_id: str, **options: Unpack[RequestOptions]
    ) -> builtins.list[Message]:
        """The replies to a message, oldest first (the message itself is not included)."""
        return (await self._transport.request(api.get_message_thread(message_id), options)).data
