"""`x-python-summary`: the generator turns the marker on a list answer's array property into a
summary class of the item model, and refuses a marker that would lose or mistype data."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, ClassVar

import pytest

from openspawn._generated.models.agent import Agent
from openspawn._generated.summaries import WireSummary

from .conftest import generate_ok, import_sub, import_tree
from .test_broken_specs import _fails, _spec, _write, target

__all__ = ["target"]  # the fixture, shared with test_broken_specs


def _at(spec: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    node: Any = spec
    for key in path:
        node = node[key]
    return node  # type: ignore[no-any-return]


def _data(spec: dict[str, Any], schema: str) -> dict[str, Any]:
    return _at(spec, ("components", "schemas", schema, "properties", "data"))


def test_a_wrong_marker_names_the_problem_and_where_it_is(tmp_path: Path, target: Path) -> None:
    spec = _spec()
    agents = _data(spec, "AgentListResponse")
    agents["x-python-summary"] = [*agents["x-python-summary"], "nickname"]
    task_required = spec["components"]["schemas"]["Task"]["required"]
    _data(spec, "TaskListResponse")["x-python-summary"] = task_required[1:]
    _data(spec, "ChannelListResponse")["x-python-summary"] = "id"
    _data(spec, "MessageListResponse")["x-python-summary"] = ["id", "id"]
    _data(spec, "EventListResponse")["x-python-summary"] = []
    _data(spec, "AgentResponse")["x-python-summary"] = ["id"]
    path = _write(tmp_path / "openapi.yaml", spec)
    message = _fails(path, target)
    expected = {
        "AgentListResponse": "x-python-summary: Agent has no property 'nickname'",
        "TaskListResponse": (
            f"x-python-summary leaves out required properties of Task: {task_required[0]!r} "
            "(list items must carry them)"
        ),
        "ChannelListResponse": "must be a non-empty list of distinct property names of Channel",
        "MessageListResponse": "must be a non-empty list of distinct property names of Message",
        "EventListResponse": "must be a non-empty list of distinct property names of Event",
        "AgentResponse": (
            "x-python-summary belongs on an array property whose items are a $ref to an object "
            "schema with properties"
        ),
    }
    lines = message.splitlines()
    for schema, text in expected.items():
        found = [line for line in lines if f": {schema}.data: x-python-summary" in line]
        assert len(found) == 1 and text in found[0], (schema, message)
        assert re.search(rf"{re.escape(str(path))}:\d+:\d+: {schema}\.data", found[0]), found[0]


def test_any_list_answer_can_be_summarised(tmp_path: Path) -> None:
    # Not written for agents: the same marker on the task list gives a TaskSummary, and a field
    # read from inside a carried object (`metadata.requiredCapabilities`) is still read.
    spec = _spec()
    del _data(spec, "AgentListResponse")["x-python-summary"]
    required = spec["components"]["schemas"]["Task"]["required"]
    _data(spec, "TaskListResponse")["x-python-summary"] = [*required, "metadata"]
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
    from openspawn._generated.summaries import summarise_items
    from openspawn._generated.types import WireModel

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
