"""README.md is the PyPI page: every Python block in it runs, as written, against a dev server.

The blocks run in order, each in a fresh namespace, with OPENSPAWN_API_URL, OPENSPAWN_AGENT_ID
and OPENSPAWN_SECRET pointing at the server (as a reader following the README would set them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from openspawn import BikiniBottomClient
from openspawn._devserver.process import DevServer

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M)


@pytest.fixture(scope="module")
def server() -> Iterator[DevServer]:
    with DevServer() as srv:
        yield srv


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 7


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_readme_block_runs(
    number: int,
    server: DevServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    hr = next(a for a in server.agents if a["role"] == "hr")
    monkeypatch.setenv("OPENSPAWN_API_URL", server.base_url)
    monkeypatch.setenv("OPENSPAWN_AGENT_ID", hr["agent_id"])
    monkeypatch.setenv("OPENSPAWN_SECRET", hr["secret"])
    monkeypatch.delenv("OPENSPAWN_API_KEY", raising=False)
    namespace: dict[str, object] = {"__name__": f"readme_block_{number}"}
    try:
        exec(compile(BLOCKS[number], f"README.md block {number + 1}", "exec"), namespace)
    finally:
        for value in namespace.values():
            if isinstance(value, BikiniBottomClient):
                value.close()
    if "print(" in BLOCKS[number]:
        assert capsys.readouterr().out.strip()
