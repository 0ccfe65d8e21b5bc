"""Types shared by the sync and async paginators."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

__all__ = ["AsyncPageFetcher", "PageFetcher"]

T = TypeVar("T")

AsyncPageFetcher = Callable[[], Awaitable[list[T] | None]]
"""Returns the next page's items, or None when there are no more pages."""
PageFetcher = Callable[[], list[T] | None]
