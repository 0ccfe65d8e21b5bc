"""``client.system``: server health."""

from __future__ import annotations

from typing import Unpack

from ..._core.options import RequestOptions
from ..._generated.api import system as api
from ..._generated.models import HealthStatus
from ._base import AsyncResource

__all__ = ["AsyncSystem"]


class AsyncSystem(AsyncResource):
    async def health(self, **options: Unpack[RequestOptions]) -> HealthStatus:
        """``GET /health``: the server is up (no authentication needed)."""
        return await self._transport.request(api.get_health(), options)
