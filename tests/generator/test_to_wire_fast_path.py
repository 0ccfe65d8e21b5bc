"""`to_wire()` takes pydantic-core's `exclude_unset` for flat bodies (docs/performance.md): it must
give exactly what the general `include` path gives, for every body, flat or not."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from openspawn._generated.models import CreateAgentRequest, CreateTaskRequest
from openspawn._generated.types import WireModel

CASES: list[tuple[type[WireModel], dict[str, Any]]] = [
    (CreateTaskRequest, {"title": "t"}),
    (
        CreateTaskRequest,
        {
            "title": "Write SDK tests",
            "description": "cover all endpoints",
            "priority": "high",
            "tags": ["sdk", "qa"],
            "metadata": {"k": "v", "n": [1, 2.5, None, {"deep": True}]},
        },
    ),
    (CreateTaskRequest, {"title": "t", "description": None}),  # None left out after the fast path
    (CreateTaskRequest, {"title": "t", "description": None, "priority": None, "tags": ["a"]}),
    (CreateTaskRequest, {"title": "t", "dueAt": dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)}),
    (CreateTaskRequest, {"title": "t", "capabilities": ["code"], "estimated_credits": 5}),
    (CreateTaskRequest, {"title": "t", "metadata": {"requiredCapabilities": ["x"], "a": 1}}),
    (CreateTaskRequest, {"title": "t", "metadata": {"when": dt.date(2026, 1, 2)}}),
    (CreateAgentRequest, {"name": "a"}),
    (CreateAgentRequest, {"name": "a", "capabilities": [{"capability": "code"}]}),  # nested model
    (CreateAgentRequest, {"name": "a", "metadata": {"m": CreateTaskRequest(title="x")}}),
]


def _general(model: WireModel) -> dict[str, Any]:
    """`to_wire()` with the fast path switched off."""
    original = WireModel._wire_is_flat
    WireModel._wire_is_flat = lambda self, fields_set: False  # type: ignore[method-assign]
    try:
        return model.to_wire()
    finally:
        WireModel._wire_is_flat = original  # type: ignore[method-assign]


@pytest.mark.parametrize(("cls", "data"), CASES)
def test_fast_path_gives_what_the_general_path_gives(
    cls: type[WireModel], data: dict[str, Any]
) -> None:
    model = cls.model_validate(data)
    assert model.to_wire() == _general(model)


def _flat(model: WireModel) -> bool:
    return model._wire_is_flat(model.__pydantic_fields_set__)


def test_fast_path_is_taken_for_a_flat_body_only() -> None:
    assert _flat(CreateTaskRequest(title="t", tags=["a"], metadata={"k": [1]}))
    # A None the spec does not allow is dropped from the fast path's output instead.
    none_given = CreateTaskRequest(title="t", description=None)
    assert _flat(none_given)
    assert none_given.to_wire() == {"title": "t"}
    nested = CreateAgentRequest.model_validate({"name": "a", "capabilities": [{"capability": "c"}]})
    assert not _flat(nested)
    in_any = CreateAgentRequest.model_validate({"name": "a", "metadata": {"m": nested}})
    assert not _flat(in_any)
