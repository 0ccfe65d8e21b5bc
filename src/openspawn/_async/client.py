"""``AsyncBikiniBottomClient``: the hand-written base plus the generated resource properties."""

from .._generated._async.client import AsyncBikiniBottomClient

__all__ = ["AsyncBikiniBottomClient"]
