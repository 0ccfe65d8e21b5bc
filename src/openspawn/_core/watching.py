"""Following the audit log by polling, without I/O: the cursor and the backoff.

``GET /events`` pages newest first with ``page``/``limit`` offsets and filters by an inclusive
``startDate``. Polling it naively repeats events (a new event shifts every older one a place
down, so the next page starts with one already seen) and can skip one (an event committed late,
with a timestamp older than the newest one already read). The cursor below asks again for a
short *overlap* window behind the newest timestamp it has seen and remembers the ids inside that
window, so each event comes out exactly once, oldest first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

__all__ = ["Backoff", "EventCursor"]


class _Event(Protocol):
    @property
    def id(self) -> object: ...

    @property
    def created_at(self) -> datetime: ...


E = TypeVar("E", bound=_Event)


class EventCursor:
    """Where a watch is in the log: the newest timestamp seen and the ids near it."""

    __slots__ = ("_high_water", "_overlap", "_seen", "_since")

    def __init__(self, since: datetime | None, overlap: float) -> None:
        self._since = since
        self._overlap = timedelta(seconds=overlap)
        self._high_water: datetime | None = None
        self._seen: dict[str, datetime] = {}

    def query_start(self) -> datetime | None:
        """The ``startDate`` of the next poll (``None``: from the beginning of the log)."""
        if self._high_water is None:
            return self._since
        start = self._high_water - self._overlap
        if self._since is not None and self._since > start:
            return self._since
        return start

    def accept(
        self, newest_first: Iterable[E], *, silently_up_to: datetime | None = None
    ) -> list[E]:
        """The events of one poll not seen before, oldest first; they become seen.

        With ``silently_up_to``, events at or before that instant are only marked as seen (this
        is how a watch "from now" skips what already happened).
        """
        fresh: list[E] = []
        for event in reversed(list(newest_first)):
            key = str(event.id)
            if key in self._seen:
                continue
            self._seen[key] = event.created_at
            if silently_up_to is not None and event.created_at <= silently_up_to:
                self._advance(event.created_at)
                continue
            fresh.append(event)
        # Oldest first; sorted() is stable, so events of the same instant keep the server's order.
        fresh.sort(key=lambda e: e.created_at)
        for event in fresh:
            self._advance(event.created_at)
        self._prune()
        return fresh

    def start_after(self, moment: datetime) -> None:
        """Begin just after ``moment`` (the newest event that existed when the watch began)."""
        self._advance(moment)

    def _advance(self, moment: datetime) -> None:
        if self._high_water is None or moment > self._high_water:
            self._high_water = moment

    def _prune(self) -> None:
        if self._high_water is None:
            return
        floor = self._high_water - self._overlap
        for key in [k for k, at in self._seen.items() if at < floor]:
            del self._seen[key]


@dataclass
class Backoff:
    """Poll at ``initial`` seconds while events flow, slowing by ``factor`` up to ``maximum``."""

    initial: float = 0.2
    maximum: float = 5.0
    factor: float = 1.6

    def __post_init__(self) -> None:
        if self.initial <= 0 or self.maximum < self.initial:
            raise ValueError(
                f"poll intervals must satisfy 0 < poll_interval <= max_poll_interval "
                f"(got {self.initial} and {self.maximum})"
            )
        self._current = self.initial

    def next_delay(self, found_something: bool) -> float:
        """The wait before the next poll, given whether the last one found new events."""
        if found_something:
            self._current = self.initial
        else:
            delay = self._current
            self._current = min(self._current * self.factor, self.maximum)
            return delay
        return self._current
