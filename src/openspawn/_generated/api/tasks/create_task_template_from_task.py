"""`createTaskTemplateFromTask`: POST /api/v1/tasks/{id}/create-template

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.create_template_from_task_request import CreateTemplateFromTaskRequest
from ...models.task_template_response import TaskTemplateResponse
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: CreateTemplateFromTaskRequest,
) -> Operation[TaskTemplateResponse]:
    """Save a task as a template

    Creates a template named `name` from the task's title, description, priority, tags and
    approval
    flag (no subtasks); its `metadata.createdFromTaskId` names the task.

    Builds ``POST /api/v1/tasks/{id}/create-template``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. The name of a template made from a task.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskTemplateResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "createTaskTemplateFromTask",  # operation_id
        "POST",  # method
        f"/api/v1/tasks/{path_value(id)}/create-template",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskTemplateResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskTemplateResponse = TaskTemplateResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"createTaskTemplateFromTask: status {status} is not a documented 2xx answer of this operation"
    )
