"""Every example in docs/examples runs against a real dev server, sync and async."""

from __future__ import annotations

import asyncio
import importlib.util
import inspect
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient
from openspawn._devserver.process import DevServer

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
# Order matters only for readability of the output; each example creates what it needs.
NAMES = [
    "quickstart",
    "agents",
    "tasks",
    "credits",
    "messages",
    "events",
    "errors",
    "retries",
    "typed",
    "best_practices",
    "workflow",
    "hierarchy",
    "retry_policy",
    "watch",
    "webhooks",
    "conveniences",
]


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{path.parent.name}_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=["sync", "async"])
def server(request: pytest.FixtureRequest) -> Iterator[tuple[str, DevServer]]:
    with DevServer() as srv:
        yield request.param, srv


def hr_env(srv: DevServer, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    hr = next(a for a in srv.agents if a["role"] == "hr")
    monkeypatch.setenv("OPENSPAWN_API_URL", srv.base_url)
    monkeypatch.setenv("OPENSPAWN_AGENT_ID", hr["agent_id"])
    monkeypatch.setenv("OPENSPAWN_SECRET", hr["secret"])
    monkeypatch.delenv("OPENSPAWN_API_KEY", raising=False)
    return hr


def test_every_async_example_has_a_generated_sync_twin() -> None:
    async_names = {p.stem for p in (EXAMPLES / "async_").glob("*.py") if p.stem != "__init__"}
    sync_names = {p.stem for p in (EXAMPLES / "sync").glob("*.py") if p.stem != "__init__"}
    assert async_names == sync_names == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_example_runs(
    name: str,
    server: tuple[str, DevServer],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    variant, srv = server
    hr_env(srv, monkeypatch)
    folder = "async_" if variant == "async" else "sync"
    run = load(EXAMPLES / folder / f"{name}.py").run
    if variant == "async":
        assert inspect.iscoroutinefunction(run)

        async def main() -> None:
            async with AsyncBikiniBottomClient() as client:
                await run(client)

        asyncio.run(main())
    else:
        assert not inspect.iscoroutinefunction(run)
        with BikiniBottomClient() as client:
            run(client)
    assert capsys.readouterr().out  # every example reports what it did


def test_concurrency_example(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with DevServer() as srv:
        hr_env(srv, monkeypatch)
        run = load(EXAMPLES / "concurrency_async.py").run

        async def main() -> None:
            async with AsyncBikiniBottomClient() as client:
                await run(client)

        asyncio.run(main())
    assert "Found" in capsys.readouterr().out
