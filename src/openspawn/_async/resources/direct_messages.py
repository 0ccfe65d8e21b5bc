"""``client.direct_messages``: one-to-one messages between agents."""

from __future__ import annotations

import builtins
from typing import Any, Unpack

from ..._core.options import RequestOptions
from ..._generated.api import direct_messages as api
from ..._generated.models import (
    Conversation,
    DirectMessage,
    Message,
    MessageType,
    SendDirectMessageRequest,
)
from ._base import AsyncResource

__all__ = ["AsyncDirectMessages"]


class AsyncDirectMessages(AsyncResource):
    """Direct messages of the calling agent."""

    async def send(
        self,
        to_agent_id: str,
        body: str,
        *,
        type: MessageType | None = None,
        metadata: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Message:
        """Send a direct message to an agent (by UUID)."""
        fields: dict[str, Any] = {"to_agent_id": to_agent_id, "body": body}
        if type is not None:
            fields["type"] = type
        if metadata is not None:
            fields["metadata"] = metadata
        op = api.send_direct_message(body=SendDirectMessageRequest(**fields))
        return (await self._transport.request(op, options)).data

    async def conversations(self, **options: Unpack[RequestOptions]) -> builtins.list[Conversation]:
        """The caller's conversations, most recent first."""
        return (await self._transport.request(api.list_conversations(), options)).data

    async def unread_count(self, **options: Unpack[RequestOptions]) -> int:
        """How many direct messages to the caller are unread."""
        return (await self._transport.request(api.get_unread_count(), options)).data.count

    async def list(
        self,
        agent_id: str,
        *,
        limit: int = 50,
        before: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[DirectMessage]:
        """Messages exchanged with one agent, oldest first (cursor ``before``: a message id)."""
        op = api.list_direct_messages(agent_id, limit=limit, before=before)
        return (await self._transport.request(op, options)).data

    async def mark_read(self, agent_id: str, **options: Unpack[RequestOptions]) -> int:
        """Mark the messages from ``agent_id`` as read; returns how many were marked."""
        op = api.mark_direct_messages_read(agent_id)
        return (await self._transport.request(op, options)).data.marked_read
