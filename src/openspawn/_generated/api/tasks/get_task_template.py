"""`getTaskTemplate`: GET /api/v1/tasks/templates/{templateId}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.task_template_response import TaskTemplateResponse
from ...types import UNSET, Operation, path_value


def build(
    template_id: str,
) -> Operation[TaskTemplateResponse]:
    """Get a task template

    Returns one template of the caller's organisation.

    Builds ``GET /api/v1/tasks/templates/{templateId}``; no I/O.

    Args:
        template_id: path parameter ``templateId``.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskTemplateResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getTaskTemplate",  # operation_id
        "GET",  # method
        f"/api/v1/tasks/templates/{path_value(template_id)}",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskTemplateResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskTemplateResponse = TaskTemplateResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"getTaskTemplate: status {status} is not a documented 2xx answer of this operation"
    )
