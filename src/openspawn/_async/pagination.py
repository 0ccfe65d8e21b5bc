"""Auto-pagination: iterate items across pages, fetching each page only when it is reached.

A paginator is a description of a walk, not a cursor: every ``async for`` (or ``iter_pages()``)
starts from the first page again, so iterating twice fetches twice and never comes up empty.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Generic, TypeVar

from .._core.errors import BikiniBottomError
from .._core.pagination import (
    DEFAULT_PAGE_SIZE,
    AsyncCursorFetcher,
    AsyncOffsetFetcher,
    AsyncPageFetcher,
    OffsetWindow,
    Page,
    check_page_size,
    item_id,
)

__all__ = ["AsyncPaginator"]

T = TypeVar("T")


class AsyncPaginator(Generic[T]):
    """``async for item in paginator`` walks every page; nothing is fetched before iteration.

    ``async for page in paginator.iter_pages()`` walks page by page (each a list with
    ``has_next_page`` and ``total``). Build one with ``by_offset`` or ``by_cursor``;
    ``AsyncPaginator(fetch)`` wraps a one-shot "next page" function and can be walked once.
    """

    __slots__ = ("_fetch", "_start")

    def __init__(self, fetch: AsyncPageFetcher[T] | None = None) -> None:
        self._fetch = fetch
        self._start: Callable[[], AsyncIterator[Page[T]]] = self._one_shot

    @classmethod
    def by_offset(
        cls,
        fetch_page: AsyncOffsetFetcher[T],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        numbered: bool = False,
    ) -> AsyncPaginator[T]:
        """A newest-first list paged by offset (or by page number when ``numbered``).

        ``fetch_page(offset_or_page, limit)`` returns ``(items, total)``. The walk stays
        correct while the list grows (see ``OffsetWindow``).
        """
        check_page_size(page_size)

        async def pages() -> AsyncIterator[Page[T]]:
            window: OffsetWindow[T] = OffsetWindow(page_size, numbered=numbered)
            while not window.done:
                requested = window.next_request()
                items, total = await fetch_page(requested, page_size)
                yield window.take(requested, items, total)

        paginator: AsyncPaginator[T] = cls()
        paginator._start = pages
        return paginator

    @classmethod
    def by_cursor(
        cls,
        fetch_page: AsyncCursorFetcher[T],
        cursor: Callable[[list[T]], str | None],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        reverse: bool = False,
    ) -> AsyncPaginator[T]:
        """A list paged by a cursor: ``fetch_page(cursor, limit)``, next cursor ``cursor(page)``.

        ``reverse``: each answer is oldest first and the walk yields newest first. The walk
        ends on a short page, a cursor that does not move, or a page of repeats.
        """
        check_page_size(page_size)

        async def pages() -> AsyncIterator[Page[T]]:
            position: str | None = None
            seen: set[object] = set()
            while True:
                items = await fetch_page(position, page_size)
                following = cursor(items) if items else None
                ordered = items[::-1] if reverse else items
                fresh = [item for item in ordered if item_id(item) not in seen]
                seen.update(item_id(item) for item in fresh)
                more = (
                    len(items) >= page_size
                    and following is not None
                    and following != position
                    and bool(fresh)
                )
                yield Page(fresh, has_next_page=more)
                if not more:
                    return
                position = following

        paginator: AsyncPaginator[T] = cls()
        paginator._start = pages
        return paginator

    def iter_pages(self) -> AsyncIterator[Page[T]]:
        """Every page, fetched as the iteration reaches it."""
        return self._start()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        async for page in self._start():
            for item in page:
                yield item

    async def _one_shot(self) -> AsyncIterator[Page[T]]:
        fetch = self._fetch
        if fetch is None:
            return
        self._fetch = None
        self._start = self._used
        while True:
            items = await fetch()
            if items is None:
                return
            yield Page(items, has_next_page=True)

    async def _used(self) -> AsyncIterator[Page[T]]:
        raise BikiniBottomError(
            "This paginator wraps a one-shot page function and was already iterated; call the "
            "method that returned it again to walk the list again."
        )
        yield  # pragma: no cover  (makes this an async generator)
