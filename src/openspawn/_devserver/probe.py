"""``GET /api/v1``: the cheapest authenticated call, to check credentials."""

from __future__ import annotations

from .context import Ctx, Result

__all__ = ["handlers"]


def ping(ctx: Ctx) -> Result:
    del ctx
    return Result({"message": "Hello API"})


handlers = {"ping": ping}
