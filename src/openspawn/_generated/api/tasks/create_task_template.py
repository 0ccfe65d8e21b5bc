"""`createTaskTemplate`: POST /api/v1/tasks/templates

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.create_task_template_request import CreateTaskTemplateRequest
from ...models.task_template_response import TaskTemplateResponse
from ...types import Operation


def build(
    *,
    body: CreateTaskTemplateRequest,
) -> Operation[TaskTemplateResponse]:
    """Create a task template

    Stores a reusable blueprint of a task and its subtasks. `{{name}}` placeholders in the
    titles,
    descriptions and tags are filled in by the variables given when the template is
    instantiated.
    Template names are unique per organisation, ignoring case (409).

    Builds ``POST /api/v1/tasks/templates``; no I/O.

    Args:
        body: the request body. A new task template.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskTemplateResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "createTaskTemplate",  # operation_id
        "POST",  # method
        "/api/v1/tasks/templates",  # path
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
        f"createTaskTemplate: status {status} is not a documented 2xx answer of this operation"
    )
