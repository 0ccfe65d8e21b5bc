"""Auto-pagination: iterate items across pages, fetching each page only when it is reached."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Generic, TypeVar

from .._core.pagination import AsyncPageFetcher

__all__ = ["AsyncPaginator"]

T = TypeVar("T")


class AsyncPaginator(Generic[T]):
    """``async for item in paginator`` walks every page; nothing is fetched before iteration."""

    __slots__ = ("_fetch",)

    def __init__(self, fetch: AsyncPageFetcher[T]) -> None:
        self._fetch = fetch

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        while True:
            page = await self._fetch()
            if page is None:
                return
            for item in page:
                yield item
