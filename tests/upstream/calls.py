"""Run SDK calls the same way for the sync and the async client, and record each outcome."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient, errors

from .conftest import OUTCOMES, Upstream

__all__ = ["Caller", "make_client"]


def make_client(
    variant: str, upstream: Upstream, agent: dict[str, Any], *, default_retries: bool = False
) -> Any:
    """A client signing as ``agent``; without ``default_retries`` a declared 500 fails at once."""
    cls = AsyncBikiniBottomClient if variant == "async" else BikiniBottomClient
    options: dict[str, Any] = {} if default_retries else {"max_retries": 0}
    return cls(
        base_url=upstream.base_url, agent_id=agent["agent_id"], secret=agent["secret"], **options
    )


class Caller:
    """``call("agents.get", id)`` on one client, whatever its flavour."""

    def __init__(self, variant: str, client: Any) -> None:
        self.variant = variant
        self.client = client
        self.loop = asyncio.new_event_loop() if variant == "async" else None

    def close(self) -> None:
        if self.loop is not None:
            self.loop.run_until_complete(self.client.close())
            self.loop.close()
        else:
            self.client.close()

    def method(self, name: str) -> Callable[..., Any]:
        target: Any = self.client
        for part in name.split("."):
            target = getattr(target, part)
        return target  # type: ignore[no-any-return]

    def __call__(self, name: str, /, *args: Any, **kwargs: Any) -> Any:
        """Call and return the result; the outcome is recorded as ``ok``."""
        result = self._run(name, *args, **kwargs)
        OUTCOMES[f"{self.variant} {name}"] = "ok"
        return result

    def expect_error(
        self,
        name: str,
        error: type[Exception] | tuple[type[Exception], ...],
        why: str,
        /,
        *args: Any,
        **kwargs: Any,
    ) -> Exception:
        """Call, require the declared SDK error, and record it with its reason."""
        try:
            self._run(name, *args, **kwargs)
        except error as exc:
            detail = getattr(exc, "message", str(exc))
            # Keyed apart from the method's "ok": a method that works with valid input can
            # still have a declared error case (an unknown id answered 500, say).
            OUTCOMES[f"{self.variant} {name} | {why}"] = f"{type(exc).__name__}: {detail}"
            return exc
        raise AssertionError(f"{name} was declared to fail upstream ({why}) but succeeded")

    def _run(self, name: str, /, *args: Any, **kwargs: Any) -> Any:
        try:
            result = self.method(name)(*args, **kwargs)
            if inspect.isawaitable(result):
                assert self.loop is not None
                result = self.loop.run_until_complete(result)
            return result
        except errors.BikiniBottomError:
            raise
        except Exception as exc:  # not an SDK error: the user would get something unclear
            OUTCOMES[f"{self.variant} {name}"] = f"FAILED: {type(exc).__name__}: {exc}"
            raise

    def collect(self, iterator: Any) -> list[Any]:
        if self.loop is None:
            return list(iterator)

        async def gather() -> list[Any]:
            return [item async for item in iterator]

        return self.loop.run_until_complete(gather())
