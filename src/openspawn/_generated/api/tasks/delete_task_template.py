"""`deleteTaskTemplate`: DELETE /api/v1/tasks/templates/{templateId}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.message_response import MessageResponse
from ...types import UNSET, Operation, path_value


def build(
    template_id: str,
) -> Operation[MessageResponse]:
    """Delete a task template

    Deletes one template of the caller's organisation; tasks created from it are kept.

    Builds ``DELETE /api/v1/tasks/templates/{templateId}``; no I/O.

    Args:
        template_id: path parameter ``templateId``.

    Returns:
        The `Operation`; its ``parse`` gives ``MessageResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "deleteTaskTemplate",  # operation_id
        "DELETE",  # method
        f"/api/v1/tasks/templates/{path_value(template_id)}",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> MessageResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: MessageResponse = MessageResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"deleteTaskTemplate: status {status} is not a documented 2xx answer of this operation"
    )
