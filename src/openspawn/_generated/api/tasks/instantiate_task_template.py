"""`instantiateTaskTemplate`: POST /api/v1/tasks/templates/instantiate

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.instantiate_task_template_request import InstantiateTaskTemplateRequest
from ...models.task_list_response import TaskListResponse
from ...types import Operation


def build(
    *,
    body: InstantiateTaskTemplateRequest,
) -> Operation[TaskListResponse]:
    """Create tasks from a template

    Creates the template's main task (in `backlog`, with the template's priority, approval flag
    and
    tags) and one subtask per subtask template, with the `{{name}}` placeholders replaced by
    `variables`. The main task's `metadata` records the template (`templateId`, `templateName`,
    `estimatedMinutes`, `requiredCapabilities`); each subtask's records `templateId` and its
    `requiredCapabilities`. The answer lists the main task first.

    Builds ``POST /api/v1/tasks/templates/instantiate``; no I/O.

    Args:
        body: the request body. Which template to instantiate and what to fill in.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "instantiateTaskTemplate",  # operation_id
        "POST",  # method
        "/api/v1/tasks/templates/instantiate",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskListResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskListResponse = TaskListResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"instantiateTaskTemplate: status {status} is not a documented 2xx answer of this operation"
    )
