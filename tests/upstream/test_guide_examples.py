"""Every example in docs/examples against the real upstream server, sync and async.

Each example either does what the guide says or stops with an SDK error (a
``BikiniBottomError`` with a message): anything else (a KeyError, a validation error of a
response, a hang) fails the test. Examples stopped by a declared upstream difference are
reported as xfail with the error the user sees.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator

import pytest
from examples.test_guide_examples import EXAMPLES, NAMES, load

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient, errors

from .conftest import OUTCOMES, Upstream, running_upstream


@pytest.fixture(scope="module", params=["sync", "async"])
def fresh(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Upstream]]:
    """Each flavour on its own freshly seeded server: the examples use fixed names."""
    with running_upstream(tmp_path_factory.mktemp(f"upstream-{request.param}")) as server:
        yield request.param, server


@pytest.mark.parametrize("name", [*NAMES, "concurrency"])
def test_example_against_upstream(
    name: str,
    fresh: tuple[str, Upstream],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    variant, upstream = fresh
    monkeypatch.setenv("OPENSPAWN_API_URL", upstream.base_url)
    monkeypatch.setenv("OPENSPAWN_AGENT_ID", upstream.hr["agent_id"])
    monkeypatch.setenv("OPENSPAWN_SECRET", upstream.hr["secret"])
    monkeypatch.delenv("OPENSPAWN_API_KEY", raising=False)
    if name == "concurrency":
        if variant == "sync":
            pytest.skip("the concurrency example is async only")
        path = EXAMPLES / "concurrency_async.py"
    else:
        path = EXAMPLES / ("async_" if variant == "async" else "sync") / f"{name}.py"
    run = load(path).run
    key = f"{variant} example {name}"
    try:
        if inspect.iscoroutinefunction(run):

            async def main() -> None:
                async with AsyncBikiniBottomClient() as client:
                    await run(client)

            asyncio.run(main())
        else:
            with BikiniBottomClient() as client:
                run(client)
    except errors.BikiniBottomError as exc:
        message = getattr(exc, "message", str(exc))
        OUTCOMES[key] = f"stops with {type(exc).__name__}: {message}"
        pytest.xfail(f"{type(exc).__name__}: {message}")
    except BaseException as exc:
        OUTCOMES[key] = f"FAILED: {type(exc).__name__}: {exc}"
        raise
    OUTCOMES[key] = "ok"
    assert capsys.readouterr().out
