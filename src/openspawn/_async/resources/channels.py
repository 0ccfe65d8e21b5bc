"""``client.channels``: the organisation's channels."""

from __future__ import annotations

import builtins
from typing import Any, Unpack

from ..._core.options import RequestOptions
from ..._generated.api import channels as api
from ..._generated.models import Channel, ChannelType, CreateChannelRequest
from ._base import AsyncResource

__all__ = ["AsyncChannels"]


class AsyncChannels(AsyncResource):
    """Channels: ``general``, ``broadcast``, per-task and direct-message ones."""

    async def create(
        self,
        name: str,
        type: ChannelType = ChannelType.GENERAL,
        *,
        task_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Channel:
        """Create a channel; names are unique in the organisation (409 otherwise)."""
        fields: dict[str, Any] = {"name": name, "type": type}
        if task_id is not None:
            fields["task_id"] = task_id
        if metadata is not None:
            fields["metadata"] = metadata
        op = api.create_channel(body=CreateChannelRequest(**fields))
        return (await self._transport.request(op, options)).data

    async def list(self, **options: Unpack[RequestOptions]) -> builtins.list[Channel]:
        """Every channel of the organisation, newest first."""
        return (await self._transport.request(api.list_channels(), options)).data

    async def get(self, channel_id: str, **options: Unpack[RequestOptions]) -> Channel:
        """One channel by id."""
        return (await self._transport.request(api.get_channel(channel_id), options)).data
