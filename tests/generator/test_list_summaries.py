"""`x-python-summary`: the generator turns the marker on a list answer's array property into a
summary class of the item model, and refuses a marker that would lose or mistype data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

import pytest

from openspawn._generated.models.agent import Agent
from openspawn._generated.types import WireSummary

from .conftest import generate_ok, import_sub, import_tree
from .test_broken_specs import _fails, _spec, _write, target

__all__ = ["target"]  # the fixture, shared with test_broken_specs

AGENTS = ("components", "schemas", "AgentListResponse", "properties", "data")
TASKS = ("components", "schemas", "TaskListResponse", "properties", "data")


def _at(spec: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    node: Any = spec
    for key in path:
        node = node[key]
    return node  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("carried", "expected"),
    [
        (["id", "agentId", "nickname"], "Agent has no property 'nickname'"),
        (
            ["id", "agentId", "role", "level", "model", "status", "currentBalance", "createdAt"],
            "leaves out required properties of Agent: 'name' (list items must carry them)",
        ),
        ("id", "must be a non-empty list of distinct property names of Agent"),
        (["id", "id"], "must be a non-empty list of distinct property names of Agent"),
        ([], "must be a non-empty list of distinct property names of Agent"),
    ],
    ids=["unknown", "required left out", "not a list", "repeated", "empty"],
)
def test_a_wrong_marker_names_the_problem(
    carried: Any, expected: str, tmp_path: Path, target: Path
) -> None:
    spec = _spec()
    _at(spec, AGENTS)["x-python-summary"] = carried
    message = _fails(_write(tmp_path / "openapi.yaml", spec), target)
    assert "AgentListResponse.data: x-python-summary" in message and expected in message, message


def test_the_marker_belongs_on_an_array_of_object_refs(tmp_path: Path, target: Path) -> None:
    spec = _spec()
    owner = spec["components"]["schemas"]["AgentResponse"]["properties"]["data"]
    owner["x-python-summary"] = ["id"]
    message = _fails(_write(tmp_path / "openapi.yaml", spec), target)
    assert "AgentResponse.data: x-python-summary belongs on an array property" in message


def test_any_list_answer_can_be_summarised(tmp_path: Path) -> None:
    # Not written for agents: the same marker on the task list gives a TaskSummary, and a field
    # read from inside a carried object (`metadata.requiredCapabilities`) is still read.
    spec = _spec()
    del _at(spec, AGENTS)["x-python-summary"]
    required = spec["components"]["schemas"]["Task"]["required"]
    _at(spec, TASKS)["x-python-summary"] = [*required, "metadata"]
    out = tmp_path / "_generated"
    generate_ok(_write(tmp_path / "openapi.yaml", spec), out)
    package = import_tree(out)
    assert not hasattr(import_sub(package, "models.agent_list_response"), "AgentSummary")
    answer = import_sub(package, "models.task_list_response").TaskListResponse
    task = import_sub(package, "models.task").Task
    item = {
        "id": "5b0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        "identifier": "TASK-1",
        "title": "Write the tests",
        "status": "todo",
        "priority": "high",
        "creatorId": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        "createdAt": "2026-01-02T03:04:05Z",
        "metadata": {"requiredCapabilities": ["python"]},
    }
    parsed = answer.model_validate_json(json.dumps({"data": [item]})).data[0]
    assert type(parsed).__name__ == "TaskSummary" and isinstance(parsed, task)
    assert parsed.capabilities == ["python"]
    assert parsed.dependencies is None and parsed.tags is None
    assert parsed == task.model_validate(item)
    assert parsed.model_dump() == task.model_validate(item).model_dump()


def test_a_summary_of_unknown_or_too_few_fields_is_refused() -> None:
    with pytest.raises(TypeError, match="Agent has no field 'nickname'"):

        class Unknown(WireSummary, Agent):
            __wire_carried__: ClassVar[tuple[str, ...]] = ("id", "nickname")

    with pytest.raises(TypeError, match="the required fields 'agent_id', 'name'"):

        class TooFew(WireSummary, Agent):
            __wire_carried__: ClassVar[tuple[str, ...]] = ("id",)


def test_an_optional_list_field_holds_summaries_too() -> None:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

    from openspawn._generated.models.agent_list_response import AgentSummary
    from openspawn._generated.types import WireModel, summarise_items

    class Page(WireModel):
        items: list[Agent] | None = None

        @classmethod
        def __get_pydantic_core_schema__(
            cls, source: Any, handler: GetCoreSchemaHandler, /
        ) -> CoreSchema:
            return summarise_items(handler(source), handler, items=AgentSummary)

    item = {
        "id": "3f0c9a2e-7b1d-4c5e-8f6a-2d4b6c8e0a13",
        "agentId": "research-assistant",
        "name": "Research Assistant",
        "role": "worker",
        "level": 3,
        "model": "sonnet",
        "status": "active",
        "currentBalance": 120,
        "createdAt": "2026-02-16T21:18:40.123Z",
    }
    page = Page.model_validate_json(json.dumps({"items": [item, {**item, "mode": "worker"}]}))
    assert page.items is not None
    assert [type(agent).__name__ for agent in page.items] == ["AgentSummary", "Agent"]
    assert Page.model_validate_json("{}").items is None
    assert Page.model_validate_json('{"items": null}').items is None
