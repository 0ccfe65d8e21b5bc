"""`listTaskTemplates`: GET /api/v1/tasks/templates

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.task_template_list_response import TaskTemplateListResponse
from ...types import UNSET, Operation


def build() -> Operation[TaskTemplateListResponse]:
    """List task templates

    Lists the organisation's task templates, oldest first.

    Builds ``GET /api/v1/tasks/templates``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``TaskTemplateListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listTaskTemplates",  # operation_id
        "GET",  # method
        "/api/v1/tasks/templates",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> TaskTemplateListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TaskTemplateListResponse = (
            TaskTemplateListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listTaskTemplates: status {status} is not a documented 2xx answer of this operation"
    )
