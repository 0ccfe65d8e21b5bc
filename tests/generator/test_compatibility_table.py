"""The README's per-operation compatibility table comes from the spec's upstream markers."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compat", ROOT / "generator" / "compatibility.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compat = _module()


def test_rows_show_each_status_and_the_counts() -> None:
    table = compat.render(
        [
            ("tasks.claim", "post", "/api/v1/tasks/{id}/claim", {"x-bikinibottom-extension": True}),
            ("agents.get", "get", "/api/v1/agents/{id}", {"operationId": "getAgent"}),
            (
                "credits.transfer",
                "post",
                "/api/v1/credits/transfer",
                {"x-bikinibottom-upstream": {"status": "broken", "note": "500 | after moving"}},
            ),
        ]
    )
    assert table.splitlines()[0] == "3 operations: 1 works, 1 broken, 1 extension."
    assert (
        "| `tasks.claim` | `POST /tasks/{id}/claim` | extension | no such route upstream |" in table
    )
    assert "| `agents.get` | `GET /agents/{id}` | works |  |" in table
    assert "| broken | 500 \\| after moving |" in table


def test_an_unknown_status_names_the_operation() -> None:
    with pytest.raises(compat.CompatibilityError, match=r"listThings.*'flaky'"):
        compat.status_of(
            {"operationId": "listThings", "x-bikinibottom-upstream": {"status": "flaky"}}
        )


def test_the_readme_block_is_replaced_between_its_markers() -> None:
    readme = f"intro\n{compat.START}\nold table\n{compat.END}\noutro\n"
    assert (
        compat.replace_in(readme, "new\n") == f"intro\n{compat.START}\nnew\n{compat.END}\noutro\n"
    )
    with pytest.raises(compat.CompatibilityError, match="no"):
        compat.replace_in("no markers here", "new\n")


def test_the_committed_readme_has_the_generated_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index(compat.START) : readme.index(compat.END)]
    assert "| `tasks.claim` | `POST /tasks/{id}/claim` | extension |" in block
    assert "| `credits.transfer` | `POST /agents/credits/transfer` | broken |" in block
