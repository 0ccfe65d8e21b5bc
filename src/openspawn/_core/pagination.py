"""Walking a list a page at a time, I/O-free: shared by the sync and async paginators.

Lists the server pages by offset (or page number) are newest first, so entries created while a
walk is under way push everything down. ``OffsetWindow`` follows that: each page's ``total``
tells how far the list grew since the walk began, the next offset is shifted by that growth,
and ids already yielded are dropped. The walk ends once it has passed the number of entries the
list had when it began (so it ends even while the list keeps growing), on an empty or short
page, or when the server says there is nothing more. Entries created during the walk are not
part of it: start a new walk to see them. A list that grows by more than a page between every
request cannot be walked this way: after a few answers that bring it no further the walk raises
a ``BikiniBottomError`` saying so, instead of looping.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

from .errors import BikiniBottomError, short_repr

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "AsyncCursorFetcher",
    "AsyncOffsetFetcher",
    "AsyncPageFetcher",
    "CursorFetcher",
    "OffsetFetcher",
    "OffsetWindow",
    "Page",
    "PageFetcher",
    "check_page_size",
    "item_id",
]

T = TypeVar("T")

MAX_STALLS = 3
"""Answers in a row that bring the walk no further before it gives up with a clear error."""
DEFAULT_PAGE_SIZE = 500
"""Items per request when iterating: 5,000 events take 10 requests, not 100."""

AsyncPageFetcher = Callable[[], Awaitable[list[T] | None]]
"""Returns the next page's items, or None when there are no more pages (a one-shot walk)."""
PageFetcher = Callable[[], list[T] | None]
AsyncOffsetFetcher = Callable[[int, int], Awaitable[tuple[list[T], int | None]]]
"""``(offset or page number, limit) -> (items, total)``: one request of an offset-paged list."""
OffsetFetcher = Callable[[int, int], tuple[list[T], int | None]]
AsyncCursorFetcher = Callable[[str | None, int], Awaitable[list[T]]]
"""``(cursor or None, limit) -> items``: one request of a cursor-paged list."""
CursorFetcher = Callable[[str | None, int], list[T]]


class Page(list[T]):
    """One page of a walk: a list of its items, and whether another page follows."""

    __slots__ = ("has_next_page", "total")

    def __init__(
        self, items: Iterable[T] = (), *, has_next_page: bool, total: int | None = None
    ) -> None:
        super().__init__(items)
        self.has_next_page = has_next_page
        self.total = total
        """The number of entries the server reported for the whole list, when it does."""

    def __repr__(self) -> str:
        return f"Page({list.__repr__(self)}, has_next_page={self.has_next_page})"


def check_page_size(page_size: object, name: str = "page_size") -> int:
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise TypeError(f"{name} must be an int, got {type(page_size).__name__}")
    if page_size < 1:
        raise ValueError(f"{name} must be at least 1, got {short_repr(page_size)}")
    return page_size


def item_id(item: Any) -> Hashable:
    """The identity used to drop repeats: the item's ``id``, else the item itself."""
    ident = getattr(item, "id", None)
    return ident if ident is not None else id(item)


class OffsetWindow(Generic[T]):
    """Where the next request of an offset-paged, newest-first walk starts, and what it keeps.

    ``numbered``: the server takes a page number (``page=1, 2, …``) instead of an offset; the
    window then asks for the page holding its offset and skips the part before it.
    """

    __slots__ = (
        "_done",
        "_first_total",
        "_last_total",
        "_numbered",
        "_read",
        "_seen",
        "_stalls",
        "page_size",
    )

    def __init__(self, page_size: int, *, numbered: bool = False) -> None:
        self.page_size = check_page_size(page_size)
        self._numbered = numbered
        self._read = 0  # entries of the original list already passed
        self._first_total: int | None = None
        self._last_total: int | None = None
        self._seen: set[Hashable] = set()
        self._done = False
        self._stalls = 0

    @property
    def done(self) -> bool:
        return self._done

    def _offset(self, total: int | None) -> int:
        growth = 0 if total is None or self._first_total is None else total - self._first_total
        return max(self._read + growth, 0)

    def next_request(self) -> int:
        """The offset (or 1-based page number) to ask for next."""
        offset = self._offset(self._last_total)
        return offset // self.page_size + 1 if self._numbered else offset

    def take(self, requested: int, items: list[T], total: int | None) -> Page[T]:
        """Judge the answer to ``next_request()``: the new items, and whether to go on."""
        if self._first_total is None:
            self._first_total = total
        self._last_total = total
        got = len(items)
        growth = 0 if total is None or self._first_total is None else total - self._first_total
        start = (requested - 1) * self.page_size if self._numbered else requested
        # In this answer the walk's next entry sits at read + growth: anything before it is
        # either already yielded or newer than the walk (created after it began).
        skip = max(self._read + growth - start, 0)
        kept = items[skip:]
        passed = start + got - growth
        if passed > self._read:
            self._read = passed
            self._stalls = 0
        elif got:
            self._stalls += 1
        fresh: list[T] = []
        for item in kept:
            key = item_id(item)
            if key not in self._seen:
                self._seen.add(key)
                fresh.append(item)
        limit = self._first_total
        self._done = (
            got < self.page_size
            or (limit is not None and self._read >= limit)
            or (total is not None and start + got >= total)
        )
        if not self._done and self._stalls >= MAX_STALLS:
            raise BikiniBottomError(
                f"The list grew by more than a page ({self.page_size}) between each of the last "
                f"{MAX_STALLS} requests, so the walk could not move on; use a larger page_size "
                "or narrow the filters (e.g. end_date) to walk a list that is not growing."
            )
        return Page(fresh, has_next_page=not self._done, total=total)
