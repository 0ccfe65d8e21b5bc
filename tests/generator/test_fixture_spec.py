"""Template features that openapi.yaml does not use (yet), on tests/generator/fixtures/mini.yaml:
unions of scalars, typed and free-form dicts, inline objects, array and empty responses, date
query parameters, spec-ordered enums."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import typing
from types import ModuleType

import pytest

from .conftest import FIXTURE, SAMPLE_UUID, generate_ok, import_sub, import_tree


@pytest.fixture(scope="module")
def mini(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("mini") / "_generated"
    generate_ok(FIXTURE, out)
    return import_tree(out)


def test_field_types(mini: ModuleType) -> None:
    models = import_sub(mini, "models")
    models.Task.model_rebuild()  # models are built on first use (defer_build)
    task = models.Task.model_fields
    assert task["external_ref"].annotation == int | str | None
    assert task["description"].annotation == str | None
    assert task["labels"].annotation == dict[str, str] | None
    assert task["metadata"].annotation == dict[str, typing.Any] | None
    assert task["budget"].annotation == models.TaskBudget | None
    assert task["assignee"].annotation == models.AgentSummary | None
    assert task["allowed_transitions"].annotation == list[models.TaskStatus] | None
    assert task["id"].annotation is str and task["id"].is_required()
    assert models.BudgetStatus.model_fields["budget_period_limit"].is_required()
    assert models.BudgetStatus.model_fields["budget_period_limit"].annotation == int | None
    assert [m.value for m in models.TaskStatus] == [
        "pending",
        "assigned",
        "in_progress",
        "review",
        "done",
    ]
    assert models.CreateTaskRequest.model_fields["priority"].default is models.TaskPriority.NORMAL


def test_union_and_dict_values_parse(mini: ModuleType) -> None:
    models = import_sub(mini, "models")
    base = {
        "id": SAMPLE_UUID,
        "title": "t",
        "status": "pending",
        "createdAt": "2026-01-02T03:04:05Z",
    }
    for ref in (7, "ext-7"):
        task = models.Task.model_validate({**base, "externalRef": ref, "labels": {"a": "b"}})
        assert task.external_ref == ref
        assert task.labels == {"a": "b"}
    with pytest.raises(ValueError):
        models.Task.model_validate({**base, "labels": {"a": [1]}})


def test_array_and_empty_responses(mini: ModuleType) -> None:
    api = import_sub(mini, "api")
    models = import_sub(mini, "models")
    dm = import_sub(api, "direct_messages").list_direct_messages("a b", before=dt.date(2026, 1, 2))
    assert dm.path == "/api/v1/dm/a%20b" and dm.query == {"before": "2026-01-02"}
    parsed = dm.parse(200, json.dumps([{"id": SAMPLE_UUID, "body": "hi"}]).encode())
    assert [type(m) for m in parsed] == [models.DirectMessage] and parsed[0].body == "hi"

    tasks = import_sub(api, "tasks")
    op = tasks.remove_task_dependency("t", "d")
    assert op.path == "/api/v1/tasks/t/dependencies/d"
    assert op.parse(204, b"") is None
    assert inspect.signature(tasks.remove_task_dependency).return_annotation == "Operation[None]"
    with pytest.raises(ValueError, match="removeTaskDependency"):
        op.parse(200, b"")


def test_query_values_of_every_kind(mini: ModuleType) -> None:
    tasks = import_sub(import_sub(mini, "api"), "tasks")
    status = import_sub(mini, "models").TaskStatus.REVIEW
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    op = tasks.list_tasks(
        status=status, assignee_id=SAMPLE_UUID, created_after=when, limit=10, include_archived=False
    )
    assert op.query == {
        "status": "review",
        "assigneeId": SAMPLE_UUID,
        "createdAfter": "2026-01-02T08:04:05Z",
        "limit": "10",
        "includeArchived": "false",
    }
    assert "idempotency_key" not in inspect.signature(tasks.create_task).parameters


def test_docstrings_keep_quotes_and_backslashes(mini: ModuleType) -> None:
    models = import_sub(mini, "models")
    assert 'with "quotes" and a backslash \\ in' in (models.Task.__doc__ or "")
    list_tasks = import_sub(import_sub(mini, "api"), "tasks").list_tasks
    assert 'triple quotes """ must not break' in (list_tasks.__doc__ or "")
