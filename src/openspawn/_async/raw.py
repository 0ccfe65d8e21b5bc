"""``client.with_raw_response.<resource>.<method>(...)``: any call, returning its HTTP answer.

Generic over the generated resources: a resource lists its API operations in ``__operations__``
(generated), so every operation the spec gains is covered without code here. The plain methods
pay nothing for it: the answer is taken from the capture the call records (``_core/capture.py``).
"""

from __future__ import annotations

from typing import Any, Protocol

from .._core.capture import capture_responses, current_capture
from .._core.raw import RawResponse

__all__ = ["AsyncRawMethod", "AsyncRawResource", "AsyncRawResponses"]


class AsyncRawMethod(Protocol):
    """A resource method that returns the ``RawResponse`` of its call."""

    async def __call__(self, *args: Any, **kwargs: Any) -> RawResponse[Any]: ...


class AsyncRawResponses:
    """``client.with_raw_response``: each resource of the client, its methods returning raw."""

    __slots__ = ("_client",)

    def __init__(self, client: object) -> None:
        self._client = client

    def __getattr__(self, name: str) -> AsyncRawResource:
        resource = getattr(self._client, name) if not name.startswith("_") else None
        if getattr(resource, "__operations__", None) is None:
            raise AttributeError(
                f"with_raw_response has no resource {name!r}; it offers every resource of the "
                "client (with_raw_response.agents, .tasks, …)"
            )
        return AsyncRawResource(name, resource)

    def __repr__(self) -> str:
        return "<with_raw_response>"


class AsyncRawResource:
    """``client.with_raw_response.<resource>``: its operations, each returning a RawResponse."""

    __slots__ = ("_name", "_resource")

    def __init__(self, name: str, resource: Any) -> None:
        self._name = name
        self._resource = resource

    def __getattr__(self, name: str) -> AsyncRawMethod:
        operations: frozenset[str] = self._resource.__operations__
        if name not in operations:
            raise AttributeError(
                f"with_raw_response.{self._name} has no method {name!r}: it offers the "
                f"single-call methods {', '.join(sorted(operations))} (paginators and live "
                "feeds make many calls; use capture_responses() for those)"
            )
        method = getattr(self._resource, name)

        async def call(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            outer = current_capture()
            with capture_responses() as seen:
                try:
                    result = await method(*args, **kwargs)
                finally:
                    if outer is not None:
                        outer.extend(seen)
            return RawResponse(seen[-1], result, retries_taken=len(seen) - 1)

        call.__name__ = call.__qualname__ = name
        call.__doc__ = method.__doc__
        return call

    def __repr__(self) -> str:
        return f"<with_raw_response.{self._name}>"
