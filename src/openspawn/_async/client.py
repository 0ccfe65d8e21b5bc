"""``AsyncBikiniBottomClient``: the hand-written base plus the generated resource properties.

One addition to the generated client: ``client.events`` also has the live feed
(``events.watch`` and the waits, in ``_async/watch.py``), which no operation of the spec describes.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._generated._async.client import AsyncBikiniBottomClient as _GeneratedClient

if TYPE_CHECKING:
    from .watch import AsyncEventsWithFeed

__all__ = ["AsyncBikiniBottomClient"]


class AsyncBikiniBottomClient(_GeneratedClient):
    __doc__ = _GeneratedClient.__doc__

    @cached_property
    def events(self) -> AsyncEventsWithFeed:
        """The read-only audit log, and a live feed of it (``watch``, ``wait_for_…``)."""
        from .watch import AsyncEventsWithFeed

        return AsyncEventsWithFeed(self._transport)
